package personalize

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A part in a piece of work: a line that says the candidate led, ran or
// won what their profile says they supported or assisted on ("Leading
// the £40m Pelham arbitration" for "Supported the partner on the £40m
// Pelham Energy arbitration") inflates it, as "won" does a shortlisting.

// leadVerbs say the candidate had the first part in what follows.
var leadVerbs = wordSet("lead leads leading led head heads heading headed run runs running ran spearhead spearheads " +
	"spearheaded spearheading direct directs directed directing own owns owned owning drive drives drove driving " +
	"secure secures secured securing win wins won winning chair chairs chaired chairing oversee oversaw overseeing " +
	"oversees mastermind masterminded masterminding manage manages managed managing")

// onWords tie a verb's object to what it was on: "execution on X".
var onWords = wordSet("on for of at across")

// doVerbs say the candidate did the whole of what follows, as a verb of
// leading does.
var doVerbs = wordSet("build builds built building deliver delivers delivered delivering create creates created creating " +
	"launch launches launched launching establish established establishing design designed designing")

// supportStems start the words that say the candidate had a lesser part
// ("supported", "assisting", "helped", "contributed"), or kept up
// what was there ("maintain").
var supportStems = []string{"support", "assist", "help", "contribut", "maintain"}

// roleProblems returns a sentence for each reference that the line puts
// after a verb of leading or winning when the profile's sentence puts it
// after a verb of supporting.
func (c *claimCheck) roleProblems() []string {
	var out []string
	for _, cl := range c.res.kept {
		v := c.leadVerbBefore(cl.first)
		if v < 0 && leadVerbs[c.toks[cl.first].lower] {
			// "You led the ... programme" found in "Supported the lead
			// underwriter on the ... programme", "Winning the ...
			// tender" in "... tender (won)": the verb is in the match.
			v = cl.first
		}
		if v < 0 {
			// "Building Norvane's battery optimisation desk" for "supported
			// the build of the battery optimisation desk"; not "Helping
			// launch ...", which says the part.
			if v = c.verbBefore(cl.first, doVerbs, flagDoVerb); v < 0 && c.toks[cl.first].in(flagDoVerb, doVerbs) {
				v = cl.first
			}
			if v > 0 && slices.ContainsFunc(supportStems, func(st string) bool { return strings.HasPrefix(c.toks[v-1].lower, st) }) {
				v = -1
			}
		}
		if v > 0 && c.sharedBefore(v) {
			continue // "Co-leading ...", "Co-leading the cross-dock launch ...": the part the profile gives
		}
		if v < 0 || c.toks[v].scope {
			continue // "our client's Head of CMC": someone else's post
		}
		seg := &c.idx.segs[cl.seg]
		s := supportBefore(seg, int(cl.minPos))
		if s < 0 {
			if said := c.lesserAuthor(cl); said != "" && leadVerbs[c.toks[v].lower] {
				out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say the part it gives them.",
					c.line[c.toks[v].start:c.toks[cl.last].end], said))
			}
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.",
			c.line[c.toks[v].start:c.toks[cl.last].end], seg.src[seg.toks[s].start:seg.toks[cl.maxPos].end]))
	}
	return out
}

// lesserAuthor returns the words of the publication the reference cl
// names that give the candidate a lesser part than its lead: "Third
// author.", "Co-authored with ..."; or "".
func (c *claimCheck) lesserAuthor(cl cluster) string {
	pub := c.idx.segs[cl.seg].entry
	if pub < 0 || pub/10000 != listPublication {
		pub = c.publicationOf(cl)
	}
	if pub < 0 {
		return ""
	}
	for si := range c.idx.segs {
		o := &c.idx.segs[si]
		if o.entry != pub || int32(si) == cl.seg {
			continue
		}
		for p := 1; p < len(o.toks); p++ {
			if n := ordinals[o.toks[p-1].lower]; n >= 2 && strings.HasPrefix(o.toks[p].lower, "author") {
				return o.src[o.toks[p-1].start:o.toks[p].end]
			}
		}
		if said := sharedIn(o, 0, len(o.toks)); said != "" && !strings.Contains(strings.ToLower(said), "first author") {
			return said
		}
	}
	return ""
}

