package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

func TestBulkSend(t *testing.T) {
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
	if err := db.BulkSend(msgs, events); err != nil {
		t.Fatal(err)
	}
	if msgs[0].ID != 1 || msgs[n-1].ID != n {
		t.Errorf("ids %d..%d, want 1..%d", msgs[0].ID, msgs[n-1].ID, n)
	}
	if b := db.bolt; b.NoSync || b.NoFreelistSync {
		t.Error("BulkSend left syncing off")
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
	if _, err := db.Send(m, ""); outreach.ErrorCode(err) != outreach.ECONFLICT {
		t.Errorf("reused line after a bulk load: %v", err)
	}
	// Dedupe by key still sees bulk events.
	added, known, err := db.AppendEvents([]outreach.Event{{MessageID: 1, Outcome: outreach.Declined, At: msgs[0].SentAt.Add(9 * 24 * time.Hour), Source: outreach.Import, Key: "k" + msgs[0].SentAt.String()}})
	if err != nil || added != 0 || known != 1 {
		t.Errorf("re-import of a bulk event: %d added, %d known, %v", added, known, err)
	}
}

func TestBulkSendValidatesFirst(t *testing.T) {
	db, clk := MustOpen(t)
	msgs := []outreach.Message{message(1, start), message(2, start.Add(time.Hour))}
	if err := db.BulkSend(msgs, nil); outreach.ErrorCode(err) != outreach.EINVALID || !strings.HasPrefix(err.Error(), "message 2 of 2: ") {
		t.Errorf("a message in the future: %v", err)
	}
	clk.Add(2 * time.Hour)
	bad := [][]outreach.Event{nil, {{Retracts: 1, At: start.Add(time.Hour), Source: outreach.Manual}}}
	if err := db.BulkSend(msgs, bad); err == nil || !strings.Contains(err.Error(), "does not come before it") {
		t.Errorf("a correction of nothing: %v", err)
	}
	if es, _ := db.Entries(outreach.Filter{}); len(es) != 0 {
		t.Errorf("refused bulk wrote %d messages", len(es))
	}
	boom := errors.New("boom")
	db.fail = func(string) error { return boom }
	if err := db.BulkSend(msgs, nil); !errors.Is(err, boom) {
		t.Errorf("injected failure: %v", err)
	}
	if b := db.bolt; b.NoSync || b.NoFreelistSync {
		t.Error("a failed BulkSend left syncing off")
	}
}
