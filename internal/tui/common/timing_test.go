package common

import (
	"testing"
	"time"
)

func TestSendTiming(t *testing.T) {
	at := func(day, hour, minute int) time.Time {
		// March 2026: the 2nd is a Monday.
		return time.Date(2026, 3, day, hour, minute, 0, 0, time.Local)
	}
	tests := []struct {
		t    time.Time
		good bool
		text string
	}{
		{at(3, 9, 40), true, "good time to send"},
		{at(3, 14, 0), true, "fine time to send (mornings do best)"},
		{at(3, 7, 59), false, "early: replies pick up after 08:00"},
		{at(3, 18, 0), false, "evening: weekday mornings get the most replies"},
		{at(6, 11, 59), true, "good time to send"},
		{at(6, 12, 0), false, "Friday afternoon: fewer replies, Monday morning does better"},
		{at(7, 10, 0), false, "weekend: fewer replies, Monday morning does better"},
		{at(8, 10, 0), false, "weekend: fewer replies, Monday morning does better"},
	}
	for _, tt := range tests {
		text, good := SendTiming(tt.t)
		if text != tt.text || good != tt.good {
			t.Errorf("%s: got %q, %v; want %q, %v", tt.t.Format("Mon 15:04"), text, good, tt.text, tt.good)
		}
	}
}
