package personalize

import (
	"fmt"
	"slices"
)

// labelProblems returns a sentence for each number the line writes as part
// of a name after a word ("Year 10", "Band 7", "Phase 3", "ISO 14001") when
// the profile writes that word with numbers, never this one: "Year 10s"
// for "120 Year 7 students" is another year group, and "Band 7" another
// band, however true the number is elsewhere on the profile.
func labelProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	at := func(i int) *token { return &toks[i].token }
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if !t.number || t.scope || t.stock || t.ignored || t.punctBefore != " " || !isLabel(at, k) || currencyWords[toks[k-1].lower] != "" {
			continue // "AED 27m" is a sum
		}
		var nums []string
		other := ""
		for _, o := range idx.post[toks[k-1].key] {
			seg := &idx.segs[o.seg]
			p := int(o.pos) + 1
			if seg.kind == segContext || p >= len(seg.toks) || currencyWords[seg.toks[p-1].lower] != "" || !seg.toks[p].number || seg.toks[p].punctBefore != " " ||
				!isLabel(func(i int) *token { return &seg.toks[i] }, p) {
				continue
			}
			nums = append(nums, seg.toks[p].key)
			if other == "" {
				other = seg.src[seg.toks[p-1].start:seg.toks[p].end]
			}
		}
		if len(nums) == 0 || slices.Contains(nums, t.key) {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile has %q. Say what their profile says.", line[toks[k-1].start:t.end], other))
	}
	return out
}
