package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// eventKind is what a line says happened to the candidate.
type eventKind int

const (
	eventNone eventKind = iota
	eventWin
	eventPass
	eventRole
	// eventOrigin: discovered, invented, founded: what follows is theirs
	// from the start.
	eventOrigin
)

// eventWords start an event; the words after them, to the end of the
// clause, are what it is about.
var eventWords = map[string]eventKind{
	"won": eventWin, "win": eventWin, "winning": eventWin, "wins": eventWin, "winner": eventWin,
	"awarded": eventWin, "scooped": eventWin, "bagged": eventWin, "clinched": eventWin,
	"passed": eventPass, "passing": eventPass, "pass": eventPass, "qualifying": eventPass,
	"qualified": eventPass, "finishing": eventPass, "finished": eventPass, "completing": eventPass,
	"completed": eventPass, "earning": eventPass, "earned": eventPass, "gaining": eventPass, "gained": eventPass,
	"graduating": eventPass, "graduated": eventPass,
	// The same in German, Dutch, French, Spanish, Portuguese, Italian and
	// Polish (folded): "Glückwunsch zur bestandenen Meisterprüfung".
	"bestanden": eventPass, "bestandenen": eventPass, "bestandene": eventPass, "geslaagd": eventPass,
	"reussi": eventPass, "reussie": eventPass, "aprobado": eventPass, "aprobada": eventPass, "aprovado": eventPass, "aprovada": eventPass,
	"superato": eventPass, "superata": eventPass, "zdany": eventPass, "zdanego": eventPass, "zdanej": eventPass, "zdania": eventPass,
	"promotion": eventRole, "promoted": eventRole, "appointed": eventRole, "appointment": eventRole,
	// The same in Polish, German, Spanish, Portuguese, Italian, Turkish and
	// the Nordic languages (folded): "Gratuluję awansu na kierowniczkę".
	"awans": eventRole, "awansu": eventRole, "awansie": eventRole, "beforderung": eventRole, "ascenso": eventRole,
	"promocao": eventRole, "promozione": eventRole, "terfi": eventRole, "terfiniz": eventRole, "terfinizi": eventRole,
	"befordran": eventRole, "forfremmelse": eventRole, "forfremmelsen": eventRole,
	"becoming": eventRole, "became": eventRole, "making": eventRole, "made": eventRole,
	"named": eventRole, "elected": eventRole, "move": eventRole, "step": eventRole,
	"crowned": eventWin, "voted": eventWin, "victory": eventWin, "victories": eventWin, "gold": eventWin, "champion": eventWin, "champions": eventWin,
	"discovered": eventOrigin, "discovering": eventOrigin, "invented": eventOrigin, "inventing": eventOrigin,
	"founded": eventOrigin, "founding": eventOrigin, "co-founded": eventOrigin, "co-founding": eventOrigin,
	// Spanish, French, German, Italian, Portuguese (folded), where what was
	// won follows.
	"gano": eventWin, "ganar": eventWin, "ganado": eventWin, "ganadora": eventWin, "ganador": eventWin,
	"remporte": eventWin, "remporter": eventWin, "laureat": eventWin, "laureate": eventWin, "gagne": eventWin,
	"gewinner": eventWin, "gewinnerin": eventWin,
	"vinto": eventWin, "vincere": eventWin, "vincitore": eventWin, "vincitrice": eventWin,
	"ganhou": eventWin, "ganhar": eventWin, "vencer": eventWin, "gagner": eventWin, "gewinnen": eventWin, "winnen": eventWin,
	"vencedor": eventWin, "vencedora": eventWin, "venceu": eventWin,
	"gewonnen": eventWin, "gewann": eventWin, "sieger": eventWin, "siegerin": eventWin, "winnaar": eventWin,
	"gagnant": eventWin, "gagnante": eventWin,
	// Nouns of a win: "votre victoire à la Coupe de France", "Sieg beim
	// ..." ("victoria", "vitória" are names too).
	"victoire": eventWin, "victoires": eventWin, "sieg": eventWin, "zdobycie": eventWin, "zdobyl": eventWin, "zdobyla": eventWin,
	// Polish: "Gratulacje wygranej w arbitrażu".
	"wygrana": eventWin, "wygranej": eventWin, "wygral": eventWin, "wygrala": eventWin, "wygranie": eventWin,
	"wygrania": eventWin, "zwyciestwo": eventWin, "zwyciestwa": eventWin, "zwyciezca": eventWin, "zwyciezczyni": eventWin,
}

