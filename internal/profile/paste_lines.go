package profile

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what one pasted line is.
type kind int

const (
	kText kind = iota
	kBlank
	kDate     // a date or date range, "Issued Jan 2020"
	kDuration // "5 yrs 3 mos" alone: the head of a company with several roles
	kDateText // text with a date: "IEEE ICRA · May 2020", "Issued by X · 2021"
	kNav      // a word of LinkedIn's menus ("Home", "My Network"); see dropNavigation
	kPronoun  // "She/Her", "Sie/Ihr"
)

// mark records a line of page furniture dropped right after an item: what
// it was tells what the item is (a name before "· 2nd", a location before
// "Contact info").
type mark uint8

const (
	markDegree  mark = 1 << iota // "· 2nd", "3rd+"
	markCount                    // "48,201 followers", "12 members"
	markContact                  // "Contact info"
	markYou                      // "• You": the line before is the page's owner, as the feed names its author
)

type item struct {
	s          string // cleaned text
	start, end int    // span of the line in the pasted text
	kind       kind
	workplace  string // "Remote", "Hybrid", "On-site" when the line carried it
	empType    string // "Full-time" and the like, when the line carried it
	overDate   bool   // the line right above a date line (markedOverDate)
	pronouns   string // "She/Her", when the line carried it
	after      mark   // furniture dropped right after the line
	// markLine is the line of furniture that set after, kept with the
	// item in the cleaned text so it reads back the same way.
	markLine lineSpan
	// meta are lines holding only an employment type or a workplace, read
	// into this item and kept with it in the cleaned text.
	meta []lineSpan
	// drop is set by a section reader for a line it did not use (another
	// person's headline): it is not kept in the cleaned text.
	drop bool
}

type lineSpan struct{ start, end int }

