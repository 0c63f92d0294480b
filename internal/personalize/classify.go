package personalize

import (
	"slices"
	"strings"
	"unicode"
)

// scopeWords start the recruiter's part of a sentence: what follows them
// is about the client or the recruiter, not the candidate.
var scopeWords = map[string]bool{
	"our": true, "ours": true, "my": true, "we": true, "us": true, "we're": true,
	"we've": true, "we'll": true, "we'd": true,
	// French, Spanish, Italian, German, Portuguese
	"notre": true, "nos": true, "nuestro": true, "nuestra": true, "nuestros": true, "nuestras": true,
	"nostro": true, "nostra": true, "unser": true, "unsere": true, "unseren": true, "nosso": true, "nossa": true,
	// and more of their forms, and Polish, Danish and Turkish: "zu unserem
	// Projekt", "dla naszego klienta", "vores kunde" (not the Dutch "onze",
	// the French eleven, nor the Swedish "våra", folded as "vara", to be).
	"nostri": true, "nostre": true, "nossos": true, "nossas": true, "unserer": true, "unserem": true, "unseres": true,
	"nasz": true, "nasza": true, "nasze": true, "naszego": true, "naszej": true, "naszym": true, "naszych": true,
	"vores": true, "bizim": true, "musterimiz": true,
}

// dutchOur are the Dutch "our" and "us", function words in a line in
// Dutch ("past u perfect bij onze klant"); elsewhere "onze" is the
// French eleven.
var dutchOur = wordSet("onze ons")

// quantifiers before a role or a name make it anyone's: "any COO".
var quantifiers = map[string]bool{
	"any": true, "every": true, "most": true, "all": true, "many": true, "each": true, "other": true,
	"some": true, "few": true, "no": true,
}

// classify tokenizes the line and marks each word.
func classify(line string, raw []token, lists *Lists, idx *Index, sc *scratch) []lineTok {
	// A line typed in capitals says nothing about which words are names.
	caps := 0
	for i := range raw {
		if raw[i].acronym {
			caps++
		}
	}
	if len(raw) >= 4 && 10*caps >= 7*len(raw) {
		for i := range raw {
			raw[i].acronym, raw[i].capital, raw[i].mixedCaps = false, false, false
		}
	}
	if len(raw) >= 4 && !anyOf(raw, func(t *token) bool { return t.capital || t.acronym || t.mixedCaps }) {
		// A line typed all in lower case (or all in capitals) says
		// nothing of which words are names either: a word the profile
		// writes as a name or initials is one here ("congratulations on
		// welsh site manager of the year", "your honorary post at lshtm").
		idx.restoreCase(raw, lists)
	}
	toks := sc.lineToks(len(raw))
	nouns := capitalisesNouns(line, raw)
	dutch := dutchLine(raw)
	quoted := mayQuote(line)
	scope := false
	for i := range raw {
		t := &raw[i]
		if t.sentStart || hasByte(t.punctBefore, ';') {
			scope = false
		}
		if t.flags&(flagScope|flagSideNoun) != 0 && theirs(raw, i, idx) {
			// "an automotive client" where the profile tells of "our
			// largest automotive client": theirs, not the recruiter's.
			t.flags &^= flagScope | flagSideNoun
		}
		// The line token is filled in place (lineToks cleared it): it is
		// large, and nothing reads toks until the loop is done.
		lt := &toks[i]
		lt.token = *t
		if t.flags&flagScope != 0 && !(t.acronym && countryCodes[t.lower]) && !(quoted && inQuote(line[:t.start])) {
			scope = true // not "US" the country, nor the "we" of a title they wrote
		}
		lt.scope = scope
		// "any COO", "every CFO", "most partners": a third party in
		// general, not a claim about the candidate.
		if (t.capital || t.acronym) && (i > 0 && raw[i-1].flags&flagQuantifier != 0 ||
			i > 1 && raw[i-2].flags&flagQuantifier != 0 && !phraseMarks.in(t.punctBefore) && (raw[i-1].capital || raw[i-1].acronym)) {
			lt.scope = true
		}
		lt.fn = t.fn && !t.acronym || nouns && t.flags&flagGerman != 0 || dutch && (dutchSharedWords[t.lower] || dutchOur[t.lower])
		// In German every noun is capitalised: a capital says nothing of
		// a name.
		lt.nounCase = nouns && t.capital && !t.acronym && !t.mixedCaps
		// A function word weighs nothing: whether a mail-merge field has
		// it does not matter, and most words of a line are such.
		if !lt.fn {
			markMailMerge(lt, idx)
		}
		lt.weight = wordWeight(lt, lists)
	}
	// "a FTSE 100 client", "the Series B fintech role": the noun phrase
	// that ends in a recruiter-side noun is the recruiter's too.
	for i := range toks {
		if toks[i].flags&flagSideNoun == 0 {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if phraseBreaks.in(toks[k+1].punctBefore) || toks[k+1].sentStart {
				break
			}
			if determiners[toks[k].lower] {
				if indefiniteOnly[toks[i].lower] && toks[k].lower != "a" && toks[k].lower != "an" {
					break // "the post", a post they wrote
				}
				for m := k; m < i; m++ {
					toks[m].scope = true
				}
				// "a Head of Service opening in Durham", "a role at a
				// FTSE 100 firm": where the role is, is the recruiter's too.
				if m := i + 1; m < len(toks) && offerPlaces[toks[m].lower] && !phraseBreaks.in(toks[m].punctBefore) {
					for ; m < len(toks) && m <= i+5; m++ {
						if m > i+1 && (phraseBreaks.in(toks[m].punctBefore) || clauseStops[toks[m].lower]) {
							break
						}
						toks[m].scope = true
					}
				}
				break
			}
		}
	}
	// "15 years in procurement", "six years with British Gas": tenure,
	// which a mail merge fills from the dates, weighs nothing.
	for i := range toks {
		if toks[i].number && i+1 < len(toks) && toks[i+1].flags&flagTenure != 0 {
			toks[i].weight = 0
		}
	}
	markKinds(toks)
	markRecruitingFor(toks)
	markSalutation(toks, idx)
	markAddressee(toks, idx)
	markCJKNameTail(line, toks)
	markThirdParties(line, toks)
	markStock(toks, lists, idx)
	return toks
}

