package personalize

import (
	"fmt"
	"strings"
)

// Outcomes in words: "cut readmissions by a third", "halving overtime",
// "reducing accidents to zero". Such a figure is a claim as one in digits
// is: what it changes must be on the profile, and the profile's sentence
// about it must not give another figure.

// fractions are the shares a change in words is by: "by half", "by a
// third", "in half", "by two-thirds".
var fractions = map[string]float64{
	"half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
	"fifth": 0.2, "fifths": 0.2, "tenth": 0.1,
}

// fractionCounts are the numbers that may come before a fraction: "two
// thirds", "three quarters".
var fractionCounts = map[string]float64{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}

// downVerbs and upVerbs say which way a change goes.
var (
	downVerbs = wordSet("cut cuts cutting reduce reduced reduces reducing reduction lower lowered lowering lowers " +
		"slash slashed slashing drop dropped dropping bring bringing brought fell fall falling shrink shrank shrinking " +
		"halve halved halving")
	upVerbs = wordSet("grow grew grown growing increase increased increasing increases raise raised raising " +
		"boost boosted boosting lift lifted lifting improve improved improving")
)

// outcomeProblems returns a sentence for each change in words whose
// subject the profile does not hold ("cutting readmissions by a third"
// where it says nothing of readmissions), or whose sentence on the
// profile gives another figure ("cutting falls to zero" where it says "by
// 35%").
func outcomeProblems(line string, toks []lineTok, idx *Index, found *tokSet) []string {
	var out []string
	for i := range toks {
		if !mayBeOutcome(&toks[i]) {
			continue
		}
		o, ok := outcomeAt(toks, i)
		if !ok {
			continue
		}
		said := line[toks[o.start].start:toks[o.span].end]
		if !found.has(o.head) && !idx.has(toks[o.head].key) {
			out = append(out, fmt.Sprintf("Says %q, but their profile says nothing of %s: name a result it gives.",
				said, line[toks[o.head].start:toks[o.head].end]))
			continue
		}
		if o.multiple {
			continue // multipleProblems compares it
		}
		if seg, from, to := idx.sentenceWith(o.keys); seg != nil {
			if ok, other := multipleAgrees(seg, from, to, o.r, 0); !ok && other != "" {
				out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.", said, other))
			}
		}
	}
	return out
}

// outcomeRefs returns a reference for each change in words whose
// sentence on the profile gives the same change in figures: "cutting
// empty running by more than a third" for "Cut empty running from 24% to
// 15%" refers to that sentence as its figure would.
func outcomeRefs(line string, toks []lineTok, idx *Index) []Reference {
	var refs []Reference
	for i := range toks {
		if !mayBeOutcome(&toks[i]) {
			continue
		}
		o, ok := outcomeAt(toks, i)
		if !ok || o.multiple || len(o.keys) < 2 {
			continue
		}
		seg, from, to := idx.sentenceWith(o.keys)
		if seg == nil {
			continue
		}
		if agree, _ := multipleAgrees(seg, from, to, o.r, 0); !agree {
			continue
		}
		fs, fe := seg.toks[from].start, seg.toks[to-1].end
		refs = append(refs, Reference{Field: seg.field, Text: seg.src[fs:fe], FieldStart: fs, FieldEnd: fe,
			LineStart: toks[o.start].start, LineEnd: toks[o.span].end})
	}
	return refs
}

// outcome is a change in words in a line: what it changes (keys, its
// last word head), by the multiple r, said from start to span.
type outcome struct {
	keys              []string
	head, start, span int
	r                 float64
	multiple          bool // "halving", "doubled": multipleProblems judges it
}

// mayBeOutcome is outcomeAt's first test of the word, asked by its
// callers before the call: most words of a line fail it.
func mayBeOutcome(t *lineTok) bool {
	return !(t.scope || t.stock || t.ignored || t.flags&flagMultiple == 0 && t.lower != "by" && t.lower != "in" && t.lower != "to")
}

