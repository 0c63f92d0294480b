package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// anchor is a stretch of the line found in entries of the profile (a
// position, a school, a project).
type anchor struct {
	first, last int
	entries     []int32
	// place is set for a place name (a location of the profile or of an
	// entry): it conflicts only with facts of entries whose place is
	// known.
	place bool
	// name is set for a name of a mail-merge field of an entry (an
	// employer, a school).
	name bool
	// cl is the cluster the anchor is, for a wider look at its entries.
	cl *cluster
}

// bindWords tie two facts into one claim: "your X deal at firm Y", "the
// Z work for client W".
var bindWords = map[string]bool{"at": true, "for": true, "with": true, "in": true, "on": true, "while": true, "during": true, "within": true,
	"out": true, "across": true, "including": true,
	// The same in French, Spanish, Portuguese, Italian, German and Polish
	// ("chez", "en", "bei", "presso"), as lines in them bind facts too.
	"chez": true, "pour": true, "dans": true, "avec": true, "lors": true, "para": true,
	"durante": true, "em": true, "presso": true, "nel": true, "nella": true, "bei": true, "fur": true, "mit": true,
	"wahrend": true, "im": true, "dla": true, "przy": true, "sur": true, "sobre": true, "auf": true}

// sepWords keep two facts apart: a move from one entry to another, or a
// list.
var sepWords = map[string]bool{
	"to": true, "then": true, "and": true, "now": true, "after": true, "before": true, "from": true,
	"alongside": true, "plus": true, "later": true, "previously": true, "since": true, "also": true,
	"into": true, "as": true, "both": true, "or": true, "beside": true, "besides": true,
	// The same in Spanish, Portuguese, French, Italian and German ("en
	// Grupo Inditex y antes en Mercadona").
	"y": true, "e": true, "et": true, "und": true, "antes": true, "avant": true, "luego": true, "despues": true,
	"puis": true, "ensuite": true, "dann": true, "danach": true, "poi": true, "depois": true, "ahora": true,
	"agora": true, "maintenant": true, "jetzt": true, "desde": true, "depuis": true, "seit": true, "o": true, "ou": true, "oder": true,
}

