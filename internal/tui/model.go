package tui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/addcandidate"
	"github.com/inmail/inmail/internal/tui/candidates"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/compose"
	"github.com/inmail/inmail/internal/tui/picker"
	"github.com/inmail/inmail/internal/tui/sent"
	"github.com/inmail/inmail/internal/tui/settings"
)

// Model is the root model: it owns the stack of screens, the status bar,
// the banner and the help bar, and the keys that work everywhere.
type Model struct {
	deps   Deps
	styles common.Styles
	keys   appKeys
	help   help.Model

	// stack holds the open screens, the current one last; ids says which
	// screen each is.
	stack []common.Screen
	ids   []common.ID

	ready    bool // the start-up decision arrived
	showHelp bool
	// setupShown is true once the first-run setup was opened, so it
	// opens once a session however the start goes.
	setupShown bool
	// preparing is true while a compose is prepared, so a second enter
	// on a template does not open a second composer.
	preparing bool
	width     int
	height    int
	now       time.Time
	credits   common.CreditsMsg

	banner    string
	bannerErr bool
}

// New returns the root model. It shows "Opening…" until the start-up
// command has looked for a draft to restore.
func New(deps Deps) Model {
	deps.defaults()
	dark := deps.Theme != "light"
	st := common.NewStyles(dark)
	h := help.New()
	h.Styles = st.Help
	m := Model{deps: deps, styles: st, keys: newAppKeys(), help: h, now: deps.Now()}
	if n := len(deps.Problems); n > 0 {
		m.banner = fmt.Sprintf("%d template problem(s); those files are skipped. Details: inmail templates lint", n)
	}
	return m
}

// Run opens the app on the terminal and returns when the recruiter quits.
func Run(ctx context.Context, deps Deps, opts ...tea.ProgramOption) error {
	opts = append([]tea.ProgramOption{tea.WithContext(ctx)}, opts...)
	_, err := tea.NewProgram(New(deps), opts...).Run()
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fmt.Errorf("terminal UI: %w", err)
	}
	return nil
}

// startMsg is the start-up decision: a candidate to go straight to (from
// inmail compose, or the owner of a draft to restore), the template to
// open for them, and the draft.
type startMsg struct {
	candidate *outreach.Candidate
	template  *library.Template
	draft     *outreach.Draft
	err       error
}

// startCmd finds the candidate inmail compose named, or the latest draft.
func startCmd(d Deps) tea.Cmd {
	s, id, tid, lib := d.Store, d.StartCandidate, d.StartTemplate, d.Library
	return func() tea.Msg {
		if id != "" {
			c, err := s.Candidate(id)
			if err != nil {
				return startMsg{err: err}
			}
			msg := startMsg{candidate: &c}
			if t, ok := lib.Get(tid); ok {
				msg.template = t
			}
			return msg
		}
		dr, err := s.LatestDraft()
		if outreach.ErrorCode(err) == outreach.ENOTFOUND {
			return startMsg{}
		}
		if err != nil {
			return startMsg{err: err}
		}
		c, err := s.Candidate(dr.CandidateID)
		if err != nil {
			// A draft whose candidate was deleted: start at the list.
			return startMsg{}
		}
		msg := startMsg{candidate: &c, draft: &dr}
		if t, ok := lib.Get(dr.TemplateID); ok {
			msg.template = t
		}
		return msg
	}
}

// creditsCmd works out the credits left.
func creditsCmd(f func() (int, error)) tea.Cmd {
	if f == nil {
		return nil
	}
	return func() tea.Msg {
		n, err := f()
		return common.CreditsMsg{Left: n, Known: err == nil, Err: err}
	}
}

// clockMsg refreshes the clock in the status bar.
type clockMsg struct{}

func clockTick(now time.Time) tea.Cmd {
	next := now.Truncate(time.Minute).Add(time.Minute).Sub(now)
	if next <= 0 {
		next = time.Minute
	}
	return tea.Tick(next, func(time.Time) tea.Msg { return clockMsg{} })
}

// Init asks for the background colour, looks for a draft to restore and
// works out the credits.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{startCmd(m.deps), creditsCmd(m.deps.Credits)}
	if m.deps.delay == 0 {
		// Tests (which set delay) keep the clock still.
		cmds = append(cmds, clockTick(m.now))
	}
	if m.deps.Theme == "" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// onTop reports whether the current screen is id.