// medalWords claim a win only of an award on the profile.
var medalWords = wordSet("gold champion champions")

// lesserOutcomes say a profile entry fell short of winning.
var lesserOutcomes = []string{
	"shortlisted", "shortlist", "short-listed", "finalist", "finalists", "runner-up", "runner up",
	"runners-up", "highly commended", "commended", "nominated", "nominee", "nomination",
	"longlisted", "longlist", "honourable mention", "honorable mention", "semi-finalist",
	"semi-final", "semifinal", "quarter-final", "quarterfinal", // "reached the quarter-finals of the Reno Regional"
	"second place", "third place", "argued", "candidate", "mention", "commendation",
	// A seat on the jury is no win: "Jury member, Citi Awards".
	"jury", "juror", "judge", "judging", "judged",
	"honoree", "honouree", "honorees", "silver", "bronze", "silber", "argento", "bronzo", "bronce", "srebrn", "brązow", "second prize", "third prize", "merit",
	"2nd prize", "3rd prize", "2nd place", "3rd place", "joint second", "special mention", "official selection",
	// A show's or a championship's runner-up: "Reserve Champion",
	// "Reserve Supreme".
	"reserve champion", "reserve grand champion", "reserve supreme", "reserve overall",
	"top 3", "top 5", "top 10", "top three", "top five", "top ten",
	// French, Spanish, Italian, Portuguese
	"finaliste", "nominé", "nominée", "nomine", "sélectionné", "sélectionnée", "mención", "accésit", "accessit",
	"finalista", "nominado", "nominada", "nominato", "nominata", "menzione", "indicado", "indicada",
}

// winWords say an entry was won.
var winWords = []string{" won ", " winner", " winning ", " awarded ", " gold ", " first prize", " recipient", " 1st prize", "(1st prize", " 1st place", "(1st place", " first place"}

// englishCongrats are the congratsWords of English.
var englishCongrats = wordSet("congrats congratulations kudos")

// awardNouns make the object of "congratulations on" a prize.
var awardNouns = map[string]bool{"award": true, "awards": true, "prize": true, "medal": true, "trophy": true, "year": true,
	// French, Spanish, Italian, Portuguese, German (folded): "de l'année",
	// "del año", "dell'anno", "do ano", "des Jahres".
	"annee": true, "ano": true, "anno": true, "jahres": true, "prix": true, "premio": true, "premios": true, "premi": true,
	"preis": true, "medaille": true, "medalla": true, "trophee": true, "trofeo": true}

