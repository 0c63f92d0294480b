package tui

import (
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/candidates"
)

// Store is everything the screens read and write in the log. It is the
// union of each screen's own Store interface, so a screen added later
// embeds its interface here and *store.DB keeps satisfying it.
type Store interface {
	candidates.Store
	// PutCandidate saves a profile; the start-up path uses it for
	// inmail compose --profile FILE.
	PutCandidate(p profile.Profile) (outreach.Candidate, error)
	// Candidate returns a saved candidate, to restore a draft.
	Candidate(id string) (outreach.Candidate, error)
	// LatestDraft returns the most recently saved draft (ENOTFOUND: none).
	LatestDraft() (outreach.Draft, error)
}

// Deps are the root model's dependencies; internal/cli builds them.
type Deps struct {
	// Store is the log.
	Store Store
	// Library is the template library; Problems are the template files
	// that were skipped, shown once in the banner.
	Library  *library.Library
	Problems []library.Problem
	// Now is the clock (status bar, timing hint, "3 days ago").
	Now func() time.Time
	// Getenv reads the environment ($EDITOR).
	Getenv func(string) string
	// Recruiter is the name in the status bar ("" hides it).
	Recruiter string
	// Credits works out the seat's InMail credits left this month; nil
	// leaves them out of the status bar.
	Credits func() (int, error)
	// Start is a profile to start composing for (inmail compose --profile
	// FILE); nil starts at the candidate list.
	Start *profile.Profile
	// Theme forces "light" or "dark" styles; "" asks the terminal.
	Theme string
}

func (d *Deps) defaults() {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.Getenv == nil {
		d.Getenv = func(string) string { return "" }
	}
	if d.Library == nil {
		d.Library, _ = library.Load()
	}
}
