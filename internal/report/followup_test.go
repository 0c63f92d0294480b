package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// followUpLog is three InMails of template A, each with the follow-up the
// store would have linked to it, worked out by hand below.
func followUpLog(t *testing.T, charged bool) ([]outreach.Fact, outreach.Dict) {
	t.Helper()
	var dict outreach.Dict
	var facts []outreach.Fact
	id := uint64(0)
	pair := func(sent, fuAt time.Time, fuOut outreach.OutcomeTimes) {
		id++
		m := outreach.Message{ID: id, Recruiter: "Jordan Blake", TemplateID: tA, Seniority: "associate", Channel: library.InMail, SentAt: sent, Credits: 1, Personalization: "xxxx"}
		first := outreach.FactFrom(m, outreach.OutcomeTimes{}, dict.Intern(m))
		if fuAt.IsZero() {
			facts = append(facts, first)
			return
		}
		id++
		fu := m
		fu.ID, fu.Channel, fu.FollowUpOf, fu.SentAt, fu.TemplateID, fu.Credits = id, library.FollowUp, m.ID, fuAt, "associate/follow-up", 0
		if charged {
			fu.Credits = 1
		}
		ff := outreach.FactFrom(fu, fuOut, dict.Intern(fu))
		facts = append(facts, first.WithFollowUp(ff, true), ff)
	}
	// 1: followed up at day 8, answered 2 days later: responded after it.
	s1 := now.Add(-20 * day)
	pair(s1, s1.Add(8*day), outreach.OutcomeTimes{Replied: s1.Add(10 * day)})
	// 2: followed up at day 5, answered 8 days later: decided, not within 7.
	s2 := now.Add(-20 * day)
	pair(s2, s2.Add(5*day), outreach.OutcomeTimes{Declined: s2.Add(13 * day)})
	// 3: followed up 3 days ago: its window is open.
	s3 := now.Add(-10 * day)
	pair(s3, s3.Add(7*day), outreach.OutcomeTimes{})
	// 4: never followed up.
	pair(now.Add(-12*day), time.Time{}, outreach.OutcomeTimes{})
	return facts, dict
}

func TestFollowUpsInReports(t *testing.T) {
	facts, dict := followUpLog(t, false)
	r := Build(Query{Now: now, By: []Dimension{ByTemplate}, Seat: recruiterSeat}, dict, slices.Values(facts))
	if len(r.Groups) != 1 || r.Groups[0].Key.Template != tA {
		t.Fatalf("groups %+v; want one, the first messages' template (follow-ups count with them)", r.Groups)
	}
	m := r.Total
	if m.Sent != 4 || m.Decided != 4 || m.NoResponse != 4 || m.Responded != 0 {
		t.Errorf("the first messages: sent %d, decided %d, no response %d, responded %d; want 4, 4, 4, 0", m.Sent, m.Decided, m.NoResponse, m.Responded)
	}
	if m.FollowedUp != 3 || m.FollowUpDecided != 2 || m.AfterFollowUp != 1 || m.AfterFollowUpRate() != (Rate{1, 2}) {
		t.Errorf("follow-ups: followed %d, decided %d, after %d; want 3, 2, 1", m.FollowedUp, m.FollowUpDecided, m.AfterFollowUp)
	}
	if m.CreditsSpent != 4 || m.CreditsReturned != 0 {
		t.Errorf("free follow-ups: credits %d spent, %d back; want 4, 0", m.CreditsSpent, m.CreditsReturned)
	}

	// As of 15 days ago, only the first two were followed up, and neither
	// follow-up's window had closed.
	past := Build(Query{Now: now.Add(-11 * day)}, dict, slices.Values(facts))
	if p := past.Total; p.FollowedUp != 2 || p.FollowUpDecided != 0 || p.AfterFollowUp != 0 {
		t.Errorf("as of 11 days ago: followed %d, decided %d, after %d; want 2, 0, 0", p.FollowedUp, p.FollowUpDecided, p.AfterFollowUp)
	}

	// Charged follow-ups add their credits, and the answered ones come back.
	facts, dict = followUpLog(t, true)
	c := Build(Query{Now: now, Seat: recruiterSeat}, dict, slices.Values(facts)).Total
	if c.CreditsSpent != 7 || c.CreditsReturned != 2 {
		t.Errorf("charged follow-ups: credits %d spent, %d back; want 7, 2", c.CreditsSpent, c.CreditsReturned)
	}

	var b bytes.Buffer
	if err := r.Write(&b, Table, Options{Width: 80}); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	if !strings.Contains(out, "AFTER FU") || !strings.Contains(out, "50.0%") || !strings.Contains(out, "3 messages followed up; after the follow-up (AFTER FU), 1 of the 2") {
		t.Errorf("the table at 80 columns:\n%s", out)
	}
}
