package app

import (
	"time"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// The contact rule and the candidates' history: who on the team messaged
// a candidate, when, and where it stands. A message withdrawn (never sent
// on LinkedIn) is no contact.

// recontactWindow is the session's contact window.
func (s *Session) recontactWindow() time.Duration {
	if s.RecontactWindow == 0 {
		return outreach.RecontactWindow
	}
	return s.RecontactWindow
}

// history is every contact with the candidate, newest first. A candidate
// not saved yet (no id) has none: an empty id would filter nothing.
func history(db *store.DB, candidateID string) (outreach.History, error) {
	if candidateID == "" {
		return nil, nil
	}
	es, err := db.Entries(outreach.Filter{CandidateID: candidateID})
	if err != nil {
		return nil, err
	}
	h := make(outreach.History, 0, len(es))
	for _, e := range es {
		if e.Status != outreach.StatusWithdrawn {
			h = append(h, outreach.ContactOf(e))
		}
	}
	return h, nil
}

// recentContacts are the contacts within the window before at; none when
// the session has no contact rule.
func (s *Session) recentContacts(db *store.DB, candidateID string, at time.Time) (outreach.History, error) {
	if s.recontactWindow() < 0 {
		return nil, nil
	}
	h, err := history(db, candidateID)
	if err != nil {
		return nil, err
	}
	return h.Within(s.recontactWindow(), at), nil
}

// contacts is the contact rule for a compose to the candidate at at.
func (s *Session) contacts(db *store.DB, candidateID string, at time.Time) (gate.Contacts, error) {
	recent, err := s.recentContacts(db, candidateID, at)
	return gate.Contacts{Recent: recent, Window: s.recontactWindow(), AsOf: at}, err
}

// Contacts is the contact rule for a compose to the candidate now, for
// the composer's Composer.
func (s *Session) Contacts(db *store.DB, candidateID string) (gate.Contacts, error) {
	return s.contacts(db, candidateID, s.Now())
}

// History is every contact with each of the candidates, newest first,
// for the candidate list ("messaged 2× · last 3 days ago by Sam ·
// awaiting"). A log that does not exist yet has none.
func (s *Session) History(candidateIDs []string) (map[string]outreach.History, error) {
	out := make(map[string]outreach.History, len(candidateIDs))
	err := s.Store.Use(Read, func(db *store.DB) error {
		for _, id := range candidateIDs {
			h, err := history(db, id)
			if err != nil {
				return err
			}
			if len(h) > 0 {
				out[id] = h
			}
		}
		return nil
	})
	if noLog(err) {
		return out, nil
	}
	return out, err
}
