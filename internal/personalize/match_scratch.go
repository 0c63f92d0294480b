package personalize

import "sync"

// sortBySeg orders pairs by field, keeping their order within a field (by
// line word): a counting sort, as fields are few.
func sortBySeg(pairs []pair, nsegs int, out []pair) (sorted, spare []pair) {
	if len(pairs) < 2 {
		return pairs, out
	}
	var small [256]int32
	var count []int32
	if nsegs+1 <= len(small) {
		count = small[:nsegs+1]
	} else {
		count = make([]int32, nsegs+1)
	}
	for _, p := range pairs {
		count[p.seg+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	out = append(out[:0], pairs...)
	for _, p := range pairs {
		out[count[p.seg]] = p
		count[p.seg]++
	}
	return out, pairs
}

// scratch holds the buffers of one check, reused by the next.
type scratch struct {
	raw           []token // the line's words, as tokenize reads them
	toks          []lineTok
	pairs, sorted []pair
	weak          [][2]int  // stretches of the line too weak to refer
	weakClusters  []cluster // the clusters of those that may pair up
	occs          []occ     // matchResult.occs
	looked        []occ     // the occurrences of one word, in match
	mm            []string  // matchResult.mm
	kept          []cluster // matchResult.kept
	anchors       []anchor  // claimCheck.anchors
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// lineToks returns a slice of n empty line tokens.
func (sc *scratch) lineToks(n int) []lineTok {
	if cap(sc.toks) < n {
		sc.toks = make([]lineTok, n)
	}
	sc.toks = sc.toks[:n]
	clear(sc.toks)
	return sc.toks
}

// tokSet is a set of line token indexes; lines longer than 256 tokens
// count their later tokens as members.
type tokSet [4]uint64

// add and has divide an unsigned index, by shifts alone; a negative
// index, which no caller passes, is past 256.
func (s *tokSet) add(i int) {
	if u := uint(i); u < 256 {
		s[u/64] |= 1 << (u % 64)
	}
}

func (s *tokSet) has(i int) bool { return uint(i) >= 256 || s[uint(i)/64]&(1<<(uint(i)%64)) != 0 }

func absDiff(a, b int32) int32 {
	if a > b {
		return a - b
	}
	return b - a
}
