package profile

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Recommendations: who wrote each one, and its text.

// relationOf reads a relation line: how the two knew each other, without
// its date.
func relationOf(s string) (string, bool) {
	if m := reRelation.FindStringSubmatch(s); m != nil {
		return m[1], true
	}
	line := s
	if m := reRelationMonth.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	if len(s) > 160 || !reRelationPhrase.MatchString(s) {
		// "14. Juni 2021, Jörg war Kunde von Dariusz"
		return afterForeignDate(line)
	}
	return s, true
}

// afterForeignDate reads a relation line in another language, which
// starts with a full date in the page's language: "14. Juni 2021, Jörg
// war Kunde von Dariusz", "14 de junio de 2021, ...", "2021年6月14日、...".
// It returns what follows the date: a day, a month dateWords knows and a
// year, before the first comma, and nothing else (or the month and year
// only, before a short line).
func afterForeignDate(s string) (string, bool) {
	if len(s) > 200 {
		return "", false
	}
	head, rest, ok := strings.Cut(s, ", ")
	if !ok {
		head, rest, ok = strings.Cut(s, "、")
	}
	rest = strings.TrimSpace(rest)
	if !ok || rest == "" || len(head) > 40 {
		return "", false
	}
	if reCJKFullDate.MatchString(head) {
		return rest, true
	}
	day, month, year := false, false, false
	for _, w := range strings.Fields(head) {
		w = strings.ToLower(strings.TrimSuffix(w, "."))
		switch n := len(w); {
		case n == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && skipDigits(w, 0) == n:
			year = true
		case n >= 1 && n <= 2 && skipDigits(w, 0) == n && w != "0" && w != "00":
			day = true
		case w == "de" || w == "del" || w == "r" || w == "roku": // "15 marca 2020 r.": Polish for the year
		case len(dateWords[w]) == 3 && dateWords[w] != "yrs" && dateWords[w] != "mos" && !month:
			month = true // "Jun", a month's English form
		default:
			return "", false
		}
	}
	if !month || !year {
		return "", false
	}
	// A date of month and year only ("Februar 2024, Thomas war Jürgs
	// Vorgesetzter") heads a relation line when what follows is as short
	// as one, and no sentence.
	if !day && (countFields(rest) > 12 || strings.HasSuffix(rest, ".")) {
		return "", false
	}
	return rest, true
}

// reCJKFullDate is a full date in Chinese or Japanese: "2021年6月14日".
var reCJKFullDate = regexp.MustCompile(`^(?:19|20)\d\d年\d{1,2}月\d{1,2}日$`)

// recommendations reads the Recommendations section: each one's writer or
// subject, how they knew each other and the text, split into received
// (written about the candidate) and given (written by them). The line
// under the name says who wrote it ("James managed Priya directly": James
// wrote it); failing that, the tab the items are under does. The other
// person's headline is dropped. Spans cover received recommendations
// only.
func (ps *pageParser) recommendations(items []item) {
	var texts []int // indices of text lines
	for i := range items {
		if items[i].kind == kText || items[i].kind == kDateText {
			texts = append(texts, i)
		}
	}
	// Tabs: "Received" and "Given" side by side are the tab bar; alone,
	// each heads the recommendations under it.
	given := ps.recsGiven
	// tab holds the tabs, bar those of the tab bar, on one line or two,
	// which say nothing of what is under them.
	tab, bar := map[int]bool{}, map[int]bool{}
	tabKnown := ps.recsGiven
	for k, i := range texts {
		l := strings.Join(strings.Fields(strings.ToLower(items[i].s)), " ")
		if l == "received given" || l == "given received" {
			items[i].drop = true // the tab bar on one line
			tab[i], bar[i] = true, true
			continue
		}
		if l != "received" && l != "given" {
			continue
		}
		items[i].drop = true
		tab[i] = true
		next := ""
		if k+1 < len(texts) {
			next = strings.ToLower(items[texts[k+1]].s)
		}
		next = strings.Join(strings.Fields(next), " ")
		if l == "received" && next == "given" || l == "given" && next == "received" {
			tab[texts[k+1]] = true
			items[texts[k+1]].drop = true
			bar[i], bar[texts[k+1]] = true, true
		}
	}
	var anchors []int // positions in texts of relation lines
	for k, i := range texts {
		if _, ok := relationOf(items[i].s); !tab[i] && ok {
			anchors = append(anchors, k)
		}
	}
	if len(anchors) == 0 {
		ps.compactRecommendations(items, texts, tab)
		return
	}
	starts := make([]int, len(anchors)) // where each recommendation's header starts, in texts
	for a, k := range anchors {
		lo := 0
		if a > 0 {
			lo = anchors[a-1] + 1
		}
		start := k
		for j := k - 1; j >= lo && k-j <= 2 && !tab[texts[j]] && isShort(items[texts[j]].s); j-- {
			start = j
		}
		// The name is the line a degree followed, or one that reads as a
		// name; a line before it is the previous text.
		for j := start; j < k; j++ {
			it := items[texts[j]]
			if it.after&markDegree != 0 || looksLikeName(it.s) {
				start = j
				break
			}
		}
		starts[a] = start
	}
	// A tab alone before the first recommendation ("Received  Given",
	// then "Given": the tab shown) heads them all.
	for j := 0; j < starts[0]; j++ {
		if l := strings.ToLower(strings.TrimSpace(items[texts[j]].s)); tab[texts[j]] && !bar[texts[j]] && (l == "given" || l == "received") {
			given, tabKnown = l == "given", true
		}
	}
	for a, k := range anchors {
		end := len(texts)
		if a+1 < len(anchors) {
			end = starts[a+1]
		}
		for j := starts[a]; j < k; j++ {
			if tab[texts[j]] && !bar[texts[j]] {
				given, tabKnown = strings.EqualFold(items[texts[j]].s, "given"), true
			}
		}
		name := items[texts[starts[a]]]
		var headline []string
		for j := starts[a] + 1; j < k; j++ {
			items[texts[j]].drop = true // their headline
			if !tab[texts[j]] {
				headline = append(headline, strings.TrimSpace(items[texts[j]].s))
			}
		}
		rel, _ := relationOf(items[texts[k]].s)
		r := Recommendation{Person: name.s, Relation: rel, Headline: strings.Join(headline, "\n")}
		var parts []string
		var lines []item
		tabGiven, tabWas := given, tabKnown
		for j := k + 1; j < end; j++ {
			it := items[texts[j]]
			if tab[texts[j]] {
				if !bar[texts[j]] {
					given, tabKnown = strings.EqualFold(it.s, "given"), true
				}
				continue
			}
			parts = append(parts, it.s)
			lines = append(lines, it)
		}
		r.Text = strings.Join(parts, "\n")
		r.Given = ps.wroteIt(rel, name.s, r.Text, tabGiven, tabWas)
		if !r.Given {
			idx := len(ps.p.Recommendations)
			for _, it := range lines {
				ps.span(fieldPath("recommendations", idx, ".text"), it)
			}
		}
		ps.p.Recommendations = append(ps.p.Recommendations, r)
	}
}

