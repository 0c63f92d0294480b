package personalize

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// A length of time a result is ahead or early by: "46 days ahead of
// programme" where the profile says "three weeks ahead of programme". The
// length is the result's figure; the profile's sentence with the same
// word after its own length must give the same one.

// aheadWords follow a length of time that a result beat its plan by.
// The same in German, Dutch, French, Spanish, Italian and Polish ("5
// Wochen vor Termin").
var aheadWords = wordSet("ahead early earlier sooner faster quicker before under vor fruher voor eerder avant antes prima przed")

// daysIn is each unit of time in days, to compare "three weeks" with "21
// days".
var daysIn = map[string]float64{"day": 1, "week": 7, "month": 30.4, "year": 365, "hour": 1.0 / 24, "minute": 1.0 / 1440}

// aheadProblems returns a sentence for each length of time the line puts
// before a word of beating a plan when a profile sentence puts another
// length before that word.
func aheadProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	for k := 0; k+2 < len(toks); k++ {
		t, u, w := &toks[k], &toks[k+1], &toks[k+2]
		if !t.number || t.scope || !aheadWords[w.lower] || daysIn[timeUnits[u.lower]] == 0 {
			continue
		}
		said := atof(t.key) * daysIn[timeUnits[u.lower]]
		same, other := false, ""
		for _, o := range idx.wordOccs(w) {
			seg := &idx.segs[o.seg]
			p := int(o.pos)
			if p < 2 || seg.kind == segContext || seg.kind == segVocab {
				continue
			}
			pn, pu := &seg.toks[p-2], &seg.toks[p-1]
			d := daysIn[timeUnits[pu.lower]]
			if !pn.number || d == 0 {
				continue
			}
			if has := atof(pn.key) * d; sameLength(has, said) {
				same = true
			} else if other == "" {
				other = seg.src[pn.start:seg.toks[p].end]
			}
		}
		if !same && other != "" {
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.", line[t.start:w.end], other))
		}
	}
	return out
}

// atof reads a number's key, or 0.
func atof(key string) float64 {
	v, _ := strconv.ParseFloat(key, 64)
	return v
}

// ratePeriods are the words of a rate's period after "a" or "per", and
// the adverbs that say one.
// ratePeriodOf is ratePeriods[l], asking the map only when its filter
// may hold l.
func ratePeriodOf(l string) string {
	if !ratePeriodBits.has(l) {
		return ""
	}
	return ratePeriods[l]
}

// ratePeriodBits filters the words of ratePeriods.
var ratePeriodBits = bitsOfKeys(ratePeriods)

var ratePeriods = map[string]string{
	"day": "day", "week": "week", "month": "month", "year": "year", "annum": "year", "quarter": "quarter", "shift": "shift",
	"hour": "hour", "minute": "minute", "second": "second", "sec": "second", "night": "night",
	"yr": "year", "mo": "month", "wk": "week", "hr": "hour", "h": "hour", "min": "minute", "d": "day",
	"hourly": "hour", "nightly": "night", "daily": "day", "weekly": "week", "monthly": "month", "annually": "year", "yearly": "year", "quarterly": "quarter",
}

// rateAt returns the period of a rate the number at k is given with ("a
// month", "per year", "annually", "/yr"), within the six words after it
// and its clause; n is the number of words and at gives each.
func rateAt(n int, at func(int) *token, k int) string {
	for j := k + 1; j < n && j <= k+6; j++ {
		t := at(j)
		if breaksAt(t) || clauseStops[t.lower] {
			return "" // "down to two after you brought in daily rounds": the rate is the clause's
		}
		l := t.lower
		if p, ok := perPeriod(n, at, j); ok {
			return p
		}
		if p := ratePeriodOf(l); p != "" && (strings.HasSuffix(l, "ly") && !determiners[at(j-1).lower] || strings.HasSuffix(t.punctBefore, "/")) {
			return p // "annually", "1.2 billion PL/year"; not "the daily safety rounds"
		}
		if p := foreignRateAt(n, at, j); p != "" {
			return p // "160 000 ton per år", "160.000 Tonnen pro Jahr", "jährlich"
		}
	}
	return rateBefore(at, k)
}