// outcomeAt reads the change in words at toks[i], if one is there.
func outcomeAt(toks []lineTok, i int) (o outcome, ok bool) {
	t := &toks[i]
	if !mayBeOutcome(t) {
		return o, false
	}
	first, last := -1, -1
	switch {
	case t.flags&flagMultiple != 0:
		if i+2 < len(toks) && (toks[i+1].lower == "to" || toks[i+1].lower == "from") && toks[i+2].number {
			return o, false // "it doubled to 2.4Moz": the figure is the result, judged as figures are
		}
		if i > 0 && !strings.HasSuffix(t.lower, "ing") && !strings.HasSuffix(t.lower, "ed") &&
			(determiners[toks[i-1].lower] || possessiveWord(toks[i-1].lower)) {
			return o, false // "the men's double", "a triple": a thing, not a change
		}
		// "halving the payroll team's overtime": what follows.
		o.r = multiples[t.lower]
		first, last = nounPhrase(toks, i+1)
		o.span = last
	case (t.lower == "by" || t.lower == "in") && i+1 < len(toks):
		f, end := fractionAt(func(k int) string { return toks[k].lower }, len(toks), i+1)
		v := verbBefore(toks, i)
		if f == 0 || v < 0 {
			return o, false
		}
		o.r = 1 - f
		if upVerbs[toks[v].lower] {
			o.r = 1 + f
		}
		first, last, o.span = v+1, i-1, end
	case t.lower == "to" && i+1 < len(toks) && (toks[i+1].lower == "zero" || toks[i+1].lower == "nil"):
		v := verbBefore(toks, i)
		if v < 0 || !downVerbs[toks[v].lower] {
			return o, false
		}
		o.r, first, last, o.span = 0, v+1, i-1, i+1
	default:
		return o, false
	}
	if first < 0 || last < first {
		return o, false
	}
	o.head = -1
	for k := first; k <= last; k++ {
		if content(&toks[k].token) {
			o.keys = append(o.keys, toks[k].key)
			o.head = k
		}
	}
	if o.head < 0 {
		return o, false
	}
	o.multiple = multiples[t.lower] != 0
	o.start = min(i, first)
	if !o.multiple {
		o.start = first - 1
	}
	return o, true
}

// nounPhrase is the stretch of the noun phrase that starts at toks[i]:
// from its first word of content to the last before a function word,
// punctuation or the end of the clause ("the payroll team's overtime").
func nounPhrase(toks []lineTok, i int) (first, last int) {
	first, last = -1, -1
	for k := i; k < len(toks) && k < i+6; k++ {
		t := &toks[k]
		if k > i && breaksAt(&t.token) || clauseStops[t.lower] {
			break
		}
		if !content(&t.token) {
			if first >= 0 {
				break
			}
			continue
		}
		if first < 0 {
			first = k
		}
		last = k
	}
	return first, last
}

// fractionAt reads a fraction at word i of n ("half", "a third", "two
// thirds", "more than a quarter"), lower giving each word: the share and
// the index of its last word, or 0.
func fractionAt(lower func(int) string, n, i int) (float64, int) {
	if i+1 < n && lower(i) == "more" && lower(i+1) == "than" {
		i += 2 // "more than a third"
	}
	if i < n && fractions[lower(i)] == 0.5 {
		return 0.5, i
	}
	if i+1 < n {
		if c := fractionCounts[lower(i)]; c != 0 && fractions[lower(i+1)] != 0 {
			return c * fractions[lower(i+1)], i + 1
		}
	}
	return 0, 0
}

// verbBefore is the index of the verb of change before toks[i] in its
// clause ("cutting readmissions by"), or -1.
func verbBefore(toks []lineTok, i int) int {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		t := &toks[k]
		if downVerbs[t.lower] || upVerbs[t.lower] {
			return k
		}
		if k+1 < i && (toks[k+1].sentStart || strings.ContainsAny(toks[k+1].punctBefore, ",;:!?()")) || clauseStops[t.lower] {
			return -1
		}
	}
	return -1
}

// shareKeys are the percentages a share in words is: "by a fifth" is by
// 20%, "by a third" by 33% (or 33.3%).
var shareKeys = map[string][]string{"half": {"50"}, "third": {"33", "33.3"}, "quarter": {"25"}, "fifth": {"20"}, "tenth": {"10"}}

// addShares files a change by a share in words ("Reduced audit fees by a
// fifth", "cut in half") under its percentage too, so a line's "by 20%"
// finds it.
func (x *Index) addShares(si int32) {
	toks := x.segs[si].toks
	for i := 1; i < len(toks); i++ {
		// The words before first: most tokens leave without the map.
		j := i - 1
		if toks[j].lower == "a" || toks[j].lower == "one" {
			j--
		}
		if j < 0 || toks[j].lower != "by" && toks[j].lower != "in" {
			continue
		}
		keys := shareKeys[toks[i].lower]
		if keys == nil {
			continue
		}
		for _, k := range keys {
			if x.only == nil || x.wants(k) {
				x.post[k] = append(x.post[k], occ{seg: si, pos: int32(i)})
			}
		}
	}
}
