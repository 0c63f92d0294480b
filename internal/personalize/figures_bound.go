package personalize

import (
	"fmt"
	"iter"
	"math"
	"slices"
	"strconv"
	"strings"
)

// A figure that a word takes as its object is that word's measure:
// "saving €3.2m", "cut costs by 20%", "raised £2m". A line that gives the
// same word another figure of the profile's ("saving €64m" where €64m is
// what the interchange cost) moves a figure from one thing to another.

// measureOf returns the index of the word toks[i] is the measure of: the
// content word before it, with only small words or a currency between
// ("saving €3.2m", "costs by 20%", "budget of £5m"), when nothing after
// the figure names what it is of ("the €64m interchange" is a thing's
// figure, not a word's); -1 for none.
func measureOf[T any, P interface {
	*T
	tokener
}](toks []T, i int) int {
	at := func(k int) *token { return P(&toks[k]).tok() }
	end := i
	if n := i + 1; n < len(toks) && !breaksAt(at(n)) && (isScale(at(n).key) || at(n).key == "pct") {
		end = n // "£3.2 million", "20 percent"
	}
	if n := end + 1; n < len(toks) && !breaksAt(at(n)) && (physicalUnits[at(n).lower] != "" || durationUnits[at(n).lower] && i > 0 && at(i-1).lower == "by") {
		// "2.3 million litres", "by 320 hours": the unit is the figure's
		// ("over three years" is when, not how much).
		end = n
	}
	if n := end + 1; n+1 < len(toks) && measurePreps[at(n).lower] && !breaksAt(at(n)) && !breaksAt(at(n+1)) {
		// "£1.8m under budget", "£3m of savings": the word after.
		w := n + 1
		if at(w).fn && w+1 < len(toks) && !breaksAt(at(w+1)) {
			w++ // "of the budget"
		}
		if t := at(w); content(t) && !t.capital {
			return w
		}
	}
	if n := end + 1; n < len(toks) && !breaksAt(at(n)) && !at(n).fn && !at(n).sentStart {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		t := at(j)
		if breaksAt(at(j+1)) || at(j+1).sentStart || t.number {
			return -1
		}
		if t.fn || currencyWords[t.lower] != "" {
			continue
		}
		if content(t) && (!t.capital || t.sentStart) && unitClass(t.key, t.lower) == "" {
			return j
		}
		return -1
	}
	return -1
}

// figureEnd is the index of the last word of the figure toks[i]: its
// scale or unit when one follows ("20 percent", "2.3 million litres").
func figureEnd[T any, P interface {
	*T
	tokener
}](toks []T, i int) int {
	for n := i + 1; n < len(toks) && n <= i+2 && !breaksAt(P(&toks[n]).tok()); n++ {
		if t := P(&toks[n]).tok(); t.key != "pct" && !isScale(t.key) && physicalUnits[t.lower] == "" {
			break
		}
		i = n
	}
	return i
}

// measurePreps put a figure's measure after it: "£1.8m under budget",
// "£3m of savings", "4% ahead of plan".
var measurePreps = wordSet("under over below above ahead behind of")

