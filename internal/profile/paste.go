package profile

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// TextSpan says which profile field a piece of pasted text filled: Field is
// a path such as "name", "about", "experience[0].description" or
// "skills[2]", and Start and End are byte offsets in the pasted text.
type TextSpan struct {
	Field      string
	Start, End int
}

// ParsePaste reads text copied from a LinkedIn profile page: the name,
// headline and location at the top, then the About, Experience, Education,
// Skills, Licenses & certifications, Projects, Publications, Volunteering
// and Honors & awards sections. It tolerates the noise such a copy carries
// (employment types, durations, "Show all 12 skills", endorsement counts,
// "… see more", "Kenji Watanabe and 2 others", repeated lines, blank
// lines). The skills line under a position ("Skills: Rust · Motion
// Planning · +2 skills") adds those skills to Skills, after the Skills
// section's own, rather than to the position's description. Text is
// always set to the input; fields it cannot find are left empty. It never
// fails.
func ParsePaste(text string) Profile {
	p, _ := ParsePasteSpans(text)
	return p
}

// ParsePasteSpans is ParsePaste that also reports, line by line, which
// field each piece of the text went to, so a caller can point back into
// the pasted text.
func ParsePasteSpans(text string) (Profile, []TextSpan) {
	ps := &pasteParser{text: text}
	ps.p.Text = text
	ps.lines()
	ps.parse()
	return ps.p, ps.spans
}

// section is a heading of the profile page.
type section int

const (
	secTop section = iota
	secAbout
	secExperience
	secEducation
	secSkills
	secCertifications
	secProjects
	secPublications
	secVolunteering
	secHonors
	secOther // kept in Extra under its heading
	secSkip  // activity, interests, people also viewed: not about the candidate
)

var headings = map[string]section{
	"about": secAbout, "summary": secAbout,
	"experience": secExperience, "work experience": secExperience,
	"education": secEducation,
	"skills":    secSkills, "top skills": secSkills, "skills & endorsements": secSkills,
	"licenses & certifications": secCertifications, "licenses and certifications": secCertifications,
	"certifications": secCertifications, "licenses": secCertifications,
	"projects":     secProjects,
	"publications": secPublications,
	"volunteering": secVolunteering, "volunteer experience": secVolunteering, "volunteer work": secVolunteering,
	"honors & awards": secHonors, "honors and awards": secHonors, "honours & awards": secHonors,
	"honours and awards": secHonors, "awards": secHonors,
	"patents": secOther, "courses": secOther, "languages": secOther, "organizations": secOther,
	"organisations": secOther, "test scores": secOther, "recommendations": secOther, "causes": secOther,
	"activity": secSkip, "interests": secSkip, "featured": secSkip, "people also viewed": secSkip,
	"people you may know": secSkip, "more profiles for you": secSkip, "you might like": secSkip,
	"explore premium profiles": secSkip, "analytics": secSkip, "resources": secSkip,
}

// kind is what one pasted line is.
type kind int

const (
	kText kind = iota
	kBlank
	kDate     // a date or date range, "Issued Jan 2020"
	kDuration // "5 yrs 3 mos" alone: the head of a company with several roles
	kDateText // text with a date: "IEEE ICRA · May 2020", "Issued by X · 2021"
)

type item struct {
	s          string // cleaned text
	start, end int    // span of the line in the pasted text
	kind       kind
	workplace  bool // the line carried "Remote", "Hybrid" or "On-site"
	empType    bool // the line carried "Full-time" and the like
}

type pasteParser struct {
	text  string
	items []item
	p     Profile
	spans []TextSpan
	// sections are the runs of items under each heading, in order; the
	// first is the top card, before any heading.
	sections []sectionItems
	// posSkills are the skills LinkedIn lists under a position, school or
	// project ("Skills: Rust · Motion Planning · +2 skills"), added to the
	// profile's skills after the Skills section's own.
	posSkills []posSkill
}

