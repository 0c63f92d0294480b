package personalize

import "slices"

// nameKinds are the words that make a capitalised run the name of a
// publication, an event or a body.
var nameKinds = wordSet("journal review magazine quarterly bulletin gazette conference congress summit society association " +
	"institute institution academy foundation award awards prize")

// namesKind reports whether the capitalised run toks[i..j] has a word of
// nameKinds and another capitalised word besides.
func namesKind(toks []lineTok, i, j int) bool {
	kind, other := false, false
	for k := i; k <= j; k++ {
		switch {
		case nameKinds[toks[k].lower]:
			kind = true
		case toks[k].capital && !toks[k].fn && !toks[k].sentStart:
			other = true
		}
	}
	return kind && other
}

// employerEntries returns the positions whose employer the line names by
// a capitalised word of its name.
func (x *Index) employerEntries(toks []lineTok) []int32 {
	var out []int32
	for i := range toks {
		t := &toks[i]
		if !t.capital || t.sentStart || t.fn || t.scope {
			continue
		}
		for _, o := range x.post[t.key] {
			if seg := &x.segs[o.seg]; seg.label == "current company" && seg.entry >= 0 && seg.entry/10000 == listExperience && !slices.Contains(out, seg.entry) {
				out = append(out, seg.entry)
			}
		}
	}
	return out
}

// outsideDated reports whether year (key) falls outside the dates of
// every one of entries, all of them dated positions, and none of their
// fields writes it.
func (x *Index) outsideDated(year int, key string, entries []int32) bool {
	if len(entries) == 0 || x.inSpan(year, entries) {
		return false
	}
	for _, e := range entries {
		if _, ok := x.spans[e]; !ok || e/10000 != listExperience || x.inEntry(key, e) {
			return false
		}
	}
	// A year of their studies, an award or a paper may be what the line
	// dates ("your 2016 MSc").
	for e, sp := range x.spans {
		if l := e / 10000; (l == listEducation || l == listPublication) && sp[1] == year {
			return false
		}
	}
	for _, o := range x.post[key] {
		if e := x.segs[o.seg].entry; e >= 0 && e/10000 != listExperience && e/10000 != listRecommendation {
			return false
		}
	}
	return true
}
