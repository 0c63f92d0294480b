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
		if !t.number || t.scope || t.stock || t.ignored || t.punctBefore != " " || !isLabel(at, k) && !rankLabel(at, k) || currencyWords[toks[k-1].lower] != "" {
			continue // "AED 27m" is a sum
		}
		var nums []string
		other := ""
		for _, o := range idx.post[toks[k-1].key] {
			seg := &idx.segs[o.seg]
			p := int(o.pos) + 1
			at := func(i int) *token { return &seg.toks[i] }
			if seg.kind == segContext || p >= len(seg.toks) || currencyWords[seg.toks[p-1].lower] != "" || !seg.toks[p].number || seg.toks[p].punctBefore != " " ||
				!isLabel(at, p) && !rankLabel(at, p) {
				continue
			}
			if isYear(seg.toks[p].key) != isYear(t.key) {
				continue // "Franchise Expo Paris 2024", a date, beside "Université Paris 1", a name
			}
			nums = append(nums, seg.toks[p].key)
			if other == "" {
				other = seg.src[seg.toks[p-1].start:seg.toks[p].end]
			}
		}
		if len(nums) == 0 || slices.Contains(nums, t.key) {
			continue
		}
		if bound, _ := idx.nameYear(toks, k, k-1, k); bound && isYear(t.key) {
			continue // "ISSW 2022" for "... Workshop (ISSW) 2022", beside "an der ISSW 2024"
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile has %q. Say what their profile says.", line[toks[k-1].start:t.end], other))
	}
	return out
}

// rankWords name a step of a scale by its number, in any case: "grade 4",
// "level 3", "band 7", "key stage 2".
var rankWords = wordSet("year grade level band phase tier stage step form class")

// rankLabel reports whether the number toks[i] follows a word of rankWords:
// a step of a scale, not a count.
func rankLabel(at func(int) *token, i int) bool {
	return i > 0 && rankWords[at(i-1).lower] && !at(i).sentStart && !breaksAt(at(i))
}