// posSkill is a skill named under an entry, with its span in the text.
type posSkill struct {
	name       string
	start, end int
}

type sectionItems struct {
	sec   section
	name  string
	items []item
}

var (
	reCount    = regexp.MustCompile(`(?i)^[\d,.]+\+?\s*(k\s*)?(endorsements?|followers?|connections?|mutual connections?|contacts?)\b`)
	reNumbered = regexp.MustCompile(`(?i)^(\+ ?\d+ skills?|\d+ experiences? (at|across)|\d+ educations?\b|\d+ (other )?skills?\b)`)
	reDegree   = regexp.MustCompile(`(?i)^(·\s*)?(1st|2nd|3rd\+?|3rd)( degree connection)?$`)
	rePronouns = regexp.MustCompile(`(?i)^(he/him|she/her|they/them|he/they|she/they)$`)
	reMonth    = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`
	reYearish  = `(?:` + reMonth + `\s+)?(?:19|20)\d\d`
	reDate     = regexp.MustCompile(`(?i)^(issued\s+|expires?\s+|started\s+)?(` + reYearish + `)(\s*(-|–|—|to)\s*(` + reYearish + `|present|now|current|today))?$`)
	reDuration = regexp.MustCompile(`(?i)^(less than a year|\d+\s*(yrs?|years?|mos?|months?)(\s+\d+\s*(mos?|months?))?)$`)
	reYear     = regexp.MustCompile(`\b(19|20)\d\d\b`)
	reLocation = regexp.MustCompile(`^\p{Lu}[\p{L}.'’ -]*(, \p{Lu}[\p{L}.'’ -]*){1,3}$`)
	// reMoreSkills is the end of the skills line under a position:
	// "· +2 skills", "and +3 skills".
	reMoreSkills = regexp.MustCompile(`(?i)(^|\s*(·|,|\band\b))\s*\+\s?\d+\s+skills?$`)
	// reOthers is an author or reaction line: "Kenji Watanabe and 2 others".
	reOthers = regexp.MustCompile(`(?i)^[^·,;:]{1,60} and \d+ others?$`)
)

// lines splits the text into cleaned items with their spans.
func (ps *pasteParser) lines() {
	ps.items = make([]item, 0, strings.Count(ps.text, "\n")+1)
	off := 0
	var prev string
	for off <= len(ps.text) {
		nl := strings.IndexByte(ps.text[off:], '\n')
		end := len(ps.text)
		if nl >= 0 {
			end = off + nl
		}
		ps.addLine(off, end, &prev)
		if nl < 0 {
			break
		}
		off = end + 1
	}
}

func (ps *pasteParser) addLine(start, end int, prev *string) {
	raw := ps.text[start:end]
	// Trim, keeping the span on the text that is left.
	lead := len(raw) - len(strings.TrimLeftFunc(raw, isSpaceOrBullet))
	raw = strings.TrimLeftFunc(raw, isSpaceOrBullet)
	start += lead
	raw = strings.TrimRightFunc(raw, unicode.IsSpace)
	if hasSuffixFold(raw, "see more") {
		raw = strings.TrimRightFunc(raw[:seeMoreStart(raw)], unicode.IsSpace)
	}
	end = start + len(raw)
	if raw == "" {
		if len(ps.items) > 0 && ps.items[len(ps.items)-1].kind != kBlank {
			ps.items = append(ps.items, item{kind: kBlank, start: start, end: start})
		}
		*prev = ""
		return
	}
	it := item{start: start, end: end}
	// Split on "·" and drop the parts that are noise. A long line without
	// one is description: the common case, kept as it is.
	var keepBuf [4]string
	keep := keepBuf[:0]
	var hasDuration, hasDate bool
	split := strings.Contains(raw, "·") || len(raw) <= 80
	for rest, more := raw, true; more; {
		part := rest
		if split {
			part, rest, more = strings.Cut(rest, "·")
		} else {
			more = false
		}
		part = strings.TrimSpace(part)
		switch {
		case part == "":
		case len(part) > 60:
			// Description text: none of the short forms below.
			keep = append(keep, part)
		case len(part) <= 16 && inLower(empTypes, part):
			it.empType = true
		case len(part) <= 8 && inLower(workplaces, part):
			it.workplace = true
		case startsWithDigit(part) && isDuration(part), strings.EqualFold(part, "less than a year"):
			hasDuration = true
		case mayBeDate(part) && isDate(part):
			hasDate = true
		case hasDigit(part) && (mayBeDegree(part) && isDegree(part) || mayBeCount(part) && isCount(part)),
			strings.IndexByte(part, '/') > 0 && rePronouns.MatchString(part),
			strings.EqualFold(part, "contact info"):
		default:
			keep = append(keep, part)
		}
	}
	it.s = strings.Join(keep, " · ")
	switch {
	case it.s == "" && hasDate:
		it.kind = kDate
	case it.s == "" && hasDuration:
		it.kind = kDuration
	case it.s == "":
		return // noise, or only an employment type or a workplace
	case isNoise(it.s):
		return
	case hasDate:
		it.kind = kDateText
	}
	if strings.HasSuffix(it.s, " logo") {
		return
	}
	// A copy often repeats a line (visible text and its accessible label).
	if it.s != "" && it.s == *prev {
		return
	}
	*prev = it.s
	ps.items = append(ps.items, it)
}

func isSpaceOrBullet(r rune) bool {
	return unicode.IsSpace(r) || r == '•' || r == '·' || r == '▪' || r == '●' || r == '◦'
}

var (
	empTypes = setOf("full-time", "part-time", "full time", "part time", "contract", "contractor",
		"self-employed", "freelance", "internship", "apprenticeship", "seasonal", "permanent", "temporary")
	workplaces = setOf("remote", "hybrid", "on-site", "onsite")
	// noiseLines are the buttons and labels of the page.
	noiseLines = setOf("message", "more", "connect", "follow", "following", "contact info", "open to",
		"add profile section", "enhance profile", "pending", "view profile", "send profile in a message",
		"save to pdf", "report / block", "about this profile", "nothing to see for now", "endorse",
		"endorsed", "passed linkedin skill assessment", "linkedin skill assessment", "no expiration date",
		"see credential", "view credential", "show all", "see more", "see all")
	noisePrefixes = []string{"show all ", "show more", "show less", "see all ", "see more", "see less",
		"show credential", "show publication", "show project", "credential id", "expires ", "endorsed by "}
)

// maxNoiseLine is the length of the longest of noiseLines.
var maxNoiseLine = func() int {
	n := 0
	for l := range noiseLines {
		n = max(n, len(l))
	}
	return n
}()

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// isNoise reports whether a line is page furniture: buttons, counts,
// endorsements, "Show all 12 skills".
func isNoise(s string) bool {
	if len(s) > 80 {
		return false // noise lines are short; description is not
	}
	if !isASCII(s) {
		return isNoiseLower(strings.ToLower(s))
	}
	// ASCII text is tested as it is, ignoring case: the lists and
	// patterns are in lower case or (?i), so lower-casing it first would
	// not change an answer.
	if len(s) <= maxNoiseLine && inLower(noiseLines, s) || hasSuffixFold(s, " endorsement") || hasSuffixFold(s, " endorsements") {
		return true
	}
	for _, p := range noisePrefixes {
		if len(s) >= len(p) && equalFoldASCII(s[:len(p)], p) {
			return true
		}
	}
	if hasDigit(s) && (mayBeCount(s) && isCount(s) || mayBeNumbered(s) && reNumbered.MatchString(s) ||
		mayBeDegree(s) && isDegree(s) || containsFoldASCII(s, " and ") && reOthers.MatchString(s)) {
		return true
	}
	return strings.IndexByte(s, '/') > 0 && rePronouns.MatchString(s)
}

// isNoiseLower is isNoise on the lower-cased line l.
func isNoiseLower(l string) bool {
	if noiseLines[l] || strings.HasSuffix(l, " endorsement") || strings.HasSuffix(l, " endorsements") {
		return true
	}
	for _, p := range noisePrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if hasDigit(l) && (mayBeCount(l) && isCount(l) || mayBeNumbered(l) && reNumbered.MatchString(l) ||
		mayBeDegree(l) && isDegree(l) || strings.Contains(l, " and ") && reOthers.MatchString(l)) {
		return true
	}
	return strings.IndexByte(l, '/') > 0 && rePronouns.MatchString(l)
}

// inLower reports m[strings.ToLower(s)], without making the lower-case
// string when s is short ASCII.
func inLower[V any](m map[string]V, s string) V {
	if len(s) > 80 || !isASCII(s) {
		return m[strings.ToLower(s)]
	}
	var buf [80]byte
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return m[string(b)]
}

// containsFoldASCII reports whether s holds sub, ignoring ASCII case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' < 10 {
			return true
		}
	}
	return false
}

// countFields is len(strings.Fields(s)), without making the fields.
func countFields(s string) int {
	n := 0
	inField := false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// The tests below are quick necessary conditions for the patterns above:
// a string that fails one cannot match the pattern, so the regexp is not
// run. (?i) lets "s" match "ſ" (U+017F, whose UTF-8 starts with 0xC5) and
// "k" match the Kelvin sign; the tests allow for both.

func startsWithDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// mayBeDate: reDate starts with a year, a month or "issued", "expires",
// "started", and ends with a year or "present", "now", "current", "today".
func mayBeDate(s string) bool {
	if len(s) < 4 {
		return false
	}
	first, last := s[0]|0x20, s[len(s)-1]|0x20 // ASCII lower case; digits stay
	return ('0' <= first && first <= '9' || strings.IndexByte("ijfmasonde", first) >= 0 || s[0] == 0xC5) &&
		('0' <= last && last <= '9' || last == 't' || last == 'w' || last == 'y')
}

// mayBeCount: reCount starts with digits, commas and dots, then perhaps
// "+" and spaces, then "k" (or the Kelvin sign, 0xE2 0x84 0xAA) or a word
// starting with e, f, c or m.
func mayBeCount(s string) bool {
	i := 0
	for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == ',' || s[i] == '.') {
		i++
	}
	if i == 0 {
		return false
	}
	if i < len(s) && s[i] == '+' {
		i++
	}
	i = skipSpaces(s, i)
	return i < len(s) && (strings.IndexByte("kefcm", s[i]|0x20) >= 0 || s[i] == 0xE2)
}

// mayBeNumbered: reNumbered starts with a digit or "+".
func mayBeNumbered(s string) bool { return s != "" && ('0' <= s[0] && s[0] <= '9' || s[0] == '+') }

// mayBeDegree: reDegree starts with "·" (0xC2 0xB7), or with 1, 2 or 3 and
// then s ("ſ" starts with 0xC5), n or r.
func mayBeDegree(s string) bool {
	return s != "" && (s[0] == 0xC2 ||
		'1' <= s[0] && s[0] <= '3' && len(s) >= 3 && (strings.IndexByte("snr", s[1]|0x20) >= 0 || s[1] == 0xC5))
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// parse splits the items into sections and reads each.
func (ps *pasteParser) parse() {
	// A section's items are the run of ps.items after its heading.
	cur := sectionItems{sec: secTop}
	first := 0
	seen := map[string]bool{}
	for i, it := range ps.items {
		if it.kind == kText && len(it.s) <= 30 {
			// A heading seen before is content ("Education" as a volunteer
			// cause after the Education section).
			if sec := inLower(headings, strings.TrimSpace(it.s)); sec != secTop {
				if h := strings.ToLower(strings.TrimSpace(it.s)); !seen[h] {
					seen[h] = true
					cur.items = ps.items[first:i:i]
					ps.sections = append(ps.sections, cur)
					cur = sectionItems{sec: sec, name: strings.ToLower(it.s)}
					first = i + 1
					continue
				}
			}
		}
	}
	cur.items = ps.items[first:len(ps.items):len(ps.items)]
	ps.sections = append(ps.sections, cur)
	ps.spans = make([]TextSpan, 0, len(ps.items))
	for _, s := range ps.sections {
		items := trimBlanks(s.items)
		switch s.sec {
		case secTop:
			ps.top(items)
		case secAbout:
			ps.about(items)
		case secExperience:
			ps.experience(items)
		case secEducation:
			ps.education(items)
		case secSkills:
			ps.list(items, "skills", &ps.p.Skills)
		case secCertifications:
			ps.grouped(items, 2, "certifications", &ps.p.Certifications)
		case secProjects:
			ps.projects(items)
		case secPublications:
			ps.publications(items)
		case secVolunteering:
			ps.grouped(items, 2, "volunteering", &ps.p.Volunteering)
		case secHonors:
			ps.grouped(items, 1, "honors", &ps.p.Honors)
		case secOther:
			ps.other(s.name, items)
		}
	}
	ps.addPosSkills()
	if ps.p.Title == "" && ps.p.Company == "" && ps.p.Headline != "" {
		if t, c, ok := strings.Cut(ps.p.Headline, " at "); ok {
			ps.p.Title, ps.p.Company = strings.TrimSpace(t), strings.TrimSpace(c)
		}
	}
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

func (ps *pasteParser) span(field string, it item) {
	ps.spans = append(ps.spans, TextSpan{Field: field, Start: it.start, End: it.end})
}

// top reads the name, headline and location.
func (ps *pasteParser) top(items []item) {
	n := 0
	for _, it := range items {
		if it.kind != kText {
			continue
		}
		switch n {
		case 0:
			ps.p.Name = cleanName(it.s)
			ps.span("name", it)
		case 1:
			ps.p.Headline = it.s
			ps.span("headline", it)
		case 2:
			ps.p.Location = it.s
			ps.span("location", it)
		default:
			// The top card also repeats the current company and school.
			ps.span("top", it)
		}
		n++
	}
}

func (ps *pasteParser) about(items []item) {
	var parts []string
	for _, it := range items {
		if it.kind == kText {
			parts = append(parts, it.s)
			ps.span("about", it)
		}
	}
	ps.p.About = strings.Join(parts, "\n")
}

// isShort reports whether s can be a header line (a title, a company, a
// school) rather than description.
func isShort(s string) bool {
	return countFields(s) <= 10 && !strings.HasSuffix(s, ".") && !isSkillsLine(s)
}

// isSkillsLine reports whether s is the line of skills LinkedIn shows
// under a position: "Skills: Leveraged Finance · Financial Modeling · +2
// skills", or "Rust, Motion Planning and +2 skills".
func isSkillsLine(s string) bool {
	return len(s) > 7 && strings.EqualFold(s[:7], "skills:") || strings.IndexByte(s, '+') >= 0 && hasDigit(s) && reMoreSkills.MatchString(s)
}

// entrySkills takes the skills line under an entry: its skills are kept
// for the profile's skills (see posSkills), and the line is not part of
// the entry's description. It reports whether it was one.
func (ps *pasteParser) entrySkills(it item) bool {
	if !isSkillsLine(it.s) {
		return false
	}
	list, off := ps.text[it.start:it.end], it.start
	if len(list) > 7 && strings.EqualFold(list[:7], "skills:") {
		list, off = list[7:], off+7
	}
	if loc := reMoreSkills.FindStringIndex(list); loc != nil {
		list = list[:loc[0]]
	}
	sep := ","
	if strings.Contains(list, "·") {
		sep = "·"
	}
	for _, part := range strings.Split(list, sep) {
		name := strings.TrimSpace(part)
		if name != "" {
			at := off + strings.Index(part, name)
			ps.posSkills = append(ps.posSkills, posSkill{name: name, start: at, end: at + len(name)})
		}
		off += len(part) + len(sep)
	}
	return true
}

// addPosSkills adds the skills named under entries that the Skills
// section did not list, after its own.
func (ps *pasteParser) addPosSkills() {
	have := map[string]bool{}
	for _, s := range ps.p.Skills {
		have[strings.ToLower(s)] = true
	}
	for _, s := range ps.posSkills {
		if have[strings.ToLower(s.name)] {
			continue
		}
		have[strings.ToLower(s.name)] = true
		ps.spans = append(ps.spans, TextSpan{Field: fieldPath("skills", len(ps.p.Skills), ""), Start: s.start, End: s.end})
		ps.p.Skills = append(ps.p.Skills, s.name)
	}
}

// description reads the description lines of an entry into field, leaving
// out the skills line under the entry (see entrySkills), and returns their
// text.
func (ps *pasteParser) description(field string, lines []item) string {
	var parts []string
	for _, it := range lines {
		if ps.entrySkills(it) {
			continue
		}
		parts = append(parts, it.s)
		ps.span(field, it)
	}
	return strings.Join(parts, "\n")
}

// entry is one dated entry of a section: its header lines, the index of
// its date and the lines that follow.
type entry struct {
	group *item // company of a multi-role group
	head  []item
	date  item
	desc  []item
}

// entries splits items into entries anchored on their date lines. Each
// entry's header is up to maxHead short lines just before its date; when
// there is no date at all, entries are separated by blank lines.
func entries(items []item, maxHead int, dateText bool) []entry {
	var dates []int
	for i, it := range items {
		if it.kind == kDate || dateText && it.kind == kDateText && i > 0 && items[i-1].kind == kText {
			dates = append(dates, i)
		}
	}
	if len(dates) == 0 {
		var out []entry
		var cur entry
		flush := func() {
			if len(cur.head)+len(cur.desc) > 0 {
				out = append(out, cur)
			}
			cur = entry{}
		}
		for _, it := range items {
			switch {
			case it.kind == kBlank:
				flush()
			case it.kind != kText && it.kind != kDateText:
			case len(cur.head) < maxHead && len(cur.desc) == 0 && (len(cur.head) == 0 || isShort(it.s)):
				cur.head = append(cur.head, it)
			default:
				cur.desc = append(cur.desc, it)
			}
		}
		flush()
		return out
	}
	var out []entry
	lo := 0 // first item not yet used
	var group *item
	for k, d := range dates {
		j := d - 1
		var head []item
		for j >= lo && len(head) < maxHead && items[j].kind == kText && isShort(items[j].s) {
			head = append([]item{items[j]}, head...)
			j--
		}
		if j >= lo && items[j].kind == kBlank && len(head) == 0 {
			j--
		}
		// "Company / 5 yrs / Title / date": a company with several roles.
		if j >= lo && items[j].kind == kDuration {
			if len(head) == 2 {
				head = head[1:]
			}
			if j-1 >= lo && items[j-1].kind == kText {
				group = &items[j-1]
				j -= 2
			} else {
				j--
			}
		} else if len(head) == 2 {
			group = nil
		}
		// The lines between the previous entry and this header belong to
		// the previous entry's description.
		var before []item
		for _, it := range items[lo : j+1] {
			if it.kind == kText || it.kind == kDateText {
				before = append(before, it)
			}
		}
		if k > 0 {
			prev := &out[len(out)-1]
			prev.desc = append(prev.desc, before...)
			before = nil
		}
		e := entry{group: group, head: head, date: items[d], desc: before}
		out = append(out, e)
		lo = d + 1
	}
	last := &out[len(out)-1]
	for _, it := range items[lo:] {
		if it.kind == kText || it.kind == kDateText {
			last.desc = append(last.desc, it)
		}
	}
	return out
}

func (ps *pasteParser) experience(items []item) {
	for i, e := range entries(items, 2, false) {
		f := fieldPath("experience", i, "")
		var x Experience
		desc := e.desc
		// A location line right after the date is not description.
		if len(desc) > 0 && (desc[0].workplace || strings.Contains(desc[0].s, ", ") && isLocation(desc[0].s) && countFields(desc[0].s) <= 6) {
			ps.span(f+".location", desc[0])
			desc = desc[1:]
		}
		switch len(e.head) {
		case 0:
		case 1:
			x.Title = e.head[0].s
			ps.span(f+".title", e.head[0])
			if e.group != nil {
				x.Company = e.group.s
				ps.span(f+".company", *e.group)
			}
		default:
			x.Title, x.Company = e.head[0].s, e.head[1].s
			ps.span(f+".title", e.head[0])
			ps.span(f+".company", e.head[1])
		}
		x.Start, x.End = dateRange(ps.text[e.date.start:e.date.end])
		x.Description = ps.description(f+".description", desc)
		ps.p.Experience = append(ps.p.Experience, x)
	}
	if len(ps.p.Experience) > 0 {
		cur := ps.p.Experience[0]
		ps.p.Title, ps.p.Company = cur.Title, cur.Company
	}
}

// dateRange reads "Jan 2019 - Present · 5 yrs" as ("Jan 2019", "Present").
func dateRange(raw string) (start, end string) {
	raw, _, _ = strings.Cut(raw, "·")
	raw = strings.TrimSpace(raw)
	for _, sep := range []string{" - ", " – ", " — ", "-", "–", "—", " to "} {
		if a, b, ok := strings.Cut(raw, sep); ok {
			return strings.TrimSpace(a), strings.TrimSpace(b)
		}
	}
	return raw, ""
}

func (ps *pasteParser) education(items []item) {
	for i, e := range entries(items, 2, false) {
		f := fieldPath("education", i, "")
		var ed Education
		if len(e.head) > 0 {
			ed.School = e.head[0].s
			ps.span(f+".school", e.head[0])
		}
		if len(e.head) > 1 {
			deg := e.head[1].s
			ps.span(f+".degree", e.head[1])
			if y := lastYear(deg); y != 0 {
				ed.Year = y
				deg = strings.TrimRight(strings.TrimSpace(reYear.ReplaceAllString(deg, "")), ",;-–· ")
			}
			d, fld, _ := strings.Cut(deg, ", ")
			ed.Degree, ed.Field = strings.TrimSpace(d), strings.TrimSpace(fld)
		}
		if e.date.end > e.date.start {
			if y := lastYear(ps.text[e.date.start:e.date.end]); y != 0 {
				ed.Year = y
			}
		}
		// Education has no description field; the lines are still spans
		// of the pasted text, which a personalization line can refer to.
		ps.description(f+".description", e.desc)
		ps.p.Education = append(ps.p.Education, ed)
	}
}

// lastYear is the last year in s (what reYear finds last), or 0.
func lastYear(s string) int {
	// Matches of reYear are four digits between non-word bytes, so they
	// cannot overlap: the last candidate is the last match.
	for i := len(s) - 4; i >= 0; i-- {
		c0, c1 := s[i], s[i+1]
		if !(c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0') || !isDigitByte(s[i+2]) || !isDigitByte(s[i+3]) {
			continue
		}
		if i > 0 && isWordByte(s[i-1]) || i+4 < len(s) && isWordByte(s[i+4]) {
			continue
		}
		return int(c0-'0')*1000 + int(c1-'0')*100 + int(s[i+2]-'0')*10 + int(s[i+3]-'0')
	}
	return 0
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte is \w of regexp: an ASCII letter, digit or underscore.
func isWordByte(c byte) bool {
	return isDigitByte(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// list reads one value per line, skipping duplicates.
func (ps *pasteParser) list(items []item, field string, dst *[]string) {
	seen := map[string]bool{}
	for _, it := range items {
		if it.kind != kText {
			continue
		}
		k := strings.ToLower(it.s)
		if seen[k] {
			continue
		}
		seen[k] = true
		ps.span(fieldPath(field, len(*dst), ""), it)
		*dst = append(*dst, it.s)
	}
}

// grouped reads entries whose lines are joined into one value: a
// certification and its issuer, a volunteer role, its organisation and cause.
func (ps *pasteParser) grouped(items []item, maxHead int, field string, dst *[]string) {
	for _, e := range entries(items, maxHead, true) {
		lines := append(append([]item{}, e.head...), e.desc...)
		if e.date.kind == kDateText {
			lines = append(append(append([]item{}, e.head...), e.date), e.desc...)
		}
		if len(lines) == 0 {
			continue
		}
		f := fieldPath(field, len(*dst), "")
		var parts []string
		for i, it := range lines {
			s := it.s
			if i > 0 && strings.HasPrefix(s, "Issued by ") {
				// "Rising Star, issued by Global Capital Awards": the
				// page's label reads as part of the sentence.
				s = "issued by " + s[len("Issued by "):]
			}
			parts = append(parts, s)
			ps.span(f, it)
		}
		*dst = append(*dst, strings.Join(parts, ", "))
	}
}

func (ps *pasteParser) projects(items []item) {
	for _, e := range entries(items, 1, true) {
		if len(e.head)+len(e.desc) == 0 {
			continue
		}
		f := fieldPath("projects", len(ps.p.Projects), "")
		var pr Project
		desc := e.desc
		if len(e.head) > 0 {
			pr.Name = e.head[0].s
			ps.span(f+".name", e.head[0])
		} else {
			pr.Name = desc[0].s
			ps.span(f+".name", desc[0])
			desc = desc[1:]
		}
		pr.Description = ps.description(f+".description", desc)
		ps.p.Projects = append(ps.p.Projects, pr)
	}
}

func (ps *pasteParser) publications(items []item) {
	for _, e := range entries(items, 1, true) {
		lines := append(append([]item{}, e.head...), e.desc...)
		if len(lines) == 0 {
			continue
		}
		f := fieldPath("publications", len(ps.p.Publications), "")
		pub := Publication{Title: lines[0].s, Year: lastYear(ps.text[e.date.start:e.date.end])}
		ps.span(f+".title", lines[0])
		if e.date.kind == kDateText {
			pub.Publisher = e.date.s
			ps.span(f+".publisher", e.date)
		}
		var parts []string
		descField := f + ".description"
		for i, it := range lines[1:] {
			if i == 0 && pub.Publisher == "" && countFields(it.s) <= 6 && !strings.HasSuffix(it.s, ".") {
				pub.Publisher = it.s
				ps.span(f+".publisher", it)
				continue
			}
			parts = append(parts, it.s)
			ps.span(descField, it)
		}
		pub.Description = strings.Join(parts, "\n")
		ps.p.Publications = append(ps.p.Publications, pub)
	}
}

// other keeps a section inmail has no field for (patents, courses,
// languages) in Extra under its heading.
func (ps *pasteParser) other(name string, items []item) {
	key := strings.ReplaceAll(name, " ", "_")
	var parts []string
	for _, it := range items {
		if it.kind == kText {
			parts = append(parts, it.s)
			ps.span("extra."+key, it)
		}
	}
	if len(parts) == 0 {
		return
	}
	if ps.p.Extra == nil {
		ps.p.Extra = map[string]any{}
	}
	ps.p.Extra[key] = strings.Join(parts, "\n")
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

var honorifics = map[string]bool{"dr": true, "prof": true, "professor": true, "mr": true, "mrs": true, "ms": true, "mx": true, "sir": true, "dame": true}
