package compose

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
)

// The profile pane draws the candidate's profile as paragraphs, each made
// of pieces of profile fields, so that a verdict's reference (a field and
// a byte span in it) can be found on screen and highlighted.

// piece is some text of one profile field; base is where text starts in
// the field's string. Separators have no field.
type piece struct {
	field string
	base  int
	text  string
}

// para is one paragraph of the pane.
type para struct {
	kind   paraKind
	pieces []piece
}

type paraKind int

const (
	paraText    paraKind = iota
	paraHeading          // a section heading
	paraName             // the candidate's name
	paraMerge            // mail-merge fields: headline, position, location
	paraBlank
)

// docFor lays out a profile. A pasted profile that was not read into
// sections is shown as pasted.
func docFor(p *profile.Profile) []para {
	var doc []para
	one := func(kind paraKind, field, text string) {
		if strings.TrimSpace(text) != "" {
			doc = append(doc, para{kind: kind, pieces: []piece{{field: field, text: text}}})
		}
	}
	joined := func(kind paraKind, sep string, ps ...piece) {
		var out []piece
		for _, x := range ps {
			if strings.TrimSpace(x.text) == "" {
				continue
			}
			if len(out) > 0 {
				out = append(out, piece{text: sep})
			}
			out = append(out, x)
		}
		if len(out) > 0 {
			doc = append(doc, para{kind: kind, pieces: out})
		}
	}
	heading := func(s string) {
		if len(doc) > 0 {
			doc = append(doc, para{kind: paraBlank})
		}
		doc = append(doc, para{kind: paraHeading, pieces: []piece{{text: s}}})
	}
	one(paraName, "name", p.Name)
	one(paraMerge, "headline", p.Headline)
	if h := strings.ToLower(p.Headline); !strings.Contains(h, strings.ToLower(p.Title)) || !strings.Contains(h, strings.ToLower(p.Company)) {
		// Unless the headline says it already ("Vice President at Halden").
		joined(paraMerge, " · ", piece{field: "title", text: p.Title}, piece{field: "company", text: p.Company})
	}
	one(paraMerge, "location", p.Location)

	structured := p.About != "" || len(p.Experience)+len(p.Skills)+len(p.Education)+len(p.Projects)+len(p.Publications) > 0
	if p.About != "" {
		heading("About")
		textPara(&doc, "about", p.About)
	}
	if len(p.Experience) > 0 {
		heading("Experience")
		for i, e := range p.Experience {
			f := fmt.Sprintf("experience[%d]", i)
			dates := strings.TrimSpace(e.Start)
			if e.End != "" {
				dates += "–" + e.End
			}
			joined(paraText, " · ", piece{field: f + ".title", text: e.Title}, piece{field: f + ".company", text: e.Company}, piece{text: dates})
			textPara(&doc, f+".description", e.Description)
		}
	}
	if len(p.Skills) > 0 {
		heading("Skills")
		var ps []piece
		for i, s := range p.Skills {
			ps = append(ps, piece{field: fmt.Sprintf("skills[%d]", i), text: s})
		}
		joined(paraText, " · ", ps...)
	}
	if len(p.Projects) > 0 {
		heading("Projects")
		for i, x := range p.Projects {
			f := fmt.Sprintf("projects[%d]", i)
			one(paraText, f+".name", x.Name)
			textPara(&doc, f+".description", x.Description)
		}
	}
	if len(p.Publications) > 0 {
		heading("Publications")
		for i, x := range p.Publications {
			f := fmt.Sprintf("publications[%d]", i)
			year := ""
			if x.Year != 0 {
				year = fmt.Sprint(x.Year)
			}
			joined(paraText, " · ", piece{field: f + ".title", text: x.Title}, piece{field: f + ".publisher", text: x.Publisher}, piece{field: f + ".year", text: year})
			textPara(&doc, f+".description", x.Description)
		}
	}
	if len(p.Education) > 0 {
		heading("Education")
		for i, x := range p.Education {
			f := fmt.Sprintf("education[%d]", i)
			year := ""
			if x.Year != 0 {
				year = fmt.Sprint(x.Year)
			}
			joined(paraText, " · ", piece{field: f + ".school", text: x.School}, piece{field: f + ".degree", text: x.Degree}, piece{field: f + ".field", text: x.Field}, piece{field: f + ".year", text: year})
		}
	}
	for _, sec := range []struct {
		title, field string
		items        []string
	}{{"Certifications", "certifications", p.Certifications}, {"Volunteering", "volunteering", p.Volunteering}, {"Honors & awards", "honors", p.Honors}} {
		if len(sec.items) == 0 {
			continue
		}
		heading(sec.title)
		for i, s := range sec.items {
			one(paraText, fmt.Sprintf("%s[%d]", sec.field, i), s)
		}
	}
	keys := make([]string, 0, len(p.Extra))
	for k, v := range p.Extra {
		if hasText(v) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		heading(sectionTitle(k))
		extraParas(&doc, "extra."+k, p.Extra[k])
	}
	if !structured && strings.TrimSpace(p.Text) != "" {
		heading("Profile (as pasted)")
		textPara(&doc, "text", p.Text)
	}
	return doc
}