// sharedBefore reports whether the line says a shared part ("Co-leading",
// "part of the team that won", "helping to deliver") at or before its
// verb v, in v's sentence.
func (c *claimCheck) sharedBefore(v int) bool {
	for k := v; k >= 0; k-- {
		if k > 0 && c.toks[k-1].lower == "co" && c.toks[k].punctBefore == "-" && sharedPart("co-"+c.toks[k].lower) {
			return true
		}
		if k < v && (k > 0 && c.toks[k].lower == "of" && (c.toks[k-1].lower == "part" || c.toks[k-1].lower == "member") ||
			slices.ContainsFunc(supportStems, func(st string) bool { return strings.HasPrefix(c.toks[k].lower, st) })) {
			return true
		}
		if c.toks[k].sentStart {
			break
		}
	}
	return false
}

// leadVerbBefore returns the line's verb of leading right before the
// reference starting at first (at most three small words, figures, names
// or owners between: "Leading the £40m ...", "Leading Harlow Finch's
// ..."), or -1.
func (c *claimCheck) leadVerbBefore(first int) int {
	return c.verbBefore(first, leadVerbs, flagLeadVerb)
}

// verbBefore is leadVerbBefore for the verbs of set, whose word flag is
// flag.
func (c *claimCheck) verbBefore(first int, set map[string]bool, flag wordFlags) int {
	object := false // "Leading execution on Penwright Dental's ...": one noun and a preposition
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		t := &c.toks[k]
		if t.in(flag, set) && !(k > 0 && lesserChair(c.toks[k-1].lower, t.lower)) {
			return k
		}
		if !object && k+1 < first && c.toks[k+1].in(flagOnWord, onWords) && !t.fn && !t.capital && content(&t.token) {
			object = true
			continue
		}
		if !t.fn && !t.number && !t.capital && !strings.HasSuffix(t.lower, "'s") && !durationUnits[t.lower] && !isScale(t.key) || breaksAt(&c.toks[k+1].token) {
			return -1 // "Winning the five-year Souqly ... tender" goes on
		}
	}
	return -1
}

// supportBefore returns the profile word of supporting that governs the
// field's words from pos: the nearest verb before them in their sentence
// (at most sixteen words back), when it is one of supporting, or "member
// of" or "part of", or -1.
func supportBefore(seg *segment, pos int) int {
	if pos >= 1 && pos < len(seg.toks) && seg.toks[pos-1].lower == "co" && seg.toks[pos].punctBefore == "-" && sharedPart("co-"+seg.toks[pos].lower) {
		return pos - 1 // the reference starts at the "led" of "Co-led"
	}
	if pos < len(seg.toks) && (seg.toks[pos].sentStart || strings.ContainsAny(seg.toks[pos].punctBefore, ".;!?")) {
		return -1 // "... across the campus. Led the 2014 replacement": its sentence starts with it
	}
	for k := pos - 1; k >= 0 && k >= pos-16; k-- {
		t := &seg.toks[k]
		if secondChair(seg.toks, k) {
			return k - 1 // "Second chair in the Pelham arbitration"
		}
		if leadRanks[t.lower] || leadVerbs[t.lower] {
			// "Deputy incident director for the ... response"
			for p := k - 1; p >= 0 && p >= k-2 && !seg.toks[p].fn; p-- {
				if underLead(seg.toks[p].lower) {
					return p
				}
			}
		}
		if leadVerbs[t.lower] && !titleWord(t) && !(k > 0 && determiners[seg.toks[k-1].lower]) {
			// A verb of leading; "the lead underwriter", "the head of
			// reward" are whom they supported.
			return -1
		}
		if t.lower == "of" && k > 0 && (seg.toks[k-1].lower == "member" || seg.toks[k-1].lower == "part") {
			return k - 1 // "Member of the ... working group", "part of the team that ..."
		}
		for _, st := range supportStems {
			if strings.HasPrefix(t.lower, st) && supportVerb(seg, k) {
				return k
			}
		}
		if sharedPart(t.lower) {
			return k // "Co-led execution on ...", "Co-investigator on a trial of ..."
		}
		if k > 0 && seg.toks[k-1].lower == "co" && t.punctBefore == "-" && sharedPart("co-"+t.lower) {
			return k - 1 // the same, written in two words
		}
		if t.sentStart || strings.ContainsAny(seg.toks[k].punctBefore, ".;!?") {
			return -1
		}
	}
	return -1
}

// supportVerb reports whether the word of supporting at k is a verb: a
// past or a gerund ("supported", "assisting"), or a present that starts
// its sentence or follows "I" or "we" ("Support the partner on ..."),
// not a noun ("healthcare support workers").
func supportVerb(seg *segment, k int) bool {
	w := seg.toks[k].lower
	switch {
	case strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"):
		return true
	case seg.toks[k].sentStart:
		return true
	case k > 0 && (seg.toks[k-1].lower == "i" || seg.toks[k-1].lower == "we"):
		return true
	}
	return false
}

