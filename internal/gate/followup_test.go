package gate

import (
	"slices"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
)

const followUpSrc = `---
name: Follow-up
channel: followup
description: A second note.
personalization: Something new.
---
Hi {{first_name}},

Coming back once on the {{role}} role.

{{personalization}}

My client, {{client}}, is still keen. {{sender_name}}
`

// firstMessage is an InMail to priya that a follow-up continues.
var firstMessage = outreach.Message{ID: 12, Channel: library.InMail, Recruiter: "Jordan Blake",
	Personalization: "Your Castell Pharma acquisition of Norvane Therapeutics is the kind of deal my client leads."}

func TestFollowUpGate(t *testing.T) {
	eligible := outreach.FollowUpState{Eligible: true}
	tooSoon := outreach.FollowUpState{Short: "too soon", Why: "Message 12 was sent yesterday: a follow-up can go from 3 days after it."}
	tests := []struct {
		name    string
		src     string
		fu      *FollowUp
		line    string
		credits int
		want    []string
	}{
		{"a follow-up passes, free on a seat with no credits left", followUpSrc, &FollowUp{Of: firstMessage, State: eligible}, goodLine, 0, nil},
		{"charged on a seat with none left", followUpSrc, &FollowUp{Of: firstMessage, State: eligible, Credits: 1}, goodLine, 0, []string{CodeNoCredits}},
		{"charged with one left", followUpSrc, &FollowUp{Of: firstMessage, State: eligible, Credits: 1}, goodLine, 1, nil},
		{"too soon", followUpSrc, &FollowUp{Of: firstMessage, State: tooSoon}, goodLine, 5, []string{CodeFollowUp}},
		{"the first message's line again", followUpSrc, &FollowUp{Of: firstMessage, State: eligible}, "  your castell pharma acquisition of Norvane Therapeutics is the kind of deal my client leads  ", 5, []string{CodeFollowUpLine}},
		{"a follow-up template outside a conversation", followUpSrc, nil, goodLine, 5, []string{CodeFollowUp}},
		{"an InMail template in a conversation", inmailSrc, &FollowUp{Of: firstMessage, State: eligible}, goodLine, 5, []string{CodeFollowUp}},
	}
	for _, tt := range tests {
		c := NewComposer(mustTemplate(t, tt.src), &priya, fields, personalize.Options{}).WithCredits(tt.credits)
		if tt.fu != nil {
			c = c.WithFollowUp(*tt.fu)
		}
		d := c.Compose(tt.line, nil).Decision
		if got := codes(d); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v\n%s", tt.name, got, tt.want, d)
		}
	}
}

func TestFollowUpMessage(t *testing.T) {
	now := time.Date(2026, 10, 14, 9, 0, 0, 0, time.UTC)
	recent := outreach.History{
		{MessageID: 12, Recruiter: "Jordan Blake", SentAt: now.Add(-8 * 24 * time.Hour), Channel: library.InMail},
		{MessageID: 7, Recruiter: "Sam Reyes", SentAt: now.Add(-20 * 24 * time.Hour), Channel: library.Connection},
	}
	c := NewComposer(mustTemplate(t, followUpSrc), &priya, fields, personalize.Options{})
	c.Contacts = Contacts{Recent: recent, Window: 30 * 24 * time.Hour, AsOf: now}
	c = c.WithFollowUp(FollowUp{Of: firstMessage, State: outreach.FollowUpState{Eligible: true}, Credits: 1}).WithCredits(4)
	if len(c.Contacts.Recent) != 1 || c.Contacts.Recent[0].MessageID != 7 {
		t.Errorf("the contact rule sees %+v; want only the colleague's message 7", c.Contacts.Recent)
	}
	res := c.Compose(goodLine, nil)
	if !res.Decision.Has(CodeRecontact) {
		t.Errorf("a colleague's message within the window still needs a reason: %v", codes(res.Decision))
	}
	m := c.Message(Draft{Recruiter: "Jordan Blake", Subject: "ignored", Body: res.Rendered.Body, Line: goodLine, SentAt: now, StartedAt: now})
	if m.Channel != library.FollowUp || m.FollowUpOf != 12 || m.Subject != "" || m.Credits != 1 {
		t.Errorf("the follow-up as logged: channel %s, of %d, subject %q, credits %d", m.Channel, m.FollowUpOf, m.Subject, m.Credits)
	}
}
