package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// A figure is said of something: the noun phrase after it ("140,000
// savings accounts", "1,200 tonnes of concrete", "22% of shifts"), or,
// when none follows, the one before the "from" or "by" that leads to it
// ("cut customer complaints from 4.8 to 1.1", "cycle time by 11%"). A line
// that gives the profile's figure but swaps a word of that phrase for
// another ("140,000 mortgage accounts", "1,200 tonnes of steel") moves the
// figure to another thing, however true each word is on its own.

// slotOf returns the keys of the content words the figure toks[i] is said
// of, onto out.
func slotOf[T any, P interface {
	*T
	tokener
}](toks []T, i int, out []string) []string {
	at := func(k int) *token { return P(&toks[k]).tok() }
	h := i + 1
	if h < len(toks) && isScale(at(h).key) && !breaksAt(at(h)) {
		h++ // "1.8m-copy"
	}
	if h < len(toks) && at(h).punctBefore == "-" && content(at(h)) {
		// "a 48-room hotel" counts rooms; the hotel may be the
		// profile's property.
		return append(out, at(h).key)
	}
	j := i + 1
	unit := ""
	for ; j < len(toks) && j <= i+3 && !breaksAt(at(j)); j++ {
		t := at(j)
		if t.key == "pct" || physicalUnits[t.lower] != "" || durationUnits[t.lower] || j == i+1 && t.punctBefore == "" && !t.number {
			// A unit, or any word written on the number ("28nm"): the
			// figure's unit.
			unit = cmpOr(unitClass(t.key, t.lower), t.key)
		} else if !isScale(t.key) && t.lower != "+" {
			break
		}
	}
	n := len(out)
	if unit != "" && j+1 < len(toks) && at(j).lower == "of" && !breaksAt(at(j)) && !breaksAt(at(j+1)) {
		// "1,200 tonnes of concrete", "22% of shifts": the unit is a word
		// of the phrase.
		out = append(out, unit)
		n = len(out)
		j++
		if isArticle(at(j).lower) && j+1 < len(toks) && !breaksAt(at(j+1)) {
			j++
		}
	} else if unit != "" {
		j = len(toks) // "by 11% and ...", "for 6 weeks"
	}
	for ; j < len(toks) && len(out)-n < 4; j++ {
		t := at(j)
		if j > i+1 && breaksAt(t) || !content(t) || t.capital && !t.sentStart || len(out) > n && verbForm(t.lower) {
			break
		}
		out = append(out, t.key)
	}
	if len(out) > n || i < 2 {
		return out
	}
	out = out[:n]
	if w := at(i - 1).lower; (w != "from" && w != "by") || breaksAt(at(i)) || breaksAt(at(i-1)) {
		return out
	}
	for k := i - 2; k >= 0 && k >= i-5; k-- {
		t := at(k)
		if !content(t) || t.sentStart || t.capital || verbForm(t.lower) || downVerbs[t.lower] || upVerbs[t.lower] || moveVerbs[t.lower] ||
			strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s") {
			break // "missed screens fell from 41%": screens; "the team's capacity from 240": whose, not what
		}
		out = append(out, t.key)
		if breaksAt(t) {
			break
		}
	}
	return out
}

// moveVerbs say a figure moved, either way.
var moveVerbs = wordSet("rose rise rises went go goes moved move moves climbed climb climbs jumped jump jumps")

// verbForm reports whether an English word reads as a verb's -ing or -ed
// form: it ends a noun phrase ("46 nurses certified").
func verbForm(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) || shortParticiples[w]
}

// shortParticiples are past participles too short or too irregular for
// the endings verbForm reads: "a 14 kB wrapper used by 300 publishers",
// "12 homes built".
var shortParticiples = wordSet("used made paid sold held kept built done seen won led")

// slotProblems returns a sentence for each figure of the line that the
// profile gives, everywhere it gives it, of a phrase with a word the
// line's phrase lacks while the line's has a word the profile's clause
// lacks: "140,000 mortgage accounts" against "140,000 savings accounts".
// Sums of money go by many names and are not judged.
func (c *claimCheck) slotProblems() []string {
	line, toks, idx, lists := c.line, c.toks, c.idx, c.lists
	var out []string
	english := 0
	var lbuf, pbuf [8]string
	for k := range toks {
		t := &toks[k]
		if !t.number || t.decade || t.scope || t.stock || t.ignored || !isNumeric(t.key) || isYear(t.key) ||
			currencyOf(toks, k) != "" || isLabel(func(i int) *token { return &toks[i].token }, k) {
			continue
		}
		said := slotOf(toks, k, lbuf[:0])
		if len(said) == 0 || !idx.has(t.key) {
			continue
		}
		if english == 0 {
			english = 2
			if c.english() {
				english = 1
			}
		}
		if english == 2 {
			return nil // "48 camas" may be the profile's "48 beds"
		}
		seen, moved := false, ""
		for seg, p := range idx.figureAt(t.key) {
			seen = true
			has := slotOf(seg.toks, p, pbuf[:0])
			if !swapped(said, has, seg, p, toks, idx, lists) {
				moved = ""
				break
			}
			if moved == "" {
				moved = seg.src[seg.toks[slotFirst(seg.toks, p, has)].start:seg.toks[slotLast(seg.toks, p, has)].end]
			}
		}
		if !seen || moved == "" {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile has %q. Use the figure for what their profile gives it for.",
			line[toks[slotFirst(toks, k, said)].start:toks[slotLast(toks, k, said)].end], moved))
	}
	return out
}

