package personalize

import (
	"strings"
	"unicode"
)

// A name written in Greek letters in a line ("Κυρία Παπαδοπούλου") is
// found as the profile's name in Latin ones ("Eleni Papadopoulou"): a
// capitalised Greek word is keyed by its romanization (ELOT 743, the
// Greek standard passports follow), so either spelling finds the other.

// greekLatin are the letters of folded, lower-case Greek and their Latin
// spellings.
var greekLatin = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t",
	'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// romanGreek spells a folded, lower-case Greek word in Latin letters, or
// returns "" when w has a letter of another script. "ου" is "ou", "αυ" and
// "ευ" "av" and "ev", "γγ" and "γκ" "ng" and "gk".
func romanGreek(w string) string {
	rs := []rune(w)
	var b strings.Builder
	for i, r := range rs {
		l, ok := greekLatin[r]
		if !ok {
			if unicode.IsLetter(r) {
				return ""
			}
			continue
		}
		if i > 0 && r == 'υ' {
			switch rs[i-1] {
			case 'ο':
				l = "u"
			case 'α', 'ε', 'η':
				l = "v"
			}
		}
		if r == 'γ' && i+1 < len(rs) && (rs[i+1] == 'γ' || rs[i+1] == 'κ' || rs[i+1] == 'ξ' || rs[i+1] == 'χ') {
			l = "n"
		}
		b.WriteString(l)
	}
	return b.String()
}