func (m Model) onTop(id common.ID) bool {
	return len(m.ids) > 0 && m.ids[len(m.ids)-1] == id
}

func (m Model) top() common.Screen {
	if len(m.stack) == 0 {
		return nil
	}
	return m.stack[len(m.stack)-1]
}

// Update routes a message: keys to the root's bindings or the current
// screen, navigation to the stack, everything else to every open screen
// (a screen under another still gets its own commands' results).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		if m.deps.Theme == "" {
			m.setStyles(common.NewStyles(msg.IsDark()))
		}
		return m, nil
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case clockMsg:
		m.now = m.deps.Now()
		return m, clockTick(m.now)
	case startMsg:
		return m.start(msg)
	case common.CreditsMsg:
		m.credits = msg
		return m.broadcast(msg)
	case common.ErrorMsg:
		m.banner, m.bannerErr = errorText(msg.Err), true
		m.layout()
		return m, nil
	case common.NoticeMsg:
		m.banner, m.bannerErr = msg.Text, false
		m.layout()
		return m, nil
	case common.SetupSaved:
		return m.setupSaved(msg)
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseMsg:
		return m.mouse(msg)
	case tea.PasteMsg, tea.PasteStartMsg, tea.PasteEndMsg:
		return m.toTop(msg)
	}
	if next, cmd, ok := m.navigate(msg); ok {
		return next, cmd
	}
	return m.broadcast(msg)
}

// key handles the keys that work everywhere, then gives the rest to the
// current screen.
func (m Model) key(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.clearBanner()
	if key.Matches(msg, m.keys.Quit) {
		return m, m.quit()
	}
	if m.showHelp {
		// Any key closes the full help; ? and esc only close it.
		m.showHelp = false
		m.layout()
		if key.Matches(msg, m.keys.Help) || msg.Code == tea.KeyEscape {
			return m, nil
		}
	}
	for _, s := range sections {
		if key.Matches(msg, s.key) {
			return m.openSection(s)
		}
	}
	top := m.top()
	if top == nil {
		return m, nil
	}
	m.setKeys()
	switch {
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
		return m, nil
	case key.Matches(msg, m.keys.Back):
		return m.back()
	case key.Matches(msg, m.keys.Close):
		return m, m.quit()
	}
	return m.toTop(msg)
}

// quit saves what the open screens hold (a draft) and quits.
func (m Model) quit() tea.Cmd {
	var cmds []tea.Cmd
	for _, s := range m.stack {
		if sv, ok := s.(common.Saver); ok {
			if c := sv.SaveNow(); c != nil {
				cmds = append(cmds, c)
			}
		}
	}
	if len(cmds) == 0 {
		return tea.Quit
	}
	return tea.Sequence(tea.Batch(cmds...), tea.Quit)
}

// mouse gives clicks to the current screen in its own coordinates.
func (m Model) mouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	top := m.top()
	if top == nil || m.showHelp {
		return m, nil
	}
	mo := msg.Mouse()
	mo.Y -= m.screenY()
	if mo.Y < 0 || mo.Y >= m.screenHeight() {
		return m, nil
	}
	var out tea.Msg
	switch msg.(type) {
	case tea.MouseClickMsg:
		out = tea.MouseClickMsg(mo)
	case tea.MouseWheelMsg:
		out = tea.MouseWheelMsg(mo)
	default:
		return m, nil
	}
	return m.toTop(out)
}

// toTop gives msg to the current screen only.
func (m Model) toTop(msg tea.Msg) (tea.Model, tea.Cmd) {
	if len(m.stack) == 0 {
		return m, nil
	}
	i := len(m.stack) - 1
	var cmd tea.Cmd
	m.stack[i], cmd = m.stack[i].Update(msg)
	m.setKeys()
	return m, cmd
}

// broadcast gives msg to every open screen.
func (m Model) broadcast(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	for i := range m.stack {
		var cmd tea.Cmd
		m.stack[i], cmd = m.stack[i].Update(msg)
		cmds = append(cmds, cmd)
	}
	m.setKeys()
	return m, tea.Batch(cmds...)
}

