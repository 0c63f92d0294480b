package personalize

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A line in another language names countries as its language does
// ("Ungarn und Österreich", "la Hongrie"): the name is found as the
// profile's English one. The names come from the Unicode CLDR tables of
// golang.org/x/text, for the languages recruiters write lines in.

// countryLangs are the languages whose names of countries are read.
var countryLangs = []language.Tag{
	language.German, language.French, language.Spanish, language.Italian, language.Portuguese,
	language.Polish, language.Dutch, language.Czech, language.Slovak, language.Hungarian,
	language.Romanian, language.Swedish, language.Danish, language.Norwegian, language.Finnish,
	language.Turkish, language.Croatian, language.Slovenian,
}

var (
	countryOnce sync.Once
	// countryKeys maps the key of a country's one-word name in another
	// language to the key of its one-word English name.
	countryKeys map[string]string
	// countryStarts holds the keys of countryKeys by their first five
	// letters, for names declined in Polish, Czech and the like.
	countryStarts map[string][]string
	// countryBits are the first three bytes of the keys of countryKeys
	// (see pairOf): a word without its bit names no country, in full or
	// declined, and is not looked up.
	countryBits *pairBits
)

// countryKey returns the key of the English name of the country whose name
// in another language has key k, or "".
func countryKey(k string) string {
	countryOnce.Do(func() {
		countryKeys, countryStarts, countryBits = map[string]string{}, map[string][]string{}, new(pairBits)
		en := display.English.Regions()
		namers := make([]display.Namer, len(countryLangs))
		for i, l := range countryLangs {
			namers[i] = display.Regions(l)
		}
		// The key of a name of one word, as tokenize gives it, without
		// tokenizing five thousand names on a line's first check.
		oneKey := func(s string) string {
			if s == "" || strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				return ""
			}
			return stem(fold(s))
		}
		type name struct{ fk, ek string }
		var names []name
		eachCountry(func(r language.Region) {
			ek := oneKey(en.Name(r))
			if ek == "" {
				return
			}
			for _, n := range namers {
				if fk := oneKey(n.Name(r)); fk != "" && fk != ek {
					names = append(names, name{fk, ek})
				}
			}
		})
		// The lists are built on another core meanwhile (Warm).
		lists := DefaultLists()
		for _, n := range names {
			// Not a word of English too (Norwegian "Island").
			if lists.tier(n.fk) == 0 {
				countryKeys[n.fk] = n.ek
				countryBits.add(n.fk)
				if len(n.fk) >= 5 {
					countryStarts[n.fk[:5]] = append(countryStarts[n.fk[:5]], n.fk)
				}
				if len(n.fk) == 4 || len(n.fk) == 5 {
					// "Indie" (key "indi"): its cases differ at the fifth
					// letter ("Indii").
					countryStarts[n.fk[:4]] = append(countryStarts[n.fk[:4]], n.fk)
				}
			}
		}
	})
	if !countryBits.has(k) {
		return ""
	}
	return countryKeys[k]
}

// eachCountry calls f with each country of the CLDR tables, by its
// two-letter code.
func eachCountry(f func(language.Region)) {
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if r, err := language.ParseRegion(string([]rune{a, b})); err == nil && r.IsCountry() {
				f(r)
			}
		}
	}
}

// countryKeyLoose is countryKey, or for a word of five letters or more,
// the English name's key of a country name it declines: "Hiszpanii" and
// "Włoch" (from "Hiszpania", "Włochy"). The two must share all but the
// last two letters of the name, five at least, and the word may end in
// three letters of its own at most ("Francesco" is no "Francja").
func countryKeyLoose(k string) string {
	if c := countryKey(k); c != "" || len(k) < 5 || !countryBits.has(k) {
		return c
	}
	for _, fk := range countryStarts[k[:5]] {
		n := 0
		for n < len(k) && n < len(fk) && k[n] == fk[n] {
			n++
		}
		if n >= len(fk)-2 && len(k)-n <= 3 && len(fk) >= 6 {
			return countryKeys[fk]
		}
	}
	for _, fk := range countryStarts[k[:4]] {
		// A name of five letters declines only by its Slavic case
		// endings: "Indii" is "Indie", "Chile" is no "China".
		if slavicCases(k, fk, 4) && len(k) <= 6 {
			return countryKeys[fk]
		}
	}
	return ""
}

var (
	nativeOnce sync.Once
	// nativeStems maps the English name of a language recruiters write
	// in ("polish", "dutch") to the first four letters of its name in
	// itself, folded ("pols" of "polski", "nede" of "Nederlands").
	nativeStems map[string]string
)

// nativeStem returns the start of the language's own name for w, the
// English name of a language and its people's adjective ("Polish" for
// "Polskie Koleje Państwowe", "Dutch" for "Nederlandse Spoorwegen"), or "".
func nativeStem(w string) string {
	nativeOnce.Do(func() {
		nativeStems = map[string]string{}
		en := display.English.Languages()
		for _, l := range countryLangs {
			e, self := strings.ToLower(en.Name(l)), fold(strings.ToLower(display.Self.Name(l)))
			e, _, _ = strings.Cut(e, " ") // "norwegian bokmål"
			if len(self) >= 4 && !strings.HasPrefix(self, e[:min(4, len(e))]) {
				nativeStems[e] = self[:4]
			}
		}
	})
	return nativeStems[w]
}
