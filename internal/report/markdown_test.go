package report

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestMarkdownIsForPeople: the Markdown table writes counts with
// thousands separators, rates as percentages with their interval, and the
// median time to first response in days and hours, never as raw fractions
// or seconds.
func TestMarkdownIsForPeople(t *testing.T) {
	m := Metrics{
		Sent: 12345, WindowOpen: 345, Awaiting: 300, Decided: 12000, Responded: 3000,
		Accepted: 1500, Declined: 700, Replied: 800, Late: 1000, NoResponse: 8000,
		Positive: 2400, Screened: 600, CreditsSpent: 12345, CreditsReturned: 2900,
		MedianFirstResponse: 30*time.Hour + 20*time.Minute, MedianPersonalization: 1234.5,
	}
	r := Report{Query: Query{Now: now, By: []Dimension{ByTemplate}}, Groups: []Group{{Key: Key{Template: "a/x"}, Metrics: m}}, Total: m}
	var b bytes.Buffer
	if err := r.Write(&b, Markdown, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	lines := strings.Split(out, "\n")
	if len(lines) < 3 {
		t.Fatalf("no table:\n%s", out)
	}
	row := lines[2]
	for _, want := range []string{"| a/x |", "| 12,345 |", "| 12,000 |", "| 3,000 |", "| 25.0% (24.2–25.8%) |", "| 20.0% (", "| 5.0% (", "| 1 day 6 hours |", "| 1,235 |"} {
		if !strings.Contains(row, want) {
			t.Errorf("row lacks %q:\n%s", want, row)
		}
	}
	for _, bad := range []string{"0.2500", "109200", "12345"} {
		if strings.Contains(row, bad) {
			t.Errorf("row has the machine form %q:\n%s", bad, row)
		}
	}
	if !strings.HasPrefix(lines[0], "| Template | Sent | Window open | Awaiting |") {
		t.Errorf("header: %s", lines[0])
	}
	if !strings.Contains(out, "- Window open: 345 messages sent after") || !strings.Contains(out, "300 awaiting a response, 45 already answered") {
		t.Errorf("notes do not split the open window:\n%s", out)
	}
}
