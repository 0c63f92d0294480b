package report

import (
	"fmt"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// Key is the group a row of a report stands for: the value of each
// dimension the query groups by. Fields of other dimensions are zero.
type Key struct {
	Template  string
	Seniority string
	Recruiter string
	// Brief is the brief's name ("" for messages sent without one).
	Brief   string
	Channel library.Channel
	// Week is the Monday 00:00 that starts the ISO week, and Month the
	// first of the month at 00:00, in the query's location.
	Week  time.Time
	Month time.Time
}

// Value is the key's value for dimension d as a report prints it: a
// template id, a seniority or recruiter name ("(none)" when the message had
// none), "inmail" or "connection", "2025-W07", "2025-07".
func (k Key) Value(d Dimension) string {
	name := func(s string) string {
		if s == "" {
			return "(none)"
		}
		return s
	}
	switch d {
	case ByTemplate:
		return name(k.Template)
	case BySeniority:
		return name(k.Seniority)
	case ByRecruiter:
		return name(k.Recruiter)
	case ByChannel:
		if k.Channel == 0 {
			return "(none)"
		}
		return k.Channel.String()
	case ByWeek:
		y, w := k.Week.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case ByMonth:
		return k.Month.Format("2006-01")
	case ByBrief:
		if k.Brief == "" {
			return "(no brief)"
		}
		return k.Brief
	}
	return ""
}

// Rate is Count out of Of.
type Rate struct {
	Count int `json:"count"`
	Of    int `json:"of"`
}

// Value is Count / Of, or 0 when Of is 0 (check Known).
func (r Rate) Value() float64 {
	if r.Of == 0 {
		return 0
	}
	return float64(r.Count) / float64(r.Of)
}

// Known reports whether there is anything to divide by.
func (r Rate) Known() bool { return r.Of > 0 }

// Interval is the rate's 95% Wilson score interval ([0, 1] when Of is 0).
func (r Rate) Interval() Interval { return Wilson(r.Count, r.Of, Z95) }

// Metrics are the numbers of one group. See the package documentation for
// the exact definitions.
type Metrics struct {
	// Sent counts the group's messages, withdrawn ones left out.
	Sent int
	// Withdrawn counts messages withdrawn (never sent on LinkedIn); they
	// are in nothing else.
	Withdrawn int
	// WindowOpen counts sent messages whose 7-day window is still open.
	// They are left out of everything below until the window closes, those
	// already answered included.
	WindowOpen int
	// Awaiting counts those of them with no accept, decline or reply yet:
	// the messages whose status is outreach.StatusAwaiting, the one meaning
	// of "awaiting" in every screen and command. WindowOpen − Awaiting were
	// answered early.
	Awaiting int
	// Decided is Sent − WindowOpen: messages whose window has closed.
	Decided int
	// Responded, Late and NoResponse divide Decided: first accept, decline
	// or reply within 7 days, after day 7, or none yet.
	Responded, Late, NoResponse int
	// Accepted, Declined and Replied divide Responded by which outcome
	// came first.
	Accepted, Declined, Replied int
	// Positive counts decided messages accepted or replied to within 7
	// days (even after a decline).
	Positive int
	// Screened counts decided messages with a screening call booked.
	Screened int
	// CreditsSpent is the InMail credits the sent messages charged (all of
	// them, awaiting included), their follow-ups' included; CreditsReturned
	// what the seat gave back for responses within the refund window, as
	// of the report's moment.
	CreditsSpent, CreditsReturned int
	// FollowedUp counts sent messages whose follow-up was sent by the
	// report's moment; FollowUpDecided those whose follow-up's 7-day
	// window has closed; AfterFollowUp those of them whose follow-up got
	// an accept, decline or reply within 7 days of it (see the package
	// documentation).
	FollowedUp, FollowUpDecided, AfterFollowUp int
	// MedianFirstResponse is the median time from send to first response
	// over the Responded messages (0 when there are none).
	MedianFirstResponse time.Duration
	// MedianPersonalization is the median personalization line length in
	// characters over the Sent messages (0 when there are none).
	MedianPersonalization float64
}

// ResponseRate is the 7-day response rate: Responded of Decided.
func (m Metrics) ResponseRate() Rate { return Rate{m.Responded, m.Decided} }

// PositiveRate is Positive of Decided.
func (m Metrics) PositiveRate() Rate { return Rate{m.Positive, m.Decided} }

// ScreenRate is the sent-to-screen conversion: Screened of Decided.
func (m Metrics) ScreenRate() Rate { return Rate{m.Screened, m.Decided} }

// AfterFollowUpRate is the response to follow-ups: AfterFollowUp of
// FollowUpDecided.
func (m Metrics) AfterFollowUpRate() Rate { return Rate{m.AfterFollowUp, m.FollowUpDecided} }

// Group is one row of a report.
type Group struct {
	Key Key
	Metrics
}

// Report is the result of a query: one group per combination of the
// dimensions' values that has messages, in order (names alphabetically,
// channels InMail first, weeks and months by date), and the total over
// all of them.
type Report struct {
	Query  Query
	Groups []Group
	Total  Metrics
}

// WindowOpenSince is the send time after which a message's 7-day window
// is still open as of the report's moment: those messages are counted in
// WindowOpen and left out of the rates.
func (r Report) WindowOpenSince() time.Time { return r.Query.Now.Add(-outreach.ResponseWindow) }
