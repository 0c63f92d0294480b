package cli

import (
	"bytes"
	"os"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/tui"
)

// TestComposerFlow drives the whole composer as a program, on a real
// store in a temporary file: paste a profile, save it, pick a template,
// type a line, send; then reopens the database and finds the message.
func TestComposerFlow(t *testing.T) {
	a := newTestApp(t)
	writeFile(t, a.ConfigPath, "recruiter: Jordan Blake\nsender:\n  name: Jordan Blake\n")
	var copied []string
	a.Copier = &clipboard.Copier{System: func(s string) error { copied = append(copied, s); return nil }}
	paste, err := os.ReadFile("testdata/send/paste.txt")
	if err != nil {
		t.Fatal(err)
	}
	env, err := a.loadSettings()
	if err != nil {
		t.Fatal(err)
	}
	db, err := a.openStore(false)
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, tui.New(a.tuiDeps(db, env, "dark")), teatest.WithInitialTermSize(100, 30))
	waitFor := func(s string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	waitFor("Paste the text of their LinkedIn profile page")
	tm.Send(tea.PasteMsg{Content: string(paste)})
	waitFor("check what was read")
	tm.Send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	waitFor("Templates for Elena Petrova")
	// The first senior-associate template is the connection note.
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFor("senior-associate/connect")
	line := "Your advice on the Fenwick Logistics collective redundancy consultation stood out"
	tm.Type(line)
	waitFor("references")
	tm.Send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	waitFor("Send to Elena Petrova?")
	// A second confirming key press must not log twice.
	tm.Type("y")
	tm.Type("y")
	waitFor("Logged message 1 to Elena Petrova")
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	tm.WaitFinished(t, teatest.WithFinalTimeout(3*time.Second))
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = store.Open(a.DBPath, store.Options{Now: a.Now, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	es, err := db.Entries(outreach.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 {
		t.Fatalf("the log holds %d messages, want 1", len(es))
	}
	m := es[0].Message
	if m.Personalization != line || m.Candidate.Name != "Elena Petrova" || m.TemplateID != "senior-associate/connect" || m.Recruiter != "Jordan Blake" {
		t.Errorf("logged %+v", m)
	}
	if len(m.References) == 0 {
		t.Error("the message was logged without the line's references")
	}
	if len(copied) != 1 || copied[0] != m.Body {
		t.Errorf("copied %q, want the note's body", copied)
	}
	if _, err := db.Draft(m.Candidate.ID); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("the draft survived the send (err %v)", err)
	}
}
