package personalize

import (
	"fmt"
	"strings"
)

// A change between two named states: "from Requires Improvement to
// Outstanding" where the profile says "from 'Requires Improvement' to
// 'Good'". Where the profile gives the same start, the line must give its
// end. Only names count, in capitals or quotes: "from referral to
// assessment" is a paraphrase's business.

// fromToProblems returns a sentence for each "from A to B" of the line, A
// and B names rather than figures, when the profile has "from A to C"
// with another name for its end.
func fromToProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	for i := range toks {
		if toks[i].lower != "from" || toks[i].scope {
			continue
		}
		to := -1
		for k := i + 1; k < len(toks) && k <= i+5; k++ {
			if toks[k].number || breaksAt(&toks[k].token) && !quoteBefore(&toks[k].token) {
				break
			}
			if toks[k].lower == "to" {
				to = k
				break
			}
		}
		if to < i+2 || to+1 >= len(toks) {
			continue
		}
		start, end := toks[i+1:to], &toks[to+1]
		if !end.capital || end.sentStart || end.number || !start[0].capital {
			continue
		}
		// The first "from A to C" of the profile that ends otherwise, unless
		// another of its "from A to ..." ends as the line's does (a title
		// "From Idea to Charter" beside a "from a kitchen-table idea to an
		// NCUA charter").
		msg, same := "", false
		for _, o := range idx.post[start[0].key] {
			seg := &idx.segs[o.seg]
			if seg.kind == segContext || seg.kind == segVocab {
				continue
			}
			other := stateEnd(seg.toks, int(o.pos), start)
			if other == nil {
				continue
			}
			if other.key == end.key || fuzzyKey(other.key, end.key) ||
				len(end.lower) >= 4 && len(other.lower) >= 4 && end.lower[:4] == other.lower[:4] {
				same = true // "Turkey" for "Türkiye"
				break
			}
			if msg == "" {
				msg = fmt.Sprintf("Says %q, but their profile says %q: say what it says.",
					line[toks[i].start:end.end], seg.src[seg.toks[o.pos].start:other.end])
			}
		}
		if msg != "" && !same {
			out = append(out, msg)
		}
	}
	return out
}

// quoteBefore reports whether t opens a quote: "from 'Requires
// Improvement'".
func quoteBefore(t *token) bool { return strings.ContainsAny(t.punctBefore, "'\"‘“") }

// stateEnd returns the name a profile's "from A to C" ends in, A the line's
// start words found at p ("from Ofsted 'Requires Improvement' (2019) to
// 'Good' (2023)"), or nil.
func stateEnd(st []token, p int, start []lineTok) *token {
	from := false
	for k := p - 1; k >= 0 && k >= p-5; k-- { // "from a CQC rating of 'Requires Improvement'"
		if st[k].lower == "from" {
			from = true
			break
		}
		if st[k].sentStart || strings.ContainsAny(st[k+1].punctBefore, ".;:") {
			break
		}
	}
	if !from || p+len(start) >= len(st) {
		return nil
	}
	for j := range start {
		if st[p+j].key != start[j].key {
			return nil
		}
	}
	for k := p + len(start); k < len(st) && k <= p+len(start)+3; k++ {
		if st[k].lower != "to" {
			if !st[k].number {
				return nil // "(2019)" may stand between
			}
			continue
		}
		for q := k + 1; q < len(st) && q <= k+2; q++ {
			if st[q].capital && !st[q].number {
				return &st[q]
			}
			if !determiners[st[q].lower] && !st[q].number {
				return nil // "from Thales to lead ETCS design": to a verb
			}
		}
		return nil
	}
	return nil
}

