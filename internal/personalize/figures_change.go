package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// What a figure says about its measure: a change of it ("by 64", "up
// 22%", "22% growth") or a level it stood at ("from 64 to 18", "at 98.5%",
// "138% of quota"). Figures whose words say neither are unknown.
const (
	figureUnknown = iota
	figureChange
	figureLevel
)

// changeNouns name a change of a measure when they follow its figure: "22%
// growth", "a £2m saving".
var changeNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("growth increase increases rise rises uplift reduction reductions drop decrease improvement gain gains saving savings cut cuts jump fall decline") {
		m[stem(w)] = true
	}
	// The same in French, Spanish, Portuguese, Italian, German, Dutch and
	// Polish, folded: "une amélioration moyenne de 12 %".
	for _, w := range strings.Fields("amelioration hausse baisse reduction augmentation croissance diminution economie " +
		"mejora aumento reduccion crecimiento caida disminucion ahorro melhoria reducao crescimento queda economia " +
		"miglioramento riduzione crescita calo risparmio steigerung verbesserung senkung ruckgang wachstum anstieg einsparung " +
		"verbetering stijging daling groei besparing wzrost spadek poprawa redukcja obnizka oszczednosc") {
		m[stem(w)] = true
	}
	return m
}()

// figureRole reads whether the number toks[i] gives a change of what it
// measures or a level: "by 64" and "22% growth" are changes; "from 64 to
// 18" (both ends), "at 98.5%" and "138% of quota" are levels.
func figureRole[T any, P interface {
	*T
	tokener
}](toks []T, i int) int {
	at := func(k int) *token { return P(&toks[k]).tok() }
	prev := ""
	if i > 0 && !breaksAt(at(i)) {
		prev = at(i - 1).lower
	}
	switch prev {
	case "by", "up", "down":
		return figureChange
	case "of", "de", "di", "do", "da", "von", "van", "o":
		// "an improvement of 12%", "une amélioration moyenne de 12 %".
		for k := i - 2; k >= 0 && k >= i-3 && !breaksAt(at(k+1)); k-- {
			if changeNouns[at(k).key] {
				return figureChange
			}
		}
	case "from", "at":
		return figureLevel
	case "to", "-", "–":
		if fromNumber[T, P](toks, i) >= 0 {
			return figureLevel // the end of a range
		}
	}
	// The unit after the number, then what follows it.
	j := i + 1
	if j < len(toks) && !breaksAt(at(j)) && (at(j).key == "pct" || isScale(at(j).key) || physicalUnits[at(j).lower] != "" || durationUnits[at(j).lower]) {
		j++
	}
	if j >= len(toks) || breaksAt(at(j)) {
		if hasByte(at(i).punctBefore, '(') && (j >= len(toks) || strings.HasPrefix(at(j).punctBefore, ")")) &&
			!changeBefore[T, P](toks, i) {
			return figureLevel // "(€340m)": the size of what it follows
		}
		return figureUnknown
	}
	if at(j).lower == "to" && j+1 < len(toks) && at(j+1).number && !breaksAt(at(j+1)) {
		return figureLevel // the start of a range: "64 to 18"
	}
	if at(j).lower == "of" && at(i+1).key == "pct" && j+1 < len(toks) && !breaksAt(at(j+1)) && content(at(j+1)) && !changeNouns[at(j+1).key] {
		return figureLevel // a share of something: "138% of quota"
	}
	// "22% growth", "22% revenue growth".
	for k := j; k < len(toks) && k <= j+1; k++ {
		t := at(k)
		if k > j && breaksAt(t) || !content(t) {
			break
		}
		if changeNouns[t.key] {
			return figureChange
		}
	}
	// "saving Kessler €340m", "saved the trust £2m".
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if saveVerbs[at(k).lower] {
			return figureChange
		}
		if breaksAt(at(k + 1)) {
			break
		}
	}
	for k := j; k < len(toks) && k <= j+3; k++ {
		t := at(k)
		if breaksAt(t) || !content(t) {
			break
		}
		if sizeNouns[t.key] {
			return figureLevel // the size of a deal: "a €340m sale", "a €90m pipe renewal contract"
		}
	}
	if i > 0 && !breaksAt(at(i)) && isArticle(at(i-1).lower) && content(at(j)) {
		// The size of a thing ("the £45m Moor Street car park"), unless
		// the phrase is a change ("a 15% year-on-year improvement").
		for k := j; k < len(toks) && k <= j+5; k++ {
			if k > j && breaksAt(at(k)) {
				break
			}
			if changeNouns[at(k).key] {
				return figureUnknown
			}
		}
		return figureLevel
	}
	return figureUnknown
}

