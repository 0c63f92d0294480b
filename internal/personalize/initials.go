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

// spelledOut reports whether the name toks[i..j] of the line is written
// out where the profile gives its initials only: "the International
// Association for Food Protection meeting" for "IAFP Annual Meeting",
// "Avalanche Skills Training 2 courses" for "AST 2 courses". Its
// capitalised words, with or without the small words between them, give
// three letters or more that the profile writes as an acronym, and any
// number in it is on the profile too.
func (x *Index) spelledOut(toks []lineTok, i, j int) bool {
	var short, long []byte
	for k := i; k <= j; k++ {
		t := &toks[k]
		switch {
		case t.number:
			if !x.has(t.key) {
				return false
			}
		case t.lower == "":
		case connectors[t.lower] || t.fn && !t.capital:
			long = append(long, t.lower[0])
		case !t.capital:
			return false
		default:
			short, long = append(short, t.lower[0]), append(long, t.lower[0])
		}
	}
	if len(short) < 3 {
		return false
	}
	return x.acronymOnProfile(string(short)) || len(long) > len(short) && x.acronymOnProfile(string(long))
}

// acronymOnProfile reports whether the profile writes acr, in lower case,
// as an acronym in their own words.
func (x *Index) acronymOnProfile(acr string) bool {
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segContext {
			continue
		}
		for p := range seg.toks {
			if t := &seg.toks[p]; t.acronym && t.lower == acr {
				return true
			}
		}
	}
	return false
}

// spelledEndsAt reports whether a name the profile gives in initials
// ends at the line's word toks[k], written out ("the American
// Association of Avian Pathologists meeting" for "AAAP Annual Meeting").
func (x *Index) spelledEndsAt(toks []lineTok, k int) bool {
	i := k
	for i > 0 && !breaksAt(&toks[i].token) && (toks[i-1].capital && !toks[i-1].fn || connectors[toks[i-1].lower]) {
		i--
	}
	for i < k && connectors[toks[i].lower] {
		i++
	}
	return k-i >= 2 && x.spelledOut(toks, i, k)
}