// problems returns a sentence for each claim the profile does not support.
func (c *claimCheck) problems() []string {
	var out []string
	for i := 0; i < len(c.toks); i++ {
		t := &c.toks[i]
		if t.scope || t.stock || t.ignored {
			continue
		}
		if t.lower == "as" {
			if msg, last := c.asRole(i); msg != "" {
				out = append(out, msg)
				i = last
			}
			continue
		}
		congrats := t.in(flagCongrats, congratsWords)
		// "took first prize at the ASGS symposium", "your first place":
		// a win, whatever the verb.
		rankWin := (t.lower == "first" || t.lower == "1st" || t.lower == "top") && i+1 < len(c.toks) && (c.toks[i+1].lower == "prize" || c.toks[i+1].lower == "place") &&
			!inTheFirstPlace(c.toks, i)
		if t.flags&flagEvent == 0 && !congrats && !rankWin {
			continue
		}
		kind := eventWords[t.lower]
		if rankWin {
			kind = eventWin
		}
		if i+1 < len(c.toks) && c.toks[i+1].punctBefore == "-" && c.toks[i+1].start == t.end+1 && !c.toks[i+1].number {
			continue // "your pass-conflict resolver", "a step-change": a word of a compound, no event
		}
		if msg := c.nounWin(i); msg != "" {
			out = append(out, msg)
			continue
		}
		first, last := c.object(i)
		if congrats && !englishCongrats[t.lower] && (first > last || first == last && c.sentenceEnd(last)) {
			// "... birinciliğiniz için tebrikler!", "... birinci olmanızı
			// tebrik ederim!": what is congratulated comes first.
			first, last = c.sentenceBefore(i)
		}
		if first > last {
			continue
		}
		word := t.lower
		if congrats && !englishCongrats[t.lower] && !anyOf(c.toks[first:last+1], func(t *lineTok) bool { return eventWords[t.lower] != eventNone }) {
			// In another language, with no word of an event after them
			// ("Félicitations pour votre promotion"): an award it names
			// that the profile says was not won ("shortlisted", "silver")
			// must be congratulated as such.
			if msg := c.lesserCongrats(first, last); msg != "" {
				out = append(out, msg)
			}
			i = max(i, last)
			continue
		}
		if congrats {
			// "Congrats on X": X is the event; an award unless X says
			// otherwise.
			kind = eventNone
			nounMsg, winAt := "", 0
			for k := first; k <= last; k++ {
				if ek := eventWords[c.toks[k].lower]; ek != eventNone {
					if nounMsg, winAt = c.nounWin(k), k; nounMsg != "" {
						break // "Congratulations on your Tax Awards 2023 win"
					}
					// "Congrats on winning X": X is what follows the
					// event word, to the end of its clause.
					kind = ek
					word = c.toks[k].lower
					if f, l := c.object(k); f <= l {
						first, last = f, l
					} else {
						last = k - 1 // "pour le Trophée 2024 remporté": what was won comes before
					}
					break
				}
			}
			if nounMsg != "" {
				out = append(out, nounMsg)
				i = winAt
				continue
			}
			if kind == eventNone && (c.hasAward(first, last) || c.firstPlaceAt(first) || c.namesShortOfWin(first, last)) {
				kind = eventWin // "Congratulations on your 1st National from Orléans": a win
			}
			if kind == eventNone || first > last {
				continue
			}
		}
		if medalWords[t.lower] {
			// "Gold at the World Beer Cup": a win when it names an award
			// of theirs, checked against what the entry says they got;
			// "the gold standard" is no event.
			if seg, ok := c.bestSegment(c.contentKeys(first, last, kind), kind); !ok || !awardEntry(seg.entry) {
				continue
			}
		}
		switch award := c.hasAward(first, last); {
		case kind == eventRole && word == "named" && award:
			// "named Young Lawyer of the Year", and "Congratulations on
			// being named Greenkeeper of the Year": a win, not a post.
			kind = eventWin
		case kind == eventRole && (word == "becoming" || word == "became" || word == "named") && anyOf(c.toks[first:last+1], func(t *lineTok) bool { return afterWins[t.lower] }):
			// "becoming world champion in Mainz", "being named Ireland's
			// national winner": a win, of which the profile must say they
			// won.
			kind = eventWin
		case (t.lower == "crowned" || t.lower == "voted") && !award:
			continue // "voted for the plan"
		}
		if kind == eventPass && c.countPassed(first, last) {
			continue // "passing a thousand GitHub stars": a count reached, no exam
		}
		if kind == eventRole && (t.lower == "becoming" || t.lower == "became") && i > 0 && (c.toks[i-1].punctBefore == " " && content(&c.toks[i-1].token) &&
			!c.toks[i-1].capital && !candidateWords[c.toks[i-1].lower] || thingPronouns[c.toks[i-1].lower]) {
			// "your semifreddo becoming the best-selling dessert", "the
			// watercress you trialled, which became an own-label line":
			// the thing became it, not they.
			continue
		}
		if kind == eventPass && softPass[t.lower] && !c.qualification(first, last) {
			continue // "finishing FY23 at 138% of quota", "completing the refinancing"
		}
		if kind == eventRole && (t.lower == "move" || t.lower == "step") {
			// "a move up to Partner", not "your move to Berlin".
			if first > last || c.toks[first].lower != "up" {
				continue
			}
			first++
			if first <= last && c.toks[first].lower == "from" {
				continue // "a step up from Aire Valley": where they came from
			}
		}
		if kind == eventRole && (t.lower == "making" || t.lower == "made" || t.lower == "move" || t.lower == "step") && !c.hasCapital(first, last) && !c.hasRole(first, last) {
			continue // "making the case", "a bold move"
		}
		if kind == eventRole && congrats && (word == "making" || word == "made") && !c.hasRole(first, last) {
			// "Congrats on making The Lawyer Hot 100", "on The Salt Roads
			// making the Baillie Gifford shortlist": a list or an award
			// made, no post, held to what the award's entry says.
			kind = eventWin
		} else if kind == eventRole && (t.lower == "making" || t.lower == "made" || t.lower == "named") && !c.hasRole(first, last) {
			continue // "making the CIPS finalist list", "named in the Times"
		}
		msg := ""
		if kind == eventOrigin {
			msg = c.checkOrigin(word, first, last)
		} else {
			msg = c.checkEvent(kind, first, last, rankWin && !congrats && t.flags&flagEvent == 0)
		}
		if msg != "" {
			out = append(out, msg)
		}
		i = max(i, last)
	}
	return out
}

