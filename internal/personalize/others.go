package personalize

import (
	"fmt"
	"strings"
)

// Someone else's work in their own entry: "Worked with Dr Anna Kowal, who
// designed the Kestrel Junction scheme", "Tested the scheme designed by Dr
// Anna Kowal", "My manager designed the scheme". A line that says the
// candidate designed it credits them with another's work, whatever their
// entry shares with it.

// otherPeople are the nouns of a person the candidate works with, whose
// deeds their own entry may tell ("my manager designed ...").
var otherPeople = wordSet("manager boss colleague colleagues supervisor predecessor partner director mentor consultant")

// othersProblems returns a sentence for each reference the line puts
// after a verb of leading or doing when the profile's sentence gives that
// verb to someone else.
func (c *claimCheck) othersProblems() []string {
	var out []string
	for _, cl := range c.res.kept {
		v := c.leadVerbBefore(cl.first)
		if v < 0 {
			v = c.verbBefore(cl.first, doVerbs, flagDoVerb)
		}
		if v < 0 && (c.toks[cl.first].in(flagLeadVerb, leadVerbs) || c.toks[cl.first].in(flagDoVerb, doVerbs)) {
			v = cl.first
		}
		if v < 0 || c.toks[v].scope || len(c.toks[v].key) < 3 {
			continue
		}
		seg := &c.idx.segs[cl.seg]
		if !namesOthers(seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end]) {
			continue // nobody else's deed in the field
		}
		lo, hi := sentenceOf(seg, int(cl.minPos), int(cl.maxPos))
		stem := c.toks[v].key
		if len(stem) > 5 {
			stem = stem[:5]
		}
		for p := lo; p < hi; p++ {
			t := &seg.toks[p]
			if !strings.HasPrefix(t.key, stem) || !strings.HasSuffix(t.lower, "ed") && t.lower != "led" && t.lower != "ran" && t.lower != "built" && t.lower != "drove" && t.lower != "won" {
				continue
			}
			who := c.idx.doerOf(seg, p, lo)
			if who == "" {
				continue
			}
			out = append(out, fmt.Sprintf("Credits them with %q, but their profile says %s did it (%q): name what they did.",
				c.line[c.toks[v].start:c.toks[cl.last].end], who, seg.src[seg.toks[lo].start:seg.toks[hi-1].end]))
			break
		}
	}
	return out
}

// doerOf returns who did the deed of the verb seg.toks[p], when the
// sentence from lo gives it to someone other than the candidate: a name
// after "by" ("designed by Dr Anna Kowal"), the person "who" did it, or
// "my manager"; "" otherwise.
func (x *Index) doerOf(seg *segment, p, lo int) string {
	toks := seg.toks
	if p+2 < len(toks) && toks[p+1].lower == "by" && toks[p+2].capital && !toks[p+2].sentStart {
		q := p + 2
		for q+1 < len(toks) && toks[q+1].capital && !breaksAt(&toks[q+1]) {
			q++
		}
		return seg.src[toks[p+2].start:toks[q].end]
	}
	if p-2 >= lo && toks[p-1].lower == "who" && toks[p-2].capital && !toks[p-2].sentStart && hasByte(toks[p-1].punctBefore, ',') {
		return "someone else" // "Worked with Dr Anna Kowal, who designed ..."
	}
	if p-2 >= lo && (toks[p-2].lower == "my" || toks[p-2].lower == "our") && otherPeople[toks[p-1].lower] {
		return seg.src[toks[p-2].start:toks[p-1].end]
	}
	return ""
}

// namesOthers reports whether a field's text has a word doerOf reads
// someone else's deed by: "by", "who", "my" or "our".
func namesOthers(s string) bool {
	for _, w := range [...]string{" by ", "who ", "my ", "My ", "our ", "Our "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
