package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

func reply(id uint64, at time.Time) outreach.Event {
	return outreach.Event{MessageID: id, Outcome: outreach.Replied, At: at, Source: outreach.Manual}
}

func fact(t *testing.T, db *DB, id uint64) outreach.Fact {
	t.Helper()
	var got outreach.Fact
	found := false
	err := db.ForEachFact(func(f outreach.Fact) bool {
		if f.ID == id {
			got, found = f, true
			return false
		}
		return true
	})
	if err != nil || !found {
		t.Fatalf("fact %d: found %v, %v", id, found, err)
	}
	return got
}

func TestAppendEvent(t *testing.T) {
	db, clk := MustOpen(t)
	id := mustSend(t, db, message(1, start))
	clk.Add(48 * time.Hour)

	ev, err := db.AppendEvent(reply(id, start.Add(26*time.Hour+500*time.Millisecond)))
	if err != nil {
		t.Fatal(err)
	}
	if ev.Seq != 1 || !ev.Recorded.Equal(clk.Now()) || !ev.At.Equal(start.Add(26*time.Hour)) {
		t.Errorf("stored event = %+v, want seq 1, recorded now, at to the second", ev)
	}
	if off, ok := fact(t, db, id).Offset(outreach.Replied); !ok || off != 26*3600 {
		t.Errorf("fact replied offset = %d, %v; want 93600", off, ok)
	}

	// Undo: the correction names the reply and carries its outcome.
	undo, err := db.AppendEvent(outreach.Event{MessageID: id, Retracts: 1, At: clk.Now(), Source: outreach.Manual, Note: "wrong candidate"})
	if err != nil {
		t.Fatal(err)
	}
	if undo.Seq != 2 || undo.Outcome != outreach.Replied {
		t.Errorf("correction = %+v, want seq 2 with the replied outcome", undo)
	}
	if _, ok := fact(t, db, id).Offset(outreach.Replied); ok {
		t.Error("the fact still shows the retracted reply")
	}
	e, _ := db.Entry(id)
	if e.Status != outreach.StatusAwaiting {
		t.Errorf("status after the undo = %v, want awaiting", e.Status)
	}

	// Undo the undo.
	if _, err := db.AppendEvent(outreach.Event{MessageID: id, Retracts: 2, At: clk.Now(), Source: outreach.Manual}); err != nil {
		t.Fatal(err)
	}
	if e, _ := db.Entry(id); e.Status != outreach.StatusResponded || len(e.Events) != 3 {
		t.Errorf("after undoing the undo: %v with %d events, want responded with 3", e.Status, len(e.Events))
	}
	if _, err := db.AppendEvent(outreach.Event{MessageID: id, Retracts: 2, At: clk.Now(), Source: outreach.Manual}); err == nil || !strings.Contains(err.Error(), "already taken back") {
		t.Errorf("taking back a taken-back event: %v", err)
	}
	if _, err := db.AppendEvent(outreach.Event{MessageID: id, Retracts: 9, At: clk.Now(), Source: outreach.Manual}); err == nil || !strings.Contains(err.Error(), "no event 9") {
		t.Errorf("taking back a missing event: %v", err)
	}
}

func TestAppendEventRefuses(t *testing.T) {
	db, clk := MustOpen(t)
	id := mustSend(t, db, message(1, start))
	clk.Add(time.Hour)
	tests := []struct {
		name string
		ev   outreach.Event
		code string
		say  string
	}{
		{"before the send", reply(id, start.Add(-time.Second)), outreach.EINVALID, "before the message was sent"},
		{"in the future", reply(id, clk.Now().Add(time.Second)), outreach.EINVALID, "in the future"},
		{"no such message", reply(99, start), outreach.ENOTFOUND, "no message 99"},
		{"no outcome", outreach.Event{MessageID: id, At: start, Source: outreach.Manual}, outreach.EINVALID, "unknown outcome"},
	}
	for _, tt := range tests {
		_, err := db.AppendEvent(tt.ev)
		if outreach.ErrorCode(err) != tt.code || !strings.Contains(err.Error(), tt.say) {
			t.Errorf("%s: %v (code %q), want %s saying %q", tt.name, err, outreach.ErrorCode(err), tt.code, tt.say)
		}
	}
	if evs, _ := db.Events(id); len(evs) != 0 {
		t.Errorf("refused events were recorded: %+v", evs)
	}
	// At the send and exactly now are both fine.
	for _, at := range []time.Time{start, clk.Now()} {
		if _, err := db.AppendEvent(reply(id, at)); err != nil {
			t.Errorf("reply at %v: %v", at, err)
		}
	}
}

func TestAppendEventDedupesByKey(t *testing.T) {
	db, clk := MustOpen(t)
	id := mustSend(t, db, message(1, start))
	clk.Add(24 * time.Hour)
	ev := reply(id, start.Add(time.Hour))
	ev.Source, ev.Key = outreach.Import, "linkedin:conv-1:2026-10-06T10:31:44Z:linkedin.com/in/candidate-1"
	first, err := db.AppendEvent(ev)
	if err != nil {
		t.Fatal(err)
	}
	clk.Add(time.Hour)
	again, err := db.AppendEvent(ev)
	if err != nil || again != first {
		t.Errorf("the same key again = %+v, %v; want the first event %+v", again, err, first)
	}
	if evs, _ := db.Events(id); len(evs) != 1 {
		t.Errorf("%d events, want 1", len(evs))
	}
}

func TestAppendEvents(t *testing.T) {
	db, clk := MustOpen(t)
	a := mustSend(t, db, message(1, start))
	b := mustSend(t, db, message(2, start))
	clk.Add(10 * 24 * time.Hour)
	keyed := func(id uint64, at time.Time, key string) outreach.Event {
		e := reply(id, at)
		e.Source, e.Key = outreach.Import, key
		return e
	}
	batch := []outreach.Event{
		keyed(a, start.Add(time.Hour), "k1"),
		keyed(b, start.Add(9*24*time.Hour), "k2"),
		keyed(a, start.Add(time.Hour), "k1"), // twice in one file
	}
	added, known, err := db.AppendEvents(batch)
	if err != nil || added != 2 || known != 1 {
		t.Fatalf("AppendEvents = %d added, %d known, %v; want 2, 1", added, known, err)
	}
	added, known, err = db.AppendEvents(batch)
	if err != nil || added != 0 || known != 3 {
		t.Errorf("the same import again = %d added, %d known, %v; want 0, 3", added, known, err)
	}
	if e, _ := db.Entry(b); e.Status != outreach.StatusLate {
		t.Errorf("message b = %v, want late", e.Status)
	}

	// One bad event refuses the whole batch.
	c := mustSend(t, db, message(3, start))
	before := snapshot(t, db)
	bad := []outreach.Event{keyed(c, start.Add(time.Hour), "k3"), keyed(c, clk.Now().Add(time.Hour), "k4")}
	_, _, err = db.AppendEvents(bad)
	if outreach.ErrorCode(err) != outreach.EINVALID || !strings.HasPrefix(err.Error(), "event 2 of 2: ") {
		t.Errorf("a batch with a future event: %v", err)
	}
	if after := snapshot(t, db); len(after) != len(before) {
		t.Error("a refused batch left records behind")
	}
	boom := errors.New("boom")
	db.fail = func(string) error { return boom }
	if _, _, err := db.AppendEvents(bad[:1]); !errors.Is(err, boom) {
		t.Errorf("injected failure: %v", err)
	}
	db.fail = nil
	if evs, _ := db.Events(c); len(evs) != 0 {
		t.Errorf("a failed batch recorded %d events", len(evs))
	}
}
