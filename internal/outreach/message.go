// Package outreach holds what happens after a compose: the logged message,
// the outcome events appended to it, the 7-day status rules, the credit
// ledger and the sending health check. It is pure: no storage, no terminal,
// and every rule takes the time as an argument.
package outreach

import (
	"time"

	"github.com/inmail/inmail/internal/library"
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

	// StartedAt is when the compose started; SentAt when it was sent.
	StartedAt time.Time `json:"started_at"`
	SentAt    time.Time `json:"sent_at"`
	// Credits is the number of InMail credits the send charged (1 for an
	// InMail, 0 for a connection note).
	Credits int `json:"credits"`
}

// Draft is a compose in progress, saved as the recruiter types so that it
// survives a closed terminal.
type Draft struct {
	CandidateID     string    `json:"candidate"`
	TemplateID      string    `json:"template"`
	Personalization string    `json:"personalization"`
	Role            string    `json:"role,omitempty"`
	Client          string    `json:"client,omitempty"`
	Hook            string    `json:"hook,omitempty"`
	Subject         string    `json:"subject,omitempty"`
	// Body is set only when the recruiter edited the rendered body.
	Body      string    `json:"body,omitempty"`
	StartedAt time.Time `json:"started_at"`
	SavedAt   time.Time `json:"saved_at"`
}

// PriorLine is a personalization line already sent, as the reuse rule needs
// it.
type PriorLine struct {
	MessageID   uint64
	CandidateID string
	Line        string
	SentAt      time.Time
}
