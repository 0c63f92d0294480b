package outreach

import (
	"fmt"
	"strings"
	"unicode"
)

// NormalizeLine is the form in which personalization lines are compared for
// verbatim reuse: lower case, letters and digits kept, every run of anything
// else (spaces, punctuation, symbols) one space, trimmed. "Your talk at
// GopherCon!" and "your talk at gophercon" are the same line.
func NormalizeLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
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
