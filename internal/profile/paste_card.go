package profile

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pronounWords are pronouns as LinkedIn's card shows them, in the
// languages its interface has: "She/Her", "Sie/Ihr", "Il/Lui", "Elle",
// "Ella/Ella", "Ele/Dele", "Hij/Hem".
var pronounWords = setOf("he", "him", "his", "she", "her", "hers", "they", "them", "theirs", "xe", "xem", "ze", "zir",
	"hir", "ey", "em", "il", "lui", "elle", "iel", "ielle", "er", "ihm", "ihn", "sie", "ihr", "dey", "denen", "él", "ella",
	"elle", "ellx", "ele", "dele", "ela", "dela", "elu", "delu", "lei", "loro", "hij", "hem", "zij", "haar", "hen",
	"hän", "hon", "hun", "han", "ona", "on", "ono", "oni", "jej", "jego", "он", "она", "его", "её", "ее", "они", "их",
	"他", "她", "他们", "她们", "彼", "彼女", "그", "그녀", "o", "any pronouns", "use my name",
	"henne", "ham", "honom", "hende", "вона", "він", "هو", "هي", "הוא", "היא",
	// Polish forms of address, Māori, Welsh and Irish: "Pani/Ona", "Ia",
	// "Fe/Ef", "Hi/Ei", "Sí/Í".
	"pani", "pan", "ia", "fe", "ef", "hi", "ei", "sí", "í", "sé", "é")

// isPronouns reports whether s is a pronoun line: one to three pronouns
// separated by "/" ("She/Her", "sie / ihr", "they/them/theirs").
func isPronouns(s string) bool {
	if len(s) > 40 {
		return false
	}
	s = strings.TrimSpace(s)
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		return isPronouns(s[:i]) && isPronouns(s[i+1:]) // "Sie/Ihr (She/Her)": in two languages
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")") // "(She/Her)"
	parts := strings.Split(strings.ToLower(s), "/")
	if len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if !pronounWords[strings.TrimSpace(p)] {
			return false
		}
	}
	return true
}

// isPronounWord reports whether s is one pronoun alone ("Elle", "Ella"),
// which is pronouns only where the card shows them, right after the name.
func isPronounWord(s string) bool {
	return len(s) <= 16 && pronounWords[strings.ToLower(strings.TrimSpace(s))]
}

// uiText reports whether s is LinkedIn's own text: a menu item, a button,
// a section heading, a footer link.
func uiText(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	if en := uiLine(l); en != "" {
		l = en // "Foto de portada" is the cover photo
	}
	if _, ok := headings[l]; ok {
		return true
	}
	if _, ok := navLine(s); ok {
		return true
	}
	return noiseLines[l] || footerWords[l] || sidebarHeading(l) || l == "profile" || l == "edit profile" ||
		l == "background photo" || l == "profile photo" || l == "cover photo" || l == "background image" || l == "cover image" || l == "add section" || l == "open to"
}

// looksLikeName reports whether a line can be a person's name: letters in
// any script, up to eight words, no digits, no URL or e-mail, not a
// headline ("X at Y", "A | B") and not a place ("London, United Kingdom";
// "Jane Doe, CPA" is a name with credentials).
func looksLikeName(s string) bool {
	if len(s) > 80 || countFields(s) > 8 || uiText(s) {
		return false
	}
	letter := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r), r == '@', r == '|', r == '/', r == '#', r == ':', r == '•', r == '·':
			return false
		}
	}
	if !letter || strings.Contains(s, "http") || strings.Contains(strings.ToLower(s), " at ") {
		return false
	}
	first, _ := firstRune(s)
	if !unicode.IsLetter(first) {
		return false
	}
	// After a comma come credentials ("Jane Doe, CPA, CFA"), not a place
	// or a sentence.
	_, creds, hasCreds := strings.Cut(s, ",")
	if hasCreds {
		for _, c := range strings.Split(creds, ",") {
			if c = strings.TrimSpace(c); (len(c) > 8 || strings.Contains(c, " ")) && !credentialWords(c) {
				return false
			}
		}
	}
	if r, _ := lastRune(s); r == '!' || r == '?' || r == '.' && !hasCreds && !endsWithAbbreviation(s) {
		return false
	}
	return true
}

