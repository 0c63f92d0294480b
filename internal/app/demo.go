package app

import (
	"slices"

	"github.com/inmail/inmail/internal/demo"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// Demo: a synthetic history to try inmail on.

// DemoResult is what a demo wrote.
type DemoResult struct {
	demo.Summary
	// Events, FollowUps and Candidates count what was written besides the
	// messages (follow-ups are among them).
	Events, FollowUps, Candidates int
	// Path is the log written to.
	Path string
	// You is the person's name (team mode's, else the first of
	// Options.Recruiters): one of the history's recruiters ("" for none).
	You string
}

// Demo fills a new or empty log with the history o describes (o.Library
// is the session's when nil), with its candidates, in one bulk load synced
// once at the end. The person, when they have a name (team mode), is one
// of its recruiters, and so are o.Recruiters.
//
// Errors: ECONFLICT (ExitRefused) when the log already holds messages;
// EINVALID for options demo.New refuses.
func (s *Session) Demo(o demo.Options) (DemoResult, error) {
	var res DemoResult
	if s.Person.Role.InTeam() {
		return res, forbidden("a demo history is made on a log of its own, not the team's")
	}
	if o.Library == nil {
		o.Library = s.Library
	}
	if s.Person.Name != "" && !slices.Contains(o.Recruiters, s.Person.Name) {
		o.Recruiters = append([]string{s.Person.Name}, o.Recruiters...)
	}
	if len(o.Recruiters) > 0 {
		res.You = o.Recruiters[0]
	}
	g, err := demo.New(o)
	if err != nil {
		return res, outreach.Errorf(outreach.EINVALID, "%s", err)
	}
	err = s.Store.Use(Bulk, func(db *store.DB) error {
		res.Path = db.Path()
		var has bool
		if err := db.ForEachFact(func(outreach.Fact) bool { has = true; return false }); err != nil {
			return err
		}
		if has {
			return outreach.Errorf(outreach.ECONFLICT, "%s already holds messages; demo only fills a new or empty database (delete the file or pick another --db)", db.Path())
		}
		// The next batch is generated while the last is written. The
		// heap holds two batches and the store's transaction, whatever
		// the size. (Collecting half as often, GOGC 200, saved no time on
		// 1,000,000 messages, 21.7 s either way, and cost 0.35 GB of RSS.)
		err := db.BulkLoadBatches(func(yield func(store.Batch) bool) {
			for b := range g.Batches() {
				for i, e := range b.Events {
					res.Events += len(e)
					if b.Messages[i].FollowUpOf != 0 {
						res.FollowUps++
					}
				}
				res.Candidates += len(b.Candidates)
				if !yield(store.Batch(b)) {
					return
				}
			}
		})
		if err != nil {
			return err
		}
		// The seats began with the history, not with the file.
		return db.SetLedgerStart(g.Summary().Start)
	})
	res.Summary = g.Summary()
	return res, err
}
