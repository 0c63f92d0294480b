package personalize

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// An institution named in English for one the profile names in its own
// language ("University of Galway" for "Ollscoil na Gaillimhe", "Cardiff
// and Vale College" for "Coleg Caerdydd a'r Fro") is not called invented
// when the aliases list lacks it: the kind of institution translates and
// the name starts with the same letter, as exonyms mostly do. It is not a
// reference either: the validator cannot tell.

// isInstitutionKind reports whether t's key is one of institutionKinds,
// asking the map only when the bits may hold it.
func isInstitutionKind(t *lineTok) bool {
	if !institutionKindBits.hasBit(t.keyBitOf()) {
		return false
	}
	_, kind := institutionKinds[t.key]
	return kind
}

// institutionKindBits filters the keys of institutionKinds.
var institutionKindBits = bitsOfKeys(institutionKinds)

// institutionKinds are the words for kinds of institution in other
// languages (not spelt as in English), by their English key.
var institutionKinds = map[string][]string{
	"univers": {"universidade", "universidad", "universite", "universitat", "universiteit", "universita", "uniwersytet",
		"univerzita", "universitet", "universitatea", "egyetem", "yliopisto", "universitesi", "ollscoil", "prifysgol",
		"hochschule", "hogeschool", "högskolan", "hogskolan", "politechnika", "politecnico", "polytechnique",
		"daihoc", "daigaku", "daehakgyo", "universitas", "jamiat",
		"uceni", // Czech "Vysoké učení technické", a university of technology
		"haskoli", "sveuciliste", "ulikool", "univerza", "daxue", "panepistimio"},
	"colleg":   {"coleg", "colegio", "collegio", "kolegium", "colaiste", "caodang"},
	"ministri": {"ministerstwo", "ministere", "ministerio", "ministero", "ministerium", "ministerie", "ministerstvo"},
	"depart":   {"departement", "departamento", "dipartimento", "departament"},
	"hospit":   {"hopital", "ospedale", "krankenhaus", "szpital", "sjukhus", "sygehus", "ysbyty", "ziekenhuis", "hospitalar"},
	"school":   {"ecole", "escuela", "escola", "scuola", "schule", "szkola", "ysgol", "scoil", "skola"},
	"institut": {"institut", "instituto", "istituto", "instytut", "institutet"},
	"academi":  {"academie", "academia", "akademie", "akademia", "accademia"},
	"council":  {"conseil", "consejo", "cyngor", "comhairle", "rada", "gemeente"},
	"bank":     {"banque", "banco", "banca"},
	"agenc":    {"agence", "agencia", "agenzia", "agencja", "agentur"},
	"court":    {"cour", "tribunal", "sad", "gericht", "tribunale"},
	"port":     {"puerto", "liman", "hafen", "havn", "hamn", "przystan", "pristav", "satama"},
	"airport":  {"aeropuerto", "aeroporto", "aeroport", "flughafen", "havaliman", "lotnisk", "letiste", "lufthavn", "flygplats", "luchthaven"},
	"museum":   {"museo", "musee", "muzeum", "muze", "muzej", "museu", "museet", "muzeu", "muuseum"},
	"associ": {"asociacion", "associazione", "associacao", "stowarzyszenie", "verband", "vereniging", "forening", "forbund",
		"dernegi", "egyesulet", "spolek", "zveza"},
	"societi": {"sociedad", "societe", "societa", "sociedade", "gesellschaft", "towarzystwo", "selskab", "sallskap", "selskap",
		"spolecnost", "tarsasag"},
	"foundat":     {"fundacion", "fondation", "fondazione", "fundacao", "stiftung", "fundacja", "stichting", "stiftelse", "nadace", "vakfi"},
	"librari":     {"biblioteca", "bibliotheque", "bibliothek", "biblioteka", "bibliotheek", "bibliotek", "knihovna", "kutuphane"},
	"cathedr":     {"catedral", "cathedrale", "cattedrale", "katedra", "katedrala", "domkirke"},
	"palac":       {"palacio", "palais", "palazzo", "palac", "palast", "saray", "palota", "palats"},
	"feder":       {"federacion", "federazione", "federacao", "federacja", "federasyon"},
	"observatori": {"observatorio", "observatoire", "osservatorio", "obserwatorium", "sternwarte"},
	"orchestra":   {"orquesta", "orchestre", "orkiestra", "orchester", "orkest", "orkester"},
	"church":      {"iglesia", "eglise", "chiesa", "kirche", "kosciol", "kirke", "kyrka", "igreja", "kilise", "eglwys"},
	"archiv":      {"archivo", "archivio", "arquivo", "archiwum", "arkiv", "arsiv", "archief"},
	"prize":       prizeWords,
	"award":       prizeWords,
	"chamber":     {"izba", "kammer", "chambre", "camara", "camera", "kamer", "kammare", "kamra", "komora"},
	"offic":       {"urzad", "bureau", "oficina", "ufficio", "kontor", "stofa", "stofnun"},
	"journal":     {"czasopismo", "zeitschrift", "revue", "revista", "rivista", "tijdschrift", "tidskrift", "tidsskrift", "dergi", "dergisi"},
	"exhibit":     {"wystawa", "ausstellung", "exposition", "exposicion", "mostra", "tentoonstelling", "utstallning", "sergi", "sergisi"},
	"abbey":       {"stift", "abtei", "abbaye", "abadia", "abbazia", "opactwo", "abdij", "kloster", "klasztor", "klooster", "mosteiro", "monasterio"},
	"monasteri":   {"kloster", "klasztor", "klooster", "monastere", "monasterio", "monastero", "mosteiro", "manastir"},
	"castl":       {"schloss", "burg", "chateau", "castillo", "castello", "castelo", "zamek", "kasteel", "slott", "slot", "hrad", "kale"},
	"centr":       centreWords,
	"center":      centreWords,
}

