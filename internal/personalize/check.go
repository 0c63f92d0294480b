package personalize

import (
	"fmt"
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
	fn      bool    // function word
	name    bool    // the candidate's name
	stock   bool    // inside a stock phrase
	ignored bool    // inside a placeholder
	scope   bool    // in the recruiter's part of the sentence ("our client's CFO")
	covered bool    // found in a mail-merge field
	weight  float64 // how specific the word is, 0 for none
}

// Check judges one personalization line against a candidate's profile with
// the six rules of DESIGN.md. It is deterministic and does no I/O.
func Check(p *profile.Profile, line string, opts Options) Verdict {
	lists := opts.Lists
	if lists == nil {
		lists = DefaultLists()
	}
	var buf [64]token
	memo := memos.Get().(*wordMemo)
	raw := tokenizeWith(line, buf[:0], memo)
	idx := opts.Index
	if idx == nil {
		idx = newOneOffIndex(p, lineKeys(raw), memo)
		defer idx.release()
	}
	memos.Put(memo)
	var v Verdict

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
	if n := utf8.RuneCountInString(line); opts.MaxChars > 0 && n > opts.MaxChars {
		v.fail(RuleLength, "Is %d characters long; this channel leaves room for %d. Shorten it.", n, opts.MaxChars)
	}

	// Rule 2: placeholders.
	ph := Placeholders(line)
	if len(ph) > 0 {
		var shown []string
		for _, s := range ph[:min(len(ph), 3)] {
			shown = append(shown, line[s[0]:s[1]])
		}
		v.fail(RulePlaceholder, "Still has a placeholder (%s): replace it with something from their profile.", listWords(quoteAll(shown)))
	}

	toks := classify(raw, lists, idx)
	for _, sp := range ph {
		for i := range toks {
			if toks[i].start < sp[1] && sp[0] < toks[i].end {
				toks[i].ignored = true
			}
		}
	}

	// Rules 3 and 5: a specific reference outside stock phrases.
	refs, mm, weak, intruders := match(line, toks, idx)
	v.References = refs
	stock := stockText(line, toks)
	if len(refs) == 0 {
		switch {
		case len(mm) > 0:
			v.fail(RuleSpecific, "Names only their %s: a template already says that. %s", listWords(mm), mentionSomething)
		case len(weak) > 0:
			v.fail(RuleSpecific, "Is too vague: only %s %s their profile, and that could be said of many people. %s", listWords(quoteAll(weak)), plural(len(weak), "matches", "match"), mentionSomething)
		default:
			v.fail(RuleSpecific, "Does not mention anything from their profile. %s", mentionSomething)
		}
	}

	// Rule 4: built around something that is not on the profile.
	if missing := append(unsupported(line, toks, lists, idx), intruders...); len(missing) > 0 {
		verb := "is"
		if len(missing) > 1 {
			verb = "are"
		}
		v.fail(RuleUnsupported, "Mentions %s, which %s not on their profile: a line about something they did not do reads as a mail merge gone wrong. Reference what their profile says.", listWords(missing), verb)
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

// countWords counts the whitespace-separated words that hold a letter or
// a digit.
func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, isWordRune) >= 0 {
			n++
		}
	}
	return n
}

// scopeWords start the recruiter's part of a sentence: what follows them
// is about the client or the recruiter, not the candidate.
var scopeWords = map[string]bool{
	"our": true, "ours": true, "my": true, "we": true, "us": true, "we're": true,
	"we've": true, "we'll": true, "we'd": true,
}

// classify tokenizes the line and marks each word.
func classify(raw []token, lists *Lists, idx *Index) []lineTok {
	// A line typed in capitals says nothing about which words are names.
	caps := 0
	for _, t := range raw {
		if t.acronym {
			caps++
		}
	}
	if len(raw) >= 4 && 10*caps >= 7*len(raw) {
		for i := range raw {
			raw[i].acronym, raw[i].capital, raw[i].mixedCaps = false, false, false
		}
	}
	toks := make([]lineTok, len(raw))
	scope := false
	for i, t := range raw {
		lt := lineTok{token: t}
		if t.sentStart || strings.ContainsAny(t.punctBefore, ";") {
			scope = false
		}
		if scopeWords[t.lower] || t.key == "client" {
			scope = true
		}
		lt.scope = scope
		lt.fn = isFunctionWord(t.lower) && !t.acronym
		lt.name = idx.names[t.key]
		if _, ok := idx.mailMerge[t.key]; ok {
			lt.covered = true
		}
		lt.weight = wordWeight(&lt, lists)
		toks[i] = lt
	}
	// "a FTSE 100 client", "the Series B fintech role": the noun phrase
	// that ends in a recruiter-side noun is the recruiter's too.
	for i := range toks {
		if !sideNouns[toks[i].key] {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if strings.ContainsAny(toks[k+1].punctBefore, ",;:.!?()") || toks[k+1].sentStart {
				break
			}
			if determiners[toks[k].lower] {
				for m := k; m < i; m++ {
					toks[m].scope = true
				}
				break
			}
		}
	}
	markStock(toks, lists)
	return toks
}

