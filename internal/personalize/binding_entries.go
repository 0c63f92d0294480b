package personalize

import (
	"slices"
	"strings"
)

// entriesOf returns the entries whose fields hold every word of
// substance of the line's stretch first..last. own is the segment the
// stretch was matched in, or -1.
func (c *claimCheck) entriesOf(first, last int, matched *tokSet, wide bool, own int32) []int32 {
	// es: the entries that hold every word so far; here: those that hold
	// this one too. Both start in arrays on the stack.
	var esBuf, hereBuf [8]int32
	es := esBuf[:0]
	n := 0
	for k := first; k <= last; k++ {
		t := &c.toks[k]
		if !matched.has(k) || t.weight == 0 {
			continue
		}
		here := hereBuf[:0]
		buf := c.lookup(k)
		if wide && len(t.key) >= 4 && !t.number && !t.acronym && !t.capital {
			// "rehab" is a word of one entry and the clipped
			// "rehabilitation" of another: either may be meant.
			buf = c.idx.prefixOf(t.key, slices.Clip(buf))
		}
		if len(buf) == 0 && !t.capital && !t.acronym && t.weight < weightTier2 {
			continue // an everyday word matched as another ("storey" for "floors"): it says no entry
		}
		if len(buf) == 0 && own >= 0 && !t.capital && !t.acronym && inCompound(c.idx.segs[own].toks, t.lower) {
			// Matched inside a word of the reference's own field ("arm
			// training" in "Armtrainings"): the reference's entry.
			buf = append(buf, occ{seg: own})
		}
		here = c.entriesIn(buf, here, es, n)
		if (len(t.lower) >= 3 || wide && len(t.lower) == 2) && isInitialism(&t.token) {
			// "PRS" for "Private Rented Sector"; "CRA" for the "Clinical
			// Research Associate" post, though a later post manages
			// "CRAs": the entries of the letters and of the words both.
			// Looking again, two letters too: "CP" for the "cathodic
			// protection" module an entry teaches.
			here = c.entriesIn(c.idx.initialsAt(t.lower, nil), here, es, n)
		}
		es = append(es[:0], here...)
		n++
		if len(es) == 0 {
			return nil
		}
	}
	slices.Sort(es)
	return slices.Clone(es)
}

// entriesIn adds to here the entries of the occurrences buf (the
// headline's being the current position's) that are among es, or any
// when n is 0.
func (c *claimCheck) entriesIn(buf []occ, here, es []int32, n int) []int32 {
	for _, o := range buf {
		seg := &c.idx.segs[o.seg]
		e := seg.entry
		if seg.label == "headline" {
			e = c.idx.cur // what they are now
		}
		if e < 0 || seg.kind == segContext {
			continue // a skill, the About: in no entry
		}
		if !slices.Contains(here, e) && (n == 0 || slices.Contains(es, e)) {
			here = append(here, e)
		}
	}
	return here
}

// inCompound reports whether w is inside a longer word of toks, as a
// word of a compound: "arm" in "Armtrainings".
func inCompound(toks []token, w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := range toks {
		if len(toks[i].lower) >= len(w)+3 && strings.Contains(toks[i].lower, w) {
			return true
		}
	}
	return false
}

// bridges reports whether b, right after a in one noun phrase, is a word
// of a's entries and of d's too: what a and d say is then one claim.
func (c *claimCheck) bridges(a, b, d anchor) bool {
	if b.place || b.first != a.last+1 || breaksAt(&c.toks[b.first].token) || d.first <= b.last {
		return false
	}
	meets := func(x anchor) bool {
		return slices.ContainsFunc(x.entries, func(e int32) bool { return slices.Contains(b.entries, e) })
	}
	return meets(a) && meets(d)
}

// employersNamed returns the entries whose employer's name holds every
// word of the line's run first..last.
func (c *claimCheck) employersNamed(first, last int) []int32 {
	var out []int32
	for si := range c.idx.segs {
		seg := &c.idx.segs[si]
		if seg.label == "current company" && seg.entry >= 0 && c.nameIn(seg, first, last) && !slices.Contains(out, seg.entry) {
			out = append(out, seg.entry)
		}
	}
	return out
}

// nameEntries narrows es, the entries that hold the first word of the
// name first..last, to those that hold its other capitalised words too
// ("Musée des Tissus", not "Musée de la Toile de Jouy"); es when none
// does.
func (c *claimCheck) nameEntries(es []int32, first, last int) []int32 {
	keep := slices.Clone(es)
	for k := first + 1; k <= last; k++ {
		if !(c.toks[k].capital || c.toks[k].acronym) || c.toks[k].fn {
			continue
		}
		var in []int32
		for _, o := range c.lookup(k) {
			if e := c.idx.segs[o.seg].entry; slices.Contains(keep, e) && !slices.Contains(in, e) {
				in = append(in, e)
			}
		}
		if len(in) == 0 {
			return es
		}
		keep = in
	}
	return keep
}

// nameIn reports whether seg holds every word of the line's capitalised
// run first..last.
func (c *claimCheck) nameIn(seg *segment, first, last int) bool {
next:
	for k := first; k <= last; k++ {
		for p := range seg.toks {
			if seg.toks[p].key == c.toks[k].key {
				continue next
			}
		}
		return false
	}
	return true
}

// entryName is an entry in words, for messages.
func (x *Index) entryName(e int32) string {
	if s, ok := x.entryNames[e]; ok && s != "" {
		return s
	}
	return "another entry"
}

