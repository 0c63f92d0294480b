package personalize

import (
	"slices"
	"strings"
)

// romanceMoveVerbs say a move from one post to another in French, Spanish,
// Portuguese and Italian, before "de" ("pasar de A a B").
var romanceMoveVerbs = wordSet("pasar paso pasaste pasando ir saltar cambiar passer passe passant passar passou passando passare passato mudar")

// movedFromBefore reports whether, before the line's word k in its
// sentence, a move verb and "de" (or "desde", "da", "du") open a move.
func (c *claimCheck) movedFromBefore(k int) bool {
	for j := k; j > 0 && j >= k-8; j-- {
		if w := c.toks[j].lower; (w == "de" || w == "desde" || w == "da" || w == "du") && romanceMoveVerbs[c.toks[j-1].lower] {
			return true
		}
		if c.toks[j].sentStart {
			break
		}
	}
	return false
}

// besideWords open a phrase put before the main clause that sets another
// post beside it: "Alongside partnership at A, you ...".
var besideWords = wordSet("alongside besides beyond outside aside apart next " +
	// The same in German, Dutch, Portuguese, Spanish, Italian, Polish and
	// Swedish, folded ("Neben Sonnenwerk unterrichten Sie ...", "Além da
	// Sabesp, você dá aula ...").
	"neben naast alem ademas oltre oprocz forutom")

// youWords are "you" and "your" in the languages of besideWords and
// French: the main clause after a fronted "Alongside your X role, your
// seat on ...".
var youWords = wordSet("you your sie ihre ihr u uw voce sua seu vous votre usted ustedes voi pan pani")

// invertedVerb reports whether the line's word k is a verb with its
// subject, "you" in another language, after it: "Naast je werk bij A
// geef je les", "Neben A unterrichten Sie", where a word in lower case
// after a name is no noun it qualifies.
func (c *claimCheck) invertedVerb(k int) bool {
	n := k + 1
	return n < len(c.toks) && c.toks[n].punctBefore == " " && (youWords[c.toks[n].lower] || informalYou[c.toks[n].lower]) &&
		c.toks[n].lower != "you" && c.toks[n].lower != "your"
}

// informalYou are the words for "you" of the other languages said to
// someone one knows, folded: "geef je", "gibst du", "ger du".
var informalYou = wordSet("je jij du tu ty")

// frontedBeside reports whether the line's word k is in such a phrase at
// the start of its sentence.
func (c *claimCheck) frontedBeside(k int) bool {
	for ; k >= 0; k-- {
		if c.toks[k].sentStart || k == 0 {
			return besideWords[c.toks[k].lower]
		}
	}
	return false
}

// cityAfter reports whether the line's name i..j is an employer of the
// profile, i..j-1 from the start of its name, followed by a place the
// profile gives ("Ladurée Paris"), rather than one name.
func (c *claimCheck) cityAfter(i, j int) bool {
	if !slices.ContainsFunc(c.lookup(j), func(o occ) bool { return c.idx.segs[o.seg].label == "location" }) {
		return false
	}
	employer := false
	for _, o := range c.lookup(i) {
		seg := &c.idx.segs[o.seg]
		if seg.label != "current company" {
			continue
		}
		if c.nameIn(seg, i, j) {
			return false
		}
		employer = employer || len(seg.toks) > 0 && seg.toks[0].key == c.toks[i].key && c.nameIn(seg, i, j-1)
	}
	return employer
}

// oneTitle reports whether the line's words from..to are in one title of
// a publication: capitalised words, at most "in" or "on" between them, no
// punctuation, and a word for a piece of writing or a talk right after the
// run ("your Mathematics in School article", "your Studies in
// Conservation article").
func (c *claimCheck) oneTitle(from, to int) bool {
	if from >= to || !c.toks[from].capital || !c.toks[to].capital || c.toks[from].sentStart {
		return false
	}
	for k := from + 1; k <= to; k++ {
		t := &c.toks[k]
		if t.punctBefore != " " || !t.capital && !(k < to && (t.lower == "in" || t.lower == "on")) {
			return false
		}
	}
	end := to
	for end+1 < len(c.toks) && c.toks[end+1].capital && c.toks[end+1].punctBefore == " " {
		end++
	}
	return end+1 < len(c.toks) && c.toks[end+1].punctBefore == " " && pieceNouns[c.toks[end+1].lower]
}

