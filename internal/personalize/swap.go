package personalize

import (
	"fmt"
	"strings"
)

// swapProblems refuses a name put in the place of another in front of a
// reference: "the Northampton automated fulfilment centre" where the
// profile says "Daventry automated fulfilment centre" (Northampton being
// on the profile elsewhere, so not refused as absent). The line's word
// right before the matched stretch is a capitalised name this field does
// not have, and the field's word right before it is another name.
func swapProblems(line string, toks []lineTok, idx *Index, res *matchResult) []string {
	var out []string
	for _, c := range res.kept {
		k := c.first - 1
		if k < 0 || c.forced || c.last-c.first < 1 {
			continue
		}
		t := &toks[k]
		if !t.capital || t.sentStart || t.fn || t.acronym || t.scope || t.name || t.number {
			continue
		}
		seg := &idx.segs[c.seg]
		p := int(c.minPos) - 1
		if p < 0 {
			continue
		}
		ft := &seg.toks[p]
		if !ft.capital || ft.sentStart || ft.fn || ft.number || ft.key == t.key || fuzzyKey(ft.key, t.key) || breaksAt(&seg.toks[c.minPos]) ||
			len(t.lower) >= 2 && len(ft.lower) > len(t.lower) && strings.HasPrefix(ft.lower, t.lower) {
			// "Ph II supply" for "Phase II supply": the word clipped.
			continue
		}
		// The line's word must not be a word of this field at all.
		if slicesHasKey(seg.toks, t.key) {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.",
			line[t.start:toks[c.last].end], seg.src[ft.start:seg.toks[c.maxPos].end]))
	}
	return out
}

func slicesHasKey(toks []token, key string) bool {
	for i := range toks {
		if toks[i].key == key {
			return true
		}
	}
	return false
}
