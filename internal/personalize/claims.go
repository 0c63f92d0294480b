package personalize

import (
	"slices"
	"strconv"
	"strings"
)

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
	// Where the recruiter saw them, and the recruiter's own papers.
	"linkedin": true, "jd": true, "cv": true, "resume": true, "inmail": true,
}

// countryCodes written in capitals are places ("14 US sites"), not the
// words they spell in lower case.
var countryCodes = map[string]bool{"us": true, "uk": true, "usa": true, "eu": true, "uae": true}

// connectors may sit inside a name ("Apple v. Samsung", "Head of Growth").
var connectors = map[string]bool{
	"of": true, "v": true, "vs": true, "de": true, "la": true, "van": true,
	"von": true, "der": true, "du": true, "and": true, "for": true, "the": true,
}

// nameArticles may come between a connector and the rest of a name: "of
// La Rioja", "of the West".
var nameArticles = wordSet("the la le el les los las del di da do")

// orgWordsBits filters the keys of orgWords.
var orgWordsBits = bitsOfKeys(orgWords)

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
	"min": true, "mins": true, "wk": true, "wks": true, "hr": true, "mo": true, "mos": true,
}

// claims are things a line can credit the candidate with ("your book");
// each is supported when one of its words or its profile section is there,
// or when the line's reference right after it is in a section its words
// or refIn name ("your master's thesis on bismuth additions": an
// education entry's words beside the degree are its thesis).
var claims = []struct {
	name     string
	nouns    []string
	support  []string
	sections func(*Index) bool
	refIn    []string
}{
	{"a talk", []string{"talk", "presentation", "lecture", "webinar", "panel", "speech"},
		append([]string{"talk", "keynote", "present", "presentation", "lecture", "webinar", "panel", "speech", "speaker", "spoke", "conference", "summit"},
			talkWords...),
		func(x *Index) bool { return x.hasPublications }, nil},
	// A keynote is a talk of a rank the profile must give: "presented at
	// the conference" is no keynote.
	{"a keynote", []string{"keynote"}, []string{"keynote", "plenary"}, nil, nil},
	{"a book", []string{"book", "novel", "memoir", "textbook"},
		append([]string{"book", "author", "novel", "memoir", "textbook", "publish", "publication"}, bookWords...), nil, nil},
	{"a paper", []string{"paper", "article", "blog", "essay", "study", "op-ed", "column", "research", "published"},
		append([]string{"paper", "article", "blog", "essay", "study", "journal", "publish", "write", "author", "column", "research", "researcher",
			"thesis", "dissertation"}, paperWords...), func(x *Index) bool { return x.hasPublications }, nil},
	{"a podcast", []string{"podcast", "episode"}, []string{"podcast", "episode", "host"}, nil, nil},
	{"an award", []string{"award", "prize", "medal", "trophy"},
		[]string{"award", "prize", "medal", "trophy", "winner", "win", "honor", "honour", "finalist", "recognition"}, func(x *Index) bool { return x.hasHonors }, nil},
	{"a patent", []string{"patent"}, []string{"patent", "inventor", "invent"}, nil, nil},
	{"a thesis", []string{"thesis", "dissertation"}, append([]string{"thesis", "dissertation", "phd", "doctoral", "doctorate", "research"}, thesisWords...), nil,
		[]string{"education"}},
	{"a startup", []string{"startup", "start-up"}, []string{"startup", "founder", "found", "co-found", "cofound"}, nil, nil},
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
	for _, k := range printKinds {
		m.add(k) // a one-off index keeps them for publishedIn
	}
	for _, k := range partKinds {
		m.add(k)
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

// claimKeyBits holds a hash of each key of claimKeys (see keyBits).
var claimKeyBits = func() *keyBits {
	b := new(keyBits)
	for k := range claimKeys {
		b.add(k)
	}
	return b
}()

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// unsupported returns the names, figures and claims in the line that the
// profile does not support, outside the recruiter's part of a sentence.
func unsupported(line string, toks []lineTok, lists *Lists, idx *Index, res *matchResult) []string {
	found := &res.found
	// A year is theirs when it falls in the years of what the line
	// refers to, or of any dated entry when it refers to none.
	var entries []int32
	for _, c := range res.kept {
		if e := idx.segs[c.seg].entry; e >= 0 && !slices.Contains(entries, e) {
			entries = append(entries, e)
		}
	}
	if len(entries) == 0 {
		// "Setting up Harrowgate's surgery service in 2016", told in
		// the About: the employer named says when.
		entries = idx.employerEntries(toks)
	}
	var out []string
	seen := map[string]bool{}
	addOut := func(s string) {
		if !seen[s] && len(out) < 4 {
			seen[s] = true
			out = append(out, s)
		}
	}
	romance := -1 // whether the line is in a Romance language, once known
	nameLike := func(i int) bool {
		t := &toks[i]
		switch {
		case !t.number && !t.capital && !t.acronym && !t.mixedCaps:
			return false // most words: every case below says so too
		case t.key == "" || t.stock || t.ignored:
			return false
		case t.capital && !t.number && !t.acronym && vocative(toks, i) && idx.diminutive(fold(t.lower)):
			return false // "Bartek, designing ...", "..., Nikos.": whom the line speaks to
		case t.decade:
			// "their 60s": an age; "the 1890s" where the profile's years
			// are all of the 20th century: a time it does not give.
			return idx.decadeOffProfile(t.key)
		case t.number && i+2 < len(toks) && toks[i+1].lower == "of" && (toks[i+2].lower == "our" || toks[i+2].lower == "my"):
			return false // "two of our radiologists": the recruiter's side
		case t.number && t.wordNum:
			// A number in words is a figure when what it counts is
			// counted on the profile ("forty electricians" against "14
			// electricians"), not in "a system planning three more", nor
			// a length of time ("six years with British Gas").
			// "two thirds" is a share, judged with the change it is of.
			if i+1 < len(toks) && fractions[toks[i+1].lower] != 0 {
				return false
			}
			if durationAfter(toks, i) {
				return durationClaim(toks, i, idx)
			}
			if i > 0 && toks[i-1].lower == "by" && !breaksAt(&toks[i].token) {
				return true // "up by twenty points": a change, worked out as figures are
			}
			return idx.countsNext(toks, i)
		case t.number && durationAfter(toks, i):
			return durationClaim(toks, i, idx)
		case t.number && i+1 < len(toks) && toks[i+1].cjk && (cjkTenure(toks[i+1].lower) || cjkDate(toks, i) || t.key == "1" && toks[i+1].punctBefore == ""):
			// "1年目", "6ヶ月": a time in post, the dates' to say;
			// "2020年12月": a month; "1シーズン11件" (eleven in one
			// season), "1日": "a", "per".
			return false
		case t.number:
			return true
		case i > 0 && toks[i-1].number && physicalUnits[t.lower] != "":
			return false // "2.4 Moz", "400 MW": a unit, judged with its figure
		case t.capital && !t.acronym && (t.nounCase || t.sentStart) && countryKey(t.key) != "":
			return true // "Ungarn" in German: a country, whose name is checked
		case !t.acronym && !t.mixedCaps && (!t.capital || t.fn || t.nounCase):
			return false // before the maps below: most words end here
		case t.flags&flagPolite != 0 && (i+1 == len(toks) || !toks[i+1].capital):
			return false
		case t.flags&flagHonorific != 0 && i+1 < len(toks) && (toks[i+1].name || i+2 < len(toks) && toks[i+1].capital && toks[i+2].name):
			return false // "..., Dr Castañeda.", "Monsieur Le Goff": their title, with their name
		case t.flags&flagNoName != 0 || t.flags&flagGreeting != 0 && greetingAt(toks, i) ||
			t.acronym && i+1 < len(toks) && toks[i+1].number && toks[i+1].punctBefore == "$":
			// A currency code ("GBP 240m", "US$1.2bn", "A$40m") names
			// nothing: its amount is checked.
			return false
		case t.acronym:
			// "9 years' PQE", "10 yrs of exp", "at your PQE": an abbreviation of a kind
			// of experience after a length of time is the tenure's unit,
			// which the dates say, not something the profile must name.
			if (tenureBefore(toks, i) || i > 0 && possessives[toks[i-1].lower] && (i+1 == len(toks) || !content(&toks[i+1].token))) &&
				lists.equiv.standsForA(t.key, experienceKey) {
				return false // "at your PQE" too, not "your PQE work"
			}
			return t.lower != "i"
		case t.mixedCaps:
			return true
		case !t.capital || t.fn || t.nounCase:
			return false
		case !t.sentStart:
			return true
		}
		// A capitalised first word names something when it is no English
		// word ("Wirecard's audit ..."); "Onboarding ..." and "Replatforming
		// ..." are verbs the dictionary lacks, as are "Gestionar ...",
		// "Liderando ..." in a line in French, Spanish, Italian or
		// Portuguese.
		w := strings.TrimSuffix(t.lower, "'s")
		if lists.tier(w) != 0 || strings.HasSuffix(w, "ing") {
			return false
		}
		if romance < 0 {
			romance = 0
			switch {
			case vietnameseLine(line):
				romance = 2 // its folded words may read as Romance ones ("cho", "du")
			case romanceLine(toks):
				romance = 1
			case foreignLine(toks, lists) || otherLanguageLine(toks):
				romance = 2
			}
		}
		// In a line in another language ("Pani program ..."), the first
		// word of a sentence is capitalised as every first word is.
		// So is a word before one of their function words ("Vi que ...",
		// "Admiro mucho su ..."), where a name goes on with its next word
		// or "de".
		return romance == 0 || romance == 1 && !romanceVerb(w) && !beforeFunctionWord(toks, i)
	}
	// A dash with spaces around it ends a clause: "Porto Without Barriers
	// - 120 km of routes" names no "Barriers - 120".
	breaks := func(i int) bool { p := toks[i].punctBefore; return nameBreaks.in(p) || spacedDash(p) }
	instEnd := -9 // where the last institution the line names on the profile ends
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
			if (toks[j+1].in(flagConnector, connectors) || titleCaseWord(toks, j+1)) && j+2 < len(toks) && !toks[j+2].number && nameLike(j+2) && !breaks(j+2) {
				j += 2
				continue
			}
			if toks[j+1].lower != "and" && toks[j+1].in(flagConnector, connectors) && j+3 < len(toks) && nameArticles[toks[j+2].lower] && toks[j+3].capital && nameLike(j+3) && !breaks(j+2) && !breaks(j+3) {
				j += 3 // "University of La Rioja", "Bank of the West"
				continue
			}
			break
		}
		ok := true
		named := namesKind(toks, i, j)
		for k := i; k <= j; k++ {
			t := &toks[k]
			// In "the Journal of Planning Law" every capitalised word is
			// the name, "Law" too.
			common := lists.isCommonWord(t) && !(named && t.capital && !t.sentStart && !nameKinds[t.lower])
			if t.scope || t.name || t.in(flagConnector, connectors) || orgWordsBits.hasBit(t.keyBitOf()) && orgWords[t.key] || t.fn && !t.acronym || common && !(t.acronym && countryCodes[t.lower]) || res.inQuotedTitle(k) {
				continue
			}
			if k+1 < len(toks) && !t.number && len(t.lower) == 1 && len(toks[k+1].lower) == 1 && toks[k+1].punctBefore == "&" {
				// "M&S", "B&Q": a name in initials, which the profile
				// spells out or the lists know ("M&A", "R&D").
				if !idx.pairInitials(t.lower+toks[k+1].lower) && !lists.equiv.isName(t.key, toks[k+1].key) {
					ok = false
				}
				k++
				j = max(j, k)
				continue
			}
			// A figure the profile gives only in what is not theirs (a
			// post they reposted: "1 Million angeschlossene Haushalte")
			// is not on it for them.
			has := idx.has(t.key) && !(t.number && !isYear(t.key) && !idx.hasOwn(t.key))
			if t.lower == "" || t.number && t.key == "" || !t.number && idx.people[t.key] {
				continue
			}
			if t.number && k > 0 && (toks[k-1].lower == "under" || toks[k-1].lower == "u") && idx.has("u"+t.key) {
				continue // "the under-13 girls" for "the U13 girls"
			}
			if t.number && k+1 < len(toks) && pointWords[toks[k+1].key] && idx.changeOf(toks, k) {
				continue // "down by 11 points" for "from 22% to 11%", whatever else has an 11
			}
			if t.number && idx.matchedUnitDiffers(toks, k, res) {
				res.units = append(res.units, k) // "from nine weeks to six days" for "... to six"
				ok = false
				continue
			}
			if t.number && k > 0 && t.punctBefore == "-" && toks[k-1].acronym && idx.otherCode(toks[k-1].key, t.key) {
				ok = false // "HS-212" where the profile's code is "HS-417"
				continue
			}
			if t.number && !(k > 0 && t.punctBefore == "-" && !toks[k-1].number) && idx.onlyInCodes(t.key) {
				ok = false // "the 417 trials" where 417 is only the number of "HS-417"
				continue
			}
			if t.number && !t.wordNum && isYear(t.key) && !containsAnyASCII(t.lower, ",.") {
				if j > i {
					bound, other := idx.nameYear(toks, k, i, j)
					if bound {
						continue // "your Ento '23 talk", "the 2023 Congreso ..." where the talk says 2023
					}
					if other {
						ok = false // "your Expo 2022 talk" where the talk says 2023
						continue
					}
				}
				// A year of where a move went is that post's, which the
				// line need not name as the profile does: "from cataloguing
				// coins at Künker to taking over the family business in 2006".
				if idx.outsideDated(atoi(t.key), t.key, entries) && !(movedTo(toks, k) && idx.inSpan(atoi(t.key), nil)) {
					ok = false // "in 2019" of their Kestrel work (2021 on), though a recommendation says 2019
					continue
				}
				if has && k+1 < len(toks) && countsNoun(toks, k) {
					continue // "your 2023 paper": a year before a noun says when, not how many
				}
			}
			if has && (!t.number || idx.sameUnit(toks, k)) || isInitialism(&t.token) && (idx.hasInitials(t.lower) || len(idx.codesOf(t.lower, nil)) > 0) || found.has(k) && !t.number {
				continue
			}
			if lv, sub := degreeOf(t.lower); lv != noDegree && idx.hasDegree(lv, sub) {
				continue // "your MSc" for "Master's degree", "PhD" for "Doctorado"
			}
			if t.capital && idx.kindSaid(&t.token) {
				continue // "Puerto de Ambarlı", "Ambarlı Limanı" for "Ambarlı port"
			}
			if t.number && !t.wordNum && isYear(t.key) && idx.inSpan(atoi(t.key), entries) {
				continue
			}
			if t.number && (idx.metresOf(toks, k) || idx.sameLength(toks, k)) {
				continue // "a 42 m veil" for "a 42-metre veil": metres, not millions; "15 cm" for "0.15 m"
			}
			if t.number && !has && dotGroups(t.lower) && europeanLine(toks, lists) && idx.has(strings.ReplaceAll(t.lower, ".", "")) {
				continue // "tegen 2.156 duiven" for "2,156 birds": a point between thousands in Dutch or German
			}
			if t.number && !has && idx.approxFound(toks, k) {
				continue // "over three hundred GP referrals" for 310
			}
			if !t.number && !t.acronym && (len(t.key) >= 5 && len(idx.typoOf(t.key, nil)) > 0 || idx.typoAnywhere(strings.TrimSuffix(t.lower, "'s"), lists)) {
				// A profile name typed with a letter dropped, doubled,
				// changed or two swapped ("Ashhurst", "Sabbic UK
				// Petrochemicals") names it; it cannot carry a
				// reference alone (lookup).
				continue
			}
			if !t.number && !t.acronym && !t.mixedCaps && (t.sentStart || k == 0) && k+1 < len(toks) && lists.tier(t.lower) == 0 && (!englishLine(toks, lists) || otherLanguageLine(toks)) &&
				slices.ContainsFunc(res.kept, func(c cluster) bool { return c.first > k && c.first <= k+2 }) {
				continue // "Skrócenie suszenia makaronu ...": in another language a sentence's first word is capitalised, a name or not
			}
			if !t.number && !t.acronym && t.capital && len(t.key) >= 6 && lists.tier(t.lower) == 0 && idx.declinedName(t.key, res.kept, lists) {
				continue // "na Uniwersytecie Wrocławskim" for "Uniwersytet Wrocławski": the name declined in the line's language
			}
			if !t.number && !t.acronym && !t.mixedCaps && len(t.lower) >= 7 && lists.tier(t.lower) == 0 && idx.foreignRoot(t.lower, lists) {
				continue // "the Babylonian hours" for the German page's "babylonischen Stunden": the word in its language
			}
			if !t.number && !t.acronym && !t.mixedCaps && lists.tier(t.lower) == 0 && romanceLine(toks) && idx.nameRoot(t.lower) {
				continue // "la Fase 7" in Spanish for "Phase 7": the profile's name in the line's language
			}
			if t.acronym && len(t.lower) >= 2 && idx.reversedAcronym(t.lower, romanceLine(toks), lists) {
				// "CCI" in Spanish for "ICC", "OTAN" for "NATO"; "NMR" for
				// a French profile's "RMN": the words in the other order.
				continue
			}
			if t.mixedCaps && capitalsAfterPrefix(line[t.start:t.end]) && idx.hasInitials(t.lower) {
				continue // "mCRPC" for "metastatic castration-resistant prostate cancer", "qPCR"
			}
			if t.mixedCaps && idx.capitalParts(line[t.start:t.end]) {
				continue // "JOrthod" for "Journal of Orthodontics", "BrumCT" for "Birmingham Children's Trust"
			}
			if !t.number && !t.acronym && t.capital && idx.syllabicAcronym(strings.TrimSuffix(t.lower, "'s"), t.mixedCaps) {
				continue // "Embrapa" for "Empresa Brasileira de Pesquisa Agropecuária"
			}
			if !t.number && !t.acronym && len(t.lower) >= 4 && idx.hangulLoan(t.lower) {
				continue // "Interactive" in "Haneul Interactive" for "하늘인터랙티브"
			}
			if t.number && k+1 < len(toks) && toks[k+1].key == "centuri" && idx.romanCentury(t.key) {
				continue // "20th-century dolls" for "bonecas do século XX"
			}
			if t.number && !has && milestone(t.key) && idx.milestoneOf(ordinalKey(atoi(t.key)), res.kept) {
				continue // "passing 10,000 bathers" for "its 10,000th bather"
			}
			if r, _ := rankAt(&t.token, nil); r > 0 && idx.has(strconv.Itoa(r)) || rankedNumber(toks, k, idx) {
				continue // "3rd of 40" for "#3 of 40" (rankOfProblems compares them); "el puesto 14" for "14th"
			}
			if hasDigit(t.lower) && len(idx.spacedCode(t.lower, nil)) > 0 {
				continue // "NEC4" for "NEC 4", "C4" for "Channel 4"
			}
			if !t.number && !t.acronym && k < j && idx.clippedBefore(t.lower, toks[k+1].key) {
				// "Op Tern" for "Operation Tern": a word of a name
				// clipped before the next word of it.
				continue
			}
			if !t.number && len(t.lower) == 1 || t.number && idx.changeOf(toks, k) && (!has || idx.sameUnit(toks, k)) {
				// A change worked out from the profile's figures ("cut
				// by 7 weeks" for "from 9 weeks to 2"), unless its number
				// is there with another unit ("from nine days to two").
				continue
			}
			if t.number && has {
				// On the profile with another unit or currency: said
				// with both (unitProblems).
				res.units = append(res.units, k)
				continue
			}
			if !t.number && (joinedName(toks, k, j, idx) || idx.regionHolds(t.key) || t.capital && idx.countryOnProfile(t.key)) {
				// "Next Billion" for "NextBillion"; "outside Asia" where
				// the profile names Vietnam.
				continue
			}
			ok = false
		}
		if !ok && i == instEnd+2 && toks[i-1].lower == "in" && j-i < 2 && !toks[i].number {
			// "Charles University in Prague": where the institution the
			// line just named is, which the profile need not say.
			ok = true
		}
		if !ok && idx.typoInName(toks, i, j) {
			ok = true // "Moss Side Comunity Energy": a typo inside a name written whole
		}
		if !ok && j >= i+2 && idx.spelledOut(toks, i, j) {
			ok = true // "International Association for Food Protection" for "IAFP"
		}
		if !ok && j == i && idx.spelledOutAfter(toks, i) {
			ok = true // "Istituto nazionale di fisica nucleare" for "INFN"
		}
		if !ok {
			if tr, entry := idx.translatedName(toks, i, j, lists); tr {
				ok = true // an institution in English for one in another language
				res.translated = append(res.translated, translation{i, j, entry})
			}
		}
		if !ok && j > i && englishLine(toks, lists) && idx.foreignNameBeside(toks, i, j, lists, res.kept) {
			ok = true // "Granary Island" beside the profile's "Wyspa Spichrzów"
		}
		if !ok && j > i && idx.nameInLinesLanguage(toks, i, j, lists, found) {
			ok = true // "Bursa Büyükşehir Belediyesi" for "Bursa Metropolitan Municipality"
		}
		if ok && (anyOf(toks[i:j+1], isInstitutionKind) || idx.institutionNamed(toks, i, j)) {
			instEnd = j
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
		if !claimKeyBits.hasBit(toks[i].keyBitOf()) {
			continue // most words: no claim's noun
		}
		c, isClaim := claimKeys[toks[i].key]
		if !isClaim || toks[i].scope || toks[i].ignored || strings.HasSuffix(toks[i].lower, "ing") {
			continue // "your talking-ATM workshops": no talk
		}
		owned := false
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if toks[k].lower == "your" || toks[k].lower == "congrats" || toks[k].lower == "congratulations" {
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
		if cl.name == "a book" && idx.publishedIn(toks, res, i, partKinds, nil) {
			// "your book on seaman status after Sanchez" where the
			// publication is in the Tulane Maritime Law Journal, or is
			// their chapter of a book others edited: no book of theirs.
			addOut(cl.name)
			continue
		}
		if cl.name == "a talk" && idx.publishedIn(toks, res, i, printKinds, cl.support) {
			// "your talk on epaulette fringes" where the piece is in
			// Embroidery magazine: printed, not given as a talk.
			addOut(cl.name)
			continue
		}
		if cl.sections != nil && cl.sections(idx) || referredIn(toks, idx, res, i, cl.support) ||
			cl.refIn != nil && referredIn(toks, idx, res, i, cl.refIn) {
			continue
		}
		if cl.name == "a book" && otherKind(toks, idx, res, i, cl.support) {
			// "your book on hand-turning bats" where what it names is a
			// position's work, and no entry calls it a book: a book
			// elsewhere on the profile is not this one. Only books: a
			// line may call any piece of their work a paper, a study or
			// research, but a book is a book.
			addOut(cl.name)
			continue
		}
		if slices.ContainsFunc(cl.support, func(w string) bool { return idx.hasOwn(stem(w)) }) || c == thesisClaim && idx.hasThese() {
			// Their own words, not a post they reposted ("the opening
			// keynote from the CIPD Festival of Work by Dr Jane Holt").
			continue
		}
		addOut(cl.name)
	}
	return out
}

// greetingAt reports whether the greeting word toks[i] greets: it opens
// its sentence or follows another ("Buenos días", "Hola"), not a name
// that starts with one ("Buenos Aires").
func greetingAt(toks []lineTok, i int) bool {
	return toks[i].sentStart || i == 0 || greetings[toks[i-1].lower]
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// referredIn reports whether the line refers, after the claim's noun at
// toks[i] and in its sentence or right up to it, to something of theirs from a section a
// word of support names ("your patent on a heat recovery arrangement ..."
// found in Patents, "your article 'What I learned ...'" in their
// articles).
func referredIn(toks []lineTok, idx *Index, res *matchResult, i int, support []string) bool {
	for _, c := range res.kept {
		// The reference after the noun (or from it: "book 'Holding
		// Familiar na Prática'"), or right before it: "your EuroShop 2023
		// talk" or around it ("your EuroShop 2023 talk in Düsseldorf"),
		// where the profile lists the talk.
		before := c.first < i && c.last >= i-1
		if !before && (c.first < i || c.first-i > 12 || sentenceBreak(toks, i, c.first)) {
			continue
		}
		sec := stem(idx.segs[c.seg].sectionOf())
		if sec == activityKey && idx.segs[c.seg].kind != segContext {
			sec = articleKey // a post of their own is what a line calls their article or blog
		}
		if sec != "" && slices.ContainsFunc(support, func(w string) bool { return strings.HasPrefix(sec, stem(w)) }) {
			return true
		}
	}
	return false
}

// otherKind reports whether the line's reference right after the claim's
// noun at toks[i] ("book on hand-turning bats") or right before it
// ("your Islands photography book") is in an entry of theirs whose
// section no word of support names and which holds none of those words:
// the thing named is there, as something else.
func otherKind(toks []lineTok, idx *Index, res *matchResult, i int, support []string) bool {
	c := nounRef(toks, res, i)
	if c == nil {
		return false
	}
	seg := &idx.segs[c.seg]
	if seg.entry < 0 || seg.kind == segContext || c.forced {
		return false
	}
	sec := stem(seg.sectionOf())
	return !slices.ContainsFunc(support, func(w string) bool {
		return sec != "" && strings.HasPrefix(sec, stem(w)) || idx.entryHolds(seg.entry, []string{stem(w)})
	})
}

// nounRef returns the line's reference right after the claim's noun at
// toks[i], in its sentence ("book on hand-turning bats"), or right before
// it ("your Islands photography book"); nil for none.
func nounRef(toks []lineTok, res *matchResult, i int) *cluster {
	for k := range res.kept {
		c := &res.kept[k]
		if c.first > i && c.first-i <= 3 && !sentenceBreak(toks, i, c.first) || c.last == i-1 {
			return c
		}
	}
	return nil
}

// milestone reports whether a figure's key is a whole number of a
// hundred or more, which a profile may give as the ordinal of a
// milestone reached ("the 10,000th bather"); a smaller ordinal is a
// place.
func milestone(key string) bool {
	return isNumeric(key) && !strings.Contains(key, ".") && atoi(key) >= 100
}

// milestoneOf reports whether the profile gives the ordinal key ord in
// an entry that a reference of the line is in, or in any field when no
// reference is in an entry: "1,000 puzzles for the Gazette" is not the
// Chronicle's 1,000th puzzle.
func (x *Index) milestoneOf(ord string, kept []cluster) bool {
	var entries []int32
	for _, c := range kept {
		if e := x.segs[c.seg].entry; e >= 0 {
			entries = append(entries, e)
		}
	}
	for _, o := range x.post[ord] {
		if s := &x.segs[o.seg]; s.kind != segContext && (len(entries) == 0 || slices.Contains(entries, s.entry)) {
			return true
		}
	}
	return false
}

// publishedIn reports whether the line's reference right after the
// claim's noun at toks[i] or right before it is a publication of theirs
// whose entry holds a word of kinds and none of except: for a book, the
// periodical it is in ("Tulane Maritime Law Journal", "Revue de droit des
// transports") or a chapter; for a talk, a periodical or a book's
// publisher, with no conference or talk beside them.
func (x *Index) publishedIn(toks []lineTok, res *matchResult, i int, kinds, except []string) bool {
	c := nounRef(toks, res, i)
	if c == nil {
		return false
	}
	seg := &x.segs[c.seg]
	if seg.entry < 0 || seg.kind == segContext || !strings.HasPrefix(stem(seg.sectionOf()), publicationKey) {
		return false
	}
	for _, w := range except {
		if x.entryHolds(seg.entry, []string{stem(w)}) {
			return false
		}
	}
	if !slices.ContainsFunc(kinds, func(k string) bool { return x.entryHolds(seg.entry, []string{k}) }) {
		return false
	}
	// Another reference of the line in a field that tells of it in
	// except's words ("Gave the talk on it at ...", a post of theirs)
	// says it was that too.
	for _, o := range res.kept {
		if os := &x.segs[o.seg]; o.seg != c.seg && os.kind != segContext && slices.ContainsFunc(except, func(w string) bool {
			return holdsAny(os.toks, 0, len(os.toks)-1, []string{stem(w)})
		}) {
			return false
		}
	}
	return true
}

// publicationKey is the key of "publication", which the section of a
// profile's publications starts with.
var publicationKey = stem("publication")

// partKinds are the keys of the words that make a publication an article
// in a periodical or a chapter, in the languages profiles are written in:
// its journal, magazine, bulletin or proceedings, and the chapter.
var partKinds = func() []string {
	var out []string
	for _, w := range strings.Fields("journal revue revista rivista zeitschrift tijdschrift czasopismo czasopisma dergi dergisi tidskrift " +
		"tidsskrift magazine magazin proceedings bulletin gazette quarterly newsletter gakkaishi 学会誌 雑誌 期刊 学报 " +
		"chapter chapitre capitulo capitolo kapitel rozdzial hoofdstuk bolum") {
		out = append(out, stem(w))
	}
	return out
}()

// printKinds are the keys of the words that place a publication in
// print: a periodical (partKinds but the chapter) or a book's publisher.
var printKinds = func() []string {
	out := slices.Clone(partKinds[:slices.Index(partKinds, stem("chapter"))])
	for _, w := range strings.Fields("press verlag books publishing publishers editions editorial editora wydawnictwo uitgeverij forlag yayinlari") {
		out = append(out, stem(w))
	}
	return out
}()

// sentenceBreak reports whether a sentence ends between toks[i] and toks[j].
func sentenceBreak(toks []lineTok, i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if toks[k].sentStart {
			return true
		}
	}
	return false
}

// activityKey and articleKey are the keys of "activity" and "article".
var activityKey, articleKey = stem("activity"), stem("article")

// experienceKey is the key of "experience", the last word of the long
// forms of "PQE" and "exp".
var experienceKey = stem("experience")

// clippedBefore reports whether the profile writes next after a word
// that w, two letters or more, is the start of: "Op" in "Op Tern" for
// "Operation Tern".
func (x *Index) clippedBefore(w, next string) bool {
	if len(w) < 2 || next == "" {
		return false
	}
	for _, o := range x.post[next] {
		if o.pos == 0 {
			continue
		}
		if prev := x.segs[o.seg].toks[o.pos-1].lower; len(prev) > len(w) && strings.HasPrefix(prev, w) {
			return true
		}
	}
	return false
}

// foreignLine reports whether most of the line's words in lower case,
// three or more, are no English word: a line in Polish, Dutch, Czech or
// Vietnamese, whose first words are capitalised as any first word is,
// the profile's language or not ("Bộ bảng thuyết minh ... của chị").
func foreignLine(toks []lineTok, lists *Lists) bool {
	n, other := 0, 0
	for i := range toks {
		t := &toks[i]
		if t.capital || t.number || t.cjk || len(t.lower) < 2 {
			continue
		}
		n++
		if (!t.fn || polishFunctionWords[t.lower]) && lists.tier(t.lower) == 0 {
			other++ // a word of no English, a Polish "na" or "dla" too
		}
	}
	return other >= 3 && 2*other >= n
}
