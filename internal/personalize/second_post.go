package personalize

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// A post held now beside the main job (a teaching post, a board seat)
// is something a mail merge does not write, even when its employer is
// also their school or its words are their skills: "Teaching transport
// planning at the Universidad de Chile while running scheduling at
// Cordillera" for a "Profesor part-time" post at the university they
// studied at. A line refers to it when it says the post's kind in its
// own words (teaching, the board or a committee) and names something of
// that entry: its employer, in the profile's words or in English ("the
// Turkish Archery Federation" for "Türkiye Okçuluk Federasyonu"), its
// title or what it says. A seat listed under volunteering counts too.

// postKind is the kind of a post a word says.
type postKind uint8

const (
	noPost postKind = iota
	teachingPost
	boardPost
)

// postKindWords are words for teaching and for sitting on a board, in
// the languages profiles are written in, folded.
var postKindWords = func() map[string]postKind {
	m := map[string]postKind{}
	for _, w := range strings.Fields("teach teaches teaching taught lecture lectures lecturing lectured lecturer " +
		"professor teacher tutor tutoring instructor adjunct docent docente profesor profesora professeur professeure " +
		"enseignant enseignante enseigne enseigner dozent dozentin lehrbeauftragter lehrbeauftragte lehrauftrag lehrer lehrerin " +
		"wykładowca wykładowczyni nauczyciel nauczycielka lektor universitetslektor lärare föreläsare underviser " +
		"leraar hoogleraar professora öğretim eğitmen 講師 教授 准教授 教員 讲师 " +
		// "Chargée de cours", "Formatrice", "Intervenante à l'École
		// Boulle", "Adjunkt", "Lehtori", "Oktató".
		"formateur formatrice formador formadora formatore intervenant intervenante vacataire adjunkt " +
		"lehtori opettaja oktató tanár vyučující instruktor instruktorka kursledare") {
		m[fold(w)] = teachingPost
	}
	for _, w := range strings.Fields("board trustee trustees governor governors council councillor rada członek zarząd zarządu rady " +
		"conseil administrateur administratrice consiglio consigliere vorstand beirat aufsichtsrat styrelse styrelseledamot " +
		"bestuur bestuurslid raad junta consejero consejera conselho conselheiro conselheira yönetim kurulu 理事 取締役 評議員 " +
		// A seat on a committee, a commission or a jury is one on a
		// board: "examination board" for "Prüfungsausschuss".
		"committee committees commission jury juror kurul komite komitesi komitet komisja komisji ausschuss " +
		"kommission komitee comité comitato commissione commissie kommitté utskott udvalg utvalg bizottság toimikunta " +
		"výbor komise jurado giuria direção diretoria directie bestyrelse styre styret hallitus představenstvo igazgatóság 委員 " +
		// Presiding over an organisation is a seat on its board.
		"president chair chairs chaired chairing chairman chairwoman chairperson presidente presidenta présidente präsident " +
		"präsidentin prezes prezeska predsednik predsednica předseda elnök başkan başkanı ordförande formand voorzitter puheenjohtaja 会長 理事長") {
		m[fold(w)] = boardPost
	}
	return m
}()

// compoundPostWords are words of postKindWords that close or open a
// compound in the languages that write them joined ("Prüfungsausschuss",
// "Vorstandsmitglied", "Gastdozentin", "styrelseordförande"): a longer word
// holding one is a post of its kind.
var compoundPostWords = []string{"ausschuss", "vorstand", "beirat", "aufsichtsrat", "kommission", "komitee", "dozent", "docent", "opettaja",
	"lehrer", "styrelse", "bestyrelse", "utskott", "udvalg", "utvalg", "bestuur", "commissie", "toimikunta", "hallitus"}