var (
	reCount    = regexp.MustCompile(`(?i)^[\d,.]+\+?\s*(k\s*)?(endorsements?|followers?|connections?|mutual connections?|contacts?)\b`)
	reNumbered = regexp.MustCompile(`(?i)^(\+ ?\d+ skills?|\d+ experiences? (at|across)|\d+ educations?\b|\d+ (other )?skills?\b)`)
	reDegree   = regexp.MustCompile(`(?i)^(·\s*)?(1st|2nd|3rd\+?|3rd)( degree connection)?$`)
	rePronouns = regexp.MustCompile(`(?i)^(he/him|she/her|they/them|he/they|she/they)$`)
	reMonth    = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`
	reYearish  = `(?:\d{1,2}\s+` + reMonth + `\s+|` + reMonth + `\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d`
	reDate     = regexp.MustCompile(`(?i)^(issued\s+|expires?\s+|started\s+)?(` + reYearish + `)(\s*(-|–|—|to)\s*(` + reYearish + `|present|now|current|today))?$`)
	reDuration = regexp.MustCompile(`(?i)^(less than a year|\d+\s*(yrs?|years?|mos?|months?)(\s+\d+\s*(mos?|months?))?)$`)
	reYear     = regexp.MustCompile(`\b(19|20)\d\d\b`)
	reLocation = regexp.MustCompile(`^\p{Lu}[\p{L}.'’ -]*(, \p{Lu}[\p{L}.'’ -]*){1,3}$`)
	// reMoreSkills is the end of the skills line under a position:
	// "· +2 skills", "and +3 skills", and the same in the interfaces the
	// reader knows ("und +3 Kenntnisse", "et +2 compétences").
	reMoreSkills = regexp.MustCompile(`(?i)(^|\s*(·|,|\b(and|und|et|y|e|i|en|och|og|ve|ile)\b))\s*\+\s?\d+\s+(skills?|kenntnisse|compétences|competencias|aptitudes|competências|umiejętności|umiejętność|vaardigheden|competenze|kompetenser|färdigheter|yetenek(ler)?)$`)
	// reOthers is an author or reaction line: "Kenji Watanabe and 2 others".
	reOthers = regexp.MustCompile(`(?i)^[^·,;:]{1,60} and \d+ others?$`)
	// reAgo is the age of a post: "2w", "1mo • Edited", "3d •".
	reAgo = regexp.MustCompile(`(?i)^\d{1,2}\s?(s|m|h|d|w|mo|mos|y|yr|yrs)\b\s*(•|·)?\s*(edited\s*(•|·)?\s*)?(visible to anyone on or off linkedin)?$`)
	// reCountWord is a count of reactions, comments, members: "128
	// reactions", "12,345 members".
	reCountWord = regexp.MustCompile(`(?i)^[\d,.]+\+?\s*k?\s*(reactions?|comments?|reposts?|likes?|members?|employees?|views?|impressions?|subscribers?|students?|alumni)$`)
	// reCountBar is the bar under a post: "64 · 9 comments", "212
	// reactions • 34 comments • 5 reposts".
	reCountBar = regexp.MustCompile(`(?i)^[\d,.]+k?(\s*(reactions?|likes?|comments?))?(\s*[·•]\s*[\d,.]+k?\s*(comments?|reposts?|shares?|views?|impressions?))+$`)
)

// lines splits the text into cleaned items with their spans. A line break
// is a newline or a carriage return (a terminal's paste).
func (ps *pageParser) lines() {
	ps.items = make([]item, 0, strings.Count(ps.text, "\n")+1)
	off := 0
	for off <= len(ps.text) {
		nl := lineBreak(ps.text[off:])
		end := len(ps.text)
		if nl >= 0 {
			end = off + nl
		}
		ps.addLine(off, end)
		if nl < 0 {
			break
		}
		off = end + 1
		if ps.text[end] == '\r' && off < len(ps.text) && ps.text[off] == '\n' {
			off++
		}
	}
}

// last is the last item kept, or nil.
func (ps *pageParser) last() *item {
	if len(ps.items) == 0 {
		return nil
	}
	return &ps.items[len(ps.items)-1]
}

// lastText is the last item kept that is not a blank line, or nil.
func (ps *pageParser) lastText() *item {
	for i := len(ps.items) - 1; i >= 0; i-- {
		if ps.items[i].kind != kBlank {
			return &ps.items[i]
		}
	}
	return nil
}

func (ps *pageParser) addLine(start, end int) {
	raw := ps.text[start:end]
	// Trim, keeping the span on the text that is left.
	lead := len(raw) - len(strings.TrimLeftFunc(raw, isSpaceOrBullet))
	raw = strings.TrimLeftFunc(raw, isSpaceOrBullet)
	start += lead
	raw = strings.TrimRightFunc(raw, unicode.IsSpace)
	if cut, ok := seeMoreCut(raw); ok {
		raw = strings.TrimRightFunc(raw[:cut], unicode.IsSpace)
		if raw == "" {
			return // "… see more" alone: no line, not a blank one
		}
	}
	contact := false
	if hasSuffixFold(raw, "contact info") && len(raw) > len("contact info") {
		// "London, United Kingdom  Contact info", glued by the copy.
		raw = strings.TrimRightFunc(raw[:len(raw)-len("contact info")], func(r rune) bool { return unicode.IsSpace(r) || r == '·' })
		contact = true
	}
	if h := doubled(raw); h != "" {
		// "Vice PresidentVice President": the visible text and the
		// screen-reader text copied onto one line.
		raw = h
	}
	// "Mark Ellison • 2nd", "Réka Szabó • You": a feed item's author, with
	// their degree or the owner's "You" after a bullet.
	var tagged mark
	if head, m := cutAuthorTag(raw); m != 0 {
		raw, tagged = head, m
	} else if len(raw) > 1 && len(raw) <= 9 && inLower(youTags, raw) {
		// "• You" under the author's name.
		ps.markLast(markYou, false, start, start+len(raw))
		return
	}
	end = start + len(raw)
	if raw == "" {
		if l := ps.last(); l != nil && l.kind != kBlank {
			ps.items = append(ps.items, item{kind: kBlank, start: start, end: start})
		}
		return
	}
	it := item{start: start, end: end}
	notUI := "" // raw, when uiLine found it is no interface string
	if en := uiLine(raw); en != "" {
		// LinkedIn's interface in another language: read as English.
		raw = en
	} else {
		notUI = raw
	}
	if s, ok := navLine(raw); ok {
		it.s, it.kind = s, kNav
		ps.push(it)
		return
	}
	// Split on "·" and drop the parts that are noise. A long line without
	// one is description: the common case, kept as it is.
	var keepBuf [4]string
	keep := keepBuf[:0]
	var hasDuration, hasDate, pronoun bool
	var dropped mark
	if i := strings.LastIndex(raw, "  "); i > 0 && len(raw) <= 120 && !strings.Contains(raw, "·") {
		if tail := strings.TrimSpace(raw[i:]); strings.EqualFold(tail, "contact info") || uiLine(tail) == "contact info" {
			// "Montabaur, Rheinland-Pfalz, Deutschland  Kontaktinfo": the
			// link after two spaces, as after a "·".
			raw = raw[:i] + "·" + raw[i+1:] // as long as it was: spans stay
		}
	}
	split := strings.Contains(raw, "·") || len(raw) <= 80
	for rest, more := raw, true; more; {
		part := rest
		if split {
			part, rest, more = strings.Cut(rest, "·")
		} else {
			more = false
		}
		part = strings.TrimSpace(part)
		orig, pasted := part, part
		en, ui := localizedLine(part, part == notUI && part != "")
		if en != "" {
			part = en
		}
		if ui {
			orig = en // furniture: read in English, span as pasted
		}
		// Whether the part holds a digit, which three cases below ask
		// first; a part longer than 60 bytes stops before them.
		digits := len(part) <= 60 && hasDigit(part)
		switch {
		case part == "":
		case hasDate && ui && startsWithDigit(pasted) && len(pasted) <= 14:
			// "Jan. 2020 – Heute · 5 J.": after the line's dates, the
			// length of the post, not a feed's "5 days ago".
			hasDuration = true
		case len(part) > 60:
			// Description text: none of the short forms below.
			keep = append(keep, orig)
		case len(part) <= 16 && inLower(empTypes, part):
			it.empType = pasted
		case len(part) <= 8 && inLower(workplaces, part):
			it.workplace = pasted
		case startsWithDigit(part) && isDuration(part), strings.EqualFold(part, "less than a year"):
			hasDuration = true
		case mayBeDate(part) && isDate(part):
			hasDate = true
		case digits && endsWithDurationUnit(part) && datedDuration(part):
			// "Jun 2020 - Present 5 years 6 months" (guest view)
			hasDate, hasDuration = true, true
		case digits && mayBeDegree(part) && isDegree(part):
			dropped |= markDegree
		case digits && mayBeCount(part) && isCount(part):
			dropped |= markCount
		case strings.IndexByte(part, '/') > 0 && isPronouns(part):
			pronoun = true
			it.pronouns = pasted
		case strings.EqualFold(part, "contact info"):
			contact = true
		case strings.HasSuffix(part, ")") && pronounsAfter(part) > 0:
			// "Agnieszka Kowalczyk (She/Her)": the name with its pronouns.
			i := pronounsAfter(part)
			pronoun = true
			it.pronouns = strings.TrimSuffix(part[i+1:], ")")
			keep = append(keep, strings.TrimSpace(part[:i]))
		default:
			keep = append(keep, orig)
		}
	}
	it.s = strings.Join(keep, " · ")
	switch {
	case it.s == "" && hasDate:
		it.kind = kDate
	case it.s == "" && hasDuration:
		it.kind = kDuration
	case it.s == "" && pronoun:
		it.kind, it.s = kPronoun, it.pronouns
	case it.s == "" && (it.empType != "" || it.workplace != ""):
		// "Full-time", "Hybrid": read into the line before.
		if l := ps.lastText(); l != nil && l.kind != kNav {
			l.empType = cmpOr(l.empType, it.empType)
			l.workplace = cmpOr(l.workplace, it.workplace)
			l.meta = append(l.meta, lineSpan{start, end})
		}
		return
	case it.s == "":
		ps.markLast(dropped, contact, start, end)
		return // noise
	case isNoise(it.s):
		ps.markLast(markOf(it.s), false, start, end)
		return
	case hasDate:
		it.kind = kDateText
	}
	if contact {
		it.after |= markContact
	}
	if strings.HasSuffix(it.s, " logo") {
		return
	}
	if dropped|tagged != 0 {
		it.after |= dropped | tagged
	}
	ps.push(it)
}

// pronounsAfter returns where "(She/Her)" starts at the end of s, after
// some text, or 0.
func pronounsAfter(s string) int {
	i := strings.LastIndexByte(s, '(')
	if i <= 0 || strings.IndexByte(s[i:], '/') < 0 || !isPronouns(s[i:]) {
		return 0
	}
	return i
}

// push adds an item, unless it repeats the line before: a copy often
// holds a line twice (its visible text and its accessible label), and a
// truncated paragraph ("… see more") before its full text.
func (ps *pageParser) push(it item) {
	if l := ps.lastText(); l != nil && l.kind == it.kind {
		same := it.s != "" && it.s == l.s
		if it.s == "" {
			// Dates and durations: compare the lines.
			same = sameDate(ps.text[l.start:l.end], ps.text[it.start:it.end])
		}
		if same && ps.last() == l {
			l.after |= it.after
			l.empType, l.workplace = cmpOr(l.empType, it.empType), cmpOr(l.workplace, it.workplace)
			return
		}
		if it.kind == kText && len(l.s) >= 40 && len(it.s) > len(l.s) && strings.HasPrefix(it.s, strings.TrimRight(l.s, ".… ")) {
			*l = it
			return
		}
	}
	ps.items = append(ps.items, it)
}

// markLast records furniture dropped after the last item, on the line
// from start to end.
func (ps *pageParser) markLast(m mark, contact bool, start, end int) {
	if contact {
		m |= markContact
	}
	if l := ps.lastText(); l != nil && m != 0 {
		l.after |= m
		if l.markLine.end == 0 {
			l.markLine = lineSpan{start, end}
		}
	}
}

// markOf is the mark a noise line leaves: a count line says the item
// before it names something followed.
func markOf(s string) mark {
	if hasDigit(s) && reCountWord.MatchString(s) {
		return markCount
	}
	return 0
}

// doubled returns x when s is x written twice, with or without a space
// between, and "" otherwise.
func doubled(s string) string {
	if len(s) < 8 {
		return ""
	}
	if len(s)%2 == 0 && s[:len(s)/2] == s[len(s)/2:] {
		return s[:len(s)/2]
	}
	if len(s)%2 == 1 && s[len(s)/2] == ' ' && s[:len(s)/2] == s[len(s)/2+1:] {
		return s[:len(s)/2]
	}
	return ""
}

// sameDate reports whether two date lines say the same dates: "Jan 2022 -
// Present · 3 yrs" and its screen-reader text "Jan 2022 to Present · 3 yrs".
func sameDate(a, b string) bool {
	if a == b {
		return true
	}
	as, ae := dateRange(a)
	bs, be := dateRange(b)
	return as != "" && as == bs && ae == be
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func isSpaceOrBullet(r rune) bool {
	return unicode.IsSpace(r) || r == '•' || r == '·' || r == '▪' || r == '●' || r == '◦'
}

var (
	empTypes = setOf("full-time", "part-time", "full time", "part time", "contract", "contractor",
		"self-employed", "freelance", "internship", "apprenticeship", "seasonal", "permanent", "temporary", "volunteer", "voluntary", "pro bono")
	workplaces = setOf("remote", "hybrid", "on-site", "onsite")
)

// longest is the length of the longest key of m: a longer line cannot be
// one of them, and is not lower-cased to look.
func longest[V any](m map[string]V) int {
	n := 0
	for k := range m {
		n = max(n, len(k))
	}
	return n
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// hasPrefixFold is strings.HasPrefix ignoring case, for a lower-case ASCII
// prefix.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && equalFoldASCII(s[:len(prefix)], prefix)
}

// containsFoldASCII reports whether s holds sub, a lower-case ASCII
// string, ignoring ASCII case.
func containsFoldASCII(s, sub string) bool { return indexFoldASCII(s, sub) >= 0 }

// indexFoldASCII is the byte offset in s of the first sub, a lower-case
// ASCII string, ignoring ASCII case; -1 when there is none. Unlike an
// index into strings.ToLower(s), it is an offset in s.
func indexFoldASCII(s, sub string) int {
	if sub == "" {
		return 0
	}
	first, upper := sub[0], sub[0]
	if 'a' <= first && first <= 'z' {
		upper = first - 'a' + 'A'
	}
	if first == upper {
		// Not a letter (" reposted this"): strings.IndexByte finds each
		// place it may start.
		for i := 0; i+len(sub) <= len(s); i++ {
			j := strings.IndexByte(s[i:len(s)-len(sub)+1], first)
			if j < 0 {
				return -1
			}
			i += j
			if equalFoldASCII(s[i:i+len(sub)], sub) {
				return i
			}
		}
		return -1
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if c := s[i]; (c == first || c == upper) && equalFoldASCII(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// reTrailingDuration is a duration at the end of a date line written
// without "·" between them.
var reTrailingDuration = regexp.MustCompile(`(?i)\s+(less than a year|\d+\s*(yrs?|years?|mos?|months?)(\s+\d+\s*(mos?|months?))?)$`)

// mayEndWithDuration is a quicker test for reTrailingDuration: a match
// ends the line with the last letter of "yr", "yrs", "year", "mo", "month"
// or "months", in any case (?i) folds it to ('ſ' for 's').
func mayEndWithDuration(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case 'r', 'R', 's', 'S', 'ſ', 'o', 'O', 'h', 'H':
		return true
	}
	return false
}

// endsWithDurationUnit is a quick test for reTrailingDuration: the line
// ends with "yr", "year", "mo", "month" (or their plurals), or "year".
func endsWithDurationUnit(s string) bool {
	for _, u := range []string{"yr", "yrs", "year", "years", "mo", "mos", "month", "months"} {
		if hasSuffixFold(s, u) {
			return true
		}
	}
	return false
}

// datedDuration reports whether s is a date range followed by its
// duration: "Jun 2020 - Present 5 years 6 months".
func datedDuration(s string) bool {
	loc := reTrailingDuration.FindStringIndex(s)
	if loc == nil {
		return false
	}
	d := strings.TrimSpace(s[:loc[0]])
	return mayBeDate(d) && isDate(d)
}

// isNumber reports whether s is a count alone ("128", "1,204"), which is
// not a year.
func isNumber(s string) bool {
	if strings.ContainsAny(s, " \u00a0\u202f") {
		// "1 102", "2 340": thousands grouped with a space, as French,
		// Polish and Swedish pages count reactions.
		return spacedNumber(s)
	}
	for i := 0; i < len(s); i++ {
		if !isDigitByte(s[i]) && s[i] != ',' && s[i] != '.' {
			return false
		}
	}
	return lastYear(s) == 0 || len(s) != 4
}

// spacedNumber reports whether s is a number whose thousands are grouped
// with a space, a no-break space or a narrow one: one to three digits,
// then groups of three.
func spacedNumber(s string) bool {
	groups := 0
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if n := j - i; n == 0 || n > 3 || groups > 0 && n != 3 {
			return false
		}
		groups++
		if j == len(s) {
			return groups > 1
		}
		switch {
		case s[j] == ' ':
			i = j + 1
		case strings.HasPrefix(s[j:], "\u00a0"):
			i = j + len("\u00a0")
		case strings.HasPrefix(s[j:], "\u202f"):
			i = j + len("\u202f")
		default:
			return false
		}
	}
	return false
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
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// lineBreak is strings.IndexAny(s, "\n\r"), by two byte searches.
func lineBreak(s string) int {
	nl := strings.IndexByte(s, '\n')
	before := s
	if nl >= 0 {
		before = s[:nl]
	}
	if cr := strings.IndexByte(before, '\r'); cr >= 0 {
		return cr
	}
	return nl
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}
