package store

import (
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

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