// linkedInSections are the headings LinkedIn gives the sections inmail
// keeps in Extra, by their key.
var linkedInSections = map[string]string{
	"languages": "Languages", "patents": "Patents", "courses": "Courses",
	"organizations": "Organizations", "organisations": "Organisations",
	"test_scores": "Test scores", "recommendations": "Recommendations", "causes": "Causes",
	"interests": "Interests", "featured": "Featured",
}

// sectionTitle is the heading for an Extra key: LinkedIn's own for its
// sections ("Test scores"), else the key in words ("githubHandle",
// "github_handle": "Github handle").
func sectionTitle(key string) string {
	if t, ok := linkedInSections[strings.ToLower(key)]; ok {
		return t
	}
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	rs := []rune(key)
	for i, r := range rs {
		switch {
		case r == '_' || r == '-' || r == '.' || unicode.IsSpace(r):
			flush()
			continue
		case unicode.IsUpper(r) && i > 0 && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1]) && unicode.IsUpper(rs[i-1])):
			// fooBar, or the last capital of an acronym before a word: URLPath.
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	for i, w := range words {
		if w != strings.ToUpper(w) || len([]rune(w)) == 1 {
			// Acronyms (URL, GPA) stay as they are.
			w = strings.ToLower(w)
		}
		if i == 0 {
			r, n := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(r)) + w[n:]
		}
		words[i] = w
	}
	if len(words) == 0 {
		return key
	}
	return strings.Join(words, " ")
}

// hasText reports whether an Extra value has something to show.
func hasText(v any) bool {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v) != ""
	case []any:
		for _, e := range v {
			if hasText(e) {
				return true
			}
		}
	case map[string]any:
		for _, e := range v {
			if hasText(e) {
				return true
			}
		}
	case float64, int, int64, bool:
		return true
	}
	return false
}

