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
	x.nearBits = smallHashBits{}
	for k := range x.only {
		h := fnv32(k)
		x.onlyBits.add(k)
		x.nearBits.add(h)
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
	x.kanaRunsOnce, x.kanaRuns = sync.Once{}, nil
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

// wants reports whether a profile key can matter to the keys in x.only:
// the same key or one with the same first four letters. It hashes k once
// (FNV-1a, as pairOf does its first three bytes), keeping the hashes of
// its first three and four bytes: a string whose hash is in no filter
// (onlyBits, nearBits, claimHashBits) is not looked up in its map.
func (x *Index) wants(k string) bool {
	// pairOf(k) first, which rules out most profile keys.
	h := uint32(fnv32Offset)
	for i := 0; i < len(k) && i < 3; i++ {
		h = (h ^ uint32(k[i])) * fnv32Prime
	}
	if !x.onlyBits.hasBit(fold16(h)) {
		return false
	}
	h3, h4 := h, uint32(0)
	for i := 3; i < len(k); i++ {
		h = (h ^ uint32(k[i])) * fnv32Prime
		if i == 3 {
			h4 = h
		}
	}
	return x.nearHashed(k, h, h3, h4) || claimNearHashed(k, h, h4)
}

// nearHashed reports whether k is in x.only or shares its first three or
// four letters with a key there, as the key's marks say (isShort,
// isTypo3, isPrefix), k's hashes given (see wants).
func (x *Index) nearHashed(k string, h, h3, h4 uint32) bool {
	s := x.only
	var whole uint8
	if x.nearBits.has(h) {
		whole = s[k]
	}
	if whole&isKey != 0 {
		return true
	}
	if len(k) < 3 || isDigit(k[0]) {
		return false
	}
	p3, p4 := whole, whole
	if len(k) > 3 {
		p3 = 0
		if x.nearBits.has(h3) {
			p3 = s[k[:3]]
		}
	}
	if p3&isShort != 0 || len(k) >= 5 && p3&isTypo3 != 0 {
		return true
	}
	if len(k) > 4 {
		p4 = 0
		if x.nearBits.has(h4) {
			p4 = s[k[:4]]
		}
	}
	return len(k) >= 4 && p4&isPrefix != 0
}

// claimNearHashed is nearHashed for claimSupport, k's hashes given (see
// wants): claimSupport holds keys and their four-letter prefixes only
// (keySet.add), so the three-letter prefix, which no entry marks, is not
// looked up.
func claimNearHashed(k string, h, h4 uint32) bool {
	if claimHashBits.hasBit(fold16(h)) && claimSupport[k]&isKey != 0 {
		return true
	}
	return len(k) >= 4 && !isDigit(k[0]) && claimHashBits.hasBit(fold16(h4)) && claimSupport[k[:4]]&isPrefix != 0
}

// claimHashBits has the hash (fnv32, fold16) of every string in
// claimSupport.
var claimHashBits = func() *pairBits {
	b := new(pairBits)
	for k := range claimSupport {
		i := fold16(fnv32(k))
		b[i/64] |= 1 << (i % 64)
	}
	return b
}()

// smallHashBits is a filter of 4,096 bits of strings' fnv32 hashes: the
// entries of a one-off index's only set, a few hundred.
type smallHashBits [64]uint64

func (b *smallHashBits) add(h uint32) {
	i := fold16(h) % 4096
	b[i/64] |= 1 << (i % 64)
}

func (b *smallHashBits) has(h uint32) bool {
	i := fold16(h) % 4096
	return b[i/64]&(1<<(i%64)) != 0
}
