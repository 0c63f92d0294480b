package personalize

import (
	"slices"
	"strings"
)

// A thesis the profile gives in its own language ("Dissertação: 'Cama
// reutilizada e incidência de pododermatite ...'", "Masterarbeit: ...")
// under a school is what a line's "your master's thesis at UDESC on ..."
// refers to, though the line tells its subject in English words the
// profile does not have.

// thesisRefs returns a reference to a thesis of the profile that the
// line names with the school it was written at, or nil: a thesis under
// the school's entry, or one their About, a project or a publication
// tells that names the school too ("Praca magisterska na Politechnice
// Warszawskiej: ..." for "your master's thesis at Warsaw University of
// Technology").
func thesisRefs(line string, toks []lineTok, idx *Index, lists *Lists, res *matchResult) []Reference {
	if !saysThesis(line, toks) {
		return nil
	}
	for si := range idx.segs {
		seg := &idx.segs[si]
		if seg.kind != segSpecific || len(seg.toks) < 4 {
			continue
		}
		if seg.entry >= 0 && seg.entry/10000 == listEducation {
			if !thesisOpens(seg, 0) {
				continue
			}
			if first, last, ok := idx.schoolOfEntry(toks, lists, res, seg.entry); ok {
				return []Reference{wholeField(seg, toks, first, last)}
			}
			continue
		}
		if !thesisSentence(seg) && !idx.thesisNamed(seg) {
			continue
		}
		for ei := range idx.segs {
			school := &idx.segs[ei]
			if school.label != "school" || school.entry < 0 || school.entry/10000 != listEducation || !idx.entryNamesSchool(seg, school) {
				continue
			}
			if first, last, ok := idx.schoolOfEntry(toks, lists, res, school.entry); ok {
				return []Reference{wholeField(seg, toks, first, last)}
			}
		}
	}
	return nil
}

// saysThesis reports whether the line speaks of a thesis, in English or
// in another language ("masteroppgaven", "博士論文").
func saysThesis(line string, toks []lineTok) bool {
	if anyOf(toks, func(t *lineTok) bool { return !t.scope && (thesisNouns[t.lower] || lineThesisWord(t.lower)) }) {
		return true
	}
	return !isASCII(line) && (strings.Contains(line, "論文") || strings.Contains(line, "论文") || strings.Contains(line, "논문"))
}

// lineThesisWord reports whether a line's word w is a thesis in another
// language: one of thesisWords, or a form of a long one ("masteroppgaven");
// not a degree ("doctorat", "mestrado", "gradu" of "graduate").
func lineThesisWord(w string) bool {
	for _, tw := range thesisWords {
		if (w == tw || len(tw) >= 8 && strings.HasPrefix(w, tw)) && !thesisDegrees[tw] {
			return true
		}
	}
	return false
}

// thesisDegrees are words of thesisWords that name a degree as well.
var thesisDegrees = wordSet("doctorado doctorat mestrado gradu")

// thesisSentence reports whether a sentence of a field of theirs opens
// with a thesis: "Tese de mestrado: ...", "... Praca magisterska na ...".
func thesisSentence(seg *segment) bool {
	for p := range seg.toks {
		if (p == 0 || seg.toks[p].sentStart) && thesisOpens(seg, p) {
			return true
		}
	}
	return false
}

// entryNamesSchool reports whether seg, or another field of its entry
// (a project's description under its name), names the school of the
// school field.
func (x *Index) entryNamesSchool(seg, school *segment) bool {
	if seg.entry < 0 {
		return namesSchool(seg, school)
	}
	for i := range x.segs {
		if o := &x.segs[i]; o.entry == seg.entry && o.kind == segSpecific && namesSchool(o, school) {
			return true
		}
	}
	return false
}

// namesSchool reports whether seg names the school of the school field:
// one of its distinctive words, as written or in another form of it
// ("Politechnice Warszawskiej" for "Politechnika Warszawska"), not a word
// for a kind of school.
func namesSchool(seg, school *segment) bool {
	if in := schoolInitials(school); len(in) >= 3 && anyOf(seg.toks, func(ft *token) bool { return ft.acronym && ft.lower == in }) {
		return true // "(İTÜ, 2016)" for "İstanbul Teknik Üniversitesi"
	}
	for q := range school.toks {
		st := &school.toks[q]
		if !st.capital || st.fn || len(st.lower) < 4 || kindOfSchool(st) {
			continue
		}
		for p := range seg.toks {
			ft := &seg.toks[p]
			if ft.key == st.key || len(ft.lower) > rootLen && len(st.lower) > rootLen && ft.lower[:rootLen] == st.lower[:rootLen] {
				return true
			}
		}
	}
	return false
}

