package personalize

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeProblems returns a sentence for each reference the line puts in a
// place of the profile ("the timber hybrid at 40 Canal Street in London")
// when the profile's sentence puts it in another, right after it ("40
// Canal Street, Manchester", "the Vltava footbridge in Prague"): the
// entry being in London says nothing against the sentence's own place.
func (c *claimCheck) placeProblems(anchors []anchor) []string {
	var out []string
	for _, a := range anchors {
		if !a.place || a.first < 2 || !placePrepositions[c.toks[a.first-1].lower] {
			continue
		}
		for _, cl := range c.res.kept {
			if cl.last != a.first-2 && !(cl.last < a.first-1 && cl.last >= a.first-3 && c.toks[cl.last+1].fn) {
				continue
			}
			seg := &c.idx.segs[cl.seg]
			if seg.kind != segSpecific {
				continue
			}
			if where := placeAfter(seg, int(cl.maxPos)); where >= 0 && !c.saysWord(seg.toks[where].key) && !c.idx.onePlace(seg.toks[where].key, c.toks[a.first].key) {
				out = append(out, fmt.Sprintf("Puts %q in %s, but their profile puts it in %s: say where it was.",
					c.line[c.toks[cl.first].start:c.toks[cl.last].end], c.text(a), seg.src[seg.toks[where].start:seg.toks[where].end]))
			}
		}
	}
	return out
}

// placeAfter returns the word the profile's sentence puts right after the
// words ending at pos as their place: a name in capitals after a comma
// ("40 Canal Street, Manchester (completed 2025)") or after "in"; -1 for
// none. A name after a comma must end the clause: ", Bruntwood and Arup"
// lists others.
func placeAfter(seg *segment, pos int) int {
	k := pos + 1
	if k >= len(seg.toks) {
		return -1
	}
	t := &seg.toks[k]
	switch {
	case placePrepositions[t.lower] && !breaksAt(t) && k+1 < len(seg.toks):
		k++
		if n := &seg.toks[k]; !n.capital || n.fn || breaksAt(n) {
			return -1
		}
	case strings.TrimSpace(t.punctBefore) == "," && t.capital && !t.fn && !t.acronym:
		if n := k + 1; n < len(seg.toks) && !breaksAt(&seg.toks[n]) && !seg.toks[n].sentStart {
			return -1
		}
	default:
		return -1
	}
	return k
}

// placePrepositions put what comes before them in the place after them:
// "in Prague", "27 schools across Caroni".
var placePrepositions = wordSet("in across throughout")

// onePlace reports whether a location field of the profile holds both
// keys: "Stockholm, Sweden" makes Stockholm a place in Sweden.
func (x *Index) onePlace(a, b string) bool {
	for si := range x.segs {
		if seg := &x.segs[si]; seg.label == "location" && holdsAny(seg.toks, 0, len(seg.toks)-1, []string{a}) && holdsAny(seg.toks, 0, len(seg.toks)-1, []string{b}) {
			return true
		}
	}
	return false
}

// frontWords open a sentence with where or when what follows happened:
// "At Hafren you ...", "During your time at Hafren, ...", "As a QS at
// Hafren, ...", "While at Hafren, ...".
var frontWords = wordSet("at during while whilst as when with")

// fronted reports whether anchor a is in a frame that opens its sentence
// and b is said in the rest of that sentence: the frame says where b
// happened ("At Hafren Partnerships you brought the Ysgol Bro Taf rebuild
// in under budget"). A word that moves on ("then", "before", "now")
// between them keeps them apart.
func (c *claimCheck) fronted(a, b anchor) bool {
	s := a.first
	for s > 0 && !c.toks[s].sentStart {
		s--
	}
	if !frontWords[c.toks[s].lower] || a.first-s > 8 || b.first <= a.last || b.first-a.last > 14 {
		return false
	}
	for k := s + 1; k <= a.first; k++ {
		if breaksAt(&c.toks[k].token) {
			return false // "At 9am, ..." or a list before the name
		}
	}
	for k := a.last + 1; k <= b.first; k++ {
		t := &c.toks[k]
		if t.sentStart || strings.ContainsAny(t.punctBefore, ".;!?–—") || t.scope || k < b.first && (sepWords[t.lower] && t.lower != "and" || verbWords[t.lower]) {
			return false
		}
	}
	return true
}

// changeVerbs take a thing to a result: "Taking the Palácio Verde to 81%
// occupancy", "Bringing X-ray inspection to the Kessler plant".
var changeVerbs = wordSet("taking took take takes bringing brought bring brings getting got get gets growing grew grow grows turning turned")

// tiedAfter reports whether b is said of a by the words right after it:
// a figure straight after the thing ("the Perry Barr interchange 11 weeks
// early"), "to" after a verb that takes a thing somewhere ("Taking the
// Palácio Verde Hotel in Porto to 81% occupancy"), or a verb in -ing
// after where they worked ("at Halsey Byrne advising Atlas Rail").
func (c *claimCheck) tiedAfter(a, b anchor) bool {
	if b.first <= a.last || b.first-a.last > 4 {
		return false
	}
	bt := &c.toks[b.first]
	atDoing := func(t *lineTok) bool {
		return a.first > 0 && c.toks[a.first-1].lower == "at" && strings.HasSuffix(t.lower, "ing") && len(t.lower) > 5 && !t.capital
	}
	if b.first == a.last+1 {
		return bt.punctBefore == " " && !a.place && (bt.number || atDoing(bt))
	}
	for k := a.last + 1; k <= b.first; k++ {
		if t := &c.toks[k]; t.sentStart || clauseMarks.in(t.punctBefore) || t.scope {
			return false
		}
	}
	if b.first == a.last+2 && atDoing(&c.toks[a.last+1]) {
		return true
	}
	for k := a.last + 1; k < b.first; k++ {
		if c.toks[k].lower != "to" {
			continue
		}
		for v := a.first - 1; v >= 0 && v >= a.first-4; v-- {
			if changeVerbs[c.toks[v].lower] && c.toks[v].punctBefore != "-" && c.toks[v+1].punctBefore != "-" {
				return true // not a word of a compound: "grow-out tanks"
			}
			if c.toks[v+1].sentStart || breaksAt(&c.toks[v+1].token) {
				break
			}
		}
	}
	return c.changeOf(a, b)
}

