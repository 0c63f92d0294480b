package personalize

import (
	"strconv"
	"strings"
)

// lineKeys are the keys a check of these tokens looks up in the profile:
// the tokens' own and their four-letter prefixes (the words that support
// claims are always wanted, see Index.wants).
// They are added to m, an empty set, which is returned.
func lineKeys(m keySet, toks []token, lists *Lists) keySet {
	for i := range toks {
		// A name written out for the profile's acronym (spelledNames).
		spellFrom(len(toks), i, func(k int) *token { return &toks[k] }, func(_ int, short, long string) {
			m.add(stem(short))
			m.add(stem(long))
		})
	}
	for i, t := range toks {
		m.add(t.key)
		if t.number && (i > 0 && rankNouns[toks[i-1].lower] && isNumeric(t.key) || milestone(t.key)) {
			m.add(ordinalKey(atoi(t.key))) // "el puesto 14" for "14th" (rankedNumber); "10,000 bathers" for "10,000th" (milestone)
		}
		if v := romanValue(t.lower); v > 0 && len(t.lower) >= 2 && !t.number {
			m.add(strconv.Itoa(v)) // "phase iii" in a line in lower case (restoreCase)
		}
		if t.number {
			if r, _ := rankAt(&t, nil); r > 0 {
				m.add(strconv.Itoa(r)) // "3rd" for "#3"
			}
			if len(t.key) <= 2 {
				m.add("u" + t.key) // "under-13" for "U13"
			}
			if dotGroups(t.lower) {
				m.add(strings.ReplaceAll(t.lower, ".", "")) // "2.156 duiven" for "2,156 birds" (unsupported)
			}
			if i+1 < len(toks) && toks[i+1].lower == "m" {
				m.add(numberKey(t.lower)) // "42 m" for "42-metre" (Index.metresOf)
			}
			if i+1 < len(toks) && toks[i+1].cjk && cjkMetres(cjkRunAt(func(j int) *token { return &toks[j] }, len(toks), i+1)) {
				m.add(numberKey(t.lower))
				m.add(scaled(numberKey(t.lower), 6)) // "4.2メートル" for "4.2m", read as millions (Index.metresOf)
			}
		}
		// The other names of a name of the equivalents lists that the
		// line writes from here, in any script ("Kyoto University" for
		// "京都大学"), as Lists.equivalentRuns finds them.
		var starts []int32 // few keys start a name: see mayStart
		if lists.equiv.mayStart(t.key) {
			starts = lists.equiv.first[t.key]
		}
		for _, n := range starts {
			if !nameAt(toks, i, lists.equiv.names[n]) {
				continue
			}
			for _, o := range lists.equiv.groups[lists.equiv.group[n]] {
				for _, k := range lists.equiv.names[o] {
					m.add(k)
				}
			}
		}
		if t.number || t.cjk || t.fn && !t.acronym {
			continue
		}
		if thesisNouns[t.lower] {
			for _, k := range thesisKeys() {
				m.add(k) // the thesis in the profile's language (Index.lookupOther)
			}
		}
		if rankNouns[t.lower] {
			for _, k := range rankNounKeys {
				m.add(k) // "first place" for the profile's "2. Platz" (ordinalProblems)
			}
		}
		for _, f := range postTranslations[t.lower] {
			m.add(stem(f)) // the post in the profile's language (Index.translatedPost)
		}
		m.addShort(t.key)
		if t.acronym && len(t.lower) >= 2 && isASCII(t.lower) {
			otherOrders(t.lower, func(k string, _ bool) bool {
				m.add(k) // "CCI" for "ICC", "ADN" for "DNA" (Index.reversedAcronym)
				return true
			})
		}
		if t.lower != t.key && !strings.ContainsAny(t.lower, ".'") {
			// A clipped word is looked for as written ("Met", whose key
			// is "meet", for "Metropolitan"; see Index.prefixOf): the
			// full index and a one-off one must find the same words.
			m.addShort(t.lower)
			if len(t.lower) >= 4 && !isDigit(t.lower[0]) {
				m[t.lower[:4]] |= isPrefix
			}
		}
		if i := strings.IndexFunc(t.lower, func(r rune) bool { return '0' <= r && r <= '9' }); i >= 1 {
			m.add(t.lower[:i]) // "NEC4": "NEC" and "4" on the profile; "C4": "Channel 4"
			m.add(t.lower[i:])
		}
		if stem, ok := kindWord(t.lower); ok && t.capital && len(stem) >= 4 {
			m[stem[:4]] |= isPrefix // "Puerto" for a port the profile names (Index.kindSaid)
		}
		if c := countryKey(t.key); c != "" && t.capital {
			m.add(c)
		}
		if t.capital {
			for _, k := range countryNameKeys(t.key) {
				m.add(k) // "France" for "French" (Index.countryOnProfile)
			}
		}
		if c := cognate(t.lower); c != "" {
			m.add(stem(c))
			m.addShort(stem(c))
		}
		if u := umlautFold(t.lower); u != t.lower {
			m.add(stem(u))
			m.addShort(stem(u))
		}
		// The synonyms of the word without an owner's "'s", as
		// Index.lookupOther looks them up ("the school's" for "college").
		for _, k := range lists.synonymKeys(strings.TrimSuffix(t.lower, "'s")) {
			m.add(k)
		}
	}
	return m
}
