package tui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/demo"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/reportview"
)

// *store.DB is the log the reports screen runs on.
var _ reportview.Store = (*store.DB)(nil)

// TestReportsFlow opens the reports from the composer on a demo log,
// drills into a template and comes back to the composer with esc, esc.
func TestReportsFlow(t *testing.T) {
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	db, err := store.Open(filepath.Join(t.TempDir(), "inmail.db"), store.Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	lib := testLibrary(t)
	g, err := demo.New(demo.Options{Messages: 600, Seed: 1, End: now, Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.BulkLoadBatches(func(yield func(store.Batch) bool) {
		for b := range g.Batches() {
			if !yield(store.Batch(b)) {
				return
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	c, err := db.PutCandidate(priya().Profile)
	if err != nil {
		t.Fatal(err)
	}

	a := startApp(t, Deps{
		Store: db, Library: lib, Now: clock, Recruiter: "Jordan Blake", Theme: "dark",
		StartCandidate: c.ID, StartTemplate: "senior-associate/passive-intro",
	}, 100, 30)
	for _, step := range []struct {
		send func()
		want string
		top  common.ID
	}{
		{func() {}, "Priya Raman", common.Compose},
		{func() { a.send(ctrlR) }, "TOTAL", common.Reports},
		{func() { a.send(enter) }, "Lines that got responses", common.Reports},
		{func() { a.send(esc) }, "by template", common.Reports},
		{func() { a.send(esc) }, "Personalization", common.Compose},
	} {
		step.send()
		if out := a.view(); !strings.Contains(out, step.want) || a.top() != step.top {
			t.Fatalf("on %v, want %q on %v:\n%s", a.top(), step.want, step.top, out)
		}
	}
}