// yearProblems returns a sentence for each year the line gives inside a
// reference or right after it ("Cutting agency spend by £2.1m in 2021")
// when the profile's sentence it refers to gives other years and not that
// one ("Cut agency spend by £2.1m in 2023").
func (c *claimCheck) yearProblems() []string {
	if !anyOf(c.toks, func(t *lineTok) bool { return t.number && !t.wordNum && isYear(t.key) }) {
		return nil // most lines give no year
	}
	var out []string
	for _, cl := range c.res.kept {
		seg := &c.idx.segs[cl.seg]
		// From a year just before it ("the 2013-built Supramax Agia
		// Irini") to one just after it.
		from := cl.first
		for from > 0 && from > cl.first-3 && !breaksAt(&c.toks[from].token) && !c.toks[from-1].scope {
			from--
		}
		// An award's year before the words of a prize and whom it is
		// from: "Your 2019 thesis prize from the Registre des
		// Ostéopathes de France".
		for awardEntry(seg.entry) && from > 0 && from > cl.first-7 && !breaksAt(&c.toks[from].token) && !c.toks[from-1].scope {
			t, next := &c.toks[from-1], &c.toks[from]
			if !awardWord(t) && !(t.number && isYear(t.key) && awardWord(next)) {
				break // "2009 and now a coach": another clause
			}
			from--
		}
		// Past the words after it that its sentence has too: "the Kenvue
		// carve-out in 2022" where only "Kenvue" made the cluster.
		last, end := cl.last, cl.last+3
		for j := cl.last + 1; j < len(c.toks) && j <= cl.last+6 && !breaksAt(&c.toks[j].token); j++ {
			if t := &c.toks[j]; t.fn || t.key == "" || exemptCaps[t.lower] {
				continue // "in March 2022", "in Q3 2022"
			} else if t.number {
				end = max(end, j)
				break
			} else if !c.idx.sentenceHas(&cl, t.key) {
				break
			}
			last = j
		}
		end = max(end, last+3)
		for q := last + 1; q <= end && q < len(c.toks) && end < last+6; q++ {
			if monthWord(c.toks[q].lower) {
				end++ // "... franchise in October 2018": the month is no word of what
			}
		}
		if awardEntry(seg.entry) {
			// "the Golden Leaf Award you picked up in 2019": to the end
			// of the clause, up to another name.
			for q := last + 1; q < len(c.toks) && !breaksAt(&c.toks[q].token) && !c.toks[q].sentStart; q++ {
				if t := &c.toks[q]; t.number {
					end = max(end, q)
					break
				} else if !t.fn && !awardNouns[t.lower] && !receiveWords[t.lower] && eventWords[t.lower] != eventWin && !c.idx.inEntry(t.key, seg.entry) {
					break // "the unit that you launched in 2021": another thing's year
				}
			}
		}
		j := last + 1
		for j < len(c.toks) && j < last+3 && c.toks[j].fn && !postLinks[c.toks[j].lower] && !breaksAt(&c.toks[j].token) {
			j++ // "out" of "carve-out at J&J"
		}
		if j+1 < len(c.toks) && postLinks[c.toks[j].lower] {
			end += j - last - 1
			// "the churn model at Moravia Insurance in 2020": past the
			// employer named after it.
			for j++; j < len(c.toks) && c.toks[j].capital && !breaksAt(&c.toks[j].token); j++ {
				end++
			}
		}
		end = c.clauseYear(&cl, end)
		for k := from; k < len(c.toks) && k <= end; k++ {
			t := &c.toks[k]
			if k > cl.last && breaksAt(&t.token) {
				break
			}
			if !t.number || t.wordNum || !isYear(t.key) || strings.ContainsAny(t.lower, ",.") || cl.matched.has(k) || t.scope || t.decade {
				continue // "2,000 responses" is no year; "the 1950s" ten years, which decadeOffProfile judges
			}
			if k < cl.first && k > 0 && c.toks[k-1].lower == "in" && k+1 < cl.first && yearLinks[c.toks[k+1].lower] && c.keptEndsNear(k-1) {
				continue // "shortlisted for the Prize in 2023 with The City of Silence": the year is the shortlist's
			}
			if k < cl.first && (anyOf(c.toks[k+1:cl.first], func(t *lineTok) bool { return yearLinks[t.lower] || t.lower == "after" }) ||
				c.toks[k+1].lower == "on" || c.toks[k+1].lower == "about") {
				// "the SEFH prize in 2022 for the robotic unit", "a QCVSA
				// in 2013 after 310 missions", "a poster at the IAFP
				// meeting in 2020 on tablet-based checks": the year is of
				// the name before it.
				if msg := c.nameYearOff(k, max(0, k-5), k-1); msg != "" {
					out = append(out, msg)
				}
				continue
			}
			if k > cl.last && k+1 < len(c.toks) && c.toks[k+1].capital && !c.toks[k+1].sentStart && !breaksAt(&c.toks[k+1].token) && !cl.matched.has(k+1) {
				// "lead physio on the 2023 Japan tour": the year of the
				// name after it.
				if msg := c.nameYearOff(k, k+1, min(len(c.toks)-1, k+5)); msg != "" {
					out = append(out, msg)
				}
				continue
			}
			if pub := seg.entry >= 0 && seg.entry/10000 == listPublication; awardEntry(seg.entry) || pub {
				// An award's year may be on a line of its own, under its
				// issuer ("British Equine Veterinary Association · Sep
				// 2023"), and a paper's in a field of its own: the whole
				// entry says when.
				text := strings.TrimSpace(c.idx.entryText(seg.entry))
				years := yearsIn(text)
				if sp, ok := c.idx.spans[seg.entry]; ok && pub {
					years = append(years, strconv.Itoa(sp[1]))
					text += " (" + strconv.Itoa(sp[1]) + ")"
				}
				if len(years) > 0 && !slices.Contains(years, t.key) && !c.otherEntryYear(&cl, t.key) {
					out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.",
						c.line[c.toks[min(k, cl.first)].start:c.toks[max(k, cl.last)].end], text))
				}
				continue
			}
			// The years of the sentence, in the segments of it before
			// and after too ("... (Part 26A), sanctioned in 2023").
			other, said := -1, ""
			for s, span := range c.idx.clusterSentence(&cl) {
				for p := span[0]; p < span[1] && said != "-"; p++ {
					if pt := &s.toks[p]; pt.number && isYear(pt.key) {
						if pt.key == t.key {
							said = "-"
						} else if other < 0 || s == seg {
							other = p
							said = s.src[s.toks[span[0]].start:s.toks[p].end]
						}
					}
				}
				if said == "-" {
					break
				}
			}
			if other < 0 && said == "" {
				said = c.nameYearElsewhere(&cl, t.key)
			}
			if said != "" && said != "-" && !c.otherEntryYear(&cl, t.key) {
				out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.",
					c.line[c.toks[min(k, cl.first)].start:c.toks[max(k, cl.last)].end], said))
			}
		}
	}
	return out
}

