package personalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/inmail/inmail/internal/profile"
)

// DefaultMinWords is the minimum word count of a line when neither the
// caller nor the template sets one.
const DefaultMinWords = 6

// Options tune a check. The zero value checks with the defaults and without
// the reuse rule.
type Options struct {
	// MinWords is the minimum number of words; 0 means DefaultMinWords.
	// Templates may raise it.
	MinWords int
	// MaxChars is the channel's limit for the line in characters; 0 means
	// no limit.
	MaxChars int
	// Lists are the word lists; nil means DefaultLists.
	Lists *Lists
	// Index is the profile prepared by NewIndex, reused across keystrokes;
	// nil means Check prepares the profile itself. It must have been built
	// from the profile passed to Check.
	Index *Index
	// Reuse holds the lines already sent; nil skips the reuse rule.
	Reuse *ReuseIndex
	// CandidateID identifies the candidate for the reuse rule; "" means
	// the profile's ID.
	CandidateID string
}

// weights of how specific a matched word is.
const (
	weightTier1 = 0.3 // among the ~4,000 most common English words
	weightTier2 = 0.6 // among the next ~7,000
	weightTier3 = 0.8 // an English word in a large dictionary
	weightRare  = 1.0 // anything rarer: jargon, names, figures
	weightDigit = 0.5 // a one-digit number
	phraseBonus = 1.5 // two or more words matched together in one field
	// longPhraseBonus is for four or more words matched together: a
	// phrase that long is the candidate's own even in plain words.
	longPhraseBonus = 2.0
	specificScore   = 1.0 // what a reference must score to count
)

// lineTok is a token of the line with what Check learned about it.
type lineTok struct {
	token
	fn      bool // function word
	name    bool // the candidate's name
	stock   bool // inside a stock phrase
	ignored bool // inside a placeholder
	scope   bool // in the recruiter's part of the sentence ("our client's CFO")
	// nounCase is set for a capitalised word of a line in German, where
	// a capital marks a noun, not a name.
	nounCase bool
	covered  bool // found in a mail-merge field
	// hard is set when that field is not only the headline, which often
	// repeats an award or a publication that is a reference.
	hard   bool
	weight float64 // how specific the word is, 0 for none
	// looked is set once match has looked the word up; its occurrences
	// on the profile are then matchResult.occs[occFrom:occTo].
	looked         bool
	occFrom, occTo int32
	// bit is keyBit(key) once bitSet is set (see keyBitOf).
	bit    uint16
	bitSet bool
}

// faultHook, set by tests, runs at the start of each check: it stands
// in for a fault of the checker.
var faultHook func(line string)

// checkerFault starts the reason of a line the checker failed on.
const checkerFault = "Could not be checked: inmail's checker failed on this line"

