package outreach

import (
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/words"
)

// Filter selects logged messages. Zero fields match everything.
type Filter struct {
	// CandidateID matches the message's candidate (through CandidateID, so
	// a profile URL in any spelling works).
	CandidateID string
	// CandidateName matches the candidate's name exactly, ignoring case.
	CandidateName string
	TemplateID    string
	Recruiter     string
	Channel       library.Channel
	// Since and Until bound the send time: Since <= SentAt < Until.
	Since, Until time.Time
	// Statuses keeps messages whose status (as of the store's clock) is one
	// of these.
	Statuses []Status
	// Limit keeps at most this many messages, the newest (0: no limit).
	Limit int
}

// MatchesName reports whether a message to a candidate called name passes
// the filter's CandidateName: always when it is empty, else when the names
// have one NameKey (the same but for case and spacing), the rule candidate
// matching uses too.
func (f Filter) MatchesName(name string) bool {
	return f.CandidateName == "" || NameKey(name) == NameKey(f.CandidateName)
}

// Entry is a logged message with its history and where it stands.
type Entry struct {
	Message
	State
	Events   []Event      `json:"events"`
	Outcomes OutcomeTimes `json:"outcomes"`
	// FollowedUpBy is the id of the message's follow-up (0: none).
	FollowedUpBy uint64 `json:"followed_up_by,omitempty"`
	// FollowUpWithdrawn is true when that follow-up was withdrawn (never
	// sent on LinkedIn): the message may be followed up again.
	FollowUpWithdrawn bool `json:"follow_up_withdrawn,omitempty"`
}

// NewEntry folds m's events and derives its state at now.
func NewEntry(m Message, events []Event, now time.Time) Entry {
	o := Fold(events)
	if events == nil {
		events = []Event{}
	}
	return Entry{Message: m, Events: events, Outcomes: o, State: StatusOf(m.SentAt, o, now)}
}

// Words says where the message stands, as StatusWords does in style.
func (e Entry) Words(style words.Style) string {
	var first time.Duration
	if !e.FirstResponse.IsZero() {
		first = e.FirstResponse.Sub(e.SentAt)
	}
	return StatusWords(e.Status, e.Left, first, e.Screened, style)
}
