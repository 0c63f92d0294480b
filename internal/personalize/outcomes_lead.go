package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// firstPartVerbs credit the candidate with leading a piece of work;
// lesserVerbs with a part in it. "Leading St Anne's through its 2019
// Ofsted inspection" is inflated when the profile's sentence about the
// inspection says they prepared the school for it. roleProblems judges a
// verb right before the reference against one right before it on the
// profile; partProblems a verb anywhere earlier in the line's clause
// against the profile's whole sentence.
var (
	firstPartVerbs = wordSet("lead leads led leading leadership head heads headed heading spearhead spearheaded spearheading " +
		"direct directed directing chair chaired chairing")
	lesserVerbs = wordSet("support supported supporting supports assist assisted assisting assists help helped helping helps " +
		"prepare prepared preparing prepares contribute contributed contributing contributes coordinate coordinated " +
		"coordinating coordinates participate participated participating shadow shadowed shadowing")
)

// partProblems returns a sentence for each reference that the line's
// clause puts after a verb of leading when the profile's sentence that
// holds it gives the candidate a lesser part (supported, prepared,
// coordinated, assisted ...) and no verb of leading.
func (c *claimCheck) partProblems() []string {
	var out []string
	for _, cl := range c.res.kept {
		v := c.firstPartBefore(cl.first)
		if v < 0 || c.lesserBetween(v, cl.last) || c.sharedBefore(v) {
			// "leading a team supporting 40 families", "helping to win
			// the competition": the line says the lesser part.
			continue
		}
		seg := &c.idx.segs[cl.seg]
		if seg.kind != segSpecific || c.leadVerbBefore(cl.first) >= 0 && supportBefore(seg, int(cl.minPos)) >= 0 {
			continue // roleProblems says it
		}
		if said := c.namedPart(seg); said != "" {
			// "Leading the Meskwaki seed rematriation", the name of a
			// project whose description gives them a lesser part.
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say the part it gives them.",
				c.line[c.toks[v].start:c.toks[cl.last].end], said))
			continue
		}
		lo, hi := sentenceOf(seg, int(cl.minPos), int(cl.maxPos))
		lesser := -1
		for p := lo; p < hi; p++ {
			l := seg.toks[p].lower
			if secondChair(seg.toks, p) {
				if lesser < 0 {
					lesser = p - 1
				}
				continue
			}
			if (leadVerbs[l] || firstPartVerbs[l]) && !titleWord(&seg.toks[p]) {
				lesser = -1
				break
			}
			if lesser < 0 && p <= int(cl.maxPos) && (lesserVerbs[l] && supportVerb(seg, p) || foreignLesserVerbs[l] || partOf(seg.toks, p) || workFor(seg.toks, lo, p, int(cl.minPos))) {
				// Not after it: "Chair the sub-committee helping
				// refugees" says what the sub-committee does.
				lesser = p
			}
		}
		if lesser < 0 || lesser > int(cl.maxPos) {
			continue
		}
		said := strings.TrimRight(seg.src[seg.toks[lesser].start:seg.toks[cl.maxPos].end], " .;")
		out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say the part it gives them.",
			c.line[c.toks[v].start:c.toks[cl.last].end], said))
	}
	return out
}

// namedPart returns the sentence of the description of the entry whose
// name seg is that gives them a lesser part, from its verb on, when no
// sentence of it gives them the lead: "Supported the Meskwaki Nation's
// food sovereignty program in its rematriation ... The program was led
// by the Meskwaki Nation." Or "".
func (c *claimCheck) namedPart(seg *segment) string {
	if seg.entry < 0 || !strings.HasSuffix(seg.field, ".name") {
		return ""
	}
	said := ""
	for si := range c.idx.segs {
		d := &c.idx.segs[si]
		if d.entry != seg.entry || d.kind != segSpecific || !strings.HasSuffix(d.field, ".description") {
			continue
		}
		// The description, a segment a sentence: a lead in any of them
		// is theirs.
		lesser := -1
		for p := range d.toks {
			l := d.toks[p].lower
			if (leadVerbs[l] || firstPartVerbs[l]) && !titleWord(&d.toks[p]) && !(p+1 < len(d.toks) && d.toks[p+1].lower == "by") {
				return ""
			}
			if lesser < 0 && (lesserVerbs[l] && supportVerb(d, p) || foreignLesserVerbs[l] || partOf(d.toks, p)) {
				lesser = p
			}
		}
		if lesser >= 0 && said == "" {
			_, hi := sentenceOf(d, lesser, lesser)
			end := d.toks[hi-1].end
			for end < len(d.src) && strings.IndexByte(")]\"'", d.src[end]) >= 0 {
				end++ // "(2022–2023)"
			}
			said = d.src[d.toks[lesser].start:end]
		}
	}
	return said
}

