package profile

import (
	"slices"
	"strings"
	"unicode"
)

// entry is one dated entry of a section: its header lines, the index of
// its date and the lines that follow.
type entry struct {
	group *item // company of a multi-role group
	// groupMeta are the group's duration line ("Full-time · 6 yrs") and
	// location line, when it has them.
	groupDur, groupLoc *item
	head               []item
	date               item
	desc               []item
}

// abbreviations end company names with a full stop: "Halden Stroud & Co.",
// "Acme Inc.", "Banco Sur S.A.".
var abbreviations = setOf("co.", "inc.", "ltd.", "corp.", "llc.", "llp.", "plc.", "bros.", "cie.", "cia.", "cía.",
	"ltda.", "pty.", "jr.", "sr.", "st.", "intl.", "univ.", "dept.", "assoc.", "mfg.", "gmbh.", "ag.", "sa.", "nv.", "bv.",
	// Hungarian, Turkish, Czech, Singaporean and Malaysian forms: "Kovács
	// Villamos Kft.", "Ltd. Şti.", "spol.", "Pte.", "Sdn. Bhd.".
	"kft.", "zrt.", "nyrt.", "bt.", "şti.", "sti.", "spol.", "pte.", "bhd.", "sdn.",
	// Icelandic, Indian and Indonesian: "Jöklaleiðir ehf.", "Pvt.", "Tbk.".
	"ehf.", "hf.", "pvt.", "tbk.",
	// Portuguese and Canadian French: "Mendonça & Filhos, Lda.", "Unip.", "Ltée.".
	"lda.", "unip.", "ltée.", "ltee.")

// endsWithAbbreviation reports whether s ends with an abbreviation's full
// stop rather than a sentence's: "& Co.", "S.A.", "S.p.A.", "L.L.P.".
func endsWithAbbreviation(s string) bool {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	last := strings.ToLower(s[i+1:])
	if abbreviations[last] {
		return true
	}
	// Dotted abbreviations: "S.A.", "S.p.A.", "Struct.Eng.".
	if strings.Count(last, ".") < 2 || strings.Contains(last, "..") {
		return false
	}
	for _, seg := range strings.Split(strings.TrimSuffix(last, "."), ".") {
		if len(seg) > 6 {
			return false
		}
	}
	return true
}

// isShort reports whether s can be a header line (a title, a company, a
// school) rather than description, which ends a sentence: with a full
// stop, or in Japanese and Chinese with "。".
func isShort(s string) bool {
	return countFields(s) <= 12 && (!strings.HasSuffix(s, ".") || endsWithAbbreviation(s)) && !isSkillsLine(s) &&
		!strings.HasSuffix(s, "。") && !strings.HasSuffix(s, "！")
}

// entries splits items into entries anchored on their date lines. Each
// entry's header is up to maxHead short lines just before its date; when
// there is no date at all, entries are separated by blank lines.
func entries(items []item, maxHead int, dateText bool) []entry {
	return entriesOf(items, maxHead, dateText, func(it item) bool { return isShort(it.s) })
}

// positions are the entries of the Experience section: a header line is a
// title or a company, never a sentence ("Leads the restructuring team",
// the end of the description above, with no full stop).
func positions(items []item) []entry {
	// A line that carried an employment type ("GHU Paris psychiatrie &
	// neurosciences · Full-time") is a company, whatever its case.
	return entriesOf(items, 2, false, func(it item) bool {
		return (isShort(it.s) || longName(it.s)) && (!sentence(it.s) || it.empType != "" || nameLine(it.s) || it.overDate && titleShape(it.s))
	})
}

// titleShape reports whether s, right above a role's dates, may be its
// title written in lower case as many languages write titles ("Kierownik
// ds. weterynarii – hodowle kontraktowe"): eight words or fewer, starting
// with a capital, and no sentence's end or clause.
func titleShape(s string) bool {
	r, _ := firstRune(s)
	return unicode.IsUpper(r) && countFields(s) <= 8 && !strings.ContainsAny(s, ",;:!?") && (!strings.HasSuffix(s, ".") || endsWithAbbreviation(s))
}

// nameLine reports whether s, of up to four words, can name a place of
// work in everyday words ("Farâhâni family workshop", "Kowalski family
// farm"): its first word capitalised and no verb's ending, no digits and
// no closing punctuation.
func nameLine(s string) bool {
	words := strings.Fields(s)
	if len(words) > 4 || hasDigit(s) || strings.ContainsAny(s[len(s)-1:], ".!?:;,") {
		return false
	}
	r, _ := firstRune(words[0])
	w := strings.ToLower(words[0])
	return unicode.IsUpper(r) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s")
}

