package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/words"
)

// Templates: finding a template by id, and rendering one for a sample
// candidate to preview it.

// Template returns the session library's template with id, or one
// sentence saying why there is none: a file that was skipped for its
// problems, or an unknown id with the ids there are (EINVALID).
func (s *Session) Template(id string) (*library.Template, error) {
	if t, ok := s.Library.Get(id); ok {
		return t, nil
	}
	for _, p := range s.Problems {
		if strings.HasSuffix(filepath.ToSlash(p.File), "/"+id+".md") {
			return nil, outreach.Errorf(outreach.EINVALID, "template %q was skipped for a problem: %s (see inmail templates lint)", id, p)
		}
	}
	return nil, outreach.Errorf(outreach.EINVALID, "no template %q%s; \"inmail templates list\" shows the ids", id, didYouMean(s.Library, id))
}

// didYouMean suggests the full id when the argument is a file stem alone.
func didYouMean(lib *library.Library, arg string) string {
	var ids []string
	for _, t := range lib.Templates() {
		if strings.HasSuffix(t.ID, "/"+arg) {
			ids = append(ids, t.ID)
		}
	}
	if len(ids) == 0 {
		return ""
	}
	return " (did you mean " + strings.Join(ids, " or ") + "?)"
}

// sample is the candidate and opening a preview renders a template for,
// per seniority level.
type sample struct {
	profile profile.Profile
	fields  library.Fields
}

const sampleLine = "Your write-up of the Castell Pharma carve-out, especially the TSA negotiation, was the clearest account of that deal I've read."

var samples = map[string]sample{
	"associate": {
		profile: profile.Profile{Name: "Priya Raman", Title: "Associate", Company: "Harlow & Finch LLP"},
		fields: library.Fields{Role: "corporate M&A associate", Client: "a top-50 City firm",
			Hook: "Hybrid, three days in, and a seat on deals from day one.", SenderName: "Sam Reyes", Personalization: sampleLine},
	},
	"senior-associate": {
		profile: profile.Profile{Name: "Priya Raman", Title: "Senior Associate", Company: "Harlow & Finch LLP"},
		fields: library.Fields{Role: "senior corporate associate", Client: "a top-50 City firm",
			Hook: "The team closed four deals over £1bn last year.", SenderName: "Sam Reyes", Personalization: sampleLine},
	},
	"partner-track": {
		profile: profile.Profile{Name: "Priya Raman", Title: "Counsel", Company: "Harlow & Finch LLP"},
		fields: library.Fields{Role: "general counsel", Client: "a FTSE 250 infrastructure group",
			Hook: "The role reports to the CEO.", SenderName: "Sam Reyes", Personalization: sampleLine},
	},
}

// Preview renders t for a sample candidate of its level with sample role,
// client and hook, the person's sender and the session's defaults where
// set, and line (nil: a sample line). It returns the sample profile and the
// rendering.
func (s *Session) Preview(t *library.Template, line *string) (profile.Profile, library.Rendered) {
	smp, ok := samples[t.Seniority]
	if !ok {
		smp = samples["senior-associate"]
	}
	p := smp.profile
	p.Seniority = t.Seniority
	f := smp.fields
	or := func(v, def string) string {
		if v != "" {
			return v
		}
		return def
	}
	f.SenderName = or(s.Person.SenderName, f.SenderName)
	f.Signature = s.Person.Signature
	f.Role = or(s.Defaults.Role, f.Role)
	f.Client = or(s.Defaults.Client, f.Client)
	f.Hook = or(s.Defaults.Hook, f.Hook)
	if line != nil {
		f.Personalization = *line
	}
	return p, library.Render(t, &p, f)
}

// TypicalLength is how long t's body typically comes out, in characters
// as LinkedIn counts them: rendered as Preview renders it, with a sample
// candidate and personalization line, the person's sender and signature
// and the session's defaults. inmail templates list and the picker show it
// against LinkedIn's guidance (library.Channel.LengthGuide).
func (s *Session) TypicalLength(t *library.Template) int {
	_, r := s.Preview(t, nil)
	return r.BodyLen
}

// LengthNote relates an InMail's length to LinkedIn's response data:
// " (under 400: LinkedIn's best-performing length)", or "" when it says
// nothing about it.
func LengthNote(t *library.Template, r library.Rendered) string {
	if t.Channel != library.InMail || r.BodyLen > r.BodyLimit {
		return ""
	}
	switch {
	case r.BodyLen < library.ShortBody:
		return fmt.Sprintf(" (under %d: LinkedIn's best-performing length)", library.ShortBody)
	case r.BodyLen > library.LongBody:
		return fmt.Sprintf(" (over %s: LinkedIn found 11%% fewer responses)", words.Thousands(library.LongBody))
	}
	return ""
}