// Check judges one personalization line against a candidate's profile with
// the six rules of DESIGN.md. It is deterministic and does no I/O.
func Check(p *profile.Profile, line string, opts Options) (v Verdict) {
	defer func() {
		// A fault of the checker on some line must not take the
		// composer down with a draft in it: the line is held back, as
		// the gate holds any line it cannot pass.
		if r := recover(); r != nil {
			v = Verdict{}
			v.fail(RuleSpecific, "%s (%v). Reword it, and tell your team lead which line it was.", checkerFault, r)
		}
	}()
	if faultHook != nil {
		faultHook(line)
	}
	lists := opts.Lists
	if lists == nil {
		lists = DefaultLists()
	}
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	memo := memos.Get().(*wordMemo)
	raw := tokenizeWith(line, sc.raw[:0], memo)
	sc.raw = raw[:0]
	idx := opts.Index
	if idx == nil {
		idx = newOneOffIndex(p, raw, lists, memo)
		defer idx.release()
	}
	memos.Put(memo)

	// Rule 1: length.
	minWords := opts.MinWords
	if minWords <= 0 {
		minWords = DefaultMinWords
	}
	if n := countWords(line); n < minWords {
		if n == 0 {
			v.fail(RuleLength, "Is empty: write one sentence about something specific on their profile.")
		} else {
			v.fail(RuleLength, "Is too short (%d %s): say something specific in at least %d words.", n, plural(n, "word", "words"), minWords)
		}
	}
	if opts.MaxChars > 0 && utf8.RuneCountInString(line) > opts.MaxChars {
		n := utf8.RuneCountInString(line)
		v.fail(RuleLength, "Is %d characters long; this channel leaves room for %d. Shorten it.", n, opts.MaxChars)
	}

	// Rule 2: placeholders.
	ph := slices.DeleteFunc(Placeholders(line), func(sp [2]int) bool {
		// "[Thread]" in the title of a post of theirs the line quotes.
		return idx.hasText(line[sp[0]:sp[1]])
	})
	if len(ph) > 0 {
		var shown []string
		for _, s := range ph[:min(len(ph), 3)] {
			shown = append(shown, line[s[0]:s[1]])
		}
		v.fail(RulePlaceholder, "Still has a placeholder (%s): replace it with something from their profile.", listWords(quoteAll(shown)))
	}

	toks := classify(line, raw, lists, idx, sc)
	for _, sp := range ph {
		for i := range toks {
			if toks[i].start < sp[1] && sp[0] < toks[i].end {
				toks[i].ignored = true
			}
		}
	}

	// Rules 3 and 5: a specific reference outside stock phrases.
	res := match(line, toks, idx, lists, sc)
	refs := res.refs
	if len(refs) == 0 {
		// A change in words that the profile gives in figures.
		refs = outcomeRefs(line, toks, idx)
	}
	if len(refs) == 0 {
		// A change in figures that a range of the profile gives.
		refs = changeRefs(toks, idx)
	}
	if len(refs) == 0 {
		// A change from one figure or state to another, as the profile
		// gives it.
		refs = fromToRefs(toks, idx)
	}
	if len(refs) == 0 && len(res.schoolRefs) >= 2 {
		res.schoolRefs = idx.schoolsOnly(toks, res.schoolRefs)
	}
	if len(refs) == 0 && len(res.schoolRefs) >= 2 && apartInLine(line, res.schoolRefs) && idx.subjectNamed(toks) {
		// Two schools and what they studied are a path a mail merge does
		// not write ("a Technion industrial engineering degree before a
		// Tel Aviv MBA", "your Trinity and Oxford law degrees"), as a move
		// between two employers is; two schools and their degrees' names
		// ("With a PhD from Imperial and a degree from NTU") are two
		// mail-merge fields.
		refs = res.schoolRefs
	}
	if len(refs) == 0 && len(res.context) == 0 {
		// Their own words, repeated word for word.
		refs = verbatimRefs(toks, idx)
	}
	if len(refs) == 0 && len(res.context) == 0 {
		// A post held beside the main job, said as what it is.
		refs = secondPostRefs(toks, idx, lists, &res)
	}
	if len(refs) == 0 && len(res.context) == 0 {
		// A thesis in the profile's language, at the school the line names.
		refs = thesisRefs(line, toks, idx, lists, &res)
	}
	if len(refs) > 0 && len(res.kept) == len(refs) && asPostOnly(toks, idx, res.kept) {
		// "As an Honorary Senior Lecturer at the University of Leeds,
		// you'd be a great fit": a post and its employer, of any entry,
		// as a mail merge fills them in.
		refs = nil
		res.mm = append(res.mm, "position")
	}
	v.References = refs
	stock := stockText(line, toks)
	if len(refs) == 0 {
		switch {
		case len(res.context) > 0:
			// Said below, with whose work it is.
		case len(res.mm) > 0:
			v.fail(RuleSpecific, "Names only their %s: a mail-merge tool could write this. Name something they did.", listWords(res.mm))
		case len(res.weak) > 0:
			v.fail(RuleSpecific, "Is too vague: only %s %s their profile, and that could be said of many people. %s", listWords(quoteAll(res.weak)), plural(len(res.weak), "matches", "match"), mentionSomething)
		default:
			v.fail(RuleSpecific, "Does not mention anything from their profile. %s", mentionSomething)
		}
	}

	// Rule 4: built around something that is not on the profile, or that
	// is not theirs.
	for _, c := range res.context {
		seg := &idx.segs[c.seg]
		v.fail(RuleUnsupported, "Credits them with %q, which is %s. Name something they did.", line[toks[c.first].start:toks[c.last].end], seg.whose)
	}
	claims := claimCheck{line: line, toks: toks, lists: lists, idx: idx, res: &res, sc: sc}
	missing := append(unsupported(line, toks, lists, idx, &res), res.intruders...)
	if len(missing) > 0 {
		verb := "is"
		if len(missing) > 1 {
			verb = "are"
		}
		v.fail(RuleUnsupported, "Mentions %s, which %s not on their profile: a line about something they did not do reads as a mail merge gone wrong. Reference what their profile says.", listWords(missing), verb)
	}
	problems := append(claims.problems(), claims.bindingProblems()...)
	problems = append(problems, claims.clusterFigureProblems()...)
	problems = append(problems, claims.roleProblems()...)
	problems = append(problems, claims.asPostProblems()...)
	problems = append(problems, claims.tenureAtProblems()...)
	problems = append(problems, claims.clientAtProblems()...)
	problems = append(problems, claims.clientForProblems()...)
	problems = append(problems, claims.clientBeforeProblems()...)
	problems = append(problems, claims.workForProblems()...)
	problems = append(problems, claims.othersProblems()...)
	problems = append(problems, claims.soleProblems()...)
	problems = append(problems, claims.leadForProblems()...)
	problems = append(problems, claims.leadAtProblems()...)
	problems = append(problems, claims.yearProblems()...)
	problems = append(problems, claims.rankProblems()...)
	problems = append(problems, claims.finishProblems()...)
	problems = append(problems, claims.medalProblems()...)
	problems = append(problems, claims.cjkGradeProblems()...)
	problems = append(problems, claims.statusProblems()...)
	problems = append(problems, unitProblems(line, toks, idx, res.units)...)
	problems = append(problems, ordinalProblems(line, toks, idx)...)
	problems = append(problems, rankOfProblems(line, toks, idx)...)
	problems = append(problems, labelProblems(line, toks, idx)...)
	problems = append(problems, aheadProblems(line, toks, idx)...)
	problems = append(problems, fromToProblems(line, toks, idx)...)
	problems = append(problems, figureFromToProblems(line, toks, idx)...)
	problems = append(problems, rateProblems(line, toks, idx)...)
	problems = append(problems, periodProblems(line, toks, idx)...)
	problems = append(problems, claims.bareFigureProblems()...)
	problems = append(problems, multipleProblems(line, toks, idx)...)
	problems = append(problems, rangeProblems(line, toks, idx)...)
	problems = append(problems, directionProblems(line, toks, idx)...)
	problems = append(problems, swapProblems(line, toks, idx, lists, &res)...)
	problems = append(problems, modifierSwapProblems(line, toks, idx, lists, &res)...)
	problems = append(problems, wordSwapProblems(line, toks, idx, lists, &res)...)
	problems = append(problems, partyProblems(line, toks, idx)...)
	problems = append(problems, sideProblems(line, toks, idx)...)
	problems = append(problems, dealSideProblems(line, toks, idx)...)
	problems = append(problems, claims.dealKindProblems()...)
	problems = append(problems, outcomeProblems(line, toks, idx, &res.found)...)
	problems = append(problems, changeProblems(line, toks, idx)...)
	problems = append(problems, crowdProblems(line, toks, idx)...)
	problems = append(problems, claims.partProblems()...)
	problems = append(problems, claims.agentProblems()...)
	problems = append(problems, singleProblems(line, toks, idx, lists)...)
	problems = append(problems, boundProblems(line, toks, idx, lists)...)
	problems = append(problems, valueProblems(line, toks, idx)...)
	problems = append(problems, shareProblems(line, toks, idx, lists)...)
	problems = append(problems, changedShareProblems(line, toks, idx, lists)...)
	problems = append(problems, claims.slotProblems()...)
	problems = append(problems, quoteFigureProblems(line, toks, idx, lists, &res)...)
	for _, msg := range append(problems, figureProblems(line, toks, idx, lists)...) {
		// A name already refused above is not refused twice.
		if !slices.ContainsFunc(missing, func(m string) bool { return strings.Contains(msg, m) }) {
			v.fail(RuleUnsupported, "%s", msg)
		}
	}

	if len(stock) > 0 && len(refs) == 0 {
		v.fail(RuleStock, "Is a stock phrase (%q) with nothing specific left once it is removed: recruiters send that to everyone.", stock[0])
	}

	// Rule 6: reuse.
	if opts.Reuse != nil {
		id := opts.CandidateID
		if id == "" {
			id = p.ID
		}
		if m, ok := opts.Reuse.Find(line, id); ok {
			if m.Exact {
				v.fail(RuleReuse, "Was already sent to another candidate (message %d): write a line for this candidate.", m.Prior.MessageID)
			} else {
				v.fail(RuleReuse, "Is nearly the same as a line already sent to another candidate (message %d): write a line for this candidate.", m.Prior.MessageID)
			}
		}
	}

	slices.SortStableFunc(v.Failures, func(a, b Failure) int { return int(a.Rule) - int(b.Rule) })
	v.OK = len(v.Failures) == 0
	return v
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// countWords counts the words of s: the whitespace-separated words that
// hold a letter or a digit, and in Chinese, Japanese or Korean text, which
// has no spaces, a word for every two characters.
func countWords(s string) int {
	n, cjk := 0, 0
	other := false
	for i := 0; i < len(s); {
		switch countClass[s[i]] {
		case countWord:
			// The rest of the word, up to a space or past ASCII,
			// changes nothing.
			other = true
			for i++; i < len(s) && countClass[s[i]] <= countPunct; i++ {
			}
			continue
		case countPunct:
			i++
			continue
		case countSpace:
			n += wordsOfRun(cjk, other)
			cjk, other = 0, false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			n += wordsOfRun(cjk, other)
			cjk, other = 0, false
		case isCJK(r):
			cjk++
		case isWordRune(r):
			other = true
		}
		i += size
	}
	return n + wordsOfRun(cjk, other)
}

// wordsOfRun is the words countWords counts in a run of text between
// spaces: one for every two Chinese, Japanese or Korean characters, and
// one if it holds another letter or digit.
func wordsOfRun(cjk int, other bool) int {
	n := (cjk + 1) / 2
	if other {
		n++
	}
	return n
}

// countClass sorts the bytes for countWords: an ASCII letter or digit,
// other ASCII but a space, an ASCII space, and a byte past ASCII.
var countClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = countOther
		case asciiSpace[c]:
			t[c] = countSpace
		case asciiWord[c]:
			t[c] = countWord
		default:
			t[c] = countPunct
		}
	}
	return t
}()

