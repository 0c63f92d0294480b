package common

import (
	"testing"
	"time"
)

func TestSpan(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{
		{59 * time.Second, "<1m"},
		{12 * time.Minute, "12m"},
		{5*time.Hour + 12*time.Minute + 40*time.Second, "5h 12m"},
		{2 * time.Hour, "2h"},
		{2*24*time.Hour + 5*time.Hour + 59*time.Minute, "2d 5h"},
		{7 * 24 * time.Hour, "7d"},
	} {
		if got := Span(tt.d); got != tt.want {
			t.Errorf("Span(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