// object is the stretch of the line an event at i is about: the words
// after it up to the end of the clause, at most eight.
func (c *claimCheck) object(i int) (first, last int) {
	first, last = i+1, i
	if (c.toks[i].lower == "winner" || c.toks[i].lower == "winners" || eventWords[c.toks[i].lower] == eventPass) && i+1 < len(c.toks) && c.toks[i+1].lower == "as" {
		first = i + 2 // "the winner as Fundraising Director of the Year", "qualifying as an ACCA"
	}
	if first < len(c.toks) && eventWords[c.toks[i].lower] == eventWin && indirectObjects[c.toks[first].lower] {
		first++ // "... won you the Max": what was won comes after whom it was won for
	}
	if first < len(c.toks) && (c.toks[i].lower == "victory" || c.toks[i].lower == "victories") && (c.toks[first].lower == "at" || c.toks[first].lower == "in") {
		first++ // "to victory at the Reno Regional": what was won comes after where
	}
	for k := first; k < len(c.toks) && k <= i+9; k++ {
		t := &c.toks[k]
		if k > first && (t.sentStart || strings.ContainsAny(t.punctBefore, ",;:!?()–—") && !nameDash(t) || strings.Contains(t.punctBefore, " - ")) {
			break
		}
		if t.scope || clauseStops[t.lower] || k > first && t.lower == "by" {
			break // "named Greenkeeper of the Year by the Swedish ...": who gave it comes after
		}
		last = k
	}
	// An award's name is not cut where the window ends: "named an Event
	// Excellence finalist at the Outback Queensland Tourism Awards" is
	// named for the whole of it.
	if end := last; last == i+9 && c.toks[i].lower == "named" {
		for end+1 < len(c.toks) && end-i < 16 && c.toks[end].capital && c.toks[end+1].capital && !c.toks[end+1].sentStart && c.toks[end+1].punctBefore == " " {
			end++
		}
		if end > last && c.hasAward(last+1, end) {
			last = end
		}
	}
	if len(c.contentKeys(first, last, eventNone)) == 0 && i > 0 && (c.toks[i-1].lower == "you" || c.toks[i-1].lower == "they") {
		// "The GRDC award you won in 2022": what was won comes before.
		last = i - 2
		first = last + 1
		for k := last; k >= 0 && k >= i-10; k-- {
			t := &c.toks[k]
			first = k
			if t.sentStart || strings.ContainsAny(t.punctBefore, ",;:!?()–—") || determiners[t.lower] || t.lower == "your" {
				break
			}
		}
	}
	return first, last
}

