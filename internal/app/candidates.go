package app

import (
	"context"
	"fmt"
	"strings"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
)

// Candidates: the saved candidates, and saving the candidate a compose or
// a send is for. MatchSaved is the one saved-candidate matcher; bulk
// intake (inmail candidates import) is in intake.go.

// CandidatePages calls fn with the saved candidates' summaries n at a
// time, most recently used or added first (see store.DB.CandidatePage),
// with how many are saved, until they are all read or fn fails; a log not
// made yet has none, and fn is not called.
func (s *Session) CandidatePages(n int, fn func(page []outreach.CandidateSummary, total int) error) error {
	err := s.Store.Use(Read, func(db *store.DB) error {
		after := outreach.CandidateCursor{}
		for {
			page, total, err := db.CandidatePage(after, n)
			if err != nil || len(page) == 0 {
				return err
			}
			if err := fn(page, total); err != nil {
				return err
			}
			after = page[len(page)-1].Cursor()
		}
	})
	if noLog(err) {
		return nil
	}
	return err
}

// CandidatePage is store.DB.CandidatePage: n saved candidates after the
// place after, and how many are saved; a log not made yet has none.
func (s *Session) CandidatePage(after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, int, error) {
	var (
		cs    []outreach.CandidateSummary
		total int
	)
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		cs, total, err = db.CandidatePage(after, n)
		return err
	})
	if noLog(err) {
		return nil, 0, nil
	}
	return cs, total, err
}

// SearchCandidates is store.DB.SearchCandidates: the first n saved
// candidates after the place after that the candidate list's filter query
// matches, and whether more do; a log not made yet has none.
func (s *Session) SearchCandidates(ctx context.Context, query string, labels map[string]string, after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, bool, error) {
	var (
		cs   []outreach.CandidateSummary
		more bool
	)
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		cs, more, err = db.SearchCandidates(ctx, query, labels, after, n)
		return err
	})
	if noLog(err) {
		return nil, false, nil
	}
	return cs, more, err
}

// Candidates lists the saved candidates, most recently used or added
// first; a log not made yet has none.
func (s *Session) Candidates() ([]outreach.Candidate, error) {
	var cs []outreach.Candidate
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		cs, err = db.Candidates()
		return err
	})
	if noLog(err) {
		return nil, nil
	}
	return cs, err
}

// CandidatesFor returns the saved candidates the profiles may be by the
// identity rule (store.DB.CandidatesFor), without reading every one; a
// log not made yet has none.
func (s *Session) CandidatesFor(ps []profile.Profile) ([]outreach.Candidate, error) {
	var cs []outreach.Candidate
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		cs, err = db.CandidatesFor(ps)
		return err
	})
	if noLog(err) {
		return nil, nil
	}
	return cs, err
}

// FindCandidate finds a saved candidate by id, profile URL (in any
// spelling) or, failing those, a name only one saved candidate has.
//
// Errors: ENOTFOUND for no such candidate; bad input when there are no
// saved candidates yet or several have the name.
func (s *Session) FindCandidate(arg string) (outreach.Candidate, error) {
	var c outreach.Candidate
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		c, err = findCandidate(db, arg)
		return err
	})
	if noLog(err) {
		return c, BadInput(fmt.Errorf("no saved candidate %q: there are no saved candidates yet", arg))
	}
	return c, err
}

// RemoveCandidate removes the saved candidate arg names (as FindCandidate
// finds them) and their draft, and returns them as they were. Messages
// sent to them stay in the log.
func (s *Session) RemoveCandidate(arg string) (outreach.Candidate, error) {
	var c outreach.Candidate
	err := s.Store.Use(Write, func(db *store.DB) error {
		var err error
		if c, err = findCandidate(db, arg); err != nil {
			return err
		}
		return db.DeleteCandidate(c.ID)
	})
	if noLog(err) {
		// Nothing to remove, and no log to make for it.
		return c, outreach.Errorf(outreach.ENOTFOUND, "no saved candidate %q: there are no saved candidates yet", arg)
	}
	return c, err
}

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
	saved, err := db.CandidatesFor([]profile.Profile{p})
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

// findCandidate finds a saved candidate by id, profile URL or, failing
// those, a name only one saved candidate has.
func findCandidate(db *store.DB, arg string) (outreach.Candidate, error) {
	c, err := db.Candidate(arg)
	if outreach.ErrorCode(err) != outreach.ENOTFOUND {
		return c, err
	}
	cs, lerr := db.CandidatesFor([]profile.Profile{{Name: arg}})
	if lerr != nil {
		return c, lerr
	}
	var named []outreach.Candidate
	for _, x := range cs {
		if outreach.NameKey(x.Profile.Name) == outreach.NameKey(arg) {
			named = append(named, x)
		}
	}
	switch len(named) {
	case 0:
		return c, err
	case 1:
		return named[0], nil
	}
	ids := make([]string, len(named))
	for i, x := range named {
		ids[i] = x.ID
	}
	list := strings.Join(ids, ", ")
	if len(ids) > 5 {
		// A team's log can hold dozens of namesakes: a few, and where the rest are.
		list = fmt.Sprintf("%s and %d more (inmail candidates list shows every id)", strings.Join(ids[:5], ", "), len(ids)-5)
	}
	return c, BadInput(fmt.Errorf("%d saved candidates are named %s; name one by id: %s", len(named), arg, list))
}
