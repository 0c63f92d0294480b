package app

import (
	"github.com/inmail/inmail/internal/demo"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// Demo: a synthetic history to try inmail on.

// DemoResult is what a demo wrote.
type DemoResult struct {
	demo.Summary
	// Events is how many outcome events were written.
	Events int
	// Path is the log written to.
	Path string
}

// Demo fills a new or empty log with the history o describes (o.Library
// is the session's when nil), in one bulk load synced once at the end.
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
	g, err := demo.New(o)
	if err != nil {
		return res, outreach.Errorf(outreach.EINVALID, "%s", err)
	}
	err = s.Store.Use(Create, func(db *store.DB) error {
		res.Path = db.Path()
		var has bool
		if err := db.ForEachFact(func(outreach.Fact) bool { has = true; return false }); err != nil {
			return err
		}
		if has {
			return outreach.Errorf(outreach.ECONFLICT, "%s already holds messages; demo only fills a new or empty database (delete the file or pick another --db)", db.Path())
		}
		// The next batch is generated while the last is written.
		err := db.BulkLoad(func(yield func([]outreach.Message, [][]outreach.Event) bool) {
			for msgs, evs := range g.Batches() {
				for _, e := range evs {
					res.Events += len(e)
				}
				if !yield(msgs, evs) {
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