// indirectObjects may come between a verb of winning and what was won.
var indirectObjects = wordSet("you them him her us")

// thingPronouns stand for a thing, never a person: "which became a
// Waitrose line" tells what became of the thing.
var thingPronouns = wordSet("which it")

// clauseStops end the object of an event: a verb or a new clause.
var clauseStops = wordSet("and but which that who where when while whilst alongside besides plus after before because since so then as than " +
	"is was are were has had have will would must could should can may might shows says means deserves " +
	"you they it this that's it's")

func (c *claimCheck) hasAward(first, last int) bool {
	for k := first; k <= last; k++ {
		if awardNouns[c.toks[k].lower] {
			return true
		}
	}
	return false
}

// roleWords name a rank or a post: what "made partner" or "named head of
// X" makes someone.
var roleWords = wordSet("partner director head manager lead leader chief officer president vp principal " +
	"associate counsel fellow consultant professor chair chairman chairwoman chairperson member ceo cfo coo cto cio " +
	"md gm supervisor sister matron superintendent dean editor engineer architect silk kc qc judge governor trustee " +
	"captain commander deputy assistant senior junior advisor adviser specialist controller treasurer secretary")

// contestNouns name a contest a line may say they won.
var contestNouns = wordSet("trials championship championships cup race tournament competition contest open games olympics olympiad worlds hackathon final finals league regatta " +
	"concours concurso concorso konkurs wedstrijd tavling yarisma") // and German compounds of "Wettbewerb", "Meisterschaft"

// hasContest reports whether toks[first..last] name a contest.
func (c *claimCheck) hasContest(first, last int) bool {
	for k := first; k <= last; k++ {
		if w := c.toks[k].lower; contestNouns[w] || strings.HasSuffix(w, "wettbewerb") || strings.HasSuffix(w, "meisterschaft") {
			return true
		}
	}
	return false
}