// sideNouns end noun phrases about the recruiter's side: "a FTSE 100
// client", "the Series B fintech role".
var sideNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"client", "role", "position", "vacancy", "mandate", "search", "opportunity", "job"} {
		m[stem(w)] = true
	}
	return m
}()

var determiners = map[string]bool{"a": true, "an": true, "the": true, "our": true, "my": true, "this": true, "that": true}

// lineKeys are the keys a check of these tokens looks up in the profile:
// the tokens' own and their four-letter prefixes (the words that support
// claims are always wanted, see Index.wants).
func lineKeys(toks []token) keySet {
	m := make(keySet, 2*len(toks))
	for _, t := range toks {
		m.add(t.key)
	}
	return m
}

// wordWeight is how specific a word is: 0 for function words, the name and
// words common to every profile; more the rarer it is in English.
func wordWeight(t *lineTok, lists *Lists) float64 {
	switch {
	case t.fn || t.name || t.key == "":
		return 0
	case t.number:
		if len(t.key) == 1 {
			return weightDigit
		}
		return weightRare
	case len(t.lower) == 1:
		return 0
	case lists.common[t.key]:
		return 0
	case t.acronym:
		return weightRare
	}
	w := strings.TrimSuffix(t.lower, "'s")
	switch lists.tier(w) {
	case 1:
		return weightTier1
	case 2:
		return weightTier2
	case 3:
		return weightTier3
	}
	return weightRare
}

// markStock marks the words inside stock phrases. A phrase matches its
// words in order with at most two other words between each pair.
func markStock(toks []lineTok, lists *Lists) {
	for i := range toks {
		for _, pi := range lists.stockFirst[toks[i].key] {
			ph := lists.stock[pi]
			j, k := i, 1
			for k < len(ph) {
				found := false
				for g := j + 1; g < len(toks) && g <= j+3; g++ {
					if toks[g].key == ph[k] {
						j, found = g, true
						break
					}
				}
				if !found {
					break
				}
				k++
			}
			if k == len(ph) {
				for m := i; m <= j; m++ {
					toks[m].stock = true
				}
			}
		}
	}
}

// stockText returns the stock phrases found, as they are written.
func stockText(line string, toks []lineTok) []string {
	var out []string
	for i := 0; i < len(toks); {
		if !toks[i].stock {
			i++
			continue
		}
		j := i
		for j+1 < len(toks) && toks[j+1].stock {
			j++
		}
		out = append(out, line[toks[i].start:toks[j].end])
		i = j + 1
	}
	return out
}

// pair is a line word found at a place in the profile.
type pair struct {
	seg, pos int32
	tok      int
}

// cluster is a run of line words found close together in one field.
type cluster struct {
	seg            int32
	first, last    int // line tokens
	minPos, maxPos int32
	lastPos        int32
	score          float64
	weighted       int    // words that weigh something
	words          int    // all words matched, common ones too
	matched        tokSet // the line tokens matched
}