// figureFromToProblems returns a sentence for each "from X to Y" of figures
// in the line whose X the profile gives as the start of a change to
// another figure: "from 26 to 12 months" for "cut the wait from 26 months
// to 14".
func figureFromToProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].lower != "from" || toks[i].scope || !toks[i+1].number {
			continue
		}
		to := -1
		for k := i + 2; k < len(toks) && k <= i+4; k++ {
			if breaksAt(&toks[k].token) || toks[k].number {
				break
			}
			if toks[k].lower == "to" {
				to = k
				break
			}
		}
		if to < 0 || to+1 >= len(toks) || !toks[to+1].number || breaksAt(&toks[to+1].token) {
			continue
		}
		x, y := &toks[i+1], &toks[to+1]
		unit := ""
		if i+2 < to {
			unit = unitClass(toks[i+2].key, toks[i+2].lower) // "from two weeks to ..."
		}
		if msg := idx.changeEndsOtherwise(x.key, y.key, unit); msg != "" {
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.", line[toks[i].start:y.end], msg))
		}
	}
	return out
}

// changeEndsOtherwise returns the profile's "from X ... to Z" when X is
// from's, with the line's unit after it if it gives one, and no such
// change of the profile ends in to, else "".
func (x *Index) changeEndsOtherwise(from, to, unit string) string {
	other := ""
	for _, o := range x.post[from] {
		seg := &x.segs[o.seg]
		st := seg.toks
		if seg.kind == segContext || seg.kind == segVocab {
			continue
		}
		if q := int(o.pos); q == 0 || st[q-1].lower != "from" {
			continue
		}
		// "from two weeks" is not "from 2 to 24/7"; the profile may give
		// the unit after the end ("from 31 to 12 hours").
		unitAt := func(q int) bool { return q < len(st) && unitClass(st[q].key, st[q].lower) == unit }
		unitFirst := unit == "" || unitAt(int(o.pos)+1)
		for p := int(o.pos) + 1; p < len(st) && p <= int(o.pos)+3 && !breaksAt(&st[p]); p++ {
			if st[p].lower != "to" || p+1 >= len(st) || !st[p+1].number || !unitFirst && !unitAt(p+2) {
				continue
			}
			if st[p+1].key == to {
				return ""
			}
			other = seg.src[st[o.pos-1].start:st[p+1].end]
			break
		}
	}
	return other
}

// fromToRefs returns a reference for each "from A to B" of the line whose
// A and B the profile gives in that order, close together in one
// sentence of their own: figures ("down from nine a year to two" for
// "minskade från 9 till 2 per år"), however small, or named states ("from
// Requires Improvement to Good" for "from 'Requires Improvement' (2018)
// to 'Good'"). A change that ends where the profile's does is no everyday
// pair of words.
func fromToRefs(toks []lineTok, idx *Index) []Reference {
	var refs []Reference
	for i := range toks {
		if toks[i].lower != "from" || toks[i].scope || toks[i].ignored {
			continue
		}
		a, to := -1, -1
		for k := i + 1; k < len(toks) && k <= i+6; k++ {
			if k > i+1 && breaksAt(&toks[k].token) && !quoteBefore(&toks[k].token) {
				break
			}
			if toks[k].lower == "to" {
				to = k
				break
			}
			if a < 0 && (toks[k].number || toks[k].capital && !toks[k].sentStart) {
				a = k
			}
		}
		if a < 0 || to < 0 || to+1 >= len(toks) {
			continue
		}
		b := to + 1
		if determiners[toks[b].lower] && b+1 < len(toks) {
			b++
		}
		x, y := &toks[a], &toks[b]
		if x.number != y.number || x.key == y.key || x.number && (isYear(x.key) || isYear(y.key)) || !x.number && (!y.capital || y.sentStart) {
			continue
		}
		for _, o := range idx.post[x.key] {
			seg := &idx.segs[o.seg]
			if seg.kind != segSpecific {
				continue
			}
			p := int(o.pos)
			for q := p + 1; q < len(seg.toks) && q <= p+5; q++ {
				if seg.toks[q].sentStart || sentenceMarks.in(seg.toks[q].punctBefore) {
					break
				}
				if seg.toks[q].key != y.key || seg.toks[q].number != y.number {
					continue
				}
				fs, fe := seg.toks[p].start, seg.toks[q].end
				refs = append(refs, Reference{Field: seg.field, Text: seg.src[fs:fe], FieldStart: fs, FieldEnd: fe, LineStart: toks[i].start, LineEnd: y.end})
				break
			}
			if len(refs) > 0 && refs[len(refs)-1].LineStart == toks[i].start {
				break
			}
		}
	}
	return refs
}
