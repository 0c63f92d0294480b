package personalize

import "fmt"

// measureProblems returns a sentence for each figure of the line whose
// clause speaks of a measure that the profile gives in another sentence
// than the figure's: "Growing regular donors 35%" where "up 35% on 2022"
// is said of the money raised and the donors' sentence gives "from 4,000
// to 11,500". A figure whose sentence shares a word with the line's
// clause is the profile's figure for that clause.
func measureProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	var keys, all [8]string
	for k := range toks {
		t := &toks[k]
		if !t.number || t.decade || t.scope || t.stock || t.ignored || !isNumeric(t.key) || isYear(t.key) || t.key == "1" {
			continue
		}
		if t.wordNum || t.punctBefore == "-" || isLabel(func(q int) *token { return &toks[q].token }, k) {
			continue // "three years", "BWB-014", "Ward 7"
		}
		occs := idx.post[t.key]
		if len(occs) == 0 {
			continue
		}
		// The clause of the figure: its words of content.
		lo, hi := k, k
		for lo > 0 && !toks[lo].sentStart && !breaksAt(&toks[lo].token) && !clauseStops[toks[lo-1].lower] {
			lo--
		}
		for hi+1 < len(toks) && !toks[hi+1].sentStart && !breaksAt(&toks[hi+1].token) && !clauseStops[toks[hi+1].lower] {
			hi++
		}
		// keys: the words that find the measure's sentence (no names);
		// all: those a sentence of the figure may share, with a first
		// word in capitals ("Training 12 people" for "Trained 12 nurses").
		n, m := 0, 0
		for q := lo; q <= hi && m < len(all); q++ {
			w := &toks[q]
			if q != k && w.acronym && !w.number && m < len(all) {
				// "CAC", "NPS": the measure's own name, which the
				// figure's sentence shares when it is its figure.
				all[m] = w.key
				m++
				continue
			}
			if q == k || w.fn || w.number || w.acronym || !content(&w.token) || isScale(w.key) || w.key == "pct" || unitClass(w.key, w.lower) != "" {
				continue
			}
			if !w.capital || w.sentStart {
				all[m] = w.key
				m++
			}
			if !w.capital && n < len(keys) {
				keys[n] = w.key
				n++
			}
		}
		if n < 2 {
			continue
		}
		shared, own := false, false
		for _, o := range occs {
			seg := &idx.segs[o.seg]
			if seg.kind != segSpecific || seg.toks[o.pos].key != t.key {
				continue
			}
			own = true
			a, b := sentenceOf(seg, int(o.pos), int(o.pos))
			if sentenceHas(seg, a, b, all[:m]) {
				shared = true
				break
			}
		}
		if !own || shared {
			continue
		}
		seg, from, to := idx.sentenceWith(keys[:n])
		if seg == nil {
			continue
		}
		said := seg.src[seg.toks[from].start:seg.toks[to-1].end]
		unit := k+1 <= hi && (toks[k+1].key == "pct" || isScale(toks[k+1].key) || unitClass(toks[k+1].key, toks[k+1].lower) != "")
		fig := figureSpan(line, t.start, t.end, t.punctBefore, unit, func() int { return toks[k+1].end })
		end := toks[min(hi, k+3)].end
		out = append(out, fmt.Sprintf("Says %q, but their profile gives %s for something else, and says %q: give the figure their profile gives.",
			line[toks[max(lo, k-3)].start:end], fig, said))
	}
	return out
}

// sentenceHas reports whether the words seg.toks[a:b] hold one of keys.
func sentenceHas(seg *segment, a, b int, keys []string) bool {
	for p := a; p < b; p++ {
		for _, k := range keys {
			if seg.toks[p].key == k || fuzzyKey(seg.toks[p].key, k) {
				return true
			}
		}
	}
	return false
}
