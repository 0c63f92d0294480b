package outreach

import (
	"fmt"
	"time"

	"github.com/inmail/inmail/internal/words"
)

// Status is where a message stands in the 7-day response window.
type Status uint8

// The statuses, in the order the tracker lists them.
const (
	_ Status = iota
	// StatusAwaiting: the window is open and the candidate has not
	// responded (no accept, decline or reply yet). This is the one meaning
	// of "awaiting" in inmail: the tracker, inmail log, the Reports screen,
	// inmail report (report.Metrics.Awaiting) and the template picker all
	// count these messages. A message answered while its window is still
	// open is responded, though reports leave it out of their rates until
	// the window closes (report.Metrics.WindowOpen).
	StatusAwaiting
	// StatusResponded: the first accept, decline or reply came within the
	// window.
	StatusResponded
	// StatusLate: the first response came after the window closed.
	StatusLate
	// StatusNone: the window closed with no response.
	StatusNone
	// StatusWithdrawn: the message was never actually sent on LinkedIn.
	StatusWithdrawn
)

// Statuses lists every status.
var Statuses = []Status{StatusAwaiting, StatusResponded, StatusLate, StatusNone, StatusWithdrawn}

// Counts holds how many messages have each status: Counts[s] for status s,
// Counts[0] the total.
type Counts [StatusWithdrawn + 1]int

// String is the status name as typed after --status.
func (s Status) String() string {
	switch s {
	case StatusAwaiting:
		return "awaiting"
	case StatusResponded:
		return "responded"
	case StatusLate:
		return "late"
	case StatusNone:
		return "none"
	case StatusWithdrawn:
		return "withdrawn"
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// ParseStatus reads a status name.
func ParseStatus(s string) (Status, error) {
	for _, v := range Statuses {
		if v.String() == s {
			return v, nil
		}
	}
	return 0, Errorf(EINVALID, "unknown status %q: use awaiting, responded, late, none or withdrawn", s)
}

// MarshalText implements encoding.TextMarshaler.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := ParseStatus(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// State is a message's standing at one moment.
type State struct {
	Status Status `json:"status"`
	// Left is the time left in the window while the status is awaiting;
	// zero otherwise.
	Left time.Duration `json:"left,omitempty"`
	// FirstResponse is when the first accept, decline or reply came (zero if
	// none), and FirstResponseOutcome which one it was. They are set for
	// late and withdrawn messages too.
	FirstResponse        time.Time `json:"first_response,omitzero"`
	FirstResponseOutcome Outcome   `json:"first_response_outcome,omitzero"`
	// Positive reports an accept or a reply inside the window (even when a
	// decline came first).
	Positive bool `json:"positive,omitempty"`
	// Screened reports that a screening call was booked, at any time.
	Screened bool `json:"screened,omitempty"`
}

// Deadline is the last moment a response to a message sent at sentAt counts
// as within the window: exactly ResponseWindow (7 x 24 hours) later.
func Deadline(sentAt time.Time) time.Time { return sentAt.Add(ResponseWindow) }

// StatusOf derives a message's state at now from when it was sent and its
// folded outcomes. The window is closed at both ends: a response at exactly
// sentAt+7d is within it, and at now == sentAt+7d with no response the
// message is still awaiting, with nothing left; one second later it has none.
// Outcomes dated after now are ignored, so a state "as of" a past moment is
// what it was then. A withdrawal in force wins over everything else.
func StatusOf(sentAt time.Time, o OutcomeTimes, now time.Time) State {
	var s State
	deadline := Deadline(sentAt)
	for _, c := range []Outcome{Accepted, Declined, Replied} {
		at := o.At(c)
		if at.IsZero() || at.After(now) {
			continue
		}
		if s.FirstResponse.IsZero() || at.Before(s.FirstResponse) {
			s.FirstResponse, s.FirstResponseOutcome = at, c
		}
		if c.IsPositive() && !at.After(deadline) {
			s.Positive = true
		}
	}
	if at := o.Screened; !at.IsZero() && !at.After(now) {
		s.Screened = true
	}
	switch {
	case !o.Withdrawn.IsZero() && !o.Withdrawn.After(now):
		s.Status = StatusWithdrawn
		s.Positive = false
	case !s.FirstResponse.IsZero() && !s.FirstResponse.After(deadline):
		s.Status = StatusResponded
	case !s.FirstResponse.IsZero():
		s.Status = StatusLate
	case now.After(deadline):
		s.Status = StatusNone
	default:
		s.Status = StatusAwaiting
		s.Left = deadline.Sub(now)
	}
	return s
}

// StatusWords says where a message stands, in style's durations:
//
//   - words.Short, for table cells: "awaiting · 2d 5h left", "responded in
//     1d 4h", "late · after 9d 2h", "no response", "withdrawn";
//   - words.Long, for sentences: "awaiting · 2 days 5 hours left",
//     "responded in 1 day 4 hours", "late response after 9 days 2 hours".
//
// "· screened" follows when a call was booked. left is the time left in
// the window; first is the time from the send to the first response.
func StatusWords(s Status, left, first time.Duration, screened bool, style words.Style) string {
	var w string
	switch s {
	case StatusAwaiting:
		w = "awaiting · " + words.Duration(left, style) + " left"
	case StatusResponded:
		w = "responded in " + words.Duration(first, style)
	case StatusLate:
		if style == words.Short {
			w = "late · after " + words.Duration(first, style)
		} else {
			w = "late response after " + words.Duration(first, style)
		}
	case StatusNone:
		w = "no response"
	case StatusWithdrawn:
		w = "withdrawn"
	default:
		w = s.String()
	}
	if screened {
		w += " · screened"
	}
	return w
}
