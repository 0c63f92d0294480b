package compose

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

const genuine = "Your work on Castell Pharma's acquisition of Norvane Therapeutics stood out"

func inmail(t *testing.T) *library.Template {
	return template(t, "inmail", "{{role}} at {{client}}", inmailBody)
}

// runCmd runs a command on a tuitest.Driver and returns its messages
// without handing them to the composer, for a test to deliver them when
// it chooses.
func runCmd(t *testing.T, cmd tea.Cmd) []tea.Msg {
	t.Helper()
	var out []tea.Msg
	tuitest.NewDriver(t, func(msg tea.Msg) tea.Cmd {
		out = append(out, msg)
		return nil
	}).Run(cmd)
	return out
}

func TestVerdictIsDebounced(t *testing.T) {
	s := tuitest.NewLog(tuesday)
	m := newModel(t, s, priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, "Your work")
	first := m.verdictSeq
	typeText(m, " on Castell")
	if m.verdictSeq <= first {
		t.Fatalf("typing did not start a new debounce (seq %d, then %d)", first, m.verdictSeq)
	}
	// The tick of an earlier keystroke runs nothing.
	if _, cmd := m.Update(verdictTickMsg{seq: first}); cmd != nil {
		t.Error("a stale tick started a check")
	}
	// A verdict for an older line is dropped.
	m.Update(check(m.comp, s, "Your work"))
	if m.verdict != nil {
		t.Error("a verdict for an earlier line was shown")
	}
	if !m.decision.Has(gate.CodePending) {
		t.Errorf("while the check is pending the gate says %v", m.decision.Reasons)
	}
	_, cmd := m.Update(verdictTickMsg{seq: m.verdictSeq})
	msgs := runCmd(t, cmd)
	if len(msgs) != 1 {
		t.Fatalf("the last tick gave %d messages, want the verdict", len(msgs))
	}
	m.Update(msgs[0])
	if m.verdict == nil || m.verdictLine != m.lineText {
		t.Error("the current line's verdict was not taken in")
	}
}

func TestRenderIsImmediate(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, "Your")
	if !strings.Contains(m.Body(), "\n\nYour\n\n") {
		t.Errorf("the body does not hold the line as typed:\n%s", m.Body())
	}
	want := fmt.Sprintf("Body %d/1,900", library.Count(m.Body()))
	if !strings.Contains(ansi.Strip(m.View()), want) {
		t.Errorf("the view does not count the body (%q)", want)
	}
}

// TestSendBeforeTheVerdict: ctrl+s pressed before the debounced verdict
// of the line as typed waits for that verdict, then confirms; it never
// shows the reasons of the half-typed line.
func TestSendBeforeTheVerdict(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, genuine[:len(genuine)-1])
	settle(m)
	typeText(m, genuine[len(genuine)-1:]) // the last key, no verdict yet
	_, cmd := m.Update(tuitest.Key("ctrl+s"))
	if m.state != editing || cmd == nil {
		t.Fatalf("ctrl+s before the verdict: state %d, command %v; want editing and a check", m.state, cmd != nil)
	}
	m.Update(cmd())
	if m.state != confirming {
		t.Fatalf("the verdict came in OK and the composer did not ask to confirm (state %d, reasons %v)", m.state, m.decision.Reasons)
	}

	// A key typed while the check runs is the recruiter editing on: the
	// late verdict opens nothing.
	m = newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, genuine)
	_, cmd = m.Update(tuitest.Key("ctrl+s"))
	typeText(m, " ")
	m.Update(cmd())
	if m.state != editing {
		t.Errorf("a verdict asked for before more typing opened a box (state %d)", m.state)
	}
}