// bindingProblems returns a sentence for each pair of facts the line
// binds together that come from different entries of the profile.
func (c *claimCheck) bindingProblems() []string {
	anchors := c.anchors()
	// A translated name's words are facts of the entry it translates.
	for _, tr := range c.res.translated {
		if tr.entry < 0 {
			continue
		}
		for k := range anchors {
			if a := &anchors[k]; a.first >= tr.first && a.last <= tr.last {
				a.entries = []int32{tr.entry}
			}
		}
	}
	var out []string
	// Each anchor with the next, and a fact with the one after a place
	// between them ("Taking the Palácio Verde Hotel in Porto to 81%
	// occupancy").
	var pairs [][2]int
	chained := map[int]bool{}
	for k := 0; k+1 < len(anchors); k++ {
		pairs = append(pairs, [2]int{k, k + 1})
		if k+2 < len(anchors) && anchors[k+1].place && !anchors[k].place && !anchors[k+2].place && c.tiedAfter(anchors[k], anchors[k+2]) {
			pairs = append(pairs, [2]int{k, k + 2})
		} else if k+2 < len(anchors) && c.bridges(anchors[k], anchors[k+1], anchors[k+2]) {
			// "the Trans Niger Pipeline ILI programme at Harbour Energy":
			// a word of both entries ("ILI") between a fact of one and
			// the employer of the other, in one noun phrase.
			pairs = append(pairs, [2]int{k, k + 2})
		}
	}
	// A fact bound to a name bound to an employer is the employer's: "the
	// refinery explosion MDL you managed at Epiq".
	for k := 0; k+2 < len(anchors); k++ {
		if a, m, b := anchors[k], anchors[k+1], anchors[k+2]; !a.place && !m.place && !b.place && b.first-m.last <= 7 &&
			(c.nounPhrase(a.last, m.first) || c.toks[a.first].number && c.bound(a.first, m.first)) && c.bound(m.last, b.first) && !slices.Contains(pairs, [2]int{k, k + 2}) {
			pairs = append(pairs, [2]int{k, k + 2})
			chained[k] = true
		}
	}
	for _, pr := range pairs {
		a, b := anchors[pr[0]], anchors[pr[1]]
		if pr[1] == pr[0]+2 && chained[pr[0]] {
			a.last = anchors[pr[0]+1].last // bound through the name between
		}
		if msg := c.agentFor(a, b); msg != "" {
			out = append(out, msg) // "Cryptic Pursuits, published by Brightwater Games"
			continue
		}
		// A place or an employer inside the stretch of a reference
		// ("Delivering the Moor Street car park in Bristol six weeks
		// early", "the forecasting model used by all six Duna Palota
		// hotels") is said of it.
		if c.oneTitle(a.last, b.first) {
			continue // "your Mathematics in School article": words of one title, not two facts
		}
		nested := (b.place || b.name) && b.first > a.first && b.last < a.last
		if !nested && !c.fronted(a, b) && !c.tiedAfter(a, b) && !c.whileAt(a, b) && !c.relativeAt(a, b) && !c.whichAfter(a, b) && !c.gerundAfter(a, b) && (b.first-a.last > 7 || !c.bound(a.last, b.first) && !(a.place && c.placeBefore(a, b))) {
			continue
		}
		if slices.ContainsFunc(a.entries, func(e int32) bool { return slices.Contains(b.entries, e) }) || c.widenMeets(&a, &b) ||
			b.name && c.entryWrites(a.entries, b) || a.name && c.entryWrites(b.entries, a) {
			continue
		}
		if c.countTranslated(a, b) || c.countTranslated(b, a) {
			continue
		}
		if a.place || b.place {
			// A place conflicts with a fact of an entry whose place the
			// profile gives, when no entry of that list is there: a school
			// in the same city says nothing of a position's place.
			place, fact := a, b
			if !a.place {
				place, fact = b, a
			}
			// The positions the fact is in (a recommendation may say it
			// too, with no place).
			fact.entries = ofList(fact.entries, listExperience)
			if fact.place || len(fact.entries) == 0 || !c.placed(fact) {
				continue
			}
			l := int32(listExperience)
			if i := slices.IndexFunc(place.entries, func(e int32) bool { return e/10000 == l }); i >= 0 {
				out = append(out, fmt.Sprintf("Puts %q in %s, but their profile has it in %s, and %s in %s: say where it was.",
					c.text(fact), c.text(place), c.idx.entryName(fact.entries[0]), c.text(place), c.idx.entryName(place.entries[i])))
			} else {
				out = append(out, fmt.Sprintf("Puts %q in %s, but their profile has it in %s, which is not there: say where it was.",
					c.text(fact), c.text(place), c.idx.entryName(fact.entries[0])))
			}
			continue
		}
		// Only entries of one list conflict: a paper written while at a
		// firm, or volunteering next to a job, is no contradiction. A
		// fact in entries of several lists (a position and a
		// recommendation) is compared in the other's list.
		if ea, eb := ofList(a.entries, listExperience), ofList(b.entries, listExperience); len(ea) > 0 && len(eb) > 0 &&
			!oneList(a.entries, a.entries[:1]) && !oneList(b.entries, b.entries[:1]) {
			// Both in posts and in other lists (a post, a paper), and in no
			// entry together: their posts conflict ("Nutri-Score across
			// 118 products at AZTI", the Nutri-Score work being at
			// Uribarri and in a post, AZTI in a paper too).
			a.entries, b.entries = ea, eb
		}
		if !oneList(a.entries, a.entries[:1]) && oneList(b.entries, b.entries[:1]) {
			a.entries = ofList(a.entries, b.entries[0]/10000)
		} else if !oneList(b.entries, b.entries[:1]) && oneList(a.entries, a.entries[:1]) {
			b.entries = ofList(b.entries, a.entries[0]/10000)
		}
		if len(a.entries) == 0 || len(b.entries) == 0 {
			continue
		}
		if !oneList(a.entries, b.entries) {
			// An award said to be for a thing of another list ("your
			// Holcim prize for the Keppel Rise school") when its entry
			// says what it was for.
			if msg := c.awardFor(a, b); msg != "" {
				out = append(out, msg)
			} else if c.projectFact(a, b) || c.projectFact(b, a) {
				// "your fouling study on Hurtigruten ships", the study a
				// project with no Hurtigruten, the ships a position's
				// work: a fact of one put into the other.
				out = append(out, c.glued(a, b))
			}
			continue
		}
		out = append(out, c.glued(a, b))
	}
	out = append(out, c.orderProblems(anchors)...)
	return append(out, c.placeProblems(anchors)...)
}

