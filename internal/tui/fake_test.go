package tui

import (
	"errors"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// fakeStore is an in-memory log with every method of Store, for the root's
// tests. It keeps no outcome events, so a tracker opened on it lists its
// messages without outcomes (the tracker's own tests cover the rows).
type fakeStore struct {
	cands  []outreach.Candidate
	drafts []outreach.Draft
	sent   []outreach.Message
	keys   map[string]uint64
}

// The fake keeps satisfying Store: a screen's new store method goes here.
var _ Store = (*fakeStore)(nil)

func (f *fakeStore) Candidates() ([]outreach.Candidate, error) { return f.cands, nil }
func (f *fakeStore) Drafts() ([]outreach.Draft, error)         { return f.drafts, nil }
func (f *fakeStore) PutCandidate(p profile.Profile) (outreach.Candidate, error) {
	c := outreach.Candidate{ID: outreach.CandidateID(p.ID), Profile: p}
	f.cands = append([]outreach.Candidate{c}, f.cands...)
	return c, nil
}
func (f *fakeStore) DeleteCandidate(id string) error {
	for i, c := range f.cands {
		if c.ID == id {
			f.cands = append(f.cands[:i], f.cands[i+1:]...)
		}
	}
	return nil
}
func (f *fakeStore) ForEachFact(fn func(outreach.Fact) bool) error { return nil }
func (f *fakeStore) Dict() (outreach.Dict, error)                  { return outreach.Dict{}, nil }
func (f *fakeStore) Draft(id string) (outreach.Draft, error) {
	for _, d := range f.drafts {
		if d.CandidateID == id {
			return d, nil
		}
	}
	return outreach.Draft{}, outreach.Errorf(outreach.ENOTFOUND, "no draft")
}
func (f *fakeStore) SaveDraft(d outreach.Draft) error {
	for i, x := range f.drafts {
		if x.CandidateID == d.CandidateID {
			f.drafts[i] = d
			return nil
		}
	}
	f.drafts = append(f.drafts, d)
	return nil
}
func (f *fakeStore) Send(m outreach.Message, key string) (uint64, bool, error) {
	if id, ok := f.keys[key]; ok {
		return id, false, nil
	}
	if f.keys == nil {
		f.keys = map[string]uint64{}
	}
	m.ID = uint64(len(f.sent) + 1)
	f.sent = append(f.sent, m)
	f.keys[key] = m.ID
	for i, d := range f.drafts {
		if d.CandidateID == m.Candidate.ID {
			f.drafts = append(f.drafts[:i], f.drafts[i+1:]...)
			break
		}
	}
	return m.ID, true, nil
}
func (f *fakeStore) LineUses(string) ([]outreach.PriorLine, error) { return nil, nil }
func (f *fakeStore) Candidate(id string) (outreach.Candidate, error) {
	for _, c := range f.cands {
		if c.ID == id {
			return c, nil
		}
	}
	return outreach.Candidate{}, outreach.Errorf(outreach.ENOTFOUND, "no candidate %s", id)
}
func (f *fakeStore) LatestDraft() (outreach.Draft, error) {
	if len(f.drafts) == 0 {
		return outreach.Draft{}, outreach.Errorf(outreach.ENOTFOUND, "no drafts")
	}
	return f.drafts[0], nil
}

// The tracker's methods.

func (f *fakeStore) PriorLines() ([]outreach.PriorLine, error) { return nil, nil }

func (f *fakeStore) Message(id uint64) (outreach.Message, error) {
	for _, m := range f.sent {
		if m.ID == id {
			return m, nil
		}
	}
	return outreach.Message{}, outreach.Errorf(outreach.ENOTFOUND, "no message %d", id)
}

func (f *fakeStore) Entry(id uint64) (outreach.Entry, error) {
	m, err := f.Message(id)
	return outreach.NewEntry(m, nil, m.SentAt), err
}

func (f *fakeStore) AppendEvent(outreach.Event) (outreach.Event, error) {
	return outreach.Event{}, errors.New("the fake log records no events")
}
