package cli

import (
	"time"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/team"
	"github.com/inmail/inmail/internal/tui/reportview"
	"github.com/inmail/inmail/internal/tui/tracker"
)

// scopedLog is the log as a team member's tracker and reports screens
// read it: a recruiter sees only their own messages there, and nobody
// records an outcome on a colleague's message (the same limits
// internal/app puts on the commands). The screens reach the log through
// interfaces, so the limit sits here, between them and the store.
type scopedLog struct {
	*store.DB
	name string
	role team.Role
}

// ForEachFact passes a recruiter only their own messages' facts.
func (s scopedLog) ForEachFact(fn func(outreach.Fact) bool) error {
	if s.role.SeesTeam() {
		return s.DB.ForEachFact(fn)
	}
	dict, err := s.Dict()
	if err != nil {
		return err
	}
	code, ok := dict.Recruiters.Code(s.name)
	if !ok {
		return nil
	}
	return s.DB.ForEachFact(func(f outreach.Fact) bool {
		if f.Recruiter != code {
			return true
		}
		return fn(f)
	})
}

// Attention pages a recruiter's own messages in the tracker's order: their
// fact records from the store's recruiter index, sorted (one recruiter's,
// not the team's).
func (s scopedLog) Attention(now time.Time, want outreach.Status, after outreach.AttentionKey, n int) ([]outreach.Fact, error) {
	if s.role.SeesTeam() || n <= 0 {
		return s.DB.Attention(now, want, after, n)
	}
	var err error
	page := outreach.AttentionPage(func(yield func(outreach.Fact) bool) {
		err = s.DB.FactsSince(s.name, time.Time{}, yield)
	}, now, want, after, n)
	return page, err
}

// StatusCounts counts a recruiter's own messages by status.
func (s scopedLog) StatusCounts(now time.Time) (outreach.Counts, error) {
	if s.role.SeesTeam() {
		return s.DB.StatusCounts(now)
	}
	var c outreach.Counts
	err := s.DB.FactsSince(s.name, time.Time{}, func(f outreach.Fact) bool {
		c[0]++
		c[f.State(now).Status]++
		return true
	})
	return c, err
}

// FactsSince passes a recruiter only their own messages' facts, whoever
// is asked for.
func (s scopedLog) FactsSince(recruiter string, since time.Time, fn func(outreach.Fact) bool) error {
	if !s.role.SeesTeam() && recruiter != s.name {
		if recruiter != "" {
			return nil
		}
		recruiter = s.name
	}
	return s.DB.FactsSince(recruiter, since, fn)
}

// Entry reads a message the person may see.
func (s scopedLog) Entry(id uint64) (outreach.Entry, error) {
	e, err := s.DB.Entry(id)
	if err == nil {
		if err := s.person().MayRead(id, e.Recruiter); err != nil {
			return outreach.Entry{}, err
		}
	}
	return e, err
}

// Message reads a message the person may see.
func (s scopedLog) Message(id uint64) (outreach.Message, error) {
	m, err := s.DB.Message(id)
	if err == nil {
		if err := s.person().MayRead(id, m.Recruiter); err != nil {
			return outreach.Message{}, err
		}
	}
	return m, err
}

// AppendEvent records an outcome on the person's own messages only.
func (s scopedLog) AppendEvent(ev outreach.Event) (outreach.Event, error) {
	m, err := s.DB.Message(ev.MessageID)
	if err != nil {
		return ev, err
	}
	if err := s.CanRecord(m); err != nil {
		return ev, err
	}
	return s.DB.AppendEvent(ev)
}

// CanRecord refuses outcomes on a colleague's message, by the session's
// rule (the tracker disables its keys with the reason).
func (s scopedLog) CanRecord(m outreach.Message) error {
	return s.person().MayRecord(m.ID, m.Recruiter)
}

// person is a session of the member, for internal/app's access rules.
func (s scopedLog) person() *app.Session {
	return &app.Session{Person: app.Person{Name: s.name, Role: s.role}}
}

// sections is the log the tracker and reports screens read: all of it
// for the local owner, scoped to the role in team mode.
func (a *App) sections(db *store.DB) interface {
	tracker.Store
	reportview.Store
} {
	if a.Person == nil || !a.Person.Role.InTeam() {
		return db
	}
	return scopedLog{DB: db, name: a.Person.Name, role: a.Person.Role}
}
