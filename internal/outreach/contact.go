package outreach

import (
	"fmt"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/words"
)

// RecontactWindow is how long after anyone on the team messaged a
// candidate another message to them needs a reason (the contact rule),
// unless a team sets its own.
const RecontactWindow = 30 * 24 * time.Hour

// Contact is an earlier message to a candidate: who sent it, when, on
// which channel, and where it stands.
type Contact struct {
	MessageID uint64
	Recruiter string
	SentAt    time.Time
	Channel   library.Channel
	Status    Status
}

// ContactOf is the contact an entry records.
func ContactOf(e Entry) Contact {
	return Contact{MessageID: e.ID, Recruiter: e.Recruiter, SentAt: e.SentAt, Channel: e.Channel, Status: e.Status}
}

// History is a candidate's contacts, newest first.
type History []Contact

// Within returns the contacts sent in the window before now, newest first.
func (h History) Within(window time.Duration, now time.Time) History {
	var out History
	for _, c := range h {
		if !c.SentAt.Before(now.Add(-window)) && !c.SentAt.After(now) {
			out = append(out, c)
		}
	}
	return out
}

// Ago says how long before now t was, by whole days from a day on, and by
// its month from 60 days on: "today", "yesterday", "3 days ago", "in Dec
// 2023".
func Ago(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < 24*time.Hour:
		return "today"
	case d < 48*time.Hour:
		return "yesterday"
	case d >= 60*24*time.Hour:
		return "in " + t.Format("Jan 2006") // not "1,096 days ago"
	}
	return words.Count(int(d/(24*time.Hour)), "day") + " ago"
}

// Words is the history in a line for the candidate list: "messaged 2× ·
// last 3 days ago by Sam Reyes · awaiting"; "" when there is none.
func (h History) Words(now time.Time) string {
	if len(h) == 0 {
		return ""
	}
	last := h[0]
	return fmt.Sprintf("messaged %d× · last %s by %s · %s", len(h), Ago(last.SentAt, now), last.Recruiter, last.Status)
}
