package personalize

import (
	"hash/maphash"
	"slices"
	"sync"
	"unicode/utf8"
)

// Prior is a personalization line already sent: the message it went out
// in and the candidate it went to.
type Prior struct {
	MessageID   uint64
	CandidateID string
	Line        string
}

// ReuseMatch is an earlier line found for a new one. Exact means the same
// words in the same order; otherwise Similarity is the share of three-word
// sequences the two lines have in common (Jaccard).
type ReuseMatch struct {
	Prior      Prior
	Exact      bool
	Similarity float64
}

// NearThreshold is the similarity from which a line counts as nearly the
// same as an earlier one: one or two words changed in a line of twenty.
const NearThreshold = 0.5

// ReuseIndex holds earlier lines so that a new line's verbatim or
// near-verbatim reuse is found without reading them all: an exact map from
// the normalised line, and an inverted index of three-word sequences
// (shingles) searched from the rarest. It is safe for concurrent use.
type ReuseIndex struct {
	mu     sync.RWMutex
	seed   uint64
	priors []indexedPrior
	exact  map[uint64][]int32
	post   map[uint64][]int32
	// posted has the bit postedBit(h) set for every shingle h in post:
	// a shingle whose bit is clear is in no earlier line, which a bit
	// says for less than a map lookup. It is made on the first Add.
	posted []uint64
}

// postedBits is the size of ReuseIndex.posted in bits.
const postedBits = 1 << 20

// postedBit is where the shingle h is marked in ReuseIndex.posted.
func postedBit(h uint64) uint64 { return (h ^ h>>29) % postedBits }

type indexedPrior struct {
	Prior
	shingles []uint64 // sorted, unique
}

// NewReuseIndex returns an empty index.
func NewReuseIndex() *ReuseIndex {
	return &ReuseIndex{seed: new(maphash.Hash).Sum64(), exact: map[uint64][]int32{}, post: map[uint64][]int32{}}
}

// Len is the number of lines added.
func (r *ReuseIndex) Len() int {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return len(r.priors)
}

// Add records a line that was sent. Lines without words are ignored, and
// so is a message's line added before (an index shared by a server's
// sessions may be told of a send twice).
func (r *ReuseIndex) Add(p Prior) {
	words := r.wordHashes(p.Line, nil)
	if len(words) == 0 {
		return
	}
	sh := shingles(words, nil)
	full := lineHash(words)
	r.mu.Lock()
	defer r.mu.Unlock()
	if p.MessageID != 0 && slices.ContainsFunc(r.exact[full], func(id int32) bool { return r.priors[id].MessageID == p.MessageID }) {
		return
	}
	id := int32(len(r.priors))
	r.priors = append(r.priors, indexedPrior{Prior: p, shingles: sh})
	r.exact[full] = append(r.exact[full], id)
	if r.posted == nil {
		r.posted = make([]uint64, postedBits/64)
	}
	for _, h := range sh {
		r.post[h] = append(r.post[h], id)
		b := postedBit(h)
		r.posted[b/64] |= 1 << (b % 64)
	}
}

// Find returns the most similar earlier line sent to a candidate other than
// candidateID, if it is the same line or nearly (NearThreshold). A line
// sent before to the same candidate is not reuse. An empty candidateID
// matches no earlier candidate, so every earlier line counts.
func (r *ReuseIndex) Find(line, candidateID string) (ReuseMatch, bool) {
	var wbuf, sbuf [64]uint64
	words := r.wordHashes(line, wbuf[:0])
	if len(words) == 0 {
		return ReuseMatch{}, false
	}
	full := lineHash(words)
	r.mu.RLock()
	defer r.mu.RUnlock()
	other := func(id int32) bool {
		c := r.priors[id].CandidateID
		return candidateID == "" || c != candidateID
	}
	for _, id := range r.exact[full] {
		if other(id) {
			return ReuseMatch{Prior: r.priors[id].Prior, Exact: true, Similarity: 1}, true
		}
	}
	if !r.anyPosted(words) {
		// No earlier line shares a three-word sequence: none is near,
		// and the shingles need not be sorted.
		return ReuseMatch{}, false
	}
	sh := shingles(words, sbuf[:0])
	// Prefix filtering: a line with Jaccard >= t shares at least one of
	// the query's (1-t)·n + 1 rarest shingles, so only their postings are
	// read.
	type probeAt struct {
		i   int
		ids []int32 // the lines with shingle i
	}
	var obuf [64]probeAt
	order := obuf[:0]
	for i, h := range sh {
		order = append(order, probeAt{i, r.post[h]})
	}
	slices.SortFunc(order, func(a, b probeAt) int { return len(a.ids) - len(b.ids) })
	probe := int((1-NearThreshold)*float64(len(sh))) + 1
	probe = min(probe, len(sh))
	seen := map[int32]bool{}
	var best ReuseMatch
	found := false
	for _, oi := range order[:probe] {
		for _, id := range oi.ids {
			if seen[id] || !other(id) {
				continue
			}
			seen[id] = true
			j := jaccard(sh, r.priors[id].shingles)
			if j >= NearThreshold && (!found || j > best.Similarity) {
				best, found = ReuseMatch{Prior: r.priors[id].Prior, Similarity: j}, true
			}
		}
	}
	return best, found
}

