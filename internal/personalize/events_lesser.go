package personalize

import (
	"slices"
	"strings"
	"unicode"
)

// The outcome an award's entry gives short of a win: shortlisted,
// highly commended, silver, a place below first.

// lesser returns the lesser outcome the profile's text src (lower case,
// spaced) gives, when it gives no win and the line does not say that
// outcome itself ("the silver medal", "your shortlisting" claim no more
// than the entry), or "".
func (c *claimCheck) lesser(src string) string { return c.lesserThan(src, true) }

// lesserThan is lesser, with a place below first (lesserPlace: "2º lugar",
// "2. Platz", "II miejsce") a lesser outcome when places is set: a win
// said of such an award claims too much; congratulations on it do not
// (lesserCongrats asks without places).
func (c *claimCheck) lesserThan(src string, places bool) string {
	said := " " + strings.ToLower(c.line) + " "
	if !containsAny(src, winWords) {
		if q := lesserOutcome(said, src); q != "" || !places {
			return q
		}
		return lesserPlace(said, src)
	}
	// "Waikato Dairy Manager of the Year (runner-up), ..., also won the
	// DairyNZ Merit Award": a win told of another award leaves this
	// one's outcome as it is.
	var rest strings.Builder
	for _, part := range strings.FieldsFunc(src, func(r rune) bool { return r == ',' || r == '.' || r == ';' || r == '\n' }) {
		part = " " + strings.TrimSpace(part) + " "
		if !containsAny(part, winWords) {
			rest.WriteString(part)
			continue
		}
		if l, p := scopeOf(said), scopeOf(part); p > 0 && l > p {
			continue // "Regional Winner": no win at the national level the line says
		}
		named, folded := 0, fold(part)
		for i := range c.toks {
			if t := &c.toks[i]; t.capital && !t.fn && !t.sentStart && strings.Contains(folded, " "+t.lower+" ") {
				named++
			}
		}
		if named >= 2 || sameScope(said, part) {
			// The win is of what the line names, or at the reach it
			// says: "the Leinster regional win" for "Regional Winner
			// (Leinster) ... national finalist".
			return ""
		}
	}
	return lesserOutcome(said, rest.String())
}

// colourOfWork reports whether q, a medal's colour, is found in src only
// after a "for", in what the award was given for: "Early Career Prize,
// for The Silver Coinage of Abdera" is no silver.
func colourOfWork(src, q string) bool {
	if medalColours[q] == 0 {
		return false
	}
	i := strings.Index(src, q)
	return i > 0 && strings.Contains(src[:i], " for ")
}

// medalGrade reports whether q, a medal's colour, is the grade of a medal
// that said, a line in lower case, names as a medal and gives no colour
// or first place of its own: "the Hummingbird Medal" for "Hummingbird
// Medal (Silver)", a medal given, of whatever grade.
func medalGrade(said, q string) bool {
	if medalColours[q] == 0 {
		return false
	}
	medal := false
	for _, w := range strings.FieldsFunc(said, func(r rune) bool { return !unicode.IsLetter(r) }) {
		w = fold(w)
		if colourRank(w) != 0 || w == "first" || w == "top" {
			return false
		}
		medal = medal || medalNouns[w]
	}
	return medal
}

// howJudged reports whether q, a word of judging, is found in src only
// as how the award was decided ("judged on bale inspection results",
// "judged by a panel"), not as a seat on its jury.
func howJudged(src, q string) bool {
	if !strings.HasPrefix(q, "judg") {
		return false
	}
	for rest := src; ; {
		i := strings.Index(rest, q)
		if i < 0 {
			return true
		}
		rest = rest[i+len(q):]
		w := strings.TrimLeft(rest, "abcdefghijklmnopqrstuvwxyz") // the end of the word: "judged", "judging"
		if !(strings.HasPrefix(w, " on ") || strings.HasPrefix(w, " by ") || strings.HasPrefix(w, " against ")) {
			return false
		}
	}
}