// setStyles passes new styles to the help and every screen.
func (m *Model) setStyles(st common.Styles) {
	m.styles = st
	m.help.Styles = st.Help
	for _, s := range m.stack {
		s.SetStyles(st)
	}
}

// setKeys enables the root's bindings that apply to the current screen.
func (m *Model) setKeys() {
	top := m.top()
	typing := top != nil && common.IsTyping(top)
	if typing {
		m.keys.Help.SetKeys("f1")
		m.keys.Help.SetHelp("f1", "all keys")
	} else {
		m.keys.Help.SetKeys("?", "f1")
		m.keys.Help.SetHelp("?", "all keys")
	}
	m.keys.Back.SetEnabled(len(m.stack) > 1 && top != nil && !common.CapturesEsc(top))
	m.keys.Close.SetEnabled(top != nil && !typing)
	if len(m.stack) <= 1 && top != nil && !common.CapturesEsc(top) {
		// Nothing to go back to: esc leaves, as q does.
		m.keys.Close.SetKeys("q", "esc")
		m.keys.Close.SetHelp("q/esc", "quit")
	} else {
		m.keys.Close.SetKeys("q")
		m.keys.Close.SetHelp("q", "quit")
	}
}

func (m *Model) clearBanner() {
	if m.banner != "" {
		m.banner = ""
		m.layout()
	}
}

// push opens s on top of the stack.
func (m Model) push(id common.ID, s common.Screen) (Model, tea.Cmd) {
	return m.insert(len(m.stack), id, s)
}

// insert opens s at position i of the stack, under the screens above i:
// a screen that was being prepared when the recruiter opened a section
// goes under the section instead of covering it.
func (m Model) insert(i int, id common.ID, s common.Screen) (Model, tea.Cmd) {
	s.SetStyles(m.styles)
	m.stack = slices.Insert(slices.Clip(m.stack), i, s)
	m.ids = slices.Insert(slices.Clip(m.ids), i, id)
	m.layout()
	m.setKeys()
	return m, s.Init()
}

// index is the position of the topmost screen id in the stack, or -1.
func (m Model) index(id common.ID) int {
	for i := len(m.ids) - 1; i >= 0; i-- {
		if m.ids[i] == id {
			return i
		}
	}
	return -1
}

// replace closes the current screen and opens s in its place.
func (m Model) replace(id common.ID, s common.Screen) (Model, tea.Cmd) {
	var save tea.Cmd
	if len(m.stack) > 0 {
		m, save = m.closeTo(len(m.stack) - 1)
	}
	m, cmd := m.push(id, s)
	return m, tea.Batch(save, cmd)
}

// closeTo closes the screens above the first n, saving what they hold.
func (m Model) closeTo(n int) (Model, tea.Cmd) {
	var cmds []tea.Cmd
	for _, s := range m.stack[n:] {
		if sv, ok := s.(common.Saver); ok {
			cmds = append(cmds, sv.SaveNow())
		}
	}
	m.stack, m.ids = m.stack[:n], m.ids[:n]
	return m, tea.Batch(cmds...)
}

// back closes the current screen; the one under it is told it is back
// on top.
func (m Model) back() (tea.Model, tea.Cmd) {
	if len(m.stack) <= 1 {
		return m, nil
	}
	m, save := m.closeTo(len(m.stack) - 1)
	m, cmd := m.reveal()
	return m, tea.Batch(save, cmd)
}

// reveal lays out the screen now on top and tells it it is back.
func (m Model) reveal() (Model, tea.Cmd) {
	m.layout()
	m.setKeys()
	if r, ok := m.top().(common.Revealer); ok {
		return m, r.Revealed()
	}
	return m, nil
}

// openSection brings a section to the top: back to it when it is already
// open, else on top of what is open.
func (m Model) openSection(s section) (tea.Model, tea.Cmd) {
	for i, id := range m.ids {
		if id == s.id {
			m, save := m.closeTo(i + 1)
			m, cmd := m.reveal()
			return m, tea.Batch(save, cmd)
		}
	}
	return m.push(s.id, s.open(&m))
}

// levelLabels maps the library's seniority ids to their labels.
func (m Model) levelLabels() map[string]string { return levelLabels(m.deps.Library) }

