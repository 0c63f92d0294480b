package outreach

import (
	"fmt"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/words"
)

// Follow-ups: LinkedIn Recruiter lets a recruiter follow an InMail up, in
// the same conversation, between 3 and 28 days after it (its own default
// is 7). inmail follows the same range: an InMail with no response may
// get one follow-up in it.
const (
	// FollowUpEarliest is how soon after an InMail it may be followed up.
	FollowUpEarliest = 3 * 24 * time.Hour
	// FollowUpLatest is how long after an InMail it may still be.
	FollowUpLatest = 28 * 24 * time.Hour
	// FollowUpDue is LinkedIn's default: from this age a message with no
	// response is shown as due for its follow-up.
	FollowUpDue = 7 * 24 * time.Hour
)

// FollowUpState says whether a message can be followed up at a moment.
type FollowUpState struct {
	// Eligible is true when a follow-up may be sent now.
	Eligible bool
	// Due is true when it is eligible and at least FollowUpDue old.
	Due bool
	// Why is a sentence saying why it may not ("" when it may); Short is
	// the reason in a few words, for a help bar.
	Why, Short string
	// From and Until bound when a follow-up may be sent: FollowUpEarliest
	// and FollowUpLatest after the message.
	From, Until time.Time
}

// FollowUpOf says whether the message with fact f can be followed up at
// now: an InMail, not itself a follow-up, not withdrawn, with no accept,
// decline or reply by now and no follow-up yet, sent between 3 and 28 days
// before now (both ends included).
func FollowUpOf(f Fact, now time.Time) FollowUpState {
	sent := f.Sent()
	s := FollowUpState{From: sent.Add(FollowUpEarliest), Until: sent.Add(FollowUpLatest)}
	no := func(short, format string, args ...any) FollowUpState {
		s.Short, s.Why = short, fmt.Sprintf("Message %d ", f.ID)+fmt.Sprintf(format, args...)
		return s
	}
	st := f.State(now)
	switch {
	case f.IsFollowUp():
		return no("it is a follow-up", "is a follow-up itself; a conversation gets one follow-up.")
	case f.Channel != library.InMail:
		return no("not an InMail", "is a %s: only an InMail opens a conversation to follow up in.", f.Channel.Label())
	case st.Status == StatusWithdrawn:
		return no("withdrawn", "was withdrawn (never sent on LinkedIn), so there is nothing to follow up.")
	}
	if f.FollowedUp() {
		return no("already followed up", "was already followed up: a conversation gets one follow-up.")
	}
	switch age := now.Sub(sent); {
	case !st.FirstResponse.IsZero():
		return no("it was answered", "was answered (%s): a follow-up is for a message with no response.",
			StatusWords(st.Status, st.Left, st.FirstResponse.Sub(sent), false, words.Long))
	case age < FollowUpEarliest:
		return no("too soon", "was sent %s: a follow-up can go from %s after it, %s.",
			Ago(sent, now), words.Count(int(FollowUpEarliest/(24*time.Hour)), "day"), s.From.Format("Mon 2 Jan 15:04"))
	case age > FollowUpLatest:
		return no("too late", "was sent %s: LinkedIn allows a follow-up up to %s after the first message.",
			Ago(sent, now), words.Count(int(FollowUpLatest/(24*time.Hour)), "day"))
	default:
		s.Eligible, s.Due = true, age >= FollowUpDue
	}
	return s
}

// FollowUpOfEntry is FollowUpOf for a message as read with its events: a
// follow-up that was withdrawn does not count, as on the stored fact the
// send gate asks.
func FollowUpOfEntry(e Entry, now time.Time) FollowUpState {
	f := FactFrom(e.Message, e.Outcomes, Codes{})
	if e.FollowedUpBy != 0 && !e.FollowUpWithdrawn {
		f.Flags |= FlagFollowedUp
	}
	return FollowUpOf(f, now)
}
