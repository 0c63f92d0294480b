package app

import (
	"slices"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// Credits: the seat's InMail credits and sending health, worked out from
// the log every time, never kept as a counter.

// CreditMonth is this month of recruiter's credit ledger on the person's
// seat: the months from the seat's start (else the first send), and only
// recruiter's messages, since a seat belongs to one recruiter and a team
// may share a log ("" counts everyone's).
func (s *Session) CreditMonth(db *store.DB, recruiter string) (outreach.Month, error) {
	var ferr error
	months := outreach.Ledger(s.Person.Seat, s.Person.SeatStart, func(yield func(outreach.Fact) bool) {
		ferr = forRecruiter(db, recruiter, yield)
	}, s.Now())
	if ferr != nil {
		return outreach.Month{}, ferr
	}
	return months[len(months)-1], nil
}

// CreditsLeft is the person's credits left this month.
func (s *Session) CreditsLeft() (int, error) {
	var m outreach.Month
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		m, err = s.CreditMonth(db, s.Person.Name)
		return err
	})
	return m.Left, err
}

// Credits is a seat's ledger and health.
type Credits struct {
	// Recruiter is whose messages were counted ("": everyone's).
	Recruiter string
	// Months are the last months asked for, ending with this one.
	Months []outreach.Month
	// Health is the 14-day response rate against LinkedIn's line.
	Health outreach.HealthState
}

// Month is the current month.
func (c Credits) Month() outreach.Month { return c.Months[len(c.Months)-1] }

// Credits works out the last months (at least one) of recruiter's ledger
// on the person's seat, and their sending health. A log that does not
// exist yet has no messages.
func (s *Session) Credits(recruiter string, months int) (Credits, error) {
	var facts []outreach.Fact
	recruiter, err := s.scopeRecruiter(recruiter)
	if err != nil {
		return Credits{}, err
	}
	err = s.Store.Use(Read, func(db *store.DB) error {
		return forRecruiter(db, recruiter, func(f outreach.Fact) bool {
			facts = append(facts, f)
			return true
		})
	})
	if err != nil && !noLog(err) {
		return Credits{}, err
	}
	now := s.Now()
	ledger := outreach.Ledger(s.Person.Seat, s.Person.SeatStart, slices.Values(facts), now)
	return Credits{
		Recruiter: recruiter,
		Months:    ledger[max(len(ledger)-max(months, 1), 0):],
		Health:    outreach.Health(slices.Values(facts), now),
	}, nil
}

// forRecruiter calls fn with the fact record of each of recruiter's
// messages, or of every message when recruiter is empty, until fn returns
// false. One recruiter's come from the store's recruiter index, so the
// credits in the status bar cost what that recruiter sent, not the log.
func forRecruiter(db *store.DB, recruiter string, fn func(outreach.Fact) bool) error {
	if recruiter == "" {
		return db.ForEachFact(fn)
	}
	return db.FactsSince(recruiter, time.Time{}, fn)
}
