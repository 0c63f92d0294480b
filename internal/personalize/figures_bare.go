package personalize

import (
	"fmt"
	"strings"
)

// A figure found alone: "Cutting reward costs by 11.2%" finds only the
// 11.2% of "gender pay gap closed from 11.2% to 3.4%". The figure refers
// to that sentence only when the line says something of what it is of; a
// line whose words around the figure are all elsewhere moves the figure to
// another thing.

// bareFigureProblems returns a sentence for each reference that is a
// figure alone, when none of the line's words around it is in a sentence
// of the profile that gives the figure.
func (c *claimCheck) bareFigureProblems() []string {
	var out []string
	for _, cl := range c.res.kept {
		fig := -1
		for k := cl.first; k <= cl.last; k++ {
			if !cl.matched.has(k) {
				continue
			}
			if !c.toks[k].number || fig >= 0 {
				fig = -2
				break
			}
			fig = k
		}
		if fig < 0 || c.toks[fig].scope || isYear(c.toks[fig].key) || !c.percent(fig) {
			continue
		}
		words := c.figureWords(fig)
		if len(words) == 0 || !c.english() {
			continue
		}
		strong := 0
		for _, k := range words {
			if c.strongWord(k) {
				strong++
			}
		}
		if strong == 0 {
			continue
		}
		// The figures right after it: the whole it may be a share of.
		var whole []string
		for k := fig + 1; k < len(c.toks) && k <= fig+4 && !breakBetween(c.toks, fig, k); k++ {
			if c.toks[k].number && !c.toks[k].decade {
				whole = append(whole, c.toks[k].key)
			}
		}
		var said string
		found := false
		for _, o := range c.idx.post[c.toks[fig].key] {
			seg := &c.idx.segs[o.seg]
			if seg.kind == segVocab {
				continue
			}
			lo, hi := sentenceOf(seg, int(o.pos), int(o.pos))
			if f, n := foreignWords(seg.toks[lo:hi], c.lists); f >= 2 && 2*f >= n {
				// "Réduction des arrêts non planifiés de 35 %": what the
				// figure is of, in another language, cannot be compared.
				found = true
				break
			}
			if said == "" {
				said = strings.TrimSpace(seg.src[seg.toks[lo].start:seg.toks[hi-1].end])
			}
			// A word of substance in its sentence, or any word in its
			// clause ("Cutting reward costs by 11.2% across the group"
			// says nothing of "the group's ... review; gender pay gap
			// closed from 11.2% to 3.4%").
			clo, chi := clauseOf(seg, int(o.pos))
			for _, k := range words {
				// A word right beside the figure in the line says what it
				// is of, however common ("87% of those tested").
				beside := k > fig && k-fig <= 4 && !breakBetween(c.toks, fig, k)
				if (c.strongWord(k) || beside) && hasWordOf(seg.toks[lo:hi], &c.toks[k]) || hasWordOf(seg.toks[clo:chi], &c.toks[k]) {
					found = true
					break
				}
			}
			if !found && len(whole) > 0 {
				// Or the whole it is a share of, a figure in the clauses
				// before a semicolon of its sentence: "77% of the 180
				// rough sleepers" for "housing 180 rough sleepers; 77%
				// still housed".
				found = c.idx.sentenceAround(seg, int(o.pos), whole, true)
			}
			if found {
				break
			}
		}
		if !found && said != "" {
			out = append(out, fmt.Sprintf("Says %s, but their profile gives it for something else (%q): say what the figure is of.",
				c.line[c.toks[fig].start:c.toks[fig].end], said))
		}
	}
	return out
}

// breakBetween reports whether punctuation or a sentence start falls
// between the line's words i and j.
func breakBetween(toks []lineTok, i, j int) bool {
	for k := i + 1; k <= j; k++ {
		if toks[k].sentStart || breaksAt(&toks[k].token) {
			return true
		}
	}
	return false
}

// figureWords are the line's words of substance outside the recruiter's
// part, but the figure at fig: what the line can say the figure is of.
func (c *claimCheck) figureWords(fig int) []int {
	var out []int
	for k := range c.toks {
		if k != fig && c.figureWord(k) {
			out = append(out, k)
		}
	}
	return out
}

// english reports whether the line is in English as far as its words
// tell (englishLine).
func (c *claimCheck) english() bool { return englishLine(c.toks, c.lists) }

// englishLine reports whether a line is in English as far as its words
// tell: no Chinese or Japanese, no German nouns, no French or Spanish, and
// not mostly lower-case words that are no English (Polish, Vietnamese,
// Turkish).
func englishLine(toks []lineTok, lists *Lists) bool {
	for i := range toks {
		if t := &toks[i]; t.cjk || t.nounCase {
			return false
		}
	}
	return !romanceLine(toks) && !foreignLine(toks, lists)
}

func (c *claimCheck) figureWord(k int) bool {
	t := &c.toks[k]
	return !t.fn && !t.number && !t.scope && !t.stock && !t.covered && t.key != "" && t.weight > 0 && c.idx.mailMerge[t.key] == "" && !exemptCaps[strings.ReplaceAll(t.lower, ".", "")] && !isScale(t.key) && unitClass(t.key, t.lower) == "" &&
		!downVerbs[t.lower] && !upVerbs[t.lower] && !changeVerbs[t.lower] && !leadVerbs[t.lower]
}

// percent reports whether the figure at k is a percentage: "11.2%", "35
// per cent".
func (c *claimCheck) percent(k int) bool {
	t := &c.toks[k]
	if t.end < len(c.line) && c.line[t.end] == '%' {
		return true
	}
	return k+1 < len(c.toks) && (c.toks[k+1].lower == "percent" || c.toks[k+1].lower == "per" && k+2 < len(c.toks) && c.toks[k+2].lower == "cent")
}

// strongWord reports whether the line word k is a rarer word or a name.
func (c *claimCheck) strongWord(k int) bool {
	t := &c.toks[k]
	return t.weight >= weightTier2 || t.capital && !t.sentStart
}

// hasWordOf reports whether toks have the word t, in some form.
func hasWordOf(toks []token, t *lineTok) bool {
	for p := range toks {
		if toks[p].key == t.key || fuzzyKey(toks[p].key, t.key) || len(t.lower) >= 4 && strings.HasPrefix(toks[p].lower, t.lower) {
			return true
		}
	}
	return false
}

// foreignWords counts toks' words of three letters or more, and those of
// them that are no English word.
func foreignWords(toks []token, lists *Lists) (foreign, words int) {
	for i := range toks {
		if t := &toks[i]; !t.fn && !t.number && len(t.lower) >= 3 {
			words++
			if lists.tier(t.lower) == 0 {
				foreign++
			}
		}
	}
	return foreign, words
}