// centreWords are the words for a centre in other languages, under the
// British and the American spelling's keys.
var centreWords = []string{"centrum", "zentrum", "centro", "merkez", "merkezi", "keskus"}

// prizeWords are the words for a prize or award in other languages.
var prizeWords = []string{"premio", "premi", "prix", "preis", "nagroda", "prijs", "pris", "palkinto", "dij", "cena", "odul"}

// translatedName reports whether the line's name toks[first..last], in
// English, may be the profile's name of an institution in another
// language, and the entry of the profile's name (-1 when unknown).
func (x *Index) translatedName(toks []lineTok, first, last int, lists *Lists) (bool, int32) {
	if ok, entry := x.exonym(toks, first, last, lists); ok {
		return true, entry
	}
	var kinds []string
	var initials []byte
	var distinct, names []string
	for k := first; k <= last; k++ {
		t := &toks[k]
		if _, ok := institutionKinds[t.key]; ok {
			kinds = append(kinds, t.key)
			if t.key == "societi" {
				kinds = append(kinds, "associ") // a society is an association: "Türk Radyoloji Derneği"
			} else if t.key == "associ" {
				kinds = append(kinds, "societi")
			}
			continue
		}
		if t.capital && !t.fn && !connectors[t.lower] && len(t.lower) >= 3 && t.weight > weightTier2 {
			initials = append(initials, t.lower[0]) // a distinctive word: "Galway", not "Children's"
			distinct = append(distinct, t.lower)
		}
		if !t.fn && !connectors[t.lower] && !t.number {
			names = append(names, strings.TrimSuffix(t.lower, "'s"))
		}
	}
	if len(kinds) > 0 && x.scriptInstitution(kinds) {
		return true, -1
	}
	if len(kinds) == 0 || len(initials) == 0 && len(names) == 0 {
		return false, -1
	}
	found := false
	for si := range x.segs {
		seg := &x.segs[si]
		if !seg.namesInstitution() {
			continue
		}
		kind, letter := false, false
		foreign, words := 0, 0 // words of the field, and those no English word
		for p, ft := range seg.toks {
			if !ft.fn && !ft.number && len(ft.lower) >= 3 {
				words++
				if lists.tier(ft.lower) == 0 {
					foreign++
				}
			}
			// A word written in syllables ("Đại học", "Hà Nội") is also
			// read joined ("daihoc", "hanoi").
			joined := ""
			if p+1 < len(seg.toks) && len(ft.lower) <= 4 && len(seg.toks[p+1].lower) <= 4 {
				joined = ft.lower + seg.toks[p+1].lower
				if slices.Contains(distinct, joined) {
					letter = true
				}
			}
			for _, k := range kinds {
				for _, w := range institutionKinds[k] {
					if ft.lower == w || strings.HasPrefix(ft.lower, w) || joined == w || len(w) >= 5 && strings.HasSuffix(ft.lower, w) {
						// "lantbruksuniversitet", "Musikhochschule": the
						// kind closes a compound.
						kind = true
					}
				}
			}
			if ft.capital && len(ft.lower) >= 3 && strings.ContainsFunc(string(initials), func(r rune) bool { return sameInitial(byte(r), ft.lower[0]) }) {
				if _, isKind := kindWord(ft.lower); !isKind {
					letter = true
				}
			}
		}
		if !kind && letter && 2*foreign > words && anyOf(seg.toks, func(ft *token) bool { return slices.Contains(kinds, ft.key) }) {
			// "Bank Spółdzielczy w Wieliczce": the kind as English
			// writes it, in a name in another language.
			kind = true
		}
		if kind && (letter || seg.rootsOf(names)) {
			if seg.entry >= 0 {
				return true, seg.entry
			}
			found = true // the headline's: an entry's may follow
		}
	}
	if !found {
		return x.translatedInText(kinds, initials, names, lists)
	}
	return found, -1
}