// extraParas adds an Extra value under the field names the validator
// gives its parts (extra.key[1], extra.key.sub), so a reference to it is
// highlighted: text by line, a list item by item, a mapping as
// "Sub key: value".
func extraParas(doc *[]para, field string, v any) {
	switch v := v.(type) {
	case string:
		textPara(doc, field, v)
	case []any:
		for i, e := range v {
			extraParas(doc, fmt.Sprintf("%s[%d]", field, i), e)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k, e := range v {
			if hasText(e) {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		for _, k := range keys {
			if s, ok := scalarText(v[k]); ok {
				*doc = append(*doc, para{kind: paraText, pieces: []piece{{text: sectionTitle(k) + ": "}, {field: field + "." + k, text: s}}})
				continue
			}
			*doc = append(*doc, para{kind: paraText, pieces: []piece{{text: sectionTitle(k) + ":"}}})
			extraParas(doc, field+"."+k, v[k])
		}
	default:
		if s, ok := scalarText(v); ok {
			*doc = append(*doc, para{kind: paraText, pieces: []piece{{field: field, text: s}}})
		}
	}
}

// scalarText is a one-line value as text.
func scalarText(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		if !strings.Contains(v, "\n") {
			return v, true
		}
	case float64, int, int64, bool:
		return fmt.Sprint(v), true
	}
	return "", false
}

// textPara adds a field's text, one paragraph per line, keeping each
// line's offset in the field.
func textPara(doc *[]para, field, s string) {
	off := 0
	for _, l := range strings.SplitAfter(s, "\n") {
		text := strings.TrimRight(l, "\r\n")
		if strings.TrimSpace(text) != "" {
			*doc = append(*doc, para{kind: paraText, pieces: []piece{{field: field, base: off, text: text}}})
		}
		off += len(l)
	}
}

// span is a byte range in a paragraph's text.
type span struct{ start, end int }

// highlights finds each reference in the paragraphs: by its field and
// span, or, for the pasted text when the pane shows sections, by its text.
func highlights(doc []para, refs []personalize.Reference) map[int][]span {
	out := map[int][]span{}
	for _, r := range refs {
		found := false
		for pi, p := range doc {
			off := 0
			for _, x := range p.pieces {
				if x.field == r.Field && x.field != "" {
					s, e := max(r.FieldStart, x.base), min(r.FieldEnd, x.base+len(x.text))
					if s < e {
						out[pi] = append(out[pi], span{off + s - x.base, off + e - x.base})
						found = true
					}
				}
				off += len(x.text)
			}
		}
		if found || strings.TrimSpace(r.Text) == "" {
			continue
		}
		// The reference is in a field the pane does not show as such
		// (the pasted text behind the sections): find its words.
		needle := strings.ToLower(r.Text)
		for pi, p := range doc {
			if p.kind != paraText {
				continue
			}
			if i := strings.Index(strings.ToLower(p.text()), needle); i >= 0 {
				out[pi] = append(out[pi], span{i, i + len(needle)})
				break
			}
		}
	}
	return out
}

func (p para) text() string {
	if len(p.pieces) == 1 {
		return p.pieces[0].text
	}
	var b strings.Builder
	for _, x := range p.pieces {
		b.WriteString(x.text)
	}
	return b.String()
}

// wrapSpans word-wraps s to width cells and returns each line's byte range.
// Breaks fall after spaces; a word wider than the line is broken.
func wrapSpans(s string, width int) []span {
	if width < 1 {
		width = 1
	}
	var lines []span
	start, w := 0, 0
	lastSpace := -1 // byte index just after the last space on the line
	for i, r := range s {
		rw := 1
		if r >= 0x1100 {
			rw = ansi.StringWidth(string(r))
		}
		if w+rw > width && i > start {
			if lastSpace > start {
				lines = append(lines, span{start, lastSpace})
				start = lastSpace
				w = ansi.StringWidth(s[start:i])
			} else {
				lines = append(lines, span{start, i})
				start, w = i, 0
			}
			lastSpace = -1
		}
		w += rw
		if r == ' ' {
			lastSpace = i + 1
		}
	}
	lines = append(lines, span{start, len(s)})
	return lines
}

// profileText is the profile laid out at a width, as the profile pane's
// viewport takes it: each line's text and the kind of paragraph it is
// from (its style), the highlights as byte ranges of the lines joined by
// newlines (viewport.SetHighlights's form), and the line of the first
// highlight (-1: none).
type profileText struct {
	lines []string
	kinds []paraKind
	marks [][]int
	first int
}

// layoutDoc wraps the paragraphs to width and places the highlights.
func layoutDoc(doc []para, hl map[int][]span, width int) profileText {
	pt := profileText{first: -1}
	off := 0 // where the next line starts in the joined text
	add := func(line string, k paraKind) {
		pt.lines = append(pt.lines, line)
		pt.kinds = append(pt.kinds, k)
		off += len(line) + 1
	}
	for pi, p := range doc {
		if p.kind == paraBlank {
			add("", paraBlank)
			continue
		}
		text := p.text()
		for _, ln := range wrapSpans(text, width) {
			seg := strings.TrimRight(text[ln.start:ln.end], " ")
			end := ln.start + len(seg)
			pos := ln.start
			for _, h := range hl[pi] {
				s, e := max(h.start, ln.start), min(h.end, end)
				if s >= e || s < pos {
					continue
				}
				pt.marks = append(pt.marks, []int{off + s - ln.start, off + e - ln.start})
				pos = e
				if pt.first < 0 {
					pt.first = len(pt.lines)
				}
			}
			add(seg, p.kind)
		}
	}
	return pt
}

// kindStyle is how a paragraph of kind k is drawn.
func kindStyle(st common.Styles, k paraKind) lipgloss.Style {
	switch k {
	case paraHeading:
		return st.Label.Bold(true)
	case paraName:
		return st.Title
	case paraMerge:
		return st.Subtle
	}
	return lipgloss.NewStyle()
}
