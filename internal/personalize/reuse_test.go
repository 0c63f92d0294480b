package personalize

import (
	"slices"
	"testing"
	"unicode/utf8"
)

// wordHashesRef is wordHashes as it was written first: words found by
// isWordRune on each rune, then hashed one by one.
func (r *ReuseIndex) wordHashesRef(s string) []uint64 {
	var buf []uint64
	word := func(w string) {
		h := r.seed
		for i := 0; i < len(w); i++ {
			if w[i] >= utf8.RuneSelf {
				if f := fold(w); f != "" {
					buf = append(buf, r.hash(f))
				}
				return
			}
			h = (h ^ uint64(lowerASCII(w[i]))) * fnvPrime
		}
		buf = append(buf, h)
	}
	start := -1
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		if isWordRune(c) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			word(s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		word(s[start:])
	}
	return buf
}

func TestWordHashesAsWritten(t *testing.T) {
	r := NewReuseIndex()
	inputs := append([]string{benchLine, "Ünïcode-words, çà et là; ΑΘΗΝΑ 2024 straße\xff\xfeab", "a", "É", "x\u00a0y"}, tokenizeInputs...)
	pieces := []string{"a", "Bc", "É", "ß", "İ", "中文", " ", ",", "-", "\xff", "7", "’", "\u0301", "Ǆ"}
	inputs = append(inputs, randomTexts(1, 2, 2000, 12, pieces)...)
	for _, s := range inputs {
		if got, want := r.wordHashes(s, nil), r.wordHashesRef(s); !slices.Equal(got, want) {
			t.Errorf("wordHashes(%q) = %v, want %v", s, got, want)
		}
	}
}
