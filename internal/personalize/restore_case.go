package personalize

import "strconv"

// restoreCase gives the words of a line that says nothing of case the
// case the profile writes them in: initials where it writes initials; a
// run of two words or more where it writes that run as a name ("welsh
// site manager of the year"); a word of no English where it writes it as
// a name ("tablada"). An English word alone keeps its case: "care" in
// "care workers" is no part of "Fellgate Care".
func (x *Index) restoreCase(toks []token, lists *Lists) {
	for i := 1; i < len(toks); i++ {
		// "phase iii", "grade ii": a step in Roman numerals, whatever the
		// case.
		if t := &toks[i]; !t.number && len(t.lower) >= 2 && t.punctBefore == " " && stepWord(toks[i-1].lower) {
			if v := romanValue(t.lower); v > 0 {
				t.number, t.key = true, strconv.Itoa(v)
			}
		}
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.number || t.cjk || len(t.lower) < 2 || t.key == "" || t.capital {
			continue
		}
		run := 0
		for _, o := range x.post[t.key] {
			seg := &x.segs[o.seg]
			ft := &seg.toks[o.pos]
			if seg.kind == segVocab || ft.lower != t.lower {
				continue
			}
			if ft.acronym {
				t.acronym, t.capital = true, true
				break
			}
			if !ft.capital || ft.sentStart && !seg.names {
				continue
			}
			if lists.tier(t.lower) == 0 {
				t.capital = true
			}
			// The longest run of the line's words the field writes as a
			// name from here.
			n, words := 0, 0
			for i+n < len(toks) && int(o.pos)+n < len(seg.toks) {
				lt, pt := &toks[i+n], &seg.toks[int(o.pos)+n]
				if lt.lower != pt.lower || !lt.fn && !pt.capital && !pt.number || n > 0 && breaksAt(pt) {
					break
				}
				if !lt.fn {
					words++
				}
				n++
			}
			if words >= 2 && n > run {
				run = n
			}
		}
		for k := i; k < i+run; k++ {
			if !toks[k].fn && !toks[k].number {
				toks[k].capital = true
			}
		}
		if run > 0 {
			i += run - 1
		}
	}
}