// keptEndsNear reports whether a reference of the line ends right
// before its word k (at most two words before it), or takes in the word
// after k (the year of "in 2023").
func (c *claimCheck) keptEndsNear(k int) bool {
	return anyOf(c.res.kept, func(o *cluster) bool { return o.first < k && o.last >= k-3 && o.last <= k+1 })
}

// yearLinks after "in" and a year tie what follows to what came before
// the year: "the prize in 2023 with The City of Silence".
var yearLinks = wordSet("with for at alongside by")

// sentenceOf returns the bounds [lo, hi) of the sentence of seg that holds
// the words from first to last.
func sentenceOf(seg *segment, first, last int) (lo, hi int) {
	lo = first
	for lo > 0 && !seg.toks[lo].sentStart {
		lo--
	}
	hi = last + 1
	for hi < len(seg.toks) && !seg.toks[hi].sentStart {
		hi++
	}
	return lo, hi
}

// lesserRanks make the post after them a lesser one: "Deputy SIO",
// "Assistant Producer", "Vice President", "Acting Head".
var lesserRanks = wordSet("deputy assistant associate junior vice acting interim trainee apprentice sub co under")

// underLead reports whether w before a post that leads makes it a post
// under the lead: "deputy director", "assistant manager", "vice chair"
// (an acting or interim head leads).
func underLead(w string) bool { return w == "deputy" || w == "assistant" || w == "vice" }