// theirs reports whether the recruiter-side noun raw[i] ("client") is
// the profile's with the word before it ("automotive client"): a thing of
// the candidate's the line names.
func theirs(raw []token, i int, idx *Index) bool {
	if i == 0 || !content(&raw[i-1]) || raw[i-1].capital || breaksAt(&raw[i]) {
		return false
	}
	if len(idx.phrase([]string{raw[i-1].key, raw[i].key}, nil)) > 0 {
		return true
	}
	// "a pharma client" for "a pharmaceutical client": the word clipped.
	if w := raw[i-1].lower; len(w) >= 4 {
		for _, o := range idx.post[raw[i].key] {
			if st := idx.segs[o.seg].toks; o.pos > 0 && strings.HasPrefix(st[o.pos-1].lower, w) {
				return true
			}
		}
	}
	return false
}

// markKinds marks what follows "the kind of", "this sort of", "that type
// of" up to the end of its clause as the recruiter's: a kind of work in
// general ("exactly the kind of QI our client wants"), not a claim.
func markKinds(toks []lineTok) {
	for i := 1; i+2 < len(toks); i++ {
		w, d := toks[i].lower, toks[i-1].lower
		if w != "kind" && w != "sort" && w != "type" || toks[i+1].lower != "of" || d != "the" && d != "this" && d != "that" {
			continue
		}
		for k := i + 2; k < len(toks); k++ {
			if k > i+2 && (breaksAt(&toks[k].token) || toks[k].sentStart || clauseStops[toks[k].lower]) {
				break
			}
			toks[k].scope = true
		}
	}
}

// germanWords are German function words, by which a line is known to be
// in German.
var germanWords = wordSet("der die das den dem des ein eine einen einem einer eines und oder aber mit ist sind war " +
	"waren fur von zu zum zur auf bei aus im am wie als auch nicht sehr genau unser unsere unseren unserem unserer " +
	"ihr ihre ihren ihrem ihrer sie wir ich es sich dass noch nur schon mehr uber unter nach vor durch bis hat haben " +
	"wird werden kann konnen diese dieser dieses jede jeder ganz wirklich gerne")

