package personalize

import (
	"fmt"
	"strings"
)

// Directions of change: a figure the profile gives for a fall (cut,
// reduced, saved) is not one the line may give for a rise (grew, raised,
// boosted), nor the other way round.
const (
	dirNone = iota
	dirUp
	dirDown
)

// changeWords are the words of change by their direction: the verbs the
// outcome checks know (downVerbs, upVerbs) and the nouns and verbs of
// change they do not use, less those that do not say which way.
var changeWords = func() map[string]int {
	m := map[string]int{}
	for w := range upVerbs {
		m[w] = dirUp
	}
	for w := range downVerbs {
		m[w] = dirDown
	}
	for _, w := range strings.Fields("grows growth double doubled doubling triple tripled tripling expand expanded expanding " +
		"jump jumped rise rose rising uplift gain gained") {
		m[w] = dirUp
	}
	for _, w := range strings.Fields("cuts decrease decreased decreasing trim trimmed trimming save saves saved saving savings") {
		m[w] = dirDown
	}
	// "brought waits down" or "up"; "improved compliance from 38% to 91%"
	// says better, not which way the figure went.
	for _, w := range strings.Fields("bring bringing brought lift lifted lifting improve improved improving") {
		delete(m, w)
	}
	return m
}()

// sameChange reports whether two words say a change the same way and by
// no multiple: "boost" for "increase", "cut" for "reduce"; not "double".
func sameChange(a, b string) bool {
	d := changeWords[a]
	return d != dirNone && d == changeWords[b] && multiples[a] == 0 && multiples[b] == 0
}

// directionBefore returns the direction of the nearest word of change in
// the ten words before the k-th token (tok returns the j-th), in its
// clause, or dirNone, and where it is.
func directionBefore(tok func(int) *token, k int) (int, int) {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if t := tok(j); t.flags&flagChange != 0 {
			return changeWords[t.lower], j
		}
		if breaksAt(tok(j + 1)) {
			break
		}
	}
	return dirNone, -1
}

// directionProblems refuses a figure the line says rose where the profile
// says it fell, or fell where it rose, wherever the profile gives it with
// a word of change ("growing indirect spend by £3.1m" for "cut indirect
// spend by £3.1m").
func directionProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	lineTok := func(j int) *token { return &toks[j].token }
	for k := range toks {
		t := &toks[k]
		if !t.number || t.scope || isYear(t.key) {
			continue
		}
		said, at := directionBefore(lineTok, k)
		if said == dirNone {
			continue
		}
		other, where := dirNone, ""
		for _, o := range idx.post[t.key] {
			seg := &idx.segs[o.seg]
			if seg.kind == segVocab || seg.kind == segName || seg.kind == segContext {
				continue
			}
			d, j := directionBefore(func(j int) *token { return &seg.toks[j] }, int(o.pos))
			if d == dirNone {
				other = dirNone // given once without a word of change: not judged
				break
			}
			if d == said {
				other = said
				break
			}
			other, where = d, seg.src[seg.toks[j].start:wordEnd(seg.src, seg.toks[o.pos].end)]
		}
		if other != dirNone && other != said {
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.", line[toks[at].start:wordEnd(line, t.end)], where))
		}
	}
	return out
}
