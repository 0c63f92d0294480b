package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// appendQuoted adds a cluster for each quoted run of the line ("Less
// steel, more thought") that a profile field holds whole, word for word:
// a title copied exactly is a reference whatever its words.
func appendQuoted(clusters []cluster, line string, toks []lineTok, idx *Index) []cluster {
	quotedRunsIn(line, toks, func(first, last int) { clusters = appendWhole(clusters, toks, first, last, idx) })
	return clusters
}

// quotedRunsIn calls fn with the first and last token of each quoted run
// of two words or more in a line that may hold a quote (hasQuote).
func quotedRunsIn(line string, toks []lineTok, fn func(first, last int)) {
	first := -1
	for i := range toks {
		open, closed := quoteAround(toks[i].punctBefore)
		if closed && first >= 0 && i-first >= 2 {
			fn(first, i-1)
			first = -1
		}
		if open {
			first = i
		}
	}
	if first >= 0 && len(toks)-first >= 2 && strings.ContainsAny(line[toks[len(toks)-1].end:], "\"'”’»」") {
		fn(first, len(toks)-1)
	}
}

// quoteFigureProblems returns a sentence for each quoted run of the line
// that is a title of the profile word for word but for a figure ("Van 66
// uur naar 40 minuten" for their post "Van 6 uur naar 40 minuten") or, in
// four words or more, for one other word.
func quoteFigureProblems(line string, toks []lineTok, idx *Index, lists *Lists, res *matchResult) []string {
	if !res.quoted {
		return nil
	}
	var out []string
	quotedRunsIn(line, toks, func(first, last int) {
		n := last - first + 1
		lead := first
		for lead <= last && toks[lead].number {
			lead++
		}
		if n < 3 || lead > last {
			return
		}
		for _, o := range idx.post[toks[lead].key] {
			seg := &idx.segs[o.seg]
			p := int(o.pos) - (lead - first)
			if p < 0 || p+n > len(seg.toks) {
				continue
			}
			same, differ, words := true, false, 0
			for k := 0; k < n && same; k++ {
				lt, ft := &toks[first+k], &seg.toks[p+k]
				switch {
				case lt.key == ft.key:
				case lt.number && ft.number:
					differ = true
				case n >= 4 && words == 0 && !lt.number && !ft.number && !lt.fn && !ft.fn && !fuzzyKey(lt.key, ft.key) &&
					!oneEdit(lt.lower, ft.lower) && !slices.Contains(lists.synonymKeys(lt.lower), ft.key):
					// "Why we started doing exit interviews" for their
					// post "Why we stopped doing exit interviews": one word
					// of a title quoted word for word changed.
					differ, words = true, 1
				default:
					same = false
				}
			}
			if same && differ {
				out = append(out, fmt.Sprintf("Quotes %q, but their profile says %q: quote it as it is.",
					line[toks[first].start:toks[last].end], seg.src[seg.toks[p].start:seg.toks[p+n-1].end]))
				return
			}
		}
	})
	return out
}

// quoteAround reports whether the text between two words opens a quote
// (before the next word) or closes one (after the previous word).
func quoteAround(punct string) (open, closed bool) {
	p := strings.TrimSpace(punct)
	if p == "" {
		return false, false
	}
	for _, q := range []string{"\"", "“", "‘", "«", "「", "'"} {
		if strings.HasSuffix(p, q) && (len(p) == len(q) || strings.ContainsAny(p[:len(p)-len(q)], " ,.:;!?-–—(") || strings.Contains(punct, " "+q)) {
			open = true
		}
	}
	for _, q := range []string{"\"", "”", "’", "»", "」", "'"} {
		if strings.HasPrefix(p, q) {
			closed = true
		}
	}
	if open && closed && !strings.Contains(punct, " ") {
		open = false
	}
	return open, closed
}

