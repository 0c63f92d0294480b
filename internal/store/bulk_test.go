package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

// oneBatch logs msgs and their events as a load of one batch.
func oneBatch(db *DB, msgs []outreach.Message, events [][]outreach.Event) error {
	return db.BulkLoad(func(yield func([]outreach.Message, [][]outreach.Event) bool) { yield(msgs, events) })
}

func TestBulkLoadOneBatch(t *testing.T) {
	db, clk := MustOpen(t)
	clk.Set(start.Add(60 * 24 * time.Hour))
	const n = bulkBatch + 500 // two transactions
	msgs := make([]outreach.Message, n)
	events := make([][]outreach.Event, n)
	for i := range msgs {
		msgs[i] = message(i%1000, start.Add(time.Duration(i)*time.Minute))
		if i%3 == 0 {
			events[i] = []outreach.Event{
				{Outcome: outreach.Replied, At: msgs[i].SentAt.Add(time.Hour), Source: outreach.Manual},
				{Retracts: 1, At: msgs[i].SentAt.Add(2 * time.Hour), Source: outreach.Manual},
				{Outcome: outreach.Declined, At: msgs[i].SentAt.Add(9 * 24 * time.Hour), Source: outreach.Import, Key: "k" + msgs[i].SentAt.String()},
			}
		}
	}
	if err := oneBatch(db, msgs, events); err != nil {
		t.Fatal(err)
	}
	if msgs[0].ID != 1 || msgs[n-1].ID != n {
		t.Errorf("ids %d..%d, want 1..%d", msgs[0].ID, msgs[n-1].ID, n)
	}
	if b := db.bolt; b.NoSync || b.NoFreelistSync {
		t.Error("BulkLoad left syncing off")
	}
	e, err := db.Entry(1)
	if err != nil || e.Status != outreach.StatusLate || len(e.Events) != 3 || e.Events[1].Outcome != outreach.Replied || e.Events[2].Seq != 3 {
		t.Errorf("entry 1 = %v with events %+v, %v", e.Status, e.Events, err)
	}
	nf := 0
	_ = db.ForEachFact(func(f outreach.Fact) bool { nf++; return true })
	lines, _ := db.PriorLines()
	if nf != n || len(lines) != n {
		t.Errorf("%d facts and %d lines, want %d", nf, len(lines), n)
	}
	// The reuse index works afterwards: candidate 7's line to someone new.
	m := message(7, clk.Now())
	m.Candidate.ID = "linkedin.com/in/someone-new"
	if _, _, err := db.Send(m, ""); outreach.ErrorCode(err) != outreach.ECONFLICT {
		t.Errorf("reused line after a bulk load: %v", err)
	}
	// Dedupe by key still sees bulk events.
	added, known, err := db.AppendEvents([]outreach.Event{{MessageID: 1, Outcome: outreach.Declined, At: msgs[0].SentAt.Add(9 * 24 * time.Hour), Source: outreach.Import, Key: "k" + msgs[0].SentAt.String()}})
	if err != nil || added != 0 || known != 1 {
		t.Errorf("re-import of a bulk event: %d added, %d known, %v", added, known, err)
	}
}

func TestBulkLoadValidatesFirst(t *testing.T) {
	db, clk := MustOpen(t)
	msgs := []outreach.Message{message(1, start), message(2, start.Add(time.Hour))}
	if err := oneBatch(db, msgs, nil); outreach.ErrorCode(err) != outreach.EINVALID || !strings.HasPrefix(err.Error(), "message 2 of 2: ") {
		t.Errorf("a message in the future: %v", err)
	}
	clk.Add(2 * time.Hour)
	bad := [][]outreach.Event{nil, {{Retracts: 1, At: start.Add(time.Hour), Source: outreach.Manual}}}
	if err := oneBatch(db, msgs, bad); err == nil || !strings.Contains(err.Error(), "does not come before it") {
		t.Errorf("a correction of nothing: %v", err)
	}
	if es, _ := db.Entries(outreach.Filter{}); len(es) != 0 {
		t.Errorf("refused bulk wrote %d messages", len(es))
	}
	boom := errors.New("boom")
	db.fail = func(string) error { return boom }
	if err := oneBatch(db, msgs, nil); !errors.Is(err, boom) {
		t.Errorf("injected failure: %v", err)
	}
	if b := db.bolt; b.NoSync || b.NoFreelistSync {
		t.Error("a failed BulkLoad left syncing off")
	}
}

// TestBulkLoad loads three batches through one reused buffer, as the demo
// does, then checks every message and event is there in order; a refused
// batch stops the load and keeps the batches before it.
func TestBulkLoad(t *testing.T) {
	db, clk := MustOpen(t)
	sizes := []int{5, 3, 4}
	total := 12
	clk.Set(start.Add(time.Duration(total) * time.Hour))
	msgs := make([]outreach.Message, 5)
	events := make([][]outreach.Event, 5)
	batches := func(bad int) func(yield func([]outreach.Message, [][]outreach.Event) bool) {
		return func(yield func([]outreach.Message, [][]outreach.Event) bool) {
			n := 0
			for b, size := range sizes {
				for i := range size {
					sent := start.Add(time.Duration(n) * time.Hour)
					msgs[i] = message(n, sent)
					events[i] = events[i][:0]
					if n%2 == 0 {
						events[i] = append(events[i], outreach.Event{Outcome: outreach.Replied, At: sent.Add(30 * time.Minute), Source: outreach.Manual})
					}
					if b == bad && i == 1 {
						msgs[i].Body = "" // refused
					}
					n++
				}
				if !yield(msgs[:size], events[:size]) {
					return
				}
			}
		}
	}
	if err := db.BulkLoad(batches(-1)); err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	err := db.ForEachMessage(outreach.Filter{}, func(m outreach.Message, f outreach.Fact) bool {
		ids = append(ids, m.ID)
		n := int(m.ID - 1)
		if want := message(n, start.Add(time.Duration(n)*time.Hour)).Candidate.Name; m.Candidate.Name != want {
			t.Errorf("message %d is to %q, want %q", m.ID, m.Candidate.Name, want)
		}
		if replied := f.Occurred(outreach.Replied, clk.Now()); replied != (n%2 == 0) {
			t.Errorf("message %d replied = %v", m.ID, replied)
		}
		return true
	})
	if err != nil || len(ids) != total || ids[0] != 1 || ids[total-1] != uint64(total) {
		t.Fatalf("ids %v, %v; want 1..%d", ids, err, total)
	}
	if evs, err := db.Events(3); err != nil || len(evs) != 1 || evs[0].Seq != 1 || evs[0].MessageID != 3 {
		t.Errorf("events of message 3: %+v, %v", evs, err)
	}

	// The second batch is refused: the first stays, nothing after it.
	err = db.BulkLoad(batches(1))
	if outreach.ErrorCode(err) != outreach.EINVALID {
		t.Fatalf("a refused batch: %v, want EINVALID", err)
	}
	n := 0
	if err := db.ForEachMessage(outreach.Filter{}, func(outreach.Message, outreach.Fact) bool { n++; return true }); err != nil || n != total+sizes[0] {
		t.Errorf("%d messages after a refused second batch, want %d", n, total+sizes[0])
	}
}
