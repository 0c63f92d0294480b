package personalize

import (
	"slices"
	"strings"
)

// otherWinner returns the name of whoever the profile says won what the
// line's words keys name, when that is someone else: "Halden Blackwood
// Security won Installer of the Year at the same ceremony", "So proud of
// Jordan Kim on my team for winning the SSH Simulation Innovation
// Award"; else "". The winner is the capitalised name right before the
// word of winning, or the one the sentence is proud of or congratulates
// before "for winning", and is neither the candidate nor a word of what
// was won.
func (c *claimCheck) otherWinner(seg *segment, keys []int) string {
	p := slices.IndexFunc(seg.toks, func(t token) bool { return c.keyIn(keys, t.key) })
	if p < 0 {
		return ""
	}
	lo, _ := sentenceOf(seg, p, p)
	someone := func(t *token) bool {
		return t.capital && !t.sentStart && !t.fn && !c.idx.names[t.key] && !c.keyIn(keys, t.key)
	}
	run := func(end int) string {
		first := end
		for first > lo && someone(&seg.toks[first-1]) && first > end-4 {
			first--
		}
		if first == end || c.lineNames(seg.toks[first:end]) {
			return ""
		}
		return seg.src[seg.toks[first].start:seg.toks[end-1].end]
	}
	for w := lo + 1; w < p; w++ {
		switch seg.toks[w].lower {
		case "won", "wins":
			b := w
			for b > lo && winAdverbs[seg.toks[b-1].lower] {
				b-- // "has just won"
			}
			if who := run(b); who != "" {
				return who
			}
		case "winning":
			if l := seg.toks[w-1].lower; l != "for" && l != "on" {
				continue
			}
			// "proud of Jordan Kim on my team for winning".
			for q := w - 2; q > lo && q >= w-7; q-- {
				if l := seg.toks[q-1].lower; l != "of" && l != "to" {
					continue
				}
				end := q
				for end < w && someone(&seg.toks[end]) {
					end++
				}
				if end > q && !c.lineNames(seg.toks[q:end]) {
					return seg.src[seg.toks[q].start:seg.toks[end-1].end]
				}
			}
		}
	}
	return ""
}

// lineNames reports whether the line names a word of the winner ts too:
// "Seeing Moonlit Strand win the Athasi Stakes" says the horse won.
func (c *claimCheck) lineNames(ts []token) bool {
	return slices.ContainsFunc(ts, func(t token) bool { return c.spanHas(0, len(c.toks)-1, t.key) })
}

// topWords in an award's name make it a win of where it was given.
var topWords = []string{"champion", "1st", "first", "gold"}

// winAdverbs come between a winner and "won": "has just won".
var winAdverbs = wordSet("has have had just also recently")

// prizeAtContest returns the award's own name when the line says they won
// a contest (toks[first..last], "the Dutch Pinball Open tournament") that
// their award entry names only as where it was given ("Best Restored
// Machine, Dutch Pinball Open, 2023"): a prize at a contest is not the
// contest won. It returns "" when the award's name is a win of it.
func (c *claimCheck) prizeAtContest(first, last int, keys []int, seg *segment) string {
	if !awardEntry(seg.entry) || !c.hasContest(first, last) || c.hasAward(first, last) {
		return ""
	}
	text := c.idx.entryText(seg.entry)
	name, _, _ := strings.Cut(text, "\n")
	if n, _, ok := strings.Cut(name, ", "); ok {
		name = n
	}
	if low := " " + strings.ToLower(name) + " "; containsAny(low, winWords) || containsAny(low, topWords) || placeRank(strings.TrimSpace(low)) == 1 {
		return "" // "Champion", "1st place", "1° posto", "Goldmedaille": the win itself
	}
	toks := tokenize(name, nil)
	for _, k := range keys {
		if slicesHasKey(toks, c.toks[k].key) {
			return ""
		}
	}
	return strings.TrimSpace(name)
}