// boundProblems returns a sentence for each figure the line gives as the
// measure of a word that the profile gives another figure of the same
// kind, when the profile says the line's figure in a clause without that
// word, and not in another language.
func boundProblems(line string, toks []lineTok, idx *Index, lists *Lists) []string {
	var out []string
	for k := range toks {
		t := &toks[k]
		if !t.number || t.decade || t.scope || t.stock || t.ignored || !isNumeric(t.key) || isYear(t.key) {
			continue
		}
		unit, money := "", currencyOf(toks, k)
		if k+1 < len(toks) {
			unit = unitClass(toks[k+1].key, toks[k+1].lower)
		}
		if unit == "" && money == "" {
			continue // a count: what it counts is checked elsewhere
		}
		w := measureOf(toks, k)
		if w < 0 {
			w = shareHead(toks, k, lists)
		}
		if w < 0 {
			continue
		}
		word := toks[w].key
		own, with, other := false, false, ""
		for seg, p := range idx.figureAt(t.key) {
			own = true
			a, b := clauseOf(seg, p)
			here, o := measuredHere(seg, a, b, p, word)
			with = with || here
			if other == "" {
				other = o
			}
		}
		if !own || with || idx.countedInOtherWords(t.key, lists) {
			continue // ("420 ton węgla drzewnego rocznie": said in other words)
		}
		for si := 0; si < len(idx.segs) && other == ""; si++ {
			seg := &idx.segs[si]
			if seg.kind != segSpecific {
				continue
			}
			for p := range seg.toks {
				if s := &seg.toks[p]; !s.number || s.key == t.key || !isNumeric(s.key) || isYear(s.key) {
					continue
				}
				if m := measureOf(seg.toks, p); m >= 0 && (seg.toks[m].key == word || fuzzyKey(seg.toks[m].key, word)) && sameKind(seg.toks, p, unit, money) {
					other = seg.src[seg.toks[min(m, p)].start:seg.toks[max(m, figureEnd(seg.toks, p))].end]
					break
				}
			}
		}
		if other == "" {
			continue
		}
		said := line[toks[min(w, k)].start:toks[max(w, figureEnd(toks, k))].end]
		out = append(out, fmt.Sprintf("Says %q, but their profile says %q: the figure the line gives is of something else there.", said, other))
	}
	return out
}

// measuredHere reports whether the clause a..b of the profile's figure
// at p has the word keyed word, other than as the measure of another
// figure there: "cut truck cycle time by 11% and diesel use by 2.3
// million litres" does not say diesel use fell by 11%. When the word is
// there only as another figure's measure, that figure's words are
// returned too.
func measuredHere(seg *segment, a, b, p int, word string) (bool, string) {
	other := ""
	for q := a; q < b; q++ {
		if seg.toks[q].key != word && !fuzzyKey(seg.toks[q].key, word) {
			continue
		}
		r := a
		for ; r < b; r++ {
			if r != p && seg.toks[r].number && !isYear(seg.toks[r].key) && !rangeWith(seg.toks, r, p) && measureOf(seg.toks, r) == q {
				break
			}
		}
		if r == b {
			return true, ""
		}
		other = seg.src[seg.toks[min(q, r)].start:seg.toks[max(q, figureEnd(seg.toks, r))].end]
	}
	return false, other
}

// rangeWith reports whether the numbers toks[r] and toks[p] are the ends
// of one range or change: "from 2.1% to 0.3%", "22%-4%".
func rangeWith(toks []token, r, p int) bool {
	a, b := min(r, p), max(r, p)
	if b-a > 6 {
		return false
	}
	for j := a + 1; j <= b; j++ {
		if toks[j].lower == "to" || strings.ContainsAny(toks[j].punctBefore, "-–") {
			return true
		}
	}
	return false
}

// sameKind reports whether the number toks[p] has the unit or currency
// given.
func sameKind(toks []token, p int, unit, money string) bool {
	u := ""
	if p+1 < len(toks) {
		u = unitClass(toks[p+1].key, toks[p+1].lower)
	}
	return u == unit && sameMoney(currencyOf(toks, p), money)
}

// sameMoney reports whether two currencies of currencyOf are one: the
// same code, or a crown ("kr", "kroner") and the code of a country that
// pays in crowns.
func sameMoney(a, b string) bool {
	crown := func(c string) bool { return c == "sek" || c == "nok" || c == "dkk" || c == "isk" }
	return a == b || a == "kr" && crown(b) || b == "kr" && crown(a)
}