// wroteIt reports whether the candidate wrote a recommendation: from its
// text, when that names one of the two and not the other ("Jürgen hört
// zu, bevor er entscheidet" is about Jürgen, whoever the relation line
// puts first); else from the tab it is under, alone ("Erhalten", then
// the ones received), not in the tab bar; else from the relation line's
// first word (the writer's given name: a word of one name and not of the
// other, whatever the order the names are written in, "Nguyễn Thị Lan"
// or "Lan Nguyen"), as LinkedIn writes it (pages written by hand put
// either first: "Jürgen war Annas Vorgesetzter" under Received).
func (ps *pageParser) wroteIt(relation, person, text string, tabGiven, tabKnown bool) bool {
	if given, ok := ps.textSays(text, person); ok {
		return given
	}
	if tabKnown {
		return tabGiven
	}
	if i := strings.LastIndex(relation, " · "); i >= 0 {
		// "Branch Manager · Małgorzata managed Agnieszka directly": their
		// headline, then the line that says who wrote it.
		relation = relation[i+len(" · "):]
	}
	first := strings.ToLower(strings.Fields(relation + " x")[0])
	mine, theirs := nameWord(ps.p.Name, first), nameWord(person, first)
	switch {
	case mine && !theirs:
		return true
	case theirs && !mine:
		return false
	}
	return tabGiven
}

// nameWord reports whether w (in lower case) is a word of the name.
func nameWord(name, w string) bool {
	// "Marc-André": the hyphenated name, and each part of it, as a text's
	// words may be split at the hyphen.
	fields := strings.Fields(cleanName(name))
	for _, f := range fields {
		if parts := strings.Split(f, "-"); len(parts) > 1 {
			fields = append(fields, parts...)
		}
	}
	for _, f := range fields {
		// "Sigríður (Sigga) Þórhallsdóttir": a nickname in brackets;
		// "Zoe" for Zoë, as a page may write it.
		if f = strings.ToLower(strings.Trim(f, "()\"'“”")); f == w || unaccented(f) == unaccented(w) {
			return true
		}
	}
	return false
}

// unaccented is s without its combining marks: "zoe" for "zoë".
func unaccented(s string) string {
	if isASCII(s) {
		return s
	}
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}

// youTags are what the feed writes after the page owner's name on their
// own items, in LinkedIn's interface languages.
var youTags = setOf("you", "tú", "tu", "vous", "sie", "você", "jij", "あなた", "您", "du", "sinä", "sen", "ty", "dvs.", "ön", "вы",
	"ви", "εσείς", "anda", "당신", "bạn", "คุณ", "أنت", "את/ה", "आप")

