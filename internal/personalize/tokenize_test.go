package personalize

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tokenizeRef is scan as it was before its ASCII fast path, to check
// that the fast path splits and reads words the same.
func tokenizeRef(s string, toks []token) []token {
	i := 0
	sentence := true
	prevEnd := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isWordRuneRef(r) {
			switch r {
			case '.', '!', '?', ';', ':', '\n':
				// A dot right after a single letter ("v.") is an abbreviation;
				// after "40%" or "5" it ends the sentence.
				if r != '.' || len(toks) == 0 || toks[len(toks)-1].end-toks[len(toks)-1].start > 1 || toks[len(toks)-1].end != i || !asciiLetter(s[i-1]) {
					sentence = true
				}
			}
			if r == '%' && len(toks) > 0 && toks[len(toks)-1].number && toks[len(toks)-1].end == i {
				toks = append(toks, token{start: i, end: i + 1, key: "pct", lower: "%"})
			}
			i += size
			continue
		}
		start := i
		j := i
		digit := unicode.IsDigit(r)
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if isWordRuneRef(r) {
				if digit && unicode.IsLetter(r) && (isUnitAt(s, j) || isDigit(s[j-1]) && gluedUnitAt(s, j)) {
					break
				}
				j += size
				continue
			}
			// Inner punctuation that stays in a word.
			if j+1 < len(s) {
				next, _ := utf8.DecodeRuneInString(s[j+size:])
				switch {
				case (r == '\'' || r == '’') && unicode.IsLetter(next) && !digit:
					j += size
					continue
				case (r == '.' || r == ',') && digit && unicode.IsDigit(next):
					j += size
					continue
				case r == '.' && !digit && (j-start == 1 || j-start >= 3 && s[j-2] == '.') && unicode.IsLetter(next):
					// "J.D", "U.S", "S.T.A.B.L.E": single letters joined by dots.
					j += size
					continue
				}
			}
			break
		}
		// Keep the closing dot of "J.D." in the span.
		if j < len(s) && s[j] == '.' && strings.Contains(s[start:j], ".") && !digit {
			j++
		}
		raw := s[start:j]
		t := token{start: start, end: j, sentStart: sentence, punctBefore: s[prevEnd:start]}
		t.number = digit
		if digit {
			t.lower = strings.ToLower(westernDigits(raw))
			t.key = numberKey(t.lower)
		} else {
			wi := wordOf(raw)
			setWord(&t, &wi)
		}
		toks = append(toks, t)
		sentence = false
		prevEnd = j
		i = j
		// A unit stuck to a number: "6M", "1.2bn", "10x".
		if digit && i < len(s) {
			if n := unitLen(s[i:]); n > 0 {
				u := strings.ToLower(s[i : i+n])
				toks = append(toks, token{start: i, end: i + n, key: unitKeys[u], lower: u})
				i += n
				prevEnd = i
			}
		}
	}
	return toks
}

func isWordRuneRef(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '²' || r == '³'
}

var tokenizeInputs = []string{
	"Structuring the £1.2bn unitranche for Veltra Care, 6M users, 40% growth, 10x, 3.5k, 1,200 staff.",
	"J.D. from U.S. schools; v. Samsung: first-year PhD's VPs NDAs client's Inès’ café 2019-2021 1st 2nd",
	"12mm 12mn 5kg 5k! 7B, 8bn. 9x5 10xs 4m2 x1 a1b2 1a2b",
	"", " ", "…", "a", "1", "1%", "1.", ".1", "1,2,3", "O'Neil's", "l'été", "İstanbul ǅemal ＡＢＣ ١٢٣",
}

func TestTokenizeFastPath(t *testing.T) {
	for _, s := range tokenizeInputs {
		checkTokenize(t, s)
	}
}

func checkTokenize(t *testing.T, s string) {
	t.Helper()
	got, want := scan(s, nil), tokenizeRef(s, nil)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("tokenize(%q):\n got %+v\nwant %+v", s, got, want)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range tokenizeInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkTokenize(t, s)
		for _, tok := range tokenize(s, nil) {
			if tok.start < 0 || tok.end > len(s) || tok.start > tok.end {
				t.Fatalf("token %+v out of range in %q", tok, s)
			}
		}
	})
}

// A unit of time or measure written on its number is a word of its own
// ("22wks" is 22 and wks, "5km" 5 and km, not 5k and m), as a scale is
// ("5k"), while an ordinal stays one word ("1st").
func TestGluedUnits(t *testing.T) {
	for in, want := range map[string]string{
		"from 22wks to 9wks": "from 22 wks to 9 wks",
		"within 1hr":         "within 1 hr",
		"a 5km route":        "a 5 km route",
		"6yrs at KPMG":       "6 yrs at kpmg",
		"1st and 2nd":        "1st and 2nd",
		"a 5k run":           "a 5 k run",
		"12t of steel":       "12 t of steel",
	} {
		var got []string
		for _, tk := range tokenize(in, nil) {
			got = append(got, tk.lower)
		}
		if g := strings.Join(got, " "); g != want {
			t.Errorf("%q: tokens %q, want %q", in, g, want)
		}
	}
}