// changeBefore reports whether the sentence before the number toks[i]
// says a change ("Saved £1.2m (18%)", "Cut energy spend by 18% (£1.2m)"):
// a figure in brackets after it is that change in other terms.
func changeBefore[T any, P interface {
	*T
	tokener
}](toks []T, i int) bool {
	for k := i - 1; k >= 0; k-- {
		t := P(&toks[k]).tok()
		if saveVerbs[t.lower] || downVerbs[t.lower] || upVerbs[t.lower] || changeNouns[t.key] || t.lower == "by" {
			return true
		}
		if t.sentStart || strings.ContainsAny(t.punctBefore, ".;!?") {
			break
		}
	}
	return false
}

// isArticle reports whether w is "a", "an" or "the".
func isArticle(w string) bool { return w == "a" || w == "an" || w == "the" }

// saveVerbs make the sum after them a saving, which is a change.
var saveVerbs = wordSet("save saves saved saving")

// sizeNouns after a sum make it the size of a deal, a budget or a
// piece of work, which is a level: "a €340m sale", "a £1.4m budget".
var sizeNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("sale deal refinancing financing acquisition merger transaction ipo bond loan facility contract " +
		"project programme program budget portfolio fund valuation buyout takeover disposal tender bid scheme capex") {
		m[stem(w)] = true
	}
	return m
}()

// changeProblems returns a sentence for each figure the line gives as a
// change of something ("cut exclusions by 64", "138% revenue growth")
// that the profile gives only as a level: where a range started or ended
// ("from 64 to 18"), a level reached ("at 98.5%") or a share ("138% of
// quota"). "Cut by A" for "cut from A to B" inflates the change.
func changeProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	for k := range toks {
		t := &toks[k]
		if !t.number || t.decade || t.scope || t.stock || t.ignored || !isNumeric(t.key) || isYear(t.key) && !t.wordNum {
			continue
		}
		if figureRole(toks, k) != figureChange || idx.changeOf(toks, k) {
			continue // "down 11 points" is the change of "from 22% to 11%" too
		}
		// Where the profile gives the figure as a level and nowhere as a
		// change ("84% this year" says neither).
		level, change, said := false, false, ""
		for _, o := range idx.post[t.key] {
			seg := &idx.segs[o.seg]
			if seg.kind == segVocab || seg.kind == segContext || seg.kind == segName {
				continue
			}
			if seg.toks[o.pos].key != t.key {
				continue // "120 m" read as metres
			}
			switch figureRole(seg.toks, int(o.pos)) {
			case figureChange:
				change = true
			case figureLevel:
				if !level {
					level, said = true, levelText(seg, int(o.pos))
				}
			}
		}
		if !level || change {
			continue
		}
		from := k
		if k > 0 && !breaksAt(&t.token) && (toks[k-1].lower == "by" || toks[k-1].lower == "up" || toks[k-1].lower == "down") {
			from = k - 1
		}
		end := t.end
		j := k + 1
		if j < len(toks) && !breaksAt(&toks[j].token) && (toks[j].key == "pct" || isScale(toks[j].key) || unitClass(toks[j].key, toks[j].lower) != "") {
			end = toks[j].end
			j++
		}
		for q := j; from == k && q < len(toks) && q <= j+1 && !breaksAt(&toks[q].token); q++ {
			if changeNouns[toks[q].key] {
				end = toks[q].end // "138% revenue growth"
				break
			}
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile has %q, which is not a change: give the figure as their profile does.",
			line[toks[from].start:end], said))
	}
	return out
}

// levelText is the profile's words around its level figure toks[p]: the
// whole range ("from 64 to 18"), or the figure with the word before it
// and its unit and noun after it ("at 98.5%", "138% of quota").
func levelText(seg *segment, p int) string {
	st := seg.toks
	a, b := p, p
	if p >= 2 && (st[p-1].lower == "to" || st[p-1].lower == "-" || st[p-1].lower == "–") {
		if f := fromNumber(st, p); f >= 0 {
			a = f
		}
	} else if p+2 < len(st) && (st[p+1].lower == "to" || st[p+2].lower == "to") {
		for q := p + 2; q < len(st) && q <= p+3; q++ {
			if st[q].number {
				b = q
				break
			}
		}
	}
	if a > 0 && (st[a-1].lower == "from" || st[a-1].lower == "at") && !breaksAt(&st[a]) {
		a--
	}
	if b+1 < len(st) && !breaksAt(&st[b+1]) && (st[b+1].key == "pct" || isScale(st[b+1].key) || unitClass(st[b+1].key, st[b+1].lower) != "") {
		b++
	}
	if b == p+1 && st[b].key == "pct" && b+2 < len(st) && st[b+1].lower == "of" && !breaksAt(&st[b+2]) {
		b += 2 // "138% of quota"
	}
	return seg.src[st[a].start:st[b].end]
}

