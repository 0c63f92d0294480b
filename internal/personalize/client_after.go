package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// forParty are the words that say whom a piece of work was for: "the
// chandelier for La Table d'Aurore", "pour l'Hôtel Belles Rives".
var forParty = wordSet("for pour para per fur voor dla")

// partyArticles may stand between such a word and the name.
var partyArticles = wordSet("the la le les el los las l die der den das de het")

// workForProblems returns a sentence for each piece of work the line says
// was for a party named after it ("Your Méduses chandelier for La Table
// d'Aurore") when the entry that gives the work names that party only in
// another clause, and the work's own clause names another party it was
// for ("lustre « Méduses » ... pour le hall de l'Hôtel Belles Rives"): two
// commissions of one position glued together.
func (c *claimCheck) workForProblems() []string {
	var out []string
	toks := c.toks
	for i := 1; i+1 < len(toks); i++ {
		if !toks[i].in(flagForParty, forParty) || toks[i].scope || breaksAt(&toks[i].token) || toks[i-1].capital && !toks[i-1].sentStart {
			continue // not "for" inside a name ("Bake for Borneo")
		}
		n := i + 1
		if partyArticles[toks[n].lower] && n+1 < len(toks) {
			n++
		}
		if !(toks[n].capital || toks[n].acronym) || toks[n].sentStart || breaksAt(&toks[n].token) {
			continue
		}
		first, last := nameRun(toks, n)
		for last+2 < len(toks) && nameJoins[toks[last+1].lower] && toks[last+2].capital && !breaksAt(&toks[last+1].token) {
			_, last = nameRun(toks, last+2) // "the Banco de Alimentos Gran Recogida"
		}
		if l := toks[last].lower; strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") {
			continue // "for the Concertgebouw's Mahler tour": the tour
		}
		var keys []string
		for k := first; k <= last; k++ {
			if content(&toks[k].token) {
				keys = append(keys, toks[k].key)
			}
		}
		if len(keys) == 0 {
			continue
		}
		for ci := range c.res.kept {
			cl := &c.res.kept[ci]
			seg := &c.idx.segs[cl.seg]
			if cl.last >= i || cl.last < i-2 || seg.kind != segSpecific || seg.entry < 0 || seg.label != "" || cl.forced {
				continue // the work, right before the party, in an entry's own words
			}
			if !c.idx.entryHolds(seg.entry, keys) || c.idx.entryNamed(seg.entry, keys) || c.idx.heads(seg.entry, keys) {
				// Not in that entry (the binding check says so), or its
				// employer or the organisation a volunteering entry
				// starts with.
				continue
			}
			lo, hi := partOfSentence(seg, int(cl.minPos), int(cl.maxPos))
			if holdsAny(seg.toks, lo, hi-1, keys) {
				continue
			}
			other := otherParty(seg, lo, hi, keys)
			if other == "" {
				continue
			}
			out = append(out, fmt.Sprintf("Says %q was for %q, but their profile has it for %q: say whom it was for.",
				c.line[toks[cl.first].start:toks[cl.last].end], c.line[toks[first].start:toks[last].end], other))
			break
		}
	}
	return out
}

// partOfSentence returns the part of seg around first..last: its sentence, cut
// at semicolons.
func partOfSentence(seg *segment, first, last int) (lo, hi int) {
	lo, hi = sentenceOf(seg, first, last)
	for k := first; k > lo; k-- {
		if hasByte(seg.toks[k].punctBefore, ';') {
			lo = k
			break
		}
	}
	for k := last + 1; k < hi; k++ {
		if hasByte(seg.toks[k].punctBefore, ';') {
			hi = k
			break
		}
	}
	return lo, hi
}

// otherParty returns the name a clause of seg, seg.toks[lo:hi], says its
// work was for, when that name holds none of keys: a capitalised word up
// to four words after a word of forParty, and the capitalised words after
// it; "" when there is none.
func otherParty(seg *segment, lo, hi int, keys []string) string {
	for k := lo; k < hi; k++ {
		if !seg.toks[k].in(flagForParty, forParty) || k > lo && seg.toks[k-1].capital && !seg.toks[k-1].sentStart {
			continue // not "for" inside a name ("Teaching for Mastery")
		}
		for m := k + 1; m < hi && m <= k+4; m++ {
			t := &seg.toks[m]
			if !t.capital || t.sentStart {
				continue
			}
			end := m
			for end+1 < hi && seg.toks[end+1].capital && !strings.ContainsAny(seg.toks[end+1].punctBefore, ",;:.()") {
				end++
			}
			if holdsAny(seg.toks, m, end, keys) {
				break
			}
			return seg.src[t.start:seg.toks[end].end]
		}
	}
	return ""
}

// heads reports whether a volunteering or award entry, given as one text,
// holds keys[0] before any word that says whom work was for: the
// organisation it is with ("Voluntario / Banco de Alimentos de Madrid /
// ... for the Gran Recogida").
func (x *Index) heads(entry int32, keys []string) bool {
	for _, o := range x.post[keys[0]] {
		s := &x.segs[o.seg]
		if s.entry != entry || s.sectionOf() != "volunteering" && s.sectionOf() != "honors" {
			continue
		}
		if !anyOf(s.toks[:o.pos], func(t *token) bool { return t.in(flagForParty, forParty) }) {
			return true
		}
	}
	return false
}

// otherEntryYear reports whether another entry than the cluster's, one
// the line refers to otherwise too, holds the cluster's name words and
// gives the year: "the Label Clinic at AIFST Victoria since 2020", where
// AIFST is also the talk's (2023) but the clinic is their AIFST
// volunteering (2020 on).
func (c *claimCheck) otherEntryYear(cl *cluster, year string) bool {
	own := c.idx.segs[cl.seg].entry
	for k := cl.first; k <= cl.last; k++ {
		t := &c.toks[k]
		if !cl.matched.has(k) || !(t.capital || t.acronym) || t.fn {
			continue
		}
		for _, o := range c.idx.post[t.key] {
			e := c.idx.segs[o.seg].entry
			if e < 0 || e == own || !anyOf(c.res.kept, func(k *cluster) bool { return c.idx.segs[k.seg].entry == e }) {
				continue // an entry the line refers to otherwise too
			}
			if slices.Contains(yearsIn(c.idx.entryText(e)), year) {
				return true
			}
		}
	}
	return false
}