// capitalisesNouns reports whether the line is in a language that
// capitalises its nouns (German): three of its words or more are German
// function words found in no English line ("und", "mit", "ist", "der"),
// or two with a word spelt as only German spells ("Leistung",
// "Saalebrücke", "Maßnahme").
func capitalisesNouns(line string, toks []token) bool {
	n, marked := 0, false
	for i := range toks {
		t := &toks[i]
		if t.flags&flagGerman == 0 {
			if !marked && t.capital && !t.acronym {
				marked = germanSpelt(line[t.start:t.end], t.lower)
			}
			continue
		}
		switch t.lower {
		case "die", "war", "an", "am", "so", "hat", "bin", "also", "was", "will", "es", "ich":
			continue // English words too
		}
		n++
	}
	return n >= 3 || n == 2 && marked
}

// germanSpelt reports whether a capitalised word, as written and folded,
// is spelt as German spells its nouns: with an umlaut or ß, or ending in
// "ung", "ungen", "keit", "heit" or "schaft".
func germanSpelt(raw, lower string) bool {
	if !isASCII(raw) && strings.ContainsAny(raw, "äöüßÄÖÜ") {
		return true
	}
	if lower == "" {
		return false
	}
	switch lower[len(lower)-1] { // the suffixes' last letters
	case 'g', 'n', 't':
		for _, suf := range [...]string{"ung", "ungen", "keit", "heit", "schaft"} {
			if strings.HasSuffix(lower, suf) && len(lower) > len(suf)+2 {
				return true
			}
		}
	}
	return false
}

// tenureUnits after a number make it a tenure.
var tenureUnits = map[string]bool{"year": true, "years": true, "yrs": true, "yr": true, "decade": true, "decades": true,
	// The same in German, Dutch, French, Spanish, Italian, Portuguese and
	// Polish, as written and folded ("15 años en farmacia", "zehn Jahre").
	"jahr": true, "jahre": true, "jahren": true, "jaar": true, "jaren": true, "ans": true, "années": true, "annees": true,
	"año": true, "años": true, "ano": true, "anos": true, "anni": true, "lat": true, "lata": true, "roku": true,
	"aar": true, // the Nordic "år" (readWord)
}

// greetings come before the name of the person a line speaks to.
var greetings = map[string]bool{
	"hi": true, "hello": true, "hey": true, "dear": true, "hej": true, "hallo": true, "bonjour": true,
	"hola": true, "ciao": true, "salut": true, "ola": true, "morning": true, "thanks": true, "cheers": true,
	// Greetings in French, Spanish, Italian and Portuguese, folded, and
	// congratsWords.
	"estimado": true, "estimada": true, "querido": true, "querida": true, "buenos": true, "buenas": true,
	"bonsoir": true, "gentile": true, "prezado": true, "prezada": true, "caro": true, "cara": true,
	// Greetings and titles before a name in Polish, German and French:
	// "Dzień dobry", "Pani Katarzyno", "Sehr geehrte Frau", "Chère".
	"dobry": true, "witam": true, "czesc": true, "szanowna": true, "szanowny": true, "pani": true, "panie": true,
	"liebe": true, "lieber": true, "geehrte": true, "geehrter": true, "frau": true, "herr": true, "cher": true, "chere": true,
	"herzlichen": true, "herzliche": true, "bravo": true,
	// And in Turkish, the Nordic languages, Dutch, Lithuanian and
	// Vietnamese: "Merhaba", "Hei", "Beste", "Laba diena", "Chào chị".
	"merhaba": true, "sayin": true, "hei": true, "hejsan": true, "beste": true, "diena": true, "labas": true, "chao": true,
}

// congratsWords congratulate: what follows is an event of theirs, an
// award unless it says otherwise ("Congratulations on X"). In English and
// the other languages of Europe and beyond, folded.
var congratsWords = wordSet("congrats congratulations kudos enhorabuena felicidades felicitaciones felicitations " +
	"complimenti congratulazioni parabens gluckwunsch glueckwunsch gluckwunsche gratulation gratulationen gratulacje " +
	"gratuluje gratulujeme gratulalok gratulalunk gratulerer grattis tillykke onnittelut tebrikler tebrik gefeliciteerd " +
	"proficiat blahoprejeme blahoprejem felicitari felicitacoes συγχαρητηρια поздравляю поздравляем вітаю bravo brava")

func init() {
	for w := range congratsWords {
		greetings[w] = true
	}
}