// rootsOf reports whether each of words, four letters or more, shares
// its root with a word of the field ("University of Medicine and
// Pharmacy" for "Universitatea de Medicină și Farmacie"): a name whose
// words are all common has no distinctive initial to go by.
func (s *segment) rootsOf(words []string) bool {
	for _, w := range words {
		if len(w) < 4 {
			return false
		}
		if said := rootOrConcept(w); !anyOf(s.toks, func(ft *token) bool { return said(ft.lower) }) {
			return false
		}
	}
	return len(words) > 0
}

// namesInstitution reports whether a field of the candidate's own may name
// an institution: a school, an employer, a field of names.
func (s *segment) namesInstitution() bool {
	return s.kind != segName && s.kind != segVocab && s.kind != segContext && (s.names || s.label == "school" || s.label == "current company")
}

// kindSaid reports whether t is a word in another language for a kind of
// institution ("Puerto", "Limanında") whose English word starts a word of
// a field of the candidate's own ("Ambarlı port").
func (x *Index) kindSaid(t *token) bool {
	stem, ok := kindWord(t.lower)
	if !ok {
		stem, ok = kindWord(t.key)
	}
	if !ok || len(stem) < 4 {
		return false
	}
	occs := x.prefixOf(stem, slices.Clone(x.post[stem]))
	return slices.ContainsFunc(occs, func(o occ) bool { return x.segs[o.seg].kind != segContext })
}

// kindWord reports whether w is a word for a kind of institution, and
// returns its English stem.
func kindWord(w string) (string, bool) {
	if len(w) < 3 {
		return "", false
	}
	for _, kw := range kindsByHead[w[:3]] {
		// The word and a case ending ("Limanında", "Krankenhauses");
		// "Premiership" is no "premi" (a prize in Catalan).
		if strings.HasPrefix(w, kw.word) && len(w)-len(kw.word) <= 4 {
			return kw.stem, true
		}
	}
	return "", false
}

// kindsByHead are the words of institutionKinds by their first three
// bytes, with their English stems, so that kindWord reads a few.
var kindsByHead = func() map[string][]struct{ word, stem string } {
	m := map[string][]struct{ word, stem string }{}
	stems := make([]string, 0, len(institutionKinds))
	for k := range institutionKinds {
		stems = append(stems, k)
	}
	sort.Strings(stems) // the same stem for a word in two lists, each run
	for _, k := range stems {
		for _, w := range institutionKinds[k] {
			if len(w) >= 3 {
				m[w[:3]] = append(m[w[:3]], struct{ word, stem string }{w, k})
			}
		}
	}
	return m
}()

