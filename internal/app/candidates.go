package app

import (
	"strings"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
)

// Candidates: saving the candidate a compose or a send is for. (Bulk
// intake, inmail candidates import, moves here once issue 10's reader
// lands; MatchSaved is already the one saved-candidate matcher.)

// AddCandidate saves p as a candidate and returns it as saved: a profile
// without an id updates the one saved candidate with its name (see
// MatchSaved), and a missing seniority is kept from the saved candidate or
// suggested from the profile's years.
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
	return db.PutCandidate(p)
}

// MatchSaved finds the saved candidate a profile without an id is: the one
// saved candidate with the same name (outreach.NameKey), so that saving a
// pasted profile twice does not make two candidates. It returns "" when
// there is none, and an EINVALID error when several saved candidates have
// the name.
func MatchSaved(saved []outreach.Candidate, p profile.Profile) (string, error) {
	if outreach.CandidateID(p.ID) != "" {
		return "", nil
	}
	name := outreach.NameKey(p.Name)
	if name == "" {
		return "", nil
	}
	var ids []string
	for _, c := range saved {
		if outreach.NameKey(c.Profile.Name) == name {
			ids = append(ids, c.ID)
		}
	}
	switch len(ids) {
	case 0:
		return "", nil
	case 1:
		return ids[0], nil
	}
	return "", outreach.Errorf(outreach.EINVALID, "%d saved candidates are named %s (%s); give the profile an \"id\" with their profile URL",
		len(ids), p.Name, strings.Join(ids, ", "))
}
