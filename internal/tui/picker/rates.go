package picker

import (
	"fmt"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/words"
)

// Rate is how a template has done, by the definitions of inmail report: of
// the messages whose 7-day window has closed, how many were answered within
// it.
type Rate struct {
	// Sent counts messages sent with the template (withdrawn ones left out).
	Sent int
	// Closed counts those whose 7-day window has closed (report's decided).
	Closed int
	// Responded counts those accepted, declined or replied to within 7 days.
	Responded int
}

// String is the rate for the list: "42% answered in 7 days (of 1,200)";
// under report.MinDecided decided messages, the counts instead of a
// percentage that would look surer than it is ("2 of 9 answered in 7
// days"); and before any window has closed, "3 sent · no rate yet (window
// open)", which cannot be read as a rate.
func (r Rate) String() string {
	switch {
	case r.Sent == 0:
		return "not sent yet"
	case r.Closed == 0:
		return words.Thousands(r.Sent) + " sent · no rate yet (window open)"
	case r.Closed < report.MinDecided:
		return fmt.Sprintf("%d of %d answered in 7 days", r.Responded, r.Closed)
	}
	return fmt.Sprintf("%d%% answered in 7 days (of %s)", (r.Responded*100+r.Closed/2)/r.Closed, words.Thousands(r.Closed))
}

// Rates works out each template's 7-day response rate from the log's fact
// records, by template id, as of now, with the report's aggregation so the
// picker and the Reports screen agree.
func Rates(facts func(yield func(outreach.Fact) bool) error, dict outreach.Dict, now time.Time) (map[string]Rate, error) {
	agg := report.NewAggregator(report.Query{By: []report.Dimension{report.ByTemplate}, Now: now}, dict)
	if err := facts(func(f outreach.Fact) bool {
		agg.Add(f)
		return true
	}); err != nil {
		return nil, err
	}
	groups := agg.Report().Groups
	out := make(map[string]Rate, len(groups))
	for _, g := range groups {
		if g.Key.Template != "" {
			out[g.Key.Template] = Rate{Sent: g.Sent, Closed: g.Decided, Responded: g.Responded}
		}
	}
	return out, nil
}
