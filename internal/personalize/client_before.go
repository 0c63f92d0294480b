package personalize

import "fmt"

// clientVerbs name whom the work after them was for: "acting for Orlen in
// its ICC arbitration", "advising PGNiG on force majeure".
var clientVerbs = wordSet("for advising advised representing represented defending defended")

// workLinks join a client to their work: "for Orlen in its arbitration".
var workLinks = wordSet("in on its their the a an with over across")

// clientBeforeProblems returns a sentence for each piece of work the line
// says was for a client named before it ("Acting for Orlen in its USD 400m
// ICC arbitration") when the profile names that client in the same entry
// but only in another sentence, of other work ("Advised Orlen on force
// majeure"): two matters of one position glued together.
func (c *claimCheck) clientBeforeProblems() []string {
	var out []string
	toks := c.toks
	for i := 0; i+2 < len(toks); i++ {
		if !toks[i].in(flagClientVerb, clientVerbs) || toks[i].scope {
			continue // most words: no verb of acting for a client
		}
		n := &toks[i+1]
		if n.lower == "the" {
			n = &toks[i+2]
		}
		if !(n.capital || n.acronym) || n.sentStart {
			continue // a name comes next, or "the" and a name
		}
		first, last := nameRun(toks, i+1)
		if last < first || toks[first].fn {
			continue
		}
		// Up to three small words, then the work.
		k := last + 1
		for k < len(toks) && k <= last+3 && workLinks[toks[k].lower] && !breaksAt(&toks[k].token) {
			k++
		}
		if k == last+1 || k >= len(toks) || breaksAt(&toks[k].token) {
			continue
		}
		var keys []string
		for n := first; n <= last; n++ {
			keys = append(keys, toks[n].key)
		}
		for _, cl := range c.res.kept {
			seg := &c.idx.segs[cl.seg]
			if l := seg.entry / 10000; !cl.matched.has(k) || seg.kind != segSpecific || seg.entry < 0 || l != listExperience && l != listProject || seg.label != "" {
				continue // a description's words, not a name of the entry
			}
			inSentence := false
			for s, span := range c.idx.clusterSentence(&cl) {
				inSentence = inSentence || holdsAll(s.toks, span[0], span[1]-1, keys)
			}
			if inSentence || !c.idx.entryHolds(seg.entry, keys) || c.idx.entryNamed(seg.entry, keys) || c.saidWithClient(seg.entry, i, keys) {
				// Not theirs at all, or in another entry: said elsewhere.
				// Or the entry's employer ("running the Kajaani contract
				// for Destia"), or a client whose sentence the line gives
				// too, the work after it going on with it: "laying the
				// export cables for Nordlys Vest with zero recordable
				// injuries" for "... export cables for the Nordlys Vest
				// wind farm. Zero recordable injuries ...".
				continue
			}
			lo, hi := sentenceOf(seg, int(cl.minPos), int(cl.maxPos))
			name := c.line[toks[first].start:toks[last].end]
			out = append(out, fmt.Sprintf("Says %q was for %q, but their profile has %q, and names %q only for other work: say whom it was for.",
				c.line[toks[k].start:toks[cl.last].end], name, seg.src[seg.toks[lo].start:seg.toks[hi-1].end], name))
			break
		}
	}
	return out
}

// entryHolds reports whether a field of the entry holds every key.
func (x *Index) entryHolds(entry int32, keys []string) bool {
	for _, o := range x.post[keys[0]] {
		if s := &x.segs[o.seg]; s.entry == entry && holdsAll(s.toks, 0, len(s.toks)-1, keys) {
			return true
		}
	}
	return false
}

// entryNamed reports whether a name field of the entry (its employer or
// title) holds every key.
func (x *Index) entryNamed(entry int32, keys []string) bool {
	for _, o := range x.post[keys[0]] {
		if s := &x.segs[o.seg]; s.entry == entry && (s.label == "current company" || s.label == "current title") && holdsAll(s.toks, 0, len(s.toks)-1, keys) {
			return true
		}
	}
	return false
}

// saidWithClient reports whether a content word of the line before its
// word i (the client verb) is in a sentence of the entry that names the
// client (keys): the line says that work of theirs for the client first.
func (c *claimCheck) saidWithClient(entry int32, i int, keys []string) bool {
	for _, o := range c.idx.post[keys[0]] {
		seg := &c.idx.segs[o.seg]
		if seg.entry != entry {
			continue
		}
		lo, hi := sentenceOf(seg, int(o.pos), int(o.pos))
		if !holdsAll(seg.toks, lo, hi-1, keys) {
			continue
		}
		for k := 0; k < i; k++ {
			if t := &c.toks[k]; t.weight > 0 && content(&t.token) && !t.scope && holdsAny(seg.toks, lo, hi-1, []string{t.key}) {
				return true
			}
		}
	}
	return false
}
