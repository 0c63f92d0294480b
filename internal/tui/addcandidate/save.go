package addcandidate

import (
	"errors"
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// savedMsg is the candidate as stored.
type savedMsg struct {
	c   outreach.Candidate
	err error
}

// matchedMsg says whether the profile about to be saved is a saved
// candidate (outreach.MatchCandidate: the same profile URL, or with none
// the same name and current company), and what saving it would change.
type matchedMsg struct {
	p       profile.Profile
	saved   outreach.Candidate
	ok      bool
	changes []profile.Change
	err     error
}

// match finds the saved candidate p is, in a command.
func match(s Store, p profile.Profile) tea.Cmd {
	return func() tea.Msg {
		all, err := s.CandidatesFor([]profile.Profile{p})
		if err != nil {
			return matchedMsg{err: err}
		}
		c, ok, err := outreach.MatchCandidate(all, p)
		if err != nil || !ok {
			return matchedMsg{p: p, err: err}
		}
		if p.ID == "" {
			p.ID = c.Profile.ID
		}
		return matchedMsg{p: p, saved: c, ok: true, changes: profile.Diff(c.Profile, p)}
	}
}

// save stores p in a command. oldID is the id of a candidate being moved
// to the URL now given ("" for none): their draft moves with them and the
// old id is removed.
func save(s Store, p profile.Profile, oldID string) tea.Cmd {
	return func() tea.Msg {
		c, err := s.PutCandidate(p)
		if err != nil || oldID == "" {
			return savedMsg{c: c, err: err}
		}
		// The draft goes with them: deleting the old id deletes it.
		switch d, err := s.Draft(oldID); {
		case err == nil:
			d.CandidateID = c.ID
			if err := s.SaveDraft(d); err != nil {
				return savedMsg{c: c, err: err}
			}
		case outreach.ErrorCode(err) != outreach.ENOTFOUND:
			return savedMsg{c: c, err: err}
		}
		return savedMsg{c: c, err: s.DeleteCandidate(oldID)}
	}
}

// validate says what stops the form from being saved: a field the form
// needs, then what stops any profile from being a candidate
// (profile.Validate, as for a file or a paste on the command line).
func (m *Model) validate(p profile.Profile) error {
	if p.Name == "" {
		return errors.New("the name is missing: type it in")
	}
	if u := strings.TrimSpace(m.inputs[fieldURL].Value()); u != "" && outreach.NormalizeProfileURL(u) == "" {
		return fmt.Errorf("%q is not a profile URL: copy it from the browser's address bar, or leave it empty", u)
	}
	return p.Validate(m.levels)
}

// startSave saves the form: a correction at once, a new profile after
// finding whether it is someone already saved.
func (m *Model) startSave() tea.Cmd {
	p := m.Profile()
	if err := m.validate(p); err != nil {
		m.err = err.Error()
		return nil
	}
	m.err, m.saving = "", true
	m.setKeys()
	if m.editing == nil {
		return match(m.store, p)
	}
	oldID := ""
	if outreach.CandidateID(p.ID) != m.editing.ID {
		oldID = m.editing.ID
	}
	return save(m.store, p, oldID)
}

// matched goes on with a save once the saved candidates are searched: a
// new person is saved; an update that changes something is shown and
// asked about; one that changes nothing opens the saved candidate.
func (m *Model) matched(msg matchedMsg) tea.Cmd {
	switch {
	case msg.err != nil:
		m.saving = false
		m.setKeys()
		m.err = errorText(msg.err)
		return nil
	case !msg.ok:
		return save(m.store, msg.p, "")
	case len(msg.changes) == 0:
		c := msg.saved
		return func() tea.Msg { return savedMsg{c: c} }
	}
	m.saving = false
	m.confirm = &msg
	m.step = stepConfirm
	m.setKeys()
	return nil
}

// confirmed answers the question about an update: yes saves it over the
// saved candidate; no saves the profile as a new candidate, which a
// profile with the saved candidate's URL cannot be.
func (m *Model) confirmed(update bool) tea.Cmd {
	c := m.confirm
	if c == nil {
		return nil
	}
	p := c.p
	if !update {
		if !m.canSaveAsNew() {
			return nil
		}
		p.ID = ""
	}
	m.confirm = nil
	m.step = stepReview
	m.saving = true
	m.setKeys()
	return save(m.store, p, "")
}

// canSaveAsNew reports whether the profile being confirmed can be a new
// candidate: not when its URL is the saved candidate's.
func (m *Model) canSaveAsNew() bool {
	return m.confirm != nil && outreach.CandidateID(m.inputs[fieldURL].Value()) == ""
}

// errorText is an error as the banner shows it.
func errorText(err error) string {
	if s := outreach.ErrorMessage(err); s != "" && outreach.ErrorCode(err) != "" {
		return s
	}
	return err.Error()
}
