package app

import (
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// Outcomes: what happened to a sent message, recorded by hand, and
// corrections that take a record back. Nothing is ever overwritten.

// OutcomeRequest is one outcome to record, or one to take back.
type OutcomeRequest struct {
	// ID is the message.
	ID uint64
	// Outcome is what happened. With Undo, it names the kind of outcome to
	// take back (0: the latest of any kind).
	Outcome outreach.Outcome
	// Undo takes back the latest outcome in force instead of recording one.
	Undo bool
	// At is when it happened (zero: now); a correction is always dated now.
	// It may not be more than 90 days ago or before the seat's first
	// month unless Backfill is set (see CheckAt).
	At time.Time
	// Backfill allows an older At, to import history.
	Backfill bool
	// Note is kept with the event.
	Note string
}

// OutcomeResult is what was recorded and where the message stands now.
type OutcomeResult struct {
	// Event is the event recorded: the outcome, or the correction.
	Event outreach.Event
	// Undone is the event a correction took back (with Undo).
	Undone outreach.Event
	// Entry is the message after the change.
	Entry outreach.Entry
}

// RecordOutcome records r on its message. Errors: ENOTFOUND when there is
// no such message (or no log yet); EINVALID for an outcome dated before
// the send or in the future, before 2003, or (without Backfill) more than
// 90 days ago or before the seat's first month, or nothing in force to
// take back; ECONFLICT for an accept, decline or reply dated after the
// message's follow-up was sent (it is recorded on the follow-up).
func (s *Session) RecordOutcome(r OutcomeRequest) (OutcomeResult, error) {
	var res OutcomeResult
	now := s.Now()
	if !r.At.IsZero() && !r.At.After(now) {
		if err := CheckAt("--at", r.At, now, time.Time{}, r.Backfill); err != nil {
			return res, err
		}
	}
	err := s.Store.Use(Write, func(db *store.DB) error {
		if !r.At.IsZero() && !r.Backfill {
			start, err := s.LedgerStart(db)
			if err != nil {
				return err
			}
			if err := CheckAt("--at", r.At, now, start, false); err != nil {
				return err
			}
		}
		m, err := db.Message(r.ID)
		if err != nil {
			return err
		}
		if err := s.mayWrite(r.ID, m.Recruiter); err != nil {
			return err
		}
		if r.Undo {
			evs, err := db.Events(r.ID)
			if err != nil {
				return err
			}
			target, ok := outreach.LatestInForce(evs, r.Outcome)
			if !ok {
				if r.Outcome != 0 {
					return outreach.Errorf(outreach.EINVALID, "message %d has no %s outcome in force to undo (see inmail log show %d)", r.ID, r.Outcome, r.ID)
				}
				return outreach.Errorf(outreach.EINVALID, "message %d has no outcome in force to undo (see inmail log show %d)", r.ID, r.ID)
			}
			res.Undone = target
			res.Event, err = db.AppendEvent(outreach.Event{MessageID: r.ID, Retracts: target.Seq, At: now, Source: outreach.Manual, Note: r.Note})
			if err != nil {
				return err
			}
		} else {
			at := r.At
			if at.IsZero() {
				at = now
			}
			if err := followedUpBefore(db, r.ID, r.Outcome, at); err != nil {
				return err
			}
			if res.Event, err = db.AppendEvent(outreach.Event{MessageID: r.ID, Outcome: r.Outcome, At: at, Source: outreach.Manual, Note: r.Note}); err != nil {
				return err
			}
		}
		res.Entry, err = db.Entry(r.ID)
		return err
	})
	if noLog(err) {
		return res, outreach.Errorf(outreach.ENOTFOUND, "no message %d: nothing has been logged in %s yet", r.ID, s.Store.Name())
	}
	return res, err
}