// rankProblems returns a sentence for each reference to a post that
// leaves out the lesser rank the profile gives it: "Being SIO on
// Operation Tern" where the profile says "Deputy SIO on Operation Tern",
// "a Producer at Raw TV" where it says "Assistant Producer".
func (c *claimCheck) rankProblems() []string {
	var out []string
	for _, cl := range c.res.kept {
		seg := &c.idx.segs[cl.seg]
		p := int(cl.minPos)
		if p == 0 || awardEntry(seg.entry) {
			continue // "Apprentice Mentor of the Year" names an award, not a post
		}
		rank, head := &seg.toks[p-1], &seg.toks[p]
		coPost := rank.lower == "co" && head.punctBefore == "-" // "Co-investigator", "co-director"
		if !lesserRanks[rank.lower] || !rank.capital && !coPost || !(head.capital || head.acronym || coPost) || strings.ContainsAny(head.punctBefore, ",;:.!?()") {
			continue
		}
		// The line says the rank itself, or another before the post.
		if k := cl.first - 1; k >= 0 && (lesserRanks[c.toks[k].lower] || c.toks[k].key == rank.key) {
			continue
		}
		if k := cl.first - 1; coPost && (k < 0 || !leadRanks[c.toks[k].lower] && c.toks[k].lower != "sole") {
			continue // "an investigator on ..." says no more than "Co-investigator"; "principal investigator" does
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.",
			c.line[c.toks[cl.first].start:c.toks[cl.last].end], seg.src[rank.start:seg.toks[cl.maxPos].end]))
	}
	return out
}

// titleWord reports whether a word of leading is no verb: part of a
// post's name in capitals ("the Head of Midwifery"), or of a compound
// ("a Nigerian-owned hangar", "a nurse-led clinic").
func titleWord(t *token) bool { return t.capital && !t.sentStart || t.punctBefore == "-" }

// sharedPart reports whether w is a part shared with others: "co-led",
// "co-authored", "co-investigator" (not "co-ordinated", "co-operative").
func sharedPart(w string) bool {
	return strings.HasPrefix(w, "co-") && !strings.HasPrefix(w, "co-ordinat") && !strings.HasPrefix(w, "co-operat") && len(w) > 5
}

// soleWords say the candidate did something alone.
var soleWords = wordSet("sole solo single-handedly singlehandedly single-handed singlehanded solely alone yourself")

// possessives before "own": "on your own".
var possessives = wordSet("your their his her my")

// possessiveBits filters the words of possessives.
var possessiveBits = bitsOfKeys(possessives)

// soleProblems returns a sentence for each reference the line says the
// candidate did alone ("As sole author of the study ...", "... almost
// single-handedly") when the profile's sentence gives the work a shared
// part ("Co-authored a comparative study ...", "Co-wrote ... with Liam
// Tierney").
func (c *claimCheck) soleProblems() []string {
	if !anyOf(c.toks, func(t *lineTok) bool { return t.flags&flagSole != 0 || t.lower == "own" }) {
		return nil
	}
	var out []string
	for _, cl := range c.res.kept {
		sole := -1
		for k := max(0, cl.first-4); k < len(c.toks) && k <= cl.last+4; k++ {
			t := &c.toks[k]
			// "In 2023 alone", "Utrecht alone": only that, not by
			// themselves.
			only := t.lower == "alone" && k > 0 && (c.toks[k-1].number || c.toks[k-1].capital)
			if soleWords[t.lower] && !t.scope && !only || t.lower == "own" && k >= 2 && c.toks[k-2].lower == "on" && possessives[c.toks[k-1].lower] {
				sole = k // "on your own"
				break
			}
		}
		if sole < 0 {
			continue
		}
		seg := &c.idx.segs[cl.seg]
		lo, hi := sentenceOf(seg, int(cl.minPos), int(cl.maxPos))
		if said := sharedIn(seg, lo, hi); said != "" || teamIn(seg, lo, hi) {
			if said == "" {
				said = seg.src[seg.toks[lo].start:seg.toks[hi-1].end]
			}
			from, to := min(sole, cl.first), max(sole, cl.last)
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say the part it gives them.",
				c.line[c.toks[from].start:c.toks[to].end], said))
			continue
		}
		// A publication's authors are under its title ("First author,
		// with C. Lowther, P. Nagy ..."), wherever the line found it (a
		// featured post of it, too).
		pub := seg.entry
		if pub < 0 || pub/10000 != listPublication {
			pub = c.publicationOf(cl)
		}
		if pub < 0 {
			continue
		}
		for si := range c.idx.segs {
			if o := &c.idx.segs[si]; int32(si) != cl.seg && o.entry == pub {
				if said := sharedIn(o, 0, len(o.toks)); said != "" {
					from, to := min(sole, cl.first), max(sole, cl.last)
					out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say the part it gives them.",
						c.line[c.toks[from].start:c.toks[to].end], said))
					break
				}
			}
		}
	}
	return out
}