// changeRefs returns a reference for each figure of the line that is the
// change a range of the profile gives ("Saving €700k on agency spend" for
// "Reduced agency spend from €1.1m to €400k"): it refers to that range's
// sentence as the range would.
func changeRefs(toks []lineTok, idx *Index) []Reference {
	var refs []Reference
	for k := range toks {
		t := &toks[k]
		if !t.number || t.scope || t.stock || t.ignored || isYear(t.key) || idx.has(t.key) {
			continue
		}
		si, a, b, ok := idx.changeRange(toks, k)
		if !ok {
			continue
		}
		seg := &idx.segs[si]
		lo, hi := sentenceOf(seg, a, b)
		fs, fe := seg.toks[lo].start, seg.toks[hi-1].end
		end := t.end
		if k+1 < len(toks) && (toks[k+1].key == "pct" || isScale(toks[k+1].key) || unitClass(toks[k+1].key, toks[k+1].lower) != "") {
			end = toks[k+1].end
		}
		refs = append(refs, Reference{Field: seg.field, Text: seg.src[fs:fe], FieldStart: fs, FieldEnd: fe, LineStart: t.start, LineEnd: end})
	}
	return refs
}

// changedShareProblems returns a sentence for each change the line gives
// by a share, a verb of change taking what changed before "by" ("cutting
// fish losses by 38%"), when every English clause of the profile that
// gives that share changes something else ("cutting fresh-water use by
// 38%") and no sentence around it names what the line's changed.
func changedShareProblems(line string, toks []lineTok, idx *Index, lists *Lists) []string {
	var out []string
	for k := 3; k+1 < len(toks); k++ {
		t := &toks[k]
		if !t.number || t.stock || t.ignored || toks[k+1].key != "pct" || toks[k-1].lower != "by" || breaksAt(&toks[k-1].token) || breaksAt(&t.token) {
			continue
		}
		v := k - 2
		for v >= 0 && v >= k-7 && !downVerbs[toks[v].lower] && !upVerbs[toks[v].lower] && !breaksAt(&toks[v+1].token) {
			v--
		}
		if v < 0 || v < k-7 || v+1 > k-2 || !downVerbs[toks[v].lower] && !upVerbs[toks[v].lower] {
			continue
		}
		// What changed, up to where or for whom ("RevPAR at the Bintan
		// resort").
		var what, acrs []string
		for q := v + 1; q <= k-2 && !partyEnds[toks[q].lower]; q++ {
			if w := &toks[q]; content(&w.token) && !w.number && !strings.HasSuffix(w.lower, "'s") {
				what = append(what, w.key)
				if isInitialism(&w.token) {
					acrs = append(acrs, w.lower) // "SAR" for "specific absorption rate"
				}
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
			a, b := figureClause(seg, p)
			if seg.foreign(lists) || seg.foreignPart(p, lists) || !changeClause(seg, a, b) {
				named = true // a clause it cannot read, or no change: not judged
				continue
			}
			own = true
			lo, hi := sentenceOf(seg, a, b-1)
			named = named || sentenceHas(seg, lo, hi, what) || idx.sentenceAround(seg, p, what, false) ||
				slices.ContainsFunc(acrs, func(a string) bool { _, ok := initialsIn(seg.toks[lo:hi], a); return ok })
		}
		if own && !named {
			out = append(out, fmt.Sprintf("Says %q, but their profile gives that share of something else: give the figure their profile gives.",
				line[toks[v].start:toks[k+1].end]))
		}
	}
	return out
}

// changeClause reports whether the words seg.toks[a:b] tell of a change:
// a verb or a noun of one.
func changeClause(seg *segment, a, b int) bool {
	for p := a; p < b; p++ {
		if t := &seg.toks[p]; downVerbs[t.lower] || upVerbs[t.lower] || changeNouns[t.key] {
			return true
		}
	}
	return false
}
