package personalize

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// otherCount returns, for a line number that the profile has but never
// for what the line counts with it, the figure the profile gives for that
// thing: "40 electricians" against a profile with "9 electricians" and
// "40%". It returns false when the profile has the number alone, or does
// not count the thing.
func (x *Index) otherCount(toks []lineTok, k int, lists *Lists) (said string, has, other figure, ok bool) {
	t := &toks[k]
	var buf [4]string
	nouns := countedBy(toks, k, buf[:0], false)
	if len(nouns) == 0 {
		return "", figure{}, figure{}, false
	}
	numSeen := false
	for _, f := range x.figs {
		if f.num != t.key || x.segs[f.seg].kind == segContext {
			continue
		}
		if !numSeen {
			other, numSeen = f, true
		}
		if f.noun == "" || slices.Contains(nouns, f.noun) || sameCrowd(nouns, f.noun) || sameUnitWord(nouns, f.noun) || x.compoundOf(f, nouns, lists) ||
			genericCounts[f.noun] && slices.ContainsFunc(nouns, func(n string) bool { return slicesHasKey(x.segs[f.seg].toks, n) }) {
			// "240 pupils" may be the profile's "240 students", and "140
			// slime toys" its "slime toys: a survey of 140 products".
			return "", figure{}, figure{}, false
		}
	}
	if !numSeen {
		return "", figure{}, figure{}, false
	}
	for _, n := range nouns {
		if anyCount[n] {
			continue
		}
		for _, f := range x.figs {
			// A year before the noun dates it and counts nothing: "pre-1919
			// terraced houses", "the winter of 2018".
			if f.noun == n && f.num != t.key && x.segs[f.seg].kind != segContext && !isYear(f.num) {
				return n, f, other, true
			}
		}
	}
	return "", figure{}, figure{}, false
}

// peopleCount returns, for a line number that counts people with a noun
// for anyone ("28 staff", "60 people"), a figure of the profile with that
// number when every figure it gives with it counts things ("a 28-bed
// ward", "60 routes a night"): the line counts people the profile does
// not.
func (x *Index) peopleCount(toks []lineTok, k int, lists *Lists) (noun string, other figure, ok bool) {
	var buf [4]string
	nouns := countedBy(toks, k, buf[:0], false)
	for _, n := range nouns {
		if peopleNouns[n] {
			noun = n
		}
	}
	if noun == "" {
		return "", figure{}, false
	}
	for i, f := range x.figs {
		if f.num != toks[k].key || x.segs[f.seg].kind == segContext {
			continue
		}
		if slices.Contains(nouns, f.noun) {
			return "", figure{}, false
		}
		// Every noun of this figure (one entry per noun) must count
		// things, or the figure is joined to one that does ("a 28-cot
		// neonatal unit", "a 62,000 m² cross-dock").
		if kind := x.unitKind(f, lists); kind != countThings && (kind == countPeople || f.noun == "" || !countsThingsMostly(lists, x.nounWord(f))) {
			return "", figure{}, false
		}
		if !ok {
			other, ok = x.figs[i], true
		}
	}
	return noun, other, ok
}

