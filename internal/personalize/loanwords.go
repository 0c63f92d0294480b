package personalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A name written in katakana in a line ("デカトロン", "ユニクロ") is found
// as the profile's name in Latin letters ("Decathlon", "Uniqlo") when the
// two sound alike: the consonants of its Hepburn spelling are those of
// the name as English says it (see loanKey). Katakana on the profile is
// found by its romanization already (kana.go); this is the other way.

// loanKey is the run of consonants a word is heard as, the key on which a
// name and its katakana spelling meet: vowels and the glides y, w and h
// dropped, c, k and q one sound, l and r one, b and v one, s and z one,
// "th" a t, "ph" an f, "sh" an s, "ch" and "ts" a t, an r not before a
// vowel or in a final "re" silent ("Starbucks" is s t b k s, as
// スターバックス is), and a doubled letter one. w must be lower-case ASCII
// letters; it returns "" for fewer than three consonants.
func loanKey(w string) string {
	var b [24]byte
	out := b[:0]
	vowel := func(i int) bool { return i < len(w) && strings.IndexByte("aeiouy", w[i]) >= 0 }
	add := func(c byte) { out = append(out, c) }
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c < 'a' || c > 'z':
			return ""
		case i > 0 && c == w[i-1] && c != 'c':
			// A doubled letter is one sound ("Nissan", "マッキンゼー").
		case strings.IndexByte("aeiouywh", c) >= 0:
		case c == 'p' && next == 'h':
			add('f')
			i++
		case (c == 't' || c == 's' || c == 'c') && next == 'h':
			if c == 's' {
				add('s')
			} else {
				add('t')
			}
			i++
		case c == 't' && next == 's':
			add('t')
			i++
		case c == 'c' && next == 'k':
			add('k')
			i++
		case c == 'c':
			if next == 'e' || next == 'i' || next == 'y' {
				add('s')
			} else {
				add('k')
			}
		case c == 'q':
			add('k')
		case c == 'x':
			add('k')
			add('s')
		case c == 'l' || c == 'r':
			// An r before a consonant, or in a final "re", is not heard
			// ("Starbucks", "Accenture").
			if vowel(i+1) && !(c == 'r' && next == 'e' && i+2 == len(w)) || i+1 == len(w) && c == 'l' {
				add('r')
			}
		case c == 'v':
			add('b')
		case c == 'z':
			add('s')
		default:
			add(c)
		}
	}
	if len(out) < 3 {
		return ""
	}
	return string(out)
}

// loanOccs returns where on the profile a name in Latin letters (a
// capitalised word that is no common English word) has the loan key k,
// built on first use: few lines hold katakana.
func (x *Index) loanOccs(k string) []occ {
	x.loanOnce.Do(func() {
		x.loan = map[string][]occ{}
		lists := DefaultLists()
		for si := range x.segs {
			seg := &x.segs[si]
			if seg.kind == segVocab || seg.kind == segName {
				continue
			}
			for p := range seg.toks {
				t := &seg.toks[p]
				if !t.capital || t.fn || t.number || t.cjk || len(t.lower) < 3 {
					continue
				}
				if tier := lists.tier(t.lower); tier == 1 || tier == 2 {
					continue // a common word ("Project"), not a name
				}
				if lk := loanKey(strings.TrimSuffix(t.lower, "'s")); lk != "" {
					x.loan[lk] = append(x.loan[lk], occ{seg: int32(si), pos: int32(p)})
				}
			}
		}
	})
	return x.loan[k]
}

// katakanaRuns calls fn with the first and last line token of each run of
// three katakana or more in the line and the run's loan key.
func katakanaRuns(line string, toks []lineTok, fn func(first, last int, key string)) {
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		if !isKatakana(r) {
			i += size
			continue
		}
		j, n := i, 0
		for j < len(line) {
			r2, s2 := utf8.DecodeRuneInString(line[j:])
			if !isKatakana(r2) {
				break
			}
			j += s2
			n++
		}
		if n >= 3 {
			if key := loanKey(romaji(line[i:j])); key != "" {
				first, last := -1, -1
				for k := range toks {
					if toks[k].start >= i && toks[k].start < j {
						if first < 0 {
							first = k
						}
						last = k
					}
				}
				if first >= 0 {
					fn(first, last, key)
				}
			}
		}
		i = j
	}
}

// isKatakana reports whether r is a katakana letter or the long-vowel
// mark.
func isKatakana(r rune) bool { return r == 'ー' || unicode.Is(unicode.Katakana, r) && r != '・' }

// hasKatakana reports whether s holds a katakana letter: the bytes E3 82
// A0 to E3 83 BF in UTF-8.
// The lead byte E3 is found with strings.IndexByte, which reads many
// bytes at a time; most lines have none.
func hasKatakana(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		k := strings.IndexByte(s[i:len(s)-2], 0xE3)
		if k < 0 {
			return false
		}
		i += k
		if s[i+1] == 0x82 && s[i+2] >= 0xA0 || s[i+1] == 0x83 {
			return true
		}
	}
	return false
}
