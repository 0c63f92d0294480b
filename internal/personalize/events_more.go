package personalize

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// originStems start the words of an origin on the profile, by the line's
// word: "discovering" needs "discovered" or "discovery" there, not
// "Competent Person for the Kalinga lithium deposit".
var originStems = map[string]string{
	"discovered": "discover", "discovering": "discover", "discover": "discover", "discovery": "discover",
	"invented": "invent", "inventing": "invent", "invent": "invent", "invention": "invent",
	"founded": "found", "founding": "found", "co-founded": "found", "co-founding": "found",
}

// checkOrigin checks that the profile's entry holding what the line says
// they discovered, invented or founded says so too ("discovery",
// "co-founder"), or returns why not. What the profile does not hold at
// all is judged elsewhere.
func (c *claimCheck) checkOrigin(word string, first, last int) string {
	keys := c.contentKeys(first, last, eventNone)
	if len(keys) == 0 {
		return ""
	}
	seg, ok := c.bestSegment(keys, eventOrigin)
	if !ok {
		return ""
	}
	stem := originStems[word]
	// The sentence that holds what it is about; an award or a patent,
	// over lines of its own, is its whole entry.
	lo, hi := 0, len(seg.toks)
	for p := range seg.toks {
		if seg.toks[p].key == c.toks[keys[0]].key {
			lo, hi = sentenceOf(seg, p, p)
			break
		}
	}
	text := seg.src[seg.toks[lo].start:seg.toks[hi-1].end]
	if awardEntry(seg.entry) || seg.entry >= 0 && seg.entry/10000 == listVolunteering {
		// A volunteer post says its role once, for all it tells:
		// "Founder, Hill Country Reading Club: ...".
		text = c.idx.entryText(seg.entry)
	} else if t := c.idx.titleOf(seg.entry); seg.entry >= 0 && t != nil && len(t.toks) > 0 && t != seg {
		// Their post there says it too: "Co-founder" at Core Logic Labs.
		text += "\n" + t.src[t.toks[0].start:t.toks[len(t.toks)-1].end]
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		w = strings.TrimPrefix(strings.TrimPrefix(w, "co-"), "co")
		if strings.HasPrefix(w, stem) && !strings.HasPrefix(w, "foundation") {
			return ""
		}
	}
	return fmt.Sprintf("Says %s %s, but their profile does not say so (%q): say what it says they did.",
		word, quoteText(c.line[c.toks[first].start:c.toks[last].end]), text)
}

// lesserEntry reports whether an award entry says a lesser outcome than a
// win: shortlisted, nominated, a finalist.
func (x *Index) lesserEntry(e int32) bool {
	if !awardEntry(e) {
		return false
	}
	src := " " + strings.ToLower(x.entryText(e)) + " "
	return containsAny(src, lesserOutcomes) && !containsAny(src, winWords)
}

// awardRank orders entries for what was won: an award, then a
// qualification, then anything else.
func awardRank(e int32) int {
	switch {
	case e >= 0 && e/10000 == listHonor:
		return 2
	case awardEntry(e):
		return 1
	}
	return 0
}

// entryText returns the words of every field of an entry, in order,
// one line each.
func (x *Index) entryText(e int32) string {
	var b strings.Builder
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.entry != e || len(seg.toks) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end])
	}
	return b.String()
}

// teamAwardFor returns an award to their team or firm that has the words
// of what the line says they won, in its order ("Pharmacy of the Year"),
// when no field of their own award found for it has them so (it holds
// "Pharmacy" only in its issuer, "Midlands Pharmacy Awards"), or nil.
func (c *claimCheck) teamAwardFor(first, last int, own *segment) *segment {
	var words []string
	for k := first; k <= last; k++ {
		if t := &c.toks[k]; !t.fn && t.key != "" && !t.number {
			words = append(words, t.key)
		}
	}
	if len(words) < 2 {
		return nil
	}
	for si := range c.idx.segs {
		if s := &c.idx.segs[si]; (s == own || own.entry >= 0 && s.entry == own.entry) && (inOrder(s.toks, words) || hasAll(s.toks, words)) {
			return nil
		}
	}
	// The award's words in order, or all of them in another order ("your
	// Healthcare Tech Award for Best Digital Health App" for "Best
	// Digital Health App, Healthcare Tech Awards").
	for si := range c.idx.segs {
		s := &c.idx.segs[si]
		if s.kind == segContext && strings.Contains(s.whose, "award") && (inOrder(s.toks, words) || hasAll(s.toks, words)) {
			return s
		}
	}
	return nil
}

