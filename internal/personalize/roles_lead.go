package personalize

import (
	"fmt"
	"strings"
)

// Leading what the profile gives them a part of: "Managing the Osaka Bay
// offshore wind project" where their sentence is "Protection relay
// coordination study for the Osaka Bay offshore wind export cable" (the
// work was for the project, not the project), "Heading up design at Moa
// Commerce" where their post there was UX Designer.

// leadRanks are the words of a post that leads: "Head of Design",
// "Project Manager", "Design Lead".
var leadRanks = wordSet("head lead leader director manager chief principal vp president founder cofounder co-founder " +
	"owner partner chair chairman chairwoman chairperson superintendent supervisor captain dean ceo cto cfo coo cio cmo " +
	"md gm pm managing responsible")

// leadsOnProfile are verbs of leading a profile uses of its own work that
// a line says as running it: "Supervised the foam-latex shop".
var leadsOnProfile = wordSet("supervise supervised supervises supervising")

// leadsIn reports whether toks[a:b] hold a verb of leading or a word of a
// post that leads.
func leadsIn(toks []token, a, b int) bool {
	for p := a; p < b && p < len(toks); p++ {
		if toks[p].punctBefore == "-" {
			continue // "a Nigerian-owned hangar"
		}
		if p+1 < len(toks) && toks[p+1].lower == "by" {
			continue // "Bid led by the Director of Regeneration": someone else led
		}
		if l := toks[p].lower; leadVerbs[l] || firstPartVerbs[l] || leadRanks[l] || leadRanks[toks[p].key] || leadsOnProfile[l] {
			return true
		}
	}
	return false
}

// leadClauseVerb returns the verb of leading that starts the line's
// clause before first (at most six words back: "Heading up design at
// ..."), or -1.
func (c *claimCheck) leadClauseVerb(first int) int {
	for k := first - 1; k >= 0 && k >= first-6; k-- {
		t := &c.toks[k]
		if leadVerbs[t.lower] || firstPartVerbs[t.lower] {
			return k
		}
		if breaksAt(&c.toks[k+1].token) || clauseStops[t.lower] || t.sentStart {
			return -1
		}
	}
	return -1
}

// leadForProblems returns a sentence for each reference the line says the
// candidate led when the profile's sentence names it only as what a piece
// of their work was for ("study for the Osaka Bay offshore wind export
// cable"), with no word of leading, and the line does not name that
// piece of work.
func (c *claimCheck) leadForProblems() []string {
	var out []string
	for _, cl := range c.res.kept {
		v := c.leadVerbBefore(cl.first)
		seg := &c.idx.segs[cl.seg]
		if v < 0 || seg.kind != segSpecific || c.sharedBefore(v) {
			continue
		}
		p := int(cl.minPos) - 1
		for p >= 0 && (seg.toks[p].fn || strings.HasSuffix(seg.toks[p].lower, "'s")) && seg.toks[p].lower != "for" && !breaksAt(&seg.toks[p+1]) {
			p-- // "for the council's Levelling Up Fund bid"
		}
		if p < 1 || seg.toks[p].lower != "for" || breaksAt(&seg.toks[p+1]) || breaksAt(&seg.toks[p]) || !isASCII(seg.src[seg.toks[p].start:seg.toks[p].end]) {
			continue // not the Swedish "för" it folds from: "Ansvarar för 11 hektar" is what they are in charge of
		}
		task := &seg.toks[p-1]
		if !content(task) || task.capital && !task.sentStart || strings.HasSuffix(task.lower, "ing") || strings.HasSuffix(task.lower, "ed") || actVerbs[task.lower] {
			// "Acting for lenders", "worked for": whom, not what for.
			continue
		}
		lo, hi := sentenceOf(seg, int(cl.minPos), int(cl.maxPos))
		if leadsIn(seg.toks, lo, hi) || c.saysWord(task.key) {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say the part it gives them.",
			c.line[c.toks[v].start:c.toks[cl.last].end], strings.TrimRight(seg.src[seg.toks[lo].start:seg.toks[cl.maxPos].end], " .;")))
	}
	return out
}

// saysWord reports whether the line has a word of key k.
func (c *claimCheck) saysWord(k string) bool {
	for i := range c.toks {
		if c.toks[i].key == k || fuzzyKey(c.toks[i].key, k) {
			return true
		}
	}
	return false
}

// leadAtProblems returns a sentence for each employer the line says the
// candidate led something at ("Heading up design at Moa Commerce") when
// nothing of their position there leads: not their post, not what they
// did.
func (c *claimCheck) leadAtProblems() []string {
	var out []string
	for _, cl := range c.res.kept {
		seg := &c.idx.segs[cl.seg]
		if seg.kind != segSpecific || seg.entry < 0 || !strings.HasSuffix(seg.label, "company") && !strings.HasSuffix(seg.field, ".company") {
			continue
		}
		if cl.first == 0 || c.toks[cl.first-1].lower != "at" {
			continue
		}
		v := c.leadClauseVerb(cl.first)
		if v < 0 || c.bareThings(v+1, cl.first-2) {
			continue
		}
		title := c.idx.titleOf(seg.entry)
		if title == nil || len(title.toks) == 0 || c.idx.entryLeads(seg.entry) {
			continue // "Chair the finance committee" under "Trustee"
		}
		out = append(out, fmt.Sprintf("Says %q, but their post there was %q: say what they did there.",
			c.line[c.toks[v].start:c.toks[cl.last].end], title.src[title.toks[0].start:title.toks[len(title.toks)-1].end]))
	}
	return out
}

// entryLeads reports whether a field of the entry has a word of leading.
func (x *Index) entryLeads(entry int32) bool {
	for si := range x.segs {
		if s := &x.segs[si]; s.entry == entry && leadsIn(s.toks, 0, len(s.toks)) {
			return true
		}
	}
	return false
}

// titleOf returns the title field of the position entry, or nil.
func (x *Index) titleOf(entry int32) *segment {
	for si := range x.segs {
		s := &x.segs[si]
		if s.entry == entry && (strings.HasSuffix(s.label, "title") || strings.HasSuffix(s.field, ".title")) {
			return s
		}
	}
	return nil
}

// bareThings reports whether the line's words first..last, between a verb
// of leading and "at", are things in the plural with no article or
// possessive before them: "running SMT machines at Flex" operates them,
// where "running the plant" leads it.
func (c *claimCheck) bareThings(first, last int) bool {
	if first > last || last-first > 3 {
		return false
	}
	if t := &c.toks[first]; t.fn || possessives[t.lower] || t.number {
		return false
	}
	w := c.toks[last].lower
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !c.toks[last].capital
}