// glued says that a and b, said as one, are in different entries.
func (c *claimCheck) glued(a, b anchor) string {
	return fmt.Sprintf("Puts %q with %q, but their profile has them in different entries (%s; %s): say which one it was.",
		c.text(a), c.text(b), c.idx.entryName(a.entries[0]), c.idx.entryName(b.entries[0]))
}

// projectFact reports whether a is of projects only and b a fact of
// positions only, of two words or more, none of them in the project's
// entry: an employer, a client or a place the project names may be where
// it was done, a position's own work is no part of it.
func (c *claimCheck) projectFact(a, b anchor) bool {
	if !oneList(a.entries, a.entries[:1]) || a.entries[0]/10000 != listProject || b.name || b.place ||
		!oneList(b.entries, b.entries[:1]) || b.entries[0]/10000 != listExperience {
		return false
	}
	words := 0
	for k := b.first; k <= b.last; k++ {
		t := &c.toks[k]
		if !content(&t.token) {
			continue
		}
		if c.idx.inEntry(t.key, a.entries[0]) {
			return false // "the NFI" the project names: where it was done
		}
		words++
	}
	return words >= 2
}

func (c *claimCheck) text(a anchor) string {
	start := c.toks[a.first].start
	if p := c.toks[a.first].punctBefore; c.toks[a.first].number && currencySigns(p) != "" {
		start -= len(p) - len(strings.TrimRight(p, "£€$¥￥")) // "£38M", its sign too
	}
	return c.line[start:c.toks[a.last].end]
}

// placed reports whether the profile gives a place for every entry of a:
// a location field, or the profile's location for the current position.
func (c *claimCheck) placed(a anchor) bool {
	for _, e := range a.entries {
		known := false
		for i := range c.idx.segs {
			seg := &c.idx.segs[i]
			if seg.label == "location" && (seg.entry == e || seg.entry < 0 && e == c.idx.cur) {
				known = true
				break
			}
		}
		if !known {
			return false
		}
	}
	return true
}