// credentialWords reports whether every word of s is a short credential
// ("Dr. Eng.", "MD PhD", "CEng MIChemE"): abbreviated with a dot or in
// capitals, not a place ("New York").
func credentialWords(s string) bool {
	for _, w := range strings.Fields(s) {
		if dottedAbbreviation(w) {
			continue // "Dipl.-Ing.", "Dr.techn.", "Mag."
		}
		caps := 0
		for _, r := range w {
			if unicode.IsUpper(r) {
				caps++
			}
		}
		if len(w) > 5 && (caps < 2 || len(w) > 10) || !strings.HasSuffix(w, ".") && caps < 2 {
			return false
		}
	}
	return true
}

// dottedAbbreviation reports whether w is a word of short parts each
// ended by a dot, joined by dots or hyphens: an abbreviated academic title.
func dottedAbbreviation(w string) bool {
	if !strings.HasSuffix(w, ".") {
		return false
	}
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '.' || r == '-' }) {
		if n := utf8.RuneCountInString(part); n == 0 || n > 6 {
			return false
		}
	}
	return true
}

func lastRune(s string) (rune, bool) {
	r, size := utf8.DecodeLastRuneInString(s)
	return r, size > 0
}

// cardBelow returns the index of the card's name when it comes within a
// few lines below items[i], which is not a name: a line that looks like
// one and has the marks of a card (pronouns, a connection degree,
// "Contact info", a count of connections) on it or on the lines just
// under it. It returns i when there is none.
func cardBelow(items []item, i int) int {
	const ahead = 16
	for j, texts := i+1, 0; j < len(items) && texts < ahead; j++ {
		if items[j].kind == kBlank {
			continue
		}
		texts++
		if items[j].kind == kText && looksLikeName(items[j].s) && anchored(items, j) {
			return j
		}
	}
	return i
}

// nameAbovePronouns returns the name line that the card's pronouns
// follow, within twenty lines from items[i], or -1.
func nameAbovePronouns(items []item, i int) int {
	for k, texts := i, 0; k < len(items) && texts < 20; k++ {
		it := &items[k]
		if it.kind == kBlank {
			continue
		}
		texts++
		// "Elle" alone before the degree is pronouns too.
		if it.pronouns == "" && it.kind != kPronoun && !(it.after&markDegree != 0 && isPronounWord(it.s)) {
			continue
		}
		j := textAbove(items, k, i)
		if j < i || items[j].kind != kText || !looksLikeName(items[j].s) {
			return -1
		}
		// A name-like line right above may be the name in another
		// script or form: the card is read as before.
		above := textAbove(items, j, i)
		if above >= i && items[above].kind == kText && looksLikeName(items[above].s) && !uiText(items[above].s) &&
			(strings.Contains(strings.TrimSpace(items[above].s), " ") || !isASCII(items[above].s)) {
			return -1 // not one Latin word, as a menu's "Produits" is
		}
		return j
	}
	return -1
}

// textAbove returns the index of the last line before items[k] that is
// not blank, from items[i] on, or i-1.
func textAbove(items []item, k, i int) int {
	j := k - 1
	for j >= i && items[j].kind == kBlank {
		j--
	}
	return j
}

// anchored reports whether the card's pronouns, degree, contact link or
// count of connections come within four lines from items[j], as they
// do below a name.
func anchored(items []item, j int) bool {
	const under = 4
	for k, n := j, 0; k < len(items) && n <= under; k++ {
		it := &items[k]
		if it.kind == kBlank {
			continue
		}
		n++
		if it.pronouns != "" || it.kind == kPronoun || it.after&(markDegree|markContact|markCount) != 0 {
			return true
		}
	}
	return false
}

func firstRune(s string) (rune, bool) {
	for _, r := range s {
		return r, true
	}
	return 0, false
}

