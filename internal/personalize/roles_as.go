package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// A post a line gives the candidate for a piece of work ("taking the school
// to Good as headteacher", "as PI on the TALLWOOD project") is a claim about
// that work: the post must be the one the profile gives them where it says
// the work, the title of its position or its own sentence. A post of
// another position ("as a clinical trial manager" for monitoring done as a
// research associate), or one without the lesser word of the title
// ("headteacher" for a deputy headteacher), inflates their part.

// lesserWords make a post a lesser one than the post without them.
var lesserWords = wordSet("deputy assistant associate vice junior trainee acting sub under apprentice co")

// asPostProblems returns a sentence for each post after "as" that the line
// ties to a piece of work of one of their positions, when that position's
// title and the work's sentence do not give it.
func (c *claimCheck) asPostProblems() []string {
	var out []string
	for i := range c.toks {
		t := &c.toks[i]
		if t.scope || t.stock || t.ignored {
			continue
		}
		first := c.postStart(i)
		if first < 0 {
			continue
		}
		if first < len(c.toks) && (c.toks[first].lower == "a" || c.toks[first].lower == "an") {
			first++
		}
		last := c.postAfter(first)
		if last < 0 || t.lower != "as" && !c.titleWord(c.toks[last].key) && !c.positionTitleWord(c.toks[last].key) {
			// After "you were", only a post the profile names somewhere:
			// "you're MD now" where the profile's title is in German is
			// no post put in the wrong place.
			continue
		}
		// The post's last word is the post ("link governor" is a
		// governor's work).
		post := []int{last}
		for k := first; k < last; k++ {
			// "as a freelance interpreter": a word of a title before the
			// post word is the post's too.
			if t := &c.toks[k]; !t.fn && !t.capital && !t.acronym && !t.number && c.positionTitleWord(t.key) {
				post = append(post, k)
			}
		}
		entry, where, ok := c.workOfPosition(i, first, last, post)
		if ok {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile gives that work under %s. Give the post their profile gives them there.",
			c.line[c.toks[i].start:c.toks[last].end], cmpOr(where, c.idx.entryNames[entry])))
	}
	return out
}

// postStart returns where a post said of them starts after toks[i], or
// -1: after "as" ("as tōji at Kyokusen"), and after "you" and a form of
// "be", with an adverb of time ("you were already tōji at Kyokusen", "you
// have been head of section at ...").
func (c *claimCheck) postStart(i int) int {
	switch c.toks[i].lower {
	case "as":
		return i + 1
	case "you", "you're", "you've":
	default:
		return -1
	}
	k := i + 1
	if c.toks[i].lower == "you" && k < len(c.toks) && (c.toks[k].lower == "have" || c.toks[k].lower == "had") {
		k++
	}
	if k < len(c.toks) && (c.toks[k].lower == "were" || c.toks[k].lower == "are" || c.toks[k].lower == "been") && c.toks[i].lower == "you" ||
		c.toks[i].lower == "you've" && k < len(c.toks) && c.toks[k].lower == "been" {
		k++
	} else if c.toks[i].lower != "you're" {
		return -1
	}
	if k < len(c.toks) && timeAdverbs[c.toks[k].lower] {
		k++
	}
	if k >= len(c.toks) || breaksAt(&c.toks[k].token) {
		return -1
	}
	return k
}

// timeAdverbs come between "you were" and a post: "already", "once".
var timeAdverbs = wordSet("already once still previously formerly briefly then also")

// postAfter returns the last word of the post that starts at toks[first]
// after "as": up to four words, the last a post word ("manager",
// "headteacher" where a title on the page ends so, "PI"), then the end of
// the clause, a small word or a verb; or -1.
func (c *claimCheck) postAfter(first int) int {
	last := -1
	for k := first; k < len(c.toks) && k < first+4; k++ {
		t := &c.toks[k]
		if k > first && breaksAt(&t.token) || t.fn || t.number || t.scope || t.name || t.key == "" {
			break
		}
		if roleWords[t.lower] || roleWords[strings.TrimSuffix(t.lower, "s")] || postAcronyms[t.lower] || c.titleWord(t.key) || c.positionTitleWord(t.key) {
			last = k
		}
	}
	if n := last + 1; last < 0 || n < len(c.toks) && !breaksAt(&c.toks[n].token) && !c.toks[n].fn && !thirdVerbs[c.toks[n].lower] && !pluralVerbs[c.toks[n].lower] {
		return -1 // "as project managers go"
	}
	if w := c.toks[last].lower; len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && roleWords[w[:len(w)-1]] {
		return -1 // "parents as partners": others' posts
	}
	return last
}

// positionTitleWord reports whether key is a word of a position's title.
func (c *claimCheck) positionTitleWord(key string) bool {
	return slices.ContainsFunc(c.idx.post[key], func(o occ) bool {
		s := &c.idx.segs[o.seg]
		return s.entry >= 0 && s.label == "current title"
	})
}

// pluralVerbs end the clause of a plural subject ("your visits as an
// interpreter sound impressive").
var pluralVerbs = wordSet("sound sounds look looks seem seems show shows speak speaks stand stands read reads")

// postAcronyms are posts written as initials.
var postAcronyms = wordSet("pi ci sro")

