package store

import (
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

func TestForEachMessage(t *testing.T) {
	db, clk := MustOpen(t)
	var ids []uint64
	for i := range 5 {
		m := message(i, start.Add(time.Duration(i)*time.Hour))
		if i == 3 {
			m.Recruiter = "Priya Shah"
		}
		clk.Set(m.SentAt)
		ids = append(ids, mustSend(t, db, m))
	}
	clk.Add(time.Hour)
	if _, err := db.AppendEvent(outreach.Event{MessageID: ids[1], Outcome: outreach.Replied, At: clk.Now(), Source: outreach.Manual}); err != nil {
		t.Fatal(err)
	}

	var got []uint64
	err := db.ForEachMessage(outreach.Filter{}, func(m outreach.Message, f outreach.Fact) bool {
		if m.ID != f.ID {
			t.Errorf("message %d came with the fact of %d", m.ID, f.ID)
		}
		if m.ID == ids[1] && !f.Time(outreach.Replied).Equal(clk.Now()) {
			t.Errorf("message %d: replied at %v, want %v", m.ID, f.Time(outreach.Replied), clk.Now())
		}
		got = append(got, m.ID)
		return true
	})
	if err != nil || len(got) != 5 || got[0] != ids[0] || got[4] != ids[4] {
		t.Errorf("all: %v, %v; want %v oldest first", got, err, ids)
	}

	got = nil
	filters := []struct {
		f    outreach.Filter
		want []uint64
	}{
		{outreach.Filter{Recruiter: "Priya Shah"}, ids[3:4]},
		{outreach.Filter{Recruiter: "Nobody"}, nil},
		{outreach.Filter{Since: start.Add(time.Hour), Until: start.Add(3 * time.Hour)}, ids[1:3]},
		{outreach.Filter{Statuses: []outreach.Status{outreach.StatusResponded}}, ids[1:2]},
		{outreach.Filter{CandidateName: "candidate 4"}, ids[4:5]},
	}
	for _, tt := range filters {
		got = nil
		if err := db.ForEachMessage(tt.f, func(m outreach.Message, _ outreach.Fact) bool { got = append(got, m.ID); return true }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(tt.want) || (len(got) > 0 && got[0] != tt.want[0]) {
			t.Errorf("filter %+v: %v, want %v", tt.f, got, tt.want)
		}
	}

	n := 0
	if err := db.ForEachMessage(outreach.Filter{}, func(outreach.Message, outreach.Fact) bool { n++; return n < 2 }); err != nil || n != 2 {
		t.Errorf("stopping early: %d calls, %v", n, err)
	}
	if err := db.ForEachMessage(outreach.Filter{Limit: 1}, func(outreach.Message, outreach.Fact) bool { return true }); outreach.ErrorCode(err) != outreach.EINVALID {
		t.Errorf("a limit: %v, want EINVALID", err)
	}
}

// TestForEachMessageInChunks covers more messages than one decoded chunk:
// all come, in id order, each with its own fact, and stopping works
// mid-chunk.
func TestForEachMessageInChunks(t *testing.T) {
	db, clk := MustOpen(t)
	n := 2*scanChunk + 77
	msgs := make([]outreach.Message, n)
	for i := range msgs {
		msgs[i] = message(i, start.Add(time.Duration(i)*time.Minute))
	}
	clk.Set(start.Add(time.Duration(n) * time.Minute))
	if err := oneBatch(db, msgs, nil); err != nil {
		t.Fatal(err)
	}
	var last uint64
	count := 0
	err := db.ForEachMessage(outreach.Filter{}, func(m outreach.Message, f outreach.Fact) bool {
		if m.ID != f.ID || m.ID <= last || m.Candidate.Name != msgs[m.ID-1].Candidate.Name {
			t.Fatalf("message %d after %d, fact %d, candidate %q", m.ID, last, f.ID, m.Candidate.Name)
		}
		last = m.ID
		count++
		return true
	})
	if err != nil || count != n {
		t.Errorf("%d messages, %v; want %d", count, err, n)
	}
	count = 0
	if err := db.ForEachMessage(outreach.Filter{}, func(outreach.Message, outreach.Fact) bool { count++; return count < scanChunk+5 }); err != nil || count != scanChunk+5 {
		t.Errorf("stopping at %d: %d calls, %v", scanChunk+5, count, err)
	}
}

// TestForEachMessageHoldsNoTransaction writes to the store from fn, mid
// scan, with a filter that skips most messages: each chunk is read in a
// transaction of its own, so the writes go through, and messages logged
// after the scan passed their place are not seen.
func TestForEachMessageHoldsNoTransaction(t *testing.T) {
	db, clk := MustOpen(t)
	n := 3 * scanChunk
	msgs := make([]outreach.Message, n)
	for i := range msgs {
		msgs[i] = message(i, start.Add(time.Duration(i)*time.Minute))
		if i%3 == 0 {
			msgs[i].Recruiter = "Priya Shah"
		}
	}
	clk.Set(start.Add(time.Duration(n) * time.Minute))
	check(t, oneBatch(db, msgs, nil))
	seen, replied := 0, 0
	err := db.ForEachMessage(outreach.Filter{Recruiter: "Priya Shah"}, func(m outreach.Message, f outreach.Fact) bool {
		seen++
		if m.Recruiter != "Priya Shah" || m.ID%3 != 1 {
			t.Fatalf("message %d by %q passed the filter", m.ID, m.Recruiter)
		}
		if seen%100 == 0 {
			if _, err := db.AppendEvent(reply(m.ID, clk.Now())); err != nil {
				t.Fatal(err)
			}
			replied++
		}
		return true
	})
	check(t, err)
	if seen != n/3 {
		t.Errorf("%d messages by Priya Shah, want %d", seen, n/3)
	}
	es, err := db.Entries(outreach.Filter{Statuses: []outreach.Status{outreach.StatusResponded, outreach.StatusLate}})
	check(t, err)
	if len(es) != replied || replied == 0 {
		t.Errorf("%d answered after the scan, want the %d replies logged during it", len(es), replied)
	}
}
