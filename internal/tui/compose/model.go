// Package compose is the composer: the personalization line first and
// focused, checked as the recruiter types (debounced, never delaying a
// keystroke); role, client and hook; the subject and body rendered live
// with their counts against LinkedIn's limits and editable in place or in
// $EDITOR; the candidate's profile beside it with what the line references
// highlighted; the send gate on ctrl+s with one confirming keystroke; and
// the draft saved as they type.
package compose

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"sync"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/tui/common"
)

// Store is what the composer needs from the log.
type Store interface {
	// SaveDraft saves the compose in progress for its candidate.
	SaveDraft(d outreach.Draft) error
	// Send logs a message once per idempotency key and returns its id;
	// it deletes the candidate's draft in the same transaction.
	Send(m outreach.Message, key string) (id uint64, added bool, err error)
	// LineUses returns the earlier sends of a personalization line.
	LineUses(line string) ([]outreach.PriorLine, error)
}

// Params are what a compose starts from; the root prepares them in a
// command (building the Composer indexes the profile).
type Params struct {
	Candidate outreach.Candidate
	// Composer is the template prepared for the candidate with the
	// starting fields, the validator's options and the credits left.
	Composer *gate.Composer
	// Draft is a saved compose to restore (nil: a new one).
	Draft *outreach.Draft
	// Recruiter is logged with the message.
	Recruiter string
	// Now is the clock; Getenv reads $VISUAL and $EDITOR.
	Now    func() time.Time
	Getenv func(string) string
	// After waits for the debounces (nil: common.Tick, the wall clock).
	After common.After
	// Template finds a template by id (the connection note suggested when
	// the credits run out); nil finds none.
	Template func(id string) (*library.Template, bool)
	// Levels are the seniority levels' labels by id, for the header
	// ("Senior associate" rather than senior-associate).
	Levels map[string]string
	// SettingsKey is the key that opens the settings, for the gate's
	// reason when no sender name is set ("": config.yaml is named
	// instead).
	SettingsKey string
	// Remote is true in an SSH session: ctrl+e runs no editor (it would
	// run on the server's machine), and the help says so.
	Remote bool
	// Briefs lists the open briefs for ctrl+b, the recruiter's most
	// recent first (nil: no picker). It runs in a command.
	Briefs func() ([]outreach.Brief, error)
}

// field is one input of the form, in tab order.
type field int

const (
	fLine field = iota
	fRole
	fClient
	fHook
	fSubject
	fBody
	fieldCount
)

// state is what the composer is doing.
type state int

const (
	editing state = iota
	// reasons shows every reason the gate refuses.
	reasons
	// confirming waits for the one confirming keystroke.
	confirming
	// sending waits for the store.
	sending
	// asking waits for the reason to message a candidate again (the
	// contact rule; recontact.go).
	asking
	// choosingBrief shows the briefs to fill role, client and hook from
	// (brief.go).
	choosingBrief
)

// The debounce delays: the verdict a moment after the last keystroke in
// the line, the draft a little later.
const (
	verdictDelay = 150 * time.Millisecond
	draftDelay   = 800 * time.Millisecond
)

// Model is the composer screen.
type Model struct {
	p      Params
	store  Store
	styles common.Styles
	keys   keyMap
	state  state
	// reason is the contact rule's prompt (nil until first asked).
	reason *textarea.Model
	// briefs are the briefs the picker lists, once loaded.
	briefs       []outreach.Brief
	briefsErr    error
	briefsLoaded bool
	briefCursor  int

	comp *gate.Composer
	// sendKey is this compose's idempotency key: however many times the
	// send is asked for, it is logged once.
	sendKey   string
	startedAt time.Time

	line textarea.Model
	// inputs are the one-line fields fRole, fClient, fHook and fSubject:
	// text areas without line breaks, as tall as their text wraps to, so
	// a value is never cut where the recruiter has to check it.
	inputs [fieldCount]textarea.Model
	body   textarea.Model
	// fields are the fields shown, in tab order (role, client and hook
	// only when the template uses them; subject only for InMail).
	fields []field
	focus  field

	// rendered is the template with the current line. subject and bodyText
	// are the recruiter's edits, used once subjectEdited / bodyEdited.
	rendered      library.Rendered
	lineText      string
	subjectEdited bool
	bodyEdited    bool
	subject       string
	bodyText      string

	// verdict is the validator's answer for verdictLine (nil: none yet),
	// and uses the log's earlier sends of that line.
	verdict     *personalize.Verdict
	verdictLine string
	uses        []outreach.PriorLine
	verdictSeq  int
	// sendAsked: ctrl+s came before the verdict of the line as typed; the
	// verdict's arrival answers it (confirm, or the reasons).
	sendAsked   bool
	decision    gate.Decision
	showProfile bool // narrow layouts: the profile instead of the form

	draftSeq int
	dirty    bool
	savedAt  time.Time
	saveErr  string
	// log serializes draft saves and the send, so a late draft save can
	// never bring back the draft a send deleted.
	log *logGuard

	// profile scrolls the profile pane (profile_pane.go).
	profile viewport.Model

	width, height int
	geo           geometry
	view          viewCache
	// targets are where this frame drew each field and the profile,
	// placed the targets hits was built from, and hits finds which is
	// under the mouse (mouse.go).
	targets, placed []hitTarget
	hits            *lipgloss.Compositor
}

