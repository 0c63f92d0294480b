package personalize

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A rank out of a number: "first place out of 31", "number one of 14",
// "#2 of 31", "from 11th to 3rd of 14 areas". The line's rank must be one
// the profile gives out of the same number.

// rankAt returns the rank t gives ("first", "3rd", "#2"; "number one"
// and "No. 1" with the word after it, next, which may be nil) and whether
// it took next, or 0.
func rankAt(t, next *token) (rank int, took bool) {
	if r := ordinals[t.lower]; r > 0 {
		return r, false
	}
	if n := len(t.lower); n >= 3 {
		switch d := strings.ReplaceAll(t.lower[:n-2], ",", ""); t.lower[n-2:] {
		case "st", "nd", "rd", "th":
			if isNumeric(d) {
				return atoi(d), false // "5,000th"
			}
		}
	}
	if t.number && strings.HasSuffix(t.punctBefore, "#") {
		return atoi(t.key), false
	}
	if (t.lower == "number" || t.lower == "no") && next != nil {
		switch {
		case next.lower == "one":
			return 1, true
		case next.number:
			return atoi(next.key), true
		}
	}
	return 0, false
}

// outOf returns the index of the number a rank ending at last is out
// of ("of 31", "out of 31", "place out of 31"), or -1.
func outOf(toks []lineTok, last int) int {
	k := last + 1
	if k < len(toks) && (toks[k].lower == "place" || toks[k].lower == "position") {
		k++
	}
	if k < len(toks) && toks[k].lower == "out" {
		k++
	}
	if k+1 < len(toks) && toks[k].lower == "of" && toks[k+1].number && !toks[k+1].wordNum {
		return k + 1
	}
	return -1
}

// rankOfProblems returns a sentence for each rank out of a number the
// line gives when the profile ranks out of that number only otherwise.
func rankOfProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	for i := range toks {
		if t := &toks[i]; !t.number && t.flags&flagOrdinal == 0 && t.lower != "number" && t.lower != "no" {
			continue
		}
		var next *token
		if i+1 < len(toks) {
			next = &toks[i+1].token
		}
		r, took := rankAt(&toks[i].token, next)
		if r == 0 || toks[i].scope {
			continue
		}
		last := i
		if took {
			last++
		}
		n := outOf(toks, last)
		if n < 0 {
			continue
		}
		same, other := false, ""
		for _, o := range idx.post[toks[n].key] {
			seg := &idx.segs[o.seg]
			p := int(o.pos)
			if p == 0 || seg.toks[p-1].lower != "of" || seg.kind == segContext {
				continue
			}
			// The ranks before "of N" in its clause: "from 11th to 3rd".
			for q := p - 2; q >= 0 && q >= p-8; q-- {
				var next *token
				if q+1 < len(seg.toks) {
					next = &seg.toks[q+1]
				}
				if pr, _ := rankAt(&seg.toks[q], next); pr == r {
					same = true
				} else if pr > 0 && other == "" {
					other = seg.src[seg.toks[q].start:seg.toks[p].end]
					if strings.HasSuffix(seg.toks[q].punctBefore, "#") {
						other = "#" + other
					}
				}
				if seg.toks[q].sentStart || strings.ContainsAny(seg.toks[q].punctBefore, ".;:") {
					break
				}
			}
		}
		if !same && other != "" {
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.", line[toks[i].start:toks[n].end], other))
		}
	}
	return out
}

// rankNouns put a rank before its number in many languages: "el puesto
// 14", "Platz 3", "miejsce 2", "place 5".
var rankNouns = wordSet("puesto lugar posicion plaza place position platz rang miejsce miejscu misto posto posizione plaats positie sira plats plass plads sted")