// lesserOutcome returns the lesser outcome src, an award's text in lower
// case, gives that said, a line in lower case, does not say in any form
// ("commendation" says "highly commended"), or "".
func lesserOutcome(said, src string) string {
	for _, q := range lesserOutcomes {
		if strings.Contains(src, q) && !strings.Contains(said, outcomeRoot(q)) && !saysLesser(said, q) && !colourOfWork(src, q) && !howJudged(src, q) &&
			!medalGrade(said, q) {
			return q
		}
	}
	// In another language: "Winzerin des Jahres 2024 – nominiert".
	if containsAny(said, lesserSaid) {
		return ""
	}
	for _, start := range lesserStems {
		if i := strings.Index(src, start); i > 0 && src[i-1] == ' ' {
			end := i + strings.IndexFunc(src[i:]+" ", func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
			return src[i:end]
		}
	}
	return ""
}

// lesserPlace returns the place below first that src, an award's text in
// lower case, gives and said, a line in lower case, does not say in any
// form ("— 2e place", "2. Platz", "2º lugar"), when src gives no first
// place and said no lesser outcome; or "".
func lesserPlace(said, src string) string {
	if strings.Contains(src, ":") {
		src = swedishOrdinals.Replace(src) // "2:a plats", "3:e plats": "2. plats"
	}
	// "2.º", "3°" (a degree sign for the ordinal's), "2ª": the place's
	// mark is part of its word.
	ws := strings.FieldsFunc(src, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != 'º' && r != '°'
	})
	saysOne := containsAny(said, lesserSaid) || slices.ContainsFunc(lesserOutcomes, func(q string) bool { return strings.Contains(said, q) })
	lesser := ""
	for _, w := range ws {
		// "Ticari Projeler kategorisi ikincilik": a place in one word.
		switch r := turkishPlaces[fold(w)]; {
		case r == 1:
			saysOne = true
		case r > 1 && lesser == "" && !saysLesser(said, w):
			lesser = w
		}
	}
	for i := 0; i+1 < len(ws) && !saysOne; i++ {
		if placingVerbs[fold(ws[i])] {
			// "Rowed in the 2008 Doggett's race, finishing second",
			// "came third": a place told by the verb, no noun of one.
			switch r := placeRank(ws[i+1]); {
			case r == 1:
				saysOne = true
			case r > 1 && lesser == "" && !saysLesser(said, ws[i+1]):
				lesser = ws[i] + " " + ws[i+1]
			}
		}
		for _, q := range [...]string{ws[i] + " " + ws[i+1], ws[i+1] + " " + ws[i]} {
			w, n, _ := strings.Cut(q, " ")
			switch r := placeRank(w); {
			case !rankNouns[fold(n)] && !prizeNouns[fold(n)]:
			case r == 1:
				saysOne = true // a first place too: "1. Platz Team, 2. Platz Einzel"
			case r > 1 && lesser == "" && !saysLesser(said, q):
				lesser = q
			}
		}
	}
	if saysOne {
		return ""
	}
	return lesser
}

// placingVerbs say the place a race or contest ended in, with the rank
// after them: "finishing second", "came third", "placed 2nd".
var placingVerbs = wordSet("finishing finished finish finishes came coming come comes placed placing took taking ended ending ranked ranking")

// prizeNouns rank an award as a place does: "Segundo premio", "2. Preis",
// "second prize", "deuxième prix", "II nagroda", folded: the prizeWords
// of institutions.go, English's, and forms they take after a number.
var prizeNouns = func() map[string]bool {
	m := wordSet("prize nagrode nagrody premiul odulu")
	for _, w := range prizeWords {
		m[w] = true
	}
	return m
}()

// swedishOrdinals writes Swedish ordinals ("2:a", "3:e") as German and
// Polish do ("2.").
var swedishOrdinals = strings.NewReplacer(":a ", ". ", ":e ", ". ")

// lesserStems are the lesserSaid that start no word of a win or of
// anything else: "nominiert", "finaliste", "wyróżnienie"; not "mention".
var lesserStems = strings.Fields("finalist nomin sélection selecci selezion seleç shortlist short-list wyróżn erwähn accésit accessit honrosa honorífica " +
	"menci menzion menção mencao indicação indicacao " + // "menció d'honor", "mención", "menzione", "menção honrosa"
	"genomin vermelding hedersomn mansiyon kunniamaininta " + // "genomineerd", "eervolle vermelding", "hedersomnämnande"
	"subcampe vicecampe vice-campe vicecampion vice-campion vizemeister wicemistrz") // a runner-up: "Subcampeón", "vice-campeã", "Vizemeisterin"

// sameLesser reports whether what a line says was won, in lower case,
// says an outcome short of a win that the profile's text src says too:
// "a Venue Excellence finalist" where it was "named a finalist".
func sameLesser(said, src string) bool {
	for _, s := range lesserStems {
		if strings.Contains(said, s) && strings.Contains(src, s) {
			return true
		}
	}
	return false
}

// lesserSaid are the starts of words that say an outcome short of a win in
// the languages of Europe: "finaliste", "nominiert", "présélectionnée",
// "wyróżnienie", "lobende Erwähnung". They are lesserStems and the starts
// that begin other words too ("mention", "commend").
var lesserSaid = append([]string{"engere wahl", "mention", "menç", "honorifica", "commend"}, lesserStems...)

