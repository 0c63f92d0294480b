package profile

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// countFields and lineBreak agree with the code they replaced on random
// text.
func TestCountFieldsAndLineBreakAsWritten(t *testing.T) {
	countRef := func(s string) int {
		n := 0
		inField := false
		for _, r := range s {
			space := unicode.IsSpace(r)
			if !space && !inField {
				n++
			}
			inField = !space
		}
		return n
	}
	pieces := []string{"a", "B", " ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\u0085", "\u2003", "é", "\xff", "·", "\x1c"}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := countFields(s), countRef(s); got != want {
			t.Fatalf("countFields(%q) = %d, want %d", s, got, want)
		}
		if got, want := lineBreak(s), strings.IndexAny(s, "\n\r"); got != want {
			t.Fatalf("lineBreak(%q) = %d, want %d", s, got, want)
		}
	}
}
