package personalize

import (
	"unicode"
	"unicode/utf8"
)

// employerInitials adds to buf where acr spells the initials of an
// employer's name ("Commonwealth Bank of Australia" for "CBA").
func (x *Index) employerInitials(acr string, buf []occ) []occ {
	for si := range x.segs {
		if x.segs[si].label != "current company" {
			continue
		}
		if p, ok := initialsIn(x.segs[si].toks, acr); ok {
			buf = append(buf, occ{seg: int32(si), pos: int32(p)})
		}
	}
	return buf
}

// pairInitialsIn is pairInitials in one field's words.
func pairInitialsIn(toks []token, acr string) bool {
	for i := 0; i+1 < len(toks); i++ {
		a, b, and := &toks[i], &toks[i+1], false
		if b.lower == "and" && i+2 < len(toks) {
			b, and = &toks[i+2], true
		}
		if (and || a.capital && b.capital) && a.lower != "" && b.lower != "" && a.lower[0] == acr[0] && b.lower[0] == acr[1] {
			return true
		}
	}
	return false
}

// capitalsIn returns the position of a word of seg written in parts whose
// capitals spell acr: "GlaxoSmithKline" for GSK, "AstraZeneca" for AZ.
func capitalsIn(seg *segment, acr string) (int, bool) {
	for i := range seg.toks {
		t := &seg.toks[i]
		if !t.mixedCaps || t.acronym || t.lower == "" || t.lower[0] != acr[0] {
			continue
		}
		k := 0
		for _, r := range seg.src[t.start:t.end] {
			if !unicode.IsUpper(r) {
				continue
			}
			if k >= len(acr) || unicode.ToLower(r) != rune(acr[k]) {
				k = -1
				break
			}
			k++
		}
		if k == len(acr) && k >= 2 {
			return i, true
		}
	}
	// A run of two or three capitalised words, one of them in mixed case,
	// by all their capitals: "Royal HaskoningDHV" for RHDHV.
	for i := range seg.toks {
		if t := &seg.toks[i]; !t.capital || t.lower == "" || t.lower[0] != acr[0] {
			continue
		}
		var b [16]byte
		caps, mixed := b[:0], false
		for j := i; j < len(seg.toks) && j < i+3; j++ {
			t := &seg.toks[j]
			if !t.capital && !t.mixedCaps || j > i && breaksAt(t) {
				break
			}
			mixed = mixed || t.mixedCaps
			for _, r := range seg.src[t.start:t.end] {
				if unicode.IsUpper(r) && r < utf8.RuneSelf {
					caps = append(caps, byte(unicode.ToLower(r)))
				}
			}
			if mixed && j > i && string(caps) == acr {
				return i, true
			}
		}
	}
	return 0, false
}
