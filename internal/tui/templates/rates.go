package templates

import (
	"fmt"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

// Rate is how a template has done: of the messages whose 7-day window has
// closed (or that were answered within it), how many were answered.
type Rate struct {
	// Sent counts messages sent with the template (withdrawn ones left out).
	Sent int
	// Closed counts those answered within 7 days or whose window closed.
	Closed int
	// Responded counts those accepted, declined or replied to within 7 days.
	Responded int
}

// String is the rate for the list: "42% in 7 days (of 12)", or what is
// still missing.
func (r Rate) String() string {
	switch {
	case r.Sent == 0:
		return "not sent yet"
	case r.Closed == 0:
		return fmt.Sprintf("%d sent, all within 7 days", r.Sent)
	}
	return fmt.Sprintf("%d%% answered in 7 days (of %d)", (r.Responded*100+r.Closed/2)/r.Closed, r.Closed)
}

// Rates works out each template's 7-day response rate from the log's fact
// records, by template id, as of now.
func Rates(facts func(yield func(outreach.Fact) bool) error, dict outreach.Dict, now time.Time) (map[string]Rate, error) {
	byCode := map[uint32]Rate{}
	err := facts(func(f outreach.Fact) bool {
		st := f.State(now)
		r := byCode[f.Template]
		switch st.Status {
		case outreach.StatusWithdrawn:
			return true
		case outreach.StatusResponded:
			r.Responded++
			r.Closed++
		case outreach.StatusLate, outreach.StatusNone:
			r.Closed++
		}
		r.Sent++
		byCode[f.Template] = r
		return true
	})
	if err != nil {
		return nil, err
	}
	out := make(map[string]Rate, len(byCode))
	for code, r := range byCode {
		if name := dict.Templates.Name(code); name != "" {
			out[name] = r
		}
	}
	return out, nil
}
