package outreach

import (
	"encoding/json"
	"testing"
	"time"
)

func TestStatusOf(t *testing.T) {
	deadline := sent.Add(7 * 24 * time.Hour)
	s := time.Second
	tests := []struct {
		name string
		o    OutcomeTimes
		now  time.Time
		want State
	}{
		{"just sent", OutcomeTimes{}, sent, State{Status: StatusAwaiting, Left: ResponseWindow}},
		{"one second before the deadline", OutcomeTimes{}, deadline.Add(-s), State{Status: StatusAwaiting, Left: s}},
		{"at the deadline the window is still open", OutcomeTimes{}, deadline, State{Status: StatusAwaiting}},
		{"one second after the deadline", OutcomeTimes{}, deadline.Add(s), State{Status: StatusNone}},
		{"reply at the deadline counts", OutcomeTimes{Replied: deadline}, deadline.Add(time.Hour),
			State{Status: StatusResponded, FirstResponse: deadline, FirstResponseOutcome: Replied, Positive: true}},
		{"reply one second after is late", OutcomeTimes{Replied: deadline.Add(s)}, deadline.Add(time.Hour),
			State{Status: StatusLate, FirstResponse: deadline.Add(s), FirstResponseOutcome: Replied}},
		{"decline counts but is not positive", OutcomeTimes{Declined: sent.Add(time.Hour)}, deadline.Add(time.Hour),
			State{Status: StatusResponded, FirstResponse: sent.Add(time.Hour), FirstResponseOutcome: Declined}},
		{"decline then a reply in the window is positive", OutcomeTimes{Declined: sent.Add(time.Hour), Replied: sent.Add(2 * time.Hour)}, deadline,
			State{Status: StatusResponded, FirstResponse: sent.Add(time.Hour), FirstResponseOutcome: Declined, Positive: true}},
		{"accept at the send", OutcomeTimes{Accepted: sent}, sent,
			State{Status: StatusResponded, FirstResponse: sent, FirstResponseOutcome: Accepted, Positive: true}},
		{"a response after now is not seen yet", OutcomeTimes{Replied: sent.Add(3 * time.Hour)}, sent.Add(2 * time.Hour),
			State{Status: StatusAwaiting, Left: ResponseWindow - 2*time.Hour}},
		{"screened alone", OutcomeTimes{Screened: sent.Add(time.Hour)}, deadline.Add(s), State{Status: StatusNone, Screened: true}},
		{"withdrawn wins", OutcomeTimes{Replied: sent.Add(time.Hour), Withdrawn: sent.Add(2 * time.Hour)}, sent.Add(3 * time.Hour),
			State{Status: StatusWithdrawn, FirstResponse: sent.Add(time.Hour), FirstResponseOutcome: Replied}},
		{"a withdrawal after now does not count yet", OutcomeTimes{Withdrawn: sent.Add(2 * time.Hour)}, sent.Add(time.Hour),
			State{Status: StatusAwaiting, Left: ResponseWindow - time.Hour}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StatusOf(sent, tt.o, tt.now); got != tt.want {
				t.Errorf("StatusOf =\n %+v\nwant\n %+v", got, tt.want)
			}
		})
	}
}

func TestStatusText(t *testing.T) {
	for _, s := range Statuses {
		b, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var got Status
		if err := json.Unmarshal(b, &got); err != nil || got != s {
			t.Errorf("round trip of %v via %s = %v, %v", s, b, got, err)
		}
	}
	if _, err := ParseStatus("pending"); err == nil || ErrorCode(err) != EINVALID {
		t.Errorf("ParseStatus(pending) = %v, want an EINVALID error", err)
	}
	if got := Status(0).String(); got != "Status(0)" {
		t.Errorf("zero status = %q", got)
	}
}
