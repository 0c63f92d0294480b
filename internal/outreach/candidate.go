package outreach

import (
	"net/url"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/profile"
)

// Candidate is a saved candidate: the profile and when it was added, last
// changed and last used in a compose or a send.
type Candidate struct {
	// ID is CandidateID of the profile's ID, or one the store generated.
	ID        string          `json:"id"`
	Profile   profile.Profile `json:"profile"`
	AddedAt   time.Time       `json:"added_at"`
	UpdatedAt time.Time       `json:"updated_at"`
	LastUsed  time.Time       `json:"last_used,omitzero"`
}

// CandidateSummary is what a list of candidates shows of one: who they
// are and where they work now, and when they were added and last used.
type CandidateSummary struct {
	ID, ProfileID                            string
	Name, Headline, Title, Company, Location string
	Seniority                                string
	AddedAt, UpdatedAt, LastUsed             time.Time
}

// Summary is c as a list shows it.
func (c Candidate) Summary() CandidateSummary {
	p := c.Profile
	return CandidateSummary{ID: c.ID, ProfileID: p.ID, Name: p.Name, Headline: p.Headline, Title: p.Title, Company: p.Company,
		Location: p.Location, Seniority: p.Seniority, AddedAt: c.AddedAt, UpdatedAt: c.UpdatedAt, LastUsed: c.LastUsed}
}

// Recent is Candidate.Recent.
func (c CandidateSummary) Recent() time.Time { return recent(c.LastUsed, c.AddedAt) }

// Matches reports whether c holds every word (lower case, as
// strings.Fields of the lower-cased filter gives them) in its name, title,
// company, headline, location, seniority or that seniority's label in
// labels, or profile URL: the candidate list's filter.
func (c CandidateSummary) Matches(words []string, labels map[string]string) bool {
	hay := strings.ToLower(strings.Join([]string{c.Name, c.Title, c.Company, c.Headline, c.Location, c.Seniority, labels[c.Seniority], c.ProfileID}, " "))
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

// CandidateCursor is a place in the candidate list (most recent first,
// then by id): a page read after it starts with the candidate below it.
// The zero value is the top of the list.
type CandidateCursor struct {
	Recent time.Time
	ID     string
}

// Cursor is the place of c in the candidate list.
func (c CandidateSummary) Cursor() CandidateCursor {
	return CandidateCursor{Recent: c.Recent(), ID: c.ID}
}

// Recent is the time the candidate list sorts by, newest first: the last use,
// else when the candidate was added.
func (c Candidate) Recent() time.Time { return recent(c.LastUsed, c.AddedAt) }

func recent(lastUsed, added time.Time) time.Time {
	if lastUsed.After(added) {
		return lastUsed
	}
	return added
}

// Ref is the reference a message to the candidate carries.
func (c Candidate) Ref() CandidateRef {
	r := CandidateRef{ID: c.ID, Name: c.Profile.Name}
	if NormalizeProfileURL(c.Profile.ID) != "" {
		r.URL = strings.TrimSpace(c.Profile.ID)
	}
	return r
}

// CandidateID turns a profile id into the candidate's key: the normalized
// profile URL when s is one, else s without surrounding space. Two ways of
// writing one LinkedIn profile give one id.
func CandidateID(s string) string {
	if u := NormalizeProfileURL(s); u != "" {
		return u
	}
	return strings.TrimSpace(s)
}

// NameKey is a name as candidates are matched by name when there is no
// profile URL to go by: lower case, with spaces collapsed.
func NameKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// NormalizeProfileURL reduces a profile URL to a comparable form: lower
// case, no scheme, no "www.", no query, fragment or trailing slash, percent
// escapes decoded; any LinkedIn host (www., uk., de.) counts as
// linkedin.com, and a LinkedIn /in/ URL keeps only the profile's own part
// ("linkedin.com/in/priya-raman" for
// "https://www.LinkedIn.com/in/Priya-Raman/details/experience/?x=1").
// It returns "" when s does not look like a URL.
func NormalizeProfileURL(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"https://", "http://"} {
		s = strings.TrimPrefix(s, p)
	}
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	host, path, _ := strings.Cut(s, "/")
	if !strings.Contains(host, ".") || strings.ContainsAny(host, " \t\n@") || strings.HasPrefix(host, ".") || strings.HasSuffix(host, ".") {
		return ""
	}
	host = strings.TrimPrefix(host, "www.")
	if p, err := url.PathUnescape(path); err == nil {
		path = p
	}
	path = strings.Trim(path, "/")
	if host == "linkedin.com" || strings.HasSuffix(host, ".linkedin.com") {
		host = "linkedin.com"
		if rest, ok := strings.CutPrefix(path, "in/"); ok {
			slug, _, _ := strings.Cut(rest, "/")
			path = "in/" + slug
		}
	}
	if path == "" {
		return host
	}
	return host + "/" + path
}