// rateBefore returns the period a label before the number at k gives it,
// within three words: "Annual output: 410,000 m²", "Produção anual:
// 410.000 m²", "monthly sales of 2,000 units".
func rateBefore(at func(int) *token, k int) string {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if b := at(j + 1); breaksAt(b) && !(j+1 == k && strings.TrimSpace(b.punctBefore) == ":") {
			return ""
		}
		l := at(j).lower
		if p := ratePeriodOf(l); p != "" && strings.HasSuffix(l, "ly") {
			return p
		}
		if l == "annual" {
			return "year"
		}
		if p := foreignRateWords[l]; p != "" {
			return p
		}
	}
	return ""
}

// rateProblems returns a sentence for each figure the line gives per a
// period ("310,000 families a month") that the profile gives only per
// another ("310,000 families a year").
func rateProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	figureAttrs(toks, idx, rateAt, func(a, b string) bool { return a == b }, 4, func(k int, said, other string) {
		out = append(out, fmt.Sprintf("Says %s per %s, but their profile says %q: say what it says.", line[toks[k].start:toks[k].end], said, other))
	})
	if len(out) > 0 || !slices.ContainsFunc(toks, func(t lineTok) bool { return rateArticles[t.lower] }) {
		return out
	}
	// "2,600 guests a night" where the profile gives "2,600 guests in
	// 2023": a year's total said as a rate of a shorter time.
	figureAttrs(toks, idx, shortRateAt, func(a, b string) bool { return a == b }, 4, func(k int, said, other string) {
		if said != "total" {
			out = append(out, fmt.Sprintf("Says %s per %s, but their profile gives it for a whole year (%q): say what it says.", line[toks[k].start:toks[k].end], said, other))
		}
	})
	return out
}

// rateArticles start a rate in English: "a month", "per year".
var rateArticles = wordSet("a an per each every")

// perPeriod reads a rate that starts at j ("a month", "per year"): its
// period, ok when there is one, and "" with ok for "a second site", no
// rate.
func perPeriod(n int, at func(int) *token, j int) (string, bool) {
	if !rateArticles[at(j).lower] || j+1 >= n {
		return "", false
	}
	next := at(j + 1).lower
	if ratePeriods[next] == "" || strings.HasSuffix(next, "ly") {
		return "", false
	}
	if next == "second" && j+2 < n && !breaksAt(at(j+2)) && content(at(j+2)) {
		return "", true // "and a second site"
	}
	return ratePeriods[next], true
}

// shortRateAt returns the period of an English rate of less than a year
// the number at k is given with ("a night", "per week"), or "total" for a
// number given for a year ("in 2023"), within the four words after it.
func shortRateAt(n int, at func(int) *token, k int) string {
	for j := k + 1; j+1 < n && j <= k+4; j++ {
		t, next := at(j), at(j+1)
		if breaksAt(t) || clauseStops[t.lower] || breaksAt(next) {
			return ""
		}
		if p, ok := perPeriod(n, at, j); ok {
			if p == "year" {
				return ""
			}
			return p
		}
		if (t.lower == "in" || t.lower == "during") && next.number && isYear(next.key) && (j+2 >= n || breaksAt(at(j+2)) || !content(at(j+2))) {
			return "total"
		}
	}
	return ""
}

// figureAttrs calls mismatch for each number of the line that attr gives
// something (a rate's period, a length of time) when the profile gives
// that number only with another: other is the profile's words from its
// number, span words on. The zero T is "nothing".
func figureAttrs[T comparable](toks []lineTok, idx *Index, attr func(n int, at func(int) *token, k int) T, same func(a, b T) bool, span int,
	mismatch func(k int, said T, other string)) {
	var none T
	lineAt := func(j int) *token { return &toks[j].token }
	for k := range toks {
		if !toks[k].number || toks[k].scope || isYear(toks[k].key) {
			continue
		}
		said := attr(len(toks), lineAt, k)
		if said == none {
			continue
		}
		agrees, other := false, ""
		for _, o := range idx.post[toks[k].key] {
			seg := &idx.segs[o.seg]
			if seg.kind == segContext || seg.kind == segVocab {
				continue
			}
			switch p := attr(len(seg.toks), func(j int) *token { return &seg.toks[j] }, int(o.pos)); {
			case same(p, said):
				agrees = true
			case p != none && other == "":
				end := min(int(o.pos)+span, len(seg.toks)-1)
				other = seg.src[seg.toks[o.pos].start:seg.toks[end].end]
			}
		}
		if !agrees && other != "" {
			mismatch(k, said, other)
		}
	}
}

