package personalize

import (
	"fmt"
	"strconv"
	"strings"
)

// singleProblems returns a sentence for each count of two or more that
// the line gives a thing the profile gives one of, with "a", "an" or
// "one" and no figure: "second-chairing three ICC arbitrations" where it
// says "Second chair in an ICC arbitration".
func singleProblems(line string, toks []lineTok, idx *Index, lists *Lists) []string {
	var out []string
	var buf [4]string
	for k := range toks {
		t := &toks[k]
		if !t.number || t.decade || t.scope || t.stock || t.ignored || !isNumeric(t.key) || isYear(t.key) && !t.wordNum {
			continue
		}
		v, err := strconv.ParseFloat(t.key, 64)
		if err != nil || v < 2 || currencyMarks.in(t.punctBefore) {
			continue
		}
		if v >= 20 && idx.hasOwn(t.key) {
			continue // "620 flights" where the profile has "620 voos": the count is there, in other words
		}
		if k+1 < len(toks) && (unitClass(toks[k+1].key, toks[k+1].lower) != "" || toks[k+1].punctBefore == "-") {
			continue // a figure with a unit, or "3-day"
		}
		if n := k + 1; n < len(toks) && unknownWord(&toks[n], idx, lists) {
			continue // "96 Verhandlungstage als ...": counted in a word neither English nor the profile's
		}
		nouns := countedBy(toks, k, buf[:0], false)
		if len(nouns) != 1 || anyCount[nouns[0]] || peopleNouns[nouns[0]] || idx.counts(nouns[0]) || lists.mostlyPeople(wordAt(toks, k, nouns[0])) {
			continue // people: "a project manager" on the profile, "3 project managers" led
		}
		one := ""
		for _, o := range idx.post[nouns[0]] {
			seg := &idx.segs[o.seg]
			if seg.kind == segVocab || seg.kind == segName || seg.kind == segContext {
				continue
			}
			s := singleBefore(seg, int(o.pos))
			if s < 0 {
				one = ""
				break
			}
			if one == "" {
				one = seg.src[seg.toks[s].start:seg.toks[o.pos].end]
			}
		}
		if one == "" {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile has %q: give the number their profile gives.",
			spanTo(line, toks, k, nouns[0]), one))
	}
	return out
}

// singleBefore returns the "a", "an" or "one" that makes the profile's
// noun at pos one thing ("an ICC arbitration", "a Band 7 post" is not:
// a number comes between), or -1 when the noun is plural or has none.
func singleBefore(seg *segment, pos int) int {
	if w := seg.toks[pos].lower; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return -1
	}
	for k := pos - 1; k >= 0 && k >= pos-3; k-- {
		t := &seg.toks[k]
		if breaksAt(&seg.toks[k+1]) || t.number && t.lower != "one" {
			return -1
		}
		switch t.lower {
		case "a", "an", "one", "single":
			return k
		}
		if t.fn {
			return -1
		}
	}
	return -1
}

// countedInOtherWords reports whether the profile gives the figure key, in
// a part of its own, with a word after it that no English list knows: "ok.
// 420 ton węgla drzewnego rocznie" counts in Polish what a line says in
// English ("420 tonnes of beech charcoal"), whatever an English passage
// gives another figure of ("140 tonnes of beech charcoal").
func (x *Index) countedInOtherWords(key string, lists *Lists) bool {
	for _, o := range x.post[key] {
		seg := &x.segs[o.seg]
		if seg.kind == segVocab || seg.kind == segName || seg.kind == segContext {
			continue
		}
		foreign := -1 // whether the segment is in another language, once known
		for j := int(o.pos) + 1; j < len(seg.toks) && j <= int(o.pos)+3 && !breaksAt(&seg.toks[j]); j++ {
			if t := &seg.toks[j]; t.capital || t.number || len(t.lower) < 4 || lists.tier(t.lower) != 0 {
				continue
			}
			if foreign < 0 {
				foreign = 0
				if seg.foreign(lists) {
					foreign = 1
				}
			}
			if foreign == 1 {
				return true
			}
		}
	}
	return false
}

// withUnit reports whether one of the candidate's own fields gives the
// number key with a unit of the class unit.
func (x *Index) withUnit(key, unit string) bool {
	for _, o := range x.post[key] {
		seg := &x.segs[o.seg]
		if seg.kind == segContext || seg.kind == segVocab || int(o.pos)+1 >= len(seg.toks) {
			continue
		}
		if nt := &seg.toks[o.pos+1]; unitClass(nt.key, nt.lower) == unit {
			return true
		}
	}
	return false
}
