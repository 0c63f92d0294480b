package words

import (
	"testing"
	"time"
)

func TestThousands(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{
		{0, "0"}, {999, "999"}, {1000, "1,000"}, {1234567, "1,234,567"}, {-1234, "-1,234"}, {-12, "-12"},
	} {
		if got := Thousands(tt.n); got != tt.want {
			t.Errorf("Thousands(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestCountAndPlural(t *testing.T) {
	for _, tt := range []struct {
		n          int
		noun, want string
	}{
		{0, "message", "0 messages"}, {1, "message", "1 message"}, {2, "credit", "2 credits"}, {2000, "message", "2,000 messages"},
	} {
		if got := Count(tt.n, tt.noun); got != tt.want {
			t.Errorf("Count(%d, %q) = %q, want %q", tt.n, tt.noun, got, tt.want)
		}
	}
	if got := Plural(1, "it", "them"); got != "it" {
		t.Errorf("Plural(1) = %q", got)
	}
	if got := Plural(3, "it", "them"); got != "them" {
		t.Errorf("Plural(3) = %q", got)
	}
}

func TestDuration(t *testing.T) {
	const day = 24 * time.Hour
	for _, tt := range []struct {
		d                    time.Duration
		short, long, decimal string
	}{
		{59 * time.Second, "<1m", "under a minute", "1m"},
		{12 * time.Minute, "12m", "12 minutes", "12m"},
		{time.Minute, "1m", "1 minute", "1m"},
		{5*time.Hour + 12*time.Minute + 40*time.Second, "5h 12m", "5 hours 12 minutes", "5.2h"},
		{2 * time.Hour, "2h", "2 hours", "2.0h"},
		{day + 4*time.Hour, "1d 4h", "1 day 4 hours", "28.0h"},
		{2*day + 5*time.Hour + 59*time.Minute, "2d 5h", "2 days 5 hours", "2.2d"},
		{7 * day, "7d", "7 days", "7.0d"},
	} {
		for _, c := range []struct {
			s    Style
			want string
		}{{Short, tt.short}, {Long, tt.long}, {Decimal, tt.decimal}} {
			if got := Duration(tt.d, c.s); got != c.want {
				t.Errorf("Duration(%v, %s) = %q, want %q", tt.d, c.s, got, c.want)
			}
		}
	}
}