// saysLesser reports whether a line, in lower case, says the lesser
// outcome q in other words or another language: the medal's colour in
// any ("la plata" for "silver"), or any word short of a win.
func saysLesser(said, q string) bool {
	if r := medalColours[q]; r != 0 {
		for _, w := range strings.FieldsFunc(said, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if colourRank(fold(w)) == r {
				return true
			}
		}
		return false
	}
	if r := placeRank(q); r > 1 {
		// "drugiego miejsca" for "2nd place": the same rank in any
		// language.
		for _, w := range strings.FieldsFunc(said, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != 'º' && r != 'ª'
		}) {
			if placeRank(fold(w)) == r { // "zum 2. Platz"
				return true
			}
		}
	}
	return containsAny(said, lesserSaid)
}

// placeRank returns the rank an outcome's first word gives ("second
// place", "2nd prize", "drugie"), or 0.
func placeRank(q string) int {
	w, _, _ := strings.Cut(q, " ")
	t := token{lower: w}
	if r, _ := rankAt(&t, nil); r > 0 {
		return r
	}
	if r := turkishPlaces[fold(w)]; r > 0 {
		return r
	}
	if r := ordinals[fold(w)]; r == 2 || r == 3 {
		return r // "segundo lugar", "zweiter Platz", "drugie miejsce"
	}
	if r := placeOrdinals[fold(w)]; r > 0 {
		return r
	}
	if k := ordinalWords[fold(w)]; k != "" {
		return atoi(k[:len(k)-2]) // "ninth of 31 teams" for "finished 9th of 31 teams"
	}
	// "2e", "3ème", "1er" in French, "2º", "2ª" in Spanish, Portuguese
	// and Italian (folded "2o"), "2.º" in Portuguese, "2." in German and
	// Polish.
	for _, suf := range [...]string{"ème", "eme", "er", "re", "e", "º", "ª", "°", "o", "a", "."} {
		if base, ok := strings.CutSuffix(w, suf); ok {
			if base = strings.TrimSuffix(base, "."); base != "" && strings.Trim(base, "0123456789") == "" {
				return atoi(base)
			}
		}
	}
	return 0
}

// placeOrdinals are the second and third before a place that ordinals
// leaves out, as words of other meanings elsewhere ("secondo" is also
// "according to", the Swedish "andra" also "others"), folded, and in
// Roman numerals ("II miejsce").
var placeOrdinals = map[string]int{"secondo": 2, "seconda": 2, "andra": 2, "ii": 2, "iii": 3}

// outcomeRoot is the start of the longest word of a lesser outcome,
// which its other forms share: "commendation" says "highly commended",
// "the shortlist" "shortlisted", "runners-up" "runner-up".
func outcomeRoot(q string) string {
	w := ""
	for _, f := range strings.FieldsFunc(q, func(r rune) bool { return r == ' ' || r == '-' }) {
		if len(f) > len(w) && eventWords[f] != eventWin {
			w = f // "reserve champion" is said by its "reserve": a "championship" won is none
		}
	}
	return w[:min(len(w), 6)]
}

// scopeLevels rank the reach of an award in the languages of the pages the
// reader reads, folded: a regional award is not a national one, nor a
// national one an international one.
var scopeLevels = func() map[string]int {
	m := map[string]int{}
	for level, words := range []string{
		"regional regionale regionaler regionalen regionalny regionaal provincial county state district local area municipal city chapter branch",
		"national nationwide nacional nazionale nationale nationaler narodowy nationell landelijk",
		"european europe continental european-wide pan-european europeo europeen europaischer europejski",
		"international internacional internazionale internationaler miedzynarodowy internationaal world worldwide global mundial mondial mondiale welt swiatowy",
	} {
		for _, w := range strings.Fields(words) {
			m[w] = level + 1
		}
	}
	return m
}()

// sameScope reports whether the line and an award's text give it the same
// reach, one of scopeLevels.
func sameScope(line, src string) bool {
	l := scopeOf(line)
	return l > 0 && l == scopeOf(src)
}

// scopeOf is the level of the widest reach s gives, or 0.
func scopeOf(s string) int {
	l, _ := scopeLevel(s)
	return l
}

// scopeLevel is the widest reach s gives, of scopeLevels, and its word.
func scopeLevel(s string) (top int, word string) {
	for _, w := range strings.FieldsFunc(fold(strings.ToLower(s)), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		l := scopeLevels[w]
		if l == 0 {
			l = compoundScope(w)
		}
		if l > top {
			top, word = l, w
		}
	}
	return top, word
}

// scopePrefixes are the reaches German writes into the name of a win or a
// title ("Landessiegerin", "Bundessieger", "Europameisterin",
// "Weltmeister"), and winTails the ends of those names.
var (
	scopePrefixes = []struct {
		prefix string
		level  int
	}{{"kreis", 1}, {"bezirks", 1}, {"landes", 1}, {"bundes", 2}, {"deutsche", 2}, {"europa", 3}, {"welt", 4}}
	winTails = []string{"sieger", "siegerin", "meister", "meisterin", "meisterschaft", "preis", "preistrager", "preistragerin"}
)