// exonym reports whether the line's name toks[first..last] holds a word
// that starts as a word of a name the profile writes in another language,
// its other words being English: "Polish State Railways" for "Polskie
// Koleje Państwowe", "Italian State Railways" for "Ferrovie dello Stato
// Italiane", as the adjective of a country mostly does. Four letters in
// common, in a word of five or more, and a name on the profile most of
// whose words are no English words. It returns the entry of the name too.
func (x *Index) exonym(toks []lineTok, first, last int, lists *Lists) (bool, int32) {
	var stems, unknown []string
	for k := first; k <= last; k++ {
		t := &toks[k]
		if t.fn || connectors[t.lower] || t.acronym {
			continue
		}
		w := strings.TrimSuffix(t.lower, "'s")
		known, _ := lists.countKind(w)
		switch {
		case len(w) >= 5 && t.capital:
			stems = append(stems, w[:4])
			if !known {
				unknown = append(unknown, w[:4])
			}
			if n := nativeStem(w); n != "" {
				stems = append(stems, n) // "Polish" for "Polskie"
			}
		case !known:
			return false, -1 // a word of no language the validator knows
		}
	}
	if len(stems) == 0 || len(unknown) > 1 {
		return false, -1
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if !strings.HasSuffix(seg.field, ".company") && !strings.HasSuffix(seg.field, ".school") && seg.field != "company" && !(seg.field == "text" && seg.names) {
			continue // a pasted page's names are in its text
		}
		foreign, words, hit := 0, 0, ""
		for i := range seg.toks {
			ft := &seg.toks[i]
			if i+1 < len(seg.toks) && len(ft.lower) <= 4 && len(seg.toks[i+1].lower) <= 4 && !ft.number {
				for _, st := range stems {
					if j := ft.lower + seg.toks[i+1].lower; len(j) >= 5 && strings.HasPrefix(j, st) {
						hit = st // syllables written apart: "Sài Gòn", Saigon; "Hà Nội", Hanoi
					}
				}
			}
			if ft.fn || ft.number || len(ft.lower) < 3 {
				continue
			}
			words++
			if lists.tier(ft.lower) != 0 {
				continue
			}
			foreign++
			if _, isKind := kindWord(ft.lower); isKind {
				continue // "Ministerstwo" is any ministry: see translatedName
			}
			for _, st := range stems {
				if len(ft.lower) >= 5 && strings.HasPrefix(ft.lower, st) {
					hit = st
				}
			}
		}
		// A word the validator does not know must be the one in common.
		if hit != "" && 2*foreign > words && (len(unknown) == 0 || unknown[0] == hit) {
			return true, seg.entry
		}
	}
	return false, -1
}

// syllabicAcronym reports whether w, a capitalised word of the line, is
// spelt from the starts of words of a name on the profile, in order, as
// organisations in many languages name themselves: "Embrapa" for "Empresa
// Brasileira de Pesquisa Agropecuária", "Petrobras" for "Petróleo
// Brasileiro". Small words of the name may be skipped. It takes three
// words, or two that give four letters each. A word written in mixed
// capitals ("UCLan" for "University of Central Lancashire") marks where
// each word starts, so its first word may give one letter, and it is
// four letters or more.
func (x *Index) syllabicAcronym(w string, mixed bool) bool {
	if len(w) < 5 && !(mixed && len(w) >= 4) || len(w) > 12 {
		return false
	}
	least := 2
	if mixed {
		least = 1
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if !seg.namesInstitution() {
			continue
		}
		for i := range seg.toks {
			if !seg.toks[i].fn && syllablesFrom(seg.toks, i, w, 0, 0, least) {
				return true
			}
		}
	}
	return false
}

// capitalParts reports whether raw, a word in mixed capitals, is spelt by
// parts that each start at a capital and begin words of the profile in
// a row, small words skipped: "JOrthod" for "Journal of Orthodontics",
// "NatWest" for "National Westminster". A part of one letter is an
// initial; a longer one begins its word by three letters or more.
func (x *Index) capitalParts(raw string) bool {
	return x.spelledBy(raw, func(seg *segment) bool { return seg.kind != segVocab && seg.kind != segName }) != nil
}