// thingCount returns, for a line number followed by an English word that
// counts things ("4,100 sites", "a 62,000 m² depot"), a figure of the
// profile with that number when every figure it gives with it counts
// people ("4,100 patients", "a 40-strong team"): the line counts things
// the profile does not. The word right after the number is read on both
// sides; a word counts people only when that is its most frequent sense
// ("patients", not "floors" or "classes"), and things when no sense of it
// or of another word of what the line counts is people.
func (x *Index) thingCount(toks []lineTok, k int, lists *Lists) (noun string, other figure, ok bool) {
	if k+1 >= len(toks) {
		return "", figure{}, false
	}
	next := &toks[k+1]
	if next.number || next.fn || anyCount[next.key] || breaksAt(&next.token) || lists.mostlyPeople(next.lower) ||
		!lists.countsThings(next.lower) && physicalUnits[next.lower] == "" {
		return "", figure{}, false
	}
	// Not when a word of what it counts names people ("1,200 cleaning
	// staff").
	var buf [8]string
	for _, n := range countedBy(toks, k, buf[:0], true) {
		if peopleNouns[n] || !lists.countsThings(wordAt(toks, k, n)) && physicalUnits[wordAt(toks, k, n)] == "" {
			return "", figure{}, false
		}
	}
	for i, f := range x.figs {
		if f.num != toks[k].key || x.segs[f.seg].kind == segContext {
			continue
		}
		ptoks := x.segs[f.seg].toks
		j := int(f.pos) + 1
		if j >= len(ptoks) || ptoks[j].key == next.key || !peopleNouns[ptoks[j].key] && !lists.mostlyPeople(ptoks[j].lower) {
			return "", figure{}, false
		}
		if j+1 < len(ptoks) && ptoks[j+1].key == next.key || j+2 < len(ptoks) && ptoks[j+2].key == next.key && !breaksAt(&ptoks[j+1]) ||
			slices.Contains(countedBy(ptoks, int(f.pos), buf[:0], true), next.key) {
			// "640 member farms": farms, with a word of who has them;
			// "60+ professional football and rugby pitches": pitches.
			return "", figure{}, false
		}
		if !ok {
			other, ok = x.figs[i], true
		}
	}
	return next.key, other, ok
}

// wordAt is the line word keyed key after the number toks[k], as
// written.
func wordAt(toks []lineTok, k int, key string) string {
	for j := k + 1; j < len(toks) && j <= k+7; j++ {
		if toks[j].key == key {
			return toks[j].lower
		}
	}
	return ""
}

// What a figure counts, when a word joined to its number says it.
const (
	countNone = iota
	countThings
	countPeople
)

// unitKind is what the profile's figure f counts when the word right
// after its number decides it: a unit of measure ("62,000 m²") counts
// things, and so does a noun joined to the number by a hyphen ("a 28-cot
// neonatal unit") unless it names people ("a 40-strong team"). Other
// figures give countNone.
func (x *Index) unitKind(f figure, lists *Lists) int {
	toks := x.segs[f.seg].toks
	j := int(f.pos) + 1
	if j >= len(toks) {
		return countNone
	}
	next := &toks[j]
	switch {
	case physicalUnits[next.lower] != "":
		return countThings
	case next.punctBefore != "-" || next.number:
		return countNone
	case peopleNouns[next.key] || lists.mostlyPeople(next.lower):
		return countPeople
	case lists.countsThings(next.lower):
		return countThings
	}
	return countNone
}

// nounWord is the word of the profile that the figure f counts, as
// written.
func (x *Index) nounWord(f figure) string {
	toks := x.segs[f.seg].toks
	for j := max(int(f.pos)-3, 0); j < len(toks) && j <= int(f.pos)+7; j++ {
		if j != int(f.pos) && toks[j].key == f.noun {
			return toks[j].lower
		}
	}
	return ""
}

// peopleNouns are the keys of the nouns that count people of any kind: a
// line's "28 staff" may be the profile's "28 nurses", never its "28 beds".
var peopleNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("people person persons staff team member members employee employees colleague colleagues " +
		"headcount fte ftes strong individual individuals hire hires " + foreignWorkforce) {
		m[stem(w)] = true
	}
	return m
}()

// anyCount are the keys of nouns that count people or things of any kind
// ("12 people" for "12 engineers", "a 40-strong team"): a profile's figure
// for them says nothing about another figure a line gives them.
var anyCount = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("people person persons staff team teams member members employee employees colleague colleagues " +
		"headcount report reports fte ftes strong individual individuals head heads hire hires time times total number item items " +
		"unit units thing things case cases") {
		m[stem(w)] = true
	}
	for w := range durationUnits {
		m[stem(w)] = true // "£2.4m a year" is a rate, not a count of years
	}
	return m
}()

// genericCounts are the keys of nouns that count anything: "412 cases"
// may be "412 horses", "140 products" "140 slime toys".
var genericCounts = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("case cases item items thing things unit units instance instances product products") {
		m[stem(w)] = true
	}
	return m
}()

