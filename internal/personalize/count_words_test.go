package personalize

import (
	"testing"
	"unicode"
)

// countWordsRef is countWords as it was written first, rune by rune.
func countWordsRef(s string) int {
	n, cjk := 0, 0
	other := false
	flush := func() {
		n += (cjk + 1) / 2
		if other {
			n++
		}
		cjk, other = 0, false
	}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			flush()
		case isCJK(r):
			cjk++
		case isWordRune(r):
			other = true
		}
	}
	flush()
	return n
}

func TestCountWordsAsWritten(t *testing.T) {
	inputs := append([]string{benchLine, "", " ", "a\tb\nc\rd\ve\ff", "中文 한국어 日本語です", "x\u00a0y\u2003z", "\xff \xfe", "-- , ."}, tokenizeInputs...)
	pieces := []string{"a", "B", "7", " ", "\t", "\n", "\u00a0", "\u3000", "中", "文", "한", ",", "-", "\xff", "é", "²", "\u0085", "\x1c"}
	inputs = append(inputs, randomTexts(3, 4, 3000, 14, pieces)...)
	for _, s := range inputs {
		if got, want := countWords(s), countWordsRef(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}
