package personalize

import (
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
// own words (teaching, the board) and names something of that entry: its
// employer, its title or what it says.

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
		"leraar hoogleraar professora öğretim eğitmen 講師 教授 准教授 教員 讲师") {
		m[fold(w)] = teachingPost
	}
	for _, w := range strings.Fields("board trustee trustees governor governors council councillor rada członek zarząd zarządu rady " +
		"conseil administrateur administratrice consiglio consigliere vorstand beirat aufsichtsrat styrelse styrelseledamot " +
		"bestuur bestuurslid raad junta consejero consejera conselho conselheiro conselheira yönetim kurulu 理事 取締役 評議員") {
		m[fold(w)] = boardPost
	}
	return m
}()

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
func secondPostRefs(toks []lineTok, idx *Index, res *matchResult) []Reference {
	var said [3]bool // the kinds of post the line says
	for i := range toks {
		t := &toks[i]
		if t.scope || t.name || t.ignored {
			continue
		}
		if k := postKindOf(t.lower); k != noPost && !asA(toks, i) && !skillPost(toks, i) {
			said[k] = true
		}
	}
	if !said[teachingPost] && !said[boardPost] {
		return nil
	}
	for si := range idx.segs {
		seg := &idx.segs[si]
		if seg.label != "current title" || seg.kind != segSpecific || !seg.achievement || seg.entry < 0 {
			continue
		}
		kind := noPost
		for p := range seg.toks {
			if k := postKindOf(seg.toks[p].lower); k != noPost {
				kind = k
				break
			}
		}
		if !said[kind] || kind == noPost {
			continue
		}
		if first, last, ok := idx.namesOfEntry(toks, res, seg.entry); ok {
			return []Reference{wholeField(seg, toks, first, last)}
		}
	}
	return nil
}

// asA reports whether toks[i] follows "as a" or "as": "As a lecturer at
// Leeds" is a post and its employer, as a mail merge fills them in.
func asA(toks []lineTok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch toks[k].lower {
		case "as":
			return true
		case "a", "an", "the":
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
func (x *Index) namesOfEntry(toks []lineTok, res *matchResult, entry int32) (first, last int, ok bool) {
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
	for i := range toks {
		t := &toks[i]
		if !t.looked || t.fn || t.weight == 0 || postKindOf(t.lower) != noPost {
			continue
		}
		for _, o := range res.occs[t.occFrom:t.occTo] {
			if seg := &x.segs[o.seg]; seg.entry == entry && seg.kind == segSpecific {
				mark(i)
				break
			}
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
