package app

import (
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
)

// movingClock is a clock a test moves; the store and the session share it.
type movingClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *movingClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *movingClock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

const followUpLine = "Leading the $2.1 billion Castell Pharma acquisition of Norvane is why my client asked about you again."

func TestFollowUp(t *testing.T) {
	clk := &movingClock{t: testNow}
	db, err := store.Open(filepath.Join(t.TempDir(), "inmail.db"), store.Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	jordan := newSession(t, db, recruiter("Jordan Blake"))
	jordan.Now = clk.Now
	tpl, _ := jordan.Template("senior-associate/lateral-move")
	first, err := jordan.Send(SendRequest{Profile: readPriya(t), Template: tpl, Line: priyaLine, Role: "Senior M&A Associate", Client: "Halden & Vane", Hook: "Two days in."})
	if err != nil || !first.Logged {
		t.Fatalf("the first message: %+v, %v", first.Decision, err)
	}
	id := first.Message.ID

	// Too soon: the gate says when.
	clk.Add(24 * time.Hour)
	res, err := jordan.Send(SendRequest{FollowUp: id, Line: followUpLine})
	if err != nil || res.Logged || !res.Decision.Has(gate.CodeFollowUp) || !strings.Contains(res.Decision.String(), "can go from 3 days after it") {
		t.Fatalf("a follow-up the next day: %v, %v", res.Decision, err)
	}

	clk.Add(7 * 24 * time.Hour)
	fu, err := jordan.FollowUpOf(id)
	if err != nil || !fu.State.Eligible || !fu.State.Due || !fu.Saved || fu.Template == nil || fu.Template.ID != "senior-associate/follow-up" || fu.Credits != 0 {
		t.Fatalf("FollowUpOf: %+v, %v", fu, err)
	}
	res, err = jordan.Send(SendRequest{FollowUp: id, Line: priyaLine})
	if err != nil || res.Logged || !res.Decision.Has(gate.CodeFollowUpLine) {
		t.Errorf("the first message's line again: %v, %v", res.Decision, err)
	}
	res, err = jordan.Send(SendRequest{FollowUp: id, Line: followUpLine})
	if err != nil || !res.Logged {
		t.Fatalf("the follow-up: %v, %v", res.Decision, err)
	}
	m := res.Message
	if m.FollowUpOf != id || m.Channel != library.FollowUp || m.Subject != "" || m.Credits != 0 || m.Client != "Halden & Vane" || m.Candidate.ID != first.Message.Candidate.ID {
		t.Errorf("the follow-up as logged: %+v", m)
	}
	if !strings.Contains(m.Body, "My client, Halden & Vane,") || !strings.Contains(m.Body, followUpLine) {
		t.Errorf("the follow-up's body:\n%s", m.Body)
	}
	if res.Left != first.Left {
		t.Errorf("a free follow-up changed the credits: %d, then %d", first.Left, res.Left)
	}

	// One follow-up a conversation.
	res, err = jordan.Send(SendRequest{FollowUp: id, Line: "Your $2.1 billion Norvane Therapeutics deal for Castell Pharma keeps coming up with my client."})
	if err != nil || res.Logged || !strings.Contains(res.Decision.String(), "was already followed up") {
		t.Errorf("a second follow-up: %v, %v", res.Decision, err)
	}

	// A reply now answers the follow-up: it is recorded there, not on the
	// first message.
	_, err = jordan.RecordOutcome(OutcomeRequest{ID: id, Outcome: outreach.Replied})
	if ExitOf(err) != ExitRefused || !strings.Contains(err.Error(), "inmail outcome 2 replied") {
		t.Errorf("a reply on the first message after its follow-up: %v", err)
	}
	if _, err := jordan.RecordOutcome(OutcomeRequest{ID: id, Outcome: outreach.Replied, At: clk.Now().Add(-8 * 24 * time.Hour)}); err != nil {
		t.Errorf("a reply on the first message dated before the follow-up: %v", err)
	}
	if _, err := jordan.RecordOutcome(OutcomeRequest{ID: m.ID, Outcome: outreach.Replied}); err != nil {
		t.Errorf("a reply on the follow-up: %v", err)
	}

	// Only the sender follows up, and a follow-up template needs a
	// conversation.
	sam := newSession(t, db, recruiter("Sam Reyes"))
	sam.Now = clk.Now
	if _, err := sam.FollowUpOf(id); ExitOf(err) != ExitRefused || !strings.Contains(err.Error(), "sent by Jordan Blake") {
		t.Errorf("Sam following up Jordan's message: %v", err)
	}
	if _, err := jordan.Send(SendRequest{Profile: readPriya(t), Template: fu.Template, Line: followUpLine}); ExitOf(err) != ExitBadInput || !strings.Contains(err.Error(), "--follow-up ID") {
		t.Errorf("a follow-up template as a first message: %v", err)
	}
	other := profile.Profile{ID: "https://www.linkedin.com/in/someone-else", Name: "Someone Else"}
	if _, err := jordan.Send(SendRequest{Profile: other, FollowUp: id, Line: followUpLine}); ExitOf(err) != ExitBadInput || !strings.Contains(err.Error(), "a follow-up goes to the same person") {
		t.Errorf("a follow-up with another candidate's profile: %v", err)
	}
}

// TestFollowUpCharged: on a seat where follow-ups cost a credit, the send
// charges one and the gate wants one left.
func TestFollowUpCharged(t *testing.T) {
	clk := &movingClock{t: testNow}
	db, err := store.Open(filepath.Join(t.TempDir(), "inmail.db"), store.Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p := recruiter("Jordan Blake")
	p.Seat = outreach.Seat{Monthly: 1, Cap: 4, Refunds: true, FollowUpCredit: true}
	jordan := newSession(t, db, p)
	jordan.Now = clk.Now
	tpl, _ := jordan.Template("senior-associate/lateral-move")
	first, err := jordan.Send(SendRequest{Profile: readPriya(t), Template: tpl, Line: priyaLine})
	if err != nil || !first.Logged || first.Left != 0 {
		t.Fatalf("the first message: %+v, left %d, %v", first.Decision, first.Left, err)
	}
	clk.Add(8 * 24 * time.Hour)
	res, err := jordan.Send(SendRequest{FollowUp: first.Message.ID, Line: followUpLine})
	if err != nil || res.Logged || !res.Decision.Has(gate.CodeNoCredits) {
		t.Errorf("a charged follow-up with no credit left: %v, %v", res.Decision, err)
	}
}