// pieceNouns are pieces of writing and talks a title names.
var pieceNouns = wordSet("article articles paper papers piece pieces column journal post posts talk talks book chapter blog podcast review essay")

// whileAt reports whether b is said after "while (you were) at", "whilst
// with", "when at", and a before it in its sentence: the frame says where
// the whole clause before it happened, however long ("Switching 140
// community pools to salt electrolysis while at Piscinas Benítez", "...
// while you were diving for Smit").
func (c *claimCheck) whileAt(a, b anchor) bool {
	if b.place || b.first <= a.last+2 {
		return false
	}
	k := b.first - 1
	if c.toks[k].in(flagDeterminer, determiners) {
		k--
	}
	if !bindWords[c.toks[k].lower] {
		return false
	}
	k--
	if k > a.last+3 && c.toks[k-1].lower == "were" && gerund(&c.toks[k]) {
		k-- // "while you were diving for Smit"
	}
	if k > a.last+2 && c.toks[k-1].lower == "you" && (c.toks[k].lower == "were" || c.toks[k].lower == "worked") {
		k -= 2
	}
	if k <= a.last || c.toks[k].lower != "while" && c.toks[k].lower != "whilst" && c.toks[k].lower != "when" {
		return false
	}
	for m := a.last + 1; m <= b.first; m++ {
		if t := &c.toks[m]; t.sentStart || strings.ContainsAny(t.punctBefore, ".;!?") || t.scope {
			return false
		}
	}
	return true
}

// relativeAt reports whether b ends a clause of "you" that says what a is
// ("The 18% energy saving you achieved with oxygen control at Aquapolo",
// "the manual you wrote for Tokyo Waterworks"): a fact (and a word or two
// more of its noun), "you" and a verb in the past, and "at", "for" or
// "with" before b, in one clause of up to twelve words.
func (c *claimCheck) relativeAt(a, b anchor) bool {
	if a.place || b.place || b.first <= a.last+3 || b.first-a.last > 12 {
		return false
	}
	you := a.last + 1
	for you < a.last+3 && you < b.first && c.toks[you].lower != "you" && content(&c.toks[you].token) && !c.toks[you].capital {
		you++ // the rest of the noun: "the 18% energy saving you achieved"
	}
	if c.toks[you].lower == "that" || c.toks[you].lower == "which" {
		you++
	}
	if c.toks[you].lower != "you" || !pastVerb(&c.toks[you+1]) {
		return false
	}
	k := b.first - 1
	if c.toks[k].in(flagDeterminer, determiners) {
		k--
	}
	if k <= you+1 || !bindWords[c.toks[k].lower] {
		return false
	}
	for m := a.last + 1; m <= b.first; m++ {
		if t := &c.toks[m]; t.sentStart || strings.ContainsAny(t.punctBefore, ".;!?,–—()") || t.scope || m < b.first && (sepWords[t.lower] || verbWords[t.lower]) {
			return false
		}
	}
	return true
}

// whichAfter reports whether b is in a clause of "which" and a verb in
// the past right after a ("your forecasting at Vattenfall, which cut
// spill by 180 GWh"): what was done at a did b, in one clause of up to
// eight words.
func (c *claimCheck) whichAfter(a, b anchor) bool {
	w := a.last + 1
	if a.place || b.first <= w || b.first-a.last > 8 || c.toks[w].lower != "which" || !hasByte(c.toks[w].punctBefore, ',') || !pastVerb(&c.toks[w+1]) {
		return false
	}
	for m := w + 1; m <= b.first; m++ {
		if t := &c.toks[m]; t.sentStart || strings.ContainsAny(t.punctBefore, ".;!?,–—()") || t.scope {
			return false
		}
	}
	return true
}

