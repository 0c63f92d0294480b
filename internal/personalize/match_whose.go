package personalize

// What a line credits the candidate with that is not theirs: a client's
// things, someone else's words around a name of their own.

import (
	"slices"
	"strings"
	"unicode"
)

// clientsWord reports whether l is a client's or clients' possessive.
func clientsWord(l string) bool { return l == "client's" || l == "clients'" || l == "client’s" }

// clientsPhrase reports whether toks[i] is in the noun phrase of a
// client's or the recruiter's own ("our client's West Africa expansion",
// "my client's cardiology unit"): what it names is theirs, not the
// candidate's, and refers to nothing on the profile.
func clientsPhrase(toks []lineTok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if clientsWord(toks[k].lower) {
			return k > 0 && (toks[k-1].lower == "our" || toks[k-1].lower == "my" || toks[k-1].lower == "a")
		}
		if toks[k].fn || breaksAt(&toks[k+1].token) || toks[k].flags&flagThirdVerb != 0 {
			return false
		}
	}
	return false
}

// namesSomething reports whether a cluster matches a word that names
// something alone: a name, an initialism or a figure.
func namesSomething(toks []lineTok, c *cluster) bool {
	for i := c.first; i <= c.last; i++ {
		if t := &toks[i]; c.matched.has(i) && (t.capital && !t.sentStart && !t.nounCase && !exemptCaps[t.lower] || t.acronym || t.mixedCaps || t.number && !t.wordNum) {
			return true
		}
	}
	return false
}

// greetingWords counts the matched words of a cluster that are
// greetings or thanks ("Huge congrats"): what anyone says to anyone.
func greetingWords(toks []lineTok, c *cluster) int {
	n := 0
	for i := c.first; i <= c.last; i++ {
		if c.matched.has(i) && exemptCaps[toks[i].lower] {
			n++
		}
	}
	return n
}

// joinedParts counts the matched words of a cluster joined by a hyphen
// to the matched word before them, one of the two three letters or
// fewer: "co-op" is one everyday word, not two ("drone-spraying" is two).
func joinedParts(toks []lineTok, c *cluster) int {
	n := 0
	for i := c.first + 1; i <= c.last; i++ {
		if c.matched.has(i) && c.matched.has(i-1) && toks[i].punctBefore == "-" && min(len(toks[i].lower), len(toks[i-1].lower)) <= 3 {
			n++
		}
	}
	return n
}

// lazyRomance is whether a line is in a Romance language, worked out on
// first use.
type lazyRomance struct{ known, v bool }

func (l *lazyRomance) get(toks []lineTok) bool {
	if !l.known {
		l.known, l.v = true, romanceLine(toks)
	}
	return l.v
}

// borrowed reports whether a cluster found in someone else's part of the
// page matches three or more words of substance that no cluster finds in
// the candidate's own work, weighing a reference together: what the line
// says of them, it takes from someone else. A name (their employer, in a
// mail-merge field) is theirs wherever it is on their part of the page.
func (x *Index) borrowed(toks []lineTok, c *cluster, own tokSet) bool {
	var buf []occ
	w, n := 0.0, 0
	for i := c.first; i <= c.last; i++ {
		t := &toks[i]
		if !c.matched.has(i) || own.has(i) || t.covered {
			continue
		}
		if t.weight == 0 {
			// "solve-tracking": a word of a compound written with a
			// hyphen, as the other account writes it, is no everyday word.
			if !t.fn && !t.stock && (i > c.first && t.punctBefore == "-" && c.matched.has(i-1) || i < c.last && toks[i+1].punctBefore == "-" && c.matched.has(i+1)) {
				w += 0.3
				n++
			}
			continue
		}
		if t.capital || t.acronym {
			buf = x.lookup(t.key, buf)
			if slices.ContainsFunc(buf, func(o occ) bool {
				k := x.segs[o.seg].kind
				return k != segContext && k != segVocab
			}) {
				continue
			}
		}
		w += t.weight
		n++
	}
	return n >= 3 && w*phraseBonus >= specificScore
}

