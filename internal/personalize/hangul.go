package personalize

import (
	"strings"
	"unicode/utf8"
)

// Names written in Hangul are also found by their Revised Romanization, the
// spelling Korean firms and universities mostly give themselves in Latin
// letters: a profile's "하늘인터랙티브" is "Haneul ..." and "홍익대학교" is
// "Hongik ..." to a line written in English. Every run of Hangul is indexed
// by the romanization of each of its starts of two syllables or more, as a
// name in Korean is mostly a word of its own followed by others ("하늘" +
// "인터랙티브", "홍익" + "대학교").

// hangulInitials, hangulVowels and hangulFinals spell the parts of a Hangul
// syllable (U+AC00 + (initial*21 + vowel)*28 + final).
var (
	hangulInitials = strings.Split("g kk n d tt r m b pp s ss - j jj ch k t p h", " ")
	hangulVowels   = strings.Split("a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i", " ")
	hangulFinals   = strings.Split("- k k k n n n t l k m l l l p l m p p t t ng t t k t p t", " ")
)

// hangulSyllable spells one Hangul syllable, its final consonant as at the
// end of a word; ok is false for any other rune.
func hangulSyllable(r rune) (s string, ok bool) {
	if r < 0xAC00 || r > 0xD7A3 {
		return "", false
	}
	n := int(r - 0xAC00)
	ini, vow, fin := hangulInitials[n/(21*28)], hangulVowels[n/28%21], hangulFinals[n%28]
	if ini == "-" {
		ini = ""
	}
	if fin == "-" {
		fin = ""
	}
	return ini + vow + fin, true
}

// addHangul indexes every run of two Hangul syllables or more of segment si
// by the romanization of each of its starts of two syllables or more, at
// the position of the run's token.
func (x *Index) addHangul(si int32) {
	seg := &x.segs[si]
	if len(seg.toks) == 0 {
		return
	}
	// The field's own text: a pasted page's segments share the page.
	src, lo, hi := seg.src, seg.toks[0].start, seg.toks[len(seg.toks)-1].end
	if !hasHangulLead(src[lo:hi]) {
		return
	}
	var b strings.Builder
	var starts []int // where each syllable of the run starts in b
	start, syl := -1, 0
	for i := lo; i <= hi; {
		r, size := rune(0), 1
		if i < hi {
			r, size = utf8.DecodeRuneInString(src[i:])
		}
		s, ok := hangulSyllable(r)
		switch {
		case ok:
			if start < 0 {
				start, syl = i, 0
				b.Reset()
				starts = starts[:0]
			}
			starts = append(starts, b.Len())
			b.WriteString(s)
			syl++
			if syl >= 2 {
				x.addRomanKey(si, start, b.String())
			}
		default:
			if syl >= 2 {
				x.addLoanEnds(si, start, b.String(), starts)
			}
			start, syl = -1, 0
		}
		i += size
	}
}

// addLoanEnds indexes the ends of a run of Hangul, r romanized with its
// syllables starting at starts, by their loan key: the English loanword
// that ends a Korean name ("인터랙티브", interactive, in "하늘인터랙티브")
// is found as the English word.
func (x *Index) addLoanEnds(si int32, start int, r string, starts []int) {
	p := tokenAt(&x.segs[si], start)
	if p < 0 {
		return
	}
	for i := 0; i+2 <= len(starts); i++ {
		if k := loanKey(r[starts[i]:]); k != "" {
			k = "~" + k
			x.post[k] = append(x.post[k], occ{seg: si, pos: int32(p)})
		}
	}
}

// hangulLoan reports whether w, an English word, may be a loanword the
// profile writes in Hangul or katakana.
func (x *Index) hangulLoan(w string) bool {
	w = strings.TrimSuffix(w, "'s") // "Florence's"
	if x.loanKeyed(loanKey(w)) {
		return true // katakana has an f: "Florence" is フローレンス, furorensu
	}
	// Korean has no f: "soft" is 소프트, sopeuteu.
	return strings.Contains(w, "f") && x.loanKeyed(loanKey(strings.ReplaceAll(w, "f", "p")))
}

// loanKeyed reports whether the profile has a loanword of key k, or of k
// without a final s ("systems", 시스템).
func (x *Index) loanKeyed(k string) bool {
	if k == "" {
		return false
	}
	if len(x.post["~"+k]) > 0 {
		return true
	}
	return strings.HasSuffix(k, "s") && len(k) > 3 && len(x.post["~"+k[:len(k)-1]]) > 0
}

// hasHangulLead reports whether s has a byte that starts a Hangul syllable
// (U+AC00 to U+D7A3 start with 0xEA to 0xED). Four searches for one
// byte each are quicker than a loop over a long text with none.
func hasHangulLead(s string) bool {
	for c := byte(0xEA); c <= 0xED; c++ {
		if strings.IndexByte(s, c) >= 0 {
			return true
		}
	}
	return false
}

// addJoined indexes two capitalised syllables of segment si written apart
// with accents, as Vietnamese writes names ("Sài Gòn", "Hà Nội", "Đà
// Nẵng"), by the word they make joined, as English writes them ("Saigon",
// "Hanoi", "Danang").
func (x *Index) addJoined(si int32) {
	seg := &x.segs[si]
	toks := seg.toks
	for i := 0; i+1 < len(toks); i++ {
		a, b := &toks[i], &toks[i+1]
		if !a.capital || !b.capital || a.acronym || b.acronym || len(a.lower) < 2 || len(a.lower) > 7 || len(b.lower) < 2 || len(b.lower) > 7 || b.start != a.end+1 || seg.src[a.end] != ' ' {
			continue
		}
		raw := seg.src[a.start:b.end]
		if !hasNonASCII(raw) {
			continue
		}
		var buf [2]token
		jt := tokenize(a.lower+b.lower, buf[:0])
		if len(jt) != 1 || jt[0].key == "" || x.only != nil && !x.wants(jt[0].key) {
			continue
		}
		k := jt[0].key
		x.post[k] = append(x.post[k], occ{seg: si, pos: int32(i)})
	}
}

func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
