package personalize

import "strings"

// countsUnitOf reports whether the profile has a figure of the unit after
// the line's number toks[i] with the line's next word after it too: its
// own count of the same thing.
//
// Or with a word of the three before it the same: "back into service in
// just 36 hours" for "to service in 52 hours".
func (x *Index) countsUnitOf(toks []lineTok, i int) bool {
	next := i+2 < len(toks) && !toks[i+2].fn && toks[i+2].key != ""
	for _, f := range x.figs {
		st := x.segs[f.seg].toks
		p := int(f.pos)
		if p+1 >= len(st) || st[p+1].key != toks[i+1].key {
			continue
		}
		if next && p+2 < len(st) && st[p+2].key == toks[i+2].key {
			return true
		}
		for k := max(i-3, 0); k < i; k++ {
			if toks[k].fn || toks[k].number || toks[k].key == "" || breaksAt(&toks[k+1].token) {
				continue
			}
			for q := max(p-3, 0); q < p; q++ {
				if st[q].key == toks[k].key && !st[q].fn {
					return true
				}
			}
		}
	}
	return false
}

// joinedName reports whether toks[k], capitalised, written together with
// the word before or after it in the run first..last is a word of the
// profile: "Next Billion" for "NextBillion", "Data Bricks" for
// "Databricks". It reads the profile's words as written, with no string
// built, as it runs only for a word about to be called absent.
func joinedName(toks []lineTok, k, last int, idx *Index) bool {
	if !toks[k].capital {
		return false
	}
	if k+1 <= last && toks[k+1].capital && toks[k+1].punctBefore == " " && idx.hasJoined(toks[k].lower, toks[k+1].lower) {
		return true
	}
	return k > 0 && toks[k-1].capital && toks[k].punctBefore == " " && idx.hasJoined(toks[k-1].lower, toks[k].lower)
}

// hasJoined reports whether a word of the profile is a and b written
// together.
func (x *Index) hasJoined(a, b string) bool {
	for si := range x.segs {
		for _, t := range x.segs[si].toks {
			if len(t.lower) == len(a)+len(b) && strings.HasPrefix(t.lower, a) && strings.HasSuffix(t.lower, b) {
				return true
			}
		}
	}
	return false
}

// politeYou are the polite "you" and "your", capitalised inside a sentence
// in Polish, German, Spanish and Czech letters ("Pani artykuł", "Ihre
// Arbeit", "Usted", "Váš"). Before a capitalised word they are a title
// with a name ("Pani Kowalska"), whose name is checked.
var politeYou = wordSet("pani pan pana panu pania panem panstwo panstwa panski panska panskie panskiego panskiej panskim pansku sie ihr ihre ihrer ihren ihrem ihres ihnen usted ustedes vas vase vasi vam")
