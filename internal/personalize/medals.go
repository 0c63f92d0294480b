package personalize

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/kljensen/snowball/english"
)

// medalColours are the medals an award gives, by rank, in English,
// French, Spanish, Italian, German, Portuguese and Polish (French "or",
// gold, is read after "d'" only: see medalColour).
var medalColours = map[string]int{"gold": 1, "silver": 2, "bronze": 3, "argent": 2, "oro": 1, "plata": 2, "bronce": 3,
	"argento": 2, "bronzo": 3, "silber": 2, "prata": 2, "zloty": 1, "zlota": 1, "zloto": 1, "srebrny": 2, "srebrna": 2,
	"srebro": 2, "brazowy": 3, "brazowa": 3}

// medalNouns say a medal was won: "your World Beer Cup medal", "la
// médaille d'argent".
var medalNouns = wordSet("medal medals medallist medalist medallists medalists medaille medailles medalla medallas " +
	"medaglia medaglie medalha medalhas")

// medalColour is the rank of the medal t, a word of src, names by its
// colour, or 0.
func medalColour(t *token, src string) int {
	if t.lower == "or" && !strings.HasSuffix(src[:t.start], "d'") && !strings.HasSuffix(src[:t.start], "d’") {
		return 0 // "or" is gold only in "médaille d'or"
	}
	return colourRank(t.lower) // lower is folded: "złoty" is "zloty"
}

// medalWord reports whether t is a medal's noun, in any of those
// languages.
func medalWord(t *token) bool {
	return medalNouns[t.lower]
}

// medalProblems returns a sentence for a medal the line gives that the
// profile's sentences of what it names do not: "the GABF silver" where
// the beer "won gold at the Great American Beer Festival", or "your World
// Beer Cup medal" where they judged at it.
func (c *claimCheck) medalProblems() []string {
	var out []string
	for i := range c.toks {
		t := &c.toks[i]
		if t.scope || t.flags&flagMedal == 0 && t.lower != "or" {
			continue // a cheap look first: every word is seen
		}
		colour := medalColour(&t.token, c.line)
		if colour == 0 && !medalWord(&t.token) {
			continue
		}
		if n := i + 1; colour != 0 && n < len(c.toks) && !breaksAt(&c.toks[n].token) && !c.toks[n].fn && !medalWord(&c.toks[n].token) {
			continue // "the Tropicana gold project": a metal, "gold standard"
		}
		// The thing the medal is of: the reference nearest it, with its
		// sentence and, for an award, its whole entry ("World Beer Cup
		// 2022 - Bronze").
		cl := c.nearestRef(i) // none when the profile's own words say it: "Gold Award"
		if cl == nil {
			continue
		}
		var has []string
		collect := func(s *segment, lo, hi int) {
			for p := lo; p < hi; p++ {
				if w := &s.toks[p]; medalColour(w, s.src) != 0 || medalWord(w) || eventWords[w.lower] == eventWin {
					has = append(has, w.lower)
				}
			}
		}
		for s, span := range c.idx.clusterSentence(cl) {
			collect(s, span[0], span[1])
		}
		if e := c.idx.segs[cl.seg].entry; awardEntry(e) {
			for si := range c.idx.segs {
				if s := &c.idx.segs[si]; s.entry == e {
					collect(s, 0, len(s.toks))
				}
			}
		}
		if c.medalNamed(i) {
			continue // "a World Beer Cup bronze" where that entry has the bronze
		}
		switch {
		case len(has) == 0 && colour == 0 && !awardEntry(c.idx.segs[cl.seg].entry):
			// An award with no colour ("Best Lager, World Beer Cup")
			// may be the gold; judging at it is no medal.
			out = append(out, fmt.Sprintf("Says %q, but their profile gives no medal for what the line names: say what it says.", t.lower))
		case colour != 0 && !slices.ContainsFunc(has, func(w string) bool { return colourRank(w) == colour }) && slices.ContainsFunc(has, func(w string) bool { return colourRank(w) != 0 }):
			i := slices.IndexFunc(has, func(w string) bool { return colourRank(w) != 0 })
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.", t.lower, has[i]))
		}
	}
	return out
}

// medalNamed reports whether an entry of the profile has the line's medal
// word toks[i] and the words of what it names just before it: "World
// Beer Cup" of "a World Beer Cup bronze".
func (c *claimCheck) medalNamed(i int) bool {
	var keys []string
	for k := i - 1; k >= 0 && k >= i-4 && !breaksAt(&c.toks[k+1].token); k-- {
		if t := &c.toks[k]; !t.fn && t.key != "" && !t.scope {
			keys = append(keys, t.key)
		}
	}
	if len(keys) == 0 {
		return false
	}
	for _, o := range c.idx.post[c.toks[i].key] {
		if e := c.idx.segs[o.seg].entry; e >= 0 && c.idx.entryHolds(e, keys) {
			return true
		}
	}
	return false
}