// hasAll reports whether toks have every key of keys, three or more, in
// any order.
func hasAll(toks []token, keys []string) bool {
	if len(keys) < 3 {
		return false
	}
	for _, k := range keys {
		if !slicesHasKey(toks, k) {
			return false
		}
	}
	return true
}

// inOrder reports whether toks have the keys one after another, with only
// small words between.
func inOrder(toks []token, keys []string) bool {
	for i := range toks {
		k, j := 0, i
		for j < len(toks) && k < len(keys) {
			if toks[j].key == keys[k] {
				k++
			} else if !toks[j].fn || k == 0 {
				break
			}
			j++
		}
		if k == len(keys) {
			return true
		}
	}
	return false
}

// nounWin checks a win named before a noun of winning ("your BAFTA win on
// Clyde Built", "the 2016 Dutch Tree Climbing champion"): when the profile
// holds that name only with a lesser
// outcome ("BAFTA-nominated"), it returns why, else "".
func (c *claimCheck) nounWin(i int) string {
	if !afterWins[c.toks[i].lower] || i == 0 {
		return ""
	}
	first := i
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &c.toks[k]
		if !(t.acronym || t.capital && !t.sentStart || t.number && isYear(t.key)) || t.fn || breaksAt(&c.toks[k+1].token) {
			break // "your Tax Awards 2023 win": the year is the award's
		}
		first = k
	}
	for first < i && c.toks[first].number {
		first++
	}
	if first == i {
		return ""
	}
	keys := c.contentKeys(first, i-1, eventWin)
	if len(keys) == 0 {
		return ""
	}
	c.preferAward = true
	seg, ok := c.bestSegment(keys, eventWin)
	c.preferAward = false
	if !ok {
		return ""
	}
	if q := c.lesser(c.outcomeText(seg)); q != "" {
		return fmt.Sprintf("Says they won %s, but their profile says %s: say what it says.", quoteText(c.line[c.toks[first].start:c.toks[i-1].end]), q)
	}
	return ""
}

// afterWins are the nouns of a win that come after what was won: "your
// Tax Awards 2023 win", "the 2016 Dutch Tree Climbing champion".
var afterWins = wordSet("win wins winner winners champion champions laureate medallist medalist")

// outcomeText is the text, lower case and spaced, that says what came of
// the win seg holds: the field, or for an award over lines of its own the
// whole entry ("Finalist — Nurse Manager of the Year" above "Issued by
// Irish Healthcare Awards").
func (c *claimCheck) outcomeText(seg *segment) string {
	if awardEntry(seg.entry) {
		return " " + strings.ToLower(c.idx.entryText(seg.entry)) + " "
	}
	return " " + strings.ToLower(seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end]) + " "
}

// lesser returns the lesser outcome the profile's text src (lower case,
// spaced) gives, when it gives no win and the line does not say that
// outcome itself ("the silver medal", "your shortlisting" claim no more
// than the entry), or "".
func (c *claimCheck) lesser(src string) string {
	said := " " + strings.ToLower(c.line) + " "
	if !containsAny(src, winWords) {
		return lesserOutcome(said, src)
	}
	// "Waikato Dairy Manager of the Year (runner-up), ..., also won the
	// DairyNZ Merit Award": a win told of another award leaves this
	// one's outcome as it is.
	var rest strings.Builder
	for _, part := range strings.FieldsFunc(src, func(r rune) bool { return r == ',' || r == '.' || r == ';' || r == '\n' }) {
		part = " " + strings.TrimSpace(part) + " "
		if !containsAny(part, winWords) {
			rest.WriteString(part)
			continue
		}
		named, folded := 0, fold(part)
		for i := range c.toks {
			if t := &c.toks[i]; t.capital && !t.fn && !t.sentStart && strings.Contains(folded, " "+t.lower+" ") {
				named++
			}
		}
		if named >= 2 {
			return "" // the win is of what the line names
		}
	}
	return lesserOutcome(said, rest.String())
}

// colourOfWork reports whether q, a medal's colour, is found in src only
// after a "for", in what the award was given for: "Early Career Prize,
// for The Silver Coinage of Abdera" is no silver.
func colourOfWork(src, q string) bool {
	if medalColours[q] == 0 {
		return false
	}
	i := strings.Index(src, q)
	return i > 0 && strings.Contains(src[:i], " for ")
}