// bound reports whether the words between two anchors tie them into one
// claim: a binding word, no separating word, one sentence.
func (c *claimCheck) bound(from, to int) bool {
	if k := from; c.toks[k].number || isScale(c.toks[k].key) || k > 0 && c.toks[k-1].number && physicalUnits[c.toks[k].lower] != "" {
		// "a S$1.3bn steel framework", "a 10 MW PEM stack": a figure of
		// the thing.
		if c.toks[k].number && k+1 < to && isScale(c.toks[k+1].key) {
			k++
		}
		if to == k+1 && c.toks[to].punctBefore == " " {
			return true
		}
	}
	if to == from+1 && (strings.HasSuffix(c.toks[from].lower, "'s") || strings.HasSuffix(c.toks[from].lower, "’s") ||
		strings.HasPrefix(c.toks[to].punctBefore, "'") || strings.HasPrefix(c.toks[to].punctBefore, "’")) {
		return true // "Banque Rivière's acquisition of Lumidental": whose it is
	}
	if to > from+1 && to <= from+3 && (strings.HasSuffix(c.toks[from].lower, "'s") || strings.HasSuffix(c.toks[from].lower, "’s")) &&
		!anyOf(c.toks[from+1:to+1], func(t *lineTok) bool { return t.punctBefore != " " || t.capital && !t.acronym }) &&
		!anyOf(c.toks[from+1:to], func(t *lineTok) bool { return t.fn || verbForm(t.lower) }) {
		return true // "Tuas Port's first million TEU": whose, over an ordinal or an adjective
	}
	if to == from+1 && c.invertedVerb(to) {
		return false // "bij A geef je": a verb, whose subject comes after it
	}
	if to == from+1 && (c.toks[from].capital || c.toks[from].acronym) && !c.toks[from].sentStart && !c.toks[to].capital && content(&c.toks[to].token) && c.toks[to].punctBefore == " " &&
		!c.toks[from].nounCase {
		// Not in German, where a word in lower case after a name is no
		// noun ("Neben Sonnenwerk unterrichten Sie": a verb).
		return true // "your Deliveroo fraud model": a name before the thing it qualifies
	}
	if c.nounPhrase(from, to) {
		return true // "the HJ-217 atopic dermatitis trial for ...", "the refinery explosion MDL": one noun phrase
	}
	bind := false
	for k := from + 1; k <= to; k++ {
		t := &c.toks[k]
		if t.sentStart || sentenceMarks.in(t.punctBefore) || strings.Contains(t.punctBefore, " - ") || t.scope {
			return false
		}
		if k == to {
			if strings.Contains(t.punctBefore, ",") && c.frontedClauseAt(from) {
				return false // "After handling dealer orders at Honka, growing Polarhirsi's network ...": two clauses
			}
			break
		}
		if t.lower == "from" && (c.toks[k+1].number || possessives[c.toks[k+1].lower] && c.toks[k+1].lower != "my") {
			// "queue times on Skyhaven Tactics from 90 seconds to 35": the
			// change of the thing named before it; "from your London
			// desk": where it was done from.
			bind = true
			continue
		}
		if t.lower == "by" && k+1 < to && gerund(&c.toks[k+1]) {
			// "cutting overtime by 40% by building the library": the
			// result and its means, one claim.
			bind = true
			k++
			continue
		}
		if sepWords[t.lower] || verbWords[t.lower] {
			return false
		}
		if (t.lower == "a" || t.lower == "à" || t.lower == "al") && c.movedFromBefore(from) {
			return false // "Pasar de jefa de banquetes en A a directora en B": a move
		}
		if youWords[t.lower] && c.frontedBeside(from) {
			return false // "Alongside partnership at A you sit on B's council": two posts
		}
		if t.lower == "on" && k+2 <= to && c.toks[k+1].lower == "top" && c.toks[k+2].lower == "of" {
			return false // "on top of your role at B"
		}
		if (t.lower == "while" || t.lower == "whilst" || t.lower == "when") && k+3 <= to && c.whileThere(k+1) {
			// "the X deal while you were at A": when and where the fact
			// happened, one claim.
			bind = true
			k += 2
			continue
		}
		if (t.lower == "while" || t.lower == "whilst" || t.lower == "when") && k+1 <= to && c.clauseStart(k+1) {
			return false // "at A while sitting on B's board": another clause
		}
		if forWords[t.lower] && c.leftBefore(from) {
			return false // "Leaving LanguageLine for Valley Regional": a move from one to the other
		}
		if t.lower == "with" && c.combinedBefore(from) {
			return false // "Combining the SUS clinic with teaching at Malmö": two posts
		}
		if bindWords[t.lower] || (t.lower == "en" || t.lower == "con") && c.toks[k+1].capital {
			bind = true // "en Grupo Inditex"; not "en pie"
		}
	}
	return bind
}

// verbWords between two facts make one the subject and the other what is
// said of it ("your work on the Castilla opening in Madrid is a great
// grounding for a GM"), not one claim.
var verbWords = wordSet("is was are were has had have makes made must shows says means")

// clauseStart reports whether the line's word k starts a clause of its
// own: a verb in -ing ("while sitting"), or a pronoun or possessive
// ("while you", "when your").
func (c *claimCheck) clauseStart(k int) bool {
	t := &c.toks[k]
	switch t.lower {
	case "you", "your", "they", "their", "she", "her", "he", "his", "also":
		return true
	}
	if k+1 < len(c.toks) && len(t.lower) <= 3 && c.toks[k+1].punctBefore == "-" {
		t = &c.toks[k+1] // "while co-managing a fund"
	}
	return !t.capital && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ing")
}

