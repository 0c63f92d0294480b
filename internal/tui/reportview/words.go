package reportview

import (
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/words"
)

// statusWords says where a message stood when the report was made, short
// enough for a table cell: "awaiting · 2d 5h left", "accepted in 1d 4h",
// "late · replied after 9d 2h", "no response", "withdrawn", and
// "· screened" when a call was booked.
func statusWords(f outreach.Fact, now time.Time) string {
	st := f.State(now)
	var first time.Duration
	if !st.FirstResponse.IsZero() {
		first = st.FirstResponse.Sub(f.Sent())
	}
	var w string
	switch st.Status {
	case outreach.StatusAwaiting:
		w = "awaiting · " + words.Duration(st.Left, words.Short) + " left"
	case outreach.StatusResponded:
		w = st.FirstResponseOutcome.String() + " in " + words.Duration(first, words.Short)
	case outreach.StatusLate:
		w = "late · " + st.FirstResponseOutcome.String() + " after " + words.Duration(first, words.Short)
	case outreach.StatusNone:
		w = "no response"
	case outreach.StatusWithdrawn:
		w = "withdrawn"
	default:
		w = st.Status.String()
	}
	if st.Screened && st.Status != outreach.StatusWithdrawn {
		w += " · screened"
	}
	return w
}

// stamp writes the report's moment, with its zone.
func stamp(t time.Time) string { return t.Format("2006-01-02 15:04 MST") }