func levelLabels(lib *library.Library) map[string]string {
	out := map[string]string{}
	for _, l := range lib.Levels {
		out[l.ID] = l.Label
	}
	return out
}

// start builds the first stack once the start-up command has answered:
// the candidate list, and on it the templates and the composer for a
// candidate from inmail compose or a draft to restore. Sections opened
// with their keys before the answer came stay open, on top.
func (m Model) start(msg startMsg) (tea.Model, tea.Cmd) {
	m.ready = true
	if msg.err != nil {
		m.banner, m.bannerErr = errorText(msg.err), true
	}
	early, earlyIDs := m.stack, m.ids
	list := candidates.New(m.styles, m.deps.Store, m.levelLabels(), m.deps.Now, msg.candidate == nil)
	m.stack, m.ids = nil, nil
	m, cmd := m.push(common.Candidates, list)
	var cmd2 tea.Cmd
	if msg.candidate != nil {
		m, cmd2 = m.openTemplates(*msg.candidate, msg.template, msg.draft)
	}
	var cmd3 tea.Cmd
	if m.needsSetup() && !m.setupShown && !slices.Contains(earlyIDs, common.Settings) {
		// The first run: who is sending, before anything is sent.
		m.setupShown = true
		m, cmd3 = m.push(common.Settings, m.newSettings(true))
	}
	m.stack = append(m.stack, early...)
	m.ids = append(m.ids, earlyIDs...)
	m.layout()
	m.setKeys()
	return m, tea.Batch(cmd, cmd2, cmd3)
}

// needsSetup reports whether the recruiter has not said who they are and
// the app can save it.
func (m Model) needsSetup() bool {
	return m.deps.SaveSetup != nil && strings.TrimSpace(m.deps.Setup.Recruiter) == ""
}

// newSettings builds the settings screen; firstRun opens it as the
// first-run setup.
func (m Model) newSettings(firstRun bool) common.Screen {
	return settings.New(m.styles, m.deps.Setup, settings.Deps{
		Save: m.deps.SaveSetup, Path: m.deps.ConfigPath, FirstRun: firstRun, Key: settingsKey.Help().Key,
	})
}

// setupSaved takes in a saved setup: every screen hears of it (an open
// composer signs with the new name), the status bar and the credits follow,
// and the settings screen closes.
func (m Model) setupSaved(msg common.SetupSaved) (tea.Model, tea.Cmd) {
	m.deps.Setup = msg.Setup
	m.deps.Recruiter = msg.Setup.Recruiter
	next, cmd := m.broadcast(msg)
	m = next.(Model)
	var back tea.Cmd
	if i := m.index(common.Settings); i > 0 {
		m.stack = slices.Delete(slices.Clip(m.stack), i, i+1)
		m.ids = slices.Delete(slices.Clip(m.ids), i, i+1)
		m, back = m.reveal()
	}
	m.banner, m.bannerErr = "Saved your settings in "+msg.Path+".", false
	if msg.Path == "" {
		m.banner = "Saved your settings."
	}
	m.layout()
	return m, tea.Batch(cmd, back, creditsCmd(m.deps.Credits))
}

