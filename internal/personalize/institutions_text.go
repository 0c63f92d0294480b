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
			letter, root := false, false
			for q := max(0, p-3); q < min(len(seg.toks), p+7); q++ {
				ft := &seg.toks[q]
				if q == p || !ft.capital || len(ft.lower) < 3 {
					continue
				}
				if slices.ContainsFunc(initials, func(b byte) bool { return sameInitial(b, ft.lower[0]) }) {
					letter = true
				}
				if slices.ContainsFunc(names, func(w string) bool { return len(w) >= 4 && sharedRoot(w, ft.lower) }) {
					root = true
				}
			}
			if letter && root {
				return true, seg.entry
			}
		}
	}
	return false, -1
}
