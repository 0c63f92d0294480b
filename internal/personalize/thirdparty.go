package personalize

import "strings"

// A capitalised name is a claim about the candidate only when the line
// ties it to them. A name that is the subject of its own verb ("Barratt
// Homes are hiring", "what Redrow's new-build team needs", "the brief GSK
// gave me") and what its clause says, and the names in a clause the
// recruiter speaks in ("I'm recruiting for Temple Street Hospital"), are
// the recruiter's side: they are not checked against the profile.

// thirdVerbs follow the subject of a clause about someone else.
var thirdVerbs = wordSet("is are was were has have had needs need wants want will would can could " +
	"just recently gave give gives told asked asks hires hire seeks seek plans plan keeps values loves love " +
	"runs opens opened launched builds building rebuilding expands expanding grows growing wanted needed " +
	"says said thinks thought rates rated")

// anyone are the quantifiers that make a noun phrase anyone of a kind.
var anyone = map[string]bool{"any": true, "every": true, "most": true, "many": true, "few": true, "other": true}

// firstPerson starts a clause the recruiter speaks in.
var firstPerson = map[string]bool{"i": true, "i'm": true, "i've": true, "i'd": true, "i'll": true, "im": true}

// tiePrepositions before a name tie it to what comes before: "your work
// at Aviva is ...".
var tiePrepositions = map[string]bool{"at": true, "for": true, "with": true, "in": true, "on": true, "of": true,
	"from": true, "by": true, "to": true, "into": true, "under": true, "alongside": true, "your": true, "you": true,
	"across": true, "within": true, "via": true}

// markThirdParties marks the recruiter's side of each sentence: clauses
// whose subject is a name of their own, and clauses that start in the
// first person, up to "you" or "your".
func markThirdParties(line string, toks []lineTok) {
	// Where each clause ends, worked out once.
	var endsBuf [64]bool
	ends := endsBuf[:0]
	if len(toks) > len(endsBuf) {
		ends = make([]bool, 0, len(toks))
	}
	for k := range toks {
		t := &toks[k]
		ends = append(ends, t.sentStart || t.punctBefore != "" && t.punctBefore != " " &&
			(clauseEndMarks.in(t.punctBefore) || strings.Contains(t.punctBefore, " - ")) ||
			t.flags&flagCandidate != 0 && t.lower != "congrats" && t.lower != "congratulations" && t.lower != "kudos" && t.lower != "yours" && t.lower != "yourself" && t.lower != "you'd" && t.lower != "you'll")
	}
	clauseEnd := func(k int) bool { return ends[k] }
	markAsides(line, toks)
	mark := func(from int) {
		for k := from; k < len(toks); k++ {
			if k > from && clauseEnd(k) {
				return
			}
			toks[k].scope = true
		}
	}
	quoted := mayQuote(line)
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if quoted && inQuote(line[:t.start]) {
			continue // a title's words: "What 380 women taught us about trust"
		}
		if t.flags&flagFirstPerson != 0 && recruiterClause(toks, i, clauseEnd) {
			mark(i)
			continue
		}
		if t.flags&flagAnyone != 0 && i+1 < len(toks) && !clauseEnd(i+1) && !congratsWords[toks[i+1].lower] && toks[i+1].lower != "thanks" &&
			recruiterClause(toks, i, clauseEnd) {
			// "any of the big installers in South Wales", "most firms in
			// Leeds": anyone, and where they are; not "Many
			// congratulations on ...", the recruiter's greeting.
			mark(i)
			continue
		}
		if t.lower == "what" && i+1 < len(toks) && !clauseEnd(i+1) && recruiterClause(toks, i, clauseEnd) {
			// "exactly what an Ofsted-outstanding trust in Solihull
			// wants": a clause with a subject of its own.
			for k := i + 1; k < len(toks) && k <= i+9 && !clauseEnd(k); k++ {
				if toks[k].flags&flagThirdVerb != 0 {
					mark(i)
					break
				}
			}
		}
		if !(t.capital || t.acronym) || t.fn && !t.acronym || t.name || t.nounCase {
			continue
		}
		if t.sentStart && !t.acronym && gerund(t) {
			// "Delivering the Glasnevin centre for Bannock is ...": a
			// gerund heads the clause; it names no one with a verb of
			// their own.
			continue
		}
		// The name, a possessive and its noun, then the verb.
		j := i
		for j+1 < len(toks) && !clauseEnd(j+1) && (toks[j+1].capital || toks[j+1].acronym || toks[j+1].in(flagConnector, connectors)) {
			j++
		}
		// "at the FAA", "for Redrow": tied to what comes before.
		p := listHead(toks, i) - 1
		dated := false
		for p >= 0 && !toks[p+1].sentStart && (toks[p].in(flagDeterminer, determiners) || toks[p].fn && toks[p].capital && !toks[p].sentStart ||
			toks[p].number && isYear(toks[p].key) && toks[p+1].punctBefore == " ") {
			// "at the FAA", "at Te Awa Ridge", "winning the 2022 Audie
			// Award": an article, a name's own first word, or its year.
			dated = dated || toks[p].number
			p--
		}
		// "Supporting Ravensholt REIT's sale ...": a possessive name right
		// after a gerund is its object's owner, not a subject.
		owned := strings.HasSuffix(toks[j].lower, "'s") || strings.HasSuffix(toks[j].lower, "’s")
		// After "at" or "for" a dated name is read as it was before years
		// were passed over here: only a verb of winning or a gerund takes
		// it as its object ("Winning the 2022 Audie Award ... was").
		if p >= 0 && !toks[p+1].sentStart && (toks[p].flags&flagTie != 0 && !dated || objectVerb(&toks[p]) || (p < i-1 || owned) && gerund(&toks[p])) {
			i = j
			continue
		}
		if strings.HasSuffix(toks[j].lower, "'s") {
			for n := 0; n < 3 && j+1 < len(toks) && !clauseEnd(j+1) && toks[j+1].flags&flagThirdVerb == 0 && !toks[j+1].fn; n++ {
				j++
			}
		}
		if j+1 < len(toks) && !clauseEnd(j+1) && toks[j+1].flags&flagThirdVerb != 0 {
			mark(i)
		}
		i = j
	}
}

