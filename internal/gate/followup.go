package gate

import (
	"fmt"
	"strings"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// Follow-ups pass the same gate as a first message (the personalization
// line, the voice, the limits, placeholders, reuse) and these rules of
// their own: a follow-up template goes only in a conversation, and a
// conversation takes only a follow-up template; the message followed up
// must allow one now (outreach.FollowUpOf: an InMail with no response, 3
// to 28 days old, not followed up yet); the line says something the first
// message did not; and on a seat where follow-ups cost a credit, one must
// be left.

// More reason codes.
const (
	// CodeFollowUp: the message cannot be followed up now, or the template
	// does not fit (a follow-up template outside a conversation, or another
	// template in one).
	CodeFollowUp = "follow-up"
	// CodeFollowUpLine: the follow-up's line is the one the first message
	// sent.
	CodeFollowUpLine = "follow-up-line"
)

// FollowUp is what a follow-up's compose knows of the message it follows
// up.
type FollowUp struct {
	// Of is the message followed up.
	Of outreach.Message
	// State says whether it may be followed up at the moment of the send.
	State outreach.FollowUpState
	// Credits is what the follow-up charges: the seat's FollowUpCredits.
	Credits int
}

// followUpReasons adds the follow-up rules to d's reasons through add.
func followUpReasons(in Input, line string, add func(code, short, format string, args ...any)) {
	ch := in.Template.Channel
	fu := in.FollowUp
	switch {
	case fu == nil && ch == library.FollowUp:
		add(CodeFollowUp, "a follow-up goes in a conversation",
			"%s is a follow-up template: send it as the follow-up of an InMail (f in the tracker, or inmail send --follow-up ID).", in.Template.ID)
		return
	case fu == nil:
		return
	case ch != library.FollowUp:
		add(CodeFollowUp, "pick a follow-up template",
			"%s is %s template; a follow-up of message %d needs a follow-up template (channel followup).", in.Template.ID, article(ch), fu.Of.ID)
	}
	if !fu.State.Eligible {
		add(CodeFollowUp, "cannot follow up: "+fu.State.Short, "%s", fu.State.Why)
	}
	if line != "" && outreach.NormalizeLine(line) == outreach.NormalizeLine(fu.Of.Personalization) {
		add(CodeFollowUpLine, "say something the first message did not",
			"The personalization line is the one message %d already sent: a follow-up names something else on their profile.", fu.Of.ID)
	}
}

// followUpCredits is the credit check for a follow-up on a seat where it
// costs one.
func followUpCredits(in Input, add func(code, short, format string, args ...any)) {
	if in.FollowUp == nil || in.FollowUp.Credits < 1 || in.CreditsLeft >= 1 {
		return
	}
	add(CodeNoCredits, "no InMail credits left",
		"No InMail credits left this month (%d), and a follow-up costs one on this seat. Wait for next month's allotment, or set seat.follow_up_credit: false if LinkedIn does not charge you for follow-ups.", in.CreditsLeft)
}

// article names a channel with its article: "an InMail", "a connection
// note", "a follow-up".
func article(ch library.Channel) string {
	l := ch.Label()
	if strings.HasPrefix(l, "I") {
		return "an " + l
	}
	return fmt.Sprintf("a %s", l)
}

// WithFollowUp returns a copy of c that follows up fu.Of: the gate checks
// the follow-up rules, the message logged names it, and the contact rule
// leaves out the conversation it continues (set Contacts first).
func (c *Composer) WithFollowUp(fu FollowUp) *Composer {
	n := *c
	n.FollowUp = &fu
	var recent outreach.History
	for _, ct := range c.Contacts.Recent {
		if ct.MessageID != fu.Of.ID {
			recent = append(recent, ct)
		}
	}
	n.Contacts.Recent = recent
	return &n
}