// card reads the profile card: the name (after any menu text left at the
// top), pronouns, the headline and the location. The current company and
// schools the card repeats, buttons and badges are dropped. A card with no
// name sets cardErr.
func (ps *pageParser) card(items []item) {
	i := 0
	var skipped []string
	for ; i < len(items); i++ {
		it := &items[i]
		if it.kind == kBlank {
			continue
		}
		if it.kind == kText && uiText(it.s) || it.kind == kNav {
			skipped = append(skipped, it.s)
			it.drop = true
			continue
		}
		if it.kind == kText {
			break
		}
		it.drop = true
	}
	if i == len(items) {
		if len(skipped) == 0 && ps.navDropped != "" {
			skipped = []string{ps.navDropped}
		}
		ps.cardErr = noCard(skipped)
		return
	}
	// Chrome this reader does not know above the name that the pronouns
	// follow ("Suchen", "0 Mitteilungen"), or above a card that is
	// plainly there ("Wypróbuj Premium za 0 zł", menu badges, "Aller au
	// contenu principal").
	skipTo := func(j int) {
		for k := i; k < j; k++ {
			if items[k].kind != kBlank {
				skipped = append(skipped, items[k].s)
			}
			items[k].drop = true
		}
		i = j
	}
	if j := nameAbovePronouns(items, i); j > i {
		skipTo(j)
	}
	if !looksLikeName(items[i].s) || !anchored(items, i) {
		if j := cardBelow(items, i); j > i {
			skipTo(j)
		}
	}
	name := &items[i]
	if !looksLikeName(name.s) {
		ps.cardErr = &PageError{Msg: fmt.Sprintf("the paste starts with %q, which is not a name: expected their name, headline and "+
			"location at the top; copy their whole profile page (select all, copy), or fill in the card by hand", short(name.s))}
		ps.dropAll(items[i:])
		return
	}
	ps.p.Name = cleanName(name.s)
	ps.span("name", *name)
	rest := ps.cardLines(items[i+1:])
	if name.pronouns != "" {
		ps.p.Pronouns = name.pronouns
	}
	// Pronouns come right after the name, in any language.
	if len(rest) > 0 && (rest[0].kind == kPronoun || isPronounWord(rest[0].s)) {
		ps.p.Pronouns = rest[0].s
		rest = rest[1:]
	}
	for _, it := range rest {
		if it.kind == kPronoun {
			it.drop = true
		}
	}
	loc := -1
	for k, it := range rest {
		if it.after&markContact != 0 {
			loc = k
			break
		}
	}
	head := 0
	if loc != 0 && len(rest) > 0 && rest[0].kind != kPronoun {
		ps.p.Headline = rest[0].s
		ps.span("headline", *rest[0])
		head = 1
	}
	if loc < 0 {
		for k := head; k < len(rest); k++ {
			if ps.placeLike(rest[k].s, k == head) {
				loc = k
				break
			}
		}
	}
	if loc >= 0 {
		ps.p.Location = rest[loc].s
		ps.span("location", *rest[loc])
	}
	for k := head; k < len(rest); k++ {
		if k != loc {
			// The current company and school again, badges, an
			// "Open to work" box: not kept.
			rest[k].drop = true
		}
	}
}

// cardLines are the card's text lines after the name, pointing into items.
func (ps *pageParser) cardLines(items []item) []*item {
	var out []*item
	for k := range items {
		it := &items[k]
		switch {
		case it.kind == kText, it.kind == kPronoun:
			out = append(out, it)
		case it.kind != kBlank:
			it.drop = true
		}
	}
	return out
}

func (ps *pageParser) dropAll(items []item) {
	for k := range items {
		items[k].drop = true
	}
}

func noCard(skipped []string) error {
	if len(skipped) > 0 {
		return &PageError{Msg: fmt.Sprintf("the paste has LinkedIn's menus (%s) but no profile card after them: expected their name, "+
			"headline and location at the top; copy their whole profile page, or fill in the card by hand",
			strings.Join(quoteAll(skipped[:min(len(skipped), 3)]), ", "))}
	}
	return &PageError{Msg: "no profile card at the top of the paste: expected their name, headline and location; " +
		"copy their whole profile page (select all, copy), or fill in the card by hand"}
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// placeLike reports whether a card line is the location: "London, England,
// United Kingdom", "Greater Paris Metropolitan Region", or, right after
// the headline, a short line that is not the current company or a school
// ("Singapore", "東京都").
func (ps *pageParser) placeLike(s string, afterHeadline bool) bool {
	if hasDigit(s) || strings.Contains(s, " at ") || strings.ContainsAny(s, "|@") || ps.namesEntry(s) {
		return false
	}
	if isLocation(s) {
		return true
	}
	l := strings.ToLower(s)
	for _, w := range []string{"area", "region", "metropolitan", "greater "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return afterHeadline && countFields(s) <= 4
}

// namesEntry reports whether s is a company or school of the profile, as
// the card repeats them.
func (ps *pageParser) namesEntry(s string) bool {
	if n := len(ps.p.Experience) + len(ps.p.Education); n != ps.entryNamesFor || ps.entryNames == nil {
		ps.entryNamesFor = n
		ps.entryNames = make(map[string]bool, n)
		for _, x := range ps.p.Experience {
			ps.entryNames[strings.ToLower(x.Company)] = true
		}
		for _, e := range ps.p.Education {
			ps.entryNames[strings.ToLower(e.School)] = true
		}
		delete(ps.entryNames, "")
	}
	return ps.entryNames[strings.ToLower(s)]
}
