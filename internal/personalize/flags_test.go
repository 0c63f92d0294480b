package personalize

import "testing"

// TestWordFlags checks that the flags worked out once per word say the
// same as the lists behind them, for every word of those lists and a few
// that are in none, so a rule that tests a flag instead of a list misses
// nothing.
func TestWordFlags(t *testing.T) {
	lists := map[wordFlags]func(string) bool{
		flagDealKind:   func(w string) bool { return dealKinds[w] != 0 },
		flagEvent:      func(w string) bool { return eventWords[w] != eventNone },
		flagSole:       func(w string) bool { return soleWords[w] },
		flagGreeting:   func(w string) bool { return greetings[w] },
		flagTenure:     func(w string) bool { return tenureUnits[w] },
		flagNoName:     func(w string) bool { return exemptCaps[w] || exemptCaps[stem(w)] || currencyWords[w] != "" },
		flagPolite:     func(w string) bool { return politeYou[w] },
		flagHonorific:  func(w string) bool { return honorifics[w] },
		flagConnector:  func(w string) bool { return connectors[w] },
		flagDeterminer: func(w string) bool { return determiners[w] },
		flagFnWord:     isFunctionWord,
		flagChange:     func(w string) bool { return changeWords[w] != dirNone },
		flagRead:       func(string) bool { return true },
		flagClientVerb: func(w string) bool { return clientVerbs[w] },
		flagDoneStatus: func(w string) bool { return doneStatus[w] },
		flagCongrats:   func(w string) bool { return congratsWords[w] },
		flagLeadVerb:   func(w string) bool { return leadVerbs[w] },
		flagDoVerb:     func(w string) bool { return doVerbs[w] },
		flagOnWord:     func(w string) bool { return onWords[w] },
		flagTenureLink: func(w string) bool { return tenureLinks[w] },
	}
	words := []string{"merger", "the", "refinancing", "architect", "won", "scooped", "sole", "hi", "years", "ipo", "restructured"}
	for w := range dealKinds {
		words = append(words, w)
	}
	for w := range eventWords {
		words = append(words, w)
	}
	for w := range changeWords {
		words = append(words, w)
	}
	for _, set := range []map[string]bool{soleWords, exemptCaps, politeYou, honorifics, connectors, determiners, extraFunctionWords,
		clientVerbs, doneStatus, congratsWords, leadVerbs, doVerbs, onWords, tenureLinks} {
		for w := range set {
			words = append(words, w)
		}
	}
	for w := range currencyWords {
		words = append(words, w)
	}
	for _, w := range words {
		f := flagsOf(w, stem(w))
		for flag, in := range lists {
			if got, want := f&flag != 0, in(w); got != want {
				t.Errorf("%q: flag %b is %v, its list says %v", w, flag, got, want)
			}
		}
		// The flags a check reads are those of the word as the line
		// writes it.
		if toks := tokenize(w, nil); len(toks) == 1 && !toks[0].cjk && toks[0].lower == w && toks[0].flags != f {
			t.Errorf("%q: tokenized with flags %b, flagsOf gives %b", w, toks[0].flags, f)
		}
	}
}

// TestRewrittenWordsLoseFlags checks that a token whose lower form is
// rewritten after its flags were read ("auf" read as "to", "per cent" as
// one word) has its word sets looked up again, not read from its flags.
func TestRewrittenWordsLoseFlags(t *testing.T) {
	for _, c := range []struct{ text, lower string }{{"von 61 auf 78", "to"}, {"von 61 auf 78", "from"}, {"rose 12 per cent", "per cent"}} {
		found := false
		for _, tok := range tokenize(c.text, nil) {
			if tok.lower == c.lower {
				found = true
				if tok.flags&flagRead != 0 {
					t.Errorf("%q: %q keeps the flags of the word it was", c.text, c.lower)
				}
			}
		}
		if !found {
			t.Errorf("%q: no word %q", c.text, c.lower)
		}
	}
}