// kindOfSchool reports whether t is a word for a kind of institution in
// some language ("University", "Universidade", "Politechnika"), as
// institutionKinds and kindWord know them.
func kindOfSchool(t *token) bool {
	if _, ok := institutionKinds[t.key]; ok {
		return true
	}
	_, ok := kindWord(t.lower)
	return ok
}

// thesisOpens reports whether one of the three words of a field from
// p is a thesis in some language: "Dissertação: ...", "Master's thesis:
// ...".
func thesisOpens(seg *segment, from int) bool {
	for p := from; p < len(seg.toks) && p < from+3; p++ {
		if w := seg.toks[p].lower; thesisNouns[w] || slices.Contains(thesisWords, w) {
			return true
		}
	}
	return false
}

// schoolOfEntry returns the line words that name the school of entry,
// and whether there are any: as the profile writes them, or in English
// ("the Jagiellonian" for "Uniwersytet Jagielloński").
func (x *Index) schoolOfEntry(toks []lineTok, lists *Lists, res *matchResult, entry int32) (first, last int, ok bool) {
	first, last = -1, -1
	school := func(o occ) bool { seg := &x.segs[o.seg]; return seg.entry == entry && seg.label == "school" }
	for i := range toks {
		t := &toks[i]
		if !t.looked || t.fn || t.weight == 0 {
			continue
		}
		if slices.ContainsFunc(res.occs[t.occFrom:t.occTo], school) ||
			t.capital && !t.sentStart && t.occFrom == t.occTo && slices.ContainsFunc(x.rootOccs(t, lists, nil), school) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		// The school's initials: "ITU" for "İstanbul Teknik Üniversitesi".
		for si := range x.segs {
			if seg := &x.segs[si]; seg.entry == entry && seg.label == "school" {
				if in := schoolInitials(seg); len(in) >= 3 {
					for i := range toks {
						if toks[i].acronym && toks[i].lower == in {
							first, last = i, i
						}
					}
				}
			}
		}
	}
	if first < 0 {
		// "the Turkish Archery Federation" for "Türkiye Okçuluk
		// Federasyonu".
		first, last = x.namedInEnglish(toks, lists, entry)
	}
	if first < 0 {
		// A place of the school's name by another name of the aliases
		// list: "TU Munich" for "Technische Universität München".
		lists.equivalentRuns(toks, func(f, l int, other []string) {
			if first < 0 && slices.ContainsFunc(x.phrase(other, nil), school) {
				first, last = f, l
			}
		})
	}
	return first, last, first >= 0
}

// thesisClaim is the index of "a thesis" in claims.
var thesisClaim = func() int {
	for i, c := range claims {
		if c.name == "a thesis" {
			return i
		}
	}
	return -1
}()

// schoolInitials returns the initials of the capitalised words of a
// school's name, folded: "itu" for "İstanbul Teknik Üniversitesi", "kit"
// for "Karlsruher Institut für Technologie".
func schoolInitials(school *segment) string {
	var b []byte
	for q := range school.toks {
		if st := &school.toks[q]; st.capital && !st.fn && st.lower != "" && !st.number {
			b = append(b, st.lower[0])
		}
	}
	return string(b)
}

// thesisNamed reports whether seg is what an entry named as a thesis
// tells: the description of a project called "Yüksek lisans tezi" or
// "Masterarbeit", whose name is too short to be a reference itself.
func (x *Index) thesisNamed(seg *segment) bool {
	if seg.entry < 0 || seg.entry/10000 != listProject {
		return false
	}
	for i := range x.segs {
		if o := &x.segs[i]; o != seg && o.entry == seg.entry && len(o.toks) > 0 && len(o.toks) <= 4 && thesisOpens(o, 0) {
			return true
		}
	}
	return false
}