// match finds the profile elements the line refers to. It returns the
// specific references, the mail-merge fields the line names, the everyday
// words it shares with the profile when nothing specific matched, and
// details built into a reference that the profile does not have.
func match(line string, toks []lineTok, idx *Index) (refs []Reference, mm, weak, intruders []string) {
	pairs := make([]pair, 0, 2*len(toks))
	var buf []occ
	var mmSeen []string
	seen := func(label string) bool {
		if slices.Contains(mmSeen, label) {
			return true
		}
		mmSeen = append(mmSeen, label)
		return false
	}
	for i := range toks {
		t := &toks[i]
		if t.name && !t.stock {
			if !seen("name") {
				mm = append(mm, "name")
			}
			continue
		}
		if t.fn || t.stock || t.ignored || t.key == "" || len(t.lower) == 1 && !t.number {
			continue
		}
		buf = idx.lookup(t.key, buf)
		for _, o := range buf {
			seg := &idx.segs[o.seg]
			if seg.kind == segMailMerge {
				t.covered = true
				if !seen(seg.label) {
					mm = append(mm, seg.label)
				}
			}
			if seg.kind == segSpecific {
				pairs = append(pairs, pair{seg: o.seg, pos: o.pos, tok: i})
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		if a.seg != b.seg {
			return int(a.seg - b.seg)
		}
		if a.tok != b.tok {
			return a.tok - b.tok
		}
		return int(a.pos - b.pos)
	})
	clusters := make([]cluster, 0, 8)
	var cur cluster
	open := false
	flush := func() {
		if !open {
			return
		}
		switch {
		case cur.weighted >= 2 && cur.words >= 4:
			cur.score *= longPhraseBonus
		case cur.weighted >= 2:
			cur.score *= phraseBonus
		}
		if cur.score < specificScore && sameName(toks, idx, &idx.segs[cur.seg], &cur) {
			cur.score = specificScore
		}
		clusters = append(clusters, cur)
		open = false
	}
	for k := 0; k < len(pairs); {
		// All the places one line word occurs in one field.
		e := k + 1
		for e < len(pairs) && pairs[e].seg == pairs[k].seg && pairs[e].tok == pairs[k].tok {
			e++
		}
		group := pairs[k:e]
		k = e
		tok := group[0].tok
		t := &toks[tok]
		w := t.weight
		if t.covered {
			w = 0
		} else if w > weightTier1 && t.capital && !t.sentStart && !t.fn {
			// A name that is also a word ("Trinity", "Duke") counts as a
			// name when the profile writes it as one.
			for _, g := range group {
				seg := &idx.segs[g.seg]
				if ft := &seg.toks[g.pos]; ft.capital && (!ft.sentStart || seg.names) {
					w = weightRare
					break
				}
			}
		}
		if open && group[0].seg == cur.seg && tok-cur.last <= 3 {
			// Continue the cluster at the nearest place in the field.
			best := group[0].pos
			for _, g := range group[1:] {
				if absDiff(g.pos, cur.lastPos) < absDiff(best, cur.lastPos) {
					best = g.pos
				}
			}
			if absDiff(best, cur.lastPos) <= 5 {
				cur.last, cur.lastPos = tok, best
				cur.minPos, cur.maxPos = min(cur.minPos, best), max(cur.maxPos, best)
				cur.score += w
				cur.words++
				cur.matched.add(tok)
				if w > 0 {
					cur.weighted++
				}
				continue
			}
		}
		flush()
		// Start at the place that has the next line word nearest.
		pos := group[0].pos
		if len(group) > 1 && k < len(pairs) && pairs[k].seg == group[0].seg && pairs[k].tok-tok <= 3 {
			next := pairs[k].pos
			for _, g := range group[1:] {
				if absDiff(g.pos, next) < absDiff(pos, next) {
					pos = g.pos
				}
			}
		}
		cur = cluster{seg: group[0].seg, first: tok, last: tok, minPos: pos, maxPos: pos, lastPos: pos, score: w, words: 1}
		cur.matched.add(tok)
		if w > 0 {
			cur.weighted = 1
		}
		open = true
	}
	flush()

	// The best clusters that clear the bar, one per stretch of the line.
	slices.SortStableFunc(clusters, func(a, b cluster) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		// Structured fields before pasted text.
		at, bt := idx.segs[a.seg].field == "text", idx.segs[b.seg].field == "text"
		switch {
		case at && !bt:
			return 1
		case bt && !at:
			return -1
		}
		return 0
	})
	var kept []cluster
	for _, c := range clusters {
		if c.score < specificScore {
			continue
		}
		if slices.ContainsFunc(kept, func(k cluster) bool { return c.first <= k.last && k.first <= c.last }) {
			continue
		}
		kept = append(kept, c)
	}
	slices.SortFunc(kept, func(a, b cluster) int { return a.first - b.first })
	for _, c := range kept {
		if s := intruder(line, toks, &c); s != "" {
			intruders = append(intruders, s)
		}
	}
	for _, c := range kept {
		seg := &idx.segs[c.seg]
		fs, fe := seg.toks[c.minPos].start, seg.toks[c.maxPos].end
		refs = append(refs, Reference{
			Field: seg.field, Text: seg.src[fs:fe], FieldStart: fs, FieldEnd: fe,
			LineStart: toks[c.first].start, LineEnd: toks[c.last].end,
		})
	}
	if len(refs) == 0 {
		seen := map[string]bool{}
		for _, c := range clusters {
			for i := c.first; i <= c.last && len(weak) < 3; i++ {
				w := line[toks[i].start:toks[i].end]
				if toks[i].weight > 0 && !toks[i].covered && !seen[toks[i].key] {
					seen[toks[i].key] = true
					weak = append(weak, w)
				}
			}
		}
	}
	return refs, mm, weak, intruders
}

