package personalize

import (
	"sync"

	"github.com/inmail/inmail/internal/profile"
)

// oneOff recycles the indexes Check prepares for one line (Options.Index
// nil): their maps and token arena serve the next check.
var oneOff = sync.Pool{New: func() any {
	return &Index{
		post: map[string][]occ{}, byPrefix: map[string][]string{}, byPrefix3: map[string][]string{},
		mailMerge: map[string]string{}, names: map[string]bool{}, people: map[string]bool{},
		entryNames: map[int32]string{}, spans: map[int32][2]int{}, onlyBits: new(pairBits),
	}
}}

// newOneOffIndex prepares p for one check of the line of words raw,
// reading words with memo: it holds only the words the line's keys
// (lineKeys) may look up. Give it back with release once the check is
// done.
func newOneOffIndex(p *profile.Profile, raw []token, lists *Lists, memo *wordMemo) *Index {
	x := oneOff.Get().(*Index)
	x.memo = memo
	if x.keys == nil {
		x.keys = make(keySet, 2*len(raw))
	}
	x.only = lineKeys(x.keys, raw, lists)
	*x.onlyBits = *claimBits
	for k := range x.only {
		x.onlyBits.add(k)
	}
	if n := profileSize(p)/4 + 16; cap(x.arena) < n {
		x.arena = make([]token, 0, n)
	}
	if cap(x.segs) < 64 {
		x.segs = make([]segment, 0, 64)
	}
	x.build(p)
	x.memo = nil
	return x
}

// release empties a one-off index and returns it to the pool. The tokens
// left in the arena are overwritten by the next check; until then, or
// until the pool is emptied at a garbage collection, they keep a profile's
// text alive.
func (x *Index) release() {
	clear(x.post)
	clear(x.byPrefix)
	clear(x.byPrefix3)
	x.prefix3Once = sync.Once{}
	x.loanOnce, x.loan = sync.Once{}, nil
	clear(x.mailMerge)
	x.mailMergeBits = smallKeyBits{}
	clear(x.names)
	clear(x.people)
	x.figs = x.figs[:0]
	clear(x.entryNames)
	clear(x.spans)
	clear(x.segs)
	x.segs = x.segs[:0]
	x.arena = x.arena[:0]
	x.only = nil
	clear(x.keys)
	x.hasPublications, x.hasHonors = false, false
	oneOff.Put(x)
}
