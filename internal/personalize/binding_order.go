package personalize

import (
	"fmt"
	"strconv"
	"strings"
)

// orderProblems returns a sentence for each move between two employers
// the line tells in an order the profile's dates do not: "from A to B",
// "A and then B", "A before B" where their post at B ended before the
// one at A began ("After NIBE and then Thermia, your move to Sweco").
func (c *claimCheck) orderProblems(anchors []anchor) []string {
	var out []string
	for k := 0; k+1 < len(anchors); k++ {
		a, b := anchors[k], anchors[k+1]
		ea, eb := c.onePost(a), c.onePost(b)
		if ea < 0 || eb < 0 || ea == eb {
			continue
		}
		first, then := a, b
		switch c.moveOrder(a, b) {
		case 0:
			continue
		case -1:
			first, then, ea, eb = b, a, eb, ea
		}
		sa, sb := c.idx.spans[ea], c.idx.spans[eb]
		if sb[1] <= sa[0] && sb[0] < sa[0] {
			out = append(out, fmt.Sprintf("Says they went from %s to %s, but their profile has %s (%s) before %s (%s): say it in the order it was.",
				c.text(first), c.text(then), c.text(then), years(sb), c.text(first), years(sa)))
		}
	}
	return out
}

// onePost returns the one dated position anchor a names as its employer,
// or -1.
func (c *claimCheck) onePost(a anchor) int32 {
	if a.place || !a.name && !(a.cl != nil && c.idx.segs[a.cl.seg].employerField()) {
		return -1 // an employer, named or referred to
	}
	post := int32(-1)
	for _, e := range a.entries {
		if e/10000 != listExperience {
			continue
		}
		if _, ok := c.idx.spans[e]; !ok || post >= 0 {
			return -1
		}
		post = e
	}
	return post
}

// moveOrder reports the order the line puts the employers a and b in: 1
// for a then b ("from a to b", "a and then b", "a before b"), -1 for b
// then a ("b after a" read backwards: "at a after b"), 0 for none said.
func (c *claimCheck) moveOrder(a, b anchor) int {
	if b.first-a.last > 4 {
		return 0
	}
	for k := a.last + 1; k < b.first; k++ {
		t := &c.toks[k]
		if t.sentStart || sentenceMarks.in(t.punctBefore) {
			return 0
		}
		switch t.lower {
		case "then", "before":
			return 1
		case "after":
			return -1
		case "to":
			if movedFrom(c.toks, a.first, a.last) {
				return 1
			}
		}
	}
	return 0
}

// years says a span of years: "2012-2018", "2019 on".
func years(sp [2]int) string {
	if sp[1] >= 9999 {
		return strconv.Itoa(sp[0]) + " on"
	}
	if sp[0] == sp[1] {
		return strconv.Itoa(sp[0])
	}
	return strconv.Itoa(sp[0]) + "-" + strconv.Itoa(sp[1])
}

// employerField reports whether seg is the employer of a position.
func (s *segment) employerField() bool {
	return s.label == "current company" || strings.HasSuffix(s.field, ".company")
}
