package outreach

import (
	"cmp"
	"slices"
	"time"
)

// OutcomeTimes is what a message's events add up to: the first time each
// outcome happened, counting only events that are still in force. A zero
// time means the outcome did not happen.
//
// (The folded type is not called Outcomes because Outcomes already names the
// list of every outcome.)
type OutcomeTimes struct {
	Accepted  time.Time `json:"accepted,omitzero"`
	Declined  time.Time `json:"declined,omitzero"`
	Replied   time.Time `json:"replied,omitzero"`
	Screened  time.Time `json:"screened,omitzero"`
	Withdrawn time.Time `json:"withdrawn,omitzero"`
}

// At returns when outcome o first happened, or the zero time.
func (t OutcomeTimes) At(o Outcome) time.Time {
	if p := t.field(o); p != nil {
		return *p
	}
	return time.Time{}
}

// Has reports whether outcome o happened.
func (t OutcomeTimes) Has(o Outcome) bool { return !t.At(o).IsZero() }

// Set records that o happened at at, unless an earlier time is already
// recorded. It ignores outcomes that are not in Outcomes.
func (t *OutcomeTimes) Set(o Outcome, at time.Time) {
	p := t.field(o)
	if p != nil && (p.IsZero() || at.Before(*p)) {
		*p = at
	}
}

// FirstResponse returns the earliest accept, decline or reply, and which
// it was; ok is false when the candidate has not responded. On a tie the
// order is accepted, declined, replied.
func (t OutcomeTimes) FirstResponse() (at time.Time, o Outcome, ok bool) {
	for _, c := range []Outcome{Accepted, Declined, Replied} {
		if x := t.At(c); !x.IsZero() && (!ok || x.Before(at)) {
			at, o, ok = x, c, true
		}
	}
	return at, o, ok
}

func (t *OutcomeTimes) field(o Outcome) *time.Time {
	switch o {
	case Accepted:
		return &t.Accepted
	case Declined:
		return &t.Declined
	case Replied:
		return &t.Replied
	case Screened:
		return &t.Screened
	case Withdrawn:
		return &t.Withdrawn
	}
	return nil
}

// InForce reports, by Seq, which events are in force. An event is in force
// unless an event in force retracts it; so a retraction takes its target
// back, and retracting the retraction restores it (an undo of an undo).
// Events may come in any order; a retraction names an earlier Seq (one that
// names its own or a later Seq is ignored).
func InForce(events []Event) map[int]bool {
	// A retraction always names an earlier event, so walking from the last
	// Seq to the first settles each event before it can act on its target.
	order := make([]int, len(events))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(events[b].Seq, events[a].Seq) })
	in := make(map[int]bool, len(events))
	retracted := make(map[int]bool)
	for _, i := range order {
		e := events[i]
		if retracted[e.Seq] {
			continue
		}
		in[e.Seq] = true
		if e.Retracts > 0 && e.Retracts < e.Seq {
			retracted[e.Retracts] = true
		}
	}
	return in
}

// Fold adds up a message's events: for each outcome, the earliest At among
// its events in force (see InForce). Retraction events count only through
// their target, whatever their Outcome field says.
func Fold(events []Event) OutcomeTimes {
	var t OutcomeTimes
	if len(events) == 0 {
		return t
	}
	in := InForce(events)
	for _, e := range events {
		if e.Retracts == 0 && in[e.Seq] {
			t.Set(e.Outcome, e.At)
		}
	}
	return t
}

// ValidateEvent checks an event against the message it belongs to, sent at
// sentAt, with now as the current time. It returns an *Error with code
// EINVALID when the outcome is unknown, the source is not manual or import,
// the time is missing, or the event is dated before the send or after now.
// Times are compared to the second, as they are stored. A retraction
// (Retracts > 0) needs no outcome; whether its target exists is the store's
// check.
func ValidateEvent(sentAt time.Time, ev Event, now time.Time) error {
	switch {
	case ev.Retracts < 0:
		return Errorf(EINVALID, "an event can only take back an earlier event (retracts %d is not one)", ev.Retracts)
	case ev.Retracts == 0 && (ev.Outcome < Accepted || ev.Outcome > Withdrawn):
		return Errorf(EINVALID, "unknown outcome %d: use accepted, declined, replied, screened or withdrawn", uint8(ev.Outcome))
	case ev.Source != Manual && ev.Source != Import:
		return Errorf(EINVALID, "unknown event source %d: use manual or import", uint8(ev.Source))
	case ev.At.IsZero():
		return Errorf(EINVALID, "the %s event has no time; give the time it happened", ev.what())
	}
	at, sent, n := ev.At.Truncate(time.Second), sentAt.Truncate(time.Second), now.Truncate(time.Second)
	if at.Before(sent) {
		return Errorf(EINVALID, "the %s event is dated %s, before the message was sent (%s); give a time after the send",
			ev.what(), at.Format(time.DateTime), sent.In(at.Location()).Format(time.DateTime))
	}
	if at.After(n) {
		return Errorf(EINVALID, "the %s event is dated %s, in the future (it is now %s); give a time that has passed",
			ev.what(), at.Format(time.DateTime), n.In(at.Location()).Format(time.DateTime))
	}
	return nil
}

// what names the event in messages.
func (e Event) what() string {
	if e.Retracts > 0 {
		return "correction"
	}
	return e.Outcome.String()
}

// LatestInForce returns the event an undo takes back: the outcome event
// with the highest Seq that is in force (see InForce), of outcome o when o
// is not zero; ok is false when there is none. Corrections are never the
// target, so undoing twice takes back two outcomes rather than restoring
// the first.
func LatestInForce(events []Event, o Outcome) (ev Event, ok bool) {
	in := InForce(events)
	for _, e := range events {
		if e.Retracts == 0 && in[e.Seq] && (o == 0 || e.Outcome == o) && (!ok || e.Seq > ev.Seq) {
			ev, ok = e, true
		}
	}
	return ev, ok
}
