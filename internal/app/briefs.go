package app

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// Briefs: the searches messages are sent for (outreach.Brief). The log
// makes them as messages are sent; these use cases list them, find one by
// number or name, archive one, and pick the one a compose starts from.
// Briefs are the team's: everyone sees every brief, with who made it; the
// one who made a brief, a lead or an admin may archive it.

// Briefs returns the open briefs (all: the archived ones too, after
// them), the person's most recently used first, then the team's most
// recently used.
//
// Errors: the store's; a log that does not exist yet has no briefs.
func (s *Session) Briefs(all bool) ([]outreach.Brief, error) {
	var out []outreach.Brief
	err := s.Store.Use(Read, func(db *store.DB) error {
		bs, err := db.Briefs()
		for _, b := range bs {
			if all || !b.Archived() {
				out = append(out, b)
			}
		}
		return err
	})
	if err != nil && !noLog(err) {
		return nil, err
	}
	SortBriefs(out, s.Person.Name)
	return out, nil
}

// SortBriefs orders briefs as a list offers them: open before archived;
// then those person used, most recent first; then the rest by their last
// use by anyone, most recent first; newest first among the unused.
func SortBriefs(bs []outreach.Brief, person string) {
	slices.SortStableFunc(bs, func(a, b outreach.Brief) int {
		if a.Archived() != b.Archived() {
			if a.Archived() {
				return 1
			}
			return -1
		}
		am, bm := a.LastUsed[person], b.LastUsed[person]
		if c := bm.Compare(am); c != 0 {
			return c
		}
		au, _ := a.UsedAt()
		bu, _ := b.UsedAt()
		if c := bu.Compare(au); c != 0 {
			return c
		}
		return b.CreatedAt.Compare(a.CreatedAt)
	})
}

// LastBrief is the open brief the person last sent a message with; ok is
// false when they have none (a new compose then starts from the
// defaults).
//
// Errors: as Briefs.
func (s *Session) LastBrief() (b outreach.Brief, ok bool, err error) {
	bs, err := s.Briefs(false)
	if err != nil || len(bs) == 0 || bs[0].LastUsed[s.Person.Name].IsZero() {
		return outreach.Brief{}, false, err
	}
	return bs[0], true, nil
}

// FindBrief finds a brief by its number ("3") or its name, in any case
// and spacing; archived briefs are found too.
//
// Errors: ENOTFOUND naming the open briefs when none matches.
func (s *Session) FindBrief(arg string) (outreach.Brief, error) {
	bs, err := s.Briefs(true)
	if err != nil {
		return outreach.Brief{}, err
	}
	want := outreach.NameKey(strings.TrimPrefix(strings.TrimSpace(arg), "#"))
	id, numErr := strconv.ParseUint(want, 10, 64)
	for _, b := range bs {
		if (numErr == nil && b.ID == id) || outreach.NameKey(b.Name) == want {
			return b, nil
		}
	}
	var open []string
	for _, b := range bs {
		if !b.Archived() {
			open = append(open, strconv.Quote(b.Name))
		}
	}
	if len(open) == 0 {
		return outreach.Brief{}, outreach.Errorf(outreach.ENOTFOUND, "no brief %q: none is saved yet; a send with --role and --client starts one", arg)
	}
	if len(open) > 5 {
		open = append(open[:5], "…")
	}
	return outreach.Brief{}, outreach.Errorf(outreach.ENOTFOUND, "no brief %q; open briefs: %s (inmail briefs list shows their numbers)", arg, strings.Join(open, ", "))
}

// ArchiveBrief archives the brief arg names (see FindBrief): the search is
// over, the brief is no longer offered, and the next send with its role
// and client starts a new one. Archiving it again changes nothing.
//
// Errors: as FindBrief; EFORBIDDEN when a recruiter archives a colleague's
// brief (the one who made it, a lead or an admin may).
func (s *Session) ArchiveBrief(arg string) (outreach.Brief, error) {
	b, err := s.FindBrief(arg)
	if err != nil {
		return b, err
	}
	if !s.Person.Role.SeesTeam() && b.CreatedBy != s.Person.Name {
		return b, forbidden("%s; brief %d was made by %s, who may archive it (so may a lead)", s.role(), b.ID, b.CreatedBy)
	}
	if b.Archived() {
		return b, nil
	}
	err = s.Store.Use(Write, func(db *store.DB) error {
		b, err = db.ArchiveBrief(b.ID, s.Person.Name, s.Now().Truncate(time.Second))
		return err
	})
	return b, err
}
