package personalize

import (
	"slices"
	"strings"
)

// nameKinds are the words that make a capitalised run the name of a
// publication, an event or a body.
var nameKinds = wordSet("journal review magazine quarterly bulletin gazette conference congress summit society association " +
	"institute institution academy foundation award awards prize")

// nameKindBits filters the words of nameKinds.
var nameKindBits = bitsOfKeys(nameKinds)

// namesKind reports whether the capitalised run toks[i..j] has a word of
// nameKinds and another capitalised word besides.
func namesKind(toks []lineTok, i, j int) bool {
	kind, other := false, false
	for k := i; k <= j; k++ {
		switch {
		case nameKindBits.has(toks[k].lower) && nameKinds[toks[k].lower]:
			kind = true
		case toks[k].capital && !toks[k].fn && !toks[k].sentStart:
			other = true
		}
	}
	return kind && other
}

// employerEntries returns the positions whose employer the line names by
// a capitalised word of its name.
func (x *Index) employerEntries(toks []lineTok) []int32 {
	var out []int32
	for i := range toks {
		t := &toks[i]
		if !t.capital || t.sentStart || t.fn || t.scope {
			continue
		}
		for _, o := range x.post[t.key] {
			if seg := &x.segs[o.seg]; seg.label == "current company" && seg.entry >= 0 && seg.entry/10000 == listExperience && !slices.Contains(out, seg.entry) {
				out = append(out, seg.entry)
			}
		}
	}
	return out
}

// outsideDated reports whether year (key) falls outside the dates of
// every one of entries, all of them dated positions, and none of their
// fields writes it.
func (x *Index) outsideDated(year int, key string, entries []int32) bool {
	if len(entries) == 0 || x.inSpan(year, entries) {
		return false
	}
	for _, e := range entries {
		if _, ok := x.spans[e]; !ok || e/10000 != listExperience || x.inEntry(key, e) {
			return false
		}
	}
	// A year of their studies, an award or a paper may be what the line
	// dates ("your 2016 MSc").
	for e, sp := range x.spans {
		if l := e / 10000; (l == listEducation || l == listPublication) && sp[1] == year {
			return false
		}
	}
	for _, o := range x.post[key] {
		if e := x.segs[o.seg].entry; e >= 0 && e/10000 != listExperience && e/10000 != listRecommendation {
			return false
		}
	}
	return true
}

// nameYear reports whether the line's year toks[k], in its run of names
// first..last, is a year the profile writes with a name of that run
// (bound): a few words from it in one field ("Ento '23",
// "#WoundCare2024"), or in another field of the same entry (a talk's
// event and its year). Such a year dates the thing named, not the work
// the rest of the line refers to. other is set when the profile dates
// that name with another year, right beside it or in the year of an
// entry with one date (an award, a talk, a paper): "your Expo 2022 talk"
// where the talk is 2023.
func (x *Index) nameYear(toks []lineTok, k, first, last int) (bound, other bool) {
	year := toks[k].key
	for n := first; n <= last; n++ {
		t := &toks[n]
		if n == k || t.number || t.fn || !t.capital || connectors[t.lower] {
			continue
		}
		// other holds for a name every mention of which has another year.
		dated, undated := false, false
		for _, p := range x.post[t.key] {
			seg := &x.segs[p.seg]
			if seg.kind == segContext || seg.kind == segName {
				continue
			}
			switch x.yearNear(seg, int(p.pos), year) {
			case yearSame:
				return true, false
			case yearOther:
				dated = true
				continue
			}
			switch x.yearOfRecord(p.seg, year) {
			case yearSame:
				return true, false
			case yearOther:
				dated = true
			default:
				undated = true
			}
		}
		other = other || dated && !undated
	}
	return false, other
}

const (
	yearNone = iota
	yearSame
	yearOther
)

// yearNear says whether the profile writes year a few words from the word
// at pos of seg (yearSame), another single year right beside it
// (yearOther), or neither.
func (x *Index) yearNear(seg *segment, pos int, year string) int {
	out := yearNone
	for q := max(0, pos-yearReach); q < len(seg.toks) && q <= pos+yearReach; q++ {
		switch y := yearOf(&seg.toks[q]); {
		case y == "":
		case y == year:
			return yearSame
		case q >= pos-2 && q <= pos+2 && !yearRange(seg.toks, q):
			out = yearOther
		}
	}
	return out
}

