package outreach

import (
	"slices"
	"testing"
	"time"
)

func TestCompareAttention(t *testing.T) {
	now := sent.Add(10 * 24 * time.Hour)
	day := func(n float64) time.Time { return now.Add(-time.Duration(n * float64(24*time.Hour))) }
	entry := func(id uint64, at time.Time, evs ...Event) Entry {
		return NewEntry(Message{ID: id, SentAt: at}, evs, now)
	}
	es := []Entry{
		entry(1, day(9)),                         // none, oldest
		entry(2, day(2)),                         // awaiting, 5 days left
		entry(3, day(6.5)),                       // awaiting, half a day left
		entry(4, day(3), ev(1, Replied, day(2))), // responded, sent 3 days ago
		entry(5, day(6.5)),                       // awaiting, same time left as 3
		entry(6, day(3)),                         // awaiting, same send as 4
		entry(7, day(1), ev(1, Withdrawn, day(1))),
		entry(8, day(3), ev(1, Declined, day(2))), // responded, same send as 4
	}
	SortByAttention(es)
	var got []uint64
	for _, e := range es {
		got = append(got, e.ID)
	}
	// Awaiting by time left (ties by id, oldest first), then the rest
	// newest first (ties by id, newest first).
	want := []uint64{3, 5, 6, 2, 7, 8, 4, 1}
	if !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	// The fact records order the same way as the decoded entries.
	var keys []AttentionKey
	for _, e := range es {
		f := FactFrom(e.Message, e.Outcomes, Codes{})
		keys = append(keys, f.AttentionKey(now))
		if k := f.AttentionKey(now); k != e.AttentionKey() {
			t.Errorf("message %d: fact key %+v, entry key %+v", e.ID, k, e.AttentionKey())
		}
	}
	slices.Reverse(keys)
	slices.SortFunc(keys, CompareAttention)
	for i, k := range keys {
		if k.ID != want[i] {
			t.Fatalf("fact order at %d: %d, want %d", i, k.ID, want[i])
		}
	}
}

func TestAttentionPage(t *testing.T) {
	now := sent.Add(10 * 24 * time.Hour)
	day := func(n float64) time.Time { return now.Add(-time.Duration(n * float64(24*time.Hour))) }
	fact := func(id uint64, at time.Time, evs ...Event) Fact {
		return FactFrom(Message{ID: id, SentAt: at}, Fold(evs), Codes{})
	}
	facts := []Fact{
		fact(1, day(9)),                         // none
		fact(2, day(2)),                         // awaiting, 5 days left
		fact(3, day(6.5)),                       // awaiting, half a day left
		fact(4, day(3), ev(1, Replied, day(2))), // responded
		fact(5, day(6.5)),                       // awaiting, as 3
		fact(6, day(3)),                         // awaiting
		fact(7, day(6.5).Add(30*time.Minute)),   // awaiting, half an hour after 3
	}
	ids := func(fs []Fact) (out []uint64) {
		for _, f := range fs {
			out = append(out, f.ID)
		}
		return out
	}
	for _, tt := range []struct {
		name  string
		at    time.Time
		want  Status
		after AttentionKey
		n     int
		ids   []uint64
	}{
		{"from the top", now, 0, AttentionKey{}, 10, []uint64{3, 5, 7, 6, 2, 4, 1}},
		{"a page", now, 0, AttentionKey{}, 2, []uint64{3, 5}},
		{"after an awaiting key", now, 0, facts[4].AttentionKey(now), 2, []uint64{7, 6}},
		{"after a settled key", now, 0, facts[3].AttentionKey(now), 5, []uint64{1}},
		{"one status", now, StatusAwaiting, facts[2].AttentionKey(now), 5, []uint64{5, 7, 6, 2}},
		// A key read an hour earlier names the same place.
		{"a key from another moment", now, 0, facts[4].AttentionKey(now.Add(-time.Hour)), 2, []uint64{7, 6}},
		{"no rows", now, 0, AttentionKey{}, 0, nil},
	} {
		if got := ids(AttentionPage(slices.Values(facts), tt.at, tt.want, tt.after, tt.n)); !slices.Equal(got, tt.ids) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.ids)
		}
	}
}

func TestLatestInForce(t *testing.T) {
	h := func(n int) time.Time { return sent.Add(time.Duration(n) * time.Hour) }
	tests := []struct {
		name    string
		events  []Event
		o       Outcome
		wantSeq int // 0: none
	}{
		{"nothing recorded", nil, 0, 0},
		{"the only outcome", []Event{ev(1, Replied, h(1))}, 0, 1},
		{"the latest recorded, not the latest dated", []Event{ev(1, Replied, h(9)), ev(2, Screened, h(2))}, 0, 2},
		{"a taken-back outcome is skipped", []Event{ev(1, Replied, h(1)), ev(2, Screened, h(2)), undo(3, 2, h(3))}, 0, 1},
		{"a correction is never the target", []Event{ev(1, Replied, h(1)), undo(2, 1, h(2))}, 0, 0},
		{"an undone undo brings its target back", []Event{ev(1, Replied, h(1)), undo(2, 1, h(2)), undo(3, 2, h(3))}, 0, 1},
		{"of one outcome", []Event{ev(1, Accepted, h(1)), ev(2, Screened, h(2))}, Accepted, 1},
		{"of an outcome not recorded", []Event{ev(1, Accepted, h(1))}, Declined, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := LatestInForce(tt.events, tt.o)
			switch {
			case tt.wantSeq == 0 && ok:
				t.Errorf("got event %d, want none", got.Seq)
			case tt.wantSeq != 0 && (!ok || got.Seq != tt.wantSeq):
				t.Errorf("got event %d (ok %v), want %d", got.Seq, ok, tt.wantSeq)
			}
		})
	}
}
