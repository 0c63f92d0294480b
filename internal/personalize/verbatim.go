package personalize

// verbatimRefs returns a reference to a stretch of their own words that
// the line repeats word for word, small words and all ("Your post arguing
// that a go-around is a success, not a failure" for their post "A
// go-around is a success, not a failure."): seven words or more in one
// run, three of them of substance and of no mail-merge field (not "at the
// Hospital for Sick Children, with"), are theirs however common the words.
// Only a line with no other reference is looked at.
func verbatimRefs(toks []lineTok, idx *Index) []Reference {
	const minRun, minContent = 7, 3
	if len(toks) < minRun {
		return nil
	}
	// A run starts at a line word with a key, outside the recruiter's
	// part: each profile word is looked up among those, rather than
	// compared with every word of the line.
	starts := make(map[string][]int32, len(toks))
	for i := range toks {
		if t := &toks[i]; t.key != "" && !t.scope {
			starts[t.key] = append(starts[t.key], int32(i))
		}
	}
	var best Reference
	bestLen := 0
	for si := range idx.segs {
		seg := &idx.segs[si]
		if seg.kind != segSpecific || len(seg.toks) < minRun {
			continue
		}
		// The longest run of the segment, and of those the first in the
		// line and then in the segment: the one that reading the line's
		// words in order, and for each the segment's, finds first.
		segLen, segI, segP := 0, 0, 0
		for p := 0; p+minRun <= len(seg.toks); p++ {
			for _, i32 := range starts[seg.toks[p].key] {
				i := int(i32)
				n, content := 0, 0
				for i+n < len(toks) && p+n < len(seg.toks) && toks[i+n].key != "" && toks[i+n].key == seg.toks[p+n].key && !toks[i+n].scope {
					if !toks[i+n].fn && !toks[i+n].stock && !toks[i+n].covered {
						content++ // not a word of their employer's name or another mail-merge field
					}
					n++
				}
				if n >= minRun && content >= minContent && (n > segLen || n == segLen && i < segI) {
					segLen, segI, segP = n, i, p
				}
			}
		}
		if segLen > bestLen {
			bestLen = segLen
			fs, fe := seg.toks[segP].start, seg.toks[segP+segLen-1].end
			best = Reference{Field: seg.field, Text: seg.src[fs:fe], FieldStart: fs, FieldEnd: fe,
				LineStart: toks[segI].start, LineEnd: toks[segI+segLen-1].end}
		}
	}
	if bestLen == 0 {
		return nil
	}
	return []Reference{best}
}