// ofList returns the entries of es in list l, in a new slice.
func ofList(es []int32, l int32) []int32 {
	var out []int32
	for _, e := range es {
		if e/10000 == l {
			out = append(out, e)
		}
	}
	return out
}

// oneList reports whether all the entries of a and b are of one list
// (positions, schools).
func oneList(a, b []int32) bool {
	l := a[0] / 10000
	for _, e := range append(append([]int32{}, a...), b...) {
		if e/10000 != l {
			return false
		}
	}
	return true
}

// nounPhrase reports whether the line's words from and to, side by side,
// are in one noun phrase: a word in lower case before another ("atopic
// dermatitis trial") or before initials ("refinery explosion MDL").
func (c *claimCheck) nounPhrase(from, to int) bool {
	if to != from+1 || c.toks[to].punctBefore != " " || !content(&c.toks[from].token) || !content(&c.toks[to].token) {
		return false
	}
	if c.toks[from].nounCase && !c.toks[to].capital {
		return false // in German a noun is capitalised: "Sonnenwerk unterrichten" is a name and a verb
	}
	return !c.toks[to].capital || c.toks[to].acronym && !c.toks[from].capital
}

// figureEntries returns the entries that give the amount or percentage
// toks[k] (not a year, not a count), none when any part of the profile
// outside its entries gives it too.
func (c *claimCheck) figureEntries(k int) []int32 {
	t := &c.toks[k]
	if !t.number || isYear(t.key) || currencyOf(c.toks, k) == "" && !c.percent(k) {
		return nil
	}
	var es []int32
	for _, o := range c.idx.post[t.key] {
		seg := &c.idx.segs[o.seg]
		switch {
		case seg.kind == segContext || seg.kind == segVocab:
			continue
		case seg.entry < 0:
			return nil
		case !slices.Contains(es, seg.entry):
			es = append(es, seg.entry)
		}
	}
	return es
}

// moveEnd is where a reference from first to last ends when the line
// tells of a move "from" it "to" something else: before the "to"
// ("Going from running the Leinster mentor scheme to national referee
// development at the FAI": the scheme is the move's start, and what the
// FAI is tied to comes after it).
func (c *claimCheck) moveEnd(first, last int) int {
	from := false
	for k := first - 1; k >= 0 && !from; k-- {
		// "Going from SAS crew control, where you built the FRMS
		// dashboard, to ...": the "from" may be a clause back.
		from = c.toks[k].lower == "from"
		if c.toks[k].sentStart {
			break
		}
	}
	for k := first + 1; k < last; k++ {
		if c.toks[k].sentStart || strings.ContainsAny(c.toks[k].punctBefore, ".;!?") {
			break
		}
		if c.toks[k].lower == "from" {
			from = true
		}
		if from && c.toks[k].lower == "to" && k > first && !c.toks[k+1].number {
			return k - 1 // not a change in figures: "from 14 to 5 a year at ..."
		}
	}
	return last
}

// thenEnd is where a reference from first to last ends when ", then"
// inside it goes on to the next thing: "calling cues on 19 operas, then 14
// productions for ETO" tells of two posts, one after the other.
func (c *claimCheck) thenEnd(first, last int) int {
	for k := first + 1; k < last; k++ {
		if c.toks[k].sentStart || strings.ContainsAny(c.toks[k].punctBefore, ".;!?") {
			break
		}
		if c.toks[k].lower == "then" && strings.Contains(c.toks[k].punctBefore, ",") {
			return k - 1
		}
	}
	return last
}

// aliasEntries returns the entries whose fields name, by another name of
// the aliases list, the name the line writes from toks[i] to toks[last]
// ("the University of Galway" for an entry at "Ollscoil na Gaillimhe").
func (c *claimCheck) aliasEntries(i, last int) []int32 {
	var es []int32
	c.lists.equivalentRuns(c.toks, func(first, end int, other []string) {
		if first != i || end != last {
			return
		}
		for _, o := range c.idx.phrase(other, nil) {
			if seg := &c.idx.segs[o.seg]; seg.entry >= 0 && seg.kind != segContext && !slices.Contains(es, seg.entry) {
				es = append(es, seg.entry)
			}
		}
	})
	return es
}

// movedFrom reports whether the line's words first..last are where a move
// starts: "from" up to four words before them and "to" up to six after,
// in one sentence, with no figure after either ("from 14 to 5").
func movedFrom(toks []lineTok, first, last int) bool {
	from := false
	for k := first - 1; k >= 0 && k >= first-4 && !from; k-- {
		from = toks[k].lower == "from" && !toks[k+1].number
		if toks[k].sentStart {
			break
		}
	}
	if !from {
		return false
	}
	for k := last + 1; k < len(toks) && k <= last+6; k++ {
		if toks[k].sentStart || strings.ContainsAny(toks[k].punctBefore, ".;!?") {
			return false
		}
		if toks[k].lower == "to" {
			return k+1 < len(toks) && !toks[k+1].number
		}
	}
	return false
}

// movedTo reports whether the line's word k is in what a move went to:
// after a "to" that follows a "from" in its sentence, with no figure
// after either ("from 14 to 5").
func movedTo(toks []lineTok, k int) bool {
	to := false
	for j := k - 1; j >= 0; j-- {
		switch {
		case toks[j].lower == "to" && !toks[j+1].number:
			to = true
		case toks[j].lower == "from" && !toks[j+1].number:
			return to
		}
		if toks[j].sentStart {
			break
		}
	}
	return false
}
