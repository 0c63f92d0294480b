package app

import (
	"testing"

	"github.com/inmail/inmail/internal/library"
)

// TestBuiltInInMailsFitTheBestLength holds the built-in library to its own
// advice: every InMail, rendered for its sample candidate with a one-line
// signature of typical length, stays within LinkedIn's best-performing
// length (library.ShortBody), so templates list never marks one of ours as
// over.
func TestBuiltInInMailsFitTheBestLength(t *testing.T) {
	p := recruiter("Jordan Blake")
	p.Signature = "Harlow Search · 020 7946 0000" // 29 characters
	s := newSession(t, nil, p)
	n := 0
	for _, tpl := range s.Library.Templates() {
		if tpl.Source != library.BuiltIn || tpl.Channel != library.InMail {
			continue
		}
		n++
		if got := s.TypicalLength(tpl); got > library.ShortBody {
			t.Errorf("%s typically renders %d characters with a signature, over %d: shorten its body", tpl.ID, got, library.ShortBody)
		}
	}
	if n == 0 {
		t.Fatal("no built-in InMail templates found")
	}
}
