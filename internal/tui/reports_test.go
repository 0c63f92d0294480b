package tui

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"github.com/inmail/inmail/internal/demo"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/reportview"
)

// *store.DB is the log the reports screen runs on.
var _ reportview.Store = (*store.DB)(nil)

// TestReportsFlow opens the reports from the composer in a running
// program on a demo log, drills into a template and comes back to the
// composer with esc, esc.
func TestReportsFlow(t *testing.T) {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	path := filepath.Join(t.TempDir(), "inmail.db")
	db, err := store.Open(path, store.Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lib := testLibrary(t)
	g, err := demo.New(demo.Options{Messages: 3000, Seed: 1, End: now, Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.BulkLoad(g.Batches()); err != nil {
		t.Fatal(err)
	}
	c, err := db.PutCandidate(priya().Profile)
	if err != nil {
		t.Fatal(err)
	}

	m := New(Deps{
		Store: db, Library: lib, Now: clock, Recruiter: "Jordan Blake", Theme: "dark",
		StartCandidate: c.ID, StartTemplate: "senior-associate/passive-intro", delay: time.Nanosecond,
	})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	out := tm.Output()
	wait := func(s string) {
		t.Helper()
		teatest.WaitFor(t, out, func(b []byte) bool { return bytes.Contains(b, []byte(s)) },
			teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	wait("Priya Raman")
	tm.Send(tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl})
	wait("TOTAL")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	wait("Lines that got responses")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	wait("by template")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	wait("Personalization")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if got := final.ids[len(final.ids)-1]; got != common.Compose {
		t.Errorf("after esc, esc the top screen is %v, want the composer:\n%s", got, view(final))
	}
}