// postKindOf returns the kind of post the word w says: a word of the
// lists, or in Chinese or Japanese one that holds one ("非常勤講師").
func postKindOf(w string) postKind {
	if k := postKindWords[w]; k != noPost {
		return k
	}
	if r, _ := utf8.DecodeRuneInString(w); isCJK(r) {
		for _, kw := range cjkPostWords {
			if strings.Contains(w, kw) {
				return postKindWords[kw]
			}
		}
	} else if len(w) >= 9 {
		for _, kw := range compoundPostWords {
			if strings.Contains(w, kw) {
				return postKindWords[kw]
			}
		}
	}
	return noPost
}

// cjkPostWords are the Chinese and Japanese words of postKindWords, in a
// fixed order, so that a word holding two of them always gets one kind.
var cjkPostWords = func() []string {
	var ws []string
	for w := range postKindWords {
		if r, _ := utf8.DecodeRuneInString(w); isCJK(r) {
			ws = append(ws, w)
		}
	}
	slices.Sort(ws)
	return ws
}()

// secondPostRefs returns a reference to a post held beside the main job
// that the line says the kind of and names something of, or nil.
func secondPostRefs(toks []lineTok, idx *Index, lists *Lists, res *matchResult) []Reference {
	var said [3]bool // the kinds of post the line says
	for i := range toks {
		t := &toks[i]
		if t.scope || t.name || t.ignored || t.capital && !t.sentStart {
			continue // "at Birmingham City Council": a name's word, no post
		}
		k := postKindOf(t.lower)
		if t.lower == "cours" && (i == 0 || toks[i-1].lower != "au") {
			k = teachingPost // "vous donnez des cours", not "au cours de"
		}
		if k != noPost && !asA(toks, i) && !skillPost(toks, i) {
			said[k] = true
		}
	}
	if !said[teachingPost] && !said[boardPost] {
		return nil
	}
	for si := range idx.segs {
		seg := &idx.segs[si]
		if seg.kind != segSpecific || seg.entry < 0 {
			continue
		}
		if (seg.label != "current title" || !seg.achievement) && seg.entry/10000 != listVolunteering {
			// A seat listed under volunteering is such a post too,
			// whenever it was held.
			continue
		}
		volunteering := seg.entry/10000 == listVolunteering
		kind := noPost
		for p := range seg.toks {
			if volunteering && p > 0 && strings.ContainsAny(seg.toks[p].punctBefore, ",:;") {
				break // the role, not what the entry goes on to say
			}
			if k := postKindOf(seg.toks[p].lower); k != noPost || seg.toks[p].lower == "cours" {
				kind = max(k, teachingPost) // "Chargée de cours"
				break
			}
		}
		if !said[kind] || kind == noPost {
			continue
		}
		if first, last, ok := idx.namesOfEntry(toks, lists, res, seg.entry); ok && (!volunteering || namesIn(toks, first, last)) {
			return []Reference{wholeField(seg, toks, first, last)}
		}
	}
	return nil
}

// asA reports whether toks[i] follows "as a" or "as", in English or
// another language: "As a lecturer at Leeds", "como formadora en Madrid"
// is a post and its employer, as a mail merge fills them in.
func asA(toks []lineTok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].lower {
		case "as", "como", "comme", "come", "als", "jako", "som":
			return true // "su experiencia como formadora": the same in other languages
		case "a", "an", "the", "un", "une", "una", "uno", "ein", "eine", "en", "et":
			continue
		}
		if !toks[k].capital && !toks[k].acronym {
			return false
		}
	}
	return false
}

