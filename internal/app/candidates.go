package app

import (
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
)

// Candidates: saving the candidate a compose or a send is for. (Bulk
// intake, inmail candidates import, moves here once issue 10's reader
// lands; MatchSaved is already the one saved-candidate matcher.)

// AddCandidate saves p as a candidate and returns it as saved: a profile
// that is a saved candidate (see MatchSaved) updates them, and a missing
// seniority is kept from the saved candidate or suggested from the
// evidence on the profile (profile.Suggest).
func (s *Session) AddCandidate(p profile.Profile) (outreach.Candidate, error) {
	var c outreach.Candidate
	err := s.Store.Use(Create, func(db *store.DB) error {
		var err error
		c, err = s.saveCandidate(db, p)
		return err
	})
	return c, err
}

// saveCandidate is AddCandidate on an open log.
func (s *Session) saveCandidate(db *store.DB, p profile.Profile) (outreach.Candidate, error) {
	c, err := s.resolveCandidate(db, p)
	if err != nil {
		return c, err
	}
	return db.PutCandidate(c.Profile)
}

// resolveCandidate is the candidate p is, as saveCandidate would store
// it, without saving it: a new candidate without a profile URL has no id
// yet.
func (s *Session) resolveCandidate(db *store.DB, p profile.Profile) (outreach.Candidate, error) {
	saved, err := db.Candidates()
	if err != nil {
		return outreach.Candidate{}, err
	}
	id, err := MatchSaved(saved, p)
	if err != nil {
		return outreach.Candidate{}, err
	}
	if id == "" {
		id = outreach.CandidateID(p.ID)
	}
	if p.Seniority == "" {
		for _, c := range saved {
			if c.ID == id {
				p.Seniority = c.Profile.Seniority
			}
		}
	}
	if p.ID == "" && id != "" {
		p.ID = id
	}
	if p.Seniority == "" && s.Library != nil {
		p.Seniority, _, _ = profile.SuggestSeniority(&p, s.Library.Levels, s.Now())
	}
	return outreach.Candidate{ID: id, Profile: p}, nil
}

// MatchSaved finds the saved candidate a profile is, by the identity rule
// (outreach.MatchCandidate): the same profile URL, or, for a profile with
// none, the same name and current company. It returns "" for someone new,
// and an EINVALID error when several saved candidates match.
func MatchSaved(saved []outreach.Candidate, p profile.Profile) (string, error) {
	c, ok, err := outreach.MatchCandidate(saved, p)
	if err != nil || !ok {
		return "", err
	}
	return c.ID, nil
}