func TestSendAsksOnceAndLogsOnce(t *testing.T) {
	s := tuitest.NewLog(tuesday)
	m := newModel(t, s, priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, genuine)
	settle(m)
	if !m.decision.OK {
		t.Fatalf("the gate refuses a genuine line: %v", m.decision.Reasons)
	}
	if _, cmd := m.Update(tuitest.Key("ctrl+s")); cmd != nil || m.state != confirming {
		t.Fatalf("ctrl+s did not ask to confirm (state %d)", m.state)
	}
	_, cmd := m.Update(tuitest.Key("y"))
	// A second y while sending does nothing.
	if _, again := m.Update(tuitest.Key("y")); again != nil {
		t.Error("a second confirming key started another send")
	}
	msgs := runCmd(t, cmd)
	// Even a send run twice (a retry) logs once: the key is the compose's.
	runCmd(t, m.send())
	if len(s.Msgs) != 1 {
		t.Fatalf("logged %d messages, want 1", len(s.Msgs))
	}
	_, cmd = m.Update(msgs[0])
	out := runCmd(t, cmd)
	sent, ok := out[0].(common.MessageSent)
	if !ok {
		t.Fatalf("after the send the composer said %T", out[0])
	}
	got := sent.Message
	if got.ID != 1 || got.Personalization != genuine || got.Credits != 1 || got.Subject != "Senior M&A Associate at a top-10 firm" || len(got.References) == 0 {
		t.Errorf("logged %+v", got)
	}
	if sent.ProfileURL != "https://www.linkedin.com/in/priya-raman" {
		t.Errorf("profile URL %q", sent.ProfileURL)
	}
	if cmd := m.SaveNow(); cmd != nil {
		t.Error("after the send, quitting would save the draft again")
	}
}

func TestSendFailureShowsWhy(t *testing.T) {
	s := &tuitest.Log{SendErr: outreach.Errorf(outreach.ECONFLICT, "This line was already sent to Sam.")}
	m := newModel(t, s, priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, genuine)
	settle(m)
	m.Update(tuitest.Key("ctrl+s"))
	_, cmd := m.Update(tuitest.Key("enter"))
	_, cmd = m.Update(runCmd(t, cmd)[0])
	msg := runCmd(t, cmd)[0]
	if e, ok := msg.(common.ErrorMsg); !ok || outreach.ErrorMessage(e.Err) != "This line was already sent to Sam." {
		t.Errorf("a refused send said %#v", msg)
	}
	if m.state != editing {
		t.Error("after a refused send the recruiter is not back to editing")
	}
}

func TestBlockedSendListsReasons(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 0, nil, 80, 22)
	typeText(m, genuine)
	settle(m)
	if m.keys.Send.Enabled() || !m.keys.Blocked.Enabled() {
		t.Fatal("with no credits ctrl+s is offered as send")
	}
	if h := m.keys.Blocked.Help().Desc; h != "send (disabled: no InMail credits left)" {
		t.Errorf("the help bar says %q", h)
	}
	m.Update(tuitest.Key("ctrl+s"))
	if m.state != reasons || !strings.Contains(m.View(), "No InMail credits left this month") {
		t.Errorf("ctrl+s did not list the reasons:\n%s", m.View())
	}
	m.Update(tuitest.Key("x"))
	if m.state != editing {
		t.Error("a key did not close the reasons")
	}
}

func TestNoCreditsSuggestsNote(t *testing.T) {
	note := template(t, "connection", "", "Hi {{first_name}}, {{personalization}}")
	note.ID = "senior-associate/connect"
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 0, nil, 80, 22)
	m.p.Template = func(id string) (*library.Template, bool) { return note, id == note.ID }
	typeText(m, genuine)
	settle(m)
	if !m.keys.Note.Enabled() {
		t.Fatal("no connection note is offered with no credits")
	}
	var shown []key.Binding
	for _, b := range m.ShortHelp() {
		if b.Enabled() {
			shown = append(shown, b)
		}
	}
	if len(shown) == 0 || shown[0].Help().Key != "ctrl+n" {
		t.Error("the connection note is not the first key on the help bar, where a long reason cannot push it off")
	}
	if out := ansi.Strip(m.View()); !strings.Contains(out, "no credits: ctrl+n") {
		t.Errorf("the composer does not say a note is the way on:\n%s", out)
	}
	_, cmd := m.Update(tuitest.Key("ctrl+n"))
	msg, ok := runCmd(t, cmd)[0].(common.TemplateChosen)
	if !ok || msg.Template != note || msg.Draft == nil || msg.Draft.Personalization != genuine || !msg.Replace {
		t.Errorf("ctrl+n asked for %+v", msg)
	}
}

