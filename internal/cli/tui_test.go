package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/tui"
	"github.com/inmail/inmail/internal/tui/common"
)

// TestComposerFlow drives the whole composer as a program, on a real
// store in a temporary file: paste a profile, save it, pick a template,
// type a line, send; then reopens the database and finds the message.
func TestComposerFlow(t *testing.T) {
	a := newTestApp(t)
	writeFile(t, a.ConfigPath, "recruiter: Jordan Blake\nsender:\n  name: Jordan Blake\n")
	// The copy runs in a command's goroutine: copied is read under mu.
	var mu sync.Mutex
	var copied []string
	a.Copier = &clipboard.Copier{System: func(s string) error {
		mu.Lock()
		defer mu.Unlock()
		copied = append(copied, s)
		return nil
	}}
	paste, err := os.ReadFile("testdata/send/paste.txt")
	if err != nil {
		t.Fatal(err)
	}
	s, err := a.session(withPerson | withTemplates | withLists)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := a.Config()
	if err != nil {
		t.Fatal(err)
	}
	db, err := a.openStore()
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, tui.New(a.tuiDeps(db, s, cfg, "dark")), teatest.WithInitialTermSize(100, 30))
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
	// Elena is an Associate by her title: the first associate template
	// is the connection note.
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	waitFor("Connect · connection note")
	line := "Your advice on the Fenwick Logistics collective redundancy consultation stood out"
	tm.Type(line)
	waitFor("references")
	tm.Send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	waitFor("Send to Elena Petrova?")
	// A second confirming key press must not log twice.
	tm.Type("y")
	tm.Type("y")
	waitFor("Logged message 1 to Elena Petrova")
	// Quit once the copy has run.
	teatest.WaitFor(t, tm.Output(), func([]byte) bool {
		mu.Lock()
		defer mu.Unlock()
		return len(copied) > 0
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
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
	if m.Personalization != line || m.Candidate.Name != "Elena Petrova" || m.TemplateID != "associate/connect" || m.Recruiter != "Jordan Blake" {
		t.Errorf("logged %+v", m)
	}
	if len(m.References) == 0 {
		t.Error("the message was logged without the line's references")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(copied) != 1 || copied[0] != m.Body {
		t.Errorf("copied %q, want the note's body", copied)
	}
	if _, err := db.Draft(m.Candidate.ID); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("the draft survived the send (err %v)", err)
	}
}

// composerDeps are the composer's dependencies as runTUI builds them, on
// the test App's log (closed with the test), and the session they run in.
func composerDeps(t *testing.T, a *App) (tui.Deps, *app.Session) {
	t.Helper()
	s, err := a.session(withPerson | withTemplates | withLists)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := a.Config()
	if err != nil {
		t.Fatal(err)
	}
	db, err := a.openStore()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return a.tuiDeps(db, s, cfg, "dark"), s
}

// TestSaveSetup saves the settings screen's setup through the wiring the
// composer gets: only what changed is written, an allotment set by hand
// survives a change of name, and the session's credits and composers
// follow at once.
func TestSaveSetup(t *testing.T) {
	a := newTestApp(t)
	writeFile(t, a.ConfigPath, "# team settings\nseat:\n  preset: recruiter\n  monthly: 40 # agreed with Pat\ndefaults:\n  role: Corporate associate\n")
	d, s := composerDeps(t, a)
	if d.Setup.Recruiter != "" || d.Setup.Monthly != 40 || d.ConfigPath != a.ConfigPath || d.SaveSetup == nil {
		t.Fatalf("deps setup %+v", d.Setup)
	}
	saved, err := d.SaveSetup(common.Setup{Recruiter: "Sam Reyes", SenderName: "Sam Reyes", Signature: "Lex Talent", Seat: outreach.PresetRecruiter, Monthly: 40})
	if err != nil {
		t.Fatal(err)
	}
	if saved.Recruiter != "Sam Reyes" || saved.SenderName != "" || saved.Monthly != 40 {
		t.Errorf("saved %+v", saved)
	}
	b, _ := os.ReadFile(a.ConfigPath)
	want := "# team settings\nseat:\n  preset: recruiter\n  monthly: 40 # agreed with Pat\ndefaults:\n  role: Corporate associate\nrecruiter: Sam Reyes\nsender:\n  signature: Lex Talent\n"
	if string(b) != want {
		t.Errorf("config.yaml\n%s\nwant\n%s", b, want)
	}
	if left, err := d.Credits(); err != nil || left != 40 {
		t.Errorf("credits %d, %v; want 40", left, err)
	}

	// A custom seat of one credit, at once in the credits and the composer.
	if _, err := d.SaveSetup(common.Setup{Recruiter: "Sam Reyes", Signature: "Lex Talent", Seat: outreach.PresetCustom, Monthly: 1}); err != nil {
		t.Fatal(err)
	}
	if left, err := d.Credits(); err != nil || left != 1 {
		t.Errorf("credits %d, %v; want 1", left, err)
	}
	lib := s.Library
	tpl, ok := lib.Get("senior-associate/lateral-move")
	if !ok {
		t.Fatal("no senior-associate/lateral-move")
	}
	comp, err := d.Prepare(outreach.Candidate{ID: "x", Profile: profile.Profile{Name: "Elena Petrova"}}, tpl)
	if err != nil {
		t.Fatal(err)
	}
	if comp.Fields.SenderName != "Sam Reyes" || comp.Fields.Signature != "Lex Talent" || comp.CreditsLeft != 1 {
		t.Errorf("the composer signs as %q, %q with %d credits", comp.Fields.SenderName, comp.Fields.Signature, comp.CreditsLeft)
	}

	// A signature LinkedIn refuses is refused, and the file is unchanged.
	b, _ = os.ReadFile(a.ConfigPath)
	if _, err := d.SaveSetup(common.Setup{Recruiter: "Sam Reyes", Signature: strings.Repeat("x", 151), Seat: outreach.PresetCustom, Monthly: 1}); err == nil || !strings.Contains(err.Error(), "150") {
		t.Errorf("a 151-character signature: %v", err)
	}
	if b2, _ := os.ReadFile(a.ConfigPath); string(b2) != string(b) {
		t.Error("a refused save changed the file")
	}
}

// TestOpenerOnlyWhenInstalled offers to open the profile only where the
// platform's opener is installed.
func TestOpenerOnlyWhenInstalled(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if opener() != nil {
		t.Errorf("with no %s on the PATH the composer offers to open profiles", openerName())
	}
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, openerName()), "#!/bin/sh\n")
	if err := os.Chmod(filepath.Join(dir, openerName()), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	if opener() == nil {
		t.Errorf("with %s on the PATH the composer does not offer to open profiles", openerName())
	}
}

