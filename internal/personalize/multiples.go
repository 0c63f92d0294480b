package personalize

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// multiples are the words that multiply a figure: "doubled sign-ups",
// "halving call waits". A line that uses one must agree with the figure
// the profile's sentence gives, when it gives one.
var multiples = map[string]float64{
	"double": 2, "doubled": 2, "doubling": 2, "doubles": 2,
	"triple": 3, "tripled": 3, "tripling": 3, "triples": 3,
	"quadruple": 4, "quadrupled": 4, "quadrupling": 4,
	"halve": 0.5, "halved": 0.5, "halving": 0.5, "halves": 0.5,
}

// multipleProblems returns a sentence for each multiple the line gives a
// thing whose sentence on the profile gives another figure: "doubling the
// team" where it says "from 40 to 120".
func multipleProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	for i := range toks {
		t := &toks[i]
		if t.flags&flagMultiple == 0 {
			continue
		}
		r := multiples[t.lower]
		if r == 0 || t.scope || t.stock || t.ignored {
			continue
		}
		// What is multiplied: the words after, to the end of the clause.
		var keys []string
		last := i
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			w := &toks[k]
			if breaksAt(&w.token) || clauseStops[w.lower] {
				break
			}
			last = k
			if content(&w.token) {
				keys = append(keys, w.key)
			}
		}
		if len(keys) == 0 {
			continue
		}
		seg, from, to := idx.sentenceWith(keys)
		if seg == nil {
			continue
		}
		ok, said := multipleAgrees(seg, from, to, r, qualifierBefore(toks, i))
		if ok || said == "" {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.", line[t.start:toks[last].end], said))
	}
	return out
}

// sentenceWith returns the candidate's own sentence that holds the most of
// keys (two at least, or the only one), as a field and a token range.
func (x *Index) sentenceWith(keys []string) (best *segment, from, to int) {
	bestN := 0
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind != segSpecific {
			continue
		}
		start := 0
		for p := 0; p <= len(seg.toks); p++ {
			if p < len(seg.toks) && (p == start || !seg.toks[p].sentStart) {
				continue
			}
			n := 0
			for _, k := range keys {
				for q := start; q < p; q++ {
					if seg.toks[q].key == k || fuzzyKey(seg.toks[q].key, k) {
						n++
						break
					}
				}
			}
			if n > bestN {
				best, from, to, bestN = seg, start, p, n
			}
			start = p
		}
	}
	if bestN < min(2, len(keys)) {
		return nil, 0, 0
	}
	return best, from, to
}

// multipleAgrees reports whether the sentence toks[from:to] of seg says a
// change by the factor r: the same word, a percentage ("up 96%", "cut by
// 50%"), a range ("from 40 to 80") or a multiple ("2x"). said is the figure
// it gives otherwise, "" when it gives none.
func multipleAgrees(seg *segment, from, to int, r float64, how byte) (ok bool, said string) {
	near := func(a, b float64) bool { return math.Abs(a-b) <= 0.1*math.Max(math.Abs(b), 1) }
	switch {
	case r < 1:
	case how == '>':
		near = func(a, b float64) bool { return a >= 0.98*b && a <= 1.6*b } // "more than doubling" for 40 to 95
	case how == '<':
		near = func(a, b float64) bool { return a >= 0.85*b && a <= 1.02*b } // "nearly tripling" for 40 to 110
	}
	toks := seg.toks[from:to]
	for i := range toks {
		t := &toks[i]
		if m := multiples[t.lower]; m != 0 {
			if m == r {
				return true, ""
			}
			said = seg.src[t.start:t.end]
		}
		if t.lower == "by" || t.lower == "in" {
			// "by a third", "in half".
			if f, end := fractionAt(func(k int) string { return toks[k].lower }, len(toks), i+1); f != 0 {
				if near(1-f, r) || near(1+f, r) {
					return true, ""
				}
				said = seg.src[toks[i+1].start:toks[end].end]
			}
		}
		if !t.number || !isNumeric(t.key) || isYear(t.key) {
			continue
		}
		v, _ := strconv.ParseFloat(t.key, 64)
		switch {
		case i >= 2 && (toks[i-1].lower == "to" || toks[i-1].lower == "-") && fromNumber(toks, i) >= 0 && rangeAgrees(toks, i, v, r, near):
			// "from 24% to 15%" is a cut of three eighths, whatever the
			// unit of its ends.
			return true, ""
		case i+1 < len(toks) && toks[i+1].key == "pct":
			// A rise of (r-1) or a cut of (1-r).
			if r >= 1 && near(v, (r-1)*100) || r < 1 && near(v, (1-r)*100) {
				return true, ""
			}
			said = seg.src[t.start:toks[i+1].end]
		case i+1 < len(toks) && toks[i+1].key == "x":
			if near(v, r) {
				return true, ""
			}
			said = seg.src[t.start:toks[i+1].end]
		case i >= 2 && (toks[i-1].lower == "to" || toks[i-1].lower == "-") && fromNumber(toks, i) >= 0:
			a := fromNumber(toks, i)
			va, _ := strconv.ParseFloat(toks[a].key, 64)
			if va > 0 && near(v/va, r) {
				return true, ""
			}
			said = seg.src[toks[a].start:t.end]
		}
	}
	if strings.TrimSpace(said) == "" {
		return false, ""
	}
	return false, said
}

