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
		t := &toks[i]
		if t.scope || t.stock || t.ignored || t.flags&flagMultiple == 0 && t.lower != "by" && t.lower != "in" && t.lower != "to" {
			continue
		}
		var r float64
		first, last, span := -1, -1, 0
		switch {
		case t.flags&flagMultiple != 0:
			// "halving the payroll team's overtime": what follows.
			r = multiples[t.lower]
			first, last = nounPhrase(toks, i+1)
			span = last
		case (t.lower == "by" || t.lower == "in") && i+1 < len(toks):
			f, end := fractionAt(func(k int) string { return toks[k].lower }, len(toks), i+1)
			v := verbBefore(toks, i)
			if f == 0 || v < 0 {
				continue
			}
			r = 1 - f
			if upVerbs[toks[v].lower] {
				r = 1 + f
			}
			first, last, span = v+1, i-1, end
		case t.lower == "to" && i+1 < len(toks) && (toks[i+1].lower == "zero" || toks[i+1].lower == "nil"):
			v := verbBefore(toks, i)
			if v < 0 || !downVerbs[toks[v].lower] {
				continue
			}
			r, first, last, span = 0, v+1, i-1, i+1
		default:
			continue
		}
		if first < 0 || last < first {
			continue
		}
		var keys []string
		head := -1
		for k := first; k <= last; k++ {
			if content(&toks[k].token) {
				keys = append(keys, toks[k].key)
				head = k
			}
		}
		if head < 0 {
			continue
		}
		start := min(i, first)
		if multiples[t.lower] == 0 {
			start = first - 1
		}
		said := line[toks[start].start:toks[span].end]
		if !found.has(head) && !idx.has(toks[head].key) {
			out = append(out, fmt.Sprintf("Says %q, but their profile says nothing of %s: name a result it gives.",
				said, line[toks[head].start:toks[head].end]))
			continue
		}
		if multiples[t.lower] != 0 {
			continue // multipleProblems compares it
		}
		if seg, from, to := idx.sentenceWith(keys); seg != nil {
			if ok, other := multipleAgrees(seg, from, to, r); !ok && other != "" {
				out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.", said, other))
			}
		}
	}
	return out
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
	for k := i - 1; k >= 0 && k >= i-6; k-- {
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
