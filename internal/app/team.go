package app

import (
	"slices"
	"strings"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/team"
)

// The team: who may sign in to the server that holds the log, with which
// keys, and in what role. Changing it is for admins (and the log's owner
// on the server's machine); a key signs in as one person only.

// Members lists the team, by name.
func (s *Session) Members() ([]team.Member, error) {
	if err := s.manage("the team list"); err != nil {
		return nil, err
	}
	ms := []team.Member{}
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		ms, err = db.Members()
		return err
	})
	if noLog(err) {
		return []team.Member{}, nil
	}
	return ms, err
}

// AddMember adds m to the team, or adds m's keys to the member of that
// name and gives them m's role and seat. The log is made when it does not
// exist yet, so a server's first admin can be added before it starts.
//
// Errors: EFORBIDDEN for anyone but an admin; EINVALID when m is not a
// valid member; ECONFLICT when a key is someone else's.
func (s *Session) AddMember(m team.Member) (team.Member, error) {
	if err := s.manage("adding people"); err != nil {
		return m, err
	}
	if m.Added.IsZero() {
		m.Added = s.Now().UTC().Truncate(time.Second)
	}
	err := s.Store.Use(Create, func(db *store.DB) error {
		if old, err := db.Member(m.Name); err == nil {
			for _, k := range old.Keys {
				if !slices.ContainsFunc(m.Keys, func(n string) bool { return sameKey(n, k) }) {
					m.Keys = append(m.Keys, k)
				}
			}
			m.Added = old.Added
		} else if outreach.ErrorCode(err) != outreach.ENOTFOUND {
			return err
		}
		if err := db.PutMember(m); err != nil {
			return err
		}
		var err error
		m, err = db.Member(m.Name)
		return err
	})
	return m, err
}

// SetRole gives a member another role.
//
// Errors: EFORBIDDEN for anyone but an admin, and for an admin's change
// that would leave the team without one; ENOTFOUND for no such member.
func (s *Session) SetRole(name string, r team.Role) (team.Member, error) {
	var m team.Member
	if err := s.manage("changing roles"); err != nil {
		return m, err
	}
	err := s.Store.Use(Write, func(db *store.DB) error {
		var err error
		if m, err = db.Member(name); err != nil {
			return err
		}
		if m.Role == team.Admin && r != team.Admin {
			if err := s.keepAnAdmin(db, name); err != nil {
				return err
			}
		}
		m.Role = r
		return db.PutMember(m)
	})
	return m, err
}

// RemoveMember takes a member off the team; their messages stay in the
// log under their name.
//
// Errors: as SetRole.
func (s *Session) RemoveMember(name string) error {
	if err := s.manage("removing people"); err != nil {
		return err
	}
	return s.Store.Use(Write, func(db *store.DB) error {
		m, err := db.Member(name)
		if err != nil {
			return err
		}
		if m.Role == team.Admin {
			if err := s.keepAnAdmin(db, name); err != nil {
				return err
			}
		}
		return db.RemoveMember(name)
	})
}

// keepAnAdmin refuses, over SSH, a change that leaves the team with no
// admin but name; the log's owner on the server may always make it.
func (s *Session) keepAnAdmin(db *store.DB, name string) error {
	if !s.Person.Role.InTeam() {
		return nil
	}
	ms, err := db.Members()
	if err != nil {
		return err
	}
	for _, o := range ms {
		if o.Name != name && o.Role == team.Admin {
			return nil
		}
	}
	return forbidden("%s is the team's only admin; make someone else admin first", name)
}

// MemberByKey is the member who signs in with k, for the server: it needs
// no role, since it runs before anyone is known.
//
// Errors: ENOTFOUND wrapping team.ErrUnknownKey.
func (s *Session) MemberByKey(k gossh.PublicKey) (team.Member, error) {
	var m team.Member
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		m, err = db.MemberByKey(team.Fingerprint(k))
		return err
	})
	return m, err
}

// PersonOf is who a member acts as: their name and role, their seat, and
// how their messages are signed.
func PersonOf(m team.Member, loc *time.Location) (Person, error) {
	seat, err := m.Seat()
	if err != nil {
		return Person{}, err
	}
	var start time.Time
	if m.SeatStart != "" {
		start, _ = time.ParseInLocation("2006-01", m.SeatStart, loc)
	}
	return Person{
		Name:       m.Name,
		Role:       m.Role,
		Preset:     m.Preset,
		Seat:       seat,
		SeatStart:  start,
		SenderName: m.Sender(),
		Signature:  strings.TrimSpace(m.Signature),
	}, nil
}

// SaveSender changes the person's own sender name, signature and seat
// (the composer's settings, in team mode): a member changes their own
// record, never anyone else's.
func (s *Session) SaveSender(senderName, signature string, preset outreach.Preset, monthly *int) (team.Member, error) {
	var m team.Member
	if !s.Person.Role.InTeam() {
		return m, forbidden("only a team member has a member record; settings are in config.yaml")
	}
	err := s.Store.Use(Write, func(db *store.DB) error {
		var err error
		if m, err = db.Member(s.Person.Name); err != nil {
			return err
		}
		m.SenderName, m.Signature, m.Preset, m.Monthly = strings.TrimSpace(senderName), strings.TrimSpace(signature), preset, monthly
		if m.SenderName == m.Name {
			m.SenderName = ""
		}
		return db.PutMember(m)
	})
	return m, err
}

// sameKey reports whether two authorized_keys lines hold one key.
func sameKey(a, b string) bool {
	ka, err1 := team.ParseKey(a)
	kb, err2 := team.ParseKey(b)
	return err1 == nil && err2 == nil && team.Fingerprint(ka) == team.Fingerprint(kb)
}