const (
	countWord = iota
	countPunct
	countSpace
	countOther
)

// asciiSpace marks the ASCII spaces countWords splits words at.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\t': true, '\n': true, '\r': true, '\v': true, '\f': true}

// apartInLine reports whether two of the references are named apart in
// the line, with a word in lower case between them that is no small word
// inside a name (nameJoins, less "and", which joins two): "a Technion degree before a Tel Aviv MBA" names two schools,
// "the Jagiellonian University" and "Universidade do Porto" one,
// whichever schools of the profile its words are found in.
func apartInLine(line string, refs []Reference) bool {
	for i := range refs {
		for j := range refs {
			a, b := refs[i], refs[j]
			if a.LineEnd > b.LineStart {
				continue
			}
			for _, w := range strings.Fields(line[a.LineEnd:b.LineStart]) {
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !(nameJoins[w] && w != "and") {
					return true // not "Universidade do Porto", one name
				}
			}
		}
	}
	return false
}

// degreeNames are the words of a degree's name, not of its subject.
var degreeNames = wordSet("degree degrees bachelor bachelors bachelor's master masters master's phd doctorate doctoral bsc msc ba ma mba " +
	"llb llm jd j.d mphil dphil meng beng hons honours diploma certificate pgce pgdip postgraduate undergraduate dipl ing " +
	"science sciences arts executive bba bcom mcom msc. ms bs mres mpa mph")

