package personalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A text whose runes keep their sizes in lower case has each of its parts
// lower-cased as the text's lower case gives them.
func TestLowerKeepsSizes(t *testing.T) {
	pieces := []string{"a", "B", "É", "é", "£", "İ", "\u212a", "ẞ", "Σ", "ς", " ", ". ", "\xff", "\uFFFD", "中", "Ⅻ", "Ǆ"}
	for _, s := range randomTexts(5, 6, 3000, 12, pieces) {
		lower := strings.ToLower(s)
		if !lowerKeepsSizes(s) {
			continue
		}
		if len(lower) != len(s) {
			t.Fatalf("%q: lower case %q of another length", s, lower)
		}
		starts := func(i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
		for a := 0; a <= len(s); a++ {
			for e := a; e <= len(s); e++ {
				if starts(a) && starts(e) && strings.ToLower(s[a:e]) != lower[a:e] {
					t.Fatalf("%q[%d:%d]: %q, the text's lower case has %q", s, a, e, strings.ToLower(s[a:e]), lower[a:e])
				}
			}
		}
	}
}

// hasInterestCue and factAfterColon read an ASCII sentence as its lower
// case, which addText does not make for them.
func TestInterestCuesFoldASCII(t *testing.T) {
	var sents []string
	for _, cs := range interestCuesBy {
		for _, c := range cs {
			sents = append(sents, c, strings.ToUpper(c)+" rust", "Currently "+strings.ToUpper(c[:1])+c[1:]+" Welsh: Our 2022 trial CUT carbon", "We Built It. "+titleWords(c)+" X", "I "+c+": MY team")
		}
	}
	for _, s := range sents {
		if !isASCII(s) {
			continue
		}
		l := strings.ToLower(s)
		if hasInterestCue(s) != hasInterestCue(l) || factAfterColon(s) != factAfterColon(l) {
			t.Errorf("%q: cue %v, fact at %d; in lower case %v, %d", s, hasInterestCue(s), factAfterColon(s), hasInterestCue(l), factAfterColon(l))
		}
	}
	if len(sents) < 20 {
		t.Fatalf("only %d sentences", len(sents))
	}
}

// titleWords capitalises the first letter of each word of an ASCII s.
func titleWords(s string) string {
	b := []byte(s)
	for i := range b {
		if (i == 0 || b[i-1] == ' ') && b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
	return string(b)
}