// logGuard orders the composer's writes to the store.
type logGuard struct {
	mu   sync.Mutex
	sent bool
}

// noteTemplate is the connection-note template suggested when no credit
// is left.
func (m *Model) noteTemplate() (*library.Template, bool) {
	if m.p.Template == nil || m.comp.Alternative == "" {
		return nil, false
	}
	return m.p.Template(m.comp.Alternative)
}

// New returns the composer for p; store is the log.
func New(st common.Styles, store Store, p Params) *Model {
	if p.Now == nil {
		p.Now = time.Now
	}
	if p.Getenv == nil {
		p.Getenv = func(string) string { return "" }
	}
	if p.After == nil {
		p.After = common.Tick
	}
	m := &Model{p: p, store: store, styles: st, keys: newKeyMap(), comp: p.Composer, log: &logGuard{}, profile: newProfileView()}
	m.sendKey = newKey()
	m.startedAt = p.Now()

	m.line = textarea.New()
	m.line.ShowLineNumbers = false
	m.line.Prompt = ""
	m.line.Placeholder = "One line only they would get: a deal, project, talk…"
	m.line.KeyMap.InsertNewline.SetEnabled(false)
	m.line.KeyMap.TransposeCharacterBackward.SetEnabled(false)
	m.line.KeyMap.LineEnd.SetKeys("end")
	m.line.KeyMap.LinePrevious.SetKeys("up")
	m.line.KeyMap.LineNext.SetKeys("down")
	m.line.SetHeight(2)
	m.line.MaxHeight = 6
	for _, f := range []field{fRole, fClient, fHook, fSubject} {
		m.inputs[f] = oneLine(3)
	}
	m.inputs[fRole].Placeholder = "the role"
	m.inputs[fClient].Placeholder = "the client"
	m.inputs[fHook].Placeholder = "why it is worth a look"
	// The subject is up to 200 characters; its second row also holds its
	// count, under the label.
	m.inputs[fSubject].MaxHeight = 8
	m.inputs[fSubject].MinHeight = 2
	m.body = textarea.New()
	m.body.ShowLineNumbers = false
	m.body.Prompt = ""
	m.body.CharLimit = 0
	m.body.MaxHeight = 0
	m.body.KeyMap.TransposeCharacterBackward.SetEnabled(false)
	m.body.KeyMap.LineEnd.SetKeys("end")
	m.body.KeyMap.LinePrevious.SetKeys("up")
	m.body.KeyMap.LineNext.SetKeys("down")

	t := m.comp.Template
	f := m.comp.Fields
	uses := t.Subject + "\n" + t.Body
	m.fields = []field{fLine}
	for _, x := range []struct {
		f    field
		name string
		val  string
	}{{fRole, library.Role, f.Role}, {fClient, library.Client, f.Client}, {fHook, library.Hook, f.Hook}} {
		if strings.Contains(uses, library.Placeholder(x.name)) {
			m.fields = append(m.fields, x.f)
		}
		m.inputs[x.f].SetValue(x.val)
	}
	if t.Channel == library.InMail {
		m.fields = append(m.fields, fSubject)
	}
	m.fields = append(m.fields, fBody)

	if d := p.Draft; d != nil {
		m.restore(*d)
	}
	m.SetStyles(st)
	m.rerender()
	m.setFocus(fLine)
	return m
}