// navigate handles the screens' navigation messages; ok is false for any
// other message.
func (m Model) navigate(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case common.Back:
		next, cmd := m.back()
		return next.(Model), cmd, true
	case common.Home:
		m, save := m.closeTo(1)
		next, cmd := m.reveal()
		return next, tea.Batch(save, cmd), true
	case common.GoTo:
		if s, ok := sectionFor(msg.Screen); ok {
			next, cmd := m.openSection(s)
			return next.(Model), cmd, true
		}
		switch msg.Screen {
		case common.Candidates:
			next, cmd, _ := m.navigate(common.Home{})
			return next, cmd, true
		case common.AddCandidate:
			next, cmd := m.openAdd("", nil)
			return next, cmd, true
		}
		return m, nil, true
	// A screen's request counts only while it is on top: a key pressed
	// twice before the first request arrived would otherwise open two.
	case common.NewCandidate:
		if msg.Auto {
			// The list found nobody: add one, under any section opened
			// meanwhile.
			i := m.index(common.Candidates)
			if i < 0 || m.index(common.AddCandidate) >= 0 {
				return m, nil, true
			}
			next, cmd := m.insert(i+1, common.AddCandidate, m.newAdd("", nil))
			return next, cmd, true
		}
		if !m.onTop(common.Candidates) {
			return m, nil, true
		}
		next, cmd := m.openAdd(msg.Paste, nil)
		return next, cmd, true
	case common.EditCandidate:
		if !m.onTop(common.Candidates) {
			return m, nil, true
		}
		next, cmd := m.openAdd("", &msg.Candidate)
		return next, cmd, true
	case common.CandidateChosen:
		var save tea.Cmd
		switch {
		case msg.Replace && m.onTop(common.AddCandidate):
			m, save = m.closeTo(len(m.stack) - 1)
		case msg.Replace || !m.onTop(common.Candidates):
			return m, nil, true
		}
		next, cmd := m.openTemplates(msg.Candidate, nil, nil)
		return next, tea.Batch(save, cmd), true
	case common.TemplateChosen:
		if m.preparing || !(m.onTop(common.Templates) || msg.Replace && m.onTop(common.Compose)) {
			return m, nil, true
		}
		m.preparing = true
		return m, prepareCmd(m.deps, msg.Candidate, msg.Template, msg.Draft, msg.Replace), true
	case composeReadyMsg:
		m.preparing = false
		next, cmd := m.composeReady(msg)
		return next, cmd, true
	case common.MessageSent:
		// The composer that sent may be under a section opened meanwhile:
		// the sent screen takes its place, whatever is above it.
		var save tea.Cmd
		for i := len(m.ids) - 1; i > 0; i-- {
			if m.ids[i] == common.Compose {
				m, save = m.closeTo(i + 1)
				break
			}
		}
		s := sent.New(m.styles, msg.Message, msg.ProfileURL, sent.Deps{Copy: m.deps.Copy, OpenURL: m.deps.OpenURL})
		next, cmd := m.replace(common.Sent, s)
		return next, tea.Batch(save, cmd, creditsCmd(m.deps.Credits)), true
	}
	return m, nil, false
}

// openAdd opens the add-candidate screen: empty, on pasted text, or on a
// saved candidate to correct.
func (m Model) openAdd(paste string, edit *outreach.Candidate) (Model, tea.Cmd) {
	return m.push(common.AddCandidate, m.newAdd(paste, edit))
}

func (m Model) newAdd(paste string, edit *outreach.Candidate) common.Screen {
	return addcandidate.New(m.styles, m.deps.Store, m.deps.Library.Levels, m.deps.Now, paste, edit)
}

// openTemplates opens the template picker for a candidate, and on it the
// composer when a template is given (with the draft d to restore, or the
// candidate's saved one when d is nil).
func (m Model) openTemplates(c outreach.Candidate, t *library.Template, d *outreach.Draft) (Model, tea.Cmd) {
	sel := ""
	switch {
	case t != nil:
		sel = t.ID
	case d != nil:
		sel = d.TemplateID
	}
	m, cmd := m.push(common.Templates, picker.New(m.styles, m.deps.Store, m.deps.Library, c, m.deps.Now, sel, m.credits))
	if t == nil {
		if d != nil {
			m.banner, m.bannerErr = fmt.Sprintf("Your draft for %s used template %s, which is no longer in the library: pick another and the line comes along.", c.Profile.Name, d.TemplateID), false
			m.layout()
		}
		return m, cmd
	}
	return m, tea.Batch(cmd, prepareCmd(m.deps, c, t, d, false))
}

// composeReadyMsg is a compose prepared in a command.
type composeReadyMsg struct {
	params  compose.Params
	replace bool
	err     error
}

// prepareCmd prepares a compose in a command (indexing the profile,
// finding the candidate's draft when d is nil); the root opens it on
// composeReadyMsg.
func prepareCmd(deps Deps, c outreach.Candidate, t *library.Template, d *outreach.Draft, replace bool) tea.Cmd {
	s, prepare, lib := deps.Store, deps.Prepare, deps.Library
	p := compose.Params{Candidate: c, Draft: d, Recruiter: deps.Recruiter, Now: deps.Now, Getenv: deps.Getenv, Template: lib.Get,
		VerdictDelay: deps.delay, DraftDelay: deps.delay, SettingsKey: settingsKey.Help().Key, Levels: levelLabels(lib)}
	return func() tea.Msg {
		comp, err := prepare(c, t)
		if err != nil {
			return composeReadyMsg{err: err}
		}
		p.Composer = comp
		if p.Draft == nil {
			dr, err := s.Draft(c.ID)
			switch {
			case err == nil:
				p.Draft = &dr
			case outreach.ErrorCode(err) != outreach.ENOTFOUND:
				return composeReadyMsg{err: err}
			}
		}
		return composeReadyMsg{params: p, replace: replace}
	}
}