// objectVerb reports whether a name after t is its object, not the
// subject of a clause of its own: "Being named Young Lawyer of the Year
// is ...", "Leading Harlow Finch's ESG group is ...". Only verbs of events
// and of leading: "Seeing Barratt Homes is hiring, ..." keeps its clause.
func objectVerb(t *lineTok) bool {
	if t.flags&flagRead != 0 {
		return t.flags&(flagEvent|flagLeadVerb) != 0 // the same two lists, read once per word
	}
	return eventWords[t.lower] != eventNone || leadVerbs[t.lower]
}

// gerund reports whether t is a verb in -ing ("Delivering", "running"):
// a name after it and an article is its object ("Delivering the Glasnevin
// centre for Bannock is ..."); right after it, the name may be the
// subject of a clause it takes ("Seeing Barratt Homes is hiring").
func gerund(t *lineTok) bool {
	return len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") && !t.acronym
}

// recruiterClause reports whether the clause from toks[i] is the
// recruiter's: it ends before saying "you" or "your", or reaches them only
// through a new clause ("I'm recruiting for X and your ..."). "I loved the
// X you led" is about the candidate.
func recruiterClause(toks []lineTok, i int, clauseEnd func(int) bool) bool {
	for k := i + 1; k < len(toks); k++ {
		if !clauseEnd(k) {
			continue
		}
		switch toks[k].lower {
		case "you", "your", "you're", "you've":
			switch toks[k-1].lower {
			case "and", "but", "so", "because", "as", "since", "while":
				return true
			}
			return false
		}
		return true
	}
	return true
}

// candidateWords say a sentence is about the candidate.
var candidateWords = map[string]bool{"you": true, "your": true, "yours": true, "you're": true, "you've": true,
	"you'd": true, "you'll": true, "yourself": true, "congrats": true, "congratulations": true, "kudos": true}

// markAsides marks the sentences of the line that are the recruiter's
// asides: a question ("Would you consider a move to Galway?"), and a
// sentence after the first that does not speak of the candidate ("The
// team is based in Belfast.", "the salary is €85k").
func markAsides(line string, toks []lineTok) {
	prev := 0 // where the sentence before starts
	for start := 0; start < len(toks); {
		end := start + 1
		for end < len(toks) && !toks[end].sentStart && !hasByte(toks[end].punctBefore, ';') {
			end++
		}
		// The punctuation that ends the sentence.
		tail := ""
		if end < len(toks) {
			tail = toks[end].punctBefore
		} else {
			tail = line[toks[end-1].end:]
		}
		aside := strings.Contains(tail, "?") && !elliptical(toks[start:end]) && !presupposes(toks[start:end])
		// After a colon inside a quoted title, its figures are the
		// title's ("the equine fetlock: 400 cases").
		colon := hasByte(toks[start].punctBefore, ':') && !sentenceEnds.in(toks[start].punctBefore) && inQuote(line[:toks[start].start])
		// What a colon opens after a word or three says what they sum
		// up ("Starke Leistung: Verlegung der ..."), as a gerund does.
		opened := hasByte(toks[start].punctBefore, ':') && !sentenceEnds.in(toks[start].punctBefore) && start-prev <= 3
		if !aside && start > 0 && !strings.HasSuffix(toks[start].lower, "ing") && !opened {
			aside = true
			for k := start; k < end; k++ {
				if toks[k].flags&flagCandidate != 0 {
					aside = false
					break
				}
			}
		}
		from := start
		if aside && strings.Contains(tail, "?") {
			from = questionTag(toks, start, end)
		}
		if aside {
			for k := from; k < end; k++ {
				toks[k].scope = !colon || !toks[k].number
			}
		}
		prev, start = start, end
	}
}

// wordSet is the set of the words of s, separated by spaces.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// wordGroups numbers groups of words from 1, each given as one string:
// every word maps to its group's number.
func wordGroups(groups ...string) map[string]int {
	m := map[string]int{}
	for g, ws := range groups {
		for _, w := range strings.Fields(ws) {
			m[w] = g + 1
		}
	}
	return m
}