// publicationOf returns the entry of a publication one of whose fields
// has every word the reference cl matched, or -1.
func (c *claimCheck) publicationOf(cl cluster) int32 {
	for si := range c.idx.segs {
		o := &c.idx.segs[si]
		if o.entry < 0 || o.entry/10000 != listPublication {
			continue
		}
		all := true
		for k := cl.first; k <= cl.last && all; k++ {
			if cl.matched.has(k) {
				all = holdsAny(o.toks, 0, len(o.toks)-1, []string{c.toks[k].key})
			}
		}
		if all {
			return o.entry
		}
	}
	return -1
}

// sharedIn returns the words lo..hi of seg when they give a shared part
// ("Co-authored ...", "with Liam Tierney" in a publication or a pasted
// page), or "".
func sharedIn(seg *segment, lo, hi int) string {
	for p := lo; p < hi; p++ {
		w := seg.toks[p].lower
		with := w == "with" && p+1 < len(seg.toks) && seg.toks[p+1].capital && (seg.entry/10000 == listPublication || seg.field == "text")
		if with || sharedPart(w) || p > 0 && seg.toks[p-1].lower == "co" && seg.toks[p].punctBefore == "-" && sharedPart("co-"+w) {
			return seg.src[seg.toks[lo].start:seg.toks[hi-1].end]
		}
	}
	return ""
}

// teamIn reports whether the profile's sentence seg.toks[lo:hi] tells of
// work done by a group: "we", or a team, crew or staff ("Led a team of
// six that rebuilt ...", "We built ...").
func teamIn(seg *segment, lo, hi int) bool {
	for p := lo; p < hi; p++ {
		if w := seg.toks[p].lower; w == "we" || teamNouns[w] || w == "staff" || w == "colleagues" || w == "volunteers" {
			return true
		}
	}
	return false
}

// yearsIn returns the years written in s, as keys.
func yearsIn(s string) []string {
	var out []string
	for i := 0; i+4 <= len(s); i++ {
		if isYear(s[i:i+4]) && (i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			out = append(out, s[i:i+4])
		}
	}
	return out
}

// nameYearOff returns a sentence when the year toks[k] is said of the
// name among toks[from..to] (its capitalised words and initials, in one
// clause with the year) and the parts of the profile that give the whole
// name give years, none of them this one; "" when they agree or give
// none ("the 2023 Bridal Design Awards" where the award says 2022; "the
// 2017 Estonian Presidency of the Council" where a position says 2017 and
// an award for it 2018).
func (c *claimCheck) nameYearOff(k, from, to int) string {
	key := c.toks[k].key
	var names []string
	for j := from; j <= to; j++ {
		t := &c.toks[j]
		if j > k && breaksAt(&t.token) {
			break
		}
		if j < k && breaksAt(&c.toks[j+1].token) {
			names = names[:0]
			continue
		}
		if (t.capital || t.acronym) && !t.fn && !t.number && !t.sentStart {
			names = append(names, t.key)
		}
	}
	if len(names) == 0 {
		return ""
	}
	other := ""
	for _, o := range c.idx.post[names[0]] {
		seg := &c.idx.segs[o.seg]
		if seg.kind == segContext || seg.kind == segVocab {
			continue
		}
		text, has := seg.src, func(n string) bool { return anyOf(seg.toks, func(t *token) bool { return t.key == n }) }
		if awardEntry(seg.entry) {
			text, has = c.idx.entryText(seg.entry), func(n string) bool { return c.idx.inEntry(n, seg.entry) }
		}
		if slices.ContainsFunc(names[1:], func(n string) bool { return !has(n) }) {
			continue // not the whole name
		}
		years := yearsIn(text)
		if slices.Contains(years, key) {
			return ""
		}
		if len(years) > 0 && other == "" {
			other = strings.TrimSpace(text)
		}
	}
	if other == "" {
		return ""
	}
	lo, hi := min(k, max(from, k-3)), max(k, min(to, k+3))
	return fmt.Sprintf("Says %q, but their profile says %q: say what it says.", c.line[c.toks[lo].start:c.toks[hi].end], other)
}
