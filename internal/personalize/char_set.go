package personalize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// charSet is a set of characters that the gap between two words is asked
// about, made once: a byte of the gap in ASCII is looked up in a table in
// one step, where comparing it with each byte of the characters took as
// many.
type charSet struct {
	ascii [utf8.RuneSelf]bool // the ASCII characters
	other []rune              // the characters past ASCII
}

// newCharSet is the set of the characters of chars, which must be valid
// UTF-8 without utf8.RuneError: an invalid byte of a string asked about
// is then in no set, as strings.ContainsAny has it.
func newCharSet(chars string) *charSet {
	if !utf8.ValidString(chars) {
		panic("newCharSet: invalid UTF-8")
	}
	cs := new(charSet)
	for _, r := range chars {
		switch {
		case r == utf8.RuneError:
			panic("newCharSet: utf8.RuneError")
		case r < utf8.RuneSelf:
			cs.ascii[r] = true
		default:
			cs.other = append(cs.other, r)
		}
	}
	return cs
}

// in is strings.ContainsAny(s, chars) for the chars the set was made of.
// A gap of one ASCII character, most gaps, is told without a call.
func (cs *charSet) in(s string) bool {
	if len(s) == 1 && s[0] < utf8.RuneSelf {
		return cs.ascii[s[0]]
	}
	return cs.inAny(s)
}

// inAny is in for any s.
func (cs *charSet) inAny(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// The rest rune by rune, an invalid byte as
			// utf8.RuneError, which no set holds.
			for _, r := range s[i:] {
				if r < utf8.RuneSelf {
					if cs.ascii[r] {
						return true
					}
				} else if slices.Contains(cs.other, r) {
					return true
				}
			}
			return false
		}
		if cs.ascii[c] {
			return true
		}
	}
	return false
}

// The sets of the gaps between words asked about on every check.
var (
	sentenceMarks  = newCharSet(".;!?–—")      // a sentence or a clause ends
	clauseMarks    = newCharSet(".;!?,–—()")   // and a comma or a bracket
	clauseEndMarks = newCharSet(",;:.!?–—()")  // and a colon
	nameBreaks     = newCharSet(",;:!?()\"“”") // a name cannot go on across
	currencyMarks  = newCharSet("£$€¥")        // an amount follows
	salutationEnds = newCharSet(",!:;—–-")     // a salutation's name ends
	apostrophes    = newCharSet("'’")          // an elision
	phraseMarks    = newCharSet(",;:.!?")      // a phrase ends
	phraseBreaks   = newCharSet(",;:.!?()")    // or a bracket opens or closes
	sentenceEnds   = newCharSet(".!?")         // a sentence ends
)

// spacedDash reports whether the punctuation p is a dash with a space on
// either side (" - ", " – ", " —"): a break between clauses, where a
// dash between words ("Rolls-Royce", "Gdańsk–Gdynia") joins them.
func spacedDash(p string) bool {
	return len(p) >= 2 && (strings.Contains(p, " -") || strings.Contains(p, "- ") || strings.Contains(p, " –") ||
		strings.Contains(p, "– ") || strings.Contains(p, " —") || strings.Contains(p, "— "))
}