// schoolsOnly keeps the school references whose line word names no other
// mail-merge field: "puéricultrice aux HCL à Lyon" names their headline
// and their town, not the École de puéricultrices and a university in
// Lyon.
func (x *Index) schoolsOnly(toks []lineTok, refs []Reference) []Reference {
	return slices.DeleteFunc(refs, func(r Reference) bool {
		for i := range toks {
			if toks[i].start != r.LineStart {
				continue
			}
			for _, o := range x.post[toks[i].key] {
				s := &x.segs[o.seg]
				if s.kind == segMailMerge && s.label != "school" && s.label != "degree" && s.label != "location" {
					return true
				}
				if s.label == "location" && i > 0 && toks[i-1].lower == "in" {
					return true // "based in Rennes": where they live, not a school
				}
			}
		}
		return false
	})
}

// subjectNamed reports whether the line names a subject they studied: a
// word of a degree field of theirs that is no word of a degree's name
// ("electrical engineering", "maths", "chemist"; not the "law" of an LLB,
// which a degree's name alone gives).
func (x *Index) subjectNamed(toks []lineTok) bool {
	var buf []occ
	for i := range toks {
		t := &toks[i]
		if t.fn || t.scope || t.key == "" || t.number || degreeNames[t.lower] || degreeNames[t.key] {
			continue
		}
		buf = x.lookup(t.key, buf[:0])
		for _, o := range buf {
			if s := &x.segs[o.seg]; s.label == "degree" && s.entry >= 0 && s.entry/10000 == listEducation {
				return true
			}
		}
	}
	return false
}