// figureAt yields the places of their own fields where the number key
// is written (as the index holds it, not a reading of another number).
func (x *Index) figureAt(key string) iter.Seq2[*segment, int] {
	return func(yield func(*segment, int) bool) {
		for _, o := range x.post[key] {
			seg := &x.segs[o.seg]
			if s := &seg.toks[o.pos]; seg.kind != segSpecific || !s.number || s.key != key {
				continue
			}
			if !yield(seg, int(o.pos)) {
				return
			}
		}
	}
}

// figureClause returns the clause of a figure (clauseOf), or its whole
// sentence when the figure stands alone in brackets: "the sale of the
// Galway depot (€12m)".
func figureClause(seg *segment, p int) (lo, hi int) {
	lo, hi = clauseOf(seg, p)
	if hi-lo <= 3 || bareFigure(seg.toks[lo:hi]) {
		// "(24 millones de euros)": the figure alone, of what comes
		// before it.
		lo, hi = sentenceOf(seg, p, p)
	}
	return lo, hi
}

// bareFigure reports whether toks are a figure and nothing else: its
// number, scale, currency and small words.
func bareFigure(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if !(t.number || t.fn || t.key == "" || isScale(t.key) || t.key == "pct" || currencyWords[t.lower] != "") {
			return false
		}
	}
	return true
}

// clauseOf returns the clause of the profile's sentence that holds word p:
// up to a comma, a semicolon or a bracket ("the £62m rebuild (delivered
// £1.8m under budget)" is two).
func clauseOf(seg *segment, p int) (lo, hi int) {
	lo = p
	for lo > 0 && !seg.toks[lo].sentStart && !breaksAt(&seg.toks[lo]) {
		lo--
	}
	hi = p + 1
	for hi < len(seg.toks) && !seg.toks[hi].sentStart && !breaksAt(&seg.toks[hi]) {
		hi++
	}
	return lo, hi
}

// genericDeal are the keys of the words for any deal, a contract won as
// much as a sale.
var genericDeal = map[string]bool{stem("deal"): true, stem("deals"): true, stem("transaction"): true}

// valuedThings are things an amount of money is the value of, by kind: a
// deal, a project or programme, a grant, a launch ("a $21m deal", "the
// £62m rebuild", "a £1.6m grant"). A line's deal is not the profile's
// grant; a project is any of its kind ("the school project" for "the
// rebuild").
// valuedOf is valuedThings[l], asking the map only when its filter may
// hold l.
func valuedOf(l string) int {
	if !valuedBits.has(l) {
		return 0
	}
	return valuedThings[l]
}

// valuedBits filters the words of valuedThings.
var valuedBits = bitsOfKeys(valuedThings)

var valuedThings = wordGroups(
	"deal deals sale acquisition merger fund funds round raise facility loan bond refinancing transaction investment",
	"contract contracts project projects scheme schemes programme programmes program programs bid bids tender tenders "+
		"order orders build rebuild refurbishment refurb renovation renovations refit redevelopment restoration conversion expansion "+
		"fit-out development renewal framework upgrade extension retrofit",
	"grant grants award",
	"launch campaign",
)

