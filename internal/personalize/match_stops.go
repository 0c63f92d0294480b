package personalize

// Where a cluster of one field's words stops: the line may go on to
// another entry's words within three words, and those are not the
// field's ("from running Berendsen's Basingstoke plant to running
// Shandon's two Cork plants").

// nameOfAnotherBetween reports whether a line word between toks[from]
// and toks[to], no dictionary word, names the employer of another entry
// than segment si's, and is not in si's entry: a cluster of si's words does not reach over
// it ("running Berendsen's Basingstoke plant to running Shandon's two
// Cork plants" is two clusters, one of each employer's entry).
func (x *Index) nameOfAnotherBetween(toks []lineTok, lists *Lists, si int32, from, to int) bool {
	entry := x.segs[si].entry
	if to-from < 2 || entry < 0 {
		return false
	}
	for k := from + 1; k < to; k++ {
		t := &toks[k]
		if !t.capital || t.sentStart || t.fn || t.number || lists.tier(t.lower) > 0 {
			continue // "World" of "Team Carrick (World Curling Tour)" is a word too
		}
		other := false
		for _, o := range x.post[t.key] {
			s := &x.segs[o.seg]
			if s.entry == entry {
				other = false
				break
			}
			other = other || s.label == "current company" && s.entry >= 0
		}
		if other {
			return true
		}
	}
	return false
}

// movesOn reports whether the line's words from toks[last] to toks[to]
// cross the "to" of a move whose "from" comes at most six words before
// toks[first]: "from running Berendsen's Basingstoke plant to running
// Shandon's two Cork plants" tells of two posts, and no cluster holds
// words of both. A change of figures ("from 11% to 15%") is no move.
func movesOn(toks []lineTok, first, last, to int) bool {
	k := last + 1
	for k < to && toks[k].lower != "to" {
		k++
	}
	if k == to || toks[k+1].number {
		return false
	}
	for j := k - 1; j >= 0 && j >= first-6; j-- {
		switch {
		case toks[j].number:
			return false // "from 11% to 15%", "from one site to five": a change, told in one place
		case toks[j].lower == "from":
			return j <= first
		}
	}
	return false
}
