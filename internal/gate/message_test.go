package gate

import (
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
)

func TestMessage(t *testing.T) {
	started := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	sent := started.Add(5 * time.Minute)
	cand := outreach.Candidate{ID: "linkedin.com/in/priya-raman-sample", Profile: priya}

	c := NewComposer(mustTemplate(t, inmailSrc), &priya, fields, personalize.Options{})
	r := c.Render(goodLine)
	v := c.Verdict(goodLine)
	if !v.OK || len(v.References) == 0 {
		t.Fatalf("the test line should pass with references: %+v", v)
	}
	m := c.Message(Draft{Candidate: cand, Recruiter: "Jordan Blake", Subject: "  " + r.Subject + "\n", Body: r.Body,
		Line: " " + goodLine + " ", Verdict: &v, StartedAt: started, SentAt: sent})
	switch {
	case m.Subject != r.Subject, m.Body != r.Body, m.Personalization != goodLine:
		t.Errorf("subject %q, body %q, line %q: want them as rendered, subject and line trimmed", m.Subject, m.Body, m.Personalization)
	case m.Credits != 1, m.Channel != library.InMail:
		t.Errorf("an InMail costs one credit: %d, %v", m.Credits, m.Channel)
	case m.Recruiter != "Jordan Blake", m.Candidate.ID != cand.ID, m.TemplateID != c.Template.ID, m.TemplateHash != c.Template.Hash:
		t.Errorf("who and which template: %+v", m)
	case m.Role != fields.Role, m.Client != fields.Client, m.Hook != fields.Hook:
		t.Errorf("fields %q %q %q, want the composer's", m.Role, m.Client, m.Hook)
	case !m.StartedAt.Equal(started), !m.SentAt.Equal(sent):
		t.Errorf("times %v %v", m.StartedAt, m.SentAt)
	case len(m.References) != len(v.References) || m.References[0].Text != v.References[0].Text:
		t.Errorf("references %+v, want the verdict's %+v", m.References, v.References)
	case m.References[0].Where != "Experience · Harlow & Pierce LLP":
		t.Errorf("the reference's place is %q, want where it is on the profile in words", m.References[0].Where)
	}
	if m.Seniority != c.Template.Seniority {
		t.Errorf("a candidate with no level gets the template's: %q, want %q", m.Seniority, c.Template.Seniority)
	}
	leveled := cand
	leveled.Profile.Seniority = "partner-track"
	if got := c.Message(Draft{Candidate: leveled, Line: goodLine}).Seniority; got != "partner-track" {
		t.Errorf("a candidate's own level: %q", got)
	}
	if got := c.Message(Draft{Candidate: cand, Line: goodLine}).References; got != nil {
		t.Errorf("no verdict for the line, yet references %+v", got)
	}

	note := NewComposer(mustTemplate(t, noteSrc), &priya, fields, personalize.Options{})
	n := note.Message(Draft{Candidate: cand, Subject: "left over", Body: "Hi", Line: goodLine})
	if n.Subject != "" || n.Credits != 0 {
		t.Errorf("a connection note has no subject and costs nothing: %q, %d", n.Subject, n.Credits)
	}
}