// valueProblems returns a sentence for each amount of money the line
// gives as the value of a thing ("Closing a $21m deal") when the profile
// gives that amount only as something else, in clauses that name no
// thing of value ("Grew MENA ARR from $6m to $21m").
func valueProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	for k := range toks {
		t := &toks[k]
		// Said of a name's thing ("Tidebreaker's $4m launch is ...") as
		// well as of theirs: a figure of the profile is theirs either way.
		if !t.number || t.stock || t.ignored || !isNumeric(t.key) || isYear(t.key) || currencyOf(toks, k) == "" {
			continue
		}
		n := k + 1
		if n < len(toks) && isScale(toks[n].key) && !breaksAt(&toks[n].token) {
			n++
		}
		if n+1 < len(toks) && valuedOf(toks[n].lower) == 0 && valuedOf(toks[n+1].lower) != 0 && content(&toks[n].token) && !toks[n].capital && !breaksAt(&toks[n+1].token) {
			n++ // "a £1.6m licensing deal"
		}
		if n >= len(toks) || breaksAt(&toks[n].token) || valuedOf(toks[n].lower) == 0 || toks[n].capital && !toks[n].sentStart {
			continue // "the £12.5m Raise the Spire campaign": a name's word, not a raise
		}
		thing, kind := toks[n].key, valuedThings[toks[n].lower]
		own, valued := false, false
		said := ""
		for seg, p := range idx.figureAt(t.key) {
			own = true
			a, b := figureClause(seg, p)
			for q := a; q < b; q++ {
				w := &seg.toks[q]
				if c := cognate(w.lower); c != "" && valuedThings[c] == kind {
					valued = true // "renovación" is a "renovation"
				}
				if valuedThings[w.lower] == kind || kind == 1 && valuedThings[w.lower] == 2 && genericDeal[thing] || w.key == thing || fuzzyKey(w.key, thing) {
					valued = true
				}
			}
			if said == "" {
				said = seg.src[seg.toks[a].start:seg.toks[b-1].end]
			}
		}
		if own && !valued {
			out = append(out, fmt.Sprintf("Says %q, but their profile gives that figure as something else (%q): give the figure their profile gives.",
				line[t.start:toks[n].end], said))
		}
	}
	return out
}

// approximators before a number make it a bound or a round figure:
// "over three hundred" is true of 310, "nearly 60%" of 57%.
var approximators = map[string]byte{
	"over": '>', "above": '>', "upwards": '>', "north": '>', "exceeding": '>',
	"nearly": '<', "almost": '<', "under": '<', "close": '<', "approaching": '<',
	"around": '~', "about": '~', "roughly": '~', "approximately": '~', "some": '~', "circa": '~', "c": '~', "approx": '~',
	// The same in Dutch, German, French, Spanish, Portuguese, Polish and
	// Swedish: "ruim 40", "rund 300", "environ 60 %", "casi 200".
	"ruim": '>', "ponad": '>', "bijna": '<', "knapp": '<', "presque": '<', "casi": '<', "quase": '<', "prawie": '<', "nastan": '<', "nästan": '<',
	"ongeveer": '~', "rund": '~', "etwa": '~', "ungefähr": '~', "environ": '~', "aproximadamente": '~', "cerca": '~', "około": '~', "cirka": '~', "omkring": '~',
}

// roundNumber reports whether a number's key is a round figure: one
// significant digit and a zero or more after it ("2000000000", "300",
// "40").
func roundNumber(key string) bool {
	t := strings.TrimRight(key, "0")
	return len(t) == 1 && len(key) > 1 && !strings.Contains(key, ".")
}

