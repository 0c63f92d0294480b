package app

import (
	"slices"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/team"
)

// Access by role, in team mode (the local owner may do everything). Every
// use case that reads or writes someone's messages asks here, so a command
// tree, a screen or a server that forgets to check cannot widen a role:
//
//   - a recruiter sends as themselves, records outcomes on their own
//     messages, reads their own log, credits and export, and the team's
//     reports as long as they are not by recruiter;
//   - a lead also reads everyone's log, credits, export and reports, by
//     recruiter too; colleagues' messages stay read-only to them;
//   - an admin also manages the people (team.go) and imports history for
//     others.

// forbidden is the error a role's limit gives.
func forbidden(format string, args ...any) error {
	return outreach.Errorf(outreach.EFORBIDDEN, format, args...)
}

// role is the person's role as a phrase: "Sam Reyes is a recruiter".
func (s *Session) role() string {
	return s.Person.Name + " is a " + s.Person.Role.String()
}

// scopeRecruiter is the recruiter a query may cover: the one asked for
// when the role sees the team, else only the person themselves (asked ""
// means them).
func (s *Session) scopeRecruiter(asked string) (string, error) {
	if s.Person.Role.SeesTeam() || asked == s.Person.Name {
		return asked, nil
	}
	if asked == "" {
		return s.Person.Name, nil
	}
	return "", forbidden("%s and sees only their own messages, not %s's (a lead sees the team's)", s.role(), asked)
}

// scopeRecruiters is scopeRecruiter for a list.
func (s *Session) scopeRecruiters(asked []string) ([]string, error) {
	if s.Person.Role.SeesTeam() {
		return asked, nil
	}
	for _, r := range asked {
		if r != s.Person.Name {
			return nil, forbidden("%s and sees only their own messages, not %s's (a lead sees the team's)", s.role(), r)
		}
	}
	return []string{s.Person.Name}, nil
}

// scopeReport lets a recruiter see the team's rates by template,
// seniority, channel or period, and their own by anything, but not their
// colleagues' one by one.
func (s *Session) scopeReport(q *report.Query) error {
	if s.Person.Role.SeesTeam() {
		return nil
	}
	if len(q.Recruiters) == 0 && slices.Contains(q.By, report.ByRecruiter) {
		return forbidden("%s: reports by recruiter are for leads; use --recruiter %q for your own, or group by template", s.role(), s.Person.Name)
	}
	for _, r := range q.Recruiters {
		if r != s.Person.Name {
			return forbidden("%s and sees the team's rates by template, not %s's own (a lead sees the team's by recruiter)", s.role(), r)
		}
	}
	return nil
}

// mayRead checks that the person may read a message sent by recruiter.
func (s *Session) mayRead(id uint64, recruiter string) error {
	if s.Person.Role.SeesTeam() || recruiter == s.Person.Name {
		return nil
	}
	return forbidden("message %d was sent by %s; %s and sees only their own messages", id, recruiter, s.role())
}

// MayRead checks that the person may read message id, sent by
// recruiter: a recruiter reads only their own in team mode.
func (s *Session) MayRead(id uint64, recruiter string) error {
	return s.mayRead(id, recruiter)
}

// MayRecord checks that the person may record outcomes on message id,
// sent by recruiter: their own, or any for the local owner. The tracker
// disables its outcome keys with this reason.
func (s *Session) MayRecord(id uint64, recruiter string) error {
	return s.mayWrite(id, recruiter)
}

// mayWrite checks that the person may record outcomes on a message sent
// by recruiter: their own, or any for the local owner.
func (s *Session) mayWrite(id uint64, recruiter string) error {
	if s.Person.Role == team.Owner || recruiter == s.Person.Name {
		return nil
	}
	if s.Person.Role.SeesTeam() {
		return forbidden("message %d is %s's; a lead reads colleagues' messages but records outcomes only on their own.", id, recruiter)
	}
	return s.mayRead(id, recruiter)
}

// manage checks that the person manages the team: an admin, or the local
// owner.
func (s *Session) manage(what string) error {
	if s.Person.Role.ManagesTeam() {
		return nil
	}
	return forbidden("%s; %s is for admins", s.role(), what)
}
