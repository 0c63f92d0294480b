package personalize

import (
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// TestOneOffIndex checks that a check without a prepared index (which
// indexes only what the line needs, in a recycled index) gives the verdict
// a prepared index gives, one check after another and in parallel.
func TestOneOffIndex(t *testing.T) {
	var cases []evalCase
	for _, path := range []string{"testdata/dev.jsonl", "testdata/cases.jsonl"} {
		cases = append(cases, readCases(t, path)...)
	}
	want := make([]Verdict, len(cases))
	for i := range cases {
		c := &cases[i]
		want[i] = Check(&c.Profile, c.Personalization, Options{Index: NewIndex(&c.Profile)})
	}
	for i := range cases {
		c := &cases[i]
		if got := Check(&c.Profile, c.Personalization, Options{}); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("%s: one-off %v, with an index %v", c.ID, got, want[i])
		}
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(cases); i += 2 {
				c := &cases[i]
				if got := Check(&c.Profile, c.Personalization, Options{}); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("%s in parallel: one-off %v, with an index %v", c.ID, got, want[i])
				}
			}
		}()
	}
	wg.Wait()
}

func TestIsWordRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r) || r == '²' || r == '³' || '₀' <= r && r <= '₉'; got != want {
			t.Fatalf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestTierBuckets checks the bucketed search of the English lists against
// a search of the whole list.
func TestTierBuckets(t *testing.T) {
	l := DefaultLists()
	whole := func(w string) int {
		for i, words := range l.tiers {
			if _, ok := slices.BinarySearch(words, w); ok {
				return i + 1
			}
		}
		return 0
	}
	words := []string{"", "a", "a'", "a-", "aa", "zz", "zzz", "{", "é", "éa", "ab", "0", "0a", "the", "zebra", "ifrs", "unitranche"}
	for _, ws := range l.tiers {
		for i, w := range ws {
			if i%7 == 0 {
				words = append(words, w, w+"x", w[:len(w)-1], strings.ToUpper(w))
			}
		}
	}
	for _, w := range words {
		want := whole(w)
		if got := l.searchTier(w); got != want {
			t.Errorf("searchTier(%q) = %d, want %d", w, got, want)
		}
		// Once to fill the cache, once from it.
		for range 2 {
			if got := l.tier(w); got != want {
				t.Errorf("tier(%q) = %d, want %d", w, got, want)
			}
		}
	}
	// From several goroutines, with words that share slots.
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; i < len(words); i += 3 {
				if got, want := l.tier(words[i]), whole(words[i]); got != want {
					t.Errorf("tier(%q) = %d in parallel, want %d", words[i], got, want)
				}
			}
		}()
	}
	wg.Wait()
}

func TestFuzzyKeyKeepsE(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"grad", "grade", false}, {"plan", "plane", false}, {"lead", "leader", true}, {"audit", "auditor", true},
	} {
		if got := fuzzyKey(c.a, c.b); got != c.want {
			t.Errorf("fuzzyKey(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestReuseIndexAddsAMessageOnce: a message's line added twice (a shared
// index told of a send by the composer and by the log) is held once; the
// same line from another message is held again.
func TestReuseIndexAddsAMessageOnce(t *testing.T) {
	idx := NewReuseIndex()
	p := Prior{MessageID: 7, CandidateID: "c1", Line: "Your panel at the IBA conference in Paris"}
	idx.Add(p)
	idx.Add(p)
	if idx.Len() != 1 {
		t.Errorf("one message added twice: %d lines, want 1", idx.Len())
	}
	p.MessageID = 8
	idx.Add(p)
	if idx.Len() != 2 {
		t.Errorf("the same line from another message: %d lines, want 2", idx.Len())
	}
}

func TestHasInterestCue(t *testing.T) {
	for sent, want := range map[string]bool{
		"Keen to learn more about AI in assessment.": true,
		"I am KEEN TO move into policy.":             true,
		"Interested in climate risk.":                true,
		"Monkeen tones were my band.":                false,
		"Led the unlearning workshop.":               false,
		"Ran 12 sites.":                              false,
	} {
		if got := hasInterestCue(sent); got != want {
			t.Errorf("hasInterestCue(%q) = %v, want %v", sent, got, want)
		}
	}
}

// wordHashes reads the words of a line as folding it whole and splitting
// it would.
func TestWordHashesFoldPerWord(t *testing.T) {
	r := NewReuseIndex()
	ref := func(s string) []uint64 {
		var out []uint64
		f := fold(s)
		start := -1
		for i, c := range f {
			if isWordRune(c) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				out = append(out, r.hash(f[start:i]))
				start = -1
			}
		}
		if start >= 0 {
			out = append(out, r.hash(f[start:]))
		}
		return out
	}
	for _, s := range append(tokenizeInputs, benchLine, "Łódź’s ﬁnance TEAM: 4 200 m² and Ｘ½ café", "ＡＢＣ ǅemal İstanbul Straße") {
		if got, want := r.wordHashes(s, nil), ref(s); !slices.Equal(got, want) {
			t.Errorf("%q: %d hashes differ from folding the line whole (%d)", s, len(got), len(want))
		}
	}
}
