package profile

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Place says where on the profile a field is, in the words of the profile
// page: "experience[0].description" is "Experience · Harlow & Pierce LLP"
// (the entry's company, else its title), "education[1].school"
// "Education · University of Leeds", "skills[2]" "Skills", "about"
// "About". For "text", a profile page pasted whole, at is a byte offset
// in it, and the place is the section of the page that holds it. p may be
// nil: the place is then the section alone ("Experience"), as it is for
// an entry p does not have.
func Place(p *Profile, field string, at int) string {
	if field == "text" && p != nil && strings.TrimSpace(p.Text) != "" {
		parsed, spans := ParsePasteSpans(p.Text)
		for _, sp := range spans {
			if at >= sp.Start && at < sp.End {
				return Place(&parsed, sp.Field, 0)
			}
		}
		return "Profile page"
	}
	list, i, ok := entryOf(field)
	if !ok {
		return plainPlace(field)
	}
	section := sectionNames[list]
	if section == "" {
		section = humanName(list)
	}
	if p == nil || i < 0 {
		return section
	}
	var name string
	switch list {
	case "experience":
		if i < len(p.Experience) {
			name = firstOf(p.Experience[i].Company, p.Experience[i].Title)
		}
	case "education":
		if i < len(p.Education) {
			name = firstOf(p.Education[i].School, p.Education[i].Degree)
		}
	case "projects":
		if i < len(p.Projects) {
			name = p.Projects[i].Name
		}
	case "publications":
		if i < len(p.Publications) {
			name = firstOf(p.Publications[i].Title, p.Publications[i].Publisher)
		}
	case "recommendations":
		if i < len(p.Recommendations) {
			name = p.Recommendations[i].Person
		}
	}
	if name = strings.Join(strings.Fields(name), " "); name == "" {
		return section
	}
	return section + " · " + name
}

// sectionNames are the headings of a profile page's lists.
var sectionNames = map[string]string{
	"experience":      "Experience",
	"education":       "Education",
	"projects":        "Projects",
	"publications":    "Publications",
	"skills":          "Skills",
	"certifications":  "Licenses & certifications",
	"volunteering":    "Volunteering",
	"honors":          "Honors & awards",
	"team_honors":     "Honors & awards",
	"languages":       "Languages",
	"interests":       "Interests",
	"activity":        "Activity",
	"recommendations": "Recommendations",
}

// plainPlace names a field that is not in a list: the profile card's
// fields and About by their place on the page, a field inmail does not
// know (extra.KEY) by its key.
func plainPlace(field string) string {
	switch field {
	case "about":
		return "About"
	case "name":
		return "Name"
	case "headline":
		return "Headline"
	case "title":
		return "Current title"
	case "company":
		return "Current company"
	case "location":
		return "Location"
	case "pronouns":
		return "Pronouns"
	case "text":
		return "Profile page"
	case "":
		return "Profile"
	}
	key := strings.TrimPrefix(field, "extra.")
	if i := strings.IndexAny(key, ".["); i > 0 {
		key = key[:i]
	}
	return humanName(key)
}

// entryOf splits "experience[2].description" into its list and index;
// ok is false for a field that is not an entry of a list. A list named
// without an index ("skills") has i -1.
func entryOf(field string) (list string, i int, ok bool) {
	name, rest, found := strings.Cut(field, "[")
	if !found {
		if _, known := sectionNames[field]; known {
			return field, -1, true
		}
		return "", 0, false
	}
	num, _, closed := strings.Cut(rest, "]")
	n, err := strconv.Atoi(num)
	if !closed || err != nil || strings.HasPrefix(name, "extra.") {
		return "", 0, false
	}
	return name, n, true
}

// humanName turns a key such as "bar_admissions" into "Bar admissions".
func humanName(key string) string {
	s := strings.Join(strings.FieldsFunc(key, func(r rune) bool { return r == '_' || r == '-' || r == '.' }), " ")
	if s == "" {
		return "Profile"
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// firstOf is the first of values that is not blank.
func firstOf(values ...string) string {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
