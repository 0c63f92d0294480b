package outreach

import (
	"fmt"
	"time"
)

// Outcome is what happened to a sent message.
type Outcome uint8

// The outcomes, in the order the CLI lists them.
const (
	_ Outcome = iota
	// Accepted: the candidate accepted the InMail or connection request.
	Accepted
	// Declined: the candidate declined. It still counts as a response.
	Declined
	// Replied: the candidate wrote back.
	Replied
	// Screened: a screening call was booked.
	Screened
	// Withdrawn: the message was never actually sent on LinkedIn.
	Withdrawn
)

// Outcomes lists every outcome.
var Outcomes = []Outcome{Accepted, Declined, Replied, Screened, Withdrawn}

// String is the outcome's name as typed on the command line.
func (o Outcome) String() string {
	switch o {
	case Accepted:
		return "accepted"
	case Declined:
		return "declined"
	case Replied:
		return "replied"
	case Screened:
		return "screened"
	case Withdrawn:
		return "withdrawn"
	}
	return fmt.Sprintf("Outcome(%d)", uint8(o))
}

// ParseOutcome reads an outcome name.
func ParseOutcome(s string) (Outcome, error) {
	for _, o := range Outcomes {
		if o.String() == s {
			return o, nil
		}
	}
	return 0, fmt.Errorf("unknown outcome %q: use accepted, declined, replied, screened or withdrawn", s)
}

// MarshalText implements encoding.TextMarshaler.
func (o Outcome) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (o *Outcome) UnmarshalText(b []byte) error {
	v, err := ParseOutcome(string(b))
	if err != nil {
		return err
	}
	*o = v
	return nil
}

// IsResponse reports whether LinkedIn counts the outcome as a response.
func (o Outcome) IsResponse() bool { return o == Accepted || o == Declined || o == Replied }

// IsPositive reports whether the outcome is a positive response.
func (o Outcome) IsPositive() bool { return o == Accepted || o == Replied }

// Source says where an event came from.
type Source uint8

// The sources.
const (
	_ Source = iota
	// Manual: recorded by the recruiter.
	Manual
	// Import: read from LinkedIn's data export.
	Import
)

// String is the source's name.
func (s Source) String() string {
	switch s {
	case Manual:
		return "manual"
	case Import:
		return "import"
	}
	return fmt.Sprintf("Source(%d)", uint8(s))
}

// MarshalText implements encoding.TextMarshaler.
func (s Source) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Source) UnmarshalText(b []byte) error {
	switch string(b) {
	case "manual":
		*s = Manual
	case "import":
		*s = Import
	default:
		return fmt.Errorf("unknown source %q", b)
	}
	return nil
}

// Event is one thing that happened to a message. Events are appended, never
// changed: a correction is a new event whose Retracts names the event it
// takes back.
type Event struct {
	// Seq numbers the message's events from 1, in the order they were
	// recorded.
	Seq       int     `json:"seq"`
	MessageID uint64  `json:"message"`
	Outcome   Outcome `json:"outcome,omitzero"`
	// At is when it happened; Recorded is when inmail learned of it.
	At       time.Time `json:"at"`
	Recorded time.Time `json:"recorded"`
	Source   Source    `json:"source"`
	Note     string    `json:"note,omitempty"`
	// Retracts is the Seq of an earlier event this one takes back (an undo);
	// 0 for an ordinary outcome event.
	Retracts int `json:"retracts,omitempty"`
	// Key identifies an imported event (e.g. the LinkedIn conversation and
	// message date) so importing the same file twice records nothing twice.
	Key string `json:"key,omitempty"`
}
