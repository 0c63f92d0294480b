package tui

import (
	"context"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/termsafe"
)

// showStore is the log as the screens see it: every string read from it
// (names, profiles, messages, drafts, the dictionary's names) has its
// control characters made visible with termsafe.Show, before any screen
// lays it out, so a name holding an escape sequence is as wide as it is
// drawn. (The frame is shown again as a whole in View, which catches
// anything else.) Writes go through as they are.
type showStore struct{ Store }

// shown returns v with its strings shown, and err.
func shown[T any](v T, err error) (T, error) {
	termsafe.ShowAll(&v)
	return v, err
}

func (s showStore) CandidatesFor(ps []profile.Profile) ([]outreach.Candidate, error) {
	return shown(s.Store.CandidatesFor(ps))
}

func (s showStore) CandidatePage(after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, int, error) {
	cs, total, err := s.Store.CandidatePage(after, n)
	cs, err = shown(cs, err)
	return cs, total, err
}

func (s showStore) SearchCandidates(ctx context.Context, query string, labels map[string]string, after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, bool, error) {
	cs, more, err := s.Store.SearchCandidates(ctx, query, labels, after, n)
	cs, err = shown(cs, err)
	return cs, more, err
}

func (s showStore) Candidate(id string) (outreach.Candidate, error) {
	return shown(s.Store.Candidate(id))
}

func (s showStore) Drafts() ([]outreach.Draft, error) { return shown(s.Store.Drafts()) }

func (s showStore) Draft(candidateID string) (outreach.Draft, error) {
	return shown(s.Store.Draft(candidateID))
}

func (s showStore) LatestDraft() (outreach.Draft, error) { return shown(s.Store.LatestDraft()) }

func (s showStore) LineUses(line string) ([]outreach.PriorLine, error) {
	return shown(s.Store.LineUses(line))
}

func (s showStore) PriorLines() ([]outreach.PriorLine, error) { return shown(s.Store.PriorLines()) }

func (s showStore) Message(id uint64) (outreach.Message, error) { return shown(s.Store.Message(id)) }

func (s showStore) Entry(id uint64) (outreach.Entry, error) { return shown(s.Store.Entry(id)) }

func (s showStore) Dict() (outreach.Dict, error) { return shown(s.Store.Dict()) }