// checkEvent checks one event against the profile and returns why it is
// not supported, or "". rankOnly is set for a first place or prize said
// with no word of winning ("took first prize"): it is checked against an
// award it names, for a lesser outcome, and nothing else.
func (c *claimCheck) checkEvent(kind eventKind, first, last int, rankOnly bool) string {
	keys := c.contentKeys(first, last, kind)
	what := c.said(first, last)
	if len(keys) == 0 && kind == eventWin && c.matterWin(first, last) {
		// "Winning the cláusulas suelo follow-on cases": a matter in
		// everyday words, found by the reference it makes.
		for _, cl := range c.res.kept {
			if cl.last < first || cl.first > last {
				continue
			}
			seg := &c.idx.segs[cl.seg]
			src := c.outcomeText(seg)
			if !awardEntry(seg.entry) && seg.kind == segSpecific && !containsAny(src, winWords) && !containsAny(src, matterWins) {
				return fmt.Sprintf("Says they won %s, but their profile does not say how it ended (%q): say what they did.", quoteText(what),
					seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end])
			}
		}
	}
	if len(keys) == 0 {
		// "won national recognition": an award they are not shown to have.
		if kind == eventWin && !rankOnly && !c.idx.hasHonors && !c.idx.has("award") && !c.idx.has("prize") && !c.idx.has("win") && !c.idx.has("winner") {
			return fmt.Sprintf("Says they won %s, but their profile shows no award: name what their profile says they did.", quoteText(what))
		}
		return ""
	}
	// A win is of an award: "Heat Pump Installer of the Year" is the
	// award, not the employer "Heat Pump Installer Network".
	c.preferAward = kind == eventWin || kind == eventRole && c.hasAward(first, last)
	seg, ok := c.bestSegment(keys, kind)
	c.preferAward = false
	switch kind {
	case eventWin:
		if !ok && rankOnly {
			return "" // "taking first place in ...": checked against an award it names, no more
		}
		if !ok {
			return fmt.Sprintf("Says they won %s, which their profile does not show: name what their profile says they did.", quoteText(what))
		}
		if !c.employerOf(first, last, seg) {
			return fmt.Sprintf("Says they won %s, but their profile has it while at another employer: say where it was.", quoteText(what))
		}
		if team := c.teamAwardFor(first, last, seg); team != nil && !(seg.teamAward() && teamCreditedBy(c.toks, first, true)) {
			return fmt.Sprintf("Says they won %s, but that is %s (%q): name something they did.", quoteText(what), team.whose,
				team.src[team.toks[0].start:team.toks[len(team.toks)-1].end])
		}
		if who := c.otherWinner(seg, keys); who != "" {
			return fmt.Sprintf("Says they won %s, but their profile says %s won it: name something they did.", quoteText(what), who)
		}
		if prize := c.prizeAtContest(first, last, keys, seg); prize != "" {
			return fmt.Sprintf("Says they won %s, but their profile's award there is %q: name it as it does.", quoteText(what), prize)
		}
		src := c.outcomeText(seg)
		q := c.lesser(src)
		if q == "" && awardEntry(seg.entry) && !containsAny(src, winWords) {
			q = lesserPlace(" "+strings.ToLower(c.line)+" ", src)
		}
		if q == "" {
			q = c.rankBefore(seg, keys)
		}
		if q != "" {
			return fmt.Sprintf("Says they won %s, but their profile says %s (%q): say what it says.", quoteText(what), q, strings.TrimSpace(src))
		}
		if said, given := scopeInflated(c.line, src); said != "" {
			return fmt.Sprintf("Says they won %s at %s level, but their profile's award is %s (%q): say what it says.", quoteText(what), said, given, strings.TrimSpace(src))
		}
		if gap := c.nameGap(first, last, seg); gap != "" {
			return fmt.Sprintf("Says they won %s, but their profile's award is %q: name it as it does.", quoteText(what), gap)
		}
		if w := c.awardWordOff(first, last, seg); w != "" {
			return fmt.Sprintf("Says they won %s, but their profile's award has no %q: name it as it does.", quoteText(what), w)
		}
		if !awardEntry(seg.entry) && seg.kind == segSpecific && !containsAny(src, winWords) && !containsAny(src, matterWins) &&
			!sameLesser(strings.ToLower(what), src) && (c.matterWin(first, last) || c.hasAward(first, last) || c.hasContest(first, last) || c.bestOf(first, last)) {
			// An award or a contest ("the best abstract prize at EAU24",
			// "a Badminton Horse Trials winner") told of where their
			// profile presented at it or took part, no more.
			// "winning the ICC arbitration" where their entry says they
			// acted in it: an outcome the profile does not give.
			return fmt.Sprintf("Says they won %s, but their profile does not say how it ended (%q): say what they did.", quoteText(what),
				seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end])
		}
	case eventPass:
		if !ok {
			return fmt.Sprintf("Says they passed %s, which their profile does not show: name what their profile says they did.", quoteText(what))
		}
		if (strings.HasSuffix(seg.field, ".company") || seg.field == "company" || seg.label == "current company") &&
			anyOf(c.toks[first:last+1], func(t *lineTok) bool { return qualWords[t.lower] }) {
			// "passing the JAXA systems exam" where JAXA is only where
			// they work: no exam of theirs ("qualifying at Ashurst" is
			// where they qualified).
			return fmt.Sprintf("Says they passed %s, but their profile names it only as where they worked: name what their profile says they did.", quoteText(what))
		}
		if e := seg.entry; !(e >= 0 && (e/10000 == listCertification || e/10000 == listEducation || awardEntry(e))) && !passSaid(seg) &&
			anyOf(c.toks[first:last+1], func(t *lineTok) bool { return qualWords[t.lower] }) {
			// "passing your CITES ivory-trader licensing exam" where CITES
			// is a word of a guide they wrote: nothing they passed.
			return fmt.Sprintf("Says they passed %s, but their profile names it only as something else (%q): name what their profile says they did.", quoteText(what),
				seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end])
		}
		src := strings.ToLower(seg.src)
		if containsAny(src, pendingWords) && !c.passedIn(seg, first, last) {
			return fmt.Sprintf("Says they passed %s, but their profile says they are still working towards it.", quoteText(what))
		}
		if w := c.nameWordOff(first, last, seg); w != "" {
			return fmt.Sprintf("Says they passed %s, but their profile's %q has no %q: name it as it does.", quoteText(what),
				seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end], w)
		}
	case eventRole:
		if !ok || !c.employerOf(first, last, seg) {
			return fmt.Sprintf("Says they became %s, which is not a position or title on their profile.", quoteText(what))
		}
		if awardEntry(seg.entry) {
			// "Named Treasurer of the Year" for an award they were
			// shortlisted for: the whole entry says which.
			src := " " + strings.ToLower(c.idx.entryText(seg.entry)) + " "
			if q := c.lesser(src); q != "" {
				return fmt.Sprintf("Says they were named %s, but their profile says %s (%q): say what it says.", quoteText(what), q, strings.TrimSpace(src))
			}
		}
	}
	return ""
}