// figureProblems returns a sentence for each number of the line that the
// profile gives, but for something else than what the line counts with
// it: "40 electricians" where the profile has "9 electricians" and "40%".
// It judges counts of things only: a sum of money goes by many names (the
// "£3.2m capital programme" is "a £3.2m budget", the "£240m unitranche
// refinancing" "the £240m financing"), so what a sum is of stays unjudged.
//
// A number that counts people with a noun for anyone ("28 staff") is
// refused when the profile gives it only for things ("a 28-bed ward").
func figureProblems(line string, toks []lineTok, idx *Index, lists *Lists) []string {
	var out []string
	for k := range toks {
		t := &toks[k]
		if !t.number || t.decade || t.key == "" || t.scope || t.stock || t.ignored || isYear(t.key) && !t.wordNum {
			continue
		}
		if currencyMarks.in(t.punctBefore) || k+1 < len(toks) && isScale(toks[k+1].key) {
			continue // a sum of money
		}
		if durationAfter(toks, k) || !idx.has(t.key) {
			continue
		}
		if isLabel(func(i int) *token { return &toks[i].token }, k) {
			continue // "Year 7s gaining ...": a year group counts nothing
		}
		if k+1 < len(toks) && unknownWord(&toks[k+1], idx, lists) {
			// "63 dostawców odlewów łopatek turbin": counted in a word
			// neither English nor the profile's, the last noun is no
			// head to judge by.
			continue
		}
		noun, has, other, ok := idx.otherCount(toks, k, lists)
		if !ok {
			noun, other, ok := idx.peopleCount(toks, k, lists)
			if !ok {
				noun, other, ok = idx.thingCount(toks, k, lists)
			}
			if ok {
				out = append(out, fmt.Sprintf("Says %q, but their profile's %s is %q. Use the figure their profile gives.",
					spanTo(line, toks, k, noun), line[t.start:t.end], idx.figureText(other)))
			}
			continue
		}
		if idx.nearerOther(toks, k, noun, has, other) {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile has %q, and its %s is %q. Use the figure their profile gives.",
			spanTo(line, toks, k, noun), idx.figureText(has), line[t.start:t.end], idx.figureText(other)))
	}
	return out
}

// compoundOf reports whether the noun the profile's figure f counts is a
// compound in another language that ends in one of the line's nouns
// ("640 ritsscreens" for "640 zip screens", "12 Solarmodule" for "12
// modules"): the same things, named more closely.
func (x *Index) compoundOf(f figure, nouns []string, lists *Lists) bool {
	w := x.nounWord(f)
	if w == "" || lists.tier(w) != 0 {
		return false
	}
	for _, n := range nouns {
		if len(n) >= 4 && len(w) >= len(n)+3 && strings.Contains(w[len(w)-len(n)-3:], n) {
			return true
		}
	}
	return false
}

// unknownWord reports whether a line word is in no dictionary the checker
// has and not on the profile: a word of another language (a German noun
// too, capitalised as nouns are there), or a typo.
func unknownWord(t *lineTok, idx *Index, lists *Lists) bool {
	return !t.fn && !t.number && (!t.capital || t.nounCase) && t.key != "" && lists.tier(t.lower) == 0 && !idx.has(t.key)
}

// spanTo is the line from the number toks[k] to the word keyed noun
// around it.
func spanTo(line string, toks []lineTok, k int, noun string) string {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].key == noun {
			return line[toks[k].start:toks[j].end]
		}
	}
	if k >= 2 && toks[k-2].key == noun {
		return line[toks[k-2].start:toks[k].end]
	}
	return line[toks[k].start:toks[k].end]
}

