package report

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
)

// side makes a side with k of n decided messages responded.
func side(label string, k, n int) Side {
	return Side{Label: label, Metrics: Metrics{Sent: n, Decided: n, Responded: k, NoResponse: n - k}}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name    string
		a, b    Side
		enough  bool
		winner  string
		verdict string
	}{
		{"too few on one side", side("A", 15, 29), side("B", 3, 300), false, "", "Not enough data yet: each side needs 30 decided messages"},
		{"too few on both", side("A", 1, 2), side("B", 0, 2), false, "", "Not enough data yet"},
		{"A clearly ahead", side("associate/direct-intro", 120, 300), side("associate/next-step", 80, 300), true, "A", "associate/direct-intro gets more 7-day responses than associate/next-step: +13.3 points"},
		{"B clearly ahead", side("2025-Q1", 80, 300), side("2025-Q2", 120, 300), true, "B", "2025-Q2 gets more 7-day responses than 2025-Q1: +13.3 points (95% CI +5.8 to +20.7), p < 0.001."},
		{"no clear difference", side("A", 100, 300), side("B", 95, 300), true, "", "No clear difference yet: +1.7 points"},
		{"exactly the minimum", side("A", 25, 30), side("B", 5, 30), true, "A", "A gets more"},
	}
	for _, tt := range tests {
		c := Compare(tt.a, tt.b)
		if c.Enough != tt.enough || c.Winner != tt.winner || !strings.Contains(c.Verdict, tt.verdict) {
			t.Errorf("%s: enough %v, winner %q, verdict %q; want %v, %q, %q", tt.name, c.Enough, c.Winner, c.Verdict, tt.enough, tt.winner, tt.verdict)
		}
	}
	// The numbers behind a verdict are the tested statistics.
	c := Compare(side("A", 56, 70), side("B", 48, 80))
	if !near(c.Difference, 0.2, 1e-12) || !near(c.Interval.Low, 0.0524, 5e-5) || !near(c.Interval.High, 0.3339, 5e-5) || !near(c.Test.P, 0.008045, 5e-6) {
		t.Errorf("Compare(56/70, 48/80) = %+v", c)
	}
	if c.Winner != "A" || !strings.Contains(c.Verdict, "+20.0 points (95% CI +5.2 to +33.4), p = 0.008") {
		t.Errorf("verdict = %q", c.Verdict)
	}
}

func TestCompareFormats(t *testing.T) {
	a := Side{Label: "associate/direct-intro", Metrics: Metrics{
		Sent: 320, WindowOpen: 10, Decided: 310, Responded: 104, Accepted: 50, Declined: 30, Replied: 24,
		Late: 20, NoResponse: 186, Positive: 80, Screened: 25, MedianFirstResponse: 26 * time.Hour,
	}}
	b := Side{Label: "associate/next-step", Metrics: Metrics{
		Sent: 300, WindowOpen: 10, Decided: 290, Responded: 71, Accepted: 30, Declined: 25, Replied: 16,
		Late: 15, NoResponse: 204, Positive: 52, Screened: 12, MedianFirstResponse: 40 * time.Hour,
	}}
	c := Compare(a, b)
	for _, f := range Formats {
		t.Run(f.String(), func(t *testing.T) {
			var buf bytes.Buffer
			if err := c.Write(&buf, f, Options{}); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, buf.Bytes())
		})
	}
}