// lookup returns where the line word toks[k] occurs on the profile (see
// Index.lookup), as match found it when it looked: the slice is not to be
// written, only appended to.
func (c *claimCheck) lookup(k int) []occ {
	if t := &c.toks[k]; t.looked {
		return c.res.occs[t.occFrom:t.occTo:t.occTo]
	}
	c.buf = c.idx.lookup(c.toks[k].key, c.buf)
	return c.buf
}

// bestSegment returns a profile field that holds every content word of
// an event (a title for a new role), or false.
func (c *claimCheck) bestSegment(keys []int, kind eventKind) (*segment, bool) {
	var buf []occ
	counts := map[int32]int{}
	// An award or a qualification is written over lines of its own
	// ("40 Under 40", then "Dallas Business Journal · Sep 2023"): its
	// words are counted over the whole entry.
	awards := map[int32]int{}
	for _, k := range keys {
		t := &c.toks[k]
		buf = c.eventOccs(t, buf)
		if len(buf) == 0 && !t.acronym && !t.number && len(t.key) >= 5 {
			buf = c.idx.typoOf(t.key, buf) // "qualified at Ashhurst"
		}
		if t.capital {
			buf = c.idx.rootOccs(t, c.lists, buf) // "Architecture Prize" for "Premio de Arquitectura"
		}
		seen := map[int32]bool{}
		for _, o := range buf {
			if !seen[o.seg] {
				seen[o.seg] = true
				counts[o.seg]++
			}
			if e := c.idx.segs[o.seg].entry; awardEntry(e) && !seen[-2-e] {
				seen[-2-e] = true
				awards[e]++
			}
		}
	}
	var best *segment
	bestAt := int32(-1)
	for si, n := range counts {
		seg := &c.idx.segs[si]
		// A post held as a volunteer is a post ("as an Open House London
		// guide").
		award := awardEntry(seg.entry) && awards[seg.entry] >= len(keys) || n >= len(keys) && seg.entry >= 0 && seg.entry/10000 == listVolunteering
		if n < len(keys) && !award || seg.kind == segContext && !(kind == eventWin && seg.teamAward() && teamCreditedBy(c.toks, keys[0], true)) || seg.kind == segName || seg.kind == segVocab ||
			kind == eventRole && awardEntry(seg.entry) && c.postOwnsAward(seg, keys) {
			continue
		}
		if kind == eventRole && !award && !strings.HasSuffix(seg.field, ".title") && seg.field != "title" && seg.field != "headline" && !strings.HasPrefix(seg.field, "honors") && seg.field != "text" &&
			!strings.HasPrefix(seg.field, "certifications") {
			continue
		}
		if kind == eventRole && !award && seg.field == "text" && seg.label != "current title" && seg.label != "headline" {
			continue
		}
		// The first field by name, then by place: map order must not
		// choose between two fields of one name.
		if c.preferAward && best != nil && awardRank(seg.entry) != awardRank(best.entry) {
			if awardRank(seg.entry) > awardRank(best.entry) {
				best, bestAt = seg, si
			}
			continue
		}
		if kind == eventWin && best != nil && c.idx.lesserEntry(seg.entry) != c.idx.lesserEntry(best.entry) {
			// Two awards of those words: the one of the year the line
			// gives ("gold at the Royal Welsh Show in 2022", where 2022
			// is the runner-up's), else the one won ("Best Documentary
			// Series (The Ward)"), not the nomination.
			if sy, by := c.yearOfEntry(seg.entry), c.yearOfEntry(best.entry); sy != by {
				if sy {
					best, bestAt = seg, si
				}
				continue
			}
			if !c.idx.lesserEntry(seg.entry) {
				best, bestAt = seg, si
			}
			continue
		}
		if best == nil || seg.field < best.field || seg.field == best.field && si < bestAt {
			best, bestAt = seg, si
		}
	}
	return best, best != nil
}