// figureText is the profile's words for a figure: the number and what it
// counts. It reads the nouns from the field's words, as addFigures does,
// not from x.figs: a one-off index keeps only the figures a line may
// need, and its message must quote what the whole profile's does.
func (x *Index) figureText(f figure) string {
	seg := &x.segs[f.seg]
	p := int(f.pos)
	end := -1
	var buf [8]string
	nouns := countedBy(seg.toks, p, buf[:0], true)
	for j := p + 1; j < len(seg.toks) && j <= p+6; j++ {
		if slices.Contains(nouns, seg.toks[j].key) || j > p+1 && areaClass(&seg.toks[j-1], &seg.toks[j]) != "" {
			end = j // "400 square metres" counts sqm
		}
	}
	if end > 0 {
		return seg.src[seg.toks[p].start:seg.toks[end].end]
	}
	if p >= 2 && seg.toks[p-2].key == f.noun {
		return seg.src[seg.toks[p-2].start:seg.toks[p].end]
	}
	return seg.src[seg.toks[p].start:seg.toks[p].end]
}

// clusterFigureProblems returns a sentence for each number inside a
// reference, or right before it, that the profile's words there give with
// another number for the same thing: "Training 58 nurses in NIV" against
// "trained 30 nurses in NIV" (the 58 nurses being another entry's),
// "Cutting $210m of claims leakage" against "Cut claims leakage by £6m".
func (c *claimCheck) clusterFigureProblems() []string {
	var out []string
	var lbuf, pbuf [8]string
	for _, cl := range c.res.kept {
		seg := &c.idx.segs[cl.seg]
		// A figure right before the reference counts it too: "Cutting
		// $210m of claims leakage".
		from := cl.first
		if j := from - 1; j >= 1 && c.toks[j].lower == "of" && !breaksAt(&c.toks[j].token) && !breaksAt(&c.toks[from].token) {
			if isScale(c.toks[j-1].key) && j >= 2 {
				j-- // "$210m of": the scale is a word of its own
			}
			if c.toks[j-1].number {
				from = j - 1
			}
		} else if j := from - 1; j >= 0 && c.toks[j].number && !breaksAt(&c.toks[from].token) {
			from = j // "203 days without a lost-time injury"
		} else if j := c.figureBefore(cl.first); j >= 0 {
			from = j // "Converting 340 acres to subsurface drip"
		}
		for k := from; k <= cl.last; k++ {
			t := &c.toks[k]
			if !t.number || cl.matched.has(k) || t.scope || t.decade || isYear(t.key) || c.idx.approxFound(c.toks, k) {
				continue // "over three hundred GP referrals" for 310
			}
			if from < cl.first && anyOf(c.res.kept, func(o *cluster) bool { return o.first < k && o.matched.has(k) }) {
				continue // the end of another reference's range: "from 14 to 9 hours"
			}
			nouns := countedBy(c.toks, k, lbuf[:0], false)
			if len(nouns) == 0 || c.idx.countedInOtherWords(t.key, c.lists) {
				continue
			}
			lo, hi := max(int(cl.minPos)-2, 0), int(cl.maxPos)+2
			if k < cl.first {
				lo, hi = sentenceOf(seg, int(cl.minPos), int(cl.maxPos))
			}
			for p := lo; p < len(seg.toks) && p <= hi; p++ {
				pt := &seg.toks[p]
				if !pt.number || pt.key == t.key || isYear(pt.key) || c.lineHas(pt.key) {
					continue
				}
				if r, _ := rankAt(pt, nil); r > 0 && strconv.Itoa(r) == t.key {
					continue // "500 smart openers" for "our 500th smart opener install": the count the rank reached
				}
				pn := countedBy(seg.toks, p, pbuf[:0], true)
				// A noun for anything ("412 cases" for "412 horses") says
				// too little to be the profile's "300+ cases".
				i := slices.IndexFunc(nouns, func(n string) bool { return !genericCounts[n] && slices.Contains(pn, n) })
				if i < 0 {
					continue
				}
				out = append(out, fmt.Sprintf("Says %q, but their profile has %q there. Use the figure their profile gives.",
					spanTo(c.line, c.toks, k, nouns[i]), profileSpanTo(seg, p, nouns[i])))
				break
			}
		}
	}
	return out
}