// compactRecommendations reads recommendations copied without relation
// lines: "Petra Nováková · Investigations Editor" and the text under it,
// to the next such line. Who wrote one is told by whose first name its
// text uses ("Kateřina's FOI persistence ..." is about the candidate),
// else by the tab above it, and the Received tab is the page's first.
func (ps *pageParser) compactRecommendations(items []item, texts []int, tab map[int]bool) {
	given, tabKnown := ps.recsGiven, ps.recsGiven
	var cur *Recommendation
	var parts []item
	skipHeadline, head := -1, -1 // head: the headline of a three-line one
	flush := func() {
		if cur == nil {
			return
		}
		var b []string
		for _, it := range parts {
			b = append(b, it.s)
		}
		cur.Text = strings.Join(b, "\n")
		text := cutTabMark(cur.Text)
		if head >= 0 && text == cur.Text && !tabKnown {
			// Three lines that say neither who wrote them nor which tab
			// they are under: left as they were.
			items[head].drop = false
			cur, parts, head = nil, nil, -1
			return
		}
		if text != cur.Text {
			given = strings.HasSuffix(cur.Text, "(Given)")
		}
		head = -1
		cur.Given = ps.aboutWhom(cur.Text, cur.Person, given)
		if !cur.Given {
			for _, it := range parts {
				ps.span(fieldPath("recommendations", len(ps.p.Recommendations), ".text"), it)
			}
		}
		ps.p.Recommendations = append(ps.p.Recommendations, *cur)
		cur, parts = nil, nil
	}
	for k, i := range texts {
		it := items[i]
		if tab[i] {
			flush()
			given = strings.EqualFold(it.s, "given")
			// A tab alone heads what is under it; the tab bar
			// ("Received  Given") says nothing.
			tabKnown = tabKnown || given || strings.EqualFold(strings.TrimSpace(it.s), "received")
			continue
		}
		// "Given: Chidi Eze · Staff Nurse": the tab said on the line.
		for _, p := range []string{"Given:", "Received:"} {
			if rest, ok := strings.CutPrefix(it.s, p); ok {
				flush()
				given, it.s, tabKnown = p == "Given:", strings.TrimSpace(rest), true
			}
		}
		if it.s == "" {
			continue // "Given:" alone on its line
		}
		// A name on its own line, their headline under it, then the text:
		// a recommendation copied in three lines.
		if cur == nil || len(parts) > 0 {
			if k+2 < len(texts) && !tab[texts[k+1]] && !tab[texts[k+2]] && looksLikeName(it.s) && countFields(it.s) <= 4 &&
				isShort(items[texts[k+1]].s) && sentence(cutTabMark(items[texts[k+2]].s)) {
				flush()
				cur = &Recommendation{Person: strings.TrimSpace(it.s), Headline: strings.TrimSpace(items[texts[k+1]].s)}
				items[texts[k+1]].drop = true
				skipHeadline, head = texts[k+1], texts[k+1]
				continue
			}
		}
		if i == skipHeadline {
			continue
		}
		sep := headlineSep(it.s)
		if name, m := cutAuthorTag(it.s); m != 0 || sep != "" && looksLikeName(strings.TrimSpace(strings.SplitN(it.s, sep, 2)[0])) {
			headline := ""
			if m == 0 {
				parts := strings.SplitN(it.s, sep, 2)
				name, headline = strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
			}
			if k+1 < len(texts) && !tab[texts[k+1]] && sentence(items[texts[k+1]].s) {
				flush()
				cur = &Recommendation{Person: name, Headline: headline}
				continue
			}
		}
		// Under a tab, a name on its own line and the text under it:
		// "Given:", "Rohan Mehta", "Rohan designed ...".
		if tabKnown && (cur == nil || len(parts) > 0) && k+1 < len(texts) && !tab[texts[k+1]] && looksLikeName(it.s) && countFields(it.s) <= 5 &&
			sentence(cutTabMark(items[texts[k+1]].s)) {
			flush()
			cur = &Recommendation{Person: strings.TrimSpace(it.s)}
			continue
		}
		if cur != nil {
			parts = append(parts, it)
		}
	}
	flush()
}

// headlineSep is the separator between a name and a headline on one line
// ("Chidi Eze · Staff Nurse", "Mette Rasmussen — Firmware Lead"), or "".
func headlineSep(s string) string {
	for _, sep := range []string{" · ", " — ", " – "} {
		if strings.Contains(s, sep) {
			return sep
		}
	}
	return ""
}

// cutTabMark cuts the tab a recommendation's text says it is under
// ("... properly. (Received)") from its end.
func cutTabMark(s string) string {
	for _, m := range []string{"(Received)", "(Given)"} {
		if t, ok := strings.CutSuffix(s, m); ok {
			return strings.TrimSpace(t)
		}
	}
	return s
}

// aboutWhom reports whether a recommendation's text is about the person
// it names rather than the candidate (one they gave): by which of the two
// first names it uses, else the tab.
func (ps *pageParser) aboutWhom(text, person string, tabGiven bool) bool {
	if given, ok := ps.textSays(text, person); ok {
		return given
	}
	return tabGiven
}

// textSays reports whom a recommendation's text is about, when it uses a
// name of one of the two and not of the other: given is set when that
// is the person it names.
func (ps *pageParser) textSays(text, person string) (given, ok bool) {
	mine, theirs := false, false
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		lw := strings.ToLower(w)
		mine = mine || nameWord(ps.p.Name, lw) && len(lw) > 2
		theirs = theirs || nameWord(person, lw) && len(lw) > 2
	}
	if mine == theirs {
		return false, false
	}
	return theirs, true
}
