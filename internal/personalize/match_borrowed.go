package personalize

// borrowedDetail returns a cluster of someone else's part of the page (a
// recommendation they wrote, a post they shared) that tells what the
// kept reference c tells, with two or more of its words, and adds a word
// of substance that the candidate's own part of the page has nowhere:
// "Leading the Bluetooth LE Audio migration in 2022" where they hold a
// Bluetooth LE Audio certificate of 2022 and the recommendation they
// wrote says a colleague led the migration. The line follows the other
// person's account, and credits the candidate with it.
func (x *Index) borrowedDetail(toks []lineTok, c *cluster, clusters []cluster, own tokSet) *cluster {
	for i := range clusters {
		k := &clusters[i]
		if x.segs[k.seg].kind != segContext || k.last < c.first || k.first > c.last+6 {
			continue
		}
		shared, extra := 0, 0
		for j := k.first; j <= k.last; j++ {
			if !k.matched.has(j) {
				continue
			}
			t := &toks[j]
			switch {
			case c.matched.has(j):
				shared++
			case !own.has(j) && t.weight >= weightTier2 && !t.fn && !t.number && !t.scope && !t.stock && !t.covered && !t.capital && !x.hasOwn(t.key):
				extra++
			}
		}
		// A reference of one word ("reduziu") that the other account
		// tells with three words of substance the candidate's part lacks
		// ("O Pedro escreveu o aplicativo de mapas que reduziu pela
		// metade o tempo ...") follows that account as much.
		if shared >= 2 && extra >= 1 || shared == 1 && c.words == 1 && extra >= 3 {
			return k
		}
	}
	return nil
}
