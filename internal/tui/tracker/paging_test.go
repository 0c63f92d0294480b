package tracker

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// storeLog is a real store of n messages sent over the 14 days before
// the clock, half of them in the last week (awaiting, mostly), with
// replies, accepts, withdrawals and undos, seeded. The clock can be moved.
func storeLog(t *testing.T, n int) (*store.DB, *time.Time) {
	t.Helper()
	now := thursday
	db, err := store.Open(filepath.Join(t.TempDir(), "inmail.db"), store.Options{Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	rnd := rand.New(rand.NewPCG(14, 2))
	msgs := make([]outreach.Message, n)
	evs := make([][]outreach.Event, n)
	for i := range msgs {
		// Sends oldest first; some share a minute, to test the order of
		// ties.
		ago := time.Duration(n-i) * 14 * 24 * time.Hour / time.Duration(n)
		sent := now.Add(-ago).Truncate(time.Minute)
		ch := library.InMail
		if i%5 == 0 {
			ch = library.Connection
		}
		msgs[i] = outreach.Message{
			Recruiter:  []string{"Jordan Blake", "Sam Ortiz"}[i%2],
			Candidate:  outreach.CandidateRef{ID: fmt.Sprintf("https://www.linkedin.com/in/candidate-%d/", i), Name: fmt.Sprintf("Candidate %d", i)},
			Seniority:  "associate",
			TemplateID: "associate/direct-intro", TemplateHash: "sha256:abc",
			Channel: ch, Body: "Hi, your work stood out.",
			Personalization: fmt.Sprintf("Your work on deal number %d stood out to me", i),
			StartedAt:       sent.Add(-5 * time.Minute), SentAt: sent,
		}
		if ch == library.InMail {
			msgs[i].Subject, msgs[i].Credits = "A role", 1
		}
		at := func(h int) time.Time { return sent.Add(time.Duration(h) * time.Hour) }
		var e []outreach.Event
		switch r := rnd.IntN(10); {
		case r < 2 && at(30).Before(now):
			e = append(e, outreach.Event{Outcome: outreach.Replied, At: at(30)})
		case r == 2 && at(200).Before(now): // late
			e = append(e, outreach.Event{Outcome: outreach.Accepted, At: at(200)})
		case r == 3:
			e = append(e, outreach.Event{Outcome: outreach.Withdrawn, At: sent.Add(time.Minute)})
		case r == 4 && at(3).Before(now): // a reply taken back
			e = append(e, outreach.Event{Outcome: outreach.Replied, At: at(2)}, outreach.Event{Retracts: 1, At: at(3)})
		}
		for j := range e {
			e[j].Source = outreach.Manual
		}
		evs[i] = e
	}
	var batches iter.Seq2[[]outreach.Message, [][]outreach.Event] = func(yield func([]outreach.Message, [][]outreach.Event) bool) {
		yield(msgs, evs)
	}
	if err := db.BulkLoad(batches); err != nil {
		t.Fatal(err)
	}
	return db, &now
}

// attentionIDs is the whole table at now, by sorting every fact record:
// what the pages must add up to.
func attentionIDs(t *testing.T, db *store.DB, now time.Time, want outreach.Status) []uint64 {
	t.Helper()
	var keys []outreach.AttentionKey
	err := db.ForEachFact(func(f outreach.Fact) bool {
		if k := f.AttentionKey(now); want == 0 || k.Status == want {
			keys = append(keys, k)
		}
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.SortFunc(keys, outreach.CompareAttention)
	ids := make([]uint64, len(keys))
	for i, k := range keys {
		ids[i] = k.ID
	}
	return ids
}

var (
	pgDown = tea.KeyPressMsg{Code: tea.KeyPgDown}
	end    = tea.KeyPressMsg{Code: tea.KeyEnd}
)

// The pages the tracker reads add up to the order a sort of the whole log
// gives, in every view, also when outcomes, withdrawals and undos move
// messages while it is open: a message keeps its row, and one that a later
// page lists again is not listed twice.
func TestPagesAreTheSortedOrder(t *testing.T) {
	const n = 3000
	db, now := storeLog(t, n)
	clock := func() time.Time { return *now }
	opened := attentionIDs(t, db, *now, 0)
	hs := openHarness(t, db, nil, clock, 80, 24)
	if got := hs.ids(); !slices.Equal(got, opened[:firstPage]) {
		t.Fatalf("the first table is not the top of the sorted log:\n got %v\nwant %v", got, opened[:firstPage])
	}
	if out := hs.screen(); !strings.Contains(out, "3,000 messages") || !strings.Contains(out, "row 1 of 3,000") {
		t.Errorf("the heading:\n%s", out)
	}
	// Down to page 3 (rows 400 to 799), reading pages on the way.
	for hs.m.cursor < 450 {
		hs.send(pgDown)
	}
	if got := hs.ids(); len(got) >= n || !slices.Equal(got, opened[:len(got)]) {
		t.Fatalf("paging down to row %d read %d rows, not the top of the sorted log:\n got %v\nwant %v", hs.m.cursor+1, len(got), got, opened[:len(got)])
	}
	// A reply, an accept and a withdrawal on awaiting rows of page 3 (each
	// moves its message below the rows read), and an undo.
	changed := map[uint64]outreach.Status{}
	record := func(keys string, want outreach.Status) {
		t.Helper()
		r, _ := hs.m.selected()
		if keys != "u" && r.key.Status != outreach.StatusAwaiting {
			t.Fatalf("row %d is %v, not awaiting", hs.m.cursor+1, r.key.Status)
		}
		hs.keys(keys)
		if got, _ := hs.m.selected(); got.key.ID != r.key.ID || got.key.Status != want {
			t.Fatalf("after %q the cursor is on %d (%v), want %d %v", keys, got.key.ID, got.key.Status, r.key.ID, want)
		}
		changed[r.key.ID] = want
	}
	record("r", outreach.StatusResponded)
	hs.keys("k")
	record("a", outreach.StatusResponded)
	hs.keys("k")
	record("wy", outreach.StatusWithdrawn)
	hs.keys("k")
	record("r", outreach.StatusResponded)
	record("u", outreach.StatusAwaiting)
	if len(hs.errs) > 0 {
		t.Fatalf("errors: %q", hs.errs)
	}
	if !strings.Contains(hs.screen(), fmt.Sprintf("row %d of 3,000", hs.m.cursor+1)) {
		t.Errorf("after the outcomes:\n%s", hs.screen())
	}
	// To the last row: the table is the order it opened in, each message
	// once, the changed ones showing their new status.
	hs.send(end)
	if got := hs.ids(); !slices.Equal(got, opened) {
		t.Errorf("paged to the end: %d rows, want %d as sorted when the tracker opened\n got %v\nwant %v", len(got), len(opened), got, opened)
	}
	if hs.m.cursor != n-1 || !strings.Contains(hs.screen(), "row 3,000 of 3,000") {
		t.Errorf("end: cursor on row %d:\n%s", hs.m.cursor+1, hs.screen())
	}
	for _, r := range hs.m.rows {
		if want, ok := changed[r.key.ID]; ok && r.key.Status != want {
			t.Errorf("message %d shows %v, want %v", r.key.ID, r.key.Status, want)
		}
	}
	// Every view, read again, is the log sorted as it is now.
	for range len(outreach.Statuses) + 1 {
		hs.keys("f")
		hs.send(end)
		want := attentionIDs(t, db, *now, hs.m.q.status)
		if got := hs.ids(); !slices.Equal(got, want) {
			t.Errorf("status %v, paged to the end: %d rows, want %d\n got %v\nwant %v", hs.m.q.status, len(got), len(want), got, want)
		}
	}
}

// A page read later than the ones before it is read at the clock's time:
// windows that closed meanwhile move messages down the order, and the
// table lists each message once all the same.
func TestPagesAfterTheClockMoved(t *testing.T) {
	const n = 3000
	db, now := storeLog(t, n)
	hs := openHarness(t, db, nil, func() time.Time { return *now }, 80, 24)
	for hs.m.cursor < 300 {
		hs.send(pgDown)
	}
	*now = now.Add(2 * 24 * time.Hour)
	hs.send(end)
	got := hs.ids()
	if len(got) != n {
		t.Errorf("%d rows, want %d", len(got), n)
	}
	slices.Sort(got)
	for i, id := range got {
		if id != uint64(i+1) {
			t.Fatalf("the rows do not list each message once: at %d, %d", i, id)
		}
	}
	// Read again, the table is the order at the new time.
	hs.run(hs.m.Revealed())
	hs.send(end)
	if got, want := hs.ids(), attentionIDs(t, db, *now, 0); !slices.Equal(got, want) {
		t.Errorf("read again two days on: got %v\nwant %v", got, want)
	}
}
