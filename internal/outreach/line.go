package outreach

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// NormalizeLine is the form in which personalization lines are compared for
// verbatim reuse: lower case, letters and digits kept, every run of anything
// else (spaces, punctuation, symbols) one space, trimmed. "Your talk at
// GopherCon!" and "your talk at gophercon" are the same line.
func NormalizeLine(s string) string {
	b := make([]byte, 0, len(s)+utf8.UTFMax)
	space := false
	for i := 0; i < len(s); {
		// ASCII, nearly every line, by table: no decoding, no unicode
		// tables.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if c = asciiFold[c]; c == 0 {
				space = true
				continue
			}
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = append(b, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = utf8.AppendRune(b, unicode.ToLower(r))
			continue
		}
		space = true
	}
	return string(b)
}

// asciiFold maps an ASCII letter or digit to its lower case and anything
// else to 0.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

// ReuseError says a personalization line was already sent, verbatim, to
// another candidate. The store returns it inside an *Error with code
// ECONFLICT; get it with errors.As.
type ReuseError struct {
	// Line is the line that was refused.
	Line string
	// Prior is the earlier send of the same line.
	Prior PriorLine
}

// Error says what was reused and what to do.
func (e *ReuseError) Error() string {
	who := CandidateRef{ID: e.Prior.CandidateID, Name: e.Prior.CandidateName}.Display()
	return fmt.Sprintf("this personalization line was already sent to %s on %s (message %d); write one for this candidate",
		who, e.Prior.SentAt.Format("2006-01-02"), e.Prior.MessageID)
}
