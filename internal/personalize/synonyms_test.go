package personalize

import (
	"slices"
	"testing"
)

// baseSynonyms finds what looking up each of baseForms in turn finds.
func TestBaseSynonymsAsWritten(t *testing.T) {
	var words []string
	for w := range synonymWords() {
		for _, r := range detachments {
			words = append(words, w+r[0], w[:max(0, len(w)-1)]+r[0])
		}
		if len(words) > 60000 {
			break
		}
	}
	words = append(words, "babies", "boxes", "hedging", "secured", "", "s", "es", "ing", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxing")
	for _, w := range words {
		var want []string
		for _, b := range baseForms(w) {
			if want = synonymTableOf(b); len(want) > 0 {
				break
			}
		}
		if got := baseSynonyms(w); !slices.Equal(got, want) {
			t.Fatalf("baseSynonyms(%q) = %q, want %q", w, got, want)
		}
	}
}
