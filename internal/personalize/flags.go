package personalize

import (
	"strings"
	"sync"
)

// wordFlags say what a word is to the rules, worked out once per word
// and cached with it rather than looked up in maps on every check.
type wordFlags uint64

const (
	// flagScope: the word starts the recruiter's part of a sentence.
	flagScope wordFlags = 1 << iota
	// flagQuantifier: "any", "every": what follows is anyone.
	flagQuantifier
	// flagSideNoun: "client", "role": ends a recruiter-side noun phrase.
	flagSideNoun
	// flagOrdinal: "first", "second": ranks what follows.
	flagOrdinal
	// flagGerman: a German function word.
	flagGerman
	// flagGreeting: "hi", "dear": the addressee's name follows.
	flagGreeting
	// flagTenure: "years": makes the number before it a tenure.
	flagTenure
	// flagFirstPerson: "I", "I'm": the recruiter speaks.
	flagFirstPerson
	// flagAnyone: "any", "most": a quantified phrase follows.
	flagAnyone
	// flagThirdVerb: "is", "needs": a verb after a subject of its own.
	flagThirdVerb
	// flagTie: "at", "for", "your": ties a name to what comes before.
	flagTie
	// flagCandidate: "you", "your": speaks of the candidate.
	flagCandidate
	// flagParty: "acted", "advising", "behalf": a party may follow.
	flagParty
	// flagMultiple: "halving", "doubled": multiplies what follows.
	flagMultiple
	// flagDeal: "sale", "acquisition": a deal with a buyer and a seller.
	flagDeal
	// flagSide: "lenders", "banks'": a side of a deal or a case.
	flagSide
	// flagOwner: "REIT's", an acronym owning something, whose "'s" the
	// word no longer shows.
	flagOwner
	// flagChange: "cut", "grew": a word of change (changeWords).
	flagChange
	// flagDealKind: "sale", "ipo": says a kind of deal (dealKinds).
	flagDealKind
	// flagEvent: "won", "promoted": starts an event (eventWords).
	flagEvent
	// flagSole: "sole", "solo": the work was theirs alone (soleWords).
	flagSole
	// flagNoName: a capitalised word that names nothing: a greeting, a
	// day or a month (exemptCaps), a currency (currencyWords).
	flagNoName
	// flagPolite: a polite "you" or "your" (politeYou).
	flagPolite
	// flagHonorific: "Dr", "Ms": a title before a name (honorifics).
	flagHonorific
	// flagMedal: "silver", "médaille": a medal or its colour.
	flagMedal
	// flagCoined: "ReSPECT": a name spelled over a word (coined).
	flagCoined
	// flagRead: the flags were worked out from the word as the token
	// still spells it (its lower form). Set by flagsOf; a token whose
	// lower form is rewritten afterwards ("till" read as "to") loses it,
	// and its word sets are then looked up (token.in).
	flagRead
	// flagFnWord: isFunctionWord of the word; unlike token.fn, which
	// rules may set or clear, it is only what the lists say.
	flagFnWord
	// flagConnector: "of", "v", "de": may sit inside a name (connectors).
	flagConnector
	// flagDeterminer: "a", "the", "our" (determiners).
	flagDeterminer
	// flagClientVerb: "advising", "represented" (clientVerbs).
	flagClientVerb
	// flagDoneStatus: "granted", "published" (doneStatus).
	flagDoneStatus
	// flagCongrats: "congrats", "kudos" (congratsWords).
	flagCongrats
	// flagLeadVerb: "led", "heading" (leadVerbs).
	flagLeadVerb
	// flagDoVerb: "built", "delivering" (doVerbs).
	flagDoVerb
	// flagOnWord: "on", "across" (onWords).
	flagOnWord
	// flagTenureLink: "with", "seit" (tenureLinks).
	flagTenureLink
	// flagForParty: "for", "pour": whom a piece of work was for
	// (forParty).
	flagForParty
)