// secondChair reports whether toks[k] is the chair of a lesser rank: "Second
// chair on the Veltra Shipping scheme", "co-chair", "vice chair".
func secondChair(toks []token, k int) bool {
	return k > 0 && lesserChair(toks[k-1].lower, toks[k].lower)
}

// lesserChair reports whether the word w of chairing after the word prev
// is a lesser rank's: "second chair", "second-chairing", "co-chaired".
func lesserChair(prev, w string) bool {
	if !strings.HasPrefix(w, "chair") || len(w) > len("chairing") {
		return false
	}
	return ordinals[prev] > 1 || prev == "co" || prev == "vice" || prev == "deputy"
}

// partOf reports whether toks[k] starts "part of", "member of" or
// "worked on": a place in a team or the work, not its lead ("Part of the
// competition team for ...").
func partOf(toks []token, k int) bool {
	l := toks[k].lower
	if k+1 >= len(toks) {
		return false
	}
	next := toks[k+1].lower
	if memberOfAt(toks, k) {
		return true // "Lid van het projectteam", "Mitglied der Jury", "membre du comité"
	}
	return (l == "part" || l == "member" || l == "one") && next == "of" ||
		(l == "worked" || l == "working") && next == "on" || // "Worked on the Walthamstow library extension"
		workedOn[l] != "" && workedOn[l] == next || // "Praca przy krajowym modelu 3D", "Meegewerkt aan", "Travaillé sur"
		l == "co" && toks[k+1].punctBefore == "-" && strings.HasPrefix(next, "author") // "Co-author of the BOPA guidance"
}

// workedOn are "worked on" and "work on" in the languages profiles are
// written in, folded: the word and the one that follows it.
var workedOn = map[string]string{"praca": "przy", "pracowalem": "przy", "pracowalam": "przy", "pracowal": "przy", "pracowala": "przy",
	"werkte": "aan", "gewerkt": "aan", "travaille": "sur", "travaillee": "sur", "arbeitete": "an", "gearbeitet": "an"}

// foreignLesserVerbs are verbs of a lesser part in the languages profiles
// are written in, folded: supported, took part, contributed, worked with
// ("unterstützt", "mitgewirkt", "participé", "colaboró", "bijgedragen",
// "deltog", "współpracowałam").
var foreignLesserVerbs = wordSet("unterstutzt unterstutzte mitgewirkt mitgearbeitet beteiligt participe contribue soutenu " +
	"participo colabore colaboro apoye contribui partecipato collaborato supportato contribuito participei participou " +
	"colaborei colaborou apoiei apoiou meegewerkt ondersteund ondersteunde bijgedragen deltog bidrog stodde medverkade " +
	"wspieralem wspieralam uczestniczylem uczestniczylam wspolpracowalem wspolpracowalam katildim " +
	// A part said as a noun: "Participation à la rénovation du Mur des
	// Canuts", "Mitarbeit am ...", "udział w ...".
	"participation participacion participacao partecipazione mitarbeit teilnahme mitwirkung deelname medewerking udzial katilim")

// memberOf are "member of" and "part of" in other languages, folded: the
// word, and the words that may follow it ("" for any).
var memberOf = map[string]string{
	"lid": " van ", "deel": " van ", "mitglied": " des der im in von bei ", "teil": " des der eines einer ",
	"membre": " de du des d ", "partie": " de du des d ", "miembro": " de del ", "membro": " di del della dello de da do dos das ",
	"parte": " de del da do di della ", "medlem": " i av ", "czlonek": "", "czlonkini": "", "uyesi": "", "uyesiyim": "",
}

// memberOfAt reports whether toks[k] starts "member of" or "part of" in
// another language (memberOf).
func memberOfAt(toks []token, k int) bool {
	after, ok := memberOf[toks[k].lower]
	return ok && (after == "" || k+1 < len(toks) && strings.Contains(after, " "+toks[k+1].lower+" "))
}

