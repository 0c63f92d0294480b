// Package outreach holds what happens after a compose: the logged message,
// the outcome events appended to it, the 7-day status rules, the credit
// ledger and the sending health check. It is pure: no storage, no terminal,
// and every rule takes the time as an argument.
package outreach

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/profile"
)

// ResponseWindow is how long after sending a response still counts in the
// 7-day response rate.
const ResponseWindow = 7 * 24 * time.Hour

// CandidateRef identifies the candidate a message went to.
type CandidateRef struct {
	// ID is the candidate's stable id (normally the normalized profile URL).
	ID   string `json:"id"`
	Name string `json:"name"`
	// URL is the LinkedIn profile URL, when known.
	URL string `json:"url,omitempty"`
}

// Reference is one profile element a personalization line referenced.
type Reference struct {
	// Field is the profile field, e.g. "experience[0].description" or "skills".
	Field string `json:"field"`
	// Text is the matched profile text.
	Text string `json:"text"`
	// Where is the field's place on the profile in words, as it was when
	// the message was sent: "Experience · Harlow & Pierce LLP"
	// (profile.Place). Messages logged before it was recorded have none.
	Where string `json:"where,omitempty"`
}

// Place is where on the profile the reference is, for people: Where, or
// for a message logged without it, the section its field names
// ("Experience"). The field's path is never shown.
func (r Reference) Place() string {
	if r.Where != "" {
		return r.Where
	}
	return profile.Place(nil, r.Field, 0)
}

// Display is who the candidate is, for people, on one line: their name,
// else their profile URL, else "a candidate with no name"; never an id
// inmail made up ("inmail:7").
func (c CandidateRef) Display() string {
	if n := strings.Join(strings.Fields(c.Name), " "); n != "" {
		return n
	}
	if c.URL != "" {
		return c.URL
	}
	if u := NormalizeProfileURL(c.ID); u != "" {
		return "https://www." + u
	}
	return "a candidate with no name"
}

// Message is one sent (logged) message. It never changes after the send;
// what happened next lives in its events.
type Message struct {
	ID        uint64       `json:"id"`
	Recruiter string       `json:"recruiter"`
	Candidate CandidateRef `json:"candidate"`
	Seniority string       `json:"seniority"`

	TemplateID string `json:"template"`
	// TemplateHash is a hash of the template file's content at send time, so
	// a report can tell versions of one template apart.
	TemplateHash string          `json:"template_hash"`
	Channel      library.Channel `json:"channel"`

	Subject         string      `json:"subject,omitempty"`
	Body            string      `json:"body"`
	Personalization string      `json:"personalization"`
	References      []Reference `json:"references,omitempty"`

	Role   string `json:"role,omitempty"`
	Client string `json:"client,omitempty"`
	Hook   string `json:"hook,omitempty"`
	// Brief and BriefID are the brief (search) the message was sent for:
	// the log sets them from the role and client when it logs the message
	// (see Brief). Zero when it had neither.
	Brief   string `json:"brief,omitempty"`
	BriefID uint64 `json:"brief_id,omitempty"`

	// StartedAt is when the compose started; SentAt when it was sent.
	StartedAt time.Time `json:"started_at"`
	SentAt    time.Time `json:"sent_at"`
	// Credits is the number of InMail credits the send charged (1 for an
	// InMail, 0 for a connection note; a follow-up's as the seat says).
	Credits int `json:"credits"`
	// Recontact is the reason given for messaging a candidate whom someone
	// on the team had messaged within the contact window (the contact
	// rule); empty otherwise.
	Recontact string `json:"recontact,omitempty"`
	// FollowUpOf is the id of the InMail this message follows up, in the
	// same conversation (channel followup); 0 for a first message.
	FollowUpOf uint64 `json:"follow_up_of,omitempty"`
}

// Draft is a compose in progress, saved as the recruiter types so that it
// survives a closed terminal.
type Draft struct {
	CandidateID     string `json:"candidate"`
	TemplateID      string `json:"template"`
	Personalization string `json:"personalization"`
	Role            string `json:"role,omitempty"`
	Client          string `json:"client,omitempty"`
	Hook            string `json:"hook,omitempty"`
	Subject         string `json:"subject,omitempty"`
	// Body is set only when the recruiter edited the rendered body.
	Body      string    `json:"body,omitempty"`
	StartedAt time.Time `json:"started_at"`
	SavedAt   time.Time `json:"saved_at"`
}

// PriorLine is a personalization line already sent, as the reuse rule needs
// it.
type PriorLine struct {
	MessageID     uint64
	CandidateID   string
	CandidateName string
	Line          string
	SentAt        time.Time
}

// Validate checks what the log needs of a message before it is stored. It
// returns an *Error with code EINVALID when the candidate id is missing or
// holds control characters, the channel is unknown, a follow-up does not
// name the message it follows up (or another channel does), the body is empty, the
// send time is missing or before the compose started, or the credits are
// negative or over 100. The send gate's rules (limits, personalization) are
// checked before this, elsewhere.
func (m Message) Validate() error {
	switch {
	case strings.TrimSpace(m.Candidate.ID) == "":
		return Errorf(EINVALID, "the message has no candidate id; save the candidate or give a profile URL")
	case strings.ContainsFunc(m.Candidate.ID, unicode.IsControl):
		return Errorf(EINVALID, "the candidate id %q holds control characters", m.Candidate.ID)
	case !slices.Contains(library.Channels, m.Channel):
		return Errorf(EINVALID, "the message has no channel; use %s", library.ChannelNames)
	case m.Channel == library.FollowUp && m.FollowUpOf == 0:
		return Errorf(EINVALID, "a follow-up needs the id of the message it follows up")
	case m.Channel != library.FollowUp && m.FollowUpOf != 0:
		return Errorf(EINVALID, "only a follow-up (channel followup) follows up a message; this one is %s", m.Channel.Label())
	case strings.TrimSpace(m.Body) == "":
		return Errorf(EINVALID, "the message body is empty")
	case m.SentAt.IsZero():
		return Errorf(EINVALID, "the message has no send time")
	case !m.StartedAt.IsZero() && m.StartedAt.After(m.SentAt):
		return Errorf(EINVALID, "the compose started (%s) after the send (%s)", m.StartedAt.Format(time.DateTime), m.SentAt.Format(time.DateTime))
	case m.Credits < 0 || m.Credits > 100:
		return Errorf(EINVALID, "a message charges 0 to 100 credits, not %d", m.Credits)
	}
	return nil
}