// tokSet is a set of line token indexes; lines longer than 256 tokens
// count their later tokens as members.
type tokSet [4]uint64

func (s *tokSet) add(i int) {
	if i < 256 {
		s[i/64] |= 1 << (i % 64)
	}
}

func (s *tokSet) has(i int) bool { return i >= 256 || s[i/64]&(1<<(i%64)) != 0 }

// intruder returns two or more unmatched words of substance inside a
// matched stretch of the line ("the Penwick Bank crypto custody audit"):
// a detail the profile does not have, built into something it does.
func intruder(line string, toks []lineTok, c *cluster) string {
	run, start := 0, -1
	for i := c.first + 1; i < c.last; i++ {
		t := &toks[i]
		if c.matched.has(i) || t.fn || t.scope || t.stock || t.number || t.weight < weightTier2 {
			if run >= 2 {
				return line[toks[start].start:toks[i-1].end]
			}
			run, start = 0, -1
			continue
		}
		if run == 0 {
			start = i
		}
		run++
	}
	if run >= 2 {
		return line[toks[start].start:toks[c.last-1].end]
	}
	return ""
}

// sameName reports whether a cluster is a capitalised name of two or more
// words written the same in the line and the field ("Building Up
// Toronto"): a named thing on the profile, however ordinary its words, as
// long as it is not all mail-merge words.
func sameName(toks []lineTok, idx *Index, seg *segment, c *cluster) bool {
	n := c.last - c.first + 1
	if n < 2 || int(c.maxPos-c.minPos)+1 != n {
		return false
	}
	content := 0
	var keys []string
	for i := c.first; i <= c.last; i++ {
		lt, ft := &toks[i], &seg.toks[int(c.minPos)+i-c.first]
		if lt.key != ft.key {
			return false
		}
		if connectors[lt.lower] {
			continue
		}
		if !(lt.capital || lt.number) || !(ft.capital || ft.number) || lt.scope {
			return false
		}
		if !lt.fn {
			content++
			keys = append(keys, lt.key)
		}
	}
	if content < 2 {
		return false
	}
	// Not a mail-merge value: no one mail-merge field holds all its words.
	for i := range idx.segs {
		s := &idx.segs[i]
		if s.kind != segMailMerge && s.kind != segName {
			continue
		}
		if !slices.ContainsFunc(keys, func(k string) bool {
			return !slices.ContainsFunc(s.toks, func(t token) bool { return t.key == k })
		}) {
			return false
		}
	}
	return true
}

func absDiff(a, b int32) int32 {
	if a > b {
		return a - b
	}
	return b - a
}

// exemptCaps are capitalised words that name nothing: greetings, days,
// months.
var exemptCaps = map[string]bool{
	"hi": true, "hello": true, "hey": true, "dear": true, "congrats": true,
	"congratulations": true, "kudos": true, "bonjour": true, "hola": true,
	"hallo": true, "ciao": true, "cheers": true, "thanks": true, "ps": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true,
	"february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true,
	"december": true, "ok": true, "okay": true, "fyi": true, "asap": true,
	"btw": true, "am": true, "pm": true, "tbh": true, "imo": true, "q1": true,
	"q2": true, "q3": true, "q4": true,
}

// connectors may sit inside a name ("Apple v. Samsung", "Head of Growth").
var connectors = map[string]bool{
	"of": true, "v": true, "vs": true, "de": true, "la": true, "van": true,
	"von": true, "der": true, "du": true, "and": true, "for": true, "the": true,
}

// orgWords end organisation names and say nothing by themselves.
var orgWords = map[string]bool{
	"inc": true, "llc": true, "llp": true, "ltd": true, "co": true, "corp": true,
	"plc": true, "gmbh": true, "sa": true, "ag": true, "bv": true, "pty": true,
	"group": true, "holdings": true, "university": true, "college": true,
	"school": true, "institute": true,
}

// durationUnits after a number make it a length of time, not a figure
// ("a 15-minute call", "10 years").
var durationUnits = map[string]bool{
	"year": true, "years": true, "yr": true, "yrs": true, "month": true,
	"months": true, "week": true, "weeks": true, "day": true, "days": true,
	"hour": true, "hours": true, "hrs": true, "minute": true, "minutes": true,
	"min": true, "mins": true,
}