// appendWhole adds a forced cluster when the line's words first..last
// are, in order and together, the words of a profile field's run.
func appendWhole(clusters []cluster, toks []lineTok, first, last int, idx *Index) []cluster {
	n := last - first + 1
	var buf []occ
	// The run is found by its first word the index holds: a title may
	// start with a small word it leaves out ("Le kintsugi pas à pas").
	a := first
	for a < last && toks[a].fn {
		a++
	}
	buf = idx.lookupExact(toks[a].key, buf)
	for _, o := range buf {
		seg := &idx.segs[o.seg]
		start := int(o.pos) - (a - first)
		if seg.kind != segSpecific && seg.kind != segContext || start < 0 || start+n > len(seg.toks) {
			continue
		}
		ok := true
		for k := 0; k < n && ok; k++ {
			ok = seg.toks[start+k].key == toks[first+k].key
		}
		if !ok {
			continue
		}
		c := cluster{seg: o.seg, first: first, last: last, minPos: int32(start), maxPos: int32(start + n - 1),
			score: 2 * specificScore, weighted: n, fresh: n, soft: n, exact: float64(n), words: n, forced: true}
		for k := first; k <= last; k++ {
			c.matched.add(k)
		}
		return append(clusters, c)
	}
	return clusters
}

// partOfName reports whether a one-word cluster is one word of a longer
// name on the profile ("Texas" of "Texas A&M University") that is not
// distinctive enough to stand for it.
func partOfName(toks []lineTok, idx *Index, lists *Lists, seg *segment, c *cluster) bool {
	var pos int32 = -1
	var t *lineTok
	ti := -1 // t's index in the line
	for i := c.first; i <= c.last; i++ {
		if c.matched.has(i) && toks[i].weight > 0 {
			t, ti = &toks[i], i
			break
		}
	}
	if t == nil || t.number || t.acronym {
		return false
	}
	// Find the field word the line word stands for.
	for p := c.minPos; p <= c.maxPos; p++ {
		if seg.toks[p].key == t.key || fuzzyKey(seg.toks[p].key, t.key) {
			pos = p
			break
		}
	}
	if pos < 0 || !seg.toks[pos].capital {
		return false
	}
	inName := func(p int32) bool {
		if p < 0 || int(p) >= len(seg.toks) {
			return false
		}
		ft := &seg.toks[p]
		return (ft.capital || ft.acronym) && !connectors[ft.lower] && !strings.ContainsAny(ft.punctBefore, ",;:()") && !(p == pos+1 && strings.ContainsAny(seg.toks[p].punctBefore, ".!?"))
	}
	prevIn := inName(pos-1) && !seg.toks[pos].sentStart && !strings.ContainsAny(seg.toks[pos].punctBefore, ",;:()")
	nextIn := inName(pos + 1)
	if !prevIn && !nextIn && !seg.names {
		return false
	}
	if seg.names && !prevIn && !nextIn && len(seg.toks) < 2 {
		return false
	}
	// A word of the name put before a head of the line's own ("the Sahel
	// region" for Sahel Trust, "your Camden housing scheme" for Camden
	// School of Architecture) names something else, however distinctive.
	if nextIn && !strings.HasSuffix(t.lower, "'s") {
		if k := ti + 1; k < len(toks) {
			n := &toks[k]
			if !n.fn && !n.number && n.key != "" && !breaksAt(&n.token) && !c.matched.has(k) && n.key != seg.toks[pos+1].key && !fuzzyKey(n.key, seg.toks[pos+1].key) {
				return true
			}
		}
	}
	// A name whose other words only say what kind of organisation it is
	// ("Kier Group", "Arup Ltd") is that word.
	only := true
	for p := pos - 1; only && p >= 0 && inName(p) && (p+1 != pos || prevIn); p-- {
		only = orgWords[seg.toks[p].key]
	}
	for p := pos + 1; only && inName(p) && !strings.Contains(seg.toks[p].punctBefore, "·"); p++ {
		only = orgWords[seg.toks[p].key] // "Kier Group · Full-time": the page's type of post ends it
	}
	if only && idx.mailMerge[t.key] != "location" {
		return false
	}
	// A distinctive word stands for the name: no English word, at least
	// five letters, and no place the profile names.
	w := strings.TrimSuffix(t.lower, "'s")
	if lists.tier(w) == 0 && len(w) >= 5 && idx.mailMerge[t.key] != "location" {
		return false
	}
	return true
}

