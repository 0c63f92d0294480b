package personalize

import (
	"slices"
	"strconv"
)

// pair is a line word found at a place in the profile.
type pair struct {
	seg, pos int32
	tok      int
	// f is how much the match counts: 1 for the word itself, less for a
	// synonym, a clipped form or a word with a typo.
	f float64
}

// Factors of matches that are not the word itself.
const (
	factorPrefix  = 0.6  // "cap mkts" for capital markets
	factorSynonym = 0.55 // WordNet synonyms and word families
	factorTypo    = 0.7  // one edit in a long distinctive word
)

// cluster is a run of line words found close together in one field.
type cluster struct {
	seg            int32
	first, last    int // line tokens
	minPos, maxPos int32
	lastPos        int32
	score          float64
	weighted       int // words that weigh something
	// fresh counts the weighted words that no mail-merge field has: a
	// cluster without one says nothing a template could not. soft counts
	// those only the headline has.
	fresh, soft int
	// exact is the weight of the words matched as written, without the
	// synonyms, clipped forms and typos, which cannot carry a reference
	// alone.
	exact   float64
	inexact bool   // some word matched as a synonym, clipped form or typo
	words   int    // all words matched, common ones too
	matched tokSet // the line tokens matched
	forced  bool   // a quoted title found whole
}

// matchResult is what match found.
type matchResult struct {
	refs []Reference
	// kept are the clusters behind refs; context the clusters found only
	// in what is not the candidate's work.
	kept, context []cluster
	// mm are the mail-merge fields the line names; weak the everyday
	// words it shares with the profile when nothing specific matched;
	// intruders details built into a reference that the profile does not
	// have.
	mm, weak, intruders []string
	// schools are the education entries the line names, and
	// schoolRefs a reference to each.
	schools    []int32
	schoolRefs []Reference
	// found are the line words found on the profile in some form.
	found tokSet
	// units are the line's numbers the profile gives with another unit
	// or currency ("$240m" for "£240m").
	units []int
	// under are clusters of two words or more in an entry's own words
	// that did not clear the bar (a skill they also list): not
	// references, but facts a line can bind to another entry's.
	under []cluster
	// occs holds where each line word looked up occurs on the profile
	// (see lineTok.looked), so that later checks do not look it up again.
	occs []occ
	// quoted is whether the line may hold a quotation (hasQuote).
	quoted bool
	// titled are the words of quoted titles found whole on the profile.
	titled tokSet
	// translated are the names the line gives in English for names the
	// profile writes in another language (translatedName).
	translated []translation
}

// translation is a name of the line, toks[first..last], that translates
// one of the profile's, of entry (-1 when unknown): its words are facts
// of that entry, not of others that share a word ("Pharmacy" in
// "University of Medicine and Pharmacy" is no pharmacist's post).
type translation struct {
	first, last int
	entry       int32
}