// claims are things a line can credit the candidate with ("your book");
// each is supported when one of its words or its profile section is there.
var claims = []struct {
	name     string
	nouns    []string
	support  []string
	sections func(*Index) bool
}{
	{"a talk", []string{"talk", "keynote", "presentation", "lecture", "webinar", "panel", "speech"},
		[]string{"talk", "keynote", "present", "presentation", "lecture", "webinar", "panel", "speech", "speaker", "spoke", "conference", "summit"},
		func(x *Index) bool { return x.hasPublications }},
	{"a book", []string{"book", "novel", "memoir", "textbook"},
		[]string{"book", "author", "novel", "memoir", "textbook", "publish"}, func(x *Index) bool { return x.hasPublications }},
	{"a paper", []string{"paper", "article", "blog", "essay", "study", "op-ed", "column"},
		[]string{"paper", "article", "blog", "essay", "study", "journal", "publish", "write", "author", "column"}, func(x *Index) bool { return x.hasPublications }},
	{"a podcast", []string{"podcast", "episode"}, []string{"podcast", "episode", "host"}, nil},
	{"an award", []string{"award", "prize", "medal", "trophy"},
		[]string{"award", "prize", "medal", "trophy", "winner", "win", "honor", "honour", "finalist", "recognition"}, func(x *Index) bool { return x.hasHonors }},
	{"a patent", []string{"patent"}, []string{"patent", "inventor", "invent"}, nil},
	{"a thesis", []string{"thesis", "dissertation"}, []string{"thesis", "dissertation", "phd", "doctoral", "doctorate", "research"}, nil},
	{"a startup", []string{"startup", "start-up"}, []string{"startup", "founder", "found", "co-found", "cofound"}, nil},
}

// claimSupport holds the keys of the words that support claims and their
// four-letter prefixes.
var claimSupport = func() keySet {
	m := keySet{}
	for _, c := range claims {
		for _, w := range c.support {
			m.add(stem(w))
		}
	}
	return m
}()

var claimKeys = func() map[string]int {
	m := map[string]int{}
	for i, c := range claims {
		for _, n := range c.nouns {
			m[stem(n)] = i
		}
	}
	return m
}()

// unsupported returns the names, figures and claims in the line that the
// profile does not support, outside the recruiter's part of a sentence.
func unsupported(line string, toks []lineTok, lists *Lists, idx *Index) []string {
	var out []string
	seen := map[string]bool{}
	addOut := func(s string) {
		if !seen[s] && len(out) < 4 {
			seen[s] = true
			out = append(out, s)
		}
	}
	nameLike := func(i int) bool {
		t := &toks[i]
		switch {
		case t.key == "" || t.stock || t.ignored:
			return false
		case t.number:
			return !(i+1 < len(toks) && durationUnits[toks[i+1].lower])
		case exemptCaps[t.lower]:
			return false
		case t.acronym:
			return t.lower != "i"
		case t.mixedCaps:
			return true
		case !t.capital || t.fn:
			return false
		case !t.sentStart:
			return true
		}
		// A capitalised first word names something when it is no English
		// word ("Wirecard's audit ..."); "Onboarding ..." and "Replatforming
		// ..." are verbs the dictionary lacks.
		w := strings.TrimSuffix(t.lower, "'s")
		return lists.tier(w) == 0 && !strings.HasSuffix(w, "ing")
	}
	breaks := func(i int) bool { return strings.ContainsAny(toks[i].punctBefore, ",;:!?()\"“”") }
	for i := 0; i < len(toks); {
		if !nameLike(i) {
			i++
			continue
		}
		j := i
		for j+1 < len(toks) && !breaks(j+1) {
			if nameLike(j + 1) {
				j++
				continue
			}
			if connectors[toks[j+1].lower] && j+2 < len(toks) && nameLike(j+2) && !breaks(j+2) {
				j += 2
				continue
			}
			break
		}
		ok := true
		for k := i; k <= j; k++ {
			t := &toks[k]
			if t.scope || connectors[t.lower] || orgWords[t.key] || t.fn && !t.acronym || lists.common[t.key] {
				continue
			}
			if t.lower == "" || t.number && t.key == "" {
				continue
			}
			if idx.has(t.key) || t.acronym && idx.hasInitials(t.lower) {
				continue
			}
			if !t.number && len(t.lower) == 1 {
				continue
			}
			ok = false
		}
		if !ok {
			name := line[toks[i].start:toks[j].end]
			name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
			addOut(name)
		}
		i = j + 1
	}
	// Claims: "your book", "your recent keynote".
	for i := range toks {
		c, isClaim := claimKeys[toks[i].key]
		if !isClaim || toks[i].scope || toks[i].ignored {
			continue
		}
		owned := false
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			if toks[k].lower == "your" {
				owned = true
				break
			}
			if breaks(k + 1) {
				break
			}
		}
		if !owned {
			continue
		}
		cl := claims[c]
		if cl.sections != nil && cl.sections(idx) {
			continue
		}
		if slices.ContainsFunc(cl.support, func(w string) bool { return idx.has(stem(w)) }) {
			continue
		}
		addOut(cl.name)
	}
	return out
}

