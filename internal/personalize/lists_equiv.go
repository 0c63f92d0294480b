package personalize

import (
	"slices"
	"strings"
	"sync"
)

// File names of the lists of other names, embedded and in the config
// folder.
const (
	// AbbreviationsFile lists professional abbreviations and their long
	// forms ("PE = private equity"), used both ways.
	AbbreviationsFile = "abbreviations.txt"
	// AliasesFile lists other names of the same thing: group names for
	// firms, English names of institutions, common short names.
	AliasesFile = "aliases.txt"
	// SynonymsFile is the WordNet table that gen/wordnet writes.
	SynonymsFile = "synonyms.txt"
	// wordnetAbbreviationsFile is the WordNet table of abbreviations that
	// gen/wordnet -abbrev writes ("MRI = magnetic resonance imaging"),
	// embedded only.
	wordnetAbbreviationsFile = "wordnet-abbreviations.txt"
)

// equivalents are names that stand for one another, from the
// abbreviations and aliases lists: "PwC = PricewaterhouseCoopers" makes
// each side stand for the other; "Big Four: Deloitte; PwC; EY; KPMG"
// makes the group's name stand for each member and each member for it (a
// line's "Big Four" is found where the profile says "KPMG", and a line's
// "KPMG" where it says "Big Four"), but not one member for another.
type equivalents struct {
	names [][]string // names as sequences of keys
	group []int32    // the group of each name
	// first indexes names by their first key.
	first map[string][]int32
	// firstBits holds a hash of every key ever put in first, so that
	// mayStart rules out most words without a map look-up (a name
	// forgotten leaves its bit: the map then says no).
	firstBits *keyBits
	// groups lists the names of each group.
	groups [][]int32
}

func (e *equivalents) addLine(line string) {
	if hub, members, ok := strings.Cut(line, ":"); ok {
		// "Big Four: Deloitte; PwC = PricewaterhouseCoopers; EY; KPMG":
		// the group's name stands for each member and each member for
		// it, but no member for another (Deloitte is not KPMG).
		for _, m := range strings.Split(members, ";") {
			if strings.TrimSpace(m) != "" {
				e.addLine(hub + "=" + m)
			}
		}
		return
	}
	g := int32(len(e.groups))
	var members []int32
	for _, part := range strings.Split(line, "=") {
		var keys []string
		for _, t := range tokenize(strings.TrimSpace(part), nil) {
			keys = append(keys, t.key)
		}
		if len(keys) == 0 {
			continue
		}
		forms := [][]string{keys}
		if len(keys) == 2 && (keys[1] == "univers" || keys[1] == "colleg" || keys[1] == "institut") {
			// "Keio University" is "Keio" too.
			forms = append(forms, keys[:1])
		}
		for _, f := range forms {
			n := int32(len(e.names))
			e.names = append(e.names, f)
			e.group = append(e.group, g)
			e.first[f[0]] = append(e.first[f[0]], n)
			if e.firstBits == nil {
				e.firstBits = new(keyBits)
			}
			e.firstBits.add(f[0])
			members = append(members, n)
		}
	}
	if len(members) >= 2 {
		e.groups = append(e.groups, members)
		return
	}
	// One name is no group: forget it.
	for _, n := range members {
		k := e.names[n][0]
		e.first[k] = e.first[k][:len(e.first[k])-1]
	}
	e.names, e.group = e.names[:len(e.names)-len(members)], e.group[:len(e.group)-len(members)]
}

// synonymTable is the WordNet table, read on first use.
type synonymTable struct {
	once sync.Once
	m    map[string][]string
}

var synonymsOnce synonymTable

// synonyms returns the words WordNet gives as synonyms or related forms
// of w (folded, lower-case), only words of the embedded English lists.
func (l *Lists) synonyms(w string) []string { return synonymTableOf(w) }

// synonymTableOf returns the synonyms of w from the embedded table, built
// on first use.
func synonymTableOf(w string) []string { return synonymWords()[w] }

// synonymWords is the embedded table of synonyms by word, built on first
// use.
func synonymWords() map[string][]string {
	synonymsOnce.once.Do(func() {
		b, err := listFiles.ReadFile("lists/" + SynonymsFile)
		if err != nil {
			panic("personalize: embedded synonyms: " + err.Error())
		}
		m := make(map[string][]string, 16000)
		for _, line := range strings.Split(string(b), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			f := strings.Fields(line)
			m[f[0]] = f[1:]
		}
		synonymsOnce.m = m
	})
	return synonymsOnce.m
}

// synonymKeys returns the keys (stems) of the synonyms of w, worked out
// once per word.
func (l *Lists) synonymKeys(w string) []string {
	if v, ok := synonymKeyCache.Load(w); ok {
		return v.([]string)
	}
	syns := l.synonyms(w)
	if len(syns) == 0 {
		syns = baseSynonyms(w) // "babies" has the synonyms of "baby"
	}
	if len(syns) == 0 {
		return nil // not kept: the cache holds only the table's words and their forms
	}
	keys := make([]string, len(syns))
	for i, syn := range syns {
		keys[i] = stem(syn)
	}
	synonymKeyCache.Store(strings.Clone(w), keys)
	return keys
}