// approxFound reports whether the line's number toks[k], written as a
// bound or a round figure ("over three hundred", "more than 300",
// "nearly 60%", "around £2m"), is true of a figure of the profile: within
// a quarter above a lower bound, a fifth below an upper one, or 15% of a
// round figure.
func (x *Index) approxFound(toks []lineTok, k int) bool {
	if !isNumeric(toks[k].key) {
		return false
	}
	p := max(k-1, 0)
	if toks[p].lower == "than" && p > 0 && (toks[p-1].lower == "more" || toks[p-1].lower == "fewer" || toks[p-1].lower == "less") {
		p-- // "more than 300"
	} else if (toks[p].lower == "of" || toks[p].lower == "to") && p > 0 {
		p-- // "upwards of", "north of", "close to"
	}
	how, ok := approximators[toks[p].lower]
	if p == k {
		how, ok = 0, false // the line's first word
	}
	switch {
	case p < k && toks[p].lower == "more":
		how, ok = '>', true
	case p < k && (toks[p].lower == "fewer" || toks[p].lower == "less"):
		how, ok = '<', true
	case !ok && toks[k].wordNum && roundNumber(toks[k].key):
		// "a two-billion-pound scheme" for £2.1bn: a round figure in
		// words is a figure rounded, by a tenth at most.
		how, ok = 'r', true
	}
	n, err := strconv.ParseFloat(toks[k].key, 64)
	step := 0.0
	if !ok && err == nil {
		// "$87k" for "$87,400": a figure written at a scale is rounded
		// to its last digit.
		step = scaledStep(toks, k, n)
		how, ok = 's', step > 0
	}
	if !ok || err != nil || n <= 0 {
		return false
	}
	var nbuf [8]string
	nouns := countedBy(toks, k, nbuf[:0], false)
	for _, f := range x.figs {
		v, err := strconv.ParseFloat(f.num, 64)
		if err != nil || isYear(f.num) && !strings.Contains(x.segs[f.seg].toks[f.pos].lower, ",") {
			continue // "over 2,000 implants" is no rounding of "Awards 2022"
		}
		if len(nouns) > 0 && f.noun != "" && !slices.Contains(nouns, f.noun) && !synonymNoun(toks, k, nouns, f.noun) {
			continue // "under 500 kg" is no rounding of "412 cases"
		}
		switch how {
		case '>':
			ok = v > n && v <= 1.25*n
		case '<':
			ok = v < n && v >= 0.8*n
		case 'r':
			ok = v >= 0.9*n && v <= 1.1*n
		case 's':
			ok = v >= n-step/2 && v < n+step
		default:
			ok = v >= 0.85*n && v <= 1.15*n
		}
		if ok && x.segs[f.seg].kind != segContext && x.segs[f.seg].kind != segVocab {
			return true
		}
	}
	return false
}

// scaledStep is the last digit's worth of the line's number toks[k], of
// value n, when it is written at a scale with two significant digits or
// more ("87k" is a thousand's, "3.1 million" a hundred thousand's), or 0:
// "3m" is no rounding of 3.4 million.
func scaledStep(toks []lineTok, k int, n float64) float64 {
	if k+1 >= len(toks) || !isScale(toks[k+1].key) || toks[k].key == toks[k].lower {
		return 0
	}
	digits := strings.NewReplacer(",", ".").Replace(toks[k].lower)
	m, err := strconv.ParseFloat(digits, 64)
	if err != nil || m <= 0 {
		return 0
	}
	whole, frac, _ := strings.Cut(digits, ".")
	if sig := len(strings.TrimLeft(whole, "0")) + len(frac); sig < 2 || len(whole) > 3 {
		return 0
	}
	return n / m * math.Pow10(-len(frac))
}