// howJudged reports whether q, a word of judging, is found in src only
// as how the award was decided ("judged on bale inspection results",
// "judged by a panel"), not as a seat on its jury.
func howJudged(src, q string) bool {
	if !strings.HasPrefix(q, "judg") {
		return false
	}
	for rest := src; ; {
		i := strings.Index(rest, q)
		if i < 0 {
			return true
		}
		rest = rest[i+len(q):]
		w := strings.TrimLeft(rest, "abcdefghijklmnopqrstuvwxyz") // the end of the word: "judged", "judging"
		if !(strings.HasPrefix(w, " on ") || strings.HasPrefix(w, " by ") || strings.HasPrefix(w, " against ")) {
			return false
		}
	}
}

// lesserOutcome returns the lesser outcome src, an award's text in lower
// case, gives that said, a line in lower case, does not say in any form
// ("commendation" says "highly commended"), or "".
func lesserOutcome(said, src string) string {
	for _, q := range lesserOutcomes {
		if strings.Contains(src, q) && !strings.Contains(said, outcomeRoot(q)) && !saysLesser(said, q) && !colourOfWork(src, q) && !howJudged(src, q) {
			return q
		}
	}
	// In another language: "Winzerin des Jahres 2024 – nominiert".
	if containsAny(said, lesserSaid) {
		return ""
	}
	for _, start := range lesserStems {
		if i := strings.Index(src, start); i > 0 && src[i-1] == ' ' {
			end := i + strings.IndexFunc(src[i:]+" ", func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
			return src[i:end]
		}
	}
	return ""
}

// lesserPlace returns the place below first that src, an award's text in
// lower case, gives and said, a line in lower case, does not say in any
// form ("— 2e place", "2. Platz", "2º lugar"), when src gives no first
// place and said no lesser outcome; or "".
func lesserPlace(said, src string) string {
	ws := strings.FieldsFunc(src, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != 'º' })
	saysOne := containsAny(said, lesserSaid) || slices.ContainsFunc(lesserOutcomes, func(q string) bool { return strings.Contains(said, q) })
	lesser := ""
	for i := 0; i+1 < len(ws) && !saysOne; i++ {
		for _, q := range [...]string{ws[i] + " " + ws[i+1], ws[i+1] + " " + ws[i]} {
			w, n, _ := strings.Cut(q, " ")
			switch r := placeRank(w); {
			case !rankNouns[fold(n)]:
			case r == 1:
				saysOne = true // a first place too: "1. Platz Team, 2. Platz Einzel"
			case r > 1 && lesser == "" && !saysLesser(said, q):
				lesser = q
			}
		}
	}
	if saysOne {
		return ""
	}
	return lesser
}

// lesserStems are the lesserSaid that start no word of a win or of
// anything else: "nominiert", "finaliste", "wyróżnienie"; not "mention".
var lesserStems = strings.Fields("finalist nomin sélection selecci selezion seleç shortlist short-list wyróżn erwähn accésit accessit honrosa honorífica " +
	"menci menzion menção mencao") // "menció d'honor", "mención", "menzione", "menção honrosa"

// lesserSaid are the starts of words that say an outcome short of a win in
// the languages of Europe: "finaliste", "nominiert", "présélectionnée",
// "wyróżnienie", "lobende Erwähnung".
var lesserSaid = []string{"finalist", "nomin", "sélection", "selecci", "selezion", "seleç", "shortlist", "short-list",
	"engere wahl", "mention", "menci", "menç", "mencao", "menzion", "honrosa", "honorífica", "honorifica", "wyróżn", "erwähn", "accésit", "accessit", "commend"}

// saysLesser reports whether a line, in lower case, says the lesser
// outcome q in other words or another language: the medal's colour in
// any ("la plata" for "silver"), or any word short of a win.
func saysLesser(said, q string) bool {
	if r := medalColours[q]; r != 0 {
		for _, w := range strings.FieldsFunc(said, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if colourRank(fold(w)) == r {
				return true
			}
		}
		return false
	}
	if r := placeRank(q); r > 1 {
		// "drugiego miejsca" for "2nd place": the same rank in any
		// language.
		for _, w := range strings.FieldsFunc(said, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if placeRank(fold(w)) == r {
				return true
			}
		}
	}
	return containsAny(said, lesserSaid)
}

// placeRank returns the rank an outcome's first word gives ("second
// place", "2nd prize", "drugie"), or 0.
func placeRank(q string) int {
	w, _, _ := strings.Cut(q, " ")
	t := token{lower: w}
	if r, _ := rankAt(&t, nil); r > 0 {
		return r
	}
	// "2e", "3ème", "1er" in French, "2º", "2ª" in Spanish, Portuguese
	// and Italian (folded "2o"), "2." in German and Polish.
	for _, suf := range [...]string{"ème", "eme", "er", "re", "e", "º", "ª", "°", "o", "a", "."} {
		if base, ok := strings.CutSuffix(w, suf); ok && base != "" && strings.Trim(base, "0123456789") == "" {
			return atoi(base)
		}
	}
	return 0
}

