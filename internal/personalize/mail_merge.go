package personalize

import "unicode/utf8"

// The words of a profile's mail-merge fields (Index.mailMerge), kept
// with a small filter of their hashes: a check asks about most words of
// its line, and few are in those fields.

// setMailMerge labels the key k as found in a mail-merge field.
func (x *Index) setMailMerge(k, label string) {
	x.mailMerge[k] = label
	x.mailMergeBits.add(k)
}

// mailMergeLabelOf is x.mailMerge[lt.key], looked up only when the bits
// may hold that key.
func (x *Index) mailMergeLabelOf(lt *lineTok) (string, bool) {
	if !x.mailMergeBits.hasBit(lt.keyBitOf()) {
		return "", false
	}
	label, ok := x.mailMerge[lt.key]
	return label, ok
}

// smallKeyBits is a set of hashes of keys, as keyBits is, in 512 bits:
// for a set of a few dozen keys that is cleared often.
type smallKeyBits [8]uint64

func (b *smallKeyBits) add(k string) {
	i := keyBit(k) % 512
	b[i/64] |= 1 << (i % 64)
}

// hasBit reports whether a key whose keyBit is i may be in the set.
func (b *smallKeyBits) hasBit(i uint16) bool {
	i %= 512
	return b[i/64]&(1<<(i%64)) != 0
}

// rootLen is how many first letters two forms of a foreign word share.
const rootLen = 6

// mailMergeRoot returns the label of a mail-merge field that holds
// another form of the line's word w, folded, in a language the word
// lists do not know: the same first six letters, both words of seven
// letters or more ("Ingeniero civil" for a degree in "Ingeniería Civil",
// "przetargach" for the skill "Przetargi publiczne"). Such forms have
// different keys, where English ones share theirs.
func (x *Index) mailMergeRoot(w string) (string, bool) {
	if len(w) <= rootLen {
		return "", false
	}
	if x.only != nil {
		// A one-off index is checked once: a walk of its fields costs
		// less than the map of their roots.
		return x.mailMergeRootOf(w)
	}
	x.rootsOnce.Do(x.addMailMergeRoots)
	for _, f := range x.roots[w[:rootLen]] {
		if otherForm(f.lower, w) {
			return f.label, true
		}
	}
	return "", false
}

// rootForm is a word of a mail-merge field as written in lower case, and
// the field's label.
type rootForm struct{ lower, label string }

// addMailMergeRoots fills x.roots: the words of the mail-merge fields of
// more than rootLen bytes whose folded form is too, by its first rootLen
// bytes, in the order of the segments and their tokens, which is the
// order mailMergeRoot looks at them in.
func (x *Index) addMailMergeRoots() {
	for i := range x.segs {
		seg := &x.segs[i]
		if seg.kind != segMailMerge {
			continue
		}
		for p := range seg.toks {
			o := seg.toks[p].lower
			if len(o) <= rootLen {
				continue
			}
			if f := fold(o); len(f) > rootLen {
				if x.roots == nil {
					x.roots = map[string][]rootForm{}
				}
				x.roots[f[:rootLen]] = append(x.roots[f[:rootLen]], rootForm{o, seg.label})
			}
		}
	}
}

// mailMergeRootOf is mailMergeRoot(w), walking the mail-merge fields'
// words.
func (x *Index) mailMergeRootOf(w string) (string, bool) {
	for i := range x.segs {
		seg := &x.segs[i]
		if seg.kind != segMailMerge {
			continue
		}
		for p := range seg.toks {
			if o := seg.toks[p].lower; len(o) > rootLen && otherForm(o, w) {
				if o = fold(o); len(o) > rootLen && o[:rootLen] == w[:rootLen] {
					return seg.label, true
				}
			}
		}
	}
	return "", false
}

// otherForm reports whether a mail-merge field's word o, in lower case,
// may be another form of the line's folded word w: not w itself, and
// starting with its letter or an accented one.
func otherForm(o, w string) bool { return o != w && (o[0] == w[0] || o[0] >= utf8.RuneSelf) }
