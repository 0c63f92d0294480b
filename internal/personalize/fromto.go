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
		for _, o := range idx.post[start[0].key] {
			seg := &idx.segs[o.seg]
			if seg.kind == segContext || seg.kind == segVocab {
				continue
			}
			other := stateEnd(seg.toks, int(o.pos), start)
			if other == nil || other.key == end.key || fuzzyKey(other.key, end.key) ||
				len(end.lower) >= 4 && len(other.lower) >= 4 && end.lower[:4] == other.lower[:4] {
				continue // "Turkey" for "Türkiye"
			}
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.",
				line[toks[i].start:end.end], seg.src[seg.toks[o.pos].start:other.end]))
			break
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
	for k := p - 1; k >= 0 && k >= p-3; k-- {
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
		}
		return nil
	}
	return nil
}
