package outreach

import (
	"cmp"
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
