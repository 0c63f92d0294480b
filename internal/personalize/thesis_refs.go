package personalize

import "slices"

// A thesis the profile gives in its own language ("Dissertação: 'Cama
// reutilizada e incidência de pododermatite ...'", "Masterarbeit: ...")
// under a school is what a line's "your master's thesis at UDESC on ..."
// refers to, though the line tells its subject in English words the
// profile does not have.

// thesisRefs returns a reference to a thesis of the profile that the
// line names with the school it was written at, or nil.
func thesisRefs(toks []lineTok, idx *Index, lists *Lists, res *matchResult) []Reference {
	said := anyOf(toks, func(t *lineTok) bool { return !t.scope && thesisNouns[t.lower] })
	if !said {
		return nil
	}
	for si := range idx.segs {
		seg := &idx.segs[si]
		if seg.kind != segSpecific || seg.entry < 0 || seg.entry/10000 != listEducation || len(seg.toks) < 4 || !thesisOpens(seg) {
			continue
		}
		if first, last, ok := idx.schoolOfEntry(toks, lists, res, seg.entry); ok {
			return []Reference{wholeField(seg, toks, first, last)}
		}
	}
	return nil
}

// thesisOpens reports whether one of a field's first three words is a
// thesis in some language: "Dissertação: ...", "Master's thesis: ...".
func thesisOpens(seg *segment) bool {
	for p := 0; p < len(seg.toks) && p < 3; p++ {
		if w := seg.toks[p].lower; thesisNouns[w] || slices.Contains(thesisWords, w) {
			return true
		}
	}
	return false
}

// schoolOfEntry returns the line words that name the school of entry,
// and whether there are any: as the profile writes them, or in English
// ("the Jagiellonian" for "Uniwersytet Jagielloński").
func (x *Index) schoolOfEntry(toks []lineTok, lists *Lists, res *matchResult, entry int32) (first, last int, ok bool) {
	first, last = -1, -1
	school := func(o occ) bool { seg := &x.segs[o.seg]; return seg.entry == entry && seg.label == "school" }
	for i := range toks {
		t := &toks[i]
		if !t.looked || t.fn || t.weight == 0 {
			continue
		}
		if slices.ContainsFunc(res.occs[t.occFrom:t.occTo], school) ||
			t.capital && !t.sentStart && t.occFrom == t.occTo && slices.ContainsFunc(x.rootOccs(t, lists, nil), school) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last, first >= 0
}
