package demo

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
)

// TestLinesAreGroundedAndUnique: every line of a history is unique, names
// something on its candidate's saved profile, and a sample of them pass
// the validator (personalize.Check) against that profile, with the
// template's minimum and room, as the send gate would ask.
func TestLinesAreGroundedAndUnique(t *testing.T) {
	lib := builtIn(t)
	msgs, _, cands := historyWith(t, Options{Messages: 6000, Seed: 3, End: end, Library: lib})
	byID := map[string]outreach.Candidate{}
	for _, c := range cands {
		if _, dup := byID[c.ID]; dup || c.ID != outreach.CandidateID(c.Profile.ID) {
			t.Fatalf("candidate %s written twice, or with an id other than their profile URL's (%s)", c.ID, c.Profile.ID)
		}
		byID[c.ID] = c
	}
	lines := map[string]int{}
	followUps := 0
	firsts := map[string]int{} // first messages to each candidate
	for i, m := range msgs {
		if m.FollowUpOf == 0 {
			firsts[m.Candidate.ID]++
		}
		if j, dup := lines[outreach.NormalizeLine(m.Personalization)]; dup {
			t.Fatalf("messages %d and %d share the line %q", j, i, m.Personalization)
		}
		lines[outreach.NormalizeLine(m.Personalization)] = i
		if _, ok := byID[m.Candidate.ID]; !ok {
			t.Fatalf("message %d goes to %s, who is not a saved candidate", i, m.Candidate.ID)
		}
		if m.FollowUpOf != 0 {
			followUps++
		}
	}
	if followUps < len(msgs)/20 {
		t.Errorf("%d follow-ups in %d messages: want some", followUps, len(msgs))
	}
	again := 0
	for _, n := range firsts {
		if n > 1 {
			again++
		}
	}
	if again < len(cands)/10 {
		t.Errorf("%d of %d candidates contacted again: want some", again, len(cands))
	}
	lists, err := personalize.LoadLists("")
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		m := msgs[rng.IntN(len(msgs))]
		c := byID[m.Candidate.ID]
		tpl, _ := lib.Get(m.TemplateID)
		frame := library.Prepare(tpl, &c.Profile, library.Fields{Role: m.Role, Client: m.Client, Hook: m.Hook, SenderName: m.Recruiter})
		v := personalize.Check(&c.Profile, m.Personalization, personalize.Options{Lists: lists, MinWords: tpl.MinWords, MaxChars: frame.Room()})
		if !v.OK {
			t.Errorf("%s (%s) to %s: %q is refused: %+v", m.TemplateID, m.Channel, c.Profile.Name, m.Personalization, v.Failures)
		}
	}
}

// TestFollowUpsAndLevels: follow-ups follow the rule a recruiter's would
// (an InMail of theirs to the same candidate with no answer, 3 to 28 days
// before), some templates go to more than one level, and the recruiters
// asked for are in the history.
func TestFollowUpsAndLevels(t *testing.T) {
	lib := builtIn(t)
	msgs, events := history(t, Options{Messages: 8000, Seed: 9, End: end, Library: lib, Recruiters: []string{"Jordan Blake"}})
	levels := map[string]map[string]bool{}
	byRecruiter := map[string]int{}
	for i, m := range msgs {
		byRecruiter[m.Recruiter]++
		if levels[m.TemplateID] == nil {
			levels[m.TemplateID] = map[string]bool{}
		}
		levels[m.TemplateID][m.Seniority] = true
		if m.FollowUpOf == 0 {
			continue
		}
		first := msgs[m.FollowUpOf-1]
		age := m.SentAt.Sub(first.SentAt)
		switch {
		case first.Channel != library.InMail || first.FollowUpOf != 0:
			t.Fatalf("message %d follows up message %d, a %s", i+1, m.FollowUpOf, first.Channel)
		case first.Candidate.ID != m.Candidate.ID || first.Recruiter != m.Recruiter:
			t.Fatalf("message %d follows up %d of another candidate or recruiter", i+1, m.FollowUpOf)
		case age < outreach.FollowUpEarliest || age > outreach.FollowUpLatest:
			t.Fatalf("message %d follows up %d after %s", i+1, m.FollowUpOf, age)
		case len(events[m.FollowUpOf-1]) != 0:
			t.Fatalf("message %d follows up %d, which was answered: %+v", i+1, m.FollowUpOf, events[m.FollowUpOf-1])
		case m.Subject != "" || m.Credits != 0 || m.Seniority != first.Seniority || m.Client != first.Client:
			t.Fatalf("message %d: %+v", i+1, m)
		}
		if wd := m.SentAt.Weekday(); wd == time.Saturday || wd == time.Sunday || m.SentAt.Hour() < 8 || m.SentAt.Hour() >= 18 {
			t.Fatalf("follow-up %d sent %s", i+1, m.SentAt.Format(time.RFC1123))
		}
	}
	multi := 0
	for _, ls := range levels {
		if len(ls) > 1 {
			multi++
		}
	}
	if multi < 3 {
		t.Errorf("%d templates sent to more than one level: %v", multi, levels)
	}
	if byRecruiter["Jordan Blake"] < len(msgs)/len(byRecruiter)/2 {
		t.Errorf("Jordan Blake sent %d of %d messages among %d recruiters", byRecruiter["Jordan Blake"], len(msgs), len(byRecruiter))
	}
}
