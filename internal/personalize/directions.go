package personalize

import "fmt"

// Directions of change: a figure the profile gives for a fall (cut,
// reduced, saved) is not one the line may give for a rise (grew, raised,
// boosted), nor the other way round.
const (
	dirNone = iota
	dirUp
	dirDown
)

// changeWords are the verbs and nouns of change by their direction, as
// keys.
var changeWords = func() map[string]int {
	m := map[string]int{}
	for _, w := range []string{"grow", "grew", "grown", "growing", "growth", "increase", "increased", "increasing", "raise", "raised",
		"raising", "boost", "boosted", "boosting", "double", "doubled", "doubling", "triple", "tripled", "tripling", "expand",
		"expanded", "expanding", "jump", "jumped", "rise", "rose", "rising", "uplift", "gain", "gained"} {
		m[stem(w)] = dirUp
	}
	for _, w := range []string{"cut", "cutting", "reduce", "reduced", "reducing", "reduction", "lower", "lowered", "lowering",
		"decrease", "decreased", "decreasing", "shrink", "shrank", "shrinking", "halve", "halved", "halving", "drop", "dropped",
		"fall", "fell", "slash", "slashed", "slashing", "trim", "trimmed", "trimming", "save", "saved", "saving", "savings"} {
		m[stem(w)] = dirDown
	}
	return m
}()

// directionBefore returns the direction of the nearest word of change in
// the ten words before the k-th token (tok returns the j-th), in its
// clause, or dirNone, and where it is.
func directionBefore(tok func(int) *token, k int) (int, int) {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		if d := changeWords[tok(j).key]; d != dirNone {
			return d, j
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