// recruitersOnly reports whether every word the cluster matched is in the
// recruiter's part of the line, or whether it matched only a country's
// code ("UK"): words that credit the candidate with nothing.
func recruitersOnly(toks []lineTok, c *cluster) bool {
	n, codes := 0, 0
	for i := c.first; i <= c.last; i++ {
		if !c.matched.has(i) {
			continue
		}
		n++
		if !toks[i].scope {
			if _, country := regionOf(toks[i].key, true); !countryCodes[toks[i].lower] && !(toks[i].capital && country) {
				return false // "a big step for Japanese silk": a country credits no one
			}
			codes++
		}
	}
	return n > 0 && (codes == 0 || n == codes)
}

// grammarOnly reports whether every word the cluster matched is Japanese
// with kana in it ("と思", "ます"): the grammar around a sentence's words,
// which credits no one with anything.
func grammarOnly(toks []lineTok, c *cluster) bool {
	n := 0
	for i := c.first; i <= c.last; i++ {
		if !c.matched.has(i) {
			continue
		}
		if !toks[i].cjk || !strings.ContainsFunc(toks[i].lower, func(r rune) bool { return unicode.In(r, unicode.Hiragana) }) {
			return false
		}
		n++
	}
	return n > 0
}

// commentWords say the line speaks of something the candidate wrote
// under a post.
var commentWords = wordSet("comment comments reply replies answer answers tip tips remark remarks response")

// commentTopic reports whether the context cluster c is the post the
// candidate answered, where the line speaks of their comment and refers
// to their own reply under it too.
func commentTopic(toks []lineTok, idx *Index, c *cluster, clusters []cluster) bool {
	e := idx.segs[c.seg].entry
	if e < 0 || !anyOf(toks, func(t *lineTok) bool { return commentWords[t.lower] }) {
		return false
	}
	return anyOf(clusters, func(o *cluster) bool {
		s := &idx.segs[o.seg]
		return s.entry == e && s.kind != segContext && o.score >= specificScore
	})
}

// borrowedDeed reports whether a cluster found in someone else's part of
// the page starts with the line's verb of doing or leading (or any verb
// in -ing the other's text has as a verb: "Photographing all 18,000
// objects" where a recommendation says Maja "photographed" them) and matches
// two or more words of what it acts on, when no cluster of the
// candidate's own part has that verb: "Building the Cascadia tremor
// catalogue" where the recommendation they wrote says a colleague "built
// the Cascadia tremor catalogue" and their own entries only name
// Cascadia. The deed is told as someone else's, whatever the candidate's
// part shares with its object.
func borrowedDeed(toks []lineTok, seg *segment, c *cluster, own tokSet) bool {
	verb := -1
	for i := c.first; i <= c.last; i++ {
		if c.matched.has(i) {
			verb = i
			break
		}
	}
	if verb < 0 || own.has(verb) || toks[verb].scope || !toks[verb].in(flagDoVerb, doVerbs) && !toks[verb].in(flagLeadVerb, leadVerbs) && !(gerund(&toks[verb]) && deedAt(seg, c, toks[verb].key)) {
		return false
	}
	n := 0
	for i := verb + 1; i <= c.last; i++ {
		if c.matched.has(i) && !toks[i].fn && toks[i].weight > 0 {
			n++
		}
	}
	return n >= 2
}

// deedAt reports whether the cluster's stretch of seg has key as a verb
// in the past or in -ing ("photographed"), not as a noun ("Engineers").
func deedAt(seg *segment, c *cluster, key string) bool {
	for p := int(c.minPos); p <= int(c.maxPos) && p < len(seg.toks); p++ {
		if t := &seg.toks[p]; t.key == key && verbForm(t.lower) {
			return true
		}
	}
	return false
}
