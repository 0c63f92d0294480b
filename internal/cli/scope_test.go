package cli

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/team"
	"github.com/inmail/inmail/internal/tui/tracker"
)

// TestScopedSections: the tracker and reports screens of a team member
// read the log through the same limits as the commands.
func TestScopedSections(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "team.db"), store.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	sam, _ := sendTestApp(t)
	sam.Person = &app.Person{Name: "Sam Reyes", Role: team.Recruiter, Seat: outreach.PresetRecruiter.Seat(), SenderName: "Sam Reyes"}
	sam.Store = app.HeldStore{DB: db}
	if _, errOut, code := runCLI(t, sam, sendPriya("--personalization", sendLine, "--no-clipboard")...); code != ExitOK {
		t.Fatalf("Sam's send: %s", errOut)
	}
	count := func(s interface {
		ForEachFact(func(outreach.Fact) bool) error
	}) int {
		n := 0
		if err := s.ForEachFact(func(outreach.Fact) bool { n++; return true }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	as := func(name string, r team.Role) *App {
		return &App{Person: &app.Person{Name: name, Role: r}}
	}
	jo, lead, owner := as("Jo Kim", team.Recruiter).sections(db), as("Lee Park", team.Lead).sections(db), (&App{}).sections(db)
	if count(jo) != 0 || count(lead) != 1 || count(owner) != 1 {
		t.Errorf("facts seen: Jo %d, the lead %d, the owner %d; want 0, 1, 1", count(jo), count(lead), count(owner))
	}
	// The tracker's pages, counts and health: the same limits.
	sam2 := as("Sam Reyes", team.Recruiter).sections(db)
	for _, c := range []struct {
		who  string
		log  interface{ tracker.Store }
		want int
	}{{"Jo", jo, 0}, {"Sam", sam2, 1}, {"the lead", lead, 1}, {"the owner", owner, 1}} {
		page, err := c.log.Attention(testNow, 0, outreach.AttentionKey{}, 50)
		if err != nil || len(page) != c.want {
			t.Errorf("%s's tracker page: %d rows, %v; want %d", c.who, len(page), err, c.want)
		}
		counts, err := c.log.StatusCounts(testNow)
		if err != nil || counts[0] != c.want {
			t.Errorf("%s's counts: %v, %v; want %d in all", c.who, counts, err, c.want)
		}
		n := 0
		for _, r := range []string{"", "Sam Reyes"} {
			if err := c.log.FactsSince(r, time.Time{}, func(outreach.Fact) bool { n++; return true }); err != nil {
				t.Fatal(err)
			}
		}
		if n != 2*c.want {
			t.Errorf("%s's FactsSince of everyone and of Sam: %d facts, want %d", c.who, n, 2*c.want)
		}
	}
	if _, err := jo.Entry(1); outreach.ErrorCode(err) != outreach.EFORBIDDEN {
		t.Errorf("Jo reading Sam's message on the tracker: %v", err)
	}
	if _, err := lead.Entry(1); err != nil {
		t.Errorf("the lead reading it: %v", err)
	}
	ev := outreach.Event{MessageID: 1, Outcome: outreach.Replied, At: testNow, Source: outreach.Manual}
	if _, err := lead.AppendEvent(ev); outreach.ErrorCode(err) != outreach.EFORBIDDEN {
		t.Errorf("the lead recording Sam's outcome on the tracker: %v", err)
	}
	if _, err := as("Sam Reyes", team.Recruiter).sections(db).AppendEvent(ev); err != nil {
		t.Errorf("Sam recording his own: %v", err)
	}
}