// othersOnly reports whether the words of a cluster found in someone
// else's work that are not on the candidate's own part of the page weigh
// enough to name that work: "the Rotterdam cross-dock" they run is
// theirs beside their team's award for it, and so is "Harrow Vale" beside
// "the Harrow Vale sourcing team".
func (x *Index) othersOnly(toks []lineTok, c *cluster) bool {
	var buf []occ
	w, n := 0.0, 0
	for i := c.first; i <= c.last; i++ {
		t := &toks[i]
		if !c.matched.has(i) || t.weight == 0 {
			continue
		}
		buf = x.lookup(t.key, buf)
		own := func(o occ) bool {
			// A skill of their list is no work of theirs: "tech
			// editing" listed is not the tech editing a colleague did.
			seg := &x.segs[o.seg]
			return seg.kind != segContext && seg.kind != segName && seg.kind != segVocab && seg.label != "skills"
		}
		if t.acronym {
			// "CBA" of their Commonwealth Bank of Australia; "NZ" of
			// the New Zealand society that gave them an award.
			buf = x.employerInitials(t.lower, buf)
			if !slices.ContainsFunc(buf, own) {
				buf = x.initialsAt(t.lower, buf)
			}
		}
		if !slices.ContainsFunc(buf, own) {
			w += t.weight
			n++
		}
	}
	switch {
	case n >= 4:
		w *= longPhraseBonus
	case n >= 2:
		w *= phraseBonus
	}
	return w >= specificScore
}

// postWords adds to clusters the pairs of weak clusters that name one
// post together: a word of its title or of what it says, "at" or "for",
// and a word of its employer ("lectures at Imperial" for "Visiting
// Lecturer, Imperial College London"; "teaching at Imperial" for "Teach
// bridge design" there), or the employer right before ("Big Four audit"
// for Audit Manager at KPMG). Neither word is enough alone: "Imperial" is
// a word as well as a name, and "audit" may be a skill. The employer must
// be in a field of its own that no mail-merge field repeats (a post held
// beside the current one, or an earlier one), and one of the two words in
// no mail-merge field but the headline ("ex-KPMG" does not make KPMG a
// mail merge).
func postWords(clusters, weak []cluster, toks []lineTok, idx *Index) []cluster {
	if len(weak) < 2 {
		return clusters
	}
	// The employers' clusters, in order: only they can be b below.
	var cbuf [16]int
	employers := cbuf[:0]
	for j := range weak {
		if sb := &idx.segs[weak[j].seg]; sb.kind == segSpecific && strings.HasSuffix(sb.field, ".company") {
			employers = append(employers, j)
		}
	}
	if len(employers) == 0 {
		return clusters
	}
	for i := range weak {
		a := &weak[i]
		sa := &idx.segs[a.seg]
		if sa.entry < 0 || !strings.HasSuffix(sa.field, ".title") && !strings.HasSuffix(sa.field, ".description") {
			continue
		}
		for _, j := range employers {
			b := &weak[j]
			// "lectures at Imperial", or the employer first: "Big Four
			// audit", "KPMG's audit work".
			if !(b.first == a.last+2 && postLinks[toks[a.last+1].lower] || a.first == b.last+1 && !breaksAt(&toks[a.first].token)) {
				continue
			}
			if idx.segs[b.seg].entry != sa.entry || a.soft+b.soft == 0 {
				continue
			}
			a.score, b.score = specificScore, specificScore
			clusters = append(clusters, *a, *b)
		}
	}
	return clusters
}

// postLinks join what someone does to where: "lectures at Imperial",
// "consults for Arup".
var postLinks = map[string]bool{"at": true, "for": true, "with": true}

// tenureLinks join what someone is to their years: "Geologist with 14
// years", "Farmacéutica con 15 años", "Ingenieur mit 12 Jahren".
var tenureLinks = map[string]bool{"with": true, "for": true, "con": true, "avec": true, "mit": true, "met": true, "com": true, "seit": true, "depuis": true, "desde": true}

// sinceWords are "since" in other languages, before a length of time:
// "depuis quinze ans", "seit zehn Jahren", "desde hace".
var sinceWords = wordSet("depuis seit desde sinds od dal hace")

