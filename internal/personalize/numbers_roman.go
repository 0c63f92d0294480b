package personalize

import "strings"

// Steps and numbers written in Roman numerals ("Phase III").

// romanAfter are the words a step in Roman numerals follows;
// romanAfterWords lists them, for stepWord to try their starts without
// ranging over a map.
var (
	romanAfterWords = strings.Fields("phase part stage level tier grade class type band step key section chapter article schedule")
	romanAfter      = wordSet(strings.Join(romanAfterWords, " "))
)

// stepWord reports whether w is a word of romanAfter or its start ("Ph
// II" for Phase II).
func stepWord(w string) bool {
	if romanAfter[w] {
		return true
	}
	if len(w) < 2 {
		return false
	}
	for _, r := range romanAfterWords {
		if strings.HasPrefix(r, w) {
			return true
		}
	}
	return false
}

// romanValue is the value of a Roman numeral from I to XXXIX, or 0.
func romanValue(w string) int {
	n, prev := 0, 0
	for i := len(w) - 1; i >= 0; i-- {
		v := 0
		switch w[i] {
		case 'i':
			v = 1
		case 'v':
			v = 5
		case 'x':
			v = 10
		default:
			return 0
		}
		if v < prev {
			n -= v
		} else {
			n, prev = n+v, v
		}
	}
	if n >= 40 || toRoman(n) != w {
		return 0 // "IIII", "VX": no numeral
	}
	return n
}

// toRoman writes n, 1 to 39, in lower-case Roman numerals.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range [...]struct {
		v int
		s string
	}{{10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}
