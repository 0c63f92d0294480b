package outreach

import (
	"strings"

	"github.com/inmail/inmail/internal/profile"
)

// The identity rule: two profiles are the same person only when their
// profile URLs (or other ids) match, or, when the new profile has no URL,
// when their names and current companies both match. Anything else is a
// new candidate: a second person pasted after the first never overwrites
// them.

// IdentityKey is what identifies the person a profile describes: the
// candidate id of its URL (or other id), else "name:" and their name and
// current company, normalized.
func IdentityKey(p profile.Profile) string {
	if id := CandidateID(p.ID); id != "" {
		return id
	}
	return "name:" + NameKey(p.Name) + "@" + CompanyKey(p.CurrentCompany())
}

// CompanyKey is a company name as candidates are matched by it: lower
// case, spaces collapsed, without a final full stop ("Halden Stroud & Co."
// and "halden stroud & co" are one company).
func CompanyKey(company string) string {
	return strings.TrimRight(NameKey(company), ".,")
}

// SameCandidate reports whether profile p describes the saved candidate c:
// p's id is c's (a profile URL in any spelling, or an id such as
// "inmail:7"), or p has no id and the names and current companies match.
// A profile with no name and no id is no one.
func SameCandidate(c Candidate, p profile.Profile) bool {
	if id := CandidateID(p.ID); id != "" {
		return id == c.ID || id == CandidateID(c.Profile.ID)
	}
	if NameKey(p.Name) == "" {
		return false
	}
	return NameKey(p.Name) == NameKey(c.Profile.Name) &&
		CompanyKey(p.CurrentCompany()) == CompanyKey(c.Profile.CurrentCompany())
}

// MatchCandidate finds the saved candidate a profile describes (see
// SameCandidate); ok is false when it describes someone new.
//
// Errors: EINVALID when several saved candidates have the profile's name
// and company and the profile has no URL to say which.
func MatchCandidate(saved []Candidate, p profile.Profile) (c Candidate, ok bool, err error) {
	var same []Candidate
	for _, s := range saved {
		if SameCandidate(s, p) {
			same = append(same, s)
		}
	}
	switch len(same) {
	case 0:
		return Candidate{}, false, nil
	case 1:
		return same[0], true, nil
	}
	// Told apart by profile URL, else by when they were saved: an id
	// inmail made up ("inmail:7") means nothing to anyone.
	var which []string
	for _, s := range same {
		switch {
		case NormalizeProfileURL(s.ID) != "":
			which = append(which, s.ID)
		case !s.AddedAt.IsZero():
			which = append(which, "saved "+s.AddedAt.Format("2 Jan 2006"))
		}
	}
	at := ""
	if co := p.CurrentCompany(); co != "" {
		at = " at " + co
	}
	when := ""
	if len(which) > 0 {
		when = " (" + strings.Join(which, ", ") + ")"
	}
	return Candidate{}, false, Errorf(EINVALID, "%d saved candidates are %s%s%s; give the profile their profile URL to say which",
		len(same), p.Name, at, when)
}
