package report

import (
	"fmt"
	"strconv"
)

// MinDecided is how many decided messages (7-day window closed) each side
// of a comparison needs before Compare names a winner. Thirty is the usual
// rule of thumb for the normal approximation behind the z-test; below it a
// single reply moves a rate by more than three points.
const MinDecided = 30

// Alpha is the significance level at which Compare calls a difference
// real: a two-sided p-value under 0.05.
const Alpha = 0.05

// Side is one side of a comparison: a label (a template id, a period) and
// its numbers.
type Side struct {
	Label string
	Metrics
}

// Comparison sets two sides' 7-day response rates against each other.
type Comparison struct {
	A, B Side
	// Difference is A's 7-day response rate minus B's, and Interval its
	// 95% confidence interval (Newcombe's hybrid score method).
	Difference float64
	Interval   Interval
	// Test is the two-proportion z-test of the two rates.
	Test ZTest
	// Enough reports that both sides have at least MinDecided decided
	// messages; without it there is no winner.
	Enough bool
	// Winner is "A", "B", or "" when there is none (not enough data, or no
	// significant difference).
	Winner string
	// Verdict says the outcome in one sentence.
	Verdict string
}

// Compare compares the 7-day response rates of a and b.
func Compare(a, b Side) Comparison {
	ra, rb := a.ResponseRate(), b.ResponseRate()
	c := Comparison{
		A:          a,
		B:          b,
		Difference: ra.Value() - rb.Value(),
		Interval:   DiffInterval(ra.Count, ra.Of, rb.Count, rb.Of, Z95),
		Test:       TwoProportion(ra.Count, ra.Of, rb.Count, rb.Of),
		Enough:     ra.Of >= MinDecided && rb.Of >= MinDecided,
	}
	// diff says the difference from the side of whoever leads.
	diff := func(sign float64) string {
		lo, hi := sign*c.Interval.Low, sign*c.Interval.High
		return fmt.Sprintf("%s points (95%% CI %s to %s), %s",
			signedPoints(sign*c.Difference), signedPoints(min(lo, hi)), signedPoints(max(lo, hi)), pValue(c.Test.P))
	}
	switch {
	case !c.Enough:
		c.Verdict = fmt.Sprintf("Not enough data yet: each side needs %d decided messages (7-day window closed); %s has %d and %s has %d.",
			MinDecided, a.Label, ra.Of, b.Label, rb.Of)
	case c.Test.P < Alpha && c.Difference > 0:
		c.Winner = "A"
		c.Verdict = fmt.Sprintf("%s gets more 7-day responses than %s: %s.", a.Label, b.Label, diff(1))
	case c.Test.P < Alpha:
		c.Winner = "B"
		c.Verdict = fmt.Sprintf("%s gets more 7-day responses than %s: %s.", b.Label, a.Label, diff(-1))
	default:
		c.Verdict = fmt.Sprintf("No clear difference yet: %s; keep sending both.", diff(1))
	}
	return c
}

// signedPoints writes a difference of proportions in percentage points
// with its sign: "+4.2", "-0.3".
func signedPoints(d float64) string {
	s := fmt.Sprintf("%+.1f", d*100)
	if s == "-0.0" {
		s = "+0.0"
	}
	return s
}

// pValue writes a p-value to two significant digits: "p = 0.015",
// "p = 0.21", "p < 0.001".
func pValue(p float64) string {
	if p < 0.001 {
		return "p < 0.001"
	}
	return "p = " + strconv.FormatFloat(p, 'g', 2, 64)
}