// compoundScope is the reach a German compound of a win gives, or 0.
func compoundScope(w string) int {
	for _, p := range scopePrefixes {
		if rest, ok := strings.CutPrefix(w, p.prefix); ok && slices.Contains(winTails, rest) {
			return p.level
		}
	}
	return 0
}

// scopeInflated returns the reach a line gives an award and the lesser one
// its entry gives ("national" for "Regional CFI of the Year"), when the
// entry gives none as wide; or "", "".
func scopeInflated(line, src string) (said, given string) {
	ls, lw := scopeLevel(line)
	ss, sw := scopeLevel(src)
	if ls < 2 || ss == 0 || ss >= ls {
		return "", ""
	}
	return lw, sw
}

// rankBefore returns a place below first that seg gives just before what
// the line says was won, the line's words keys, when the line does not say
// it: "Bold Abbot (2nd, Galway Plate, 2022)", "segundo en el Gran Premio
// Carlos Pellegrini"; else "". The place stands alone, before a comma, a
// bracket or a small word, not as a word of a name ("the 2nd Lisbon
// Triennale"); a win told between them ("won the Derby, then second in
// the Oaks") leaves it to its own race.
func (c *claimCheck) rankBefore(seg *segment, keys []int) string {
	said := " " + strings.ToLower(c.line) + " "
	for p := range seg.toks {
		if !c.keyIn(keys, seg.toks[p].key) {
			continue
		}
		if r := c.rankAhead(seg, p, said); r != "" {
			return r
		}
	}
	return ""
}

// rankAhead returns the place below first that seg gives up to six words
// before its word p, in its clause, or "".
func (c *claimCheck) rankAhead(seg *segment, p int, said string) string {
	for q := p - 1; q >= 0 && q >= p-6; q-- {
		t := &seg.toks[q]
		if t.cjk || seg.toks[q+1].start < t.end {
			return "" // pairs of Chinese or Japanese characters overlap
		}
		if gap := seg.src[t.end:seg.toks[q+1].start]; strings.ContainsAny(gap, ".;!?\n") && !strings.HasPrefix(gap, ".") {
			return ""
		}
		if eventWords[t.lower] == eventWin {
			return ""
		}
		r, _ := rankAt(t, nil)
		if r < 2 {
			continue
		}
		next := &seg.toks[q+1]
		if gap := seg.src[t.end:next.start]; gap == " " && !next.fn && !rankNouns[next.lower] && next.lower != "overall" {
			return "" // "the 2nd Lisbon Triennale": a word of its name
		}
		if strings.Contains(said, " "+t.lower+" ") || saysLesser(said, t.lower+" place") {
			return ""
		}
		return seg.src[t.start:t.end]
	}
	return ""
}

// firstPlaceAt reports whether the line's words from k name a first place
// in something named: "your 1st National", "the first Prix Pictet", after
// a determiner or a possessive.
func (c *claimCheck) firstPlaceAt(k int) bool {
	for n := 0; n < 2 && k < len(c.toks) && (c.toks[k].fn || possessives[c.toks[k].lower]); n++ {
		k++ // "on your 1st National"
	}
	if k+1 >= len(c.toks) || !c.toks[k+1].capital || c.toks[k+1].sentStart {
		return false
	}
	r, _ := rankAt(&c.toks[k].token, nil)
	return r == 1
}

// namesShortOfWin reports whether toks[first..last] hold a name the
// profile gives with an outcome short of a win after it: "Grammy" of
// "Grammy-nominated", "a Booker nominee". Congratulations on it ("Congrats
// on your Grammy") say a win. After "nominated for" a name may be the
// work nominated ("nominated for 'Ombak'"): it is not taken.
func (c *claimCheck) namesShortOfWin(first, last int) bool {
	short := func(t *token) bool {
		return slices.ContainsFunc(lesserStems, func(s string) bool { return strings.HasPrefix(t.lower, s) })
	}
	for k := first; k <= last; k++ {
		if t := &c.toks[k]; !t.capital || t.fn || t.sentStart {
			continue
		}
		for _, o := range c.idx.post[c.toks[k].key] {
			seg := &c.idx.segs[o.seg]
			if seg.kind == segVocab || seg.kind == segContext {
				continue
			}
			if p := int(o.pos); p+1 < len(seg.toks) && short(&seg.toks[p+1]) && !breaksAt(&seg.toks[p+1]) {
				return true
			}
		}
	}
	return false
}
