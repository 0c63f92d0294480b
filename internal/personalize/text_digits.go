package personalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How the tokenizer reads the digits of a number: of any script, and
// grouped in thousands by spaces.

// threeDigits reports whether s starts with exactly three digits.
func threeDigits(s string) bool {
	return len(s) >= 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && (len(s) == 3 || !isDigit(s[3]))
}

// subscriptDigit reports whether r is a subscript digit, as in a formula
// ("CO₂", "CH₄"), which folds to the digit.
func subscriptDigit(r rune) bool { return '₀' <= r && r <= '₉' }

// westernDigits writes the decimal digits of any script in s as 0-9
// ("۱۶۷۰" and "١٦٧٠" are 1670, "१२" is 12). Unicode keeps each script's
// digits in a run from zero to nine, and runs that touch (the
// mathematical digits) each start at zero.
func westernDigits(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s // most numbers
	}
	var b []byte
	for i, r := range s {
		if r < utf8.RuneSelf || !unicode.IsDigit(r) {
			if b != nil {
				b = utf8.AppendRune(b, r)
			}
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(s)), s[:i]...)
		}
		zero := r
		for unicode.IsDigit(zero-1) && r-zero < 60 {
			zero--
		}
		b = append(b, byte('0'+(r-zero)%10))
	}
	if b == nil {
		return s
	}
	return string(b)
}

// thousandsSpace reports whether r is a space that may group a number's
// thousands: a space, a no-break space or a thin one.
func thousandsSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009' }

// spacedGroups reports whether s, a number read so far, is one to three
// digits and then groups of three after spaces ("1", "12 400"): one more
// group of three after a space goes on it.
func spacedGroups(s string) bool {
	first, n := true, 0
	for _, r := range s {
		switch {
		case '0' <= r && r <= '9':
			n++
		case thousandsSpace(r) && (first && n >= 1 && n <= 3 || !first && n == 3):
			first, n = false, 0
		default:
			return false
		}
	}
	return first && n >= 1 && n <= 3 || !first && n == 3
}

// groupEnds reports whether rest, what follows a group of three digits
// after a space, ends a number: not "%" or a hyphen ("Year 11 100%
// pass rate", "3 100-bed wards" are two numbers) nor a letter.
func groupEnds(rest string) bool {
	if rest == "" {
		return true
	}
	c := rest[0]
	return c != '%' && c != '-' && !asciiLetter(c) && !strings.HasPrefix(rest, "–")
}

// dropSpaces removes the spaces that group a number's thousands.
func dropSpaces(s string) string {
	if strings.IndexFunc(s, thousandsSpace) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if thousandsSpace(r) {
			return -1
		}
		return r
	}, s)
}