// baseForms returns the words w may be a regular inflection of, by
// WordNet's rules of detachment (morphy): "babies" of "baby", "boxes" of
// "box", "secured" of "secure", "hedging" of "hedge" and "hedg". The
// table lists base forms only.
func baseForms(w string) []string {
	var out []string
	for _, r := range detachments {
		if len(w) > len(r[0])+2 && strings.HasSuffix(w, r[0]) {
			out = append(out, w[:len(w)-len(r[0])]+r[1])
		}
	}
	return out
}

// baseSynonyms returns the synonyms of the first of baseForms(w) that
// has any, making no string of the forms it looks up.
func baseSynonyms(w string) []string {
	table := synonymWords()
	var buf [64]byte
	for _, r := range detachments {
		if len(w) > len(r[0])+2 && strings.HasSuffix(w, r[0]) {
			b := append(append(buf[:0], w[:len(w)-len(r[0])]...), r[1]...)
			if syns := table[string(b)]; len(syns) > 0 {
				return syns
			}
		}
	}
	return nil
}

// detachments are morphy's suffix rules for nouns and verbs, ending and
// replacement, most specific first.
var detachments = [][2]string{
	{"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
	{"es", "e"}, {"es", ""}, {"s", ""}, {"ied", "y"}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""},
}

// synonymKeyCache holds synonymKeys' answers for the words of the table,
// which is fixed: they never change, and there are at most as many as
// its lines.
var synonymKeyCache sync.Map

// equivalentRuns finds the runs of line tokens that are a name of the
// equivalents lists, and calls fn with the run and each other name of its
// group.
func (l *Lists) equivalentRuns(toks []lineTok, fn func(first, last int, other []string)) {
	e := &l.equiv
	for i := range toks {
		if e.firstBits == nil || !e.firstBits.hasBit(toks[i].keyBitOf()) {
			continue
		}
		for _, n := range e.first[toks[i].key] {
			name := e.names[n]
			if !nameAt(toks, i, name) {
				continue
			}
			for _, m := range e.groups[e.group[n]] {
				if m != n {
					fn(i, i+len(name)-1, e.names[m])
				}
			}
		}
	}
}

// mayStart reports whether key may be the first key of a name (whether
// first may hold it).
func (e *equivalents) mayStart(key string) bool {
	return e.firstBits != nil && e.firstBits.has(key)
}

// keyBits is a set of hashes of whole keys.
type keyBits [1 << 16 / 64]uint64

func keyBit(k string) uint16 { return fold16(fnv32(k)) }

func (b *keyBits) add(k string) {
	i := keyBit(k)
	b[i/64] |= 1 << (i % 64)
}

func (b *keyBits) has(k string) bool {
	return b.hasBit(keyBit(k))
}

// hasBit is has of a key whose keyBit is i.
func (b *keyBits) hasBit(i uint16) bool {
	return b[i/64]&(1<<(i%64)) != 0
}

// bitsOfKeys is the keyBits of the keys of m, which must not change
// after: a filter asked before m about a line word's key (keyBitOf).
func bitsOfKeys[V any](m map[string]V) *keyBits {
	b := new(keyBits)
	for k := range m {
		b.add(k)
	}
	return b
}

// keyBitOf is keyBit(t.key), worked out on the first call for the line
// word: a check asks four sets or five about each word of its line, and
// hashing its key each time was a few per cent of a check. A line word's
// key does not change once classify has made it.
func (t *lineTok) keyBitOf() uint16 {
	if !t.bitSet {
		t.bit, t.bitSet = keyBit(t.key), true
	}
	return t.bit
}

// standsForA reports whether the one-word name key (an abbreviation's
// key) stands for a name whose last key is last: "PQE" stands for
// "post-qualification experience", a kind of experience.
func (e *equivalents) standsForA(key, last string) bool {
	for _, n := range e.first[key] {
		if len(e.names[n]) != 1 {
			continue
		}
		for _, m := range e.groups[e.group[n]] {
			if ks := e.names[m]; len(ks) > 1 && ks[len(ks)-1] == last {
				return true
			}
		}
	}
	return false
}

// isName reports whether the keys are a name of the lists: "M&A" is.
func (e *equivalents) isName(keys ...string) bool {
	for _, n := range e.first[keys[0]] {
		if slices.Equal(e.names[n], keys) {
			return true
		}
	}
	return false
}

// spells reports whether a long form of the one-word name key (an
// abbreviation's) has the word word: "timber" of CLT, "cross-laminated
// timber".
func (e *equivalents) spells(key, word string) bool {
	for _, n := range e.first[key] {
		if len(e.names[n]) != 1 {
			continue
		}
		for _, m := range e.groups[e.group[n]] {
			if slices.Contains(e.names[m], word) {
				return true
			}
		}
	}
	return false
}