// changeOf reports whether b is where a change of a started: "moving the
// Aire Valley practice from plaster models to intraoral scanning" says
// the move was at Aire Valley. An employer or a place after "from" is a
// move between entries instead ("from Aire Valley to Brightsmile").
func (c *claimCheck) changeOf(a, b anchor) bool {
	if b.name || b.place {
		return false
	}
	k := b.first - 1
	for k > a.last && (c.toks[k].lower == "the" || c.toks[k].lower == "a" || c.toks[k].lower == "an") {
		k--
	}
	if k <= a.last || c.toks[k].lower != "from" {
		return false
	}
	for j := b.first + 1; j < len(c.toks) && j <= b.last+5; j++ {
		t := &c.toks[j]
		if t.sentStart || strings.ContainsAny(t.punctBefore, ".;!?,–—()") {
			return false
		}
		if t.lower == "to" {
			return true
		}
	}
	return false
}

// awardFor returns why an award anchor a is not for the fact b the line
// gives it "for", when the award's entry says what it was for, or "".
func (c *claimCheck) awardFor(a, b anchor) string {
	if !oneList(a.entries, a.entries[:1]) || a.entries[0]/10000 != listHonor || b.first <= a.last || b.first-a.last > 6 || c.toks[a.last+1].lower != "for" {
		return ""
	}
	// "for the work on fatigue life", "for her paper about X": common
	// words between "for" and the fact, in one phrase.
	for k := a.last + 2; k <= b.first; k++ {
		t := &c.toks[k]
		if t.sentStart || t.punctBefore != " " || k < b.first && (t.capital || t.number || !t.fn && c.lists.tier(t.lower) == 0) {
			return ""
		}
	}
	text := c.idx.entryText(a.entries[0])
	i := strings.Index(strings.ToLower(text), "for ")
	if i < 0 {
		return ""
	}
	// What it was for may be the fact under another name: "for 'Locked
	// Out'" where the fact's entry tells of the series "Locked Out".
	for _, e := range b.entries {
		other := strings.ToLower(c.idx.entryText(e))
		for _, w := range strings.FieldsFunc(text[i+4:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			lw := strings.ToLower(w)
			r, _ := utf8.DecodeRuneInString(w)
			if len(w) >= 3 && (unicode.IsUpper(r) || c.lists.tier(lw) == 0 || c.lists.tier(lw) == 3) && strings.Contains(other, lw) {
				return ""
			}
		}
	}
	return fmt.Sprintf("Says %q is for %q, but their profile gives it %q: say what it was for.",
		c.text(a), c.text(b), strings.TrimSpace(text[i:]))
}

// agentVerbs name who put out or gave a thing, before "by": "published
// by", "awarded by", "issued by".
var agentVerbs = wordSet("published publishes issued awarded presented organised organized hosted commissioned funded edited produced")

// agentFor returns why the line's "a, published by b" is wrong: b names
// an entry of another list (their employer) while a's entry, a paper or an
// award, names who published or gave it otherwise; or "".
func (c *claimCheck) agentFor(a, b anchor) string {
	if len(a.entries) != 1 || b.first <= a.last || b.first-a.last > 4 || len(b.entries) == 0 || slices.Contains(b.entries, a.entries[0]) {
		return ""
	}
	if l := a.entries[0] / 10000; l != listPublication && l != listHonor {
		return ""
	}
	by := -1
	for k := a.last + 1; k < b.first; k++ {
		if c.toks[k].lower == "by" && k > a.last+1 && agentVerbs[c.toks[k-1].lower] {
			by = k
		}
	}
	if by != b.first-1 {
		return ""
	}
	for k := b.first; k <= b.last; k++ {
		if t := &c.toks[k]; !t.fn && t.key != "" && c.idx.inEntry(t.key, a.entries[0]) {
			return "" // the entry names them: "Hartfield Press" of "Hartfield"
		}
	}
	return fmt.Sprintf("Says %q was %s by %q, but their profile gives it as %q: say who did.",
		c.text(a), c.toks[by-1].lower, c.text(b), strings.TrimSpace(c.idx.entryText(a.entries[0])))
}

// countTranslated reports whether anchor a is a figure the profile gives
// only in another language than the line's, and b what it counts in
// everyday words: "1,200 migratory beekeepers" where the figure is in
// "QR kodlu kovan kayıt sistemi (1.200 arıcı)" and the words in an English
// blurb of a talk, which need not be in the figure's entry in English.
func (c *claimCheck) countTranslated(a, b anchor) bool {
	if a.first != a.last || !c.toks[a.first].number || b.first <= a.last || b.first-a.last > 3 {
		return false
	}
	for k := b.first; k <= b.last; k++ {
		if t := &c.toks[k]; t.capital && !t.sentStart || t.acronym || t.number {
			return false
		}
	}
	own := false
	for _, o := range c.idx.post[c.toks[a.first].key] {
		seg := &c.idx.segs[o.seg]
		if seg.kind == segVocab || seg.kind == segName {
			continue
		}
		if !seg.foreign(c.lists) {
			return false
		}
		own = true
	}
	return own
}