// yearOfRecord says whether another field of the entry of segment si
// writes year (yearSame), or another year when the entry has one date (an
// award, a talk, a paper: yearOther).
func (x *Index) yearOfRecord(si int32, year string) int {
	rec := recordOf(x.segs[si].field)
	if rec == "" {
		return yearNone
	}
	list, _, _ := splitPath(rec)
	single := list != "experience" && list != "education" && list != "volunteering" && list != "projects"
	out := yearNone
	for sj := range x.segs {
		if sj == int(si) || recordOf(x.segs[sj].field) != rec {
			continue
		}
		for q := range x.segs[sj].toks {
			switch y := yearOf(&x.segs[sj].toks[q]); {
			case y == "":
			case y == year:
				return yearSame
			case single:
				out = yearOther
			}
		}
	}
	return out
}

// yearOf is the year a profile word writes ("2023", "'23", the end of
// "#WoundCare2024"), or "".
func yearOf(t *token) string {
	if t.number {
		if isYear(t.key) && !t.wordNum {
			return t.key
		}
		return ""
	}
	return trailingYear(t.lower)
}

// yearRange reports whether the year toks[q] has another year within
// three words: one end of a span of dates ("2019 - 2023", "Jan 2019 - Mar
// 2021"), which dates no single thing.
func yearRange(toks []token, q int) bool {
	for d := 1; d <= 3; d++ {
		if q-d >= 0 && yearOf(&toks[q-d]) != "" || q+d < len(toks) && yearOf(&toks[q+d]) != "" {
			return true
		}
	}
	return false
}

// yearReach is how many words from a name the profile may write its year
// for the year to be the name's.
const yearReach = 4

// recordOf is the entry a structured field belongs to ("extra.talks[0]"
// for "extra.talks[0].year"), or "" for a field of no entry.
func recordOf(field string) string {
	if i := strings.IndexByte(field, ']'); i >= 0 {
		return field[:i+1]
	}
	return ""
}

// trailingYear is the year a word of letters ends in ("woundcare2024",
// "icml2019"), or "".
func trailingYear(w string) string {
	n := len(w)
	if n < 7 || !isYear(w[n-4:]) || !asciiLetter(w[n-5]) || !isNumeric(w[n-4:]) {
		return ""
	}
	return w[n-4:]
}

// typoInName reports whether the line's name toks[first..last] is a
// profile name of three words or more written whole, with one of its
// words (of four letters or more) one edit away from the profile's:
// inside a name the rest of which is exact, a typo in an everyday word
// ("Comunity", "Enrgy") is no other name.
func (x *Index) typoInName(toks []lineTok, first, last int) bool {
	var words []int
	for k := first; k <= last; k++ {
		if t := &toks[k]; !t.fn && !connectors[t.lower] && t.key != "" {
			words = append(words, k)
		}
	}
	if len(words) < 3 {
		return false
	}
	// Where each word is on the profile, looked up once.
	occs := make([][]occ, len(words))
	for w, k := range words {
		occs[w] = x.lookup(toks[k].key, nil)
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segName || seg.kind == segVocab || seg.kind == segContext {
			continue
		}
		typos, exact := 0, 0
		for w, k := range words {
			t := &toks[k]
			hit := slices.ContainsFunc(occs[w], func(o occ) bool { return o.seg == int32(si) })
			if hit {
				exact++
				continue
			}
			if len(t.lower) < 4 || t.number || hasDigit(t.lower) {
				break // "NEC4" for "NEC3" is another version, no typo
			}
			for p := range seg.toks {
				if ft := &seg.toks[p]; ft.capital && len(ft.lower) >= 4 && !hasDigit(ft.lower) && oneEdit(ft.lower, t.lower) {
					hit = true
					break
				}
			}
			if !hit {
				break
			}
			typos++
		}
		if exact+typos == len(words) && typos == 1 {
			return true
		}
	}
	return false
}

// romanNumerals are the centuries in Roman numerals, in lower case, by
// their number.
var romanNumerals = strings.Fields("_ i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi")

// romanCentury reports whether the profile writes the century of key, an
// ordinal ("20th"), in Roman numerals, as most languages of Europe do
// ("século XX", "XXe siècle", "XX wieku"). It reads the fields, not the
// index, which holds only the line's words when built for one line.
func (x *Index) romanCentury(key string) bool { return len(x.romanCenturyAt(key, nil)) > 0 }

// romanCenturyAt appends to buf where the profile writes the century of
// key in Roman numerals (see romanCentury).
func (x *Index) romanCenturyAt(key string, buf []occ) []occ {
	n := atoi(strings.TrimRight(key, "stndrh"))
	if n < 10 || n >= len(romanNumerals) {
		return buf
	}
	r := romanNumerals[n]
	for i := range x.segs {
		s := &x.segs[i]
		if s.kind == segContext {
			continue
		}
		for p := range s.toks {
			if t := &s.toks[p]; t.capital && (t.lower == r || strings.TrimSuffix(t.lower, "e") == r) {
				buf = append(buf, occ{seg: int32(i), pos: int32(p)})
			}
		}
	}
	return buf
}
