package personalize

import (
	"fmt"
	"strings"
)

// asRole checks "as a Detective Inspector", "your time as Master of ...":
// a post the line says the candidate holds or held, named in capitals
// after "as", whose last word is a post (a rank or post word, or a word
// of some title on the page). Every word of it must be in one of their
// titles, their headline or a certification. It returns why not, or "",
// and the last word of the post.
func (c *claimCheck) asRole(i int) (string, int) {
	first := i + 1
	if first < len(c.toks) && (c.toks[first].lower == "a" || c.toks[first].lower == "an") {
		first++
	}
	last := first - 1
	for k := first; k < len(c.toks); k++ {
		t := &c.toks[k]
		if k > first && breaksAt(&t.token) || t.scope || t.name {
			break
		}
		if t.capital && !t.fn || t.acronym || t.mixedCaps {
			last = k
			continue
		}
		if (t.lower == "of" || t.lower == "&") && k+1 < len(c.toks) && c.toks[k+1].capital && !c.toks[k+1].fn {
			continue
		}
		break
	}
	if last < first {
		return c.asPost(i, first)
	}
	head := &c.toks[last]
	isRole := func(t *lineTok) bool {
		return roleWords[t.lower] || roleWords[strings.TrimSuffix(t.lower, "s")] || c.titleWord(t.key)
	}
	if !isRole(head) {
		// "as Professor of Wildlife Management", "as Head of Field
		// Research": the rank comes before "of", the rest is of what.
		ofAt := -1
		for k := first + 1; k < last; k++ {
			if c.toks[k].lower == "of" {
				ofAt = k
				break
			}
		}
		if ofAt < 0 || !roleWords[c.toks[ofAt-1].lower] {
			return "", last
		}
	}
	keys := c.contentKeys(first, last, eventRole)
	if len(keys) == 0 {
		return "", last
	}
	if _, ok := c.bestSegment(keys, eventRole); ok || last == first && c.idx.translatedPost(head.lower) {
		return "", last
	}
	return fmt.Sprintf("Calls them %s, which is not a position, title or qualification on their profile.", quoteText(c.line[c.toks[first].start:head.end])), last
}

// asPost checks a post written in lower case after "as": "as project
// director", "as lead designer on ...": one to three words that end in a
// rank or post word, then the end of the clause, a preposition or a verb.
// Its words must be together in one field of their own: a title, or what
// an entry or their About says they did ("mechanical lead on the FEED").
func (c *claimCheck) asPost(i, first int) (string, int) {
	last := -1
	for k := first; k < len(c.toks) && k < first+3; k++ {
		t := &c.toks[k]
		if k > first && breaksAt(&t.token) || t.fn || t.capital || t.number || t.scope || t.name || t.key == "" {
			break
		}
		if roleWords[t.lower] {
			last = k
		}
	}
	if last < 0 {
		return "", i
	}
	if n := last + 1; n < len(c.toks) && !breaksAt(&c.toks[n].token) && !c.toks[n].fn && !thirdVerbs[c.toks[n].lower] {
		return "", i // "as project managers go", "as lead times fell"
	}
	var keys []int
	for k := first; k <= last; k++ {
		keys = append(keys, k)
	}
	if c.inOneField(keys) || last == first && c.idx.translatedPost(c.toks[last].lower) {
		return "", last // "as treasurer" for their "Penningmeester"
	}
	if _, known := postTranslations[c.toks[last].lower]; !known && c.idx.titlesInOtherLanguage(c.lists) {
		// "as a process engineer" where their posts are "Ingeniera de
		// procesos": not judged; "as secretary" is, its words in other
		// languages being known.
		return "", last
	}
	return fmt.Sprintf("Calls them %s, which is not a position or a role their profile gives them.", quoteText(c.line[c.toks[first].start:c.toks[last].end])), last
}

// inOneField reports whether the words toks[keys] are all in one field of
// the candidate's own.
func (c *claimCheck) inOneField(keys []int) bool {
	counts := map[int32]int{}
	var buf []occ
	for _, k := range keys {
		buf = c.idx.lookup(c.toks[k].key, buf)
		seen := map[int32]bool{}
		for _, o := range buf {
			if seg := &c.idx.segs[o.seg]; !seen[o.seg] && seg.kind != segContext && seg.kind != segName && seg.kind != segVocab {
				seen[o.seg] = true
				counts[o.seg]++
				if counts[o.seg] == len(keys) {
					return true
				}
			}
		}
	}
	return false
}

// titleWord reports whether key is a word of some title on the page: a
// position's, the headline's, or another person's on a pasted page.
func (c *claimCheck) titleWord(key string) bool {
	for _, o := range c.idx.post[key] {
		seg := &c.idx.segs[o.seg]
		if strings.HasSuffix(seg.field, ".title") || seg.label == "current title" || seg.field == "title" || seg.field == "headline" || seg.kind == segContext && seg.toks[o.pos].capital {
			return true
		}
	}
	return false
}

// qualification reports whether the words toks[first..last] name a
// qualification: a word for one, or a word of a certification or a
// degree on the profile.
func (c *claimCheck) qualification(first, last int) bool {
	for k := first; k <= last; k++ {
		t := &c.toks[k]
		if qualWords[t.lower] {
			return true
		}
		if t.fn || t.key == "" || !(t.capital || t.acronym) {
			continue
		}
		for _, o := range c.lookup(k) {
			if e := c.idx.segs[o.seg].entry; e >= 0 && (e/10000 == listCertification || e/10000 == listEducation) {
				return true
			}
		}
	}
	return false
}

// awardEntry reports whether an entry is one of their awards or
// qualifications.
func awardEntry(e int32) bool {
	return e >= 0 && (e/10000 == listHonor || e/10000 == listCertification)
}

// titlesInOtherLanguage reports whether the titles of their positions
// are written in another language: most of their words are no English
// word ("Ingeniera de Procesos", "Odlingsansvarig"). A post the line
// names in English cannot be held to them word for word.
func (x *Index) titlesInOtherLanguage(lists *Lists) bool {
	n, other := 0, 0
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.entry < 0 || seg.entry/10000 != listExperience || !strings.HasSuffix(seg.field, ".title") && seg.label != "current title" { // a pasted page's titles are its text's
			continue
		}
		for p := range seg.toks {
			t := &seg.toks[p]
			if t.fn || t.number || t.acronym || len(t.lower) < 3 {
				continue
			}
			n++
			if lists.tier(t.lower) == 0 {
				other++
			}
		}
	}
	return n > 0 && 2*other > n
}