// whileThere reports whether the words from k say where the candidate
// was: a pronoun, a form of "be" and a word that binds ("you were at",
// "she was with").
func (c *claimCheck) whileThere(k int) bool {
	switch c.toks[k].lower {
	case "you", "they", "she", "he":
	default:
		return false
	}
	switch c.toks[k+1].lower {
	case "were", "was", "are", "is", "worked", "work":
	default:
		return false
	}
	// "at A", or the post held there: "interim COO at A", "the CFO".
	n := &c.toks[k+2]
	return bindWords[n.lower] || determiners[n.lower] || roleWords[n.lower] || postModifiers[n.lower] || n.acronym
}

// postModifiers come before a post: "interim COO", "acting head".
var postModifiers = wordSet("interim acting deputy assistant associate senior junior lead chief head general managing")

// placeBefore reports whether the place a is put before the fact b: at
// the head of its sentence ("In Leeds, you acted for ..."), or as a word
// of its noun phrase ("your Leeds work acting for ...").
func (c *claimCheck) placeBefore(a, b anchor) bool {
	if a.first == 0 || a.last >= b.first {
		return false // "your Bristol Tesco" is a place right before the fact
	}
	prev := &c.toks[a.first-1]
	if (prev.lower == "in" || prev.lower == "at") && (prev.sentStart || a.first == 1) {
		for k := a.last + 1; k <= b.first; k++ {
			if k > a.last+1 && (c.toks[k].sentStart || strings.ContainsAny(c.toks[k].punctBefore, ".;!?")) {
				return false
			}
		}
		return true
	}
	if !placeDeterminers[prev.lower] || b.first-a.last > 3 {
		return false
	}
	for k := a.last + 1; k <= b.first; k++ {
		t := &c.toks[k]
		if breaksAt(&t.token) || t.sentStart || k < b.first && (t.fn || sepWords[t.lower] || bindWords[t.lower]) {
			return false
		}
	}
	return true
}

// placeDeterminers before a place make it a word of a noun phrase: "your
// Leeds work".
var placeDeterminers = map[string]bool{"your": true, "the": true, "a": true, "an": true, "his": true, "her": true, "their": true}

