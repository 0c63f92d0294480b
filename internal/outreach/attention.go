package outreach

import (
	"cmp"
	"iter"
	"slices"
	"time"
)

// AttentionKey is what the attention order looks at in a logged message.
// It is small, so a list of a million messages can be ordered from their
// fact records without decoding one.
type AttentionKey struct {
	ID uint64
	// SentAt is the send time in Unix seconds.
	SentAt int64
	Status Status
	// Left is the time left in the window while the status is awaiting.
	Left time.Duration
}

// AttentionKey returns the entry's key in the attention order.
func (e Entry) AttentionKey() AttentionKey {
	return AttentionKey{ID: e.ID, SentAt: e.SentAt.Unix(), Status: e.Status, Left: e.Left}
}

// AttentionKey returns the fact's key in the attention order at now.
func (f Fact) AttentionKey(now time.Time) AttentionKey {
	s := f.State(now)
	return AttentionKey{ID: f.ID, SentAt: f.SentAt, Status: s.Status, Left: s.Left}
}

// CompareAttention orders messages as the recruiter should look at them:
// awaiting first, the window closing soonest at the top, then everything
// else newest first. Ties go by id (the order messages were logged), so the
// order is total: oldest id first among awaiting, newest id first among
// the rest. inmail log and the tracker both list messages in this order.
func CompareAttention(x, y AttentionKey) int {
	xa, ya := x.Status == StatusAwaiting, y.Status == StatusAwaiting
	switch {
	case xa && !ya:
		return -1
	case ya && !xa:
		return 1
	case xa:
		return cmp.Or(cmp.Compare(x.Left, y.Left), cmp.Compare(x.ID, y.ID))
	}
	return cmp.Or(cmp.Compare(y.SentAt, x.SentAt), cmp.Compare(y.ID, x.ID))
}

// SortByAttention sorts entries by CompareAttention.
func SortByAttention(es []Entry) {
	slices.SortFunc(es, func(x, y Entry) int { return CompareAttention(x.AttentionKey(), y.AttentionKey()) })
}

// AttentionPage returns up to n of facts in the attention order at now:
// those whose status at now is want (0: every status), after the message
// whose key is after (the zero key: from the top). A key stands for its
// place, its deadline or its send time, so one read at another moment
// names the same place. It sorts every fact it keeps; the store's index
// gives the same answer without the sort.
func AttentionPage(facts iter.Seq[Fact], now time.Time, want Status, after AttentionKey, n int) []Fact {
	if after.Status == StatusAwaiting {
		after.Left = Deadline(time.Unix(after.SentAt, 0)).Sub(now)
	}
	type keyed struct {
		key  AttentionKey
		fact Fact
	}
	var all []keyed
	for f := range facts {
		k := f.AttentionKey(now)
		if (want == 0 || k.Status == want) && (after.ID == 0 || CompareAttention(k, after) > 0) {
			all = append(all, keyed{k, f})
		}
	}
	slices.SortFunc(all, func(a, b keyed) int { return CompareAttention(a.key, b.key) })
	out := make([]Fact, 0, min(max(n, 0), len(all)))
	for _, k := range all[:cap(out)] {
		out = append(out, k.fact)
	}
	return out
}
