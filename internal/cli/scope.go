package cli

import (
	"fmt"

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

// Entry reads a message the person may see.
func (s scopedLog) Entry(id uint64) (outreach.Entry, error) {
	e, err := s.DB.Entry(id)
	if err == nil && !s.role.SeesTeam() && e.Recruiter != s.name {
		return outreach.Entry{}, s.notTheirs(id, e.Recruiter)
	}
	return e, err
}

// Message reads a message the person may see.
func (s scopedLog) Message(id uint64) (outreach.Message, error) {
	m, err := s.DB.Message(id)
	if err == nil && !s.role.SeesTeam() && m.Recruiter != s.name {
		return outreach.Message{}, s.notTheirs(id, m.Recruiter)
	}
	return m, err
}

// AppendEvent records an outcome on the person's own messages only.
func (s scopedLog) AppendEvent(ev outreach.Event) (outreach.Event, error) {
	m, err := s.DB.Message(ev.MessageID)
	if err != nil {
		return ev, err
	}
	if m.Recruiter != s.name {
		return ev, s.notTheirs(ev.MessageID, m.Recruiter)
	}
	return s.DB.AppendEvent(ev)
}

func (s scopedLog) notTheirs(id uint64, who string) error {
	return outreach.Errorf(outreach.EFORBIDDEN, "%s", fmt.Sprintf("message %d is %s's; as a %s, %s records outcomes only on their own", id, who, s.role, s.name))
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
