package outreach

import (
	"strings"
	"testing"
	"time"
)

var sent = time.Date(2026, 10, 6, 9, 31, 44, 0, time.UTC)

func ev(seq int, o Outcome, at time.Time) Event {
	return Event{Seq: seq, MessageID: 1, Outcome: o, At: at, Recorded: at, Source: Manual}
}

func undo(seq, target int, at time.Time) Event {
	return Event{Seq: seq, MessageID: 1, Retracts: target, At: at, Recorded: at, Source: Manual}
}

func TestFold(t *testing.T) {
	h := func(n int) time.Time { return sent.Add(time.Duration(n) * time.Hour) }
	tests := []struct {
		name   string
		events []Event
		want   OutcomeTimes
	}{
		{"none", nil, OutcomeTimes{}},
		{"one reply", []Event{ev(1, Replied, h(5))}, OutcomeTimes{Replied: h(5)}},
		{"earliest of two replies", []Event{ev(1, Replied, h(9)), ev(2, Replied, h(5))}, OutcomeTimes{Replied: h(5)}},
		{"each outcome", []Event{ev(1, Accepted, h(1)), ev(2, Declined, h(2)), ev(3, Replied, h(3)), ev(4, Screened, h(4)), ev(5, Withdrawn, h(6))},
			OutcomeTimes{Accepted: h(1), Declined: h(2), Replied: h(3), Screened: h(4), Withdrawn: h(6)}},
		{"retracted", []Event{ev(1, Replied, h(5)), undo(2, 1, h(6))}, OutcomeTimes{}},
		{"retracted, then recorded again", []Event{ev(1, Replied, h(5)), undo(2, 1, h(6)), ev(3, Replied, h(7))}, OutcomeTimes{Replied: h(7)}},
		{"undo of the undo restores", []Event{ev(1, Replied, h(5)), undo(2, 1, h(6)), undo(3, 2, h(7))}, OutcomeTimes{Replied: h(5)}},
		{"three undos take it back again", []Event{ev(1, Replied, h(5)), undo(2, 1, h(6)), undo(3, 2, h(7)), undo(4, 3, h(8))}, OutcomeTimes{}},
		{"out of order", []Event{undo(3, 2, h(7)), ev(1, Replied, h(5)), undo(2, 1, h(6))}, OutcomeTimes{Replied: h(5)}},
		{"only the named event goes", []Event{ev(1, Replied, h(5)), ev(2, Screened, h(8)), undo(3, 2, h(9))}, OutcomeTimes{Replied: h(5)}},
		{"a retraction's outcome field does not count", []Event{ev(1, Declined, h(5)), {Seq: 2, Outcome: Declined, Retracts: 1, At: h(6), Source: Manual}}, OutcomeTimes{}},
		{"a retraction of a later event is ignored", []Event{{Seq: 1, Retracts: 2, At: h(1), Source: Manual}, ev(2, Replied, h(5))}, OutcomeTimes{Replied: h(5)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.events); got != tt.want {
				t.Errorf("Fold = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestFirstResponse(t *testing.T) {
	o := OutcomeTimes{Declined: sent.Add(2 * time.Hour), Replied: sent.Add(time.Hour), Screened: sent.Add(time.Minute)}
	at, which, ok := o.FirstResponse()
	if !ok || which != Replied || !at.Equal(sent.Add(time.Hour)) {
		t.Errorf("FirstResponse = %v %v %v, want replied at +1h", at, which, ok)
	}
	if _, _, ok := (OutcomeTimes{Screened: sent}).FirstResponse(); ok {
		t.Error("a screen alone is not a response")
	}
}

func TestValidateEvent(t *testing.T) {
	now := sent.Add(48 * time.Hour)
	tests := []struct {
		name string
		ev   Event
		want string // "" for valid, else a fragment of the message
	}{
		{"at the send", ev(1, Replied, sent), ""},
		{"now", ev(1, Replied, now), ""},
		{"half a second into the send's second", ev(1, Replied, sent.Add(500*time.Millisecond)), ""},
		{"half a second into now's second", ev(1, Replied, now.Add(500*time.Millisecond)), ""},
		{"one second before the send", ev(1, Replied, sent.Add(-time.Second)), "before the message was sent"},
		{"one second in the future", ev(1, Replied, now.Add(time.Second)), "in the future"},
		{"no time", ev(1, Replied, time.Time{}), "has no time"},
		{"no outcome", Event{Seq: 1, At: now, Source: Manual}, "unknown outcome"},
		{"outcome out of range", ev(1, Outcome(9), now), "unknown outcome"},
		{"no source", Event{Seq: 1, Outcome: Replied, At: now}, "unknown event source"},
		{"correction", undo(2, 1, now), ""},
		{"correction in the future", undo(2, 1, now.Add(time.Hour)), "correction event is dated"},
		{"negative retracts", Event{Retracts: -1, At: now, Source: Manual}, "earlier event"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ValidateEvent(sent, tt.ev, now)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("got %v, want nil", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("got %v, want an error containing %q", err, tt.want)
			case err != nil && ErrorCode(err) != EINVALID:
				t.Errorf("code %q, want %q", ErrorCode(err), EINVALID)
			}
		})
	}
}

func TestInForce(t *testing.T) {
	events := []Event{ev(1, Replied, sent), undo(2, 1, sent), undo(3, 2, sent), ev(4, Screened, sent), undo(5, 4, sent)}
	got := InForce(events)
	want := map[int]bool{1: true, 2: false, 3: true, 4: false, 5: true}
	for seq, w := range want {
		if got[seq] != w {
			t.Errorf("InForce[%d] = %v, want %v", seq, got[seq], w)
		}
	}
}
