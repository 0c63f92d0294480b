package personalize

import (
	"hash/maphash"
	"strings"
	"sync"
)

// wordCache remembers what tokenize learns about a word (its folded
// form, key and shape): the same few thousand words come back on every
// keystroke and in every profile. It is sharded so that workers checking
// in parallel do not queue on one lock, and bounded so odd input cannot
// grow it without limit.
type wordInfo struct {
	lower, key                  string
	capital, acronym, mixedCaps bool
	// num is the value of a number word ("fourteen": "14"), else "".
	num string
	// elided is the length of an elided article before the word ("d'",
	// "l'"), which is not part of it.
	elided int
	// cjk: the word holds Chinese, Japanese or Korean characters.
	cjk bool
	// fn: a function word (see isFunctionWord).
	fn    bool
	flags wordFlags
	// raw is the word as written, kept by the cache; "" when the cache
	// was full.
	raw string
}

type wordShard struct {
	sync.RWMutex
	m map[string]wordInfo
	_ [40]byte // keep shards on separate cache lines
}

var wordCache [64]wordShard

const wordShardMax = 4096

func shardOf(w string) *wordShard {
	return &wordCache[fnv32(w)%uint32(len(wordCache))]
}

// wordOf returns what is known about the word raw, as written.
func wordOf(raw string) wordInfo {
	sh := shardOf(raw)
	sh.RLock()
	wi, ok := sh.m[raw]
	sh.RUnlock()
	if ok {
		return wi
	}
	wi = readWord(raw)
	sh.Lock()
	if sh.m == nil {
		sh.m = map[string]wordInfo{}
	}
	if len(sh.m) < wordShardMax {
		wi.raw = strings.Clone(raw)
		sh.m[wi.raw] = wi
	}
	sh.Unlock()
	return wi
}

// wordMemo is a small cache in front of wordCache for one goroutine at a
// time, taken from memos for a check or an index: most words of a line
// and a profile are among a few hundred, and looking them up here touches
// no memory that other workers write. A word's hash chooses a set of two
// slots, which hold the last two words that came to it: with one slot a
// set, two words of a profile that shared it (about a third of them) put
// each other out on every occurrence, and each miss costs a lock and a map
// lookup in wordCache.
type wordMemo struct {
	seed  uint64 // where its hashes of words start
	slots [memoSets][2]wordInfo
	spare wordInfo // a word get did not keep
}

const memoSets = 1024

var memos = sync.Pool{New: func() any { return &wordMemo{seed: new(maphash.Hash).Sum64()} }}

// get is wordOf(raw), without copying it: the word is valid until the
// next get.
func (m *wordMemo) get(raw string) *wordInfo {
	// FNV-1a from the memo's seed: inline, and cheaper than maphash on
	// words of a few bytes.
	h := m.seed
	for i := 0; i < len(raw); i++ {
		h = (h ^ uint64(raw[i])) * fnvPrime
	}
	set := &m.slots[(h^h>>32)%memoSets]
	if set[0].raw == raw {
		return &set[0]
	}
	if set[1].raw == raw {
		return &set[1]
	}
	wi := wordOf(raw)
	if wi.raw == "" {
		m.spare = wi // the cache was full: not kept
		return &m.spare
	}
	// The word goes first in its set, and the one it moves makes way for
	// it in the second slot.
	set[1] = set[0]
	set[0] = wi
	return &set[0]
}
