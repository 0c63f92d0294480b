package personalize

import "strings"

// A name the line writes out in full where the profile gives only its
// initials ("the Japan Association of Translators" for "JAT", "the
// International Association for Food Protection" for "IAFP") refers to
// what the profile's acronym does: the reverse of Index.initialsAt.

// maxSpelled is the longest run of words read as one written-out name.
const maxSpelled = 12

// spellFrom calls fn with the initials of each run of the line's words
// toks[i..j] that starts at the capitalised word toks[i] and ends at a
// capitalised word, with or without the small words between them (short
// and long: "jat" and "jaot" for "Japan Association of Translators"),
// once they are three letters or more.
func spellFrom(n, i int, tok func(int) *token, fn func(j int, short, long string)) {
	if !spellStart(tok(i)) {
		return
	}
	var sb, lb [maxSpelled]byte
	short, long := sb[:0], lb[:0]
	for j := i; j < n && j-i < maxSpelled; j++ {
		t := tok(j)
		if j > i && breaksAt(t) || t.number || t.lower == "" {
			return
		}
		if t.in(flagConnector, connectors) && !t.capital {
			long = append(long, t.lower[0])
			continue
		}
		if t.acronym && strings.IndexByte(t.lower, '.') > 0 && len(t.key) <= 3 {
			// "J.C. Bamford" for "JCB": initials written with points
			// are the name's first words.
			short, long = append(short, t.key...), append(long, t.key...)
			if len(short) >= 3 {
				fn(j, string(short), string(long))
			}
			continue
		}
		if !t.capital || t.acronym {
			return // "Seiltechnik AG in Chur" spells no "SAC"
		}
		short, long = append(short, t.lower[0]), append(long, t.lower[0])
		if len(short) >= 3 {
			fn(j, string(short), string(long))
		}
	}
}

// spellStart reports whether a written-out name may start at t.
func spellStart(t *token) bool { return t.capital && !t.number && t.lower != "" && !t.isFn() }

// acronymOccs appends to buf where the profile writes acr, in lower
// case, as an acronym, outside other people's words.
func (x *Index) acronymOccs(acr string, buf []occ) []occ {
	for _, o := range x.post[stem(acr)] {
		seg := &x.segs[o.seg]
		if t := &seg.toks[o.pos]; seg.kind != segContext && t.acronym && t.lower == acr {
			buf = append(buf, o)
		}
	}
	return buf
}

// spelledNames calls fn for each name the line writes out whose initials
// the profile writes as an acronym, the longest from its first word, with
// the acronym's occurrences (valid until fn returns).
func (x *Index) spelledNames(toks []lineTok, buf []occ, fn func(first, last int, occs []occ)) []occ {
	tok := func(k int) *token { return &toks[k].token }
	for i := 0; i < len(toks); i++ {
		buf = buf[:0]
		last := -1
		if !spellStart(&toks[i].token) {
			continue // as spellFrom would, before the closure is made
		}
		spellFrom(len(toks), i, tok, func(j int, short, long string) {
			n := len(buf)
			buf = x.acronymOccs(short, buf)
			if len(buf) == n && len(long) > len(short) {
				buf = x.acronymOccs(long, buf)
			}
			buf = x.wholeNames(buf, n, toks, j)
			if len(buf) > n {
				buf = append(buf[:0], buf[n:]...) // the longest name's
				last = j
			} else {
				buf = buf[:n]
			}
		})
		if last >= 0 {
			fn(i, last, buf)
			i = last
		}
	}
	return buf
}

// writtenOut reports whether the profile writes the line's name
// toks[first..last] out as the line does too.
func (x *Index) writtenOut(toks []lineTok, first, last int) bool {
	var kb [maxSpelled]string
	keys := kb[:0]
	for i := first; i <= last; i++ {
		keys = append(keys, toks[i].key)
	}
	return len(x.phrase(keys, nil)) > 0
}

// wholeNames drops from buf[n:] the acronyms that start a longer name on
// the profile ("LME Asia Metals Seminar") unless the line goes on with
// its next word after toks[j]: the seminar is not the exchange.
func (x *Index) wholeNames(buf []occ, n int, toks []lineTok, j int) []occ {
	keep := buf[:n]
	for _, o := range buf[n:] {
		seg := &x.segs[o.seg]
		if p := int(o.pos) + 1; p < len(seg.toks) {
			if t := &seg.toks[p]; (t.capital || t.acronym) && !t.sentStart && !breaksAt(t) && !isFunctionWord(t.lower) &&
				!(j+1 < len(toks) && toks[j+1].key == t.key) {
				continue
			}
		}
		keep = append(keep, o)
	}
	return keep
}