func TestDraft(t *testing.T) {
	s := tuitest.NewLog(tuesday)
	m := newModel(t, s, priya(), inmail(t), 10, nil, 80, 22)
	if m.SaveNow() != nil {
		t.Error("an untouched compose saves a draft")
	}
	typeText(m, "Your work on Castell")
	_, cmd := m.Update(draftTickMsg{seq: m.draftSeq - 1})
	if cmd != nil {
		t.Error("a stale draft tick saved")
	}
	_, cmd = m.Update(draftTickMsg{seq: m.draftSeq})
	m.Update(runCmd(t, cmd)[0])
	if len(s.Saved) != 1 || s.Saved[0].Personalization != "Your work on Castell" || s.Saved[0].TemplateID != "senior-associate/passive-intro" {
		t.Fatalf("saved %+v", s.Saved)
	}
	if m.dirty {
		t.Error("still unsaved after the save")
	}
	// Quitting saves what the debounce has not.
	typeText(m, " Pharma")
	runCmd(t, m.SaveNow())
	if got := s.Saved[len(s.Saved)-1].Personalization; got != "Your work on Castell Pharma" {
		t.Errorf("quitting saved %q", got)
	}
}

func TestDraftRestored(t *testing.T) {
	d := &outreach.Draft{
		CandidateID: "linkedin.com/in/priya-raman", TemplateID: "senior-associate/passive-intro",
		Personalization: genuine, Role: "Counsel", Client: "a boutique",
		Body: "Hi Priya,\n\n" + genuine + "\n\nEdited by hand.", StartedAt: tuesday.Add(-time.Hour), SavedAt: tuesday,
	}
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, d, 80, 22)
	if m.Line() != genuine || !m.bodyEdited || m.Body() != d.Body || m.comp.Fields.Role != "Counsel" {
		t.Errorf("restored line %q, edited %v, body %q, role %q", m.Line(), m.bodyEdited, m.Body(), m.comp.Fields.Role)
	}
	if m.Subject() != "Counsel at a boutique" {
		t.Errorf("the subject follows the restored fields: %q", m.Subject())
	}
	if !m.startedAt.Equal(d.StartedAt) {
		t.Error("the compose's start time was not kept")
	}
	// A draft for another template keeps the line and fields, not the body.
	d2 := *d
	d2.TemplateID = "senior-associate/other"
	m = newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, &d2, 80, 22)
	if m.Line() != genuine || m.bodyEdited {
		t.Errorf("another template's draft: line %q, body edited %v", m.Line(), m.bodyEdited)
	}
	s := tuitest.NewLog(tuesday)
	m.store = s
	runCmd(t, m.SaveNow())
	if len(s.Saved) != 1 || s.Saved[0].TemplateID != "senior-associate/passive-intro" {
		t.Errorf("the carried-over draft is not saved for the new template: %+v", s.Saved)
	}
}

func TestEditedBody(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, genuine)
	settle(m)
	for m.focus != fBody {
		m.Update(tuitest.Key("tab"))
	}
	m.Update(tea.KeyPressMsg{Code: tea.KeyEnd, Mod: tea.ModCtrl})
	m.Update(tuitest.Key("enter"))
	typeText(m, "P.S. [insert date]")
	if !m.bodyEdited || !strings.HasSuffix(m.Body(), "\nP.S. [insert date]") {
		t.Fatalf("enter and typing in the body: edited %v, body %q", m.bodyEdited, m.Body())
	}
	if !m.decision.Has(gate.CodePlaceholder) {
		t.Errorf("a placeholder typed into the body does not stop the send: %v", m.decision.Reasons)
	}
	// The edited body follows a change of the line.
	m.Update(tuitest.Key("tab"))
	typeText(m, " to me")
	if !strings.Contains(m.Body(), genuine+" to me\n") || !strings.HasSuffix(m.Body(), "[insert date]") {
		t.Errorf("the edited body did not follow the line:\n%s", m.Body())
	}
	// ctrl+o drops the edits.
	m.Update(tuitest.Key("ctrl+o"))
	if m.bodyEdited || strings.Contains(m.Body(), "P.S.") {
		t.Error("ctrl+o kept the edits")
	}
}