// namesOfEntry returns the first and last line words that the line
// finds in the entry's own fields (its employer, title or description,
// in the profile's words or translated), and whether there are any. A
// word of the kind of post does not count, nor a function word.
func (x *Index) namesOfEntry(toks []lineTok, lists *Lists, res *matchResult, entry int32) (first, last int, ok bool) {
	first, last = -1, -1
	mark := func(i int) {
		if first < 0 {
			first = i
		}
		last = max(last, i)
	}
	for _, tr := range res.translated {
		if tr.entry == entry {
			mark(tr.first)
			mark(tr.last)
		}
	}
	if first < 0 && len(res.translated) == 0 {
		// The names the claims check has yet to read: "the Turkish
		// Archery Federation" for "Türkiye Okçuluk Federasyonu".
		first, last = x.namedInEnglish(toks, lists, entry)
	}
	inEntry := func(o occ) bool {
		seg := &x.segs[o.seg]
		return seg.entry == entry && seg.kind == segSpecific
	}
	for i := range toks {
		t := &toks[i]
		if !t.looked || t.fn || t.weight == 0 || postKindOf(t.lower) != noPost {
			continue
		}
		if slices.ContainsFunc(res.occs[t.occFrom:t.occTo], inEntry) || t.capital && !t.sentStart && x.employerRoot(t, entry) {
			mark(i)
		}
	}
	return first, last, first >= 0
}

// wholeField is a reference to the whole of the field seg, made by the
// line's words first..last.
func wholeField(seg *segment, toks []lineTok, first, last int) Reference {
	fs, fe := seg.toks[0].start, seg.toks[len(seg.toks)-1].end
	return Reference{Field: seg.field, Text: seg.src[fs:fe], FieldStart: fs, FieldEnd: fe,
		LineStart: toks[first].start, LineEnd: toks[last].end}
}

// skillPost reports whether the line's word of a post, toks[i], comes
// before "skills" ("your tango and dance teaching skills"): a skill, as
// a mail merge praises it, no post.
func skillPost(toks []lineTok, i int) bool {
	n := i + 1
	return n < len(toks) && (toks[n].lower == "skills" || toks[n].lower == "skill")
}

// capitalRuns yields the first and last words of each run of capitalised
// words in the line, with the connectors inside it ("Chamber of Crafts").
func capitalRuns(toks []lineTok) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(toks); i++ {
			if !toks[i].capital || toks[i].fn {
				continue
			}
			j := i
			for k := i + 1; k < len(toks) && (toks[k].punctBefore == " " || toks[k].punctBefore == ""); k++ {
				if toks[k].capital && !toks[k].fn {
					j = k
				} else if !connectors[toks[k].lower] {
					break
				}
			}
			if !yield(i, j) {
				return
			}
			i = j
		}
	}
}

// namesIn reports whether toks[first..last] hold a capitalised word that
// is not the first of a sentence: a name of the organisation, not words
// any entry may say.
func namesIn(toks []lineTok, first, last int) bool {
	return anyOf(toks[first:last+1], func(t *lineTok) bool { return t.capital && !t.sentStart && !t.fn })
}

// namedInEnglish returns the first and last words of the line's names
// that translate the name of the entry's institution, which the profile
// gives in another language ("the Turkish Archery Federation" for
// "Türkiye Okçuluk Federasyonu"), or -1, -1.
func (x *Index) namedInEnglish(toks []lineTok, lists *Lists, entry int32) (first, last int) {
	first, last = -1, -1
	for i, j := range capitalRuns(toks) {
		if !anyOf(toks[i:j+1], isInstitutionKind) && !anyOf(toks[i:j+1], func(t *lineTok) bool { return t.acronym }) {
			continue
		}
		if tr, e := x.translatedName(toks, i, j, lists); tr && e == entry {
			if first < 0 {
				first = i
			}
			last = j
		}
	}
	return first, last
}

// employerRoot reports whether the line's capitalised word t shares its
// root with a capitalised word of the entry's employer, a kind of
// institution aside: "the Jagiellonian" for "Uniwersytet Jagielloński".
func (x *Index) employerRoot(t *lineTok, entry int32) bool {
	if len(t.lower) < 5 || t.number || t.acronym {
		return false
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.entry != entry || seg.label != "current company" || seg.kind != segSpecific {
			continue
		}
		for p := range seg.toks {
			ft := &seg.toks[p]
			if _, kind := kindWord(ft.lower); ft.capital && len(ft.lower) >= 5 && !kind && sharedRoot(t.lower, ft.lower) {
				return true
			}
		}
	}
	return false
}