// qualifierBefore reads the words before the multiple toks[i]: '>' for
// "more than" or "over", '<' for "nearly" or "almost", 0 for none.
func qualifierBefore(toks []lineTok, i int) byte {
	switch {
	case i >= 2 && toks[i-1].lower == "than" && toks[i-2].lower == "more", i >= 1 && (toks[i-1].lower == "over"):
		return '>'
	case i >= 1 && (toks[i-1].lower == "nearly" || toks[i-1].lower == "almost"):
		return '<'
	}
	return 0
}

// fromNumber is the index of the number that starts the range ending at
// toks[i] ("from 40 to 120", "58% to 81%"), or -1.
func fromNumber[T any, P interface {
	*T
	tokener
}](toks []T, i int) int {
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if t := P(&toks[k]).tok(); t.number && isNumeric(t.key) {
			return k
		}
	}
	return -1
}

// changeOf reports whether the line's number toks[k], after "by" or
// before "points", is the change a range of the profile gives: "by 9
// points" or "by 9" for "from 24% to 15%", "by 37.5%" or "by 38%" for the
// same cut as a share of where it started.
func (x *Index) changeOf(toks []lineTok, k int) bool {
	_, _, _, ok := x.changeRange(toks, k)
	return ok
}

// changeRange is changeOf with the field and the range it found: the
// index of its segment and of the range's two numbers.
func (x *Index) changeRange(toks []lineTok, k int) (si, a, b int, ok bool) {
	t := &toks[k]
	next := ""
	if k+1 < len(toks) {
		next = toks[k+1].key
	}
	points := pointWords[next]
	if !(k > 0 && toks[k-1].lower == "by") && !points && figureRole(toks, k) != figureChange || !isNumeric(t.key) {
		return 0, 0, 0, false
	}
	v, _ := strconv.ParseFloat(t.key, 64)
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segContext || seg.kind == segVocab || seg.kind == segName {
			continue
		}
		st := seg.toks
		for i := 2; i < len(st); i++ {
			if !st[i].number || !isNumeric(st[i].key) || isYear(st[i].key) || st[i-1].lower != "to" && st[i-1].lower != "-" {
				continue
			}
			a = fromNumber(st, i)
			if a < 0 || isYear(st[a].key) {
				continue
			}
			va, _ := strconv.ParseFloat(st[a].key, 64)
			vb, _ := strconv.ParseFloat(st[i].key, 64)
			d := math.Abs(va - vb)
			switch {
			case next == "pct":
				if va != 0 && math.Abs(v-100*d/va) <= 0.5 {
					return si, a, i, true
				}
			case math.Abs(v-d) < 0.05:
				return si, a, i, true
			}
		}
	}
	return 0, 0, 0, false
}

// pointWords after a number make it a change in percentage points.
var pointWords = map[string]bool{"point": true, "points": true, "pts": true, "pp": true, "ppt": true, "ppts": true, "percentag": true}

// rangeAgrees reports whether the range that ends at toks[i] (value v)
// changes its start by the multiple r.
func rangeAgrees(toks []token, i int, v, r float64, near func(a, b float64) bool) bool {
	a := fromNumber(toks, i)
	va, _ := strconv.ParseFloat(toks[a].key, 64)
	return va > 0 && near(v/va, r)
}
