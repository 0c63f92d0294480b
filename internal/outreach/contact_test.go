package outreach

import (
	"testing"
	"time"
)

func TestAgo(t *testing.T) {
	now := time.Date(2026, 12, 4, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		ago  time.Duration
		want string
	}{
		{time.Hour, "today"},
		{30 * time.Hour, "yesterday"},
		{3 * 24 * time.Hour, "3 days ago"},
		{59 * 24 * time.Hour, "59 days ago"},
		{1096 * 24 * time.Hour, "in Dec 2023"},
	} {
		if got := Ago(now.Add(-tt.ago), now); got != tt.want {
			t.Errorf("Ago(%s before) = %q, want %q", tt.ago, got, tt.want)
		}
	}
}