// anchors are the line's references and names that the profile holds in
// one or more entries, in line order.
func (c *claimCheck) anchors() []anchor {
	var out []anchor
	if c.sc != nil {
		out = c.sc.anchors[:0]
		defer func() { c.sc.anchors = out[:0] }()
	}
	from := anyOf(c.toks, func(t *lineTok) bool { return t.lower == "from" })
	for i := range c.res.kept {
		cl := &c.res.kept[i]
		if es := c.entriesOf(cl.first, cl.last, &cl.matched, false, cl.seg); len(es) > 0 {
			end := cl.last
			if from {
				end = c.moveEnd(cl.first, cl.last)
			}
			if end == cl.last {
				end = c.thenEnd(cl.first, cl.last)
			}
			head := es
			if end < cl.last {
				// What the move came from is a fact of its own entries too.
				if own := c.entriesOf(cl.first, end, &cl.matched, false, -1); len(own) > 0 {
					head = own
				}
			}
			out = append(out, anchor{first: cl.first, last: end, entries: head, cl: cl})
			if end < cl.last {
				// What the move went to is a fact of its own entries.
				to := es
				if own := c.entriesOf(end+2, cl.last, &cl.matched, false, -1); len(own) > 0 {
					to = own
				}
				out = append(out, anchor{first: end + 2, last: cl.last, entries: to})
			}
		}
	}
	for _, cl := range c.res.under {
		// Two words that weigh something, or a rare one ("hepatitis C
		// programme"), outside every reference.
		if cl.weighted < 2 && cl.score < weightTier2 || anyOf(c.res.kept, func(k *cluster) bool { return k.first <= cl.last && cl.first <= k.last }) {
			continue
		}
		if es := c.entriesOf(cl.first, cl.last, &cl.matched, false, -1); len(es) > 0 {
			out = append(out, anchor{first: cl.first, last: cl.last, entries: es, cl: &cl})
		}
	}
	// Names in mail-merge fields of an entry: an employer, a school, a
	// place.
	inKept := func(k int) bool {
		return anyOf(c.res.kept, func(cl *cluster) bool { return cl.first <= k && k <= cl.last && cl.matched.has(k) })
	}
	nameAt := func(k int) bool {
		return (c.toks[k].capital || c.toks[k].acronym || c.toks[k].mixedCaps) && !phraseMarks.in(c.toks[k].punctBefore) && !inKept(k)
	}
	for i := 0; i < len(c.toks); i++ {
		t := &c.toks[i]
		if !(t.capital || t.acronym || t.mixedCaps) || t.sentStart || t.fn || t.scope {
			continue
		}
		// A reference that ends on the first word of a name ("the
		// Galway Races live blog at the Racing" of "... at the Racing
		// Post") leaves the name whole when a field names it whole.
		straddle := inKept(i) && i+1 < len(c.toks) && c.toks[i+1].punctBefore == " " && nameAt(i+1)
		if inKept(i) && !straddle {
			continue
		}
		owner := func(k int) bool { return possessiveWord(c.toks[k].lower) }
		j := i
		for j+1 < len(c.toks) && !owner(j) && nameAt(j+1) {
			j++ // to the end of the name: "Ravenscar's PRS scheme" is two; "your Bristol Tesco" two names
		}
		for j > i && c.cityAfter(i, j) {
			j-- // "Ladurée Paris": an employer, then the city it is in
		}
		// "Musée des Tissus", "Bank of England": the name may go on over
		// the small words between its words, which then say its entry.
		far := j
		for far+1 < len(c.toks) && !owner(far) {
			if nameAt(far + 1) {
				far++
				continue
			}
			k := far + 1
			for k < len(c.toks) && k <= far+2 && nameJoins[c.toks[k].lower] && c.toks[k].punctBefore == " " {
				k++
			}
			if k == far+1 || k >= len(c.toks) || !nameAt(k) {
				break
			}
			far = k
		}
		var es []int32
		place := false
		buf := c.lookup(i)
		acr := ""
		switch {
		case i == j && isInitialism(&t.token):
			acr = t.lower
		case j == i+1 && len(t.lower) == 1 && len(c.toks[j].lower) == 1 && c.toks[j].punctBefore == "&":
			acr = t.lower + c.toks[j].lower // "J&J", "P&G"
		}
		if acr != "" && !slices.ContainsFunc(buf, func(o occ) bool { return c.idx.segs[o.seg].kind == segMailMerge && c.idx.segs[o.seg].entry >= 0 }) {
			// "at DLUHC": the initials of an employer (which someone
			// else's words on the page may write as initials too, and
			// the headline may: "Ex-FCA").
			for si := range c.idx.segs {
				seg := &c.idx.segs[si]
				if seg.entry < 0 || seg.kind != segMailMerge && seg.label != "current company" {
					continue
				}
				if p, ok := initialsIn(seg.toks, acr); !ok {
					continue
				} else if seg.kind == segMailMerge {
					buf = append(buf, occ{seg: int32(si), pos: int32(p)})
				} else if !slices.Contains(es, seg.entry) {
					es = append(es, seg.entry) // a past employer's: "P&G" for Procter & Gamble
				}
			}
		}
		if len(acr) == 2 && j == i+1 {
			// "L&D" is also their "Learning & Development" post.
			for si := range c.idx.segs {
				if seg := &c.idx.segs[si]; seg.entry >= 0 && (seg.label == "current title" || seg.label == "current company") &&
					!slices.Contains(es, seg.entry) && pairInitialsIn(seg.toks, acr) {
					es = append(es, seg.entry)
				}
			}
		}
		c.buf = buf
		// A word the headline has ("Iberian & French short-term") is
		// the current post's too.
		inHeadline := slices.ContainsFunc(buf, func(o occ) bool { return c.idx.segs[o.seg].kind == segMailMerge })
		for _, o := range buf {
			seg := &c.idx.segs[o.seg]
			e := seg.entry
			switch {
			case straddle && (seg.kind != segMailMerge || !c.nameIn(seg, i, j)):
				continue
			case seg.kind == segSpecific && e >= 0 && (j > i || t.acronym && (len(t.lower) >= 3 || seg.toks[o.pos].acronym) || len(t.lower) >= 4 && c.lists.tier(t.lower) == 0 && !inHeadline) && c.nameIn(seg, i, j):
				// A name of two words or more, in capitals ("SCC"), or
				// of one word no dictionary has ("Pissarro") and no
				// mail-merge field either, that only the description of
				// an entry gives ("Competent Person").
			case seg.kind != segMailMerge && !(seg.label == "current company" && e >= 0 && c.nameIn(seg, i, j)):
				// An employer of a post held beside the current one
				// ("Highland Hospice") is its entry's when the whole
				// name is there.
				continue
			case seg.label == "location":
				// A place: the profile's own location is the current
				// position's.
				place = true
				if e < 0 {
					e = c.idx.cur
				}
			case e < 0:
				continue // the headline repeats the current employer
			}
			if e >= 0 && !slices.Contains(es, e) {
				es = append(es, e)
			}
		}
		if place && j > i {
			// "Dublin City Council": an employer named after its place is
			// the employer when its whole name is there.
			if em := c.employersNamed(i, j); len(em) > 0 {
				es, place = em, false
			}
		}
		if len(es) > 0 && !place && far > j {
			if al := c.aliasEntries(i, far); len(al) > 0 {
				es, j = al, far // "the University of Galway" for "Ollscoil na Gaillimhe"
			} else if narrow := c.nameEntries(es, i, far); len(es) > 1 && len(narrow) < len(es) {
				es, j = narrow, far
			}
		}
		if len(es) > 0 {
			if straddle {
				// The reference ends before the name.
				for k := range out {
					if a := &out[k]; !a.name && a.first < i && i <= a.last {
						a.last = i - 1
						for a.last > a.first && c.toks[a.last].fn {
							a.last--
						}
					}
				}
			}
			out = append(out, anchor{first: i, last: j, entries: es, place: place, name: !place})
		}
		if len(es) > 0 || !straddle {
			i = j
		}
	}
	// A degree: "your PhD at TUM" is of the school of the doctorate.
	for i := range c.toks {
		if lv, sub := degreeOf(c.toks[i].lower); lv != noDegree && !slices.ContainsFunc(out, func(a anchor) bool { return a.first <= i && i <= a.last }) {
			if es := c.idx.degreeEntries(lv, sub, nil); len(es) > 0 {
				out = append(out, anchor{first: i, last: i, entries: es, name: true})
			}
		}
	}
	// An amount or a share outside every anchor ("The £38M TBML network
	// you uncovered while at the FCA") is a fact of the entries that
	// give it.
	for k := range c.toks {
		if !c.toks[k].number {
			continue
		}
		if es := c.figureEntries(k); len(es) > 0 && !slices.ContainsFunc(out, func(a anchor) bool { return a.first <= k && k <= a.last }) {
			last := k
			if k+1 < len(c.toks) && isScale(c.toks[k+1].key) {
				last++ // "£38M": the scale is the figure's
			}
			out = append(out, anchor{first: k, last: last, entries: es})
		}
	}
	slices.SortFunc(out, func(a, b anchor) int { return a.first - b.first })
	return out
}

