package profile

import (
	"strconv"
	"strings"

	"github.com/inmail/inmail/internal/termsafe"
)

// The page reader: text copied from a whole LinkedIn profile page, desktop
// or mobile, read into a Profile. It works in stages, one file each:
//
//	paste_lines.go     split the text into lines and drop page furniture
//	paste_chrome.go    drop the navigation bars, sidebars and footer, and
//	                   split what is left into the page's sections
//	paste_card.go      the profile card: name, pronouns, headline, location
//	paste_entries.go   dated entries: experience, education
//	paste_sections.go  about, skills, certifications, projects, honours ...
//	paste_activity.go  activity, featured, recommendations: whose work
//
// Nothing the reader drops (menus, other people in sidebars, the footer,
// buttons, counts, endorsement lines) reaches the profile, its spans or the
// cleaned text ReadPage keeps.

// TextSpan says which profile field a piece of pasted text filled: Field is
// a path such as "name", "about", "experience[0].description" or
// "skills[2]", and Start and End are byte offsets in the pasted text.
type TextSpan struct {
	Field      string
	Start, End int
}

// PageError says why pasted text was not read as a profile page, in a
// sentence for the recruiter.
type PageError struct{ Msg string }

func (e *PageError) Error() string { return e.Msg }

// ReadPage reads text copied from a LinkedIn profile page (select all,
// copy) for intake. Control characters and escape sequences are removed
// first. The profile's Text is the cleaned page: the card and the sections
// that were read, without the navigation, sidebars, footer, buttons,
// counts and endorsement lines, so nothing the reader dropped is kept with
// the candidate; read again, it gives the same profile.
//
// A paste with no recognisable profile card (no name at the top, or a
// "name" that is LinkedIn's own interface text) returns a *PageError with
// the profile read so far (its sections, an empty card), so a caller can
// let the recruiter fill the card in by hand.
func ReadPage(text string) (Profile, error) {
	text = NormalizePaste(termsafe.Strip(text))
	ps := newPageParser(text)
	ps.parse()
	p := ps.p
	p.Text = ps.cleaned()
	return p, ps.cardErr
}