// markAddressee marks the name the line speaks to as the candidate's name,
// which counts for nothing: the words after a greeting ("Hi Gosia,"), and
// a short form of their name set off by commas or ending the sentence
// ("Seun, your ...", "... here, Seun!", Seun for Oluwaseun).
func markAddressee(toks []lineTok, idx *Index) {
	for i := range toks {
		t := &toks[i]
		if !t.capital || t.fn || t.number || t.name {
			continue
		}
		afterGreeting := i > 0 && toks[i-1].flags&flagGreeting != 0 && !phraseMarks.in(t.punctBefore)
		if !afterGreeting && !(vocative(toks, i) && idx.shortName(t.lower)) {
			continue
		}
		for j := i; j < len(toks) && j <= i+2; j++ {
			// "Frau Dr. Hoffmann-Şahin": the dot of a title goes on to
			// the name.
			title := j > i && honorifics[toks[j-1].lower] && toks[j].punctBefore == ". "
			if j > i && (!toks[j].capital || phraseMarks.in(toks[j].punctBefore) && !title) {
				break
			}
			toks[j].name, toks[j].weight = true, 0
		}
	}
}

// honorifics are titles written before a name, often with a dot.
var honorifics = wordSet("dr dra prof mr mrs ms mx monsieur madame mme mlle senor senora sr sra signor signora " +
	"professor captain capt commander cdr colonel col lieutenant lt major sergeant sgt sister rev reverend father pastor rabbi imam " +
	"judge cllr councillor sir dame lord lady chef coach ing inz mgr")

// vocative reports whether toks[i] stands where a line puts the name of
// the person it speaks to: first, before a comma, or after a comma at the
// end of a sentence or before another comma.
func vocative(toks []lineTok, i int) bool {
	next := ""
	if i+1 < len(toks) {
		next = toks[i+1].punctBefore
	} else {
		next = "."
	}
	if i == 0 {
		return strings.Contains(next, ",")
	}
	return hasByte(toks[i].punctBefore, ',') && (next == "." || strings.ContainsAny(next, ",!?.") || i+1 == len(toks))
}

// shortName reports whether w (folded) is a word of the candidate's name
// or a short form of one: its start or end, three letters or more
// ("Seun" for Oluwaseun, "Thandi" for Thandiwe), or a pet name of it
// ("Nacho" for Ignacio, nicknames).
func (x *Index) shortName(w string) bool {
	if len(w) < 2 {
		return false
	}
	full := nicknames[w] // "Nacho" for Ignacio
	if len(w) < 3 && len(full) == 0 {
		return false
	}
	for i := range x.segs {
		seg := &x.segs[i]
		if seg.kind != segName {
			continue
		}
		for k, nt := range seg.toks {
			if slices.Contains(full, nt.lower) {
				return true
			}
			if strings.HasPrefix(nt.lower, w) || strings.HasSuffix(nt.lower, w) {
				return true
			}
			// "Seoyeon" for "Seo-yeon", "Jeanmarc" for "Jean-Marc".
			if k+1 < len(seg.toks) && seg.toks[k+1].punctBefore == "-" && w == nt.lower+seg.toks[k+1].lower {
				return true
			}
		}
	}
	return false
}

// sideNouns end noun phrases about the recruiter's side: "a FTSE 100
// client", "the Series B fintech role".
var sideNouns = map[string]bool{
	"client": true, "clients": true, "client's": true, "role": true, "roles": true, "position": true,
	"positions": true, "vacancy": true, "vacancies": true, "mandate": true, "mandates": true,
	"search": true, "opportunity": true, "opportunities": true, "job": true, "jobs": true,
	"post": true, "posts": true, "opening": true, "openings": true, "brief": true, "briefs": true,
	"requisition": true, "requisitions": true, "assignment": true, "assignments": true,
}

// indefiniteOnly are side nouns only with "a" or "an": "a CNM3 post" is
// the job on offer, "the post" one they wrote.
var indefiniteOnly = map[string]bool{"post": true, "posts": true, "assignment": true, "assignments": true}

// markMailMerge marks a line word that a mail-merge field holds, as
// written or as the initials of its words ("IPC" for a headline's
// "Infection Prevention & Control").
func markMailMerge(lt *lineTok, idx *Index) {
	if label, ok := idx.mailMergeLabelOf(lt); ok {
		lt.covered = true
		lt.hard = label != "headline"
		lt.name = label == "name"
	} else if label := idx.mailMergeInitials(&lt.token); label != "" {
		lt.covered = true
		lt.hard = label != "headline"
	}
}

// offerPlaces start where a role on offer is: "a role in Durham".
var offerPlaces = map[string]bool{"in": true, "at": true, "near": true, "based": true, "within": true, "with": true}