// pastVerb reports whether t is a verb in the past: "achieved", "wrote",
// "led", "built", "ran".
func pastVerb(t *lineTok) bool {
	return !t.capital && (len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") || shortParticiples[t.lower] || irregularPast[t.lower])
}

// irregularPast are the pasts of verbs of work that neither end in -ed
// nor are among shortParticiples ("led", "built", "made" are).
var irregularPast = wordSet("ran wrote did set drew took gave brought began grew cut bought oversaw taught")

// leaveVerbs leave one place for another: "leaving A for B", "quitter A
// pour B", "dejar A por B".
var leaveVerbs = wordSet("leaving left leave leaves quit quitting quits swapped swapping swap traded trading " +
	"quitter quitte dejar dejaste dejo deixar deixou lasciare lasciato verlassen verliess")

// forWords say what a place was left for.
var forWords = wordSet("for pour por para per fur zugunsten dla")

// leftBefore reports whether a verb of leaving comes before the line's
// word from in its clause (at most six words back): "Leaving
// LanguageLine", "Leaving 737 line maintenance at KLM".
func (c *claimCheck) leftBefore(from int) bool {
	for k := from - 1; k >= 0 && k >= from-6; k-- {
		if leaveVerbs[c.toks[k].lower] {
			return true
		}
		if breaksAt(&c.toks[k+1].token) {
			break
		}
	}
	return false
}

// gerundAfter reports whether the figure b is said by a verb in -ing put
// after "at A," ("your VAP project at King's, cutting rates by 40%"): the
// result of what they did there.
func (c *claimCheck) gerundAfter(a, b anchor) bool {
	g := a.last + 1
	if a.place || b.place || a.first == 0 || !bindWords[c.toks[a.first-1].lower] || b.first <= g || b.first-g > 5 ||
		!c.toks[b.first].number || strings.TrimSpace(c.toks[g].punctBefore) != "," || !gerund(&c.toks[g]) {
		return false
	}
	for m := g + 1; m <= b.first; m++ {
		if t := &c.toks[m]; t.sentStart || strings.ContainsAny(t.punctBefore, ".;!?,–—()") || t.scope || m < b.first && (sepWords[t.lower] || verbWords[t.lower]) {
			return false
		}
	}
	return true
}

// combinedBefore reports whether a verb of holding two things at once
// comes before the line's word from in its clause ("Combining the SUS
// clinic with ...", "juggling your practice with ..."): its "with" joins
// two posts rather than tying one to the other.
func (c *claimCheck) combinedBefore(from int) bool {
	for k := from; k >= 0 && k >= from-4; k-- {
		if combineVerbs[c.toks[k].lower] {
			return true
		}
		if c.toks[k].sentStart || breaksAt(&c.toks[k].token) {
			break
		}
	}
	return false
}

// combineVerbs hold two things at once.
var combineVerbs = wordSet("combining combine combined combines juggling juggle juggled juggles balancing balance balanced balances pairing")

// frontedClauseAt reports whether the line's word k is in a clause put
// before its sentence's main clause by a word of time or of addition
// ("After ..., ", "Before ..., ", "Alongside ..., "), which a comma ends.
func (c *claimCheck) frontedClauseAt(k int) bool {
	for ; k >= 0; k-- {
		if c.toks[k].sentStart || k == 0 {
			return timeFrontWords[c.toks[k].lower] || besideWords[c.toks[k].lower]
		}
		if strings.Contains(c.toks[k].punctBefore, ",") {
			return false
		}
	}
	return false
}

// timeFrontWords open a clause of time before the main one.
var timeFrontWords = wordSet("after before since following having once when while " +
	// The same in French, Spanish, Portuguese, German and Dutch, folded.
	"apres avant despues antes depois nach vor nachdem na voor")