// anyPosted reports whether some earlier line has one of the shingles
// of the line of words (see shingles, which it hashes the same way).
func (r *ReuseIndex) anyPosted(words []uint64) bool {
	if r.posted == nil {
		return false // nothing added
	}
	posted := func(h uint64) bool {
		b := postedBit(h)
		return r.posted[b/64]&(1<<(b%64)) != 0 && len(r.post[h]) > 0
	}
	if len(words) < shingleLen {
		return posted(lineHash(words))
	}
	for i := 0; i+shingleLen <= len(words); i++ {
		if posted(shingleAt(words, i)) {
			return true
		}
	}
	return false
}

// wordHashes appends a hash of each of the line's words, folded (see
// fold) and without punctuation, to buf: FNV-1a over the folded bytes,
// started from the index's seed. A word in ASCII is lower-cased as it is
// hashed; only another is folded as a string.
func (r *ReuseIndex) wordHashes(s string, buf []uint64) []uint64 {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if rn, size := utf8.DecodeRuneInString(s[i:]); !isWordRune(rn) {
			i += size
			continue
		}
		// A word starts at i. Its ASCII letters and digits are hashed in
		// a loop of their own, which keeps the hash in a register.
		start, h := i, r.seed
		for i < len(s) {
			c := hashBytes[s[i]]
			if c == 0 {
				break
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
		}
		ascii := true
		// A word that goes on past ASCII is read rune by rune to its end
		// and folded whole (endWord).
		for i < len(s) && s[i] >= utf8.RuneSelf {
			rn, size := utf8.DecodeRuneInString(s[i:])
			if !isWordRune(rn) {
				break
			}
			ascii = false
			i += size
			for i < len(s) && wordBytes[s[i]] {
				i++
			}
		}
		if ascii {
			buf = append(buf, h) // endWord, without the call
		} else {
			buf = r.endWord(buf, s[start:i], h, ascii)
		}
	}
	return buf
}

// hashBytes holds, for each byte, its lower case when it is an ASCII
// letter or digit (wordBytes), as wordHashes hashes it, and 0 for any
// other byte.
var hashBytes = func() (t [256]byte) {
	for c := range t {
		if wordBytes[c] {
			t[c] = lowerASCII(byte(c))
		}
	}
	return t
}()

// wordBytes marks the ASCII letters and digits, in a table any byte may
// index.
var wordBytes = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = asciiWord[c]
	}
	return t
}()

// endWord appends the hash of the word w to buf: h, when w is in ASCII
// and h is its hash, else the hash of its folded form, if any.
func (r *ReuseIndex) endWord(buf []uint64, w string, h uint64, ascii bool) []uint64 {
	if ascii {
		return append(buf, h)
	}
	if f := fold(w); f != "" {
		return append(buf, r.hash(f))
	}
	return buf
}

const fnvPrime = 1099511628211

// hash is the hash of a folded word.
func (r *ReuseIndex) hash(f string) uint64 {
	h := r.seed
	for i := 0; i < len(f); i++ {
		h = (h ^ uint64(f[i])) * fnvPrime
	}
	return h
}

// mix folds the hash of one more word into h.
func mix(h, w uint64) uint64 {
	h ^= w + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	return h * 0xff51afd7ed558ccd
}

// lineHash is a hash of all the words in order.
func lineHash(words []uint64) uint64 {
	h := uint64(len(words))
	for _, w := range words {
		h = mix(h, w)
	}
	return h
}

// shingles appends to buf the hashes of the line's three-word sequences
// (or of the whole line when it is shorter), sorted and unique.
func shingles(words []uint64, buf []uint64) []uint64 {
	if len(words) < shingleLen {
		return append(buf, lineHash(words))
	}
	for i := 0; i+shingleLen <= len(words); i++ {
		buf = append(buf, shingleAt(words, i))
	}
	slices.Sort(buf)
	return slices.Compact(buf)
}

// shingleLen is how many words a shingle is.
const shingleLen = 3

// shingleAt is the hash of the shingle of words that starts at i.
func shingleAt(words []uint64, i int) uint64 {
	return mix(mix(mix(shingleLen, words[i]), words[i+1]), words[i+2])
}

// jaccard is |a∩b| / |a∪b| of two sorted sets.
func jaccard(a, b []uint64) float64 {
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}