// tenureOnly reports whether the cluster's words are only a length of
// time and the name of an employer of theirs: "five years at Halfbrick"
// from "Before that I spent five years at Halfbrick on live-ops", which the
// dates of the position say.
func (x *Index) tenureOnly(toks []lineTok, c *cluster) bool {
	// "five years at Halfbrick", where only the employer matched.
	f := c.first
	years := f >= 3 && postLinks[toks[f-1].lower] && tenureUnits[toks[f-2].lower] && toks[f-3].number
	for k := c.first; k <= c.last; k++ {
		t := &toks[k]
		switch {
		case !c.matched.has(k) || t.fn:
		case t.number && k+1 <= c.last && tenureUnits[toks[k+1].lower]:
			years = true
		case tenureUnits[t.lower] && k > c.first && toks[k-1].number:
		case t.capital && x.employerName(t.key):
		default:
			return false
		}
	}
	return years
}

// employerName reports whether key is a word of the name of an employer
// of theirs.
func (x *Index) employerName(key string) bool {
	for _, o := range x.post[key] {
		if s := &x.segs[o.seg]; s.label == "current company" && s.entry >= 0 {
			return true
		}
	}
	return false
}

// tenureSentence reports whether the profile's sentence holding the words
// from first to last says only how long they have worked in a field:
// "15 years in indirect procurement.", "Over 20 years of experience in
// payroll."  It starts with a number of years, or with what they are and
// "with" or "for" ("Resource geologist with 14 years across the WA
// goldfields."), and has no other figure and no more than six words after
// the years.
func tenureSentence(seg *segment, first, last int) bool {
	lo, hi := sentenceOf(seg, first, last)
	k, start := lo, lo
	for p := lo + 1; p < hi && p <= lo+3; p++ {
		if t := &seg.toks[p]; t.in(flagTenureLink, tenureLinks) && p+1 < hi && first >= p+1 {
			if !anyOf(seg.toks[lo:p], func(t *token) bool { return t.number || verbForm(t.lower) }) {
				k, start = p+1, p+1
			}
			break
		}
	}
	if k < hi && (seg.toks[k].lower == "over" || seg.toks[k].lower == "nearly" || seg.toks[k].lower == "almost") {
		k++
	}
	if k+1 < hi && !seg.toks[k].number && hi-lo <= 8 && hi-2 > lo && seg.toks[hi-2].number && tenureUnits[seg.toks[hi-1].lower] &&
		sinceWords[seg.toks[hi-3].lower] && first >= lo {
		// "Producteur de direct depuis quinze ans": what they have done
		// for how long, the length last.
		k, start = hi-2, lo
	}
	if k+1 >= hi || !seg.toks[k].number || !tenureUnits[seg.toks[k+1].lower] || hi-start > 8 {
		return false
	}
	for p := k + 2; p < hi; p++ {
		if seg.toks[p].number {
			return false
		}
	}
	return true
}

// onlyYears reports whether every line word the cluster matched is a
// year.
func onlyYears(toks []lineTok, c *cluster, seg *segment) bool {
	n := 0
	for k := c.first; k <= c.last; k++ {
		if !c.matched.has(k) {
			continue
		}
		if !toks[k].number || !isYear(toks[k].key) || countWritten(seg, c, toks[k].key) {
			return false
		}
		n++
	}
	return n > 0
}

// credentials counts the certifications the line names by their names,
// initials or numbers ("18th Edition, 2391 and SMSTS"), wherever else the
// page repeats them (a headline often does); a pasted page's
// certifications are fields of one entry.
func credentials(idx *Index, toks []lineTok) int {
	var seen []int32
	var buf []occ
	for i := range toks {
		t := &toks[i]
		if t.fn || t.key == "" || t.scope || !(t.capital || t.acronym || t.number || t.mixedCaps) {
			continue
		}
		buf = idx.lookup(t.key, buf[:0])
		for _, o := range buf {
			if e := idx.segs[o.seg].entry; e >= 0 && e/10000 == listCertification && !slices.Contains(seen, o.seg) {
				seen = append(seen, o.seg)
			}
		}
	}
	return len(seen)
}