func TestEditorResult(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, genuine)
	settle(m)
	body := strings.Repeat("Long text. ", 200) + genuine
	m.Update(editorReadMsg{text: body + "\n"})
	if m.Body() != body || !m.bodyEdited {
		t.Fatalf("the editor's body was not taken in")
	}
	if !m.decision.Has(gate.CodeBodyLong) {
		t.Errorf("an edited body over 1,900 characters is not refused: %v", m.decision.Reasons)
	}
	if !strings.Contains(m.View(), "over by") {
		t.Error("the view does not say the body is over the limit")
	}
	if c := editorCommand(func(k string) string { return map[string]string{"EDITOR": "code -w"}[k] }, "/tmp/x"); strings.Join(c.Args, " ") != "code -w /tmp/x" {
		t.Errorf("editor command %v", c.Args)
	}
}

func TestKeysAndPaste(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 22)
	if m.focus != fLine {
		t.Fatal("the line does not have focus first")
	}
	m.Update(tea.PasteMsg{Content: "Your work on\r\nCastell"})
	if m.Line() != "Your work on Castell" {
		t.Errorf("a pasted line break was kept: %q", m.Line())
	}
	m.Update(tuitest.Key("enter"))
	if m.focus != fRole {
		t.Errorf("enter in the line moved to %d, want the role", m.focus)
	}
	m.Update(tuitest.Key("shift+tab"))
	m.Update(tuitest.Key("shift+tab"))
	if m.focus != fBody {
		t.Errorf("shift+tab from the line went to %d, want the body (wrapping)", m.focus)
	}
	if !m.Typing() || m.CapturesEsc() {
		t.Error("while editing the composer should take printable keys and leave esc to the root")
	}
}

func TestClickFocuses(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 22)
	m.View() // lays out the fields
	click := func(x, y int) {
		m.Update(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
	}
	body, client := targetOf(m, fBody), targetOf(m, fClient)
	if body.Empty() || client.Empty() || body.Min.Y <= client.Max.Y {
		t.Fatalf("the body is drawn at %v, the client at %v", body, client)
	}
	click(5, body.Min.Y+3)
	if m.focus != fBody {
		t.Errorf("a click in the body focused %d", m.focus)
	}
	click(client.Min.X+3, client.Min.Y)
	if m.focus != fClient {
		t.Errorf("a click on the client focused %d", m.focus)
	}
	click(m.geo.lw+3, 3)
	if m.focus != fClient {
		t.Error("a click on the profile moved the focus")
	}
	click(5, body.Max.Y)
	if m.focus != fClient {
		t.Error("a click on the border under the body moved the focus")
	}
}

// TestHeader names the template and the candidate's level as people do.
func TestHeader(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 100, 30)
	m.p.Levels = map[string]string{"senior-associate": "Senior associate"}
	out := ansi.Strip(m.View())
	for _, want := range []string{"Priya Raman · Senior associate · Harlow & Pierce LLP", "Passive intro · InMail"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the composer:\n%s", want, out)
		}
	}
}

// TestEditorResultInFocusedBody comes back from the editor with the body
// focused: it shows from its first line, as the editor opened it.
func TestEditorResultInFocusedBody(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, genuine)
	settle(m)
	for m.focus != fBody {
		m.Update(tuitest.Key("tab"))
	}
	body := "Dear Priya,\n\n" + genuine + strings.Repeat("\n\nMore about the role.", 12) + "\n\nJordan Blake"
	m.Update(editorReadMsg{text: body})
	// Redrawn, and a message for the body (a cursor blink) comes.
	m.View()
	m.Update(struct{}{})
	out := ansi.Strip(m.View())
	if !strings.Contains(out, "Dear Priya,") {
		t.Errorf("after the editor the body does not show its first line:\n%s", out)
	}
}

