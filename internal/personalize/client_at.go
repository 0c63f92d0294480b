package personalize

import "fmt"

// A client is not an employer: "your work at Network Rail" for someone
// whose profile has the Dawlish sea wall done "for Network Rail" while at
// Kier puts them on the payroll of the client. A name after "at" that the
// profile gives only as whom a piece of work was for, and nowhere as an
// employer or anything else, is refused.

// clientWords come before a name that a piece of work was for.
var clientWords = wordSet("for client clients customer customers behalf")

// clientAtProblems returns a sentence for each name the line puts the
// candidate at that the profile has only as a client.
func (c *claimCheck) clientAtProblems() []string {
	var out []string
	toks := c.toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower != "at" || toks[i].scope || toks[i].ignored {
			continue
		}
		first := i + 1
		if toks[first].lower == "the" && first+1 < len(toks) && !breaksAt(&toks[first+1].token) {
			first++
		}
		last := first - 1
		var keys []string
		for k := first; k < len(toks); k++ {
			t := &toks[k]
			if k > first && breaksAt(&t.token) || t.number || !(t.capital || t.acronym) || t.sentStart || t.fn && !t.acronym || t.name || t.scope {
				break
			}
			last = k
			keys = append(keys, t.key)
			if possessiveWord(t.lower) {
				keys = nil // "at Network Rail's Dawlish site": where, not whom for
				break
			}
		}
		if len(keys) == 0 || last+1 < len(toks) && possessiveWord(toks[last+1].lower) {
			continue
		}
		if seg := c.idx.onlyClient(keys); seg != nil {
			said := c.line[toks[first].start:toks[last].end]
			out = append(out, fmt.Sprintf("Puts them at %q, but their profile has %s only as a client, in %s: say whom they worked for.",
				said, said, c.idx.entryName(seg.entry)))
		}
		i = last
	}
	return out
}

// possessiveWord reports whether w ends in an owner's apostrophe.
func possessiveWord(w string) bool {
	n := len(w)
	return n > 2 && (w[n-2:] == "'s" || w[n-1] == '\'') || n > 4 && w[n-4:] == "’s"
}

// onlyClient returns the field where the words keys, in a row, name whom
// a piece of work was for ("for Network Rail"), when the profile names
// them nowhere else, or nil.
func (x *Index) onlyClient(keys []string) *segment {
	var client *segment
	for _, o := range x.post[keys[0]] {
		seg := &x.segs[o.seg]
		p := int(o.pos)
		if p+len(keys) > len(seg.toks) {
			continue
		}
		whole := true
		for k, key := range keys {
			if seg.toks[p+k].key != key {
				whole = false
				break
			}
		}
		if !whole || seg.kind == segVocab {
			continue
		}
		if seg.kind != segSpecific || seg.entry < 0 || p == 0 || !clientWords[seg.toks[p-1].lower] {
			return nil // an employer, a place, a name said otherwise
		}
		client = seg
	}
	return client
}