// inEntry reports whether key occurs in a field of the entry.
func (x *Index) inEntry(key string, entry int32) bool {
	for _, o := range x.post[key] {
		if x.segs[o.seg].entry == entry {
			return true
		}
	}
	return false
}

// asPostWords are the small words of "a Senior Lecturer at the University
// of Leeds".
var asPostWords = wordSet("the at with for of in and &")

// asPostOnly reports whether the line opens with "As a" or "As an" and
// refers to nothing but the titles and employers of positions.
func asPostOnly(toks []lineTok, idx *Index, kept []cluster) bool {
	if len(toks) < 3 || toks[0].lower != "as" || toks[1].lower != "a" && toks[1].lower != "an" {
		return false
	}
	for _, c := range kept {
		seg := &idx.segs[c.seg]
		post := strings.HasSuffix(seg.field, ".title") || strings.HasSuffix(seg.field, ".company") ||
			seg.label == "current title" || seg.label == "current company"
		if !post || seg.entry < 0 || seg.entry/10000 != listExperience {
			return false
		}
	}
	// Nothing but the post and where it is, up to the end of the clause:
	// not "As a bridge engineer who also lectures at Imperial".
	for k := 2; k < len(toks) && !breaksAt(&toks[k].token); k++ {
		t := &toks[k]
		switch {
		case t.fn && asPostWords[t.lower]:
		case t.fn:
			return false // "who also lectures at Imperial": more than the post
		case t.covered || t.weight == 0 || anyOf(kept, func(c *cluster) bool { return c.matched.has(k) }):
		default:
			return false
		}
	}
	return true
}

// intruder returns two or more unmatched words of substance inside a
// matched stretch of the line ("the Penwick Bank crypto custody audit"):
// a detail the profile does not have, built into something it does. The
// names of the entry the stretch is in are no detail: "Karaköy Sigorta's
// first IMDG underwriting guide" for "Built the company's first ...
// (IMDG) underwriting guide" in their post there.
func intruder(line string, toks []lineTok, idx *Index, c *cluster, lists *Lists) string {
	// A run of words no dictionary has, in lower case, is the field's
	// words in another language ("SIARD-afleveringer fra 87 myndigheder"
	// for "SIARD database submissions from 87 public agencies").
	run, start, foreign := 0, -1, true
	entry := idx.segs[c.seg].entry
	if otherLanguageSpan(&idx.segs[c.seg], int(c.minPos), int(c.maxPos), lists) {
		// "Istanbul Airport cargo terminal" for "İstanbul Havalimanı
		// kargo terminali": the line's words between translate the
		// field's.
		return ""
	}
	for i := c.first + 1; i < c.last; i++ {
		t := &toks[i]
		// A currency ("180 mln EUR") is the unit of a figure, checked
		// with it; an area that holds a country of theirs ("the
		// Skyforge Southeast Asia launch" for their Vietnamese and Thai
		// launch) is no detail the profile lacks; nor is a name the page
		// shows with them ("Nordvik Outdoor's first ... collection" for a
		// recommender's "our first ... collection").
		if c.matched.has(i) || t.fn || t.scope || t.stock || t.number || t.cjk || t.covered || t.weight < weightTier2 || entry >= 0 && idx.inEntry(t.key, entry) || idx.prefixedOwn(line, t, entry) ||
			t.flags&flagNoName != 0 || t.capital && idx.regionHolds(t.key) || t.capital && idx.people[t.key] {
			if run >= 2 && !foreign {
				return line[toks[start].start:toks[i-1].end]
			}
			run, start, foreign = 0, -1, true
			continue
		}
		if run == 0 {
			start = i
		}
		run++
		foreign = foreign && !t.capital && lists.tier(t.lower) == 0
	}
	if run >= 2 && !foreign {
		return line[toks[start].start:toks[c.last-1].end]
	}
	return idx.slotIntruder(line, toks, c, lists)
}