// in reports whether t's lower form is in set, whose flag is flag: by the
// flag when t still spells the word its flags were read from.
func (t *token) in(flag wordFlags, set map[string]bool) bool {
	if t.flags&flagRead != 0 {
		return t.flags&flag != 0
	}
	return set[t.lower]
}

// isFn is isFunctionWord(t.lower), by its flag when it can be.
func (t *token) isFn() bool {
	if t.flags&flagRead != 0 {
		return t.flags&flagFnWord != 0
	}
	return isFunctionWord(t.lower)
}

func flagsOf(lower, key string) wordFlags {
	f := flagRead | setFlags()[lower]
	if isFunctionWord(lower) {
		f |= flagFnWord
	}
	if key == "client" || lower == "cliente" {
		f |= flagScope
	}
	// greetings and ordinals gain words in init functions, after words
	// are first read while the package's variables are set: they are
	// asked each time, as setFlags would not see those words.
	if greetings[lower] {
		f |= flagGreeting
	}
	if ordinals[lower] != 0 {
		f |= flagOrdinal
	}
	if lower == "behalf" || lower == "counsel" || lower == "client" || lower == "against" || lower == "defense" || lower == "defence" || strings.HasPrefix(lower, "advis") {
		f |= flagParty
	}
	if sideWord(lower) != 0 {
		f |= flagSide
	}
	if exemptCaps[key] {
		f |= flagNoName
	}
	return f
}

// setFlags maps each word of the fixed word lists to the flags they give
// it, built once: flagsOf asked some forty maps about every new word,
// which was a twentieth of a run of checks on profiles each seen once.
// The lists it reads are all set with the package's variables and never
// change after.
var setFlags = sync.OnceValue(func() map[string]wordFlags {
	m := map[string]wordFlags{}
	addBool := func(words map[string]bool, flag wordFlags) {
		for w, ok := range words {
			if ok {
				m[w] |= flag
			}
		}
	}
	addBool(scopeWords, flagScope)
	for _, s := range wordSets {
		if s.flag != flagGreeting {
			addBool(s.words, s.flag)
		}
	}
	addBool(actVerbs, flagParty)
	addBool(partyVerbs, flagParty)
	addBool(defendVerbs, flagParty)
	for w, n := range multiples {
		if n != 0 {
			m[w] |= flagMultiple
		}
	}
	for w, d := range changeWords {
		if d != dirNone {
			m[w] |= flagChange
		}
	}
	addBool(saleNouns, flagDeal)
	addBool(buyNouns, flagDeal)
	for w, k := range dealKinds {
		if k != 0 {
			m[w] |= flagDealKind
		}
	}
	addBool(exemptCaps, flagNoName)
	for w, c := range currencyWords {
		if c != "" {
			m[w] |= flagNoName
		}
	}
	for w, c := range medalColours {
		if c != 0 {
			m[w] |= flagMedal
		}
	}
	addBool(medalNouns, flagMedal)
	for w, e := range eventWords {
		if e != eventNone {
			m[w] |= flagEvent
		}
	}
	return m
})

// wordSets are the word lists behind the flags.
var wordSets = []struct {
	words map[string]bool
	flag  wordFlags
}{
	{quantifiers, flagQuantifier}, {sideNouns, flagSideNoun}, {germanWords, flagGerman}, {greetings, flagGreeting},
	{tenureUnits, flagTenure}, {firstPerson, flagFirstPerson}, {anyone, flagAnyone}, {thirdVerbs, flagThirdVerb},
	{tiePrepositions, flagTie}, {candidateWords, flagCandidate}, {soleWords, flagSole},
	{politeYou, flagPolite}, {honorifics, flagHonorific}, {connectors, flagConnector}, {determiners, flagDeterminer},
	{clientVerbs, flagClientVerb}, {doneStatus, flagDoneStatus}, {congratsWords, flagCongrats}, {leadVerbs, flagLeadVerb},
	{doVerbs, flagDoVerb}, {onWords, flagOnWord}, {tenureLinks, flagTenureLink}, {forParty, flagForParty},
}