// firstPartBefore returns the verb of leading that starts the line's
// clause holding the reference at first (at most eight words back), or
// -1.
func (c *claimCheck) firstPartBefore(first int) int {
	for k := first - 1; k >= 0 && k >= first-8; k-- {
		t := &c.toks[k]
		if firstPartVerbs[t.lower] && !(k > 0 && lesserChair(c.toks[k-1].lower, t.lower)) {
			return k
		}
		if (t.lower == "that" || t.lower == "which") && k > 0 && groupNouns[c.toks[k-1].lower] && !breaksAt(&t.token) {
			continue // "Leading the team that wrote the manual": leading the writing
		}
		if breaksAt(&c.toks[k+1].token) || clauseStops[t.lower] || t.sentStart {
			return -1
		}
	}
	return -1
}

// groupNouns are the groups whose work a verb of leading them leads:
// "the team that wrote", "the working group which drafted".
var groupNouns = wordSet("team group committee panel taskforce task-force board unit squad crew consortium")

// lesserBetween reports whether the line says a lesser part itself
// between its words from and to.
func (c *claimCheck) lesserBetween(from, to int) bool {
	for k := from + 1; k <= to; k++ {
		if lesserVerbs[c.toks[k].lower] {
			return true
		}
	}
	return false
}

// workFor reports whether toks[k] is the "for" of a piece of work done
// for the thing right after it, the reference at ref: "Processed three
// years of backscatter data for the Galway Bay habitat mapping project"
// is a part in the project, not its lead.
func workFor(toks []token, lo, k, ref int) bool {
	if toks[k].lower != "for" || k+3 < ref || k >= ref || k == lo {
		return false
	}
	for p := k + 1; p < ref; p++ {
		if !toks[p].fn {
			return false // "for flood risk on the Lee project": not right before it
		}
	}
	return strings.HasSuffix(toks[lo].lower, "ed")
}

// agentProblems returns a sentence for each reference whose profile
// sentence says someone else did what the line says they did: "Curating
// 'Lines in Bone'" where the profile has "the 2009 exhibition 'Lines in
// Bone', curated by Dr. Ruth Penhallow". The line's verb and the
// profile's, before "by" and a name, share their stem.
func (c *claimCheck) agentProblems() []string {
	// Their verb: a gerund that starts the sentence, or "you" and the
	// verb ("you curated").
	doer := func(k int) bool {
		t := &c.toks[k]
		return !t.fn && (t.sentStart && strings.HasSuffix(t.lower, "ing") || k > 0 && c.toks[k-1].lower == "you") &&
			!(k+1 < len(c.toks) && c.toks[k+1].lower == "by")
	}
	var out []string
	for _, cl := range c.res.kept {
		seg := &c.idx.segs[cl.seg]
		from := max(0, cl.first-4)
		if seg.kind != segSpecific || !slices.ContainsFunc(c.toks[max(0, from-1):cl.first+1], func(t lineTok) bool {
			return t.sentStart || t.lower == "you"
		}) {
			continue // no verb of theirs before the reference: most lines
		}
		lo, hi := sentenceOf(seg, int(cl.minPos), int(cl.maxPos))
		for p := lo; p+2 < hi; p++ {
			v, by, who := &seg.toks[p], &seg.toks[p+1], &seg.toks[p+2]
			if by.lower != "by" || !strings.HasSuffix(v.lower, "ed") || !(who.capital || who.acronym) || breaksAt(by) {
				continue
			}
			stem := verbStem(v.lower)
			for k := from; k <= cl.first; k++ {
				t := &c.toks[k]
				if !doer(k) || verbStem(t.lower) != stem {
					continue
				}
				end := max(k, cl.last)
				for end+1 < len(c.toks) && end-k < 6 && !breaksAt(&c.toks[end+1].token) {
					end++
				}
				for end+1 < len(c.toks) && c.toks[end].capital && c.toks[end+1].capital && !breaksAt(&c.toks[end+1].token) {
					end++ // to the end of a name: "the New Bedford Whaling Museum"
				}
				for end > k && c.toks[end].fn {
					end--
				}
				// The name to the next comma: "Dr. Ruth Penhallow", which
				// the field's sentences may part at "Dr.".
				to := who.end
				if i := strings.IndexAny(seg.src[to:min(len(seg.src), to+40)], ",;()\n"); i > 0 {
					to += i
				}
				out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say the part it gives them.",
					c.line[t.start:c.toks[end].end], strings.TrimRight(seg.src[v.start:to], " .")))
				break
			}
		}
	}
	return out
}

// verbStem is an English verb without its -ing, -ed, -es or -s and a
// final e: "curating", "curated" and "curates" are "curat".
func verbStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	return strings.TrimSuffix(w, "e")
}
