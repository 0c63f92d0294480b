package sent

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// harness runs the screen's commands on a tuitest.Driver as the root
// would, keeping the messages meant for the root.
type harness struct {
	m    *Model
	d    *tuitest.Driver
	root []tea.Msg
}

func newHarness(t *testing.T, m *Model) *harness {
	hs := &harness{m: m}
	hs.d = tuitest.NewDriver(t, func(msg tea.Msg) tea.Cmd {
		_, cmd := m.Update(msg)
		return cmd
	})
	hs.d.Keep = func(msg tea.Msg) bool {
		if !strings.HasSuffix(reflect.TypeOf(msg).PkgPath(), "tui/common") {
			return false
		}
		hs.root = append(hs.root, msg)
		return true
	}
	hs.d.Run(m.Init())
	return hs
}

func message() outreach.Message {
	return outreach.Message{
		ID: 7, Candidate: outreach.CandidateRef{ID: "linkedin.com/in/priya-raman", Name: "Priya Raman"},
		Channel: library.InMail, Subject: "A role", Body: "Hi Priya,\n\nA line.",
		SentAt: time.Date(2026, 3, 3, 9, 40, 0, 0, time.UTC),
	}
}

func TestCopyFailsThenAgain(t *testing.T) {
	fail := true
	var copies []string
	m := New(common.NewStyles(true), message(), "https://www.linkedin.com/in/priya-raman", Deps{
		Copy: func(s string) clipboard.Result {
			copies = append(copies, s)
			if fail {
				return clipboard.Result{SystemErr: errors.New("xclip: no display")}
			}
			return clipboard.Result{System: true}
		},
		OpenURL: func(string) error { return errors.New("xdg-open is not installed") },
	})
	m.SetSize(80, 20)
	hs := newHarness(t, m)
	if osc := hs.d.Clipboard(); len(osc) != 1 || osc[0] != "Hi Priya,\n\nA line." {
		t.Fatalf("the body did not also go to the terminal (OSC52): %q", osc)
	}
	out := ansi.Strip(m.View())
	if !strings.Contains(out, "Copied the body through your terminal only: the system clipboard failed (xclip:") || !strings.Contains(out, "inmail log copy 7 --copy body") {
		t.Errorf("a failed copy is not explained:\n%s", out)
	}
	fail = false
	hs.d.Send(tuitest.Key("c"))
	if len(copies) != 2 || copies[1] != "Hi Priya,\n\nA line." {
		t.Errorf("copies %q", copies)
	}
	if !strings.Contains(ansi.Strip(m.View()), "Copied the body again: paste it into the message box; s copies the subject.") {
		t.Errorf("the second copy is not reported:\n%s", ansi.Strip(m.View()))
	}
	hs.d.Send(tuitest.Key("o"))
	if !strings.Contains(ansi.Strip(m.View()), "Could not open the browser (xdg-open is not installed)") {
		t.Errorf("a failed open is not said:\n%s", ansi.Strip(m.View()))
	}
	hs.d.Send(tuitest.Key("enter"))
	if len(hs.root) != 1 || hs.root[0] != (common.Home{}) {
		t.Errorf("enter does not go to the next candidate: %v", hs.root)
	}
}

func TestNoURL(t *testing.T) {
	m := New(common.NewStyles(false), message(), "", Deps{OpenURL: func(string) error { return nil }})
	m.SetSize(80, 20)
	if m.keys.Open.Enabled() {
		t.Error("o is offered without a profile URL")
	}
	if out := ansi.Strip(m.View()); !strings.Contains(out, "No profile URL is saved for Priya Raman") || !strings.Contains(out, "(e on the candidate list adds the URL).") {
		t.Errorf("the missing URL is not said in full:\n%s", out)
	}
	newHarness(t, m)
	if out := ansi.Strip(m.View()); !strings.Contains(strings.Join(strings.Fields(out), " "), "Copied the body through your terminal only: this machine has no clipboard tool of its own (xclip,") {
		t.Errorf("a machine without a clipboard tool is not said plainly:\n%s", out)
	}
}

// TestCopiedOverSSH: in an SSH session the copy reaches only the
// recruiter's terminal, and the screen says so without blaming a machine
// that is not theirs.
func TestCopiedOverSSH(t *testing.T) {
	m := New(common.NewStyles(false), message(), "", Deps{Copy: func(string) clipboard.Result {
		return clipboard.Result{SystemErr: clipboard.ErrRemote}
	}})
	m.SetSize(80, 20)
	newHarness(t, m)
	out := ansi.Strip(m.View())
	if !strings.Contains(out, "Copied the body through your terminal only: over SSH it can reach no other") || strings.Contains(out, "xclip") {
		t.Errorf("the SSH copy:\n%s", out)
	}
}

// TestSubjectOnItsOwn: after a send the body is on the clipboard (the
// message box is the paste that matters most) and s puts the subject
// there on its own; the screen says which part is on the clipboard and
// the help bar offers the part still to paste first.
func TestSubjectOnItsOwn(t *testing.T) {
	var copies []string
	m := New(common.NewStyles(true), message(), "", Deps{Copy: func(s string) clipboard.Result {
		copies = append(copies, s)
		return clipboard.Result{System: true}
	}})
	m.SetSize(80, 20)
	hs := newHarness(t, m)
	out := ansi.Strip(m.View())
	if len(copies) != 1 || copies[0] != "Hi Priya,\n\nA line." || !strings.Contains(out, "Copied the body: paste it into the message box; s copies the subject.") {
		t.Fatalf("the first copy is not the body, or not said: %q\n%s", copies, out)
	}
	if help := m.ShortHelp(); help[0].Help().Key != "s" {
		t.Errorf("the help bar starts with %q, want the subject's key", help[0].Help().Key)
	}
	hs.d.Send(tuitest.Key("s"))
	out = ansi.Strip(m.View())
	if len(copies) != 2 || copies[1] != "A role" || !strings.Contains(out, "Copied the subject: paste it into the subject line; c copies the body.") {
		t.Errorf("s did not copy the subject alone: %q\n%s", copies, out)
	}
	if osc := hs.d.Clipboard(); len(osc) != 2 || osc[1] != "A role" {
		t.Errorf("the subject did not go to the terminal's clipboard: %q", osc)
	}
}

// TestNoteHasNoSubjectKey: a connection note is copied whole, and s is
// not offered.
func TestNoteHasNoSubjectKey(t *testing.T) {
	msg := message()
	msg.Channel, msg.Subject, msg.Body = library.Connection, "", "Hi Priya, a line. Would be glad to connect."
	var copies []string
	m := New(common.NewStyles(false), msg, "", Deps{Copy: func(s string) clipboard.Result {
		copies = append(copies, s)
		return clipboard.Result{System: true}
	}})
	m.SetSize(80, 20)
	hs := newHarness(t, m)
	hs.d.Send(tuitest.Key("s"))
	if len(copies) != 1 || copies[0] != msg.Body || m.keys.Subject.Enabled() {
		t.Errorf("a note: copies %q, s offered %v", copies, m.keys.Subject.Enabled())
	}
	if out := ansi.Strip(m.View()); !strings.Contains(out, "Copied the note: paste it into LinkedIn.") {
		t.Errorf("the note's copy is not said:\n%s", out)
	}
}
