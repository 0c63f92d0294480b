package store

import (
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// attentionHistory is history(70) (every kind of outcome, undos included)
// and then a last week of sends, some answered, so that at the clock some
// messages are awaiting, some have none and some settled recently.
func attentionHistory(t *testing.T) (*DB, *clock) {
	t.Helper()
	db, clk := history(t, 70)
	for i := range 30 {
		sent := start.Add(23*24*time.Hour + time.Duration(i)*5*time.Hour + time.Duration(i%3)*time.Second)
		m := message(100+i, sent)
		m.Recruiter = []string{"Jordan Blake", "Sam Ortiz"}[i%2]
		id := mustSend(t, db, m)
		switch i % 4 {
		case 0:
			_, err := db.AppendEvent(reply(id, sent.Add(2*time.Hour)))
			check(t, err)
		case 1:
			_, err := db.AppendEvent(outreach.Event{MessageID: id, Outcome: outreach.Withdrawn, At: sent.Add(time.Minute), Source: outreach.Manual})
			check(t, err)
		}
	}
	// Two messages sent at the same second, to test the order of ties.
	twin := start.Add(28 * 24 * time.Hour)
	mustSend(t, db, message(200, twin))
	mustSend(t, db, message(201, twin))
	return db, clk
}

// sorted is what Attention should return: every fact's key at now,
// filtered and sorted by CompareAttention.
func sorted(t *testing.T, db *DB, now time.Time, want outreach.Status) []uint64 {
	t.Helper()
	var keys []outreach.AttentionKey
	check(t, db.ForEachFact(func(f outreach.Fact) bool {
		if k := f.AttentionKey(now); want == 0 || k.Status == want {
			keys = append(keys, k)
		}
		return true
	}))
	slices.SortFunc(keys, outreach.CompareAttention)
	ids := make([]uint64, len(keys))
	for i, k := range keys {
		ids[i] = k.ID
	}
	return ids
}

// paged reads the whole attention order in pages of size.
func paged(t *testing.T, db *DB, now time.Time, want outreach.Status, size int) []uint64 {
	t.Helper()
	var ids []uint64
	var after outreach.AttentionKey
	for {
		page, err := db.Attention(now, want, after, size)
		check(t, err)
		if len(page) > size {
			t.Fatalf("a page of %d holds %d rows", size, len(page))
		}
		for _, f := range page {
			ids = append(ids, f.ID)
		}
		if len(page) < size {
			return ids
		}
		after = page[len(page)-1].AttentionKey(now)
	}
}

// checkAttention compares every index read at now with the answer from
// sorting and counting the fact records.
func checkAttention(t *testing.T, db *DB, now time.Time) {
	t.Helper()
	var counts outreach.Counts
	check(t, db.ForEachFact(func(f outreach.Fact) bool {
		counts[0]++
		counts[f.State(now).Status]++
		return true
	}))
	got, err := db.StatusCounts(now)
	check(t, err)
	if got != counts {
		t.Errorf("at %s: StatusCounts = %v, want %v", now.Format(time.DateTime), got, counts)
	}
	for _, want := range append([]outreach.Status{0}, outreach.Statuses...) {
		exp := sorted(t, db, now, want)
		if len(exp) != counts[want] {
			t.Fatalf("at %s: %d %v by sorting, %d by counting", now, len(exp), want, counts[want])
		}
		for _, size := range []int{1, 7, 1000} {
			if got := paged(t, db, now, want, size); !slices.Equal(got, exp) {
				t.Errorf("at %s, status %v, pages of %d:\n got %v\nwant %v", now.Format(time.RFC3339Nano), want, size, got, exp)
			}
		}
	}
}

func TestAttentionIsTheSortedOrder(t *testing.T) {
	db, clk := attentionHistory(t)
	last := clk.Now()
	moments := []time.Time{
		last,
		last.Add(500 * time.Millisecond),
		start.Add(28*24*time.Hour + outreach.ResponseWindow), // the twins' deadline, to the second
		start.Add(28*24*time.Hour + outreach.ResponseWindow + time.Nanosecond),
		last.Add(3 * 24 * time.Hour),
		last.Add(30 * 24 * time.Hour), // nothing awaiting
	}
	for _, now := range moments {
		checkAttention(t, db, now)
	}
	// Moments before outcomes already recorded are answered by sorting.
	checkAttention(t, db, start.Add(26*24*time.Hour))
	checkAttention(t, db, start)
}

func TestAttentionFollowsOutcomesAndUndos(t *testing.T) {
	db, clk := attentionHistory(t)
	now := clk.Now()
	page, err := db.Attention(now, outreach.StatusAwaiting, outreach.AttentionKey{}, 1)
	check(t, err)
	if len(page) != 1 {
		t.Fatalf("no message is awaiting at %s", now)
	}
	id := page[0].ID
	ev, err := db.AppendEvent(reply(id, now))
	check(t, err)
	checkAttention(t, db, now)
	if got := sorted(t, db, now, outreach.StatusResponded); !slices.Contains(got, id) {
		t.Errorf("the message just answered is not among the responded: %v", got)
	}
	_, err = db.AppendEvent(outreach.Event{MessageID: id, Retracts: ev.Seq, At: now, Source: outreach.Manual})
	check(t, err)
	checkAttention(t, db, now)
	page, err = db.Attention(now, outreach.StatusAwaiting, outreach.AttentionKey{}, 1)
	check(t, err)
	if len(page) != 1 || page[0].ID != id {
		t.Errorf("after the undo the first awaiting is %v, want message %d", page, id)
	}
}

func TestAttentionRefusesAnEmptyPage(t *testing.T) {
	db, _ := MustOpen(t)
	if _, err := db.Attention(start, 0, outreach.AttentionKey{}, 0); outreach.ErrorCode(err) != outreach.EINVALID {
		t.Errorf("a page of 0 rows: %v", err)
	}
	page, err := db.Attention(start, 0, outreach.AttentionKey{}, 10)
	if err != nil || len(page) != 0 {
		t.Errorf("an empty log's page: %v, %v", page, err)
	}
	counts, err := db.StatusCounts(start)
	if err != nil || counts != (outreach.Counts{}) {
		t.Errorf("an empty log's counts: %v, %v", counts, err)
	}
}

func TestFactsSince(t *testing.T) {
	db, clk := attentionHistory(t)
	since := clk.Now().Add(-10 * 24 * time.Hour)
	for _, tc := range []struct {
		recruiter string
		since     time.Time
	}{{"", time.Time{}}, {"", since}, {"Jordan Blake", time.Time{}}, {"Sam Ortiz", since}, {"Nobody", time.Time{}}, {"", since.Add(time.Nanosecond)}} {
		var want []outreach.Fact
		dict, err := db.Dict()
		check(t, err)
		code, known := dict.Recruiters.Code(tc.recruiter)
		check(t, db.ForEachFact(func(f outreach.Fact) bool {
			if (tc.recruiter == "" || (known && f.Recruiter == code)) && !f.Sent().Before(tc.since) {
				want = append(want, f)
			}
			return true
		}))
		var got []outreach.Fact
		check(t, db.FactsSince(tc.recruiter, tc.since, func(f outreach.Fact) bool {
			got = append(got, f)
			return true
		}))
		if tc.recruiter != "" && !slices.IsSortedFunc(got, func(a, b outreach.Fact) int { return int(a.SentAt - b.SentAt) }) {
			t.Errorf("%q since %s: not in send order", tc.recruiter, tc.since)
		}
		// The records themselves, outcomes recorded after the send included.
		byID := func(a, b outreach.Fact) int { return int(a.ID) - int(b.ID) }
		slices.SortFunc(got, byID)
		if !slices.Equal(got, want) {
			t.Errorf("%q since %s:\n got %v\nwant %v", tc.recruiter, tc.since, got, want)
		}
	}
	n := 0
	check(t, db.FactsSince("", time.Time{}, func(outreach.Fact) bool { n++; return n < 3 }))
	if n != 3 {
		t.Errorf("FactsSince went on after fn returned false: %d calls", n)
	}
}

// TestMigrationBuildsTheIndexes turns a database back into schema 1 (no
// attention or recruiter index) and opens it: the migration must build
// indexes that answer as the ones kept by every send and outcome.
func TestMigrationBuildsTheIndexes(t *testing.T) {
	db, clk := attentionHistory(t)
	now := clk.Now()
	before := paged(t, db, now, 0, 1000)
	path := db.Path()
	check(t, db.Close())

	b, err := bolt.Open(path, 0o600, nil)
	check(t, err)
	check(t, b.Update(func(tx *bolt.Tx) error {
		for _, name := range [][]byte{bucketAttention, bucketByRecruiter} {
			if err := tx.DeleteBucket(name); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bucketMeta)
		if err := meta.Delete(metaAttention); err != nil {
			return err
		}
		if err := tx.Bucket(bucketMigrations).Delete(u32(2)); err != nil {
			return err
		}
		return meta.Put([]byte("schema"), u32(1))
	}))
	check(t, b.Close())

	// Read-only, schema 1 is read as it is, without the indexes.
	ro, err := Open(path, Options{ReadOnly: true, Now: clk.Now})
	check(t, err)
	if got := paged(t, ro, now, 0, 7); !slices.Equal(got, before) {
		t.Errorf("read-only, before the migration:\n got %v\nwant %v", got, before)
	}
	checkAttention(t, ro, now)
	var samRO []uint64
	check(t, ro.FactsSince("Sam Ortiz", now.Add(-10*24*time.Hour), func(f outreach.Fact) bool { samRO = append(samRO, f.ID); return true }))
	check(t, ro.Close())
	db, err = Open(path, Options{Now: clk.Now})
	check(t, err)
	t.Cleanup(func() { db.Close() })
	if got := paged(t, db, now, 0, 1000); !slices.Equal(got, before) {
		t.Errorf("after the migration:\n got %v\nwant %v", got, before)
	}
	checkAttention(t, db, now)
	checkAttention(t, db, now.Add(5*24*time.Hour))
	var sam []uint64
	check(t, db.FactsSince("Sam Ortiz", now.Add(-10*24*time.Hour), func(f outreach.Fact) bool { sam = append(sam, f.ID); return true }))
	if len(sam) == 0 || !slices.Equal(sam, samRO) {
		t.Errorf("Sam Ortiz's last 10 days: %v from the index, %v without", sam, samRO)
	}
	// The migrated index goes on being kept.
	id := mustSend(t, db, message(300, now))
	checkAttention(t, db, now)
	if page, _ := db.Attention(now, 0, outreach.AttentionKey{}, 1000); !slices.ContainsFunc(page, func(f outreach.Fact) bool { return f.ID == id }) {
		t.Errorf("message %d sent after the migration is not listed", id)
	}
}

func TestAttentionEntriesIsTheSortedOrder(t *testing.T) {
	db, clk := attentionHistory(t)
	last := clk.Now()
	filters := []outreach.Filter{
		{},
		{Statuses: []outreach.Status{outreach.StatusAwaiting}},
		{Statuses: []outreach.Status{outreach.StatusNone}},
		{Statuses: []outreach.Status{outreach.StatusResponded, outreach.StatusLate}},
		{Recruiter: "Sam Ortiz"},
		{Recruiter: "Nobody"},
		{TemplateID: "tpl-1", Statuses: []outreach.Status{outreach.StatusWithdrawn, outreach.StatusNone}},
		{Channel: library.Connection},
		{Since: start.Add(10 * 24 * time.Hour), Until: start.Add(25 * 24 * time.Hour)},
		{CandidateName: "candidate 105"},
		{CandidateID: "https://www.linkedin.com/in/candidate-7/"},
	}
	// At the clock, from the index; before the last outcome, by sorting.
	for _, now := range []time.Time{last, last.Add(3 * 24 * time.Hour), start.Add(26 * 24 * time.Hour)} {
		clk.Set(now)
		for _, f := range filters {
			all, err := db.Entries(f)
			check(t, err)
			outreach.SortByAttention(all)
			for _, limit := range []int{1, 3, 50, 1000} {
				got, err := db.AttentionEntries(f, limit)
				check(t, err)
				want := all[:min(limit, len(all))]
				if len(got) != len(want) {
					t.Errorf("at %s, %+v, limit %d: %d entries, want %d", now.Format(time.DateTime), f, limit, len(got), len(want))
					continue
				}
				for i := range got {
					if got[i].ID != want[i].ID || got[i].State != want[i].State || len(got[i].Events) != len(want[i].Events) {
						t.Errorf("at %s, %+v, limit %d: entry %d is %d (%v), want %d (%v)", now.Format(time.DateTime), f, limit, i, got[i].ID, got[i].State, want[i].ID, want[i].State)
						break
					}
				}
			}
		}
	}
	if _, err := db.AttentionEntries(outreach.Filter{}, 0); outreach.ErrorCode(err) != outreach.EINVALID {
		t.Errorf("a limit of 0: %v", err)
	}
}