// longName reports whether s, of up to 18 words, is a name in title case:
// "FAMU – Film and TV School of the Academy of Performing Arts in Prague".
func longName(s string) bool {
	words := strings.Fields(s)
	if len(words) > 18 || strings.HasSuffix(s, ".") && !endsWithAbbreviation(s) {
		return false
	}
	for _, w := range words {
		r, _ := firstRune(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !functionWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// functionWords are the short words titles and company names keep in
// lower case.
var functionWords = setOf("a", "an", "and", "at", "de", "del", "der", "des", "di", "do", "du", "e", "en", "et", "for",
	"in", "la", "le", "of", "on", "the", "to", "und", "van", "von", "y", "&", "-", "–", "|", "bei", "chez",
	// Polish, Czech, Italian, Spanish, Portuguese, Scandinavian, Turkish:
	// "Szkoła Podstawowa nr 7 w Krakowie", "Oddział Anestezjologii i
	// Intensywnej Terapii".
	"w", "i", "z", "na", "nr", "im.", "pod", "przy", "v", "ve", "della", "dei", "degli", "al", "el", "los",
	"las", "da", "das", "dos", "och", "og", "för", "für", "zu", "zur", "am", "im",
	// Czech and Slovak: "Národní hřebčín Kladruby nad Labem".
	"nad", "ve", "ze", "ke", "při", "u", "pri")

// sentence reports whether s reads as a sentence rather than a title: of
// three words or more, two or more start in lower case and are not
// function words. Scripts without case are never sentences.
func sentence(s string) bool {
	words := strings.Fields(s)
	if len(words) < 3 {
		return false
	}
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") && !sentence(s[i+1:len(s)-1]) {
		// "Ngân hàng Thương mại Sông Hồng (Song Hong Commercial Bank)": a
		// name with its English name in brackets.
		if r, _ := firstRune(s[i+1:]); unicode.IsUpper(r) {
			return false
		}
	}
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") && countFields(s[:i]) <= 4 {
		// "Veterinarian (small animal practice)": a title and what it
		// was, in brackets.
		if r, _ := firstRune(s); unicode.IsUpper(r) && !sentence(strings.TrimSpace(s[:i])) {
			return false
		}
	}
	if len(words) <= 6 && !strings.ContainsAny(s, ".,:;!?") && slices.ContainsFunc(words[1:], func(w string) bool { return romanceOf(w) || accented(w) }) {
		// "Responsable des collections textiles", "Jefa de proyectos de
		// ingeniería", "Traductrice juridique agréée": titles in other
		// languages keep their words in lower case.
		return false
	}
	n := 0
	for _, w := range words[1:] {
		r, _ := firstRune(w)
		if unicode.IsLower(r) && !functionWords[strings.ToLower(w)] {
			n++
		}
	}
	return n >= 2
}

// accented reports whether w has a letter outside ASCII ("agréée",
// "działu"): a word of another language than English.
func accented(w string) bool {
	for _, r := range w {
		if r >= 0x80 && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// romanceOf reports whether w is "of" in French, Spanish, Italian or
// Portuguese ("de", "des", "della", "d'études").
func romanceOf(w string) bool {
	switch w {
	case "de", "des", "du", "del", "della", "delle", "dei", "degli", "do", "da", "dos", "das":
		return true
	}
	return strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "d’")
}

// markedOverDate is items[j] with overDate set when it is right above the
// date line at d, or above a company line right above it that an
// employment type marks ("Asystentka trenera kadry – szabla / Polski
// Związek Szermierczy · Umowa zlecenie / sty 2023 – obecnie").
func markedOverDate(items []item, j, d int) item {
	it := items[j]
	it.overDate = j == d-1 || j == d-2 && items[d-1].empType != ""
	return it
}

// entriesOf is entries with short saying which lines can be a header.
func entriesOf(items []item, maxHead int, dateText bool, short func(item) bool) []entry {
	var dates []int
	for i, it := range items {
		if it.kind == kDate || dateText && it.kind == kDateText && i > 0 && items[i-1].kind == kText {
			dates = append(dates, i)
		}
	}
	if len(dates) == 0 {
		return undated(items, maxHead, short)
	}
	var out []entry
	lo := 0 // first item not yet used
	var group, groupDur, groupLoc *item
	for k, d := range dates {
		j := d - 1
		n := 0 // the header: up to maxHead short text lines above the date
		for j >= lo && n < maxHead && items[j].kind == kText && short(markedOverDate(items, j, d)) {
			n++
			j--
		}
		var head []item
		if n > 0 {
			head = append([]item(nil), items[j+1:d]...) // copied once, in order
		}
		if len(head) == 2 && k > 0 && j >= 0 && items[j].kind == kDate && locationLine(head[0]) && (!locationLine(head[1]) || jobWords(head[1].s)) {
			// "Jun 2021 - Present / Lisbon, Portugal / Merchandise Planner
			// / Dec 2017 - ...": the place right under the previous
			// role's dates is that role's.
			head = head[1:]
			j++
		}
		var loc *item
		if j >= lo && items[j].kind == kBlank && len(head) > 0 && j-2 >= lo && items[j-2].kind == kDuration && items[j-1].kind == kText && locationLine(items[j-1]) {
			// "Company / 10 yrs / Leeds, England / [blank] / Title / date"
			loc = &items[j-1]
			j -= 2
		} else if j >= lo && items[j].kind == kBlank && (len(head) == 0 || j-1 >= lo && items[j-1].kind == kDuration) {
			j-- // and a blank line under a group's duration line
		}
		// "Company / 5 yrs / [Location] / Title / date": a company with
		// several roles.
		if j >= lo && items[j].kind == kDuration {
			groupDur, groupLoc = &items[j], loc
			if len(head) == 2 {
				groupLoc = &head[0]
				head = head[1:]
			}
			if j-1 >= lo && items[j-1].kind == kText {
				group = &items[j-1]
				j -= 2
			} else {
				j--
			}
		} else if len(head) == 2 {
			// A title and a company: the group, if any, has ended.
			group, groupDur, groupLoc = nil, nil, nil
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
		e := entry{group: group, groupDur: groupDur, groupLoc: groupLoc, head: head, date: items[d], desc: before}
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

// undated splits items with no date lines into entries separated by blank
// lines.
func undated(items []item, maxHead int, short func(item) bool) []entry {
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
		case len(cur.head) < maxHead && len(cur.desc) == 0 && (len(cur.head) == 0 || short(it)):
			cur.head = append(cur.head, it)
		default:
			cur.desc = append(cur.desc, it)
		}
	}
	flush()
	return out
}

// locationLine reports whether a line under a position's dates is where
// the position is: "London, England, United Kingdom", "Pittsburgh, PA",
// "東京都, 日本", or any line that carried "Hybrid" or "Remote".
func locationLine(it item) bool {
	s := it.s
	if it.workplace != "" && countFields(s) <= 6 {
		return true
	}
	if cjkPlace(s) {
		return true // "中国 浙江省 杭州", "日本 東京都"
	}
	// Eight words: "Rio de Janeiro, Rio de Janeiro, Brasil".
	if !strings.Contains(s, ", ") || countFields(s) > 8 || hasDigit(s) || strings.HasSuffix(s, ".") {
		return false
	}
	if isLocation(s) {
		return true
	}
	for _, part := range strings.Split(s, ", ") {
		r, _ := firstRune(part)
		if !unicode.IsLetter(r) || unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (ps *pageParser) experience(items []item) {
	base := len(ps.p.Experience) // more roles may come from another section
	all := positions(dropLogoNames(items))
	groups := map[string]bool{}
	for _, e := range all {
		if e.group != nil {
			groups[strings.ToLower(e.group.s)] = true
		}
	}
	for i, e := range all {
		f := fieldPath("experience", base+i, "")
		var x Experience
		desc := e.desc
		// A location line right after the date is not description.
		if len(desc) > 0 && locationLine(desc[0]) {
			x.Location = desc[0].s
			ps.span(f+".location", desc[0])
			desc = desc[1:]
		} else if e.groupLoc != nil && !strings.EqualFold(e.date.workplace, "remote") {
			// A hybrid or on-site role is where the company's roles are.
			x.Location = e.groupLoc.s
		} else {
			x.Location = e.date.workplace
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
			t, c := e.head[0], e.head[1]
			if companyFirst(t, c, groups) {
				t, c = c, t
			}
			x.Title, x.Company = t.s, c.s
			ps.span(f+".title", t)
			ps.span(f+".company", c)
		}
		for _, it := range []*item{&e.date, e.groupDur, e.group} {
			if it != nil {
				x.Type = cmpOr(x.Type, it.empType)
			}
		}
		for _, it := range e.head {
			x.Type = cmpOr(x.Type, it.empType)
		}
		x.Start, x.End = dateRange(ps.text[e.date.start:e.date.end])
		x.Description = ps.description(f+".description", desc)
		ps.p.Experience = append(ps.p.Experience, x)
	}
	if base == 0 && len(ps.p.Experience) > 0 {
		cur := ps.p.Experience[0]
		ps.p.Title, ps.p.Company = cur.Title, cur.Company
	}
}

// placeLines moves a one-word location ("Singapore") from the top of a
// position's description to its location, once the card's location and
// the other positions' are known: alone, a short line under the dates may
// as well be description.
func (ps *pageParser) placeLines() {
	places := map[string]bool{}
	add := func(loc string) {
		if loc != "" {
			places[strings.ToLower(loc)] = true
			first, _, _ := strings.Cut(loc, ",")
			places[strings.ToLower(strings.TrimSpace(first))] = true
		}
	}
	add(ps.p.Location)
	for _, x := range ps.p.Experience {
		add(x.Location)
	}
	var firstSpan map[string]int // a description's first span, by field
	for i := range ps.p.Experience {
		x := &ps.p.Experience[i]
		first, rest, _ := strings.Cut(x.Description, "\n")
		if x.Location != "" || first == "" || !places[strings.ToLower(first)] {
			continue
		}
		x.Location, x.Description = first, rest
		if firstSpan == nil {
			firstSpan = map[string]int{}
			for k := len(ps.spans) - 1; k >= 0; k-- {
				firstSpan[ps.spans[k].Field] = k
			}
		}
		f := fieldPath("experience", i, "")
		if k, ok := firstSpan[f+".description"]; ok && ps.text[ps.spans[k].Start:ps.spans[k].End] == first {
			ps.spans[k].Field = f + ".location"
		}
	}
}

// dateRange reads "Jan 2019 - Present · 5 yrs" as ("Jan 2019", "Present").
func dateRange(raw string) (start, end string) {
	// The part with the dates: "Full-time · Apr 2021 - Present · 3 yrs"
	// puts the employment type first.
	parts := strings.Split(raw, "·")
	raw = parts[0]
	for _, p := range parts {
		if reYear.MatchString(p) {
			raw = p
			break
		}
	}
	if en := localDate(raw); en != "" {
		raw = en // "ene. de 2021 - actualidad"
	}
	raw = strings.TrimSpace(raw)
	if mayEndWithDuration(raw) {
		if loc := reTrailingDuration.FindStringIndex(raw); loc != nil {
			raw = raw[:loc[0]]
		}
	}
	for _, sep := range []string{" - ", " – ", " — ", "-", "–", "—", " to "} {
		if a, b, ok := strings.Cut(raw, sep); ok {
			return strings.TrimSpace(a), strings.TrimSpace(b)
		}
	}
	return raw, ""
}

func (ps *pageParser) education(items []item) {
	for i, e := range entries(dropLogoNames(items), 2, false) {
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

// description reads the description lines of an entry into field, leaving
// out the skills line under the entry (see entrySkills), and returns their
// text.
func (ps *pageParser) description(field string, lines []item) string {
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

// isSkillsLine reports whether s is the line of skills LinkedIn shows
// under a position: "Skills: Leveraged Finance · Financial Modeling · +2
// skills", or "Rust, Motion Planning and +2 skills".
func isSkillsLine(s string) bool {
	return skillsLabel(s) > 0 || strings.IndexByte(s, '+') >= 0 && hasDigit(s) && reMoreSkills.MatchString(s)
}

// skillsLabels start that line in the languages of the pages the reader
// reads ("Kenntnisse: Projektleitung · Schifffahrtszeichen").
var skillsLabels = []string{"skills:", "kenntnisse:", "compétences :", "compétences:", "competencias:", "aptitudes:", "competências:",
	"umiejętności:", "vaardigheden:", "competenze:", "kompetenser:", "färdigheter:", "yetenekler:", "スキル:", "スキル："}

// skillsLabel returns the length of the label a skills line starts with,
// or 0.
func skillsLabel(s string) int {
	for _, l := range skillsLabels {
		if len(s) > len(l) && strings.EqualFold(s[:len(l)], l) {
			return len(l)
		}
	}
	return 0
}

// entrySkills takes the skills line under an entry: its skills are kept
// for the profile's skills (see posSkills), and the line is not part of
// the entry's description. It reports whether it was one.
func (ps *pageParser) entrySkills(it item) bool {
	if !isSkillsLine(it.s) {
		return false
	}
	list, off := ps.text[it.start:it.end], it.start
	if n := skillsLabel(list); n > 0 {
		list, off = list[n:], off+n
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
func (ps *pageParser) addPosSkills() {
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