// figureBefore returns the number that starts the noun phrase a verb
// takes, a preposition before the reference at first ("Converting 340
// acres to subsurface drip"), or -1.
func (c *claimCheck) figureBefore(first int) int {
	if first < 3 || breaksAt(&c.toks[first].token) || !figurePreps[c.toks[first-1].lower] || breaksAt(&c.toks[first-1].token) {
		return -1
	}
	for j := first - 2; j >= 0 && j >= first-4; j-- {
		t := &c.toks[j]
		if t.number {
			if j > 0 && verbForm(c.toks[j-1].lower) {
				return j
			}
			return -1
		}
		if !content(&t.token) || breaksAt(&c.toks[j+1].token) {
			return -1
		}
	}
	return -1
}

// figurePreps put what a figure is moved to or done with after it.
var figurePreps = wordSet("to into from onto with")

// lineHas reports whether the line holds the key.
func (c *claimCheck) lineHas(key string) bool {
	return anyOf(c.toks, func(t *lineTok) bool { return t.key == key })
}

// profileSpanTo is the field's text from its number toks[p] to the word
// keyed noun after it.
func profileSpanTo(seg *segment, p int, noun string) string {
	for j := p + 1; j < len(seg.toks) && j <= p+6; j++ {
		if seg.toks[j].key == noun {
			return seg.src[seg.toks[p].start:seg.toks[j].end]
		}
	}
	return seg.src[seg.toks[p].start:seg.toks[p].end]
}

// countsThingsMostly reports whether w is an English word whose most
// frequent sense is not people: "rooms" (though a room may laugh),
// "sites", "routes"; not "nurses" or "teams".
func countsThingsMostly(lists *Lists, w string) bool {
	known, _ := lists.countKind(w)
	return known && !lists.mostlyPeople(w) && !peopleNouns[stem(w)]
}

// sameUnitWord reports whether one of nouns is a unit of the same kind as
// noun: "9 uur" and "9 h" are hours.
func sameUnitWord(nouns []string, noun string) bool {
	u := unitOfKey(noun)
	return u != "" && slices.ContainsFunc(nouns, func(n string) bool { return unitOfKey(n) == u })
}

// unitOfKey is unitClass of a word's key: "kilometr" is "m" as "km" is.
func unitOfKey(k string) string {
	if u := unitClass(k, k); u != "" {
		return u
	}
	return unitStems[k]
}

// unitStems are the units of physicalUnits by their words' keys.
var unitStems = func() map[string]string {
	m := map[string]string{}
	for w, u := range physicalUnits {
		m[stem(w)] = u
	}
	return m
}()

// nearerOther reports whether the words that qualify the line's noun
// between its number toks[k] and the noun ("35 mountain runners") stand by
// the profile's figure other (the number, with another noun: "coaching 35
// athletes for mountain and fell races") and not by has (the noun, with
// another number: "600 runners a year" at a clinic): the line names
// other's things in its own words, not has's with a wrong number.
func (x *Index) nearerOther(toks []lineTok, k int, noun string, has, other figure) bool {
	near := func(f figure, key string) bool {
		st := x.segs[f.seg].toks
		for i := max(int(f.pos)-8, 0); i < len(st) && i <= int(f.pos)+8; i++ {
			if st[i].key == key {
				return true
			}
		}
		return false
	}
	found := false
	for j := k + 1; j < len(toks) && toks[j].key != noun; j++ {
		t := &toks[j]
		if breaksAt(&t.token) || j == len(toks)-1 {
			return false // the noun is not the line's head after the number
		}
		if !content(&t.token) {
			continue
		}
		if x.countsAt(other, t.key) || near(has, t.key) {
			return false // "all 180 shopfronts accessible": other's own noun
		}
		found = found || near(other, t.key)
	}
	return found
}

// countsAt reports whether the profile's number at f's place counts the
// noun keyed key (a figure has one entry per noun it counts).
func (x *Index) countsAt(f figure, key string) bool {
	for _, g := range x.figs {
		if g.seg == f.seg && g.pos == f.pos && g.noun == key {
			return true
		}
	}
	return false
}
