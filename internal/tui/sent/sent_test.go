package sent

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// run runs a command and feeds its messages back, opening batches; the
// terminal's clipboard message (for Bubble Tea itself) is returned.
func run(t *testing.T, m *Model, cmd tea.Cmd) (osc []tea.Msg) {
	t.Helper()
	if cmd == nil {
		return nil
	}
	msg := cmd()
	switch msg := msg.(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			osc = append(osc, run(t, m, c)...)
		}
		return osc
	case copiedMsg, openedMsg:
		m.Update(msg)
		return nil
	}
	return []tea.Msg{msg}
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
	osc := run(t, m, m.Init())
	if len(osc) != 1 {
		t.Fatalf("the copy did not also go to the terminal (OSC52): %v", osc)
	}
	out := ansi.Strip(m.View())
	if !strings.Contains(out, "Copied through your terminal only: the system clipboard failed (xclip: no") || !strings.Contains(out, "inmail log copy 7") {
		t.Errorf("a failed copy is not explained:\n%s", out)
	}
	fail = false
	run(t, m, func() tea.Msg { _, c := m.Update(tea.KeyPressMsg{Code: 'c', Text: "c"}); return c() })
	if len(copies) != 2 || copies[1] != "A role\n\nHi Priya,\n\nA line." {
		t.Errorf("copies %q", copies)
	}
	if !strings.Contains(ansi.Strip(m.View()), "Copied again to the clipboard") {
		t.Errorf("the second copy is not reported:\n%s", ansi.Strip(m.View()))
	}
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'o', Text: "o"})
	m.Update(cmd())
	if !strings.Contains(ansi.Strip(m.View()), "Could not open the browser (xdg-open is not installed)") {
		t.Errorf("a failed open is not said:\n%s", ansi.Strip(m.View()))
	}
	_, cmd = m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if _, ok := cmd().(common.Home); !ok {
		t.Error("enter does not go to the next candidate")
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
	run(t, m, m.Init())
	if out := ansi.Strip(m.View()); !strings.Contains(out, "Copied through your terminal only: this machine has no clipboard tool of its own\n(xclip,") {
		t.Errorf("a machine without a clipboard tool is not said plainly:\n%s", out)
	}
}
