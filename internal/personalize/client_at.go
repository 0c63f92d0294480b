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

// clientForProblems returns a sentence for each piece of work the line
// says was for a client named in capitals ("your Dawlish sea wall work
// for Highways England") when the profile's sentence of that work names
// another ("... rebuild for Network Rail").
func (c *claimCheck) clientForProblems() []string {
	var out []string
	toks := c.toks
	for _, cl := range c.res.kept {
		// "for" after the reference, a word or two of no weight between.
		f := -1
		for k := cl.last + 1; k < len(toks) && k <= cl.last+3; k++ {
			if breaksAt(&toks[k].token) || toks[k].capital || toks[k].number {
				break
			}
			if toks[k].lower == "for" {
				f = k
				break
			}
		}
		if f < 0 || f+1 >= len(toks) || toks[f].scope {
			continue
		}
		first, last := nameRun(toks, f+1)
		if last < first {
			continue
		}
		seg := &c.idx.segs[cl.seg]
		if l := seg.entry / 10000; seg.kind != segSpecific || seg.entry < 0 || l != listExperience && l != listProject || c.hasAward(cl.first, cl.last) {
			continue // a prize "for" a piece of work names the work
		}
		// The profile's "for" and name after the reference's words.
		for p := int(cl.maxPos) + 1; p < len(seg.toks) && p <= int(cl.maxPos)+4; p++ {
			if breaksAt(&seg.toks[p]) && p > int(cl.maxPos)+1 {
				break
			}
			if seg.toks[p].lower != "for" || p+1 >= len(seg.toks) || !seg.toks[p+1].capital {
				continue
			}
			q := p + 1
			for q+1 < len(seg.toks) && seg.toks[q+1].capital && !breaksAt(&seg.toks[q+1]) {
				q++
			}
			// Every word of the line's name is in the profile's, or it
			// is a short form ("NR").
			same := first == last && toks[first].acronym
			for k := first; k <= last && !same; k++ {
				if !toks[k].fn && !holdsAny(seg.toks, p+1, q, []string{toks[k].key}) {
					break
				}
				same = k == last
			}
			if !same {
				out = append(out, fmt.Sprintf("Says %q was for %q, but their profile has it for %q: say whom it was for.",
					c.line[toks[cl.first].start:toks[cl.last].end], c.line[toks[first].start:toks[last].end],
					seg.src[seg.toks[p+1].start:seg.toks[q].end]))
			}
			break
		}
	}
	return out
}

// nameRun returns the first and last words of the name in capitals at
// toks[i] (after "the"), last < first when there is none.
func nameRun(toks []lineTok, i int) (first, last int) {
	if toks[i].lower == "the" && i+1 < len(toks) {
		i++
	}
	first, last = i, i-1
	for k := i; k < len(toks); k++ {
		t := &toks[k]
		if k > i && breaksAt(&t.token) || t.number || !(t.capital || t.acronym) || t.sentStart || t.scope {
			break
		}
		last = k
	}
	return first, last
}
