package outreach

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
)

func TestHealth(t *testing.T) {
	now := time.Date(2026, 10, 20, 12, 0, 0, 0, time.UTC)
	// batch makes n InMails sent daysAgo, of which responded got a reply an
	// hour after sending.
	batch := func(n, responded int, daysAgo float64) []Fact {
		at := now.Add(-time.Duration(daysAgo * float64(24*time.Hour)))
		var fs []Fact
		for i := range n {
			o := OutcomeTimes{}
			if i < responded {
				o.Replied = at.Add(time.Hour)
			}
			fs = append(fs, inmail(uint64(i), at, o))
		}
		return fs
	}
	tests := []struct {
		name   string
		facts  []Fact
		want   HealthState
		phrase string
	}{
		{"nothing", nil, HealthState{}, "No InMails"},
		{"few and fine", batch(20, 5, 10), HealthState{Sent: 20, Responded: 5, Rate: 0.25}, "applies from 100"},
		{"low but few", batch(40, 2, 10), HealthState{Sent: 40, Responded: 2, Rate: 0.05}, "applies from 100"},
		{"low and half way", batch(50, 5, 10), HealthState{Sent: 50, Responded: 5, Rate: 0.10, Level: LevelWarn}, "would be near or under"},
		{"applies, above 18%", batch(100, 18, 10), HealthState{Sent: 100, Responded: 18, Rate: 0.18, Applies: true}, "above"},
		{"applies, close", batch(100, 13, 10), HealthState{Sent: 100, Responded: 13, Rate: 0.13, Applies: true, Level: LevelWarn}, "close to"},
		{"applies, under", batch(100, 12, 10), HealthState{Sent: 100, Responded: 12, Rate: 0.12, Applies: true, Level: LevelDanger}, "under LinkedIn's 13% line"},
		{"awaiting count as not responded", batch(100, 12, 1), HealthState{Sent: 100, Responded: 12, Awaiting: 88, Rate: 0.12, Applies: true, Level: LevelDanger}, "88 still awaiting"},
		{"exactly 14 days ago is outside", batch(100, 0, 14), HealthState{}, "No InMails"},
		{"just inside 14 days", batch(1, 0, 13.99), HealthState{Sent: 1}, "0 of 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Health(slices.Values(tt.facts), now)
			msg := got.Message
			got.Message = ""
			if got != tt.want {
				t.Errorf("Health = %+v, want %+v", got, tt.want)
			}
			if !strings.Contains(msg, tt.phrase) {
				t.Errorf("message %q does not say %q", msg, tt.phrase)
			}
		})
	}
}

func TestHealthLeavesOut(t *testing.T) {
	now := time.Date(2026, 10, 20, 12, 0, 0, 0, time.UTC)
	at := now.Add(-24 * time.Hour)
	facts := []Fact{
		FactFrom(Message{ID: 1, SentAt: at, Channel: library.Connection}, OutcomeTimes{}, Codes{}),
		inmail(2, at, OutcomeTimes{Withdrawn: at.Add(time.Minute)}),
		inmail(3, now.Add(time.Minute), OutcomeTimes{}),
		inmail(4, at, OutcomeTimes{Replied: now.Add(time.Minute)}), // reply not yet seen
	}
	got := Health(slices.Values(facts), now)
	if got.Sent != 1 || got.Responded != 0 || got.Awaiting != 1 {
		t.Errorf("Health = %+v, want only message 4, awaiting", got)
	}
}