// workOfPosition finds the references the line ties to the post
// first..last after "as" at toks[i]: before "as" in its clause ("taking
// the school to Good as headteacher"), or after a preposition right after
// the post ("as PI on the TALLWOOD project"). For each one in a position's
// fields, it reports whether the post words post are that position's: in
// its title without a lesser word the line leaves out, in the reference's
// own sentence, or the title of another position whose fields hold the
// reference's words too. With no such reference, it reports true.
func (c *claimCheck) workOfPosition(i, first, last int, post []int) (entry int32, title string, ok bool) {
	lo, hi := i, i
	for lo > 0 && !c.toks[lo].sentStart && !breaksAt(&c.toks[lo].token) && !clauseStops[c.toks[lo-1].lower] {
		lo--
	}
	if n := last + 1; n+1 < len(c.toks) && onWords[c.toks[n].lower] && !breaksAt(&c.toks[n].token) {
		for hi = n + 1; hi < len(c.toks) && !c.toks[hi].sentStart && !breaksAt(&c.toks[hi].token) && !clauseStops[c.toks[hi].lower]; hi++ {
		}
	}
	ok = true
	for _, cl := range c.res.kept {
		if cl.last < lo || cl.first >= hi || cl.first >= first && cl.last <= last {
			continue
		}
		seg := &c.idx.segs[cl.seg]
		if seg.entry < 0 || !strings.HasPrefix(c.idx.entryNames[seg.entry], "their position") {
			continue
		}
		a, b := sentenceOf(seg, int(cl.minPos), int(cl.maxPos))
		if c.postIn(seg, a, b, post) {
			return 0, "", true
		}
		ts := c.titleOf(seg.entry)
		if ts != nil && c.postIn(ts, 0, len(ts.toks), post) && !c.dropsLesser(ts, post) {
			return 0, "", true
		}
		if c.otherPositionHas(seg.entry, cl, post) {
			return 0, "", true // "Board Observer" at the Lumidental the VP's entry names too
		}
		entry, ok = seg.entry, false
		if ts != nil {
			title = "their position as " + closeParen(ts.src[ts.toks[0].start:], ts.toks[len(ts.toks)-1].end-ts.toks[0].start)
		}
	}
	return entry, title, ok
}

// otherPositionHas reports whether a position other than entry has the
// post in its title and the words of the reference cl in its fields.
func (c *claimCheck) otherPositionHas(entry int32, cl cluster, post []int) bool {
	for si := range c.idx.segs {
		ts := &c.idx.segs[si]
		if ts.entry < 0 || ts.entry == entry || ts.label != "current title" || !c.postIn(ts, 0, len(ts.toks), post) || c.dropsLesser(ts, post) {
			continue
		}
		all := true
		for k := cl.first; k <= cl.last && all; k++ {
			if t := &c.toks[k]; content(&t.token) {
				all = c.entryHas(ts.entry, t.key)
			}
		}
		if all {
			return true
		}
	}
	return false
}

// entryHas reports whether a field of the entry has the key.
func (c *claimCheck) entryHas(entry int32, key string) bool {
	for _, o := range c.idx.post[key] {
		if c.idx.segs[o.seg].entry == entry {
			return true
		}
	}
	return false
}

// titleOf is the title field of the position entry, or nil.
func (c *claimCheck) titleOf(entry int32) *segment {
	for si := range c.idx.segs {
		seg := &c.idx.segs[si]
		if seg.entry == entry && len(seg.toks) > 0 && seg.label == "current title" {
			return seg
		}
	}
	return nil
}

// postIn reports whether every word of the post is in seg's words a..b,
// and not as another's post ("PI: Prof. Mark Ubbink") or a shared one
// ("Co-investigator").
func (c *claimCheck) postIn(seg *segment, a, b int, post []int) bool {
	return !slices.ContainsFunc(post, func(k int) bool {
		key := c.toks[k].key
		for p := a; p < b; p++ {
			s := &seg.toks[p]
			if s.key != key && !fuzzyKey(s.key, key) {
				continue
			}
			if p+1 < len(seg.toks) && hasByte(seg.toks[p+1].punctBefore, ':') {
				continue // "PI: Prof. Mark Ubbink"
			}
			if p > 0 && seg.toks[p-1].lower == "co" && s.punctBefore == "-" {
				continue
			}
			return false
		}
		return true
	})
}

// dropsLesser reports whether the title has a lesser word right before a
// word of the post that the line does not say: "Deputy Headteacher" for
// "as headteacher".
func (c *claimCheck) dropsLesser(title *segment, post []int) bool {
	for p := 1; p < len(title.toks); p++ {
		w := title.toks[p-1].lower
		if !lesserWords[w] || !slices.ContainsFunc(post, func(k int) bool { return c.toks[k].key == title.toks[p].key }) {
			continue
		}
		if !anyOf(c.toks, func(t *lineTok) bool { return t.lower == w }) {
			return true
		}
	}
	return false
}

// closeParen returns s[:end], with the bracket that closes one it opens
// when the bracket comes right after: "蔵人 (Kurabito)", not "蔵人 (Kurabito".
func closeParen(s string, end int) string {
	if strings.Count(s[:end], "(") > strings.Count(s[:end], ")") && end < len(s) && s[end] == ')' {
		end++
	}
	return s[:end]
}
