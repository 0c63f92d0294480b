package tui

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tracker"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// *store.DB is the log the tracker runs on.
var _ tracker.Store = (*store.DB)(nil)

// TestTrackerFromComposer opens the tracker from the composer with ctrl+t
// and comes back with esc to the draft as it was.
func TestTrackerFromComposer(t *testing.T) {
	a := newWorld(112, priya()).start(t).toCompose(1).send(tuitest.Type(genuineLine)...)
	before := a.view()
	a.send(ctrlT)
	if got := a.top(); got != common.Tracker {
		t.Fatalf("ctrl+t opened %v, want the tracker:\n%s", got, a.view())
	}
	if out := a.view(); !strings.Contains(out, "No messages logged yet.") || !strings.Contains(out, "esc back") {
		t.Errorf("the tracker on an empty log:\n%s", out)
	}
	a.send(esc)
	if got := a.top(); got != common.Compose {
		t.Fatalf("esc went to %v, want the composer", got)
	}
	if after := a.view(); after != before {
		t.Errorf("the composer changed across the tracker:\nbefore\n%s\nafter\n%s", before, after)
	}
}

// TestTrackerFilter filters the tracker opened from the list: the /
// filter's debounce waits on the root's clock, and the log is read again
// once it fires.
func TestTrackerFilter(t *testing.T) {
	w := newWorld(112, priya())
	for _, name := range []string{"Wei Chen", "Priya Raman"} {
		w.store.Add(outreach.Message{
			Recruiter: "Jordan Blake", Candidate: outreach.CandidateRef{ID: "linkedin.com/in/" + strings.ToLower(strings.Fields(name)[0]), Name: name},
			TemplateID: "senior-associate/passive-intro", Channel: library.InMail, Subject: "A role", Credits: 1,
			Body: "Hi,\n\nA line.", Personalization: "A line about " + name, SentAt: tuesday.Add(-time.Hour), StartedAt: tuesday.Add(-2 * time.Hour),
		})
	}
	a := w.start(t).send(ctrlT)
	if out := a.view(); !strings.Contains(out, "Wei Chen") || !strings.Contains(out, "Priya Raman") {
		t.Fatalf("the tracker does not list both messages:\n%s", out)
	}
	a.send(tea.KeyPressMsg{Code: '/', Text: "/"})
	clock := a.d.Pending() // the status bar's next minute
	a.press(tuitest.Type("Wei")...)
	if a.d.Pending() <= clock {
		t.Error("the filter read the log at once, without its debounce")
	}
	a.send()
	if out := a.view(); !strings.Contains(out, "Wei Chen") || strings.Contains(out, "Priya Raman") {
		t.Errorf("the filter does not keep Wei Chen alone:\n%s", out)
	}
}

// TestTrackerFlow opens the tracker in a running program (teatest, the
// real Bubble Tea loop and renderer) on a real log, marks a message
// replied, quits, and finds the event in the file afterwards.
func TestTrackerFlow(t *testing.T) {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	path := filepath.Join(t.TempDir(), "inmail.db")
	db, err := store.Open(path, store.Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range []struct {
		name string
		sent time.Time
	}{
		{"Wei Chen", now.Add(-20 * 24 * time.Hour)},
		{"Priya Raman", now.Add(-2 * 24 * time.Hour)},
	} {
		slug := strings.ToLower(strings.ReplaceAll(c.name, " ", "-"))
		_, _, err := db.Send(outreach.Message{
			Recruiter: "Jordan Blake", Candidate: outreach.CandidateRef{ID: "https://www.linkedin.com/in/" + slug, Name: c.name},
			TemplateID: "associate/direct-intro", Channel: library.InMail, Subject: "A role", Credits: 1,
			Body: "Hi,\n\nYour Castell Pharma work stood out.", Personalization: fmt.Sprintf("Your Castell Pharma work stood out (%d)", i),
			SentAt: c.sent, StartedAt: c.sent,
		}, "")
		if err != nil {
			t.Fatal(err)
		}
	}
	m := New(Deps{Store: db, Now: clock, Recruiter: "Jordan Blake", Theme: "dark"})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	out := tm.Output()
	has := func(s string) func([]byte) bool {
		return func(b []byte) bool { return bytes.Contains(b, []byte(s)) }
	}
	// No candidates saved: the app starts on the add screen.
	teatest.WaitFor(t, out, has("Add candidate"), teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 't', Mod: tea.ModCtrl})
	teatest.WaitFor(t, out, has("Priya Raman"), teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'r', Text: "r"})
	teatest.WaitFor(t, out, has("Recorded replied for message 2"), teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db, err = store.Open(path, store.Options{Now: clock, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	evs, err := db.Events(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 1 || evs[0].Outcome != outreach.Replied || !evs[0].At.Equal(now) || evs[0].Source != outreach.Manual {
		t.Errorf("events of message 2 after reopening: %+v, want one manual reply at %s", evs, now)
	}
	if evs, _ := db.Events(1); len(evs) != 0 {
		t.Errorf("message 1 got events: %+v", evs)
	}
}

// TestCreditsAfterOutcomes: the status bar's credits are worked out again
// after every outcome, undo and withdrawal the tracker records, since a
// reply gives the credit back and a withdrawal never spent it.
func TestCreditsAfterOutcomes(t *testing.T) {
	w := newWorld(112, priya())
	w.store.Add(outreach.Message{
		Recruiter: "Jordan Blake", Candidate: outreach.CandidateRef{ID: "linkedin.com/in/priya-raman", Name: "Priya Raman"},
		TemplateID: "senior-associate/passive-intro", Channel: library.InMail, Subject: "A role", Credits: 1,
		Body: "Hi,\n\nA line.", Personalization: "A line", SentAt: tuesday.Add(-time.Hour), StartedAt: tuesday.Add(-2 * time.Hour),
	})
	a := w.start(t).send(ctrlT)
	for _, step := range []struct {
		keys    []tea.Msg
		credits int
	}{
		{[]tea.Msg{tuitest.Key("r")}, 113},      // replied: the credit comes back
		{[]tea.Msg{tuitest.Key("u")}, 112},      // undone: spent again
		{[]tea.Msg{tuitest.Key("w"), yes}, 113}, // withdrawn: never spent
	} {
		w.credits = step.credits
		a.send(step.keys...)
		if got, want := statusLine(a), fmt.Sprintf("%d credits left", step.credits); !strings.Contains(got, want) {
			t.Errorf("after %v the status bar is %q, want %q", step.keys, got, want)
		}
	}
}