// rankNounKeys are the keys of rankNouns.
var rankNounKeys = func() []string {
	var keys []string
	for w := range rankNouns {
		keys = append(keys, stem(w))
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}()

// placeBefore returns the rank the word prev gives the noun after it:
// an ordinal ("second place", "2nd place", "#2 place") or, before a word
// of rank, a number and a dot ("2. Platz", "3. miejsce"); else 0.
func placeBefore(prev, noun *token) int {
	if r := ordinals[prev.lower]; r != 0 {
		return r
	}
	if r, _ := rankAt(prev, nil); r != 0 {
		return r
	}
	if prev.number && isNumeric(prev.key) && strings.HasPrefix(noun.punctBefore, ".") && rankNouns[noun.lower] {
		return atoi(prev.key)
	}
	return 0
}

// ordinalWords are the English ordinals from the fourth, written out, by
// the key of their figures: "ninth" is "9th". The first three are words
// of other meanings too ("second", "a third").
var ordinalWords = func() map[string]string {
	m := map[string]string{}
	for i, w := range strings.Fields("fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth " +
		"fifteenth sixteenth seventeenth eighteenth nineteenth twentieth") {
		m[w] = ordinalKey(i + 4)
	}
	for i, w := range strings.Fields("thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth") {
		m[w] = ordinalKey(30 + 10*i)
	}
	m["hundredth"] = ordinalKey(100)
	m["thousandth"] = ordinalKey(1000)
	m["millionth"] = ordinalKey(1000000)
	m["billionth"] = ordinalKey(1000000000)
	return m
}()

// joinOrdinals makes one ordinal of a number and the ordinal after it:
// "twenty-fifth" is "25th", "five-thousandth" and "5 thousandth"
// "5,000th" (keyed as the figures are). The number takes the ordinal's
// key, and is read as "25th" is; the ordinal word after it is left a
// word of no weight.
func joinOrdinals(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		a, b := &toks[i], &toks[i+1]
		if !a.number || !isNumeric(a.key) || b.punctBefore != "-" && b.punctBefore != " " {
			continue
		}
		n := atoi(a.key)
		var v int
		switch o := ordinalValue(b); {
		case o == 0 || n == 0:
			continue
		case b.lower == "hundredth" || b.lower == "thousandth" || b.lower == "millionth" || b.lower == "billionth":
			v = n * o // "five-thousandth", "10 millionth"
		case a.wordNum && b.punctBefore == "-" && n >= 20 && n < 100 && n%10 == 0 && o < 10:
			v = n + o // "twenty-fifth", "thirty-first"
		default:
			continue
		}
		a.key, a.lower, a.wordNum = ordinalKey(v), ordinalKey(v), false
		b.key, b.lower, b.fn = "", "", true
		i++
	}
}

// ordinalValue is the number of the ordinal t ("first", "5th"; "sixth"
// and "thousandth" by their keys, "6th" and "1000th"), or 0.
func ordinalValue(t *token) int {
	if r, _ := rankAt(t, nil); r > 0 {
		return r
	}
	r, _ := rankAt(&token{lower: t.key}, nil)
	return r
}

// ordinalKey is the key of the English ordinal of n: "14th", "21st".
func ordinalKey(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// rankedNumber reports whether the number toks[k] follows a word for a
// rank ("el puesto 14") and the profile gives that rank as an English
// ordinal ("drafted 14th overall").
func rankedNumber(toks []lineTok, k int, idx *Index) bool {
	return k > 0 && toks[k].number && rankNouns[toks[k-1].lower] && isNumeric(toks[k].key) && idx.has(ordinalKey(atoi(toks[k].key)))
}

// placeVerbs come before the place a result came: "finished fifth",
// "to fourth", "placed 3rd".
var placeVerbs = wordSet("to finished finishing finish finishes came coming come comes placed placing ranked ranking took taking")

// finishProblems returns a sentence for each place the line says a result
// came ("the men's double to fourth at the 2019 Worlds") where the
// profile's sentence of the reference beside it gives another place
// ("the crew finished 5th at the 2019 World Rowing Championships"). A
// place is an ordinal that heads no noun of its own: "their third book"
// is ordinalProblems'.
func (c *claimCheck) finishProblems() []string {
	var out []string
	for i := range c.toks {
		t := &c.toks[i]
		if t.scope || t.stock || t.ignored || t.flags&flagOrdinal == 0 && !t.number {
			continue
		}
		r, _ := rankAt(&t.token, nil)
		if r == 0 || i == 0 || !placeVerbs[c.toks[i-1].lower] || i+1 < len(c.toks) && content(&c.toks[i+1].token) && !breaksAt(&c.toks[i+1].token) {
			continue // "First at Grant Thornton, then ...": no place
		}
		// The references on either side ("the men's double" and "the
		// 2019 Worlds"), which the profile may tell in two sentences.
		same, other := false, ""
		for k := range c.res.kept {
			cl := &c.res.kept[k]
			if cl.matched.has(i) || max(cl.first-i, i-cl.last) > 4 {
				continue
			}
			seg := &c.idx.segs[cl.seg]
			lo, hi := sentenceOf(seg, int(cl.minPos), int(cl.maxPos))
			for p := lo; p < hi; p++ {
				pr, _ := rankAt(&seg.toks[p], nil)
				if pr == 0 || p+1 < hi && content(&seg.toks[p+1]) && !breaksAt(&seg.toks[p+1]) {
					continue
				}
				if pr == r {
					same = true
				} else if other == "" {
					other = seg.src[seg.toks[p].start:seg.toks[p].end]
				}
			}
		}
		if !same && other != "" {
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q there: say what it says.", c.line[t.start:t.end], other))
		}
	}
	return out
}

// ordinalProblems returns a sentence for each rank the line gives a thing
// that the profile ranks otherwise: "first chair" where it says "second
// chair", "first place" where it says "third place".
func ordinalProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.flags&flagOrdinal == 0 && !t.number {
			continue
		}
		r := ordinals[t.lower]
		if r == 0 || t.scope || t.stock || t.ignored || strings.ContainsAny(toks[i+1].punctBefore, ",;:.!?()") || inTheFirstPlace(toks, i) {
			continue
		}
		noun := toks[i+1].key
		if toks[i+1].fn || noun == "" {
			continue // "3rd of 40": a rank out of a number (rankOfProblems)
		}
		nouns := []string{noun}
		if rankNouns[toks[i+1].lower] {
			nouns = rankNounKeys // "first place" and "2. Platz"
		}
		same, other := false, ""
		for _, noun := range nouns {
			for _, o := range idx.post[noun] {
				seg := &idx.segs[o.seg]
				if o.pos == 0 || seg.kind == segContext || seg.kind == segName {
					continue
				}
				prev := &seg.toks[o.pos-1]
				if q := int(o.pos) + 1; q < len(seg.toks) && !breaksAt(&seg.toks[q]) && (seg.toks[q].number && seg.toks[q].key == strconv.Itoa(r) || r == 1 && seg.toks[q].lower == "one") {
					same = true // "first year" for "year one", "the second phase" for "Phase 2"
					continue
				}
				switch pr := placeBefore(prev, &seg.toks[o.pos]); {
				case pr == r:
					same = true
				case pr != 0 && other == "":
					other = seg.src[prev.start:seg.toks[o.pos].end]
				case pr == 0 && o.pos >= 2 && !prev.number && !breaksAt(prev) && !breaksAt(&seg.toks[o.pos]) && placeBefore(&seg.toks[o.pos-2], prev) == r:
					same = true // "the first session" for "the first water session"
				}
			}
		}
		if !same && other != "" {
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.", line[t.start:toks[i+1].end], other))
		}
	}
	return out
}

