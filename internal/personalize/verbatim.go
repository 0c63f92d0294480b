package personalize

// verbatimRefs returns a reference to a stretch of their own words that
// the line repeats word for word, small words and all ("Your post arguing
// that a go-around is a success, not a failure" for their post "A
// go-around is a success, not a failure."): seven words or more in one
// run, three of them of substance, are theirs however common the words.
// Only a line with no other reference is looked at.
func verbatimRefs(toks []lineTok, idx *Index) []Reference {
	const minRun, minContent = 7, 3
	var best Reference
	bestLen := 0
	for si := range idx.segs {
		seg := &idx.segs[si]
		if seg.kind != segSpecific || len(seg.toks) < minRun {
			continue
		}
		for i := range toks {
			for p := range seg.toks {
				n, content := 0, 0
				for i+n < len(toks) && p+n < len(seg.toks) && toks[i+n].key != "" && toks[i+n].key == seg.toks[p+n].key && !toks[i+n].scope {
					if !toks[i+n].fn && !toks[i+n].stock {
						content++
					}
					n++
				}
				if n >= minRun && content >= minContent && n > bestLen {
					bestLen = n
					fs, fe := seg.toks[p].start, seg.toks[p+n-1].end
					best = Reference{Field: seg.field, Text: seg.src[fs:fe], FieldStart: fs, FieldEnd: fe,
						LineStart: toks[i].start, LineEnd: toks[i+n-1].end}
				}
			}
		}
	}
	if bestLen == 0 {
		return nil
	}
	return []Reference{best}
}
