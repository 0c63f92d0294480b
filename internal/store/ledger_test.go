package store

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

// TestLedgerStart: a new file records when it was made, and a demo
// history can move it back.
func TestLedgerStart(t *testing.T) {
	db, clk := MustOpen(t)
	clk.Add(48 * time.Hour)
	got, err := db.LedgerStart()
	if err != nil || !got.Equal(start) {
		t.Fatalf("LedgerStart = %v, %v; want the creation, %v", got, err, start)
	}
	earlier := start.AddDate(-2, 0, 0)
	if err := db.SetLedgerStart(earlier); err != nil {
		t.Fatal(err)
	}
	if got, err := db.LedgerStart(); err != nil || !got.Equal(earlier) {
		t.Errorf("after SetLedgerStart: %v, %v; want %v", got, err, earlier)
	}
}

// TestAnchors: the latest balance not after now wins, per recruiter; a log
// without any reads as none, read-only too.
func TestAnchors(t *testing.T) {
	clk := &clock{t: start}
	path := filepath.Join(t.TempDir(), "inmail.db")
	db, err := Open(path, Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, ok, err := db.LatestAnchor("Jordan Blake", clk.Now()); ok || err != nil {
		t.Fatalf("a new log: ok %v, err %v", ok, err)
	}
	put := func(who string, at time.Time, n int) {
		t.Helper()
		a, err := db.PutAnchor(outreach.Anchor{Recruiter: who, At: at, Balance: n})
		if err != nil {
			t.Fatal(err)
		}
		if !a.Recorded.Equal(clk.Now()) {
			t.Errorf("recorded %v, want %v", a.Recorded, clk.Now())
		}
	}
	put("Jordan Blake", start.Add(-time.Hour), 10)
	put("Jordan Blake", start.Add(-3*time.Hour), 20)
	put("Jordan Blake", start.Add(time.Hour), 30) // after now
	put("Jordan", start.Add(-time.Minute), 40)    // a name that is a prefix
	put("Sam Reyes", start, 50)
	for _, tt := range []struct {
		who  string
		now  time.Time
		want int
		ok   bool
	}{
		{"Jordan Blake", start, 10, true},
		{"Jordan Blake", start.Add(2 * time.Hour), 30, true},
		{"Jordan Blake", start.Add(-2 * time.Hour), 20, true},
		{"Jordan Blake", start.Add(-4 * time.Hour), 0, false},
		{"Jordan", start, 40, true},
		{"Sam Reyes", start, 50, true},
		{"Wei Chen", start, 0, false},
	} {
		a, ok, err := db.LatestAnchor(tt.who, tt.now)
		if err != nil || ok != tt.ok || a.Balance != tt.want {
			t.Errorf("LatestAnchor(%q, %v) = %+v, %v, %v; want %d, %v", tt.who, tt.now, a, ok, err, tt.want, tt.ok)
		}
	}
	if _, err := db.PutAnchor(outreach.Anchor{Recruiter: "Jordan Blake", At: start, Balance: -3}); outreach.ErrorCode(err) != outreach.EINVALID {
		t.Errorf("a negative balance: %v", err)
	}
	// Another balance at the same moment: the one recorded last wins.
	put("Sam Reyes", start, 51)
	if a, _, _ := db.LatestAnchor("Sam Reyes", start); a.Balance != 51 {
		t.Errorf("two balances at one moment: got %d, want the later, 51", a.Balance)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := Open(path, Options{ReadOnly: true, Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if a, ok, err := ro.LatestAnchor("Jordan Blake", start); err != nil || !ok || a.Balance != 10 {
		t.Errorf("read-only: %+v, %v, %v", a, ok, err)
	}
}