// restore puts a saved draft back: the line, the fields, and the
// subject and body when they had been edited.
func (m *Model) restore(d outreach.Draft) {
	if !d.StartedAt.IsZero() {
		m.startedAt = d.StartedAt
	}
	m.savedAt = d.SavedAt
	f := m.comp.Fields
	if d.Role != "" || d.Client != "" || d.Hook != "" {
		f.Role, f.Client, f.Hook = d.Role, d.Client, d.Hook
		m.comp = m.comp.WithFields(f)
		m.inputs[fRole].SetValue(f.Role)
		m.inputs[fClient].SetValue(f.Client)
		m.inputs[fHook].SetValue(f.Hook)
	}
	m.line.SetValue(d.Personalization)
	m.line.MoveToEnd()
	m.lineText = strings.TrimSpace(d.Personalization)
	if d.TemplateID != m.comp.Template.ID {
		// A draft for another template keeps the line and fields only,
		// and is this template's draft from now on.
		m.dirty = true
		return
	}
	r := m.comp.Render(m.lineText)
	if d.Subject != "" && d.Subject != r.Subject {
		m.subject, m.subjectEdited = d.Subject, true
	}
	if d.Body != "" && d.Body != r.Body {
		m.bodyText, m.bodyEdited = d.Body, true
	}
}

// oneLine is a one-line field: a text area without line breaks that
// grows with its text up to maxRows rows.
func oneLine(maxRows int) textarea.Model {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = ""
	ta.CharLimit = 0
	ta.DynamicHeight = true
	ta.MinHeight = 1
	ta.MaxHeight = maxRows
	ta.KeyMap.InsertNewline.SetEnabled(false)
	ta.KeyMap.TransposeCharacterBackward.SetEnabled(false)
	ta.KeyMap.LineEnd.SetKeys("end")
	ta.KeyMap.LinePrevious.SetKeys("up")
	ta.KeyMap.LineNext.SetKeys("down")
	return ta
}

// newKey is a random idempotency key for one compose.
func newKey() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return "tui:" + hex.EncodeToString(b)
}

// Init checks the line (a restored one, or the empty one) straight away.
func (m *Model) Init() tea.Cmd { return m.checkNow() }

// UsesMouse implements common.MouseUser: clicks focus fields, the wheel
// scrolls the profile.
func (m *Model) UsesMouse() bool { return true }

// Title implements common.Titled.
func (m *Model) Title() string { return "Compose" }

// Typing implements common.KeyCapturer: while editing, a text field
// always has focus.
func (m *Model) Typing() bool { return (m.state == editing && !m.showProfile) || m.state == asking }

// CapturesEsc implements common.KeyCapturer: esc closes the prompt or the
// reasons, or the profile on a narrow terminal.
func (m *Model) CapturesEsc() bool { return m.state != editing || m.showProfile }

// Line is the personalization line as typed, trimmed.
func (m *Model) Line() string { return m.lineText }

// Subject is the subject as it would be sent.
func (m *Model) Subject() string {
	if m.subjectEdited {
		return m.subject
	}
	return m.rendered.Subject
}

// Body is the body as it would be sent.
func (m *Model) Body() string {
	if m.bodyEdited {
		return m.bodyText
	}
	return m.rendered.Body
}

// Decision is the send gate's current answer.
func (m *Model) Decision() gate.Decision { return m.decision }

// rerender renders the template with the current line and asks the gate.
func (m *Model) rerender() {
	m.rendered = m.comp.Render(m.lineText)
	if !m.subjectEdited && m.inputs[fSubject].Value() != m.rendered.Subject {
		m.inputs[fSubject].SetValue(m.rendered.Subject)
		if m.focus != fSubject {
			m.inputs[fSubject].MoveToBegin()
		}
		m.relayoutFields()
	}
	m.decide()
}

// decide asks the gate about the message as it would be sent.
func (m *Model) decide() {
	r := m.rendered
	r.Subject, r.Body = m.Subject(), m.Body()
	var v *personalize.Verdict
	var uses []outreach.PriorLine
	if m.verdict != nil && m.verdictLine == m.lineText {
		v, uses = m.verdict, m.uses
	}
	m.decision = m.comp.Decide(m.lineText, r, v, uses)
	m.setKeys()
}