// swapped reports whether the line's phrase said and the profile's phrase
// has, for the figure seg.toks[p], each have a word the other lacks: the
// line's not in the profile's clause at all, the profile's not in the
// line, neither a synonym of the other's.
func swapped(said, has []string, seg *segment, p int, toks []lineTok, idx *Index, lists *Lists) bool {
	if len(has) == 0 {
		return false
	}
	a, b := sentenceOf(seg, p, p)
	if a > 0 && strings.HasSuffix(strings.TrimSpace(seg.toks[a].punctBefore), ":") {
		// "Skerryvore lighthouse lantern: 1,260 glazing panes replaced":
		// what the colon opens tells of what is before it.
		a, _ = sentenceOf(seg, a-1, a-1)
	}
	if foreign, words := foreignWords(seg.toks[a:b], lists); 2*foreign > words {
		return false // "délai de représentation ramené de 9 à 4 jours" says in its words what the line says in English
	}
	near := func(x, y string) bool {
		return x == y || fuzzyKey(x, y) || len(x) >= 3 && len(y) >= 3 && (strings.HasPrefix(x, y) || strings.HasPrefix(y, x)) || slices.Contains(lists.synonymKeys(x), y) || slices.Contains(lists.synonymKeys(y), x) ||
			closedCompound(x, y) || closedCompound(y, x)
	}
	// Both phrases are of one thing ("accounts", "tonnes of"), and the
	// line's other word is the profile's, somewhere else.
	anchor := slices.ContainsFunc(said, func(l string) bool {
		return slices.ContainsFunc(has, func(h string) bool { return near(l, h) })
	})
	extra := slices.ContainsFunc(said, func(l string) bool {
		return !anyCount[l] && !initialsOf(l, has) && idx.has(l) && !slices.ContainsFunc(has, func(h string) bool { return near(l, h) }) &&
			!sentenceHas(seg, a, b, []string{l})
	})
	missing := slices.ContainsFunc(has, func(h string) bool {
		return !anyCount[h] && !slices.ContainsFunc(said, func(l string) bool { return near(l, h) }) &&
			!anyOf(toks, func(t *lineTok) bool { return t.key == h })
	})
	return anchor && extra && missing
}

// closedCompound reports whether the word x is a closed compound whose last
// part is the word y: "polytunnel" is a "tunnel", "stockpot" a "pot".
func closedCompound(x, y string) bool {
	return len(y) >= 4 && len(x)-len(y) >= 3 && strings.HasSuffix(x, y)
}

// slotLast is the index of the last word of the figure toks[i]'s phrase
// keys, or of the figure itself when the phrase is before it.
func slotLast[T any, P interface {
	*T
	tokener
}](toks []T, i int, keys []string) int {
	last := i
	for j := i + 1; j < len(toks) && j <= i+8; j++ {
		if slices.Contains(keys, P(&toks[j]).tok().key) {
			last = j
		}
	}
	return max(last, figureEnd[T, P](toks, i))
}

// slotFirst is the index of the first word of the figure toks[i]'s
// phrase keys when the phrase is before it ("query latency by 63%"), or
// of the figure.
func slotFirst[T any, P interface {
	*T
	tokener
}](toks []T, i int, keys []string) int {
	first := i
	if slotLast[T, P](toks, i, keys) > figureEnd[T, P](toks, i) {
		return i // the phrase is after the figure
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if slices.Contains(keys, P(&toks[j]).tok().key) {
			first = j
		}
	}
	return first
}

// initialsOf reports whether w is the initials of a run of the keys
// ("fm" for "facilities management").
func initialsOf(w string, keys []string) bool {
	if len(w) < 2 || len(w) > len(keys) {
		return false
	}
	for i := 0; i+len(w) <= len(keys); i++ {
		j := 0
		for j < len(w) && keys[i+j] != "" && keys[i+j][0] == w[j] {
			j++
		}
		if j == len(w) {
			return true
		}
	}
	return false
}
