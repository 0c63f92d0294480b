package personalize

import (
	"slices"
	"strings"
)

// contentKeys are the keys of the words of toks[first..last] that say
// what the event is about: not function words, not the words common to
// every profile, not the event words.
func (c *claimCheck) contentKeys(first, last int, kind eventKind) []int {
	var out, where, places, given []int
	for k := first; k <= last; k++ {
		t := &c.toks[k]
		if kind == eventRole && t.capital && !t.sentStart && !roleWords[t.lower] && k > first && c.toks[k-1].lower == "in" && c.idx.locationHas(t.key) {
			places = append(places, k) // "becoming head of yard at Ar Vag in Douarnenez": where the post is
			continue
		}
		if kind == eventRole && t.capital && !t.sentStart && !roleWords[t.lower] && c.employerWord(t.key) {
			where = append(where, k) // "promoted to head of cargo at Northgate", "Northgate's head of cargo": where, not what
			continue
		}
		if kind == eventWin && t.capital && !t.sentStart && !exemptCaps[t.lower] && k > first && c.toks[k-1].lower == "in" && c.hasAward(first, k-1) && !c.inAwardEntry(t.key) {
			given = append(given, k) // "the best paper award at EEM22 in Ljubljana": where it was given, which an award's entry seldom says
			continue
		}
		if kind == eventWin && c.atEmployer(first, k) {
			where = append(where, k) // "winning the Hampshire Hospitals contract at Berendsen": where, not what
			continue
		}
		if kind == eventRole && postNouns[t.lower] && c.hasRole(first, last) {
			continue // "a step up into a director seat": the post is the director's, however called
		}
		if kind == eventRole && !t.fn && (roleWords[t.lower] || c.hasRole(first, last) && content(&t.token)) {
			out = append(out, k) // "promoted to head of department": the post, however written
			continue
		}
		if kind == eventWin && t.capital && !t.sentStart && !t.fn && c.lists.isCommon(t.key) && (!awardNouns[t.lower] || t.lower == "year") &&
			!strings.HasSuffix(t.lower, "s") && c.inName(first, k) {
			// "the Chief Nurse's Award for Leadership": a word of the
			// award's name, however everyday, is part of what they won.
			out = append(out, k)
			continue
		}
		if t.fn || t.key == "" || c.lists.isCommon(t.key) || eventWords[t.lower] != eventNone || exemptCaps[t.lower] {
			continue
		}
		if t.lower == "exam" || t.lower == "exams" || t.lower == "recent" || t.lower == "new" || t.lower == "this" || t.lower == "last" {
			continue
		}
		if t.number && (durationUnits[c.nextLower(k)] || isYear(t.key)) {
			continue
		}
		// What the event is about is named by its names, acronyms,
		// figures and rarer words; the everyday words around them may be
		// put another way.
		if !(t.capital && !t.sentStart || t.acronym || t.mixedCaps || t.number) {
			continue
		}
		out = append(out, k)
	}
	for _, k := range given {
		if !c.besideIn(c.toks[k].key, out) {
			out = append(out, k) // "Best Young Baker in Devon": no place the profile gives with the event
		}
	}
	if kind == eventRole && len(out) == 0 && len(where) > 0 {
		// "becoming cheffe de chantier at Ar Vag": the words before the
		// employer are the post, in whatever language.
		for k := first; k < where[0]; k++ {
			if t := &c.toks[k]; !t.fn && t.key != "" && !t.number && !t.capital && eventWords[t.lower] == eventNone {
				out = append(out, k)
			}
		}
	}
	if len(out) == 0 && len(where) == 0 {
		return places // "moved to Washington": the place is all it says
	}
	if len(out) == 0 {
		return where
	}
	return out
}

func (c *claimCheck) nextLower(k int) string {
	if k+1 < len(c.toks) {
		return c.toks[k+1].lower
	}
	return ""
}

// said is the line's words first..last as a message quotes them, without
// the small words at either end: "1st National from Orléans in 2014" of
// "on your 1st National from Orléans in 2014 with".
func (c *claimCheck) said(first, last int) string {
	for first < last && (c.toks[first].fn || possessives[c.toks[first].lower]) {
		first++
	}
	for last > first && c.toks[last].fn {
		last--
	}
	return c.line[c.toks[first].start:c.toks[last].end]
}

// bestOf reports whether toks[first..last] name a prize's category:
// "best presentation", "Best Poster".
func (c *claimCheck) bestOf(first, last int) bool {
	for k := first; k < last; k++ {
		if c.toks[k].lower == "best" && content(&c.toks[k+1].token) && !c.toks[k+1].fn {
			return true
		}
	}
	return false
}

// postNouns call a post a post: "a director seat", "a partner role".
var postNouns = wordSet("seat seats role roles position positions post posts job jobs spot slot")

// keyIn reports whether key is the key of one of the line's words keys
// that is no figure: a word of what the line says was won.
func (c *claimCheck) keyIn(keys []int, key string) bool {
	return slices.ContainsFunc(keys, func(k int) bool { return c.toks[k].key == key && !c.toks[k].number })
}

// inAwardEntry reports whether an award or certificate of theirs holds
// key.
func (c *claimCheck) inAwardEntry(key string) bool {
	for _, o := range c.idx.post[key] {
		if awardEntry(c.idx.segs[o.seg].entry) {
			return true
		}
	}
	return false
}

// besideIn reports whether a field of the profile holds key and the key
// of one of the line's words ks: "Ljubljana" beside "EEM22".
func (c *claimCheck) besideIn(key string, ks []int) bool {
	for _, o := range c.idx.post[key] {
		seg := &c.idx.segs[o.seg]
		for _, k := range ks {
			if c.toks[k].capital && slices.ContainsFunc(seg.toks, func(t token) bool { return t.key == c.toks[k].key }) {
				return true
			}
		}
	}
	return false
}