// setFocus moves the focus to f.
func (m *Model) setFocus(f field) tea.Cmd {
	if m.focus == fBody && f != fBody {
		m.leaveBody()
	}
	m.focus = f
	m.line.Blur()
	m.body.Blur()
	for i := range m.inputs {
		if m.inputs[i].Focused() {
			m.inputs[i].Blur()
			m.inputs[i].MoveToBegin()
		}
	}
	var cmd tea.Cmd
	switch f {
	case fLine:
		cmd = m.line.Focus()
	case fBody:
		m.body.SetValue(m.Body())
		m.body.MoveToBegin()
		cmd = m.body.Focus()
	default:
		// At the end, to add to what is there.
		m.inputs[f].MoveToEnd()
		cmd = m.inputs[f].Focus()
	}
	m.view.fields = [fieldCount]fieldCache{}
	// On a tight form the focused field is the one shown in full.
	m.layout()
	return cmd
}

// leaveBody keeps what was typed in the body.
func (m *Model) leaveBody() {
	v := m.body.Value()
	if v != m.Body() {
		m.setBody(v)
	}
}

// setBody records an edit of the body (or its undoing, when it is the
// rendered body again).
func (m *Model) setBody(v string) {
	m.bodyEdited = v != m.rendered.Body
	m.bodyText = v
	if !m.bodyEdited {
		m.bodyText = ""
	}
	m.decide()
	m.changed()
}

// step moves the focus d fields along the tab order.
func (m *Model) step(d int) tea.Cmd {
	i := 0
	for j, f := range m.fields {
		if f == m.focus {
			i = j
		}
	}
	n := len(m.fields)
	return m.setFocus(m.fields[((i+d)%n+n)%n])
}

func (m *Model) setKeys() {
	k := &m.keys
	ed := m.state == editing
	k.Next.SetEnabled(ed && !m.showProfile)
	k.Prev.SetEnabled(ed && !m.showProfile)
	k.Send.SetEnabled(ed && m.decision.OK)
	k.Blocked.SetEnabled(ed && !m.decision.OK)
	if !m.decision.OK {
		k.Blocked.SetHelp("ctrl+s", "send (disabled: "+m.blockedShort()+")")
	}
	k.Editor.SetEnabled(ed && !m.p.Remote)
	k.NoEditor.SetEnabled(ed && m.p.Remote)
	k.Reset.SetEnabled(ed && (m.bodyEdited || m.subjectEdited || (m.focus == fBody && m.body.Value() != m.rendered.Body)))
	k.Profile.SetEnabled(ed && m.narrow())
	if m.showProfile {
		k.Profile.SetHelp("ctrl+p", "back to the form")
	} else {
		k.Profile.SetHelp("ctrl+p", "show profile")
	}
	k.Note.SetEnabled(ed && m.decision.Has(gate.CodeNoCredits) && m.comp.Alternative != "")
	k.Brief.SetEnabled(ed && !m.showProfile && m.p.Briefs != nil && m.hasBriefFields())
	choosing := m.state == choosingBrief
	k.BriefUse.SetEnabled(choosing && len(m.briefs) > 0)
	k.BriefUp.SetEnabled(choosing && len(m.briefs) > 1)
	k.BriefDown.SetEnabled(choosing && len(m.briefs) > 1)
	k.BriefClose.SetEnabled(choosing)
	k.Confirm.SetEnabled(m.state == confirming)
	k.Cancel.SetEnabled(m.state == confirming)
	k.Close.SetEnabled(m.state == reasons)
}

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.layout()
}

// SetStyles implements common.Screen.
func (m *Model) SetStyles(st common.Styles) {
	m.styles = st
	m.line.SetStyles(st.TextArea)
	m.body.SetStyles(st.TextArea)
	for i := range m.inputs {
		m.inputs[i].SetStyles(st.TextArea)
	}
	m.profile.HighlightStyle, m.profile.SelectedHighlightStyle = st.Highlight, st.Highlight
	m.view = viewCache{}
	m.layout()
}

// ShortHelp implements common.Screen.
func (m *Model) ShortHelp() []key.Binding { return m.keys.short(m.showProfile) }

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.full() }
