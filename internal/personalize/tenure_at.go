package personalize

import (
	"fmt"
	"slices"
)

// tenureNouns say how long someone was somewhere: "your time at Google",
// "your years with Arup".
var tenureNouns = wordSet("time years days stint spell tenure career")

// tenureAtProblems returns a sentence for each name the line gives as a
// place the candidate spent time ("your time at Google") when the profile
// has that name, but never as an employer or a school: "Google" only in
// "funded by a Google.org grant".
func (c *claimCheck) tenureAtProblems() []string {
	var out []string
	for i := 2; i < len(c.toks); i++ {
		t := &c.toks[i]
		at, n := c.toks[i-1].lower, i-2
		if at != "at" && at != "with" && at != "in" || !t.capital {
			continue
		}
		if at == "in" && n >= 1 && (c.toks[n].lower == "working" || c.toks[n].lower == "living" || c.toks[n].lower == "based") {
			n-- // "your years working in Dnipro"
		}
		if at == "at" {
			n = c.tenureBefore(n) // "your time working at", "your years in the insurance industry at"
		}
		if !tenureNouns[c.toks[n].lower] || at != "at" && at != "with" && at != "in" || !t.capital || t.fn || t.scope || t.name || t.sentStart || breaksAt(&t.token) || !c.theirTenure(n) {
			continue
		}
		last := i
		for last+1 < len(c.toks) && c.toks[last+1].capital && !c.toks[last+1].fn && !breaksAt(&c.toks[last+1].token) {
			last++
		}
		var keys []string
		for k := i; k <= last; k++ {
			keys = append(keys, c.toks[k].key)
		}
		seen, employer := false, false
		for _, o := range c.idx.post[keys[0]] {
			seg := &c.idx.segs[o.seg]
			if seg.kind == segContext {
				continue
			}
			seen = true
			if at == "in" {
				// A place: where they worked, or any field but a name
				// ("Dnipro Pixel Studio" is no time in Dnipro).
				if seg.label != "current company" && seg.label != "school" && seg.label != "current title" &&
					!awardEntry(seg.entry) && !nameOfThing(seg.toks, int(o.pos)) {
					employer = true
					break
				}
				continue
			}
			if c.employerField(seg) && slices.IndexFunc(keys[1:], func(k string) bool { return !holdsAny(seg.toks, 0, len(seg.toks)-1, []string{k}) }) < 0 {
				employer = true
				break
			}
		}
		switch {
		case !seen || employer:
		case at == "in":
			out = append(out, fmt.Sprintf("Says they spent time in %s, but their profile has it only in a name, not as a place they were.",
				quoteText(c.line[t.start:c.toks[last].end])))
		default:
			out = append(out, fmt.Sprintf("Says they spent time at %s, but their profile names it only elsewhere, not as an employer or school of theirs.",
				quoteText(c.line[t.start:c.toks[last].end])))
		}
		i = last
	}
	return out
}

// tenureBefore returns the tenure noun at or before toks[n] that the
// words up to n go on from, at most five small words back in the same
// stretch of the sentence ("your time working at", "your years in the
// insurance industry at"), or n.
func (c *claimCheck) tenureBefore(n int) int {
	for k := n; k >= 0 && k >= n-5; k-- {
		t := &c.toks[k]
		if tenureNouns[t.lower] {
			return k
		}
		if t.capital || t.number || t.acronym || t.mixedCaps || t.scope || breaksAt(&t.token) {
			break
		}
	}
	return n
}

// nameOfThing reports whether the capitalised words from toks[p] name an
// award or an institution ("Poznań Circular Economy Award", "Bergen
// Maritime Museum"), not a place.
func nameOfThing(toks []token, p int) bool {
	for k := p + 1; k < len(toks) && k <= p+5; k++ {
		t := &toks[k]
		if !t.capital || breaksAt(t) {
			return false
		}
		if _, kind := kindWord(t.lower); kind || awardNouns[t.lower] || orgWords[t.lower] {
			return true
		}
	}
	return false
}

// employerField reports whether seg names a place the candidate worked or
// studied: a position's title or company, a school, the headline.
func (c *claimCheck) employerField(seg *segment) bool {
	switch seg.label {
	case "current company", "current title", "headline", "school":
		return true
	}
	return false
}

// theirTenure reports whether the tenure noun toks[n] is the candidate's:
// "your time", "your five years", not "cycle time" or "three years with
// Northgate Rail" (a contract's length).
func (c *claimCheck) theirTenure(n int) bool {
	p := n - 1
	if p >= 0 && c.toks[p].number {
		if c.toks[p].sentStart {
			return true // "Eight years at Google taught you ..."
		}
		p--
	}
	return p >= 0 && possessives[c.toks[p].lower] && c.toks[p].lower != "my"
}
