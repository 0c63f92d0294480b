package personalize

import (
	"slices"
	"strings"
)

// restatesCard reports whether a stretch of their About, a
// recommendation or a post the line matched says only what the card
// says, in everyday words around it: "a Geneva-based conference
// interpreter" for "Conference interpreter based in Geneva", their
// headline and town; "running dry docks" for a recommendation's "our
// docks run on time" under the headline "Dry Dock Manager". Every word it
// matched that weighs more than an everyday word is a word of the card,
// two of them, or one beside one everyday word at most.
func restatesCard(toks []lineTok, idx *Index, c *cluster) bool {
	card := 0
	for i := c.first; i <= c.last; i++ {
		t := &toks[i]
		if !c.matched.has(i) || t.fn || t.weight == 0 {
			continue
		}
		inCard := slices.ContainsFunc(idx.post[t.key], func(o occ) bool {
			s := &idx.segs[o.seg]
			return s.kind == segMailMerge && cardLabels[s.label]
		})
		switch {
		case inCard:
			card++
		case t.weight > weightTier1 || t.number:
			return false
		}
	}
	return card >= 2 || card == 1 && c.weighted <= 2
}

// cardEchoSections are the sections whose words may restate the card:
// their About, and what others wrote of them.
var cardEchoSections = map[string]bool{"about": true, "recommendations": true, "activity": true}

// cardLabels are the fields of the profile's card and current post.
var cardLabels = map[string]bool{"headline": true, "location": true, "current title": true, "current company": true}

// hasOwn is has, in the candidate's own fields only (their team's award
// too): not someone else's post, comment or recommendation, nor a list of
// words.
func (x *Index) hasOwn(key string) bool {
	return x.anyForm(key, func(k string) bool {
		return slices.ContainsFunc(x.post[k], func(o occ) bool {
			s := &x.segs[o.seg]
			return s.kind != segVocab && (s.kind != segContext || s.teamAward())
		})
	})
}

// inEntryFuzzy is inEntry with the key's other forms (see lookup).
func (x *Index) inEntryFuzzy(key string, entry int32) bool {
	return x.anyForm(key, func(k string) bool { return x.inEntry(k, entry) })
}

// anyForm reports whether f holds for key or for one of the profile's
// other forms of it, as lookup finds them ("certification" and
// "certified").
func (x *Index) anyForm(key string, f func(string) bool) bool {
	if f(key) {
		return true
	}
	if len(key) < 4 || isDigit(key[0]) {
		return false
	}
	return slices.ContainsFunc(x.byPrefix[key[:4]], func(k string) bool { return k != key && fuzzyKey(k, key) && f(k) })
}

// countWritten reports whether the reference's field writes the number
// key as a count, with a thousands separator ("1,900 autographs"): a
// line's "1900 autografów" is that count, not a year.
func countWritten(seg *segment, c *cluster, key string) bool {
	for p := c.minPos; p <= c.maxPos && int(p) < len(seg.toks); p++ {
		if t := &seg.toks[p]; t.number && t.key == key && strings.ContainsAny(t.lower, ",. ") {
			return true
		}
	}
	return false
}

// prefixedOwn reports whether the line word t is a prefix joined by a
// hyphen to a word the entry has ("post-delousing" where the entry tells
// of "thermal delousing"): the entry's own word, with a prefix.
func (x *Index) prefixedOwn(line string, t *lineTok, entry int32) bool {
	raw := line[t.start:t.end]
	i := strings.IndexByte(raw, '-')
	if i <= 0 || !hyphenPrefixes[strings.ToLower(raw[:i])] || i+1 >= len(raw) {
		return false
	}
	base := wordOf(raw[i+1:]).key
	if entry < 0 {
		return x.has(base)
	}
	return x.inEntryFuzzy(base, entry)
}