// ordinals rank a thing: "second chair", "first place".
var ordinals = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
	// The first five in German, Dutch, the Nordic languages, French,
	// Spanish, Portuguese and Italian, folded, in the forms a place takes
	// ("zum ersten Platz", "el segundo puesto"); not "andre" or "prima",
	// words of other meanings. Polish and Czech: init below.
	"erste": 1, "erster": 1, "ersten": 1, "erstes": 1, "zweite": 2, "zweiter": 2, "zweiten": 2, "dritte": 3, "dritter": 3, "dritten": 3,
	"vierte": 4, "vierten": 4, "funfte": 5, "funften": 5,
	"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5,
	"forste": 1, "forsta": 1, "tredje": 3, "fjerde": 4, "femte": 5,
	"premier": 1, "premiere": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5,
	"primer": 1, "primero": 1, "primera": 1, "primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2,
	"tercer": 3, "tercero": 3, "tercera": 3, "terceiro": 3, "terceira": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
	"primo": 1, "terzo": 3, "terza": 3, "quarto": 4,
}

// The first five in Polish and Czech, in every case and gender a place
// takes ("drugiego miejsca", "druhé místo"), folded: a stem and its
// endings.
func init() {
	hard, soft, czech := "y a e ego ej emu ym", "i ia ie iego iej iemu im", "y a e eho em emu"
	for _, d := range []struct {
		n             int
		stem, endings string
	}{
		{1, "pierwsz", hard}, {2, "drug", "i a ie iego iej iemu im"}, {3, "trzec", soft}, {4, "czwart", hard}, {5, "piat", hard},
		{1, "prvn", "i iho im imu"}, {2, "druh", czech}, {3, "tret", "i iho im imu"}, {4, "ctvrt", czech},
	} {
		for _, e := range strings.Fields(d.endings) {
			ordinals[d.stem+e] = d.n
		}
	}
}

// inTheFirstPlace reports whether the line's word i starts "first place"
// in the idiom "in the first place", no rank.
func inTheFirstPlace(toks []lineTok, i int) bool {
	return i >= 2 && i+1 < len(toks) && toks[i].lower == "first" && toks[i+1].lower == "place" && toks[i-1].lower == "the" && toks[i-2].lower == "in"
}
