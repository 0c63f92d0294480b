package personalize

import (
	"slices"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// A line may place their work by its continent or region ("rare
// experience outside Asia", "across Latin America") where the profile
// names only the country: a region that holds a country of the profile
// is on the profile. The regions and what they hold are the UN M.49
// areas of the Unicode CLDR tables in golang.org/x/text.

// regionWords are the keys of the words that name a UN M.49 area.
var regionWords = map[string]string{
	"asia": "142", "asian": "142", "europ": "150", "european": "150", "africa": "002", "african": "002",
	"oceania": "009", "america": "019", "americ": "019", "latin": "419", "caribbean": "029",
	"scandinavia": "154", "nordic": "154", "balkan": "039",
	// "Southeast Asia", "South-East Asia": "south" and "east" are words
	// of places everywhere, and name no area alone.
	"southeast": "035", "southeastern": "035",
	// The European Union, a grouping of CLDR's tables beside the areas.
	"eu": "EU",
}

var (
	countryRegionsOnce sync.Once
	// countryRegions maps the key of a country's one-word English name
	// to its region.
	countryRegions map[string]language.Region
	// regionKeys holds the keys of countryRegions by region.
	regionKeys map[language.Region][]string
)

// regionHolds reports whether the area a line word keyed key names
// holds a country the profile names.
func (x *Index) regionHolds(key string) bool {
	code, ok := regionWords[key]
	if !ok {
		return false
	}
	area, err := language.ParseRegion(code)
	if err != nil {
		return false
	}
	return x.namesCountry(func(t *token, r language.Region) bool { return area.Contains(r) })
}

// namesCountry reports whether a word of the candidate's own fields names
// a country (by its name, or its people or language) for which match
// holds.
func (x *Index) namesCountry(match func(t *token, r language.Region) bool) bool {
	buildCountryRegions()
	for si := range x.segs {
		if s := &x.segs[si]; s.kind == segContext || s.kind == segVocab {
			continue
		}
		for k := range x.segs[si].toks {
			t := &x.segs[si].toks[k]
			if r, ok := regionOf(t.key, t.capital); ok && match(t, r) {
				return true
			}
		}
	}
	return false
}

// regionOf returns the country a word's key names by its name, its
// people or its language, in English or, for a capitalised word, in
// another language ("Polska", "Deutschland").
func regionOf(key string, capital bool) (language.Region, bool) {
	buildCountryRegions()
	r, ok := countryRegions[key]
	if !ok && capital {
		if c := countryKey(key); c != "" {
			r, ok = countryRegions[c]
		}
	}
	return r, ok
}

// buildCountryRegions fills countryRegions on first use.
func buildCountryRegions() {
	countryRegionsOnce.Do(func() {
		countryRegions = map[string]language.Region{}
		en := display.English.Regions()
		langs := display.English.Languages()
		eachCountry(func(r language.Region) {
			if r.Canonicalize() != r {
				return // "DD", "FX": a code replaced by another, "DE", "FR"
			}
			if name := en.Name(r); name != "" {
				countryRegions[stem(fold(name))] = r
			}
			// The language of the country, when it is the country's
			// most of all ("Vietnamese", "Thai"; not "English"), names
			// its market: "the Vietnamese launch" is in Southeast Asia.
			lang, _ := language.Make("und-" + r.String()).Base()
			if back, _ := language.Make(lang.String()).Region(); back == r {
				if name := langs.Name(lang); name != "" && !strings.Contains(name, " ") {
					countryRegions[stem(fold(name))] = r
				}
			}
		})
		// Its people, by the English rules of their names ("Senegalese",
		// "Kenyan", "Brazilian", "Pakistani", "Italian"), where no other
		// name has the word.
		for _, pass := range demonymRules {
			eachCountry(func(r language.Region) {
				if r.Canonicalize() != r {
					return
				}
				name := fold(en.Name(r))
				if name == "" || strings.Contains(name, " ") {
					return
				}
				for _, rule := range pass {
					if base, ok := strings.CutSuffix(name, rule[0]); ok && len(base) >= 3 {
						if k := stem(base + rule[1]); countryRegions[k] == (language.Region{}) {
							countryRegions[k] = r
						}
					}
				}
			})
		}
		regionKeys = map[language.Region][]string{}
		for k, r := range countryRegions {
			regionKeys[r] = append(regionKeys[r], k)
		}
		for _, keys := range regionKeys {
			slices.Sort(keys)
		}
	})
}

// demonymRules make the name of a country's people from its name: the
// end to take off (if any) and the end to put on, the commonest rules
// first so that "Nigerian" is Nigeria's, not Niger's.
var demonymRules = [][][2]string{
	{{"a", "an"}},
	{{"", "ese"}, {"", "ian"}, {"", "an"}, {"", "i"}, {"y", "ian"}, {"a", "ian"}, {"e", "ian"}, {"a", "ese"},
		{"o", "an"}, {"ey", "ish"}, {"on", "ese"}, {"as", "an"}, {"ium", "ian"}},
}

// countryNameKeys returns the keys of the names of the country the word
// keyed key names by its people or its language, itself included, or nil.
func countryNameKeys(key string) []string {
	buildCountryRegions()
	if r, ok := countryRegions[key]; ok {
		return regionKeys[r]
	}
	return nil
}

// countryOnProfile reports whether the line word keyed key names a country
// by its people or its language ("French", "Vietnamese"), and the profile
// names that country ("France"): "French champion" for "championne de
// France".
func (x *Index) countryOnProfile(key string) bool {
	buildCountryRegions()
	r, ok := countryRegions[key]
	return ok && x.namesCountry(func(t *token, tr language.Region) bool { return tr == r && t.key != key && t.capital })
}