// match finds the profile elements the line refers to.
func match(line string, toks []lineTok, idx *Index, lists *Lists, sc *scratch) matchResult {
	var res matchResult
	res.occs, res.mm, res.kept = sc.occs[:0], sc.mm[:0], sc.kept[:0]
	buf := sc.looked[:0]
	defer func() {
		sc.occs, sc.mm, sc.kept, sc.looked = res.occs[:0], res.mm[:0], res.kept[:0], buf[:0]
	}()
	pairs := sc.pairs[:0]
	var skilled tokSet // line words a mail-merge field holds
	seen := func(label string) bool {
		if slices.Contains(res.mm, label) {
			return true
		}
		res.mm = append(res.mm, label)
		return false
	}
	// place records that the line's word toks[i] occurs at o, counting
	// f: a mail-merge field's word is covered, another's is paired.
	place := func(i int, o occ, f float64) {
		t := &toks[i]
		switch seg := &idx.segs[o.seg]; seg.kind {
		case segMailMerge:
			t.covered = true
			t.hard = t.hard || seg.label != "headline"
			seen(seg.label)
			res.addSchool(seg, o.pos, t)
			skilled.add(i)
		case segSpecific, segContext:
			pairs = append(pairs, pair{seg: o.seg, pos: o.pos, tok: i, f: f})
		}
	}
	// runAt pairs the line's words first..last, one name, with the
	// profile's occurrence o of another name for it.
	runAt := func(first, last int, o occ) {
		for i := first; i <= last; i++ {
			res.found.add(i)
			if t := &toks[i]; !t.fn && !t.stock && !t.ignored {
				place(i, o, 1)
			}
		}
	}
	lists.equivalentRuns(toks, func(first, last int, other []string) {
		for _, o := range idx.phrase(other, buf) {
			runAt(first, last, o)
		}
	})
	// A name written out for the profile's acronym is that acronym; its
	// words are not looked up one by one ("Japan" of "the Japan
	// Association of Translators" is no mail-merge location).
	// spelledAt holds the first word of each: the acronym is a name,
	// however common the words that spell it ("National Association of
	// College and University Business Officers" for "NACUBO").
	var spelled, spelledAt tokSet
	buf = idx.spelledNames(toks, buf, func(first, last int, occs []occ) {
		if idx.writtenOut(toks, first, last) {
			return // "Cork University Hospital", their employer, which they also call CUH
		}
		merged := slices.ContainsFunc(occs, func(o occ) bool { return idx.segs[o.seg].kind == segMailMerge })
		spelledAt.add(first)
		for i := first; i <= last; i++ {
			spelled.add(i)
			if !merged {
				toks[i].covered, toks[i].hard = false, false // its words' fields are not it
			}
		}
		for _, o := range occs {
			runAt(first, last, o)
		}
	})
	if hasKatakana(line) {
		katakanaRuns(line, toks, func(first, last int, key string) {
			for _, o := range idx.loanOccs(key) {
				seg := &idx.segs[o.seg]
				t := &toks[first]
				for k := first; k <= last; k++ {
					res.found.add(k)
				}
				switch seg.kind {
				case segMailMerge:
					t.covered = true
					t.hard = t.hard || seg.label != "headline"
					seen(seg.label)
				case segSpecific, segContext:
					pairs = append(pairs, pair{seg: o.seg, pos: o.pos, tok: first, f: 1})
				}
			}
		})
	}
	// clientsPhrase needs a client's possessive in the four words before:
	// lastClient is the last one before toks[i].
	lastClient := -9
	for i := range toks {
		t := &toks[i]
		if i > 0 && clientsWord(toks[i-1].lower) {
			lastClient = i - 1
		}
		if t.name && !t.stock {
			seen("name")
			continue
		}
		if t.fn || t.stock || t.ignored || t.key == "" || len(t.lower) == 1 && !t.number || i < 256 && spelled.has(i) || i-lastClient <= 4 && clientsPhrase(toks, i) ||
			t.cjk && idx.partOfLoanword(line, t.start, t.end) {
			continue
		}
		var n int
		buf, n = idx.lookupCounted(t.key, buf)
		if n > 0 && n < len(buf) && t.capital && !t.sentStart {
			// A name the profile writes as it is ("Adverity") is that
			// name, not a word of the candidate's work it starts
			// ("advertising"); a mail-merge field's word it starts is
			// still the field's.
			keep := buf[:n]
			for _, o := range buf[n:] {
				if idx.segs[o.seg].kind == segMailMerge {
					keep = append(keep, o)
				}
			}
			buf = keep
		}
		if n == 0 && len(buf) > 0 && t.capital && !t.sentStart && !t.nounCase && lists.tier(t.lower) == 0 {
			// A name no dictionary has is no other form of a word the
			// profile writes in small letters: "Fieldale" is not
			// "field".
			buf = slices.DeleteFunc(buf, func(o occ) bool {
				ft := &idx.segs[o.seg].toks[o.pos]
				return !ft.capital && !ft.acronym && !ft.mixedCaps
			})
		}
		if t.acronym && len(buf) > 0 {
			// "UP Diliman" is no "grew up": letters in capitals name what
			// the profile writes in capitals or spells out, not a word it
			// writes in small letters.
			buf = slices.DeleteFunc(buf, func(o occ) bool {
				ft := &idx.segs[o.seg].toks[o.pos]
				return !ft.capital && !ft.acronym && !ft.mixedCaps && !ft.number
			})
		}
		if t.mixedCaps && len(buf) > 0 && !t.covered {
			if seg := idx.mailMergeSpelledBy(line[t.start:t.end]); seg != nil {
				// "a master's from UCLouvain", which a thesis also
				// writes: their school's name, short.
				t.covered, t.hard = true, true
				seen(seg.label)
			}
		}
		if len(buf) == 0 && t.number && i+1 < len(toks) && toks[i+1].key == "centuri" {
			// "an 18th-century reliquary" for "um relicário do séc.
			// XVIII": the century in Roman numerals, not an 18 of
			// anything else.
			buf = idx.romanCenturyAt(t.key, buf)
		} else if len(buf) == 0 && t.number {
			if r, _ := rankAt(&t.token, nil); r > 0 {
				// "your 5,000th cymbal" for "5.000. zilimi", "your
				// twentieth season" for "20 seasons": the place in a
				// count is its number.
				buf, _ = idx.lookupCounted(strconv.Itoa(r), buf)
			}
		}
		t.looked, t.occFrom = true, int32(len(res.occs))
		res.occs = append(res.occs, buf...)
		t.occTo = int32(len(res.occs))
		f := 1.0
		if len(buf) == 0 && !t.cjk && !t.number {
			buf, f = idx.lookupOther(t, lists, buf)
		}
		if len(buf) > 0 && f != factorSynonym {
			res.found.add(i)
		}
		for _, o := range buf {
			place(i, o, f)
		}
		if !t.covered && !t.number && !t.cjk && (!t.capital || t.sentStart) && len(t.lower) > rootLen && lists.tier(t.lower) == 0 {
			if label, ok := idx.mailMergeRoot(fold(t.lower)); ok {
				t.covered, t.hard = true, label != "headline"
				seen(label)
			}
		}
	}
	if framed := skillsFramed(toks, &skilled); framed != (tokSet{}) {
		// "Your skills in TAF, METAR and SIGMET": their skills list,
		// however often their posts name the same skills.
		pairs = slices.DeleteFunc(pairs, func(p pair) bool { return framed.has(p.tok) })
	}
	pairs, sc.sorted = sortBySeg(pairs, len(idx.segs), sc.sorted)
	sc.pairs = pairs[:0]
	clusters := make([]cluster, 0, 8)
	if res.quoted = hasQuote(line); res.quoted {
		clusters = appendQuoted(clusters, line, toks, idx)
		for _, c := range clusters {
			for k := c.first; k <= c.last; k++ {
				res.titled.add(k)
			}
		}
	}
	weakSpans := sc.weak[:0]
	weakClusters := sc.weakClusters[:0]
	defer func() { sc.weak, sc.weakClusters = weakSpans[:0], weakClusters[:0] }()
	var cur cluster
	open := false
	flush := func() {
		if !open {
			return
		}
		seg := &idx.segs[cur.seg]
		lineRun, fieldRun := cur.last-cur.first+1, int(cur.maxPos-cur.minPos)+1
		switch {
		case cur.weighted >= 2 && (cur.words >= 4 || lineRun >= 4 && lineRun == fieldRun):
			cur.score *= longPhraseBonus
		case cur.weighted >= 2:
			cur.score *= phraseBonus
		}
		weighed := cur.score > 0
		// Words the headline also has are the headline's, but for an
		// achievement's two words or more, and a past post's title or
		// employer that a move starts from ("your move from the BBC's
		// Reality Check desk to Full Fact", their headline saying
		// "Ex-BBC Reality Check"): that post, and so are two words of its
		// title that their skills have too ("from debt sustainability
		// work at the IMF to ...").
		pastPost := seg.kind == segSpecific && (seg.label == "current title" || seg.label == "current company") && movedFrom(toks, cur.first, cur.last)
		if cur.fresh == 0 && !(seg.achievement && cur.soft >= 2 || pastPost && (cur.soft >= 1 || cur.weighted >= 2)) || cur.fresh > 0 && cardEchoSections[seg.sectionOf()] && restatesCard(toks, idx, &cur) {
			cur.score = 0
		}
		if cur.inexact && cur.exact < 0.9 && !cur.forced {
			cur.score, weighed = 0, false
		}
		bindable := weighed // a mail-merge word may pair with a fresh one
		if cur.weighted == 1 && cur.score > 0 && partOfName(toks, idx, lists, seg, &cur) {
			cur.score = 0
		}
		if cur.score < specificScore && sameName(toks, idx, lists, seg, &cur) {
			cur.score = specificScore
		}
		open = false
		if cur.score < specificScore {
			// Too weak to refer to anything: kept only for the words
			// the message quotes when nothing else matched, and to be
			// paired with another word of the same post.
			weakSpans = append(weakSpans, [2]int{cur.first, cur.last})
			if bindable {
				weakClusters = append(weakClusters, cur)
			}
			if weighed && cur.words >= 2 && seg.entry >= 0 && seg.kind == segSpecific {
				res.under = append(res.under, cur)
			}
			return
		}
		clusters = append(clusters, cur)
	}
	for k := 0; k < len(pairs); {
		// All the places one line word occurs in one field.
		e := k + 1
		for e < len(pairs) && pairs[e].seg == pairs[k].seg && pairs[e].tok == pairs[k].tok {
			e++
		}
		group := pairs[k:e]
		k = e
		tok := group[0].tok
		t := &toks[tok]
		w := t.weight
		if w > weightTier1 && t.capital && !t.sentStart && !t.fn {
			// A name that is also a word ("Trinity", "Duke") counts as a
			// name when the profile writes it as one.
			for _, g := range group {
				seg := &idx.segs[g.seg]
				if ft := &seg.toks[g.pos]; ft.capital && (!ft.sentStart || seg.names) {
					w = weightRare
					break
				}
			}
		}
		if spelledAt.has(tok) && tok < 256 {
			w = max(w, weightRare)
		}
		w *= group[0].f
		fresh := w > 0 && !t.covered
		soft := w > 0 && !t.hard
		exact := 0.0
		if group[0].f == 1 {
			exact = w
		}
		// Pairs found as another name ("NMC" for "Nursing and Midwifery
		// Council") come first: a cluster only goes forward in the line.
		if open && group[0].seg == cur.seg && tok > cur.last && tok-cur.last <= 3 && !idx.nameOfAnotherBetween(toks, lists, cur.seg, cur.last, tok) && !movesOn(toks, cur.first, cur.last, tok) {
			// Continue the cluster at the nearest place in the field.
			best := group[0].pos
			for _, g := range group[1:] {
				if absDiff(g.pos, cur.lastPos) < absDiff(best, cur.lastPos) {
					best = g.pos
				}
			}
			if absDiff(best, cur.lastPos) <= 5 {
				cur.last, cur.lastPos = tok, best
				cur.minPos, cur.maxPos = min(cur.minPos, best), max(cur.maxPos, best)
				cur.score += w
				cur.words++
				cur.matched.add(tok)
				if w > 0 {
					cur.weighted++
				}
				if fresh {
					cur.fresh++
				}
				if soft {
					cur.soft++
				}
				cur.exact += exact
				cur.inexact = cur.inexact || group[0].f < 1
				continue
			}
		}
		flush()
		// Start at the place that has the next line word nearest.
		pos := group[0].pos
		if len(group) > 1 && k < len(pairs) && pairs[k].seg == group[0].seg && pairs[k].tok-tok <= 3 {
			next := pairs[k].pos
			for _, g := range group[1:] {
				if absDiff(g.pos, next) < absDiff(pos, next) {
					pos = g.pos
				}
			}
		}
		cur = cluster{seg: group[0].seg, first: tok, last: tok, minPos: pos, maxPos: pos, lastPos: pos, score: w, words: 1}
		cur.matched.add(tok)
		if w > 0 {
			cur.weighted = 1
		}
		if fresh {
			cur.fresh = 1
		}
		if soft {
			cur.soft = 1
		}
		cur.exact = exact
		cur.inexact = group[0].f < 1
		open = true
	}
	flush()
	if len(clusters) == 0 {
		// Nothing else: a phrase of words from several mail-merge
		// fields that tells of a piece of work.
		for _, wc := range weakClusters {
			if wc.fresh == 0 && !wc.inexact && idx.mergedApart(toks, &idx.segs[wc.seg], &wc) {
				wc.score = specificScore
				clusters = append(clusters, wc)
			}
		}
	}
	clusters = postWords(clusters, weakClusters, toks, idx)
	clusters = entryName(clusters, weakClusters, toks, idx)

	// The best clusters that clear the bar, one per stretch of the line.
	slices.SortStableFunc(clusters, func(a, b cluster) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		// The candidate's own work before context, structured fields
		// before pasted text.
		ac, bc := idx.segs[a.seg].kind == segContext, idx.segs[b.seg].kind == segContext
		switch {
		case ac && !bc:
			return 1
		case bc && !ac:
			return -1
		}
		at, bt := idx.segs[a.seg].field == "text", idx.segs[b.seg].field == "text"
		switch {
		case at && !bt:
			return 1
		case bt && !at:
			return -1
		}
		return 0
	})
	var romance lazyRomance // whether the line is in French, Spanish, Italian or Portuguese
	var own tokSet          // the line words some cluster finds in their own work
	for k := range clusters {
		if c := &clusters[k]; idx.segs[c.seg].kind != segContext {
			for i := c.first; i <= c.last; i++ {
				if c.matched.has(i) {
					own.add(i)
				}
			}
		}
	}
	for _, c := range clusters {
		if c.score < specificScore {
			continue
		}
		overlaps := func(k cluster) bool { return c.first <= k.last && k.first <= c.last }
		if slices.ContainsFunc(res.kept, overlaps) || slices.ContainsFunc(res.context, overlaps) {
			continue
		}
		if idx.segs[c.seg].teamAward() && teamCredited(toks, c.first) && !overclaims(line, idx.segs[c.seg].src) {
			// "Your team being highly commended for Team of the Year":
			// their team's award, said to be their team's.
			res.kept = append(res.kept, c)
			continue
		}
		if idx.segs[c.seg].kind == segContext {
			if recruitersOnly(toks, &c) || grammarOnly(toks, &c) {
				// "any group FD would notice", "the UK": the
				// recruiter's words, or a country, credit nothing.
				continue
			}
			if !namesSomething(toks, &c) && (c.weighted-greetingWords(toks, &c)-joinedParts(toks, &c) < 2 || romance.get(toks)) {
				// One everyday word, or everyday words of a line in
				// French or Spanish, which the English word lists cannot
				// weigh ("un trabajo precioso", "justo" for "just"), say
				// nothing of whose work it is.
				continue
			}
			// Someone else's work, unless every word of it is on the
			// candidate's own part of the page too ("the Rotterdam
			// cross-dock" they run, beside their team's award for it), or
			// its own name or deal told in someone else's words: "the
			// data room on the Orla Foods deal, single-handedly" is what
			// they wrote of a trainee.
			if commentTopic(toks, idx, &c, clusters) {
				// "Your comment about trialling InSAR ... on Hinze": the
				// post they answered is what their own reply is about.
				continue
			}
			if idx.othersOnly(toks, &c) || idx.borrowed(toks, &c, own) || borrowedDeed(toks, &idx.segs[c.seg], &c, own) {
				res.context = append(res.context, c)
			}
			continue
		}
		if tenureSentence(&idx.segs[c.seg], int(c.minPos), int(c.maxPos)) || idx.tenureOnly(toks, &c) {
			// "15 years in indirect procurement.": their tenure, which the
			// dates say and a mail merge fills in.
			if !slices.Contains(res.mm, "tenure") {
				res.mm = append(res.mm, "tenure")
			}
			continue
		}
		if onlyYears(toks, &c, &idx.segs[c.seg]) {
			// "Winning Hotel of the Year 2022" where 2022 is on the profile
			// only as the date of something else: a date says nothing of
			// what they did.
			if !slices.Contains(res.mm, "dates") {
				res.mm = append(res.mm, "dates")
			}
			continue
		}
		res.kept = append(res.kept, c)
	}
	slices.SortFunc(res.kept, func(a, b cluster) int { return a.first - b.first })
	if len(res.kept) > 0 && !anyOf(res.kept, func(c *cluster) bool {
		return idx.segs[c.seg].entry < 0 || idx.segs[c.seg].entry/10000 != listCertification
	}) && (slices.Contains(res.mm, "current company") || !slices.Contains(res.mm, "degree") && !slices.Contains(res.mm, "school") &&
		(slices.Contains(res.mm, "current title") || slices.Contains(res.mm, "location") || credentials(idx, toks) >= 3)) {
		// "As Group Treasurer at Qamar and a CFA charterholder in Dubai",
		// "As a CIPP-certified payroll head in Nairobi": their post or
		// place and a credential, as a mail merge fills them in;
		// "Your 18th Edition, 2391 and ECS Gold Card", and nothing
		// else: a list of their credentials, as a mail merge lists them
		// (two are a mix the recruiter chose: "your LEED AP plus an OAA
		// licence").
		res.kept = res.kept[:0]
		if !slices.Contains(res.mm, "qualifications") {
			res.mm = append(res.mm, "qualifications")
		}
	}
	others := anyOf(clusters, func(c *cluster) bool { return idx.segs[c.seg].kind == segContext })
	for i := 0; others && i < len(res.kept); i++ {
		if res.kept[i].forced {
			continue // a quoted title found whole
		}
		if k := idx.borrowedDetail(toks, &res.kept[i], clusters, own); k != nil {
			res.context = append(res.context, *k)
			res.kept = slices.Delete(res.kept, i, i+1)
			i--
		}
	}
	for _, c := range res.kept {
		if c.forced {
			continue
		}
		if s := intruder(line, toks, idx, &c, lists); s != "" {
			res.intruders = append(res.intruders, s)
		}
	}
	for _, c := range res.kept {
		seg := &idx.segs[c.seg]
		fs, fe := seg.toks[c.minPos].start, seg.toks[c.maxPos].end
		res.refs = append(res.refs, Reference{
			Field: seg.field, Text: seg.src[fs:fe], FieldStart: fs, FieldEnd: fe,
			LineStart: toks[c.first].start, LineEnd: toks[c.last].end,
		})
	}
	if len(res.refs) == 0 {
		seen := map[string]bool{}
		for _, c := range clusters {
			weakSpans = append(weakSpans, [2]int{c.first, c.last})
		}
		for _, c := range weakSpans {
			for i := c[0]; i <= c[1] && len(res.weak) < 3; i++ {
				w := line[toks[i].start:toks[i].end]
				if toks[i].weight > 0 && !toks[i].covered && !seen[toks[i].key] {
					seen[toks[i].key] = true
					res.weak = append(res.weak, w)
				}
			}
		}
	}
	return res
}

// addSchool records the school a line word names.
func (r *matchResult) addSchool(seg *segment, pos int32, t *lineTok) {
	if seg.label != "school" || slices.Contains(r.schools, seg.entry) {
		return
	}
	if t.weight < weightRare && !t.capital && !t.acronym {
		return // "a law degree" does not name the University of Law
	}
	r.schools = append(r.schools, seg.entry)
	ft := seg.toks[pos]
	r.schoolRefs = append(r.schoolRefs, Reference{Field: seg.field, Text: seg.src[ft.start:ft.end],
		FieldStart: ft.start, FieldEnd: ft.end, LineStart: t.start, LineEnd: t.end})
}

// inQuotedTitle reports whether the line's word k is in a quoted title
// found whole on the profile, whose words, figures too, are the title's.
func (r *matchResult) inQuotedTitle(k int) bool { return k < 256 && r.titled.has(k) }
