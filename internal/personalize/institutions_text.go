package personalize

import (
	"slices"
	"strings"
)

// translatedInText reports whether a sentence of the profile names, around
// a word for a kind of institution in another language, the institution
// the line names in English: the kind is one of kinds, a capitalised word
// near it starts with an initial of the line's distinctive words, and one
// shares its root with a word of the line's name ("the Spanish Society of
// Cardiology" for "... de la Sociedad Española de Cardiología en IFEMA").
// The entry of that sentence is returned (-1 when none).
func (x *Index) translatedInText(kinds []string, initials []byte, names []string, lists *Lists) (bool, int32) {
	if len(initials) == 0 {
		return false, -1
	}
	said := make([]func(string) bool, len(names))
	for n, w := range names {
		said[n] = rootOrConcept(w)
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind != segSpecific || seg.namesInstitution() {
			continue
		}
		for p := range seg.toks {
			compound := false
			if !seg.toks[p].capital {
				// "Astrid Lindgrens barnsjukhus": a kind closed into a
				// compound, in lower case after the name.
				if compound = p > 0 && seg.toks[p-1].capital && !seg.toks[p-1].sentStart && kindCompound(seg.toks[p].lower, kinds); !compound {
					continue
				}
			} else if stem, ok := kindWord(seg.toks[p].lower); !ok || !slices.Contains(kinds, stem) {
				continue
			}
			letter := false
			rooted := make([]bool, len(names))
			for q := max(0, p-3); q < min(len(seg.toks), p+7); q++ {
				ft := &seg.toks[q]
				if q == p || !ft.capital || len(ft.lower) < 3 {
					continue
				}
				if slices.ContainsFunc(initials, func(b byte) bool { return sameInitial(b, ft.lower[0]) }) {
					letter = true
				}
				for n, w := range names {
					rooted[n] = rooted[n] || len(w) >= 4 && said[n](ft.lower)
				}
			}
			// Every long word of the line's name has its root there, but
			// a people's adjective ("Spanish" for "Española"), and one
			// that is not such an adjective does: "Turkish Society of
			// Radiology" for "Türk Radyoloji Derneği", not "Turkish
			// Society of Cardiology".
			root := false
			for n, w := range names {
				if countryNameKeys(stem(w)) != nil {
					continue // "Spanish" for "Española": a people's word, rooted or not
				}
				if compound && !rooted[n] && lists.tier(w) != 0 {
					continue // "Children's" of "barnsjukhus": in the compound, which no root shows
				}
				if !rooted[n] && len(w) >= 4 {
					root = false
					break
				}
				root = root || rooted[n]
			}
			if letter && root {
				return true, seg.entry
			}
		}
	}
	return false, -1
}

// foreignNameBeside reports whether the line's name toks[first..last], of
// two words or more, English words or the profile's, one of them at least
// an English word the profile lacks ("Granary Island", "the National
// Silver Fair"), may be the English for a name the profile gives in its
// own language beside what the line refers to: the sentence of a
// reference the line makes holds a capitalised word the English lists
// lack, the line does not have, and another language has: with letters
// English does not write, or beside a function word English lacks
// ("Wyspa Spichrzów", "Feria Nacional de la Plata"). It is no reference
// either: the validator cannot tell a translation.
func (x *Index) foreignNameBeside(toks []lineTok, first, last int, lists *Lists, kept []cluster) bool {
	words, absent := 0, 0
	for k := first; k <= last; k++ {
		t := &toks[k]
		switch {
		case t.fn || connectors[t.lower]:
		case t.capital && !t.acronym && !t.number && !t.mixedCaps && x.has(t.key):
			words++ // "Granary" for the profile's "granaries"
		case t.capital && !t.acronym && !t.number && !t.mixedCaps && lists.tier(strings.TrimSuffix(t.lower, "'s")) != 0:
			words++
			absent++
		default:
			return false
		}
	}
	if words < 2 || absent == 0 {
		return false
	}
	for _, c := range kept {
		seg := &x.segs[c.seg]
		if seg.kind != segSpecific {
			continue
		}
		lo, hi := int(c.minPos), int(c.maxPos)+1
		for lo > 0 && !seg.toks[lo].sentStart {
			lo--
		}
		for hi < len(seg.toks) && !seg.toks[hi].sentStart {
			hi++
		}
		for p := lo; p < hi; p++ {
			ft := &seg.toks[p]
			if ft.capital && !ft.sentStart && !ft.acronym && !ft.number && !ft.fn && len(ft.lower) >= 4 && lists.tier(ft.lower) == 0 &&
				!x.names[ft.key] && !anyOf(toks, func(t *lineTok) bool { return t.key == ft.key }) &&
				(!isASCII(seg.src[ft.start:ft.end]) || p > 0 && seg.toks[p-1].fn && lists.tier(seg.toks[p-1].lower) == 0 || p+1 < len(seg.toks) && seg.toks[p+1].fn && lists.tier(seg.toks[p+1].lower) == 0) {
				return true // a word of another language: "Spichrzów", "Nacional de"
			}
		}
	}
	return false
}

// kindCompound reports whether w closes with a word of institutionKinds
// of one of kinds, five letters or more, and a case ending or article of
// at most three ("barnsjukhus", "universitetssjukhuset").
func kindCompound(w string, kinds []string) bool {
	for _, k := range kinds {
		for _, kw := range institutionKinds[k] {
			if i := strings.LastIndex(w, kw); len(kw) >= 5 && i > 0 && len(w)-i-len(kw) <= 3 {
				return true
			}
		}
	}
	return false
}