// mailMergeSpelledBy returns the mail-merge field that names a school or
// an employer raw, a word in mixed capitals, spells by its parts
// ("UCLouvain" for "Université catholique de Louvain"), or nil: the
// field, however else the profile writes the short form.
func (x *Index) mailMergeSpelledBy(raw string) *segment {
	return x.spelledBy(raw, func(seg *segment) bool { return seg.kind == segMailMerge && seg.names })
}

// spelledBy returns the first field keep accepts whose words raw's parts
// begin (capitalParts), or nil.
func (x *Index) spelledBy(raw string, keep func(*segment) bool) *segment {
	parts := capitalSplit(raw)
	long := 0
	for _, p := range parts {
		if len(p) >= 3 {
			long++
		}
	}
	if len(parts) < 2 || long == 0 || len(raw) < 5 {
		return nil
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if !keep(seg) {
			continue
		}
		for i := range seg.toks {
			if partsFrom(seg.toks, i, parts) {
				return seg
			}
		}
	}
	return nil
}

// capitalSplit returns the parts of raw, lower case, each from a capital:
// "UCLouvain" is "u", "c", "louvain".
func capitalSplit(raw string) []string {
	var parts []string
	start := 0
	for i, r := range raw {
		if i > 0 && unicode.IsUpper(r) {
			parts = append(parts, strings.ToLower(raw[start:i]))
			start = i
		}
	}
	parts = append(parts, strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(raw[start:], "'s"), "’s")))
	return parts
}

// partsFrom reports whether parts begin the words of toks from i on, one
// a word, small words between them skipped.
func partsFrom(toks []token, i int, parts []string) bool {
	for _, p := range parts {
		for i < len(toks) && (toks[i].fn || connectors[toks[i].lower]) && !strings.HasPrefix(toks[i].lower, p) {
			i++
		}
		if i >= len(toks) || !strings.HasPrefix(toks[i].lower, p) || len(p) == 2 || len(p) > 1 && len(toks[i].lower) < 3 {
			return false
		}
		i++
	}
	return true
}

// syllablesFrom reports whether w[k:] is spelt by the starts of the words
// of toks from j on, words having been used so far, each giving one to
// five letters, the first first or more.
func syllablesFrom(toks []token, j int, w string, k, words, first int) bool {
	if k == len(w) {
		return words >= 3 || words == 2 && len(w) >= 8
	}
	if j >= len(toks) || words == 6 {
		return false
	}
	t := &toks[j]
	if t.number || t.lower == "" {
		return false
	}
	if words > 0 && (t.fn || connectors[t.lower]) && syllablesFrom(toks, j+1, w, k, words, first) {
		return true // "de" in "Empresa Brasileira de Pesquisa"
	}
	least := 1
	if words == 0 {
		least = first
	}
	for m := min(5, len(t.lower), len(w)-k); m >= least; m-- {
		if t.lower[:m] == w[k:k+m] && syllablesFrom(toks, j+1, w, k+m, words+1, first) {
			return true
		}
	}
	return false
}