// shareProblems returns a sentence for each share the line gives of a
// thing, or change in it, ("81% of the region's rough sleepers") when the profile gives that
// share only in clauses that do not name the thing ("81% still housed
// after 12 months").
func shareProblems(line string, toks []lineTok, idx *Index, lists *Lists) []string {
	var out []string
	for k := 0; k+3 < len(toks); k++ {
		t := &toks[k]
		if !t.number || t.stock || t.ignored || toks[k+1].key != "pct" || breaksAt(&toks[k+2].token) {
			continue
		}
		// What it is a share of ("81% of the region's rough sleepers"),
		// or what a change of it is in ("a 240% jump in revenue"), to
		// the end of its phrase.
		from := k + 3
		switch {
		case toks[k+2].lower == "of":
		case changeNouns[toks[k+2].key] && toks[k+3].lower == "in" && !breaksAt(&toks[k+3].token) && k+4 < len(toks):
			from = k + 4
		default:
			continue
		}
		var what, total []string
		owned := false // "of the region's rough sleepers": a whole of someone's
		end := from - 1
		for q := from; q < len(toks) && q <= from+5; q++ {
			w := &toks[q]
			if breaksAt(&w.token) || w.sentStart || clauseStops[w.lower] || partyEnds[w.lower] && q > from {
				break
			}
			end = q
			if content(&w.token) && !w.capital && !strings.HasSuffix(w.lower, "'s") {
				what = append(what, w.key)
			}
			owned = owned || strings.HasSuffix(w.lower, "'s") || strings.HasSuffix(w.lower, "’s")
			if w.number && !w.decade {
				total = append(total, w.key)
			}
		}
		if len(what) == 0 {
			continue
		}
		own, named := false, false
		for seg, p := range idx.figureAt(t.key) {
			if p+1 >= len(seg.toks) || seg.toks[p+1].key != "pct" {
				continue
			}
			own = true
			a, b := figureClause(seg, p)
			// A clause in another language ("18 % du chiffre
			// d'affaires") names the thing in words the line's need not
			// share: it is not judged.
			named = named || sentenceHas(seg, a, b, what) || seg.foreign(lists) && !slices.ContainsFunc(what, func(w string) bool { return idx.has(w) })
			if !named {
				// "78% of the 640 people" for "640 employees ...; 78%
				// were placed", "61% of patients" for "148 patients
				// stopped ...; 61% remain ...": the whole it is a
				// share of, in its sentence.
				named = idx.sentenceAround(seg, p, total, true) || !owned && idx.sentenceAround(seg, p, what, false)
			}
		}
		if own && !named {
			out = append(out, fmt.Sprintf("Says %q, but their profile gives that share of something else: give the figure their profile gives.",
				line[t.start:toks[end].end]))
		}
	}
	return out
}

// sentenceHas reports whether the words seg.toks[a:b] hold one of keys.
func sentenceHas(seg *segment, a, b int, keys []string) bool {
	for p := a; p < b; p++ {
		for _, k := range keys {
			if seg.toks[p].key == k || fuzzyKey(seg.toks[p].key, k) {
				return true
			}
		}
	}
	return false
}

// sentenceAround reports whether a figure of keys (numbers) or a word of
// them stands in the sentence of seg.toks[p], over a semicolon: the
// clauses of one sentence are segments of their own.
func (x *Index) sentenceAround(seg *segment, p int, keys []string, numbers bool) bool {
	at := seg.toks[p].start
	for _, k := range keys {
		for _, o := range x.post[k] {
			other := &x.segs[o.seg]
			if other.field != seg.field || other.entry != seg.entry || other.toks[o.pos].number != numbers {
				continue
			}
			a, b := min(at, other.toks[o.pos].start), max(at, other.toks[o.pos].start)
			if !strings.Contains(seg.src[a:b], ". ") && !strings.Contains(seg.src[a:b], "\n") {
				return true
			}
		}
	}
	return false
}

// shareHead returns the index of the noun a share in the line is of when
// the phrase after it ends in that noun: "a 56% first-time pass rate" is
// the rate's figure, as "a pass rate of 56%" is. It is -1 for a figure
// that is no share, and for a word of another language.
func shareHead(toks []lineTok, i int, lists *Lists) int {
	end := figureEnd(toks, i)
	if end == i || toks[end].key != "pct" {
		return -1
	}
	head := -1
	for k := end + 1; k < len(toks) && k <= end+4 && (k == end+1 || !breaksAt(&toks[k].token) || toks[k].punctBefore == "-"); k++ {
		t := &toks[k]
		if !content(&t.token) || t.capital {
			break
		}
		head = k
	}
	if head >= 0 && !englishLine(toks, lists) {
		return -1 // "91 % frente al 45 %"
	}
	return head
}

// synonymNoun reports whether a word of the line after its number toks[k]
// that the number counts (its key in nouns) has noun, a profile figure's,
// among its synonyms: "over 200 kids" for "212 children".
func synonymNoun(toks []lineTok, k int, nouns []string, noun string) bool {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if slices.Contains(nouns, toks[j].key) && slices.Contains(DefaultLists().synonymKeys(toks[j].lower), noun) {
			return true
		}
	}
	return false
}
