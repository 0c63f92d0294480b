package linkedin

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

// Sent is a logged message as reply matching needs it.
type Sent struct {
	ID            uint64
	CandidateID   string
	CandidateName string
	CandidateURL  string
	SentAt        time.Time
}

// SendSlack is how long before the logged send time the message may appear in
// LinkedIn's export: the recruiter logs the send in inmail, then pastes it
// into LinkedIn, or logs it afterwards with --at and a rounded time.
const SendSlack = 12 * time.Hour

// Skip reasons, as the import summary prints them.
const (
	SkipDraft       = "drafts (never sent)"
	SkipOwn         = "messages from you or to people you did not log"
	SkipUnknown     = "messages from people with no logged message"
	SkipBeforeSend  = "messages from before the logged send"
	SkipNoThread    = "messages in threads without the logged send"
	SkipFollowUp    = "follow-ups in a thread whose first reply is counted"
	SkipNoRecipient = "messages with no author"
)

// Ambiguous is an exported message that could belong to more than one logged
// candidate, so it was not recorded.
type Ambiguous struct {
	Row Message
	Why string
}

// Matches is the outcome of matching an export against the log.
type Matches struct {
	// Events are the replies found, one per logged message at most, each
	// with a Key that makes importing the same file twice a no-op.
	Events []outreach.Event
	// Ambiguous rows were not recorded; Why says what to do.
	Ambiguous []Ambiguous
	// Skipped counts the rows that are not replies to logged messages, by
	// reason.
	Skipped map[string]int
}

// MatchReplies finds, in the rows of messages.csv, the first reply from each
// logged candidate to each logged message. A row is a reply to a logged send
// when its author is that candidate (matched by profile URL, else by exact
// name when only one logged candidate has it), it was written after the send,
// and its conversation holds a message to the candidate dated from the send
// on (allowing SendSlack). recorded is the time stamped on the events as
// when inmail learned of them.
func MatchReplies(rows []Message, sent []Sent, recorded time.Time) Matches {
	res := Matches{Skipped: map[string]int{}}

	byURL := map[string][]Sent{}
	byName := map[string][]Sent{}
	for _, s := range sent {
		if u := outreach.NormalizeProfileURL(s.CandidateURL); u != "" {
			byURL[u] = append(byURL[u], s)
		}
		if n := outreach.NameKey(s.CandidateName); n != "" {
			byName[n] = append(byName[n], s)
		}
	}
	for _, l := range byURL {
		slices.SortFunc(l, func(a, b Sent) int { return a.SentAt.Compare(b.SentAt) })
	}
	for _, l := range byName {
		slices.SortFunc(l, func(a, b Sent) int { return a.SentAt.Compare(b.SentAt) })
	}

	threads := map[string][]Message{}
	var order []string
	for _, m := range rows {
		if _, ok := threads[m.ConversationID]; !ok {
			order = append(order, m.ConversationID)
		}
		threads[m.ConversationID] = append(threads[m.ConversationID], m)
	}

	counted := map[uint64]bool{}
	for _, id := range order {
		thread := threads[id]
		slices.SortStableFunc(thread, func(a, b Message) int { return a.Date.Compare(b.Date) })
		for _, m := range thread {
			if m.Draft {
				res.Skipped[SkipDraft]++
				continue
			}
			if m.From == "" && m.SenderURL == "" {
				res.Skipped[SkipNoRecipient]++
				continue
			}
			sends, why := candidateSends(m, byURL, byName)
			if why != "" {
				res.Ambiguous = append(res.Ambiguous, Ambiguous{Row: m, Why: why})
				continue
			}
			if len(sends) == 0 {
				if isOutbound(m, byURL, byName) {
					res.Skipped[SkipOwn]++
				} else {
					res.Skipped[SkipUnknown]++
				}
				continue
			}
			// The latest logged send at or before the reply.
			i := slices.IndexFunc(sends, func(s Sent) bool { return s.SentAt.After(m.Date) })
			if i == 0 {
				res.Skipped[SkipBeforeSend]++
				continue
			}
			if i < 0 {
				i = len(sends)
			}
			s := sends[i-1]
			if !threadHasSend(thread, s, m) {
				res.Skipped[SkipNoThread]++
				continue
			}
			if counted[s.ID] {
				res.Skipped[SkipFollowUp]++
				continue
			}
			counted[s.ID] = true
			res.Events = append(res.Events, outreach.Event{
				MessageID: s.ID,
				Outcome:   outreach.Replied,
				At:        m.Date,
				Recorded:  recorded,
				Source:    outreach.Import,
				Note:      "LinkedIn reply: " + excerpt(m.Content, 80),
				Key:       eventKey(m),
			})
		}
	}
	slices.SortFunc(res.Events, func(a, b outreach.Event) int {
		return cmp.Or(a.At.Compare(b.At), cmp.Compare(a.MessageID, b.MessageID))
	})
	return res
}

// candidateSends returns the logged sends to the author of m, oldest first,
// or why the author cannot be told apart from another logged candidate.
func candidateSends(m Message, byURL, byName map[string][]Sent) ([]Sent, string) {
	if u := outreach.NormalizeProfileURL(m.SenderURL); u != "" {
		if l := byURL[u]; len(l) > 0 {
			return l, ""
		}
	}
	l := byName[outreach.NameKey(m.From)]
	if len(l) == 0 {
		return nil, ""
	}
	ids := map[string]bool{}
	for _, s := range l {
		ids[s.CandidateID] = true
	}
	if len(ids) > 1 {
		return nil, fmt.Sprintf("%d logged candidates are named %q and the row's profile URL matches none of them; record it by hand with inmail outcome", len(ids), m.From)
	}
	return l, ""
}

// isOutbound reports whether m was written to a logged candidate (so by the
// recruiter).
func isOutbound(m Message, byURL, byName map[string][]Sent) bool {
	for _, u := range m.RecipientURLs {
		if len(byURL[outreach.NormalizeProfileURL(u)]) > 0 {
			return true
		}
	}
	return len(byName[outreach.NameKey(m.To)]) > 0
}

// threadHasSend reports whether the thread holds a message to the candidate
// of s, written from the logged send on and before reply.
func threadHasSend(thread []Message, s Sent, reply Message) bool {
	u := outreach.NormalizeProfileURL(s.CandidateURL)
	name := outreach.NameKey(s.CandidateName)
	for _, m := range thread {
		if m.Draft || m.Date.After(reply.Date) || m.Date.Before(s.SentAt.Add(-SendSlack)) {
			continue
		}
		for _, r := range m.RecipientURLs {
			if u != "" && outreach.NormalizeProfileURL(r) == u {
				return true
			}
		}
		if name != "" && outreach.NameKey(m.To) == name {
			return true
		}
	}
	return false
}

// eventKey identifies an exported message across imports.
func eventKey(m Message) string {
	author := outreach.NormalizeProfileURL(m.SenderURL)
	if author == "" {
		author = outreach.NameKey(m.From)
	}
	return "linkedin:" + m.ConversationID + ":" + m.Date.UTC().Format(time.RFC3339) + ":" + author
}

func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