// awardWordOff returns a word the line gives an award, written in small
// letters before its noun, that the award's entry does not have: "paper"
// of "the best paper award" where the profile's is the "Best Poster
// Award"; "" when there is none.
func (c *claimCheck) awardWordOff(first, last int, seg *segment) string {
	if !awardEntry(seg.entry) {
		return ""
	}
	// In an award written in another language, only the words whose
	// translations the validator knows are looked for: "the Ecovin
	// sustainability prize" may be a "Nachhaltigkeitspreis", "the SCF
	// talk prize" is no "Prix du mémoire".
	foreign := c.idx.entryInOtherLanguage(seg.entry, c.lists)
	for k := first + 1; k <= last; k++ {
		if !awardNouns[c.toks[k].lower] || c.toks[k].lower == "year" || c.toks[k].capital {
			continue
		}
		for j := k - 1; j >= first && j >= k-3; j-- {
			t := &c.toks[j]
			if t.fn || t.capital || t.number || t.key == "" || breaksAt(&c.toks[j+1].token) {
				break
			}
			if c.lists.isCommon(t.key) || c.idx.entryHolds(seg.entry, []string{t.key}) || slices.ContainsFunc(c.lists.synonymKeys(t.lower), func(k string) bool { return c.idx.entryHolds(seg.entry, []string{k}) }) ||
				thesisNouns[t.lower] && (slices.ContainsFunc(thesisKeys(), func(k string) bool { return c.idx.entryHolds(seg.entry, []string{k}) }) || c.idx.entryHasThese(seg.entry)) ||
				talkNouns[t.lower] && slices.ContainsFunc(talkKeys(), func(k string) bool { return c.idx.entryHolds(seg.entry, []string{k}) }) {
				continue // "the thesis prize" for a "Prix du mémoire"
			}
			if foreign && !thesisNouns[t.lower] && !talkNouns[t.lower] {
				continue
			}
			if r, _ := rankAt(&t.token, nil); r > 0 && c.idx.entryRanks(seg.entry, r) {
				continue // "first prize" for their "1st prize"
			}
			return t.lower
		}
	}
	return ""
}

// colourRank is the rank of a medal's colour word, or 0; "or" is gold
// where medalColour has read it after "d'", as the words collected from
// the profile have been.
func colourRank(w string) int {
	if w == "or" {
		return 1
	}
	return medalColours[w]
}

// nameWordOff returns a capitalised word of the name the line gives
// toks[first..last] that the entry of seg (or seg, outside entries) does
// not have: "the ArcGIS Pro Expert exam" for their "ArcGIS Pro
// Professional" certification; or "".
func (c *claimCheck) nameWordOff(first, last int, seg *segment) string {
	for k := first; k <= last; k++ {
		t := &c.toks[k]
		if !t.capital || t.sentStart || t.fn || t.number || t.acronym || t.key == "" || t.scope {
			continue
		}
		keys := []string{t.key}
		if seg.entry >= 0 && c.idx.entryHolds(seg.entry, keys) || holdsAll(seg.toks, 0, len(seg.toks)-1, keys) ||
			slices.ContainsFunc(c.idx.typoOf(t.key, nil), func(o occ) bool {
				return &c.idx.segs[o.seg] == seg || seg.entry >= 0 && c.idx.segs[o.seg].entry == seg.entry
			}) {
			continue // "Ashhurst" for "Ashurst": a typo of its word
		}
		return t.lower
	}
	return ""
}

// entryInOtherLanguage reports whether a field of the entry is written in
// another language: two words or more of it are everyday words or
// function words of other languages ("Prix de l'innovation des ..."), or
// a word of it is or ends in another language's word for a prize
// ("FKG-Nachwuchspreis", "Ambachtsprijs").
func (x *Index) entryInOtherLanguage(entry int32, lists *Lists) bool {
	for i := range x.segs {
		seg := &x.segs[i]
		if seg.entry != entry {
			continue
		}
		n := 0
		for p := range seg.toks {
			w := seg.toks[p].lower
			if lists.foreign[w] || seg.toks[p].fn && !english.IsStopWord(w) {
				n++
			}
			if slices.ContainsFunc(prizeWords, func(pw string) bool { return w == pw || len(pw) >= 5 && strings.HasSuffix(w, pw) }) {
				return true
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// awardYearLinks join an award's year to its name: "your 2019 prize from
// the ...".
var awardYearLinks = wordSet("the a an your from of by for")

// awardWord reports whether t is a word of an award's name or links one
// to its year.
func awardWord(t *lineTok) bool {
	return awardYearLinks[t.lower] || awardNouns[t.lower] || thesisNouns[t.lower]
}

// talkNouns are the line's words for a talk; talkKeys the keys of
// talkWords, a talk in other languages.
var (
	talkNouns = wordSet("talk talks presentation lecture speech")
	talkKeys  = sync.OnceValue(func() []string {
		var ks []string
		for _, w := range talkWords {
			ks = append(ks, stem(w))
		}
		return ks
	})
)

// entryHasThese reports whether a field of the entry has the French
// "thèse", which folds to the English "these" the index leaves out.
func (x *Index) entryHasThese(entry int32) bool {
	return x.theseIn(func(s *segment) bool { return s.entry == entry })
}

// hasThese reports whether a field of their own has "thèse".
func (x *Index) hasThese() bool {
	return x.theseIn(func(s *segment) bool { return s.kind == segSpecific || s.kind == segMailMerge })
}

// theseIn reports whether a field that in holds has "thèse" or "thèses".
func (x *Index) theseIn(in func(*segment) bool) bool {
	for i := range x.segs {
		seg := &x.segs[i]
		if !in(seg) {
			continue
		}
		for p := range seg.toks {
			if w := seg.src[seg.toks[p].start:seg.toks[p].end]; strings.EqualFold(w, "thèse") || strings.EqualFold(w, "thèses") {
				return true
			}
		}
	}
	return false
}

// receiveWords say an award was received: "the award you picked up in
// 2019".
var receiveWords = wordSet("received receiving got picked collected accepted earned took given presented scooped")

// entryRanks reports whether a field of the entry gives the place r in
// any of the ways placeRank reads ("1st", "1°", "2.º", "zweiter").
func (x *Index) entryRanks(entry int32, r int) bool {
	if entry < 0 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(x.entryText(entry))) {
		if placeRank(strings.TrimRight(w, ",;:")) == r {
			return true
		}
	}
	return false
}
