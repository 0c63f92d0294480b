package personalize

import (
	"fmt"
	"strings"
)

// doneStatus are words that say a thing went through: a patent granted, a
// drug approved, a paper published.
var doneStatus = wordSet("granted approved published accepted issued")

// pendingStatus are the profile's words for a thing still on its way.
var pendingStatus = []string{"filed", "pending", "submitted", "under review", "applied for", "application", "in review", "awaiting"}

// statusProblems returns a sentence for each thing the line says went
// through ("your granted patent") when the profile's sentence of what it
// names says it is still on its way ("patent application filed, pending")
// and never that it went through.
func (c *claimCheck) statusProblems() []string {
	var out []string
	for i := range c.toks {
		t := &c.toks[i]
		if len(t.lower) < 6 || t.scope || !t.in(flagDoneStatus, doneStatus) {
			continue
		}
		cl := c.nearestRef(i)
		if cl == nil {
			continue
		}
		var text strings.Builder
		for s, span := range c.idx.clusterSentence(cl) {
			if span[1] > span[0] {
				text.WriteString(strings.ToLower(s.src[s.toks[span[0]].start:s.toks[span[1]-1].end]))
				text.WriteByte(' ')
			}
		}
		if e := c.idx.segs[cl.seg].entry; e >= 0 && e/10000 != listExperience {
			// A project's or a patent's other fields: "Patent filed 2023".
			text.WriteString(strings.ToLower(c.idx.entryText(e)))
		}
		said := text.String()
		if strings.Contains(said, t.lower) || !containsAny(said, pendingStatus) {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile says it is still on its way (%q): say what it says.", t.lower, strings.TrimSpace(said)))
	}
	return out
}

// nearestRef returns the reference nearest the line's word toks[i], within
// four words, or nil when a reference holds the word itself or none is
// near.
func (c *claimCheck) nearestRef(i int) *cluster {
	near, dist := -1, 5
	for k := range c.res.kept {
		cl := &c.res.kept[k]
		if cl.matched.has(i) {
			return nil
		}
		if d := max(cl.first-i, i-cl.last); d < dist {
			near, dist = k, d
		}
	}
	if near < 0 {
		return nil
	}
	return &c.res.kept[near]
}