// reversedAcronym reports whether acr is a profile's acronym with its
// letters in another order: French, Spanish, Italian and Portuguese put
// the adjectives of a name after its nouns ("CCI", Cámara de Comercio
// Internacional, for the ICC; "OTAN" for NATO; "FMI" for the IMF; "ADN"
// for DNA). In a line in one of them (romance), backwards only ("CIC" is
// no ICC); of three letters or more where the profile writes it in a
// passage in another language ("NMR" for the French "RMN", "DNA" for the
// Spanish "ADN"), either way.
func (x *Index) reversedAcronym(acr string, romance bool, lists *Lists) bool {
	found := false
	otherOrders(acr, func(k string, backwards bool) bool {
		for _, o := range x.post[k] {
			if s := &x.segs[o.seg]; s.toks[o.pos].acronym && (romance && backwards || (len(acr) >= 3 || backwards) && s.foreign(lists)) {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// otherOrders calls f with each other order of acr's letters an acronym
// takes in another language, until f returns false: backwards, and with
// its last letters first ("FMI" and "IMF", "ADN" and "DNA"), saying which.
// acr is ASCII.
func otherOrders(acr string, f func(k string, backwards bool) bool) {
	rev := reversed(acr)
	if rev != acr && !f(rev, true) {
		return
	}
	for i := 1; i < len(acr); i++ {
		if k := acr[i:] + acr[:i]; k != acr && k != rev && !f(k, false) {
			return
		}
	}
}

// reversed spells s, ASCII, backwards.
func reversed(s string) string {
	b := []byte(s)
	slices.Reverse(b)
	return string(b)
}

// institutionNamed reports whether the line's name toks[first..last] is, or
// is the initials of, a school's or an employer's name on the profile
// ("Laval", "ELTE"): where it is ("in Quebec") need not be on the profile.
func (x *Index) institutionNamed(toks []lineTok, first, last int) bool {
	inst := func(s *segment) bool {
		return s.label == "school" || s.label == "current company" || strings.HasSuffix(s.field, ".company") || strings.HasSuffix(s.field, ".school")
	}
	for k := first; k <= last; k++ {
		t := &toks[k]
		if t.fn || t.number || t.in(flagConnector, connectors) {
			continue
		}
		for _, o := range x.post[t.key] {
			if inst(&x.segs[o.seg]) {
				return true
			}
		}
		if !isInitialism(&t.token) {
			continue
		}
		for si := range x.segs {
			if s := &x.segs[si]; inst(s) {
				if _, ok := capitalsIn(s, t.lower); ok {
					return true
				}
				if _, ok := initialsFrom(s.toks, 0, t.lower); ok {
					return true
				}
			}
		}
	}
	return false
}

// nameInLinesLanguage reports whether the line's name toks[first..last],
// in a line in another language, is a name of the profile written in the
// line's language: a word of it is a distinctive name the profile has
// ("Bursa"), and every word of it the profile lacks is no English word
// ("Büyükşehir Belediyesi"), as the words of a name translated are.
func (x *Index) nameInLinesLanguage(toks []lineTok, first, last int, lists *Lists, found *tokSet) bool {
	if englishLine(toks, lists) {
		return false
	}
	anchor := false
	for k := first; k <= last; k++ {
		t := &toks[k]
		switch {
		case t.fn || connectors[t.lower]:
		case t.number:
			return false // a figure is checked as figures are
		case x.has(t.key) || found.has(k):
			anchor = anchor || t.capital && !t.sentStart && !lists.isCommon(t.key) && lists.tier(t.lower) == 0 && x.englishBeside(t.key, toks, lists)
		case lists.tier(strings.TrimSuffix(t.lower, "'s")) != 0 || t.acronym:
			return false // an English word or initials the profile lacks: another name
		}
	}
	return anchor
}

// englishBeside reports whether the profile writes key, in a field of the
// candidate's own, beside a capitalised English word the line does not
// have: the name the line gives in its own language is English there
// ("Bursa Metropolitan Municipality"), not one in the line's language
// with another word ("Mercado de Triana" is no "Mercado de Feria").
func (x *Index) englishBeside(key string, toks []lineTok, lists *Lists) bool {
	for _, o := range x.post[key] {
		seg := &x.segs[o.seg]
		if seg.kind == segContext || seg.kind == segVocab {
			continue
		}
		for p := max(0, int(o.pos)-3); p < len(seg.toks) && p <= int(o.pos)+3; p++ {
			ft := &seg.toks[p]
			if p != int(o.pos) && ft.capital && !ft.sentStart && !ft.fn && lists.tier(ft.lower) != 0 && !anyOf(toks, func(t *lineTok) bool { return t.key == ft.key }) {
				return true
			}
		}
	}
	return false
}

// sameInitial reports whether two names may start alike in two languages:
// the same letter, or letters exonyms swap ("Cracow" and "Kraków",
// "Cologne" and "Köln", "Iasi" and "Jassy").
func sameInitial(a, b byte) bool {
	if a == b {
		return true
	}
	pair := func(x, y byte) bool { return a == x && b == y || a == y && b == x }
	return pair('c', 'k') || pair('i', 'j') || pair('i', 'y') || pair('j', 'y') || pair('v', 'w') || pair('f', 'p')
}