// outcomeRoot is the start of the longest word of a lesser outcome,
// which its other forms share: "commendation" says "highly commended",
// "the shortlist" "shortlisted", "runners-up" "runner-up".
func outcomeRoot(q string) string {
	w := ""
	for _, f := range strings.FieldsFunc(q, func(r rune) bool { return r == ' ' || r == '-' }) {
		if len(f) > len(w) {
			w = f
		}
	}
	return w[:min(len(w), 6)]
}

// matterWins say a case, a bid or a deal was won: more than winWords.
var matterWins = []string{" secured ", " successful", " upheld", " in favour", " in favor", " judgment for ", " victory",
	" prevailed", " dismissed", " acquitted", " awarded ", " landed ", " won",
	// In the languages of Europe: "Lauréate du concours",
	// "ganador", "vincitore", "Sieger", "zwycięzca", "winnaar".
	" laureate", " lauréat", " gagn", " rempor", " ganador", " ganó", " vencedor", " venceu", " vincitor", " vinto", " vinse",
	" sieger", " gewonnen", " gewann", " zwycięz", " wygra", " winnaar", " vinnare", " vann "}

// matters are things won by arguing or bidding, not awards.
var matters = wordSet("arbitration arbitrations case cases claim claims trial appeal appeals dispute disputes litigation " +
	"tender tenders bid bids pitch pitches contract contracts mandate mandates hearing hearings challenge proceedings")

// matterWin reports whether the line's won thing first..last is a case,
// a bid or a contract, rather than an award.
func (c *claimCheck) matterWin(first, last int) bool {
	for k := first; k <= last; k++ {
		if matters[c.toks[k].lower] && !c.toks[k].scope {
			return true
		}
	}
	return false
}

// eventOccs returns the occurrences of an event's word t, onto buf: the
// word's, and an initialism's written out where the word is not on the
// profile, or is only in a mail-merge field.
func (c *claimCheck) eventOccs(t *lineTok, buf []occ) []occ {
	buf = c.idx.lookup(t.key, buf)
	switch {
	case !isInitialism(&t.token):
	case len(buf) == 0:
		buf = c.idx.initialsAt(t.lower, buf)
	case !slices.ContainsFunc(buf, func(o occ) bool { seg := &c.idx.segs[o.seg]; return seg.kind == segSpecific && awardEntry(seg.entry) }):
		// Written out in an award of theirs, whatever the headline, a
		// group they follow or someone else's post calls it ("RCM Award
		// winner" and "Royal College of Midwives Awards").
		for _, o := range c.idx.initialsAt(t.lower, nil) {
			if seg := &c.idx.segs[o.seg]; seg.kind == segSpecific && awardEntry(seg.entry) {
				buf = append(buf, o)
			}
		}
	}
	return buf
}

// postOwnsAward reports whether the post the line's words keys name is,
// in the award seg, the one who gives it: "Chief Midwifery Officer's
// Silver Award" makes no one Chief Midwifery Officer.
func (c *claimCheck) postOwnsAward(seg *segment, keys []int) bool {
	last := c.toks[keys[len(keys)-1]].key
	for p := range seg.toks {
		if w := seg.toks[p].lower; seg.toks[p].key == last && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			return true
		}
	}
	return false
}

// passedIn reports whether the field seg says a step was passed that the
// line's event object toks[first..last] names: "CFA Level II Candidate
// (passed Level I, 2023)" has passed Level I, whatever it is a candidate
// for. The words after "passed", to the next comma or bracket, hold every
// number of the object but a year, and a word of it.
func (c *claimCheck) passedIn(seg *segment, first, last int) bool {
	for p := range seg.toks {
		if w := seg.toks[p].lower; w != "passed" && w != "completed" && w != "cleared" {
			continue
		}
		end := p + 1
		for end < len(seg.toks) && end <= p+4 && (end == p+1 || !breaksAt(&seg.toks[end])) {
			end++
		}
		word, all := false, true
		for k := first; k <= last; k++ {
			t := &c.toks[k]
			if t.key == "" || t.number && isYear(t.key) || !t.number && !content(&t.token) {
				continue
			}
			in := holdsAny(seg.toks, p+1, end-1, []string{t.key})
			if t.number && !in {
				all = false
			}
			word = word || !t.number && in
		}
		if word && all {
			return true
		}
	}
	// "nine of the thirteen ACCA exams" where it is part qualified, "9 of
	// 13 exams": the steps passed, as the profile counts them.
	nums := 0
	for k := first; k <= last; k++ {
		if t := &c.toks[k]; t.number && !isYear(t.key) && !isLabel(func(j int) *token { return &c.toks[j].token }, k) {
			if !holdsAny(seg.toks, 0, len(seg.toks)-1, []string{t.key}) {
				return false
			}
			nums++
		}
	}
	return nums > 0
}