// composeReady opens a prepared compose.
func (m Model) composeReady(msg composeReadyMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.banner, m.bannerErr = errorText(msg.err), true
		m.layout()
		return m, nil
	}
	s := compose.New(m.styles, m.deps.Store, msg.params)
	var notice tea.Cmd
	if d := msg.params.Draft; d != nil && !d.SavedAt.IsZero() {
		name := msg.params.Candidate.Profile.Name
		text := fmt.Sprintf("Restored your draft for %s from %s.", name, d.SavedAt.In(m.now.Location()).Format("Mon 15:04"))
		notice = func() tea.Msg { return common.NoticeMsg{Text: text} }
	}
	var next Model
	var cmd tea.Cmd
	switch i := m.index(common.Templates); {
	case msg.replace && m.index(common.Compose) >= 0:
		// In the place of the composer it replaces (whose line and
		// fields came along as the new one's draft).
		j := m.index(common.Compose)
		m.stack = slices.Delete(slices.Clip(m.stack), j, j+1)
		m.ids = slices.Delete(slices.Clip(m.ids), j, j+1)
		next, cmd = m.insert(j, common.Compose, s)
	case i >= 0:
		// Right above its template picker: a section opened while the
		// compose was prepared stays on top.
		next, cmd = m.insert(i+1, common.Compose, s)
	default:
		next, cmd = m.push(common.Compose, s)
	}
	return next, tea.Batch(cmd, notice)
}

// errorText is an error for the banner: the sentence of an
// *outreach.Error, else the error.
func errorText(err error) string {
	if s := outreach.ErrorMessage(err); s != "" && outreach.ErrorCode(err) != outreach.EINTERNAL {
		return s
	}
	return err.Error()
}

// The layout, top to bottom: status bar, banner, screen, help bar.

func (m Model) bannerLines() []string {
	return common.Banner(m.styles, m.width, m.banner, m.bannerErr, 3)
}

func (m Model) screenY() int { return 1 + len(m.bannerLines()) }

func (m Model) screenHeight() int {
	return max(m.height-m.screenY()-1, 0)
}

// layout gives the screens what the bars leave.
func (m *Model) layout() {
	m.help.SetWidth(m.width)
	for _, s := range m.stack {
		s.SetSize(m.width, m.screenHeight())
	}
}

// status is the top line: who, credits, clock and timing hint.
func (m Model) status() string {
	st := m.styles
	pieces := []string{st.StatusAccent.Render("inmail")}
	switch {
	case m.needsSetup():
		pieces = append(pieces, st.StatusHint.Render("no name set: "+settingsKey.Help().Key))
	case m.deps.Recruiter != "":
		pieces = append(pieces, st.Status.Render(m.deps.Recruiter))
	}
	switch {
	case m.credits.Known && m.credits.Left <= 0:
		pieces = append(pieces, st.Bad.Render("no InMail credits left"))
	case m.credits.Known && m.credits.Left == 1:
		pieces = append(pieces, st.Status.Render("1 credit left"))
	case m.credits.Known:
		pieces = append(pieces, st.Status.Render(fmt.Sprintf("%d credits left", m.credits.Left)))
	}
	hint, good := common.SendTiming(m.now)
	clock := m.now.Format("Mon 15:04")
	hs := st.StatusHint
	if good {
		hs = st.Status
	}
	// The whole hint, else its first clause ("weekend: fewer replies"),
	// else the clock alone: on a narrow terminal the time stays.
	short := hint
	if i := strings.IndexAny(hint, ",("); i > 0 {
		short = strings.TrimSpace(hint[:i])
	}
	for _, last := range []string{st.Status.Render(clock+" ") + hs.Render(hint), st.Status.Render(clock+" ") + hs.Render(short), st.Status.Render(clock)} {
		all := append(pieces[:len(pieces):len(pieces)], last)
		if lipgloss.Width(strings.Join(all, st.Status.Render(" · "))) <= m.width {
			return common.JoinStatus(st, m.width, all...)
		}
	}
	return common.JoinStatus(st, m.width, pieces...)
}

