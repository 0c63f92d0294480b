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
// seat: the months from the seat's start (LedgerStart), counted from the
// recruiter's latest balance set by hand when there is one, and only
// recruiter's messages, since a seat belongs to one recruiter and a team
// may share a log ("" counts everyone's).
func (s *Session) CreditMonth(db *store.DB, recruiter string) (outreach.Month, error) {
	start, anchor, err := s.ledgerBounds(db, recruiter)
	if err != nil {
		return outreach.Month{}, err
	}
	var ferr error
	months := outreach.Ledger(s.Person.Seat, start, anchor, func(yield func(outreach.Fact) bool) {
		ferr = forRecruiter(db, recruiter, yield)
	}, s.Now())
	if ferr != nil {
		return outreach.Month{}, ferr
	}
	return months[len(months)-1], nil
}

// LedgerStart is the first month of the person's seat: seat.start from the
// config when set, else the month the log was created (recorded in it
// then). Messages logged before it spend and return nothing, and add no
// months: only what the seat had from its start counts.
func (s *Session) LedgerStart(db *store.DB) (time.Time, error) {
	if !s.Person.SeatStart.IsZero() {
		return s.Person.SeatStart, nil
	}
	t, err := db.LedgerStart()
	if err != nil || t.IsZero() {
		return t, err
	}
	t = t.In(s.Now().Location())
	return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location()), nil
}

// ledgerBounds are where recruiter's ledger starts and the balance it
// counts from (zero: none).
func (s *Session) ledgerBounds(db *store.DB, recruiter string) (time.Time, outreach.Anchor, error) {
	start, err := s.LedgerStart(db)
	if err != nil {
		return start, outreach.Anchor{}, err
	}
	if recruiter == "" {
		return start, outreach.Anchor{}, nil
	}
	a, _, err := db.LatestAnchor(recruiter, s.Now())
	return start, a, err
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
	// Start is the seat's first month (zero before anything is logged).
	Start time.Time
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
	var (
		facts  []outreach.Fact
		start  = s.Person.SeatStart
		anchor outreach.Anchor
	)
	recruiter, err := s.scopeRecruiter(recruiter)
	if err != nil {
		return Credits{}, err
	}
	err = s.Store.Use(Read, func(db *store.DB) error {
		var err error
		if start, anchor, err = s.ledgerBounds(db, recruiter); err != nil {
			return err
		}
		return forRecruiter(db, recruiter, func(f outreach.Fact) bool {
			facts = append(facts, f)
			return true
		})
	})
	if err != nil && !noLog(err) {
		return Credits{}, err
	}
	now := s.Now()
	ledger := outreach.Ledger(s.Person.Seat, start, anchor, slices.Values(facts), now)
	return Credits{
		Recruiter: recruiter,
		Start:     start,
		Months:    ledger[max(len(ledger)-max(months, 1), 0):],
		Health:    outreach.Health(slices.Values(facts), now),
	}, nil
}

// SetCredits records balance as the credits LinkedIn shows for the
// person's seat at at (zero: now): the ledger counts from the latest such
// balance, so a log that missed sends, or a seat that had credits before
// the log began, agrees with LinkedIn again. It returns the anchor as
// recorded and this month as it now stands.
//
// Errors: EINVALID for a balance below 0, a time in the future or before
// the seat's start, or no recruiter name.
func (s *Session) SetCredits(balance int, at time.Time) (outreach.Anchor, outreach.Month, error) {
	now := s.Now()
	if at.IsZero() {
		at = now
	}
	a := outreach.Anchor{Recruiter: s.Person.Name, At: at, Balance: balance}
	if err := a.Validate(); err != nil {
		return a, outreach.Month{}, err
	}
	if at.Truncate(time.Second).After(now) {
		return a, outreach.Month{}, outreach.Errorf(outreach.EINVALID, "--at %s is in the future (it is now %s): give the time LinkedIn showed the balance",
			at.In(now.Location()).Format("2006-01-02 15:04"), now.Format("2006-01-02 15:04"))
	}
	if err := CheckAt("--at", at, now, time.Time{}, true); err != nil {
		return a, outreach.Month{}, err
	}
	var m outreach.Month
	err := s.Store.Use(Create, func(db *store.DB) error {
		start, err := s.LedgerStart(db)
		if err != nil {
			return err
		}
		if at.Before(start) {
			return outreach.Errorf(outreach.EINVALID, "--at %s is before the seat's first month, %s (%s); set seat.start in config.yaml to an earlier month if the seat began before",
				at.In(now.Location()).Format("2006-01-02 15:04"), start.Format("2006-01"), s.startSource())
		}
		if a, err = db.PutAnchor(a); err != nil {
			return err
		}
		m, err = s.CreditMonth(db, s.Person.Name)
		return err
	})
	return a, m, err
}

// startSource says where the seat's start comes from, for messages.
func (s *Session) startSource() string {
	if !s.Person.SeatStart.IsZero() {
		return "seat.start in config.yaml"
	}
	return "the month this log was created"
}

// Limits on the time a send or an outcome is dated with.
var (
	// OldestAt is the earliest time anything may be dated: LinkedIn began
	// in 2003, so an earlier date is a typo.
	OldestAt = time.Date(2003, 1, 1, 0, 0, 0, 0, time.UTC)
	// BackfillAge is how far back a time may be without --backfill: the
	// 90 days LinkedIn gives a response to earn its credit back.
	BackfillAge = 90 * 24 * time.Hour
)

// CheckAt checks a time given with flag against now: never before
// OldestAt; without backfill, never more than BackfillAge ago or before
// start (the seat's first month; zero: not checked). The caller refuses a
// time in the future, in its own words. Backfill is
// for importing history: such a send or outcome is logged, and the
// ledger, which begins at the seat's start, creates no credit for it.
//
// Errors: EINVALID saying which limit and what to do.
func CheckAt(flag string, at, now, start time.Time, backfill bool) error {
	show := func(t time.Time) string { return t.In(now.Location()).Format("2006-01-02 15:04") }
	switch {
	case at.Before(OldestAt):
		return outreach.Errorf(outreach.EINVALID, "%s %s is before 2003, when LinkedIn began: check the year", flag, show(at))
	case backfill:
		return nil
	case at.Before(now.Add(-BackfillAge)):
		return outreach.Errorf(outreach.EINVALID, "%s %s is more than 90 days ago: check the year, or add --backfill to log history that old (it creates no credits)", flag, show(at))
	case !start.IsZero() && at.Before(start):
		return outreach.Errorf(outreach.EINVALID, "%s %s is before the seat's first month, %s: add --backfill to log history from before it (it creates no credits), or set seat.start in config.yaml", flag, show(at), start.Format("2006-01"))
	}
	return nil
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