// slotIntruder returns a word of the line, inside the reference c, that
// takes the place of another word of the field between the two words it
// has on either side, that the profile has nowhere and that is no synonym
// of the field's: "Bee Network tram franchising" for "Bee Network bus
// franchising". Or "".
func (x *Index) slotIntruder(line string, toks []lineTok, c *cluster, lists *Lists) string {
	seg := &x.segs[c.seg]
	for i := c.first + 1; i < c.last; i++ {
		t := &toks[i]
		// A word of change ("reduce" for "increase") takes another's
		// place however common it is, and wherever else it is.
		change := t.flags&flagChange != 0
		if t.flags&flagRead == 0 {
			change = changeWords[t.lower] != dirNone
		}
		if c.matched.has(i) || !c.matched.has(i-1) || !c.matched.has(i+1) || t.fn || t.scope || t.stock || t.number || t.cjk || t.capital ||
			t.covered || !change && (t.weight < weightTier2 || x.has(t.key) || x.prefixedOwn(line, t, seg.entry)) || toks[i-1].fn || toks[i+1].fn || toks[i-1].number || toks[i+1].number ||
			breaksAt(&t.token) || breaksAt(&toks[i+1].token) {
			continue
		}
		if romanceLine(toks) || anyOf(toks, func(t *lineTok) bool { return t.nounCase }) {
			return "" // a word of a line in another language translates the field's
		}
		for p := int(c.minPos) + 1; p < int(c.maxPos); p++ {
			w := &seg.toks[p]
			if seg.toks[p-1].key != toks[i-1].key || seg.toks[p+1].key != toks[i+1].key || w.fn || w.number || w.capital {
				continue
			}
			if w.key == t.key || fuzzyKey(w.key, t.key) || strings.HasPrefix(w.lower, t.lower) || strings.HasPrefix(t.lower, w.lower) ||
				slices.Contains(lists.synonymKeys(t.lower), w.key) || slices.Contains(lists.synonymKeys(w.lower), t.key) ||
				sameChange(t.lower, w.lower) || strings.HasSuffix(t.lower, "ing") && strings.HasSuffix(w.lower, "ing") ||
				lists.equiv.spells(t.key, w.key) || lists.equiv.spells(w.key, t.key) {
				// Two verbs in -ing ("map layering LiDAR" for "map
				// combining LiDAR") say how, in other words; an
				// abbreviation of the lists ("ops control" for
				// "operations control") says the field's word.
				break
			}
			if change && changeWords[w.lower] == dirNone && (t.weight < weightTier2 || x.has(t.key)) {
				break // the field says no change in its place: a common word paraphrases
			}
			return line[t.start:t.end]
		}
	}
	return ""
}

// mergedApart reports whether a phrase of the line, every word of which
// a mail-merge field has, is a piece of work the field seg tells of,
// words no one mail-merge field has together: "teaching field
// epidemiology at Mohammed V University" for a post of associate
// lecturer in Field Epidemiology at "Université Mohammed V", with
// "Epidemiology" in the skills and the university their school. A
// sequencing tool fills one field at a time; it does not write the
// phrase. The line's words,
// three or more that weigh something, are one run with no list in it,
// and the field's are within a few words.
func (x *Index) mergedApart(toks []lineTok, seg *segment, cl *cluster) bool {
	if cl.weighted < 3 || seg.kind != segSpecific || seg.entry < 0 || cl.maxPos-cl.minPos > 4 {
		return false
	}
	var keys [8]string
	n := 0
	for k := cl.first; k <= cl.last && n < len(keys); k++ {
		if !toks[k].fn && !cl.matched.has(k) || toks[k].lower == "and" || toks[k].lower == "or" || toks[k].lower == "&" ||
			k > cl.first && strings.ContainsAny(toks[k].punctBefore, ",;/&") {
			return false // "wetlands and bat surveys": a list of the fields' words
		}
		if toks[k].weight > 0 {
			keys[n] = toks[k].key
			n++
		}
	}
	for si := range x.segs {
		if ms := &x.segs[si]; ms.kind == segMailMerge && holdsAll(ms.toks, 0, len(ms.toks)-1, keys[:n]) {
			return false
		}
	}
	return n >= 2
}