// TestComposeStartsWithTheLastBrief: with no brief sent yet a compose
// starts from config.yaml's defaults; after a send it starts from the
// recruiter's last brief, and the picker lists it first.
func TestComposeStartsWithTheLastBrief(t *testing.T) {
	a, _ := sendTestApp(t)
	if _, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine, "--no-clipboard",
		"--role", "Tax associate", "--client", "Varden Legal", "--hook", "Four days remote.")...); code != ExitOK {
		t.Fatalf("send: %s", errOut)
	}
	d, s := composerDeps(t, a)
	tpl, _ := s.Library.Get("senior-associate/lateral-move")
	comp, err := d.Prepare(outreach.Candidate{ID: "x", Profile: profile.Profile{Name: "Elena Petrova"}}, tpl)
	if err != nil {
		t.Fatal(err)
	}
	if f := comp.Fields; f.Role != "Tax associate" || f.Client != "Varden Legal" || f.Hook != "Four days remote." {
		t.Errorf("the compose starts with %q, %q, %q; want the last brief", f.Role, f.Client, f.Hook)
	}
	bs, err := d.Briefs()
	if err != nil || len(bs) != 1 || bs[0].Name != "Tax associate · Varden Legal" {
		t.Errorf("the picker's briefs: %+v, %v", bs, err)
	}
}