// TestFullStopReminder reminds the recruiter to end the line with a full
// stop when the template goes on after it in the same paragraph, as a
// connection note does, and not when the line ends the paragraph.
func TestFullStopReminder(t *testing.T) {
	note := template(t, "connection", "", "Hi {{first_name}}, {{personalization}} Would be glad to connect.")
	for _, tc := range []struct {
		tpl  *library.Template
		line string
		want bool
	}{
		{note, genuine, true},
		{note, genuine + ".", false},
		{inmail(t), genuine, false},
	} {
		m := newModel(t, tuitest.NewLog(tuesday), priya(), tc.tpl, 10, nil, 100, 30)
		typeText(m, tc.line)
		settle(m)
		if got := strings.Contains(ansi.Strip(m.View()), "full stop"); got != tc.want {
			t.Errorf("%s, %q: reminder %v, want %v\n%s", tc.tpl.Channel, tc.line, got, tc.want, ansi.Strip(m.View()))
		}
	}
	// At 80 columns it says less, rather than dropping the count.
	m := newModel(t, tuitest.NewLog(tuesday), priya(), note, 10, nil, 80, 22)
	typeText(m, genuine)
	if out := ansi.Strip(m.View()); !strings.Contains(out, "11 words · ") || !strings.Contains(out, "full stop?") {
		t.Errorf("at 80 columns:\n%s", out)
	}
}

// TestVerdictAdviceInFull gives a refusal a third row on an 80-column
// form, so its advice is not cut, and takes it back for a pass.
func TestVerdictAdviceInFull(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 22)
	typeText(m, "I came across your profile and think you would be a great fit")
	settle(m)
	out := strings.Join(strings.Fields(ansi.Strip(m.View())), " ")
	if !strings.Contains(out, "│ publication or skill from their profile. │") || m.geo.verdictN != 3 {
		t.Errorf("the refusal's advice is cut (%d rows):\n%s", m.geo.verdictN, ansi.Strip(m.View()))
	}
	for range len([]rune(m.Line())) {
		m.Update(tuitest.Key("backspace"))
	}
	typeText(m, genuine)
	settle(m)
	if m.geo.verdictN != 2 {
		t.Errorf("a passing verdict keeps %d rows", m.geo.verdictN)
	}
}

// TestProfileScrolls scrolls the profile pane with the wheel over it (and
// only there), and brings the line's first reference into view.
func TestProfileScrolls(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 80, 14)
	title := regexp.MustCompile(`Profile (\d+)–(\d+)/(\d+)`)
	shown := func() (top, total int) {
		t.Helper()
		sm := title.FindStringSubmatch(ansi.Strip(m.View()))
		if sm == nil {
			t.Fatalf("the profile's title does not say which lines show:\n%s", ansi.Strip(m.View()))
		}
		top, _ = strconv.Atoi(sm[1])
		total, _ = strconv.Atoi(sm[3])
		return top, total
	}
	if top, total := shown(); top != 1 || total <= 12 {
		t.Fatalf("the profile starts at line %d of %d", top, total)
	}
	wheel := func(x int, b tea.MouseButton) { m.Update(tea.MouseWheelMsg{X: x, Y: 5, Button: b}) }
	wheel(m.geo.lw+3, tea.MouseWheelDown)
	if top, _ := shown(); top != 4 {
		t.Errorf("the wheel over the profile shows line %d on top, want 4", top)
	}
	wheel(5, tea.MouseWheelDown)
	if top, _ := shown(); top != 4 {
		t.Errorf("the wheel over the form scrolled the profile to %d", top)
	}
	wheel(m.geo.lw+3, tea.MouseWheelUp)
	wheel(m.geo.lw+3, tea.MouseWheelUp)
	if top, _ := shown(); top != 1 {
		t.Errorf("the wheel up shows line %d on top, want 1", top)
	}

	// A line about their earlier position: the pane scrolls down to it.
	// (A degree and school alone no longer count: they are mail-merge.)
	typeText(m, "Your cross-border public takeovers for pharmaceutical clients at Brack & Oyelaran stood out to me")
	settle(m)
	out := ansi.Strip(m.View())
	top, total := shown()
	if top == 1 || !strings.Contains(out, "pharmaceutical clients") || !strings.Contains(m.View(), "\x1b[4") {
		t.Errorf("the reference is not scrolled into view and underlined (line %d of %d on top):\n%s", top, total, out)
	}
}