// yearOfEntry reports whether a year the line gives is a year of entry e.
func (c *claimCheck) yearOfEntry(e int32) bool {
	var years []string // the entry's, read at the line's first year
	read := false
	for i := range c.toks {
		if t := &c.toks[i]; t.number && !t.wordNum && isYear(t.key) {
			if !read {
				years, read = yearsIn(c.idx.entryText(e)), true
			}
			if slices.Contains(years, t.key) {
				return true
			}
		}
	}
	return false
}

// softPass are the words of passing that say so only of a qualification:
// "finishing your NVQ", not "finishing FY23 at 138% of quota".
var softPass = wordSet("qualified finishing finished completing completed earning earned gaining gained graduating graduated")

// passSaid reports whether seg tells of a qualification or of passing
// one: a word of qualWords, or of passing ("passed", "certified").
func passSaid(seg *segment) bool {
	for i := range seg.toks {
		if l := seg.toks[i].lower; qualWords[l] || eventWords[l] == eventPass || passedWords[l] {
			return true
		}
	}
	return false
}

// passedWords say a qualification was gained.
var passedWords = wordSet("certified licensed accredited chartered registered admitted qualified")

// qualWords name qualifications.
var qualWords = wordSet("nvq degree diploma certificate certification qualification exam exams mba msc ma ba bsc phd llm " +
	"chartership charter accreditation licence license apprenticeship course training level cfa aca acca cima cpa pmp prince2")

// pendingWords say a qualification is still being worked towards.
var pendingWords = []string{"candidate", "studying", "in progress", "pursuing", "expected", "ongoing", "underway",
	"part qualified", "part-qualified", "partly qualified", "working towards", "working toward", "in training"}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func quoteText(s string) string { return fmt.Sprintf("%q", s) }

// isYear reports whether a number key is a year from 1900 to 2099.
func isYear(k string) bool {
	return len(k) == 4 && (k[:2] == "19" || k[:2] == "20") && isDigit(k[2]) && isDigit(k[3])
}