// inQuote reports whether a quotation is open at the end of s: an odd
// number of straight double quotes, or more opening curly or angle quotes
// than closing ones.
//
// A German quotation opens with „ and closes with “, which opens an
// English one: „Das neue Betreuungsrecht 2023“ is closed.
func inQuote(s string) bool {
	if strings.Count(s, "\"")%2 == 1 {
		return true
	}
	german, depth := 0, 0
	for _, r := range s {
		switch r {
		case '„':
			german++
			depth++
		case '“':
			if german > 0 {
				german--
				depth--
			} else {
				depth++
			}
		case '«':
			depth++
		case '”', '»':
			depth = max(depth-1, 0)
		}
	}
	return depth > 0
}

// mayQuote reports whether line has a quote inQuote counts.
func mayQuote(line string) bool {
	if strings.IndexByte(line, '"') >= 0 {
		return true
	}
	// "“" is E2 80 9C, "«" C2 AB: their first bytes are found with
	// strings.IndexByte.
	for i := indexByteFrom(line, 0, 0xE2); i >= 0; i = indexByteFrom(line, i+1, 0xE2) {
		if i+2 < len(line) && line[i+1] == 0x80 && line[i+2] == 0x9C {
			return true
		}
	}
	for i := indexByteFrom(line, 0, 0xC2); i >= 0; i = indexByteFrom(line, i+1, 0xC2) {
		if i+1 < len(line) && line[i+1] == 0xAB {
			return true
		}
	}
	return false
}

// questionWords ask: a question with one of them, or with "you" or "I",
// is the recruiter's ("Would you consider ...?", "Is Galway an option?").
var questionWords = wordSet("is are was were am do does did can could would will should shall may might must " +
	"have has had what how why when where who whom whose which whether fancy interested open keen " +
	"isn't aren't don't doesn't didn't can't couldn't wouldn't won't")

// questionTag returns where the question of the sentence toks[start:end]
// starts when a statement comes before it, after a comma ("You founded
// Norrleden on the side, how is it going?"): the clause that opens with a
// question word, after a comma or a dash ("... seems lean — how do you
// manage it?"). Otherwise the whole sentence asks: start.
func questionTag(toks []lineTok, start, end int) int {
	for k := end - 1; k > start+1; k-- {
		if p := toks[k].punctBefore; hasByte(p, ',') || strings.ContainsAny(p, "—–") || strings.Contains(p, " - ") {
			if questionWords[toks[k].lower] {
				return k
			}
			break
		}
	}
	return start
}

// elliptical reports whether a sentence asked as a question is a
// statement with its verb left out ("Responsible vet for 41 marine sites
// in Hordaland?", "Twelve years on the Tyne?"): no question word, no
// "you" and no "I" in it. Its claims are claims. (Only a first sentence
// is one: a later one that does not speak of them is an aside anyway.)
func elliptical(toks []lineTok) bool {
	for i := range toks {
		if l := toks[i].lower; questionWords[l] || candidateWords[l] || firstPerson[l] || toks[i].flags&flagScope != 0 {
			return false
		}
	}
	return true
}

// presupposes reports whether a question asks how or why the candidate
// did what it says ("How did you get a 22% fatigue life improvement ...?",
// "What made you move your team to Leeds?"): what it says they did is a
// claim, as a statement's is.
func presupposes(toks []lineTok) bool {
	switch {
	case len(toks) < 3:
		return false
	case toks[0].lower != "how" && toks[0].lower != "what" && toks[0].lower != "why" && toks[0].lower != "where" && toks[0].lower != "when":
		return false
	}
	for k := 1; k+1 < len(toks) && k <= 3; k++ {
		if (toks[k].lower == "did" || toks[k].lower == "made") && (toks[k+1].lower == "you" || toks[k+1].lower == "your") {
			return true
		}
	}
	return false
}

// listHead returns where the list of names that toks[i] goes on starts:
// "across Malaysia, Thailand and Vietnam for Nestlé gave ...": Thailand
// is tied by "across" as Malaysia is, and is no subject of "gave". A name
// after a comma (and an article) that follows a name goes back to that
// name, as long as the words between are names.
func listHead(toks []lineTok, i int) int {
	name := func(k int) bool { return toks[k].capital || toks[k].acronym }
	head, k := i, i
	for {
		if k > 0 && toks[k].punctBefore == " " && toks[k-1].in(flagDeterminer, determiners) {
			k-- // "Indonesia, the Philippines"
		}
		if k == 0 || toks[k].sentStart || strings.TrimSpace(toks[k].punctBefore) != "," || toks[k].scope {
			return head
		}
		m := k - 1
		for m > 0 && name(m) && !toks[m].sentStart && toks[m].punctBefore == " " && name(m-1) {
			m-- // "New Zealand, Fiji": the first word of a name of several
		}
		if !name(m) || toks[m].fn && !toks[m].acronym {
			return head
		}
		head, k = m, m
	}
}