var determiners = map[string]bool{"a": true, "an": true, "the": true, "our": true, "my": true, "this": true, "that": true}

// nameAt reports whether the line's keys from toks[i] on are those of
// name (whose first key toks[i] has).
func nameAt[T any, P interface {
	*T
	tokener
}](toks []T, i int, name []string) bool {
	if i+len(name) > len(toks) {
		return false
	}
	for k := 1; k < len(name); k++ {
		if P(&toks[i+k]).tok().key != name[k] {
			return false
		}
	}
	return true
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
	case t.flags&flagCoined != 0:
		return weightRare // "the ReSPECT form": a name, however common the word
	case lists.isCommonWord(t):
		return 0
	case t.acronym:
		return weightRare
	case t.cjk && allHiragana(t.lower):
		return 0 // "ます", "しい": the grammar of a Japanese sentence
	}
	w := strings.TrimSuffix(t.lower, "'s")
	tier := lists.tier(w)
	if tier == 0 {
		if !foreignTimeBits.hasBit(t.keyBitOf()) {
			// no unit of time in another language
		} else if u := foreignTimeUnits[t.key]; u != "" {
			tier = lists.tier(u) // "años", "Jahre": weighed as "year" is
		}
	}
	if tier == 0 && (!t.capital || t.sentStart || t.nounCase) && lists.isForeignWord(t) {
		// An everyday word of another language ("mich", "roku", "votre"),
		// not a name: as common as the commonest English words.
		tier = 1
	}
	switch tier {
	case 1:
		return weightTier1
	case 2:
		return weightTier2
	case 3:
		return weightTier3
	}
	return weightRare
}

// foreignTimeBits filters the keys of foreignTimeUnits.
var foreignTimeBits = bitsOfKeys(foreignTimeUnits)

// isForeignWord is lists.foreign[t.lower] || lists.foreign[t.key],
// looked up only when the bits may hold the word.
func (l *Lists) isForeignWord(t *lineTok) bool {
	return l.foreignBits.has(t.lower) && l.foreign[t.lower] || l.foreignBits.hasBit(t.keyBitOf()) && l.foreign[t.key]
}

// markStock marks the words inside stock phrases. A phrase matches its
// words in order with at most two other words between each pair.
func markStock(toks []lineTok, lists *Lists, idx *Index) {
	for i := range toks {
		if !lists.stockBits.hasBit(toks[i].keyBitOf()) {
			continue
		}
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
			if k == len(ph) && !idx.awardNamed(ph) {
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

// mailMergeInitials returns the label of a mail-merge field (other than
// the name) whose words t, an initialism of three letters or more, spells,
// or "".
func (x *Index) mailMergeInitials(t *token) string {
	if !isInitialism(t) || len(t.lower) < 3 {
		return "" // "UK", "HR": too short to say which words they stand for
	}
	for i := range x.segs {
		seg := &x.segs[i]
		if seg.kind != segMailMerge {
			continue
		}
		if _, ok := initialsIn(seg.toks, t.lower); ok {
			return seg.label
		}
	}
	return ""
}

// allHiragana reports whether w is written in hiragana only.
func allHiragana(w string) bool {
	for _, r := range w {
		if !unicode.In(r, unicode.Hiragana) {
			return false
		}
	}
	return w != ""
}

// awardNamed reports whether the profile names an award of theirs with
// the words of a stock phrase, in order: "Rising Star - Energy" makes
// "Rising Star" an award's name, not praise.
func (x *Index) awardNamed(keys []string) bool {
	if x == nil {
		return false
	}
	for _, o := range x.phrase(keys, nil) {
		if e := x.segs[o.seg].entry; e >= 0 && e/10000 == listHonor {
			return true
		}
	}
	return false
}

// diminutive reports whether w (folded), a name the line speaks to, may
// be a pet form of a word of the candidate's name: its first three letters
// or more are that word's ("Bartek" for Bartłomiej, "Radek" for Radosław,
// "Nikos" for Nikolaos), where "Paco" for Ignacio is someone else.
func (x *Index) diminutive(w string) bool {
	if len(w) < 4 {
		return false
	}
	for i := range x.segs {
		seg := &x.segs[i]
		if seg.kind != segName {
			continue
		}
		for _, nt := range seg.toks {
			n := fold(nt.lower)
			if len(n) >= 4 && n[:3] == w[:3] {
				return true
			}
		}
	}
	return false
}
