package outreach

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NormalizeLine is the form in which personalization lines are compared for
// verbatim reuse: lower case, letters and digits kept, every run of anything
// else (spaces, punctuation, symbols) one space, trimmed. "Your talk at
// GopherCon!" and "your talk at gophercon" are the same line.
func NormalizeLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		// ASCII, nearly every line, without decoding or table lookups.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}

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