// periodAt returns the period, in days, the figure at k is given over:
// "over 12 months", "in six weeks", "in year one", "in its first month",
// in its clause, within the ten words after it; 0 when none. A figure in
// brackets ("all eight seasons (96 episodes) ... in 14 weeks") is given
// over the period of the clause it is part of.
func periodAt(n int, at func(int) *token, k int) float64 {
	for j := k + 1; j < n && j <= k+10; j++ {
		t := at(j)
		if breaksAt(t) && strings.TrimSpace(t.punctBefore) != ")" {
			return 0
		}
		if t.lower != "over" && t.lower != "in" && t.lower != "within" {
			continue
		}
		// "over 12 months", "in six weeks"; "in year one", "in its first
		// month", "in the first year"; "in just six weeks".
		q := j + 1
		if q < n && (at(q).lower == "its" || at(q).lower == "the" || at(q).lower == "their" || at(q).lower == "a") {
			q++
		}
		bound := t.lower == "within"
		if q+2 < n && (at(q).lower == "less" || at(q).lower == "fewer") && at(q+1).lower == "than" {
			q, bound = q+2, true
		} else if q+1 < n && periodAdverbs[at(q).lower] {
			bound = bound || at(q).lower == "under"
			q++
		}
		if q+1 < n && at(q).number && daysIn[timeUnits[at(q+1).lower]] > 0 {
			d := atof(at(q).key) * daysIn[timeUnits[at(q+1).lower]]
			if bound {
				d = -d // "in under ten minutes": at most that
			}
			return d
		}
		if q+1 < n && (at(q).lower == "first" || at(q).lower == "single") && daysIn[timeUnits[at(q+1).lower]] > 0 {
			return daysIn[timeUnits[at(q+1).lower]]
		}
		if q+1 < n && daysIn[timeUnits[at(q).lower]] > 0 && (at(q+1).lower == "one" || at(q+1).key == "1") {
			return daysIn[timeUnits[at(q).lower]]
		}
	}
	return 0
}

// periodAdverbs may come between "in" and a length of time: "in just six
// weeks", "in only a year".
var periodAdverbs = wordSet("just only barely under nearly almost roughly about around less")

// periodProblems returns a sentence for each figure the line gives over a
// period ("a 41% drop ... over six months", "420 scans in its first
// month") that the profile gives over another ("by 41% over 12 months",
// "420 scans in year one").
func periodProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	figureAttrs(toks, idx, periodAt, sameLength, 5, func(k int, _ float64, other string) {
		out = append(out, fmt.Sprintf("Says %s over another length of time than their profile, which says %q: say what it says.", line[toks[k].start:toks[k].end], other))
	})
	return out
}

// sameLength reports whether the profile's length of time a, in days,
// is the line's b within 3% ("12 months" and "a year"), or at most b
// where the line gives a bound, as a negative b ("in under ten minutes"
// for "in 9 min 41"); a bound of the profile's, as a negative a ("in
// under three months"), holds a length of the line's within it ("in
// eleven weeks").
func sameLength(a, b float64) bool {
	lineBound, bound := b < 0, a < 0
	a, b = math.Abs(a), math.Abs(b)
	return a > 0 && b > 0 && (a <= b*1.03 || bound && !lineBound) && (lineBound || b <= a*1.03)
}

// wordOccs returns where the profile has w: from the index, or for a
// function word, which the index leaves out ("vor"), from its fields.
func (x *Index) wordOccs(w *lineTok) []occ {
	if occs := x.post[w.key]; len(occs) > 0 || !w.fn && !isFunctionWord(w.lower) && w.flags&flagGerman == 0 {
		return occs
	}
	var out []occ
	for si := range x.segs {
		for p := range x.segs[si].toks {
			if x.segs[si].toks[p].lower == w.lower {
				out = append(out, occ{seg: int32(si), pos: int32(p)})
			}
		}
	}
	return out
}