// NormalizePaste turns the line breaks a terminal or a browser may send
// (CR LF, CR) into newlines and no-break spaces into spaces.
func NormalizePaste(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	if strings.Contains(s, "\u00a0") {
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	return s
}

// ParsePaste reads pasted profile text as ReadPage does, leniently: it
// never fails, keeps the input as Text and leaves what it cannot find
// empty. The validator uses it (through ParsePasteSpans) on the Text of a
// saved profile.
func ParsePaste(text string) Profile {
	p, _ := ParsePasteSpans(text)
	return p
}

// ParsePasteSpans is ParsePaste that also reports, line by line, which
// field each piece of the text went to, so a caller can point back into
// the pasted text. Spans cover only what is the candidate's own: their
// posts and articles, recommendations written about them, their own
// awards. Reposts, comments on other people's posts, recommendations they
// gave and awards to their team or firm are in the profile's fields with
// their marks, and have no span, so a caller that indexes spans never
// credits the candidate with them.
func ParsePasteSpans(text string) (Profile, []TextSpan) {
	ps := newPageParser(text)
	ps.p.Text = text
	ps.parse()
	return ps.p, ps.spans
}

// pageParser holds one reading of a page.
type pageParser struct {
	text  string
	items []item
	p     Profile
	spans []TextSpan
	// sections are the runs of items under each heading, in order; the
	// first is the profile card, before any heading.
	sections []sectionItems
	// posSkills are the skills LinkedIn lists under a position, school or
	// project ("Skills: Rust · Motion Planning · +2 skills"), added to the
	// profile's skills after the Skills section's own.
	posSkills []posSkill
	// recsGiven is set when the recommendations come under a heading
	// of their own, "Recommendations given".
	recsGiven bool
	// cardErr is why the card could not be read (nil: it was).
	cardErr error
	// navDropped is the first menu item dropped, for cardErr.
	navDropped string
	// entryNames are the companies and schools read so far, in lower
	// case, for entryNamesFor entries (see namesEntry).
	entryNames    map[string]bool
	entryNamesFor int
}

func newPageParser(text string) *pageParser {
	return &pageParser{text: text}
}

// posSkill is a skill named under an entry, with its span in the text.
type posSkill struct {
	name       string
	start, end int
}

// parse reads the whole page.
func (ps *pageParser) parse() {
	ps.lines()
	ps.dropNavigation()
	ps.split()
	ps.spans = make([]TextSpan, 0, len(ps.items))
	var card, honors []item
	// Each Recommendations section ("Recommendations received", then
	// "Recommendations given") is read on its own.
	type recSection struct {
		items []item
		given bool
	}
	var recs []recSection
	for i := range ps.sections {
		s := &ps.sections[i]
		s.items = trimBlanks(s.items)
		switch s.sec {
		case secTop:
			card = s.items
		case secAbout:
			ps.about(s.items)
		case secExperience:
			ps.experience(s.items)
		case secEducation:
			ps.education(s.items)
		case secSkills:
			ps.skills(s.items)
		case secCertifications:
			ps.grouped(s.items, 2, "certifications", &ps.p.Certifications)
		case secProjects:
			ps.projects(s.items)
		case secPublications:
			ps.publications(s.items)
		case secVolunteering:
			ps.grouped(s.items, 2, "volunteering", &ps.p.Volunteering)
		case secHonors:
			honors = append(honors, s.items...)
		case secLanguages:
			ps.languages(s.items)
		case secInterests:
			ps.interests(s.items)
		case secActivity:
			ps.activity(s.items, false)
		case secFeatured:
			ps.activity(s.items, true)
		case secRecommendations:
			// "Recommendations given" heads them as its tab would.
			recs = append(recs, recSection{s.items, strings.EqualFold(s.name, "recommendations given")})
		case secOther:
			ps.other(s.name, s.items)
		}
	}
	// The card is read after the sections, when the current company and
	// schools it repeats are known; recommendations and awards after the
	// card, when the candidate's name is.
	ps.card(card)
	ps.placeLines()
	for _, r := range recs {
		ps.recsGiven = r.given
		ps.recommendations(r.items)
	}
	ps.honors(honors)
	ps.addPosSkills()
	if ps.p.Title == "" && ps.p.Company == "" && ps.p.Headline != "" {
		if t, c, ok := strings.Cut(ps.p.Headline, " at "); ok {
			ps.p.Title, ps.p.Company = strings.TrimSpace(t), strings.TrimSpace(c)
		}
	}
	ps.p.Title = strings.TrimSpace(ps.p.Title)
	ps.p.Company = strings.TrimSpace(ps.p.Company)
}

// cleaned is the page as the reader kept it: the card and each section
// read, heading first, line by line, without anything the reader dropped.
func (ps *pageParser) cleaned() string {
	var b strings.Builder
	b.Grow(len(ps.text) / 2)
	for _, s := range ps.sections {
		if s.sec == secSkip || len(s.items) == 0 && s.sec != secTop {
			continue
		}
		if s.sec != secTop {
			if b.Len() > 0 {
				b.WriteString("\n")
			}
			b.WriteString(s.heading)
			b.WriteString("\n")
		}
		blank := true
		for _, it := range s.items {
			switch {
			case it.kind == kBlank:
				if !blank {
					b.WriteString("\n")
					blank = true
				}
			case it.drop:
			default:
				b.WriteString(ps.text[it.start:it.end])
				b.WriteString("\n")
				for _, m := range it.meta {
					b.WriteString(ps.text[m.start:m.end])
					b.WriteString("\n")
				}
				if m := it.markLine; m.end > m.start {
					// "· 2nd", "48,201 followers", "Contact info": what
					// tells a name or a location from other lines.
					b.WriteString(ps.text[m.start:m.end])
					b.WriteString("\n")
				}
				blank = false
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func trimBlanks(items []item) []item {
	for len(items) > 0 && items[0].kind == kBlank {
		items = items[1:]
	}
	for len(items) > 0 && items[len(items)-1].kind == kBlank {
		items = items[:len(items)-1]
	}
	return items
}

func (ps *pageParser) span(field string, it item) {
	ps.spans = append(ps.spans, TextSpan{Field: field, Start: it.start, End: it.end})
}

// fieldPath is "list[i]" and then suffix, as fmt.Sprintf("%s[%d]%s")
// writes it.
func fieldPath(list string, i int, suffix string) string {
	return list + "[" + strconv.Itoa(i) + "]" + suffix
}

// cleanName drops a title before a name and credentials after it:
// "Dr. Omar Haddad" and "Jane Doe, CPA" are "Omar Haddad" and "Jane Doe".
func cleanName(s string) string {
	s, _, _ = strings.Cut(s, ",")
	f := strings.Fields(s)
	for len(f) > 1 && honorifics[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

var honorifics = map[string]bool{"dr": true, "prof": true, "professor": true, "mr": true, "mrs": true, "ms": true, "mx": true, "sir": true, "dame": true,
	// Academic and professional titles before a name in Germany, Austria,
	// Poland, Italy, the Netherlands and Spain: "Dr.-Ing. Jürgen Weißbäcker".
	"dr.-ing": true, "dipl.-ing": true, "dr.rer.nat": true, "ing": true, "mgr": true, "inż": true, "dott": true, "dott.ssa": true,
	"ir": true, "drs": true, "dra": true}