// helpView is the short help bar.
func (m Model) helpKeys() helpKeys {
	h := helpKeys{app: []key.Binding{m.keys.Back, m.keys.Help, m.keys.Quit}}
	if m.keys.Close.Enabled() {
		// q (or esc) is the quit key to show; ctrl+c still works and is
		// listed under all keys.
		h.app[2], h.fullOnly = m.keys.Close, []key.Binding{m.keys.Quit}
	}
	for _, s := range sections {
		h.sections = append(h.sections, s.key)
	}
	if top := m.top(); top != nil {
		h.screen = top.ShortHelp()
		h.full = top.FullHelp()
	}
	return h
}

// View draws the bars and the current screen, and the full help over it
// when asked.
func (m Model) View() tea.View {
	var v tea.View
	v.AltScreen = true
	v.WindowTitle = "inmail"
	if t, ok := m.top().(common.Titled); ok {
		v.WindowTitle = "inmail · " + t.Title()
	}
	if mu, ok := m.top().(common.MouseUser); ok && mu.UsesMouse() && !m.showHelp {
		v.MouseMode = tea.MouseModeCellMotion
	}
	if m.width <= 0 || m.height <= 0 {
		return v
	}
	var b strings.Builder
	b.WriteString(m.status())
	for _, l := range m.bannerLines() {
		b.WriteByte('\n')
		b.WriteString(l)
	}
	b.WriteByte('\n')
	h := m.screenHeight()
	switch top := m.top(); {
	case !m.ready || top == nil:
		b.WriteString(common.Lines(m.styles.Subtle.Render("Opening…"), m.width, h))
	case m.showHelp:
		b.WriteString(m.fullHelp(h))
	default:
		b.WriteString(top.View())
	}
	b.WriteByte('\n')
	b.WriteString(common.Cut(m.help.ShortHelpView(m.helpKeys().ShortHelp()), m.width))
	out := b.String()
	if m.height < 3 {
		// Too small for the bars: the first lines only.
		out = strings.Join(strings.SplitN(out, "\n", m.height+1)[:min(m.height, strings.Count(out, "\n")+1)], "\n")
	}
	v.SetContent(out)
	return v
}

// fullHelpColumns lays the key groups out side by side while they fit in
// width and starts a new row of groups when they do not, so a narrow
// terminal shows every key instead of the first column and an ellipsis.
func (m Model) fullHelpColumns(groups [][]key.Binding, width int) string {
	hm := m.help
	hm.ShowAll = true
	hm.SetWidth(0)
	const gap = "    "
	var rows, row []string
	rowWidth := 0
	flush := func() {
		if len(row) > 0 {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
		}
		row, rowWidth = nil, 0
	}
	for _, g := range groups {
		col := hm.FullHelpView([][]key.Binding{g})
		if col == "" {
			continue
		}
		w := lipgloss.Width(col)
		if len(row) > 0 && rowWidth+len(gap)+w > width {
			flush()
		}
		if len(row) > 0 {
			row = append(row, gap)
			rowWidth += len(gap)
		}
		row = append(row, col)
		rowWidth += w
	}
	flush()
	return strings.Join(rows, "\n\n")
}

// fullHelp draws every key of the current screen and the app in a box
// over the screen.
func (m Model) fullHelp(h int) string {
	body := strings.Split(m.fullHelpColumns(m.helpKeys().FullHelp(), max(10, m.width-6)), "\n")
	lines := make([]string, 0, len(body)+2)
	for _, l := range body {
		lines = append(lines, " "+l)
	}
	lines = append(lines, "", m.styles.Subtle.Render(" Any key closes this."))
	w := 0
	for _, l := range lines {
		w = max(w, lipgloss.Width(l))
	}
	w = min(w+3, m.width)
	bh := min(len(lines)+2, h)
	box := common.Box(m.styles, "All keys", lines, w, bh, true)
	base := m.top().View()
	return common.Overlay(base, box, max(0, (m.width-w)/2), max(0, (h-bh)/2))
}