// nameGap returns the profile's words for an award's name when the line
// leaves a capitalised word out of its middle ("IET Engineer of the Year"
// for "IET Young Engineer of the Year"), which makes another award; or
// "". Words left off its ends (the issuer, the year) are a shorter name.
func (c *claimCheck) nameGap(first, last int, seg *segment) string {
	prev, prevAt := -1, -1
	for k := first; k <= last; k++ {
		t := &c.toks[k]
		if t.fn && !t.capital {
			continue
		}
		if !(t.capital && !t.sentStart || t.acronym) {
			prev, prevAt = -1, -1
			continue
		}
		at := -1
		for p := max(prevAt+1, 0); p < len(seg.toks); p++ {
			if seg.toks[p].key == t.key {
				at = p
				break
			}
		}
		if at < 0 {
			prev, prevAt = -1, -1
			continue
		}
		if extra := (at - prevAt) - (k - prev); prev >= 0 && extra >= 1 && extra <= 2 {
			// Two words of the name a word or two further apart on the
			// profile than in the line.
			for p := prevAt + 1; p < at; p++ {
				if o := &seg.toks[p]; o.capital && !o.fn && !o.number && !c.spanHas(first, last, o.key) {
					return seg.src[seg.toks[prevAt].start:seg.toks[at].end]
				}
			}
		}
		prev, prevAt = k, at
	}
	return ""
}

// spanHas reports whether the line's words first..last hold key.
func (c *claimCheck) spanHas(first, last int, key string) bool {
	for k := first; k <= last; k++ {
		if c.toks[k].key == key {
			return true
		}
	}
	return false
}

// inName reports whether toks[k] is a word of a capitalised name of two
// words or more, over at most two small words ("Award for Leadership",
// "Game of the Year").
func (c *claimCheck) inName(first, k int) bool {
	for _, step := range []int{-1, 1} {
		for j, small := k+step, 0; j >= first && j < len(c.toks) && small <= 2; j += step {
			if step > 0 && (c.toks[j].sentStart || strings.ContainsAny(c.toks[j].punctBefore, ".,;:!?")) {
				break
			}
			t := &c.toks[j]
			if t.fn && !t.capital {
				small++
				continue
			}
			if t.capital && !t.sentStart {
				return true
			}
			break
		}
	}
	return false
}

// employerWord reports whether key is a word of the name of an employer
// of theirs.
func (c *claimCheck) employerWord(key string) bool {
	for _, o := range c.idx.post[key] {
		if c.idx.segs[o.seg].label == "current company" {
			return true
		}
	}
	return false
}

// employerOf reports whether every employer's word in first..last (which
// contentKeys leaves out) is the employer of seg's entry: "promoted to
// partner at Hollis" where they are a partner elsewhere is not so.
func (c *claimCheck) employerOf(first, last int, seg *segment) bool {
	for k := first; k <= last; k++ {
		t := &c.toks[k]
		if t.capital && !t.sentStart && !roleWords[t.lower] && c.employerWord(t.key) && seg.entry >= 0 && !c.idx.inEntry(t.key, seg.entry) {
			return false
		}
	}
	return true
}

// lesserCongrats returns why congratulations in another language on the
// line's words first to last claim too much: they name an award of theirs
// whose outcome was less than a win, and do not say it; else "".
func (c *claimCheck) lesserCongrats(first, last int) string {
	for _, cl := range c.res.kept {
		if cl.last < first || cl.first > last {
			continue
		}
		seg := &c.idx.segs[cl.seg]
		if !awardEntry(seg.entry) {
			continue
		}
		src := c.outcomeText(seg)
		if q := c.lesser(src); q != "" {
			return fmt.Sprintf("Congratulates them on %s, but their profile says %s (%q): say what it says.",
				quoteText(c.line[c.toks[first].start:c.toks[last].end]), q, strings.TrimSpace(src))
		}
	}
	return ""
}
