package personalize

import "slices"

// sameName reports whether a cluster is a capitalised name of two or more
// words written the same in the line and the field ("Building Up
// Toronto"): a named thing on the profile, however ordinary its words, as
// long as it is not all mail-merge words.
func sameName(toks []lineTok, idx *Index, lists *Lists, seg *segment, c *cluster) bool {
	n := c.last - c.first + 1
	// An award's name may be the start of the cluster ("Good Design Award
	// for Kumo Pay" against "Good Design Award 2022 (Kumo Pay app)").
	exact := n >= 2 && int(c.maxPos-c.minPos)+1 == n
	if !exact && !seg.achievement {
		return false
	}
	content := 0
	var keys []string
	for i := c.first; i <= c.last; i++ {
		p := int(c.minPos) + i - c.first
		if p >= len(seg.toks) || toks[i].key != seg.toks[p].key {
			if !seg.achievement || i-c.first < 2 {
				return false
			}
			break
		}
		lt, ft := &toks[i], &seg.toks[p]
		if lt.in(flagConnector, connectors) {
			continue
		}
		if !(lt.capital || lt.number) || !(ft.capital || ft.number) || lt.scope {
			return false
		}
		if !lt.fn {
			content++
			keys = append(keys, lt.key)
		}
	}
	if content < 2 {
		return false
	}
	// Nor their school in English where the profile writes it in its own
	// language ("University of Geneva" for "Université de Genève").
	if ok, e := idx.translatedName(toks, c.first, c.last, lists); ok && e >= 0 && e/10000 == listEducation {
		return false
	}
	// Not a mail-merge value: no one mail-merge field holds all its words
	// (a headline may repeat an award).
	for i := range idx.segs {
		s := &idx.segs[i]
		if s.kind != segMailMerge && s.kind != segName || seg.achievement && s.label == "headline" {
			continue
		}
		if !slices.ContainsFunc(keys, func(k string) bool {
			return !anyOf(s.toks, func(t *token) bool { return t.key == k })
		}) {
			return false
		}
	}
	return true
}

// entryName returns clusters with the weak ones that name an achievement
// together, one right after the other in the line, each from a line of
// its own of one entry: "the Who's Who Legal Construction Future Leaders
// listing" for "Future Leaders — Construction" above "Issued by Who's Who
// Legal". Every word of the name the line writes is on the entry, four or
// more, however ordinary each one is.
func entryName(clusters, weak []cluster, toks []lineTok, idx *Index) []cluster {
	for i := range weak {
		a := &weak[i]
		sa := &idx.segs[a.seg]
		if sa.entry < 0 || !sa.achievement || sa.kind != segSpecific {
			continue
		}
		for j := range weak {
			b := &weak[j]
			if b.first <= a.last || b.first-a.last > 2 || b.seg == a.seg || a.fresh+b.fresh == 0 {
				continue // the tests of the clusters alone first
			}
			if sb := &idx.segs[b.seg]; sb.entry != sa.entry || sb.kind != segSpecific {
				continue
			}
			names := 0
			for k := a.first; k <= b.last && names >= 0; k++ {
				t := &toks[k]
				switch {
				case k > a.first && breaksAt(&t.token):
					names = -1
				case t.fn:
				case a.matched.has(k) || b.matched.has(k):
					if t.capital || t.number {
						names++
					} else {
						names = -1
					}
				default:
					names = -1 // a word the entry does not have
				}
			}
			if names >= 4 {
				a.score, b.score = specificScore, specificScore
				clusters = append(clusters, *a, *b)
			}
		}
	}
	return clusters
}
