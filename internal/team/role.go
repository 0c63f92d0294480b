// Package team holds who may use a shared log: the people of a delivery
// team, the SSH keys each signs in with, and the role that decides what
// each may do. It is pure: the store keeps members, the server checks
// keys, internal/app enforces roles.
package team

import (
	"fmt"
	"strings"
)

// Role is what a person may do with the team's log. The roles are ordered:
// each may do everything the one before it may, and more.
type Role uint8

// The roles. Owner, the zero value, is nobody's role in a team: it is the
// person who owns a log on their own machine (no server), who may do
// everything. A member of a team always has one of the other three.
const (
	// Owner: the log's owner, working locally; no limits.
	Owner Role = iota
	// Recruiter composes and sends, records outcomes on their own
	// messages, sees their own log and the team's template-level rates.
	Recruiter
	// Lead also sees the reports, the tracker and the log across the
	// team, by recruiter too; colleagues' messages are read-only to them.
	Lead
	// Admin also manages the people and the team's templates.
	Admin
)

// Roles lists the roles a member may have, least first.
var Roles = []Role{Recruiter, Lead, Admin}

// String names the role as the command line writes it.
func (r Role) String() string {
	switch r {
	case Owner:
		return "owner"
	case Recruiter:
		return "recruiter"
	case Lead:
		return "lead"
	case Admin:
		return "admin"
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// ParseRole reads a member's role: recruiter, lead or admin, in any case.
func ParseRole(s string) (Role, error) {
	for _, r := range Roles {
		if strings.EqualFold(strings.TrimSpace(s), r.String()) {
			return r, nil
		}
	}
	return 0, fmt.Errorf("unknown role %q: use recruiter, lead or admin", s)
}

// MarshalText writes the role's name.
func (r Role) MarshalText() ([]byte, error) {
	if r > Admin {
		return nil, fmt.Errorf("cannot write %s", r)
	}
	return []byte(r.String()), nil
}

// UnmarshalText reads a member's role; "owner" is refused, since no
// member of a team owns the log.
func (r *Role) UnmarshalText(b []byte) error {
	v, err := ParseRole(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// SeesTeam reports whether the role sees every colleague's messages, the
// reports by recruiter and the tracker across the team.
func (r Role) SeesTeam() bool { return r == Owner || r >= Lead }

// ManagesTeam reports whether the role adds and removes people, changes
// roles and keeps the team's templates.
func (r Role) ManagesTeam() bool { return r == Owner || r == Admin }

// InTeam reports whether the role is a team member's (not the local
// owner's).
func (r Role) InTeam() bool { return r != Owner }
