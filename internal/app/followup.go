package app

import (
	"cmp"
	"time"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
)

// Follow-ups: a second message in an InMail's conversation, to a candidate
// who has not answered, 3 to 28 days after it (outreach.FollowUpOf). It is
// composed for the saved candidate of the first message, with the level's
// follow-up template, and passes the same gate; a response that comes
// after it is recorded on it, not on the first message.

// FollowUp is what a follow-up of a message starts from.
type FollowUp struct {
	// First is the message followed up.
	First outreach.Message
	// Candidate is its candidate as saved; Saved is false when they were
	// removed since (a follow-up then needs their profile again).
	Candidate outreach.Candidate
	Saved     bool
	// Template is the follow-up template for the candidate's level (nil
	// when the library has none).
	Template *library.Template
	// State says whether it may be followed up now, and why not.
	State outreach.FollowUpState
	// Credits is what the follow-up charges on the person's seat.
	Credits int
}

// Gate is what the send gate needs of the follow-up.
func (f FollowUp) Gate() gate.FollowUp {
	return gate.FollowUp{Of: f.First, State: f.State, Credits: f.Credits}
}

// Fields are the role, client and hook a follow-up starts with: the first
// message's, since it continues that conversation.
func (f FollowUp) Fields() (role, client, hook string) {
	return f.First.Role, f.First.Client, f.First.Hook
}

// FollowUpOf reads message id for a follow-up now: the message, its
// candidate, the template, and whether it may be followed up.
//
// Errors: ENOTFOUND when there is no such message (or no log yet);
// EFORBIDDEN when someone else sent it (a follow-up goes in the sender's
// own conversation).
func (s *Session) FollowUpOf(id uint64) (FollowUp, error) {
	var fu FollowUp
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		fu, err = s.followUpOf(db, id, s.Now())
		return err
	})
	if noLog(err) {
		return fu, outreach.Errorf(outreach.ENOTFOUND, "no message %d: nothing has been logged in %s yet", id, s.Store.Name())
	}
	return fu, err
}

// followUpOf is FollowUpOf on an open log, as of at.
func (s *Session) followUpOf(db *store.DB, id uint64, at time.Time) (FollowUp, error) {
	var fu FollowUp
	m, err := db.Message(id)
	if err != nil {
		return fu, err
	}
	if err := s.mayRead(id, m.Recruiter); err != nil {
		return fu, err
	}
	if m.Recruiter != s.Person.Name {
		return fu, forbidden("message %d was sent by %s: a follow-up goes in their conversation on LinkedIn, so only they can send it", id, cmp.Or(m.Recruiter, "someone with no name set"))
	}
	f, err := db.Fact(id)
	if err != nil {
		return fu, err
	}
	fu = FollowUp{First: m, State: outreach.FollowUpOf(f, at), Credits: s.Person.Seat.FollowUpCredits()}
	switch c, err := db.Candidate(m.Candidate.ID); {
	case err == nil:
		fu.Candidate, fu.Saved = c, true
	case outreach.ErrorCode(err) == outreach.ENOTFOUND:
		fu.Candidate = outreach.Candidate{ID: m.Candidate.ID}
		fu.Candidate.Profile.Name = m.Candidate.Name
	default:
		return fu, err
	}
	if s.Library != nil {
		fu.Template, _ = s.Library.FollowUpFor(cmp.Or(fu.Candidate.Profile.Seniority, m.Seniority))
	}
	return fu, nil
}

// followedUpBefore refuses a response recorded on a message dated at or
// after its follow-up's send: in that conversation the response answers
// the follow-up, and is recorded there, so that reports can tell the
// first message's response from the follow-up's.
func followedUpBefore(db *store.DB, id uint64, o outreach.Outcome, at time.Time) error {
	if !o.IsResponse() {
		return nil
	}
	fuID, ok, err := db.FollowUpOf(id)
	if err != nil || !ok {
		return err
	}
	fu, err := db.Entry(fuID)
	if err != nil || fu.Status == outreach.StatusWithdrawn || at.Before(fu.SentAt) {
		return err
	}
	return outreach.Errorf(outreach.ECONFLICT, "message %d was followed up (message %d, %s); a response after that is recorded on the follow-up: inmail outcome %d %s",
		id, fuID, fu.SentAt.Format("Mon 2 Jan 15:04"), fuID, o)
}

// followUpCandidate is the candidate a send goes to: for a first message
// (fu nil) the profile as given, matched to a saved candidate; for a
// follow-up, the first message's candidate as saved, or the profile given
// when it is the same person.
//
// Errors: EINVALID when the profile given is someone else, or the
// candidate of the message followed up is no longer saved and no profile
// was given.
func (s *Session) followUpCandidate(db *store.DB, p profile.Profile, fu *FollowUp) (outreach.Candidate, error) {
	if fu == nil {
		return s.resolveCandidate(db, p)
	}
	if p.Name == "" && p.ID == "" && p.Text == "" {
		if !fu.Saved {
			return fu.Candidate, outreach.Errorf(outreach.EINVALID, "%s, whom message %d went to, is no longer a saved candidate: give their profile with --profile", fu.First.Candidate.Name, fu.First.ID)
		}
		return fu.Candidate, nil
	}
	c, err := s.resolveCandidate(db, p)
	if err != nil {
		return c, err
	}
	if outreach.CandidateID(c.ID) != outreach.CandidateID(fu.First.Candidate.ID) {
		return c, outreach.Errorf(outreach.EINVALID, "the profile is %s, but message %d went to %s: a follow-up goes to the same person", c.Profile.Name, fu.First.ID, fu.First.Candidate.Name)
	}
	return c, nil
}
