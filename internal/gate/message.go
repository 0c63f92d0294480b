package gate

import (
	"strings"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
)

// Draft is a compose as the recruiter sends it: to whom, by whom, the
// subject and body as they stand (rendered, or edited after rendering), the
// line, and the line's verdict.
type Draft struct {
	// Candidate is who the message goes to.
	Candidate outreach.Candidate
	// Recruiter is who sends it, as the log records them.
	Recruiter string
	// Subject and Body are the message as it would be sent.
	Subject, Body string
	// Line is the personalization line.
	Line string
	// Verdict is the validator's answer for Line; nil when there is none
	// for this line (pending, or checked for an earlier version of it).
	Verdict *personalize.Verdict
	// StartedAt is when the compose began; SentAt when it was sent.
	StartedAt, SentAt time.Time
}

// Message is the message the log records for d: the one place a logged
// message is put together, for the composer and inmail send alike.
//
// The seniority is the candidate's, else the template's; an InMail costs
// one credit and a connection note none, and a note has no subject; a
// follow-up has none either, names the message it follows up and costs
// what the seat says (Composer.FollowUp); the
// subject and the line are trimmed; the references are the verdict's.
func (c *Composer) Message(d Draft) outreach.Message {
	t := c.Template
	m := outreach.Message{
		Recruiter:       d.Recruiter,
		Candidate:       d.Candidate.Ref(),
		Seniority:       d.Candidate.Profile.Seniority,
		TemplateID:      t.ID,
		TemplateHash:    t.Hash,
		Channel:         t.Channel,
		Subject:         strings.TrimSpace(d.Subject),
		Body:            d.Body,
		Personalization: strings.TrimSpace(d.Line),
		Role:            c.Fields.Role,
		Client:          c.Fields.Client,
		Hook:            c.Fields.Hook,
		StartedAt:       d.StartedAt,
		SentAt:          d.SentAt,
	}
	if len(c.Contacts.Recent) > 0 {
		m.Recontact = c.Contacts.Reason
	}
	if m.Seniority == "" {
		m.Seniority = t.Seniority
	}
	switch {
	case t.Channel == library.InMail:
		m.Credits = 1
	case c.FollowUp != nil && t.Channel == library.FollowUp:
		m.Subject, m.FollowUpOf, m.Credits = "", c.FollowUp.Of.ID, c.FollowUp.Credits
	default:
		m.Subject = ""
	}
	if d.Verdict != nil {
		for _, r := range d.Verdict.References {
			m.References = append(m.References, outreach.Reference{Field: r.Field, Text: r.Text, Where: profile.Place(c.Profile, r.Field, r.FieldStart)})
		}
	}
	return m
}