// nameJoins are the small words inside a name: "Bank of England", "Musée
// des Tissus", "Universidad de la Rioja", "Universidad de los Andes";
// "and" joins two names as well as the words of one.
var nameJoins = wordSet("of the and for de des du la le les el los las del della di da do dos das van von der den")

// entryWrites reports whether a field of one of the entries es writes
// the name anchor n whole: "Anadolu Fermuar in Bursa" where that post's
// description starts "Bursa.", though Bursa also names another employer.
func (c *claimCheck) entryWrites(es []int32, n anchor) bool {
	for si := range c.idx.segs {
		seg := &c.idx.segs[si]
		if seg.kind != segContext && slices.Contains(es, seg.entry) && c.nameIn(seg, n.first, n.last) {
			return true
		}
	}
	return false
}

// widenMeets looks at the entries of a and b again, their words' clipped
// forms included ("rehab" is also "rehabilitation" of another entry), and
// reports whether they then share one. It is done only for two anchors
// that would otherwise conflict.
func (c *claimCheck) widenMeets(a, b *anchor) bool {
	for _, x := range []*anchor{a, b} {
		if x.cl != nil {
			if es := c.entriesOf(x.cl.first, x.cl.last, &x.cl.matched, true, -1); len(es) > 0 {
				x.entries = es
			}
		}
	}
	return slices.ContainsFunc(a.entries, func(e int32) bool { return slices.Contains(b.entries, e) })
}