// Placeholders returns the byte spans of leftover placeholders in s:
// "[...]", "{{...}}", "{...}", "<...>", TODO, TBD, XXX and "insert ..."
// instructions. The send gate calls it on whole edited bodies.
func Placeholders(s string) [][2]int {
	var out [][2]int
	add := func(a, b int) {
		for _, o := range out {
			if a < o[1] && o[0] < b {
				return
			}
		}
		out = append(out, [2]int{a, b})
	}
	for i := 0; i < len(s); i++ {
		var closeCh byte
		switch s[i] {
		case '[':
			closeCh = ']'
		case '{':
			closeCh = '}'
		case '<':
			closeCh = '>'
		default:
			continue
		}
		end := strings.IndexByte(s[i+1:], closeCh)
		if end < 0 || end > 80 {
			continue
		}
		inner := s[i+1 : i+1+end]
		stop := i + 1 + end + 1
		if closeCh == '}' && strings.HasPrefix(inner, "{") && strings.HasPrefix(s[stop:], "}") {
			stop++
		}
		if strings.ContainsAny(inner, "\n") {
			continue
		}
		if closeCh == '>' {
			// "<3" and "a < b > c" are not placeholders; "<name>" is.
			if inner == "" || !unicode.IsLetter(rune(inner[0])) || strings.Contains(inner, " < ") {
				continue
			}
		}
		if closeCh == ']' && strings.IndexFunc(inner, unicode.IsLetter) < 0 && inner != "" && inner != "..." {
			continue // "[1]": a footnote
		}
		add(i, stop)
		i = stop - 1
	}
	// Marker words, upper-case: TODO, TBD, XXX, FIXME, INSERT.
	if !hasMarker(s) {
		slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
		return out
	}
	for _, t := range tokenize(s, nil) {
		w := s[t.start:t.end]
		switch {
		case w == "TODO" || w == "TBD" || w == "XXX" || w == "FIXME" || w == "TKTK" || strings.EqualFold(w, "xxx"):
			add(t.start, t.end)
		case w == "INSERT":
			add(t.start, min(len(s), lineEnd(s, t.end)))
		case t.lower == "insert":
			// "insert company name", "(insert detail here)": an
			// instruction left in the text.
			rest := strings.ToLower(s[t.end:min(len(s), t.end+60)])
			if insertObject(rest) {
				add(t.start, min(len(s), lineEnd(s, t.end)))
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}

// hasMarker is a quick test for the words Placeholders looks for.
func hasMarker(s string) bool {
	for _, m := range [...]string{"TODO", "TBD", "XXX", "xxx", "FIXME", "TKTK", "nsert", "NSERT"} {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

var insertObjects = []string{
	"name", "company", "title", "role", "detail", "specific", "something", "here",
	"project", "personal", "link", "hook", "candidate", "compliment", "reference",
	"their", "his", "her", "relevant", "achievement", "accomplishment", "skill",
}

// insertObject reports whether the words after "insert" are an instruction
// to the writer ("insert something specific here").
func insertObject(rest string) bool {
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if i >= 4 {
			break
		}
		for _, o := range insertObjects {
			if strings.HasPrefix(w, o) {
				return true
			}
		}
	}
	return false
}

// lineEnd is where the instruction starting at i ends: a closing bracket,
// a sentence end or the end of the line.
func lineEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch s[j] {
		case ')', ']', '}', '>', '.', '!', '?', '\n', ',', ';':
			return j
		}
	}
	return len(s)
}

// String renders a reference for logs and tests.
func (r Reference) String() string {
	return fmt.Sprintf("%s %q (line %d-%d)", r.Field, r.Text, r.LineStart, r.LineEnd)
}