// TestNoEditorOverSSH: in an SSH session ctrl+e runs nothing (an editor
// would run on the server), and the full help says why.
func TestNoEditorOverSSH(t *testing.T) {
	m := newModel(t, tuitest.NewLog(tuesday), priya(), inmail(t), 10, nil, 100, 30)
	m.p.Remote = true
	m.setKeys()
	if _, cmd := m.Update(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl}); cmd != nil {
		if _, ok := cmd().(editorReadyMsg); ok {
			t.Fatal("ctrl+e started an editor in an SSH session")
		}
	}
	var helps []string
	for _, row := range m.keys.full() {
		for _, b := range row {
			if b.Enabled() {
				helps = append(helps, b.Help().Key+" "+b.Help().Desc)
			}
		}
	}
	got := strings.Join(helps, "\n")
	if !strings.Contains(got, "ctrl+e no $EDITOR over SSH (it would run on the server)") || strings.Contains(got, "edit body in $EDITOR") {
		t.Errorf("the help over SSH:\n%s", got)
	}
}

// TestRecontactPrompt: a candidate a colleague messaged this week needs a
// reason; ctrl+s asks for it, blank is not taken, and the reason goes
// into the logged message.
func TestRecontactPrompt(t *testing.T) {
	s := tuitest.NewLog(tuesday)
	m := newModel(t, s, priya(), inmail(t), 10, nil, 80, 24)
	m.comp.Contacts = gate.Contacts{
		Recent: outreach.History{{MessageID: 7, Recruiter: "Sam Reyes", SentAt: tuesday.Add(-72 * time.Hour), Channel: library.InMail, Status: outreach.StatusAwaiting}},
		Window: outreach.RecontactWindow, AsOf: tuesday,
	}
	typeText(m, genuine)
	settle(m)
	if m.decision.OK || !m.onlyRecontact() || !strings.Contains(m.keys.Blocked.Help().Desc, "recently messaged by Sam Reyes") {
		t.Fatalf("the gate's reasons: %v; help %q", m.decision.Reasons, m.keys.Blocked.Help().Desc)
	}
	m.Update(tuitest.Key("ctrl+s"))
	if m.state != asking || !strings.Contains(ansi.Strip(m.View()), "Sam Reyes messaged Priya Raman 3 days ago") {
		t.Fatalf("ctrl+s did not ask why (state %d):\n%s", m.state, ansi.Strip(m.View()))
	}
	m.Update(tuitest.Key("enter"))
	if m.state != asking {
		t.Fatal("a blank reason was taken")
	}
	if !m.Typing() {
		t.Error("the prompt does not take printable keys (q would quit)")
	}
	typeText(m, "She asked for the partner-track brief")
	m.Update(tuitest.Key("enter"))
	if m.state != confirming {
		t.Fatalf("the reason did not lead to the confirmation (state %d): %v", m.state, m.decision.Reasons)
	}
	_, cmd := m.Update(tuitest.Key("y"))
	runCmd(t, cmd)
	if len(s.Msgs) != 1 || s.Msgs[0].Recontact != "She asked for the partner-track brief" {
		t.Errorf("logged %+v", s.Msgs)
	}
}

// TestMissingBriefSaysWhereToFillIt: a role, client and hook without a
// value are one reason that says where the composer takes them, not three
// that say "fill it in".
func TestMissingBriefSaysWhereToFillIt(t *testing.T) {
	tpl := template(t, "inmail", "A {{role}} role", "Hi {{first_name}},\n\n{{personalization}}\n\nMy client, {{client}}, is hiring a {{role}}. {{hook}}\n\n{{sender_name}}")
	m := newModel(t, tuitest.NewLog(tuesday), priya(), tpl, 10, nil, 80, 22)
	m.comp = m.comp.WithFields(library.Fields{SenderName: "Jordan Blake"})
	m.p.Briefs = func() ([]outreach.Brief, error) { return briefList(), nil }
	typeText(m, genuine)
	settle(m)
	if h := m.keys.Blocked.Help().Desc; h != "send (disabled: no role, client, hook: fill in the brief)" {
		t.Errorf("the help bar says %q", h)
	}
	m.Update(tuitest.Key("ctrl+s"))
	out := ansi.Strip(m.View())
	for _, want := range []string{"The template needs a role, a client and a hook: tab to Brief", "enter to type them, or press ctrl+b to pick a saved brief."} {
		if !strings.Contains(out, want) {
			t.Errorf("the reasons do not say where the brief is filled in: want %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "fill it in") {
		t.Errorf("the reasons still list each field on its own:\n%s", m.View())
	}
}
