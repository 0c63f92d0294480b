package personalize

import "slices"

// translatedInText reports whether a sentence of the profile names, around
// a word for a kind of institution in another language, the institution
// the line names in English: the kind is one of kinds, a capitalised word
// near it starts with an initial of the line's distinctive words, and one
// shares its root with a word of the line's name ("the Spanish Society of
// Cardiology" for "... de la Sociedad Española de Cardiología en IFEMA").
// The entry of that sentence is returned (-1 when none).
func (x *Index) translatedInText(kinds []string, initials []byte, names []string) (bool, int32) {
	if len(initials) == 0 {
		return false, -1
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind != segSpecific || seg.namesInstitution() {
			continue
		}
		for p := range seg.toks {
			if !seg.toks[p].capital {
				continue
			}
			if stem, ok := kindWord(seg.toks[p].lower); !ok || !slices.Contains(kinds, stem) {
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
					rooted[n] = rooted[n] || len(w) >= 4 && sharedRoot(w, ft.lower)
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
