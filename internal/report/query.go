package report

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

// Dimension is one way to group messages in a report.
type Dimension uint8

// The dimensions, in the order the CLI lists them.
const (
	_ Dimension = iota
	// ByTemplate groups by template id.
	ByTemplate
	// BySeniority groups by the candidate's seniority level.
	BySeniority
	// ByRecruiter groups by the recruiter who sent the message.
	ByRecruiter
	// ByChannel groups InMails and connection notes.
	ByChannel
	// ByWeek groups by the ISO 8601 week (Monday to Sunday) of the send, in
	// the query's location.
	ByWeek
	// ByMonth groups by the calendar month of the send, in the query's
	// location.
	ByMonth
	// ByBrief groups by the brief (the search) the message was sent for;
	// messages without one are a group of their own.
	ByBrief
)

// dimensions is one more than the last dimension, to size arrays by
// dimension.
const dimensions = ByBrief + 1

// Dimensions lists every dimension.
var Dimensions = []Dimension{ByTemplate, ByBrief, BySeniority, ByRecruiter, ByChannel, ByWeek, ByMonth}

// String is the dimension's name as typed after --by.
func (d Dimension) String() string {
	switch d {
	case ByTemplate:
		return "template"
	case BySeniority:
		return "seniority"
	case ByRecruiter:
		return "recruiter"
	case ByChannel:
		return "channel"
	case ByWeek:
		return "week"
	case ByMonth:
		return "month"
	case ByBrief:
		return "brief"
	}
	return fmt.Sprintf("Dimension(%d)", uint8(d))
}

// MarshalText implements encoding.TextMarshaler.
func (d Dimension) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Dimension) UnmarshalText(b []byte) error {
	v, err := ParseDimension(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDimension reads a dimension name.
func ParseDimension(s string) (Dimension, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, d := range Dimensions {
		if d.String() == s {
			return d, nil
		}
	}
	return 0, outreach.Errorf(outreach.EINVALID, "cannot group by %q: use template, brief, seniority, recruiter, channel, week or month (comma-separated to combine)", s)
}

// ParseDimensions reads a comma-separated list of dimensions, such as
// "template,seniority". Each may appear once; the order is the order of the
// report's columns and of its sorting.
func ParseDimensions(s string) ([]Dimension, error) {
	var out []Dimension
	for part := range strings.SplitSeq(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		d, err := ParseDimension(part)
		if err != nil {
			return nil, err
		}
		if slices.Contains(out, d) {
			return nil, outreach.Errorf(outreach.EINVALID, "%s is listed twice in %q", d, s)
		}
		out = append(out, d)
	}
	return out, nil
}

// Query says which messages a report covers and how it groups them.
type Query struct {
	// By lists the dimensions to group by; none gives one group of
	// everything.
	By []Dimension
	// Since and Until bound the send time: Since <= sent < Until. A zero
	// time leaves that end open.
	Since, Until time.Time
	// Recruiters and Templates keep only messages from these recruiters and
	// with these template ids (empty: all). A name never logged matches
	// nothing.
	Recruiters, Templates []string
	// Now is the moment the report is as of: messages sent after it and
	// outcomes dated after it are left out, and the 7-day windows are open
	// or closed as of it.
	Now time.Time
	// Location is where weeks and months begin (nil: Now's location).
	Location *time.Location
	// Seat is the credit policy returned credits are counted by; the zero
	// Seat gives no refunds.
	Seat outreach.Seat
}

// location is the query's location for calendar periods.
func (q Query) location() *time.Location {
	if q.Location != nil {
		return q.Location
	}
	return q.Now.Location()
}
