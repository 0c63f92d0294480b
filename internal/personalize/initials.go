package personalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// employerInitials adds to buf where acr spells the initials of an
// employer's name ("Commonwealth Bank of Australia" for "CBA").
func (x *Index) employerInitials(acr string, buf []occ) []occ {
	for si := range x.segs {
		if x.segs[si].label != "current company" {
			continue
		}
		if p, ok := initialsIn(x.segs[si].toks, acr); ok {
			buf = append(buf, occ{seg: int32(si), pos: int32(p)})
		}
	}
	return buf
}

// pairInitialsIn is pairInitials in one field's words.
func pairInitialsIn(toks []token, acr string) bool {
	for i := 0; i+1 < len(toks); i++ {
		a, b, and := &toks[i], &toks[i+1], false
		if b.lower == "and" && i+2 < len(toks) {
			b, and = &toks[i+2], true
		}
		if (and || a.capital && b.capital) && a.lower != "" && b.lower != "" && a.lower[0] == acr[0] && b.lower[0] == acr[1] {
			return true
		}
	}
	return false
}

// capitalsIn returns the position of a word of seg written in parts whose
// capitals spell acr: "GlaxoSmithKline" for GSK, "AstraZeneca" for AZ.
func capitalsIn(seg *segment, acr string) (int, bool) {
	for i := range seg.toks {
		t := &seg.toks[i]
		if !t.mixedCaps || t.acronym || t.lower == "" || t.lower[0] != acr[0] {
			continue
		}
		k := 0
		for _, r := range seg.src[t.start:t.end] {
			if !unicode.IsUpper(r) {
				continue
			}
			if k >= len(acr) || unicode.ToLower(r) != rune(acr[k]) {
				k = -1
				break
			}
			k++
		}
		if k == len(acr) && k >= 2 {
			return i, true
		}
	}
	// A run of two or three capitalised words, one of them in mixed case,
	// by all their capitals: "Royal HaskoningDHV" for RHDHV.
	for i := range seg.toks {
		if t := &seg.toks[i]; !t.capital || t.lower == "" || t.lower[0] != acr[0] {
			continue
		}
		var b [16]byte
		caps, mixed := b[:0], false
		for j := i; j < len(seg.toks) && j < i+3; j++ {
			t := &seg.toks[j]
			if !t.capital && !t.mixedCaps || j > i && breaksAt(t) {
				break
			}
			mixed = mixed || t.mixedCaps
			for _, r := range seg.src[t.start:t.end] {
				if unicode.IsUpper(r) && r < utf8.RuneSelf {
					caps = append(caps, byte(unicode.ToLower(r)))
				}
			}
			if mixed && j > i && string(caps) == acr {
				return i, true
			}
		}
	}
	return 0, false
}

// spelledOut reports whether the name toks[i..j] of the line is written
// out where the profile gives its initials only: "the International
// Association for Food Protection meeting" for "IAFP Annual Meeting",
// "Avalanche Skills Training 2 courses" for "AST 2 courses". Its
// capitalised words, with or without the small words between them, give
// three letters or more that the profile writes as an acronym, and any
// number in it is on the profile too.
func (x *Index) spelledOut(toks []lineTok, i, j int) bool {
	var short, long []byte
	for k := i; k <= j; k++ {
		t := &toks[k]
		switch {
		case t.number:
			if !x.has(t.key) {
				return false
			}
		case t.lower == "":
		case connectors[t.lower] || t.fn && !t.capital:
			long = append(long, t.lower[0])
		case !t.capital:
			return false
		default:
			short, long = append(short, t.lower[0]), append(long, t.lower[0])
		}
	}
	if len(short) < 3 {
		return false
	}
	if x.acronymOnProfile(string(short)) || len(long) > len(short) && x.acronymOnProfile(string(long)) {
		return true
	}
	// "International Trademark Association" for "INTA": the start of
	// each word, a letter or more (lettersOf).
	var words []string
	for k := i; k <= j; k++ {
		if t := &toks[k]; t.capital && !t.fn && !connectors[t.lower] {
			words = append(words, strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "’s"))
		}
	}
	return x.acronymSpelling(words)
}

// spelledOutAfter reports whether the capitalised word toks[i] starts a
// name that goes on in lower case, as the Romance languages write names
// ("Istituto nazionale di fisica nucleare", "Institut technologique
// européen des métiers de la musique"), whose initials are an initialism
// the profile gives ("INFN", "ITEMM"); the name starts with a kind of
// institution, in English or another language. The function words inside are
// left out of the initials, as initialisms leave them.
func (x *Index) spelledOutAfter(toks []lineTok, i int) bool {
	if _, kind := kindWord(toks[i].lower); !kind && !isInstitutionKind(&toks[i]) {
		return false
	}
	initials := []byte{toks[i].lower[0]}
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		t := &toks[k]
		if breaksAt(&t.token) || t.number || t.lower == "" {
			return false
		}
		if t.fn || connectors[t.lower] || len(t.lower) < 3 {
			continue
		}
		initials = append(initials, t.lower[0])
		if len(initials) >= 3 && x.acronymOnProfile(string(initials)) {
			return true
		}
	}
	return false
}

// acronymSpelling reports whether the profile writes, in their own words,
// an acronym longer than the initials of words that spells them with more
// letters of their words: "INTA" for "International Trademark
// Association".
func (x *Index) acronymSpelling(words []string) bool {
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segContext {
			continue
		}
		for p := range seg.toks {
			if t := &seg.toks[p]; t.acronym && len(t.lower) > len(words) && len(t.lower) <= 2*len(words) && lettersOf(t.lower, words) {
				return true
			}
		}
	}
	return false
}

// lettersOf reports whether acr is the start of each of words in turn,
// a letter or more of each: "INTA" for "International Trademark
// Association", not "IOTA".
func lettersOf(acr string, words []string) bool {
	if len(words) == 0 {
		return acr == ""
	}
	w := words[0]
	for n := 1; n <= len(acr) && n <= len(w) && acr[n-1] == w[n-1]; n++ {
		if lettersOf(acr[n:], words[1:]) {
			return true
		}
	}
	return false
}

// acronymOnProfile reports whether the profile writes acr, in lower case,
// as an acronym in their own words.
func (x *Index) acronymOnProfile(acr string) bool {
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segContext {
			continue
		}
		for p := range seg.toks {
			if t := &seg.toks[p]; t.acronym && t.lower == acr {
				return true
			}
		}
	}
	return false
}

// spelledEndsAt reports whether a name the profile gives in initials
// ends at the line's word toks[k], written out ("the American
// Association of Avian Pathologists meeting" for "AAAP Annual Meeting").
func (x *Index) spelledEndsAt(toks []lineTok, k int) bool {
	i := k
	for i > 0 && !breaksAt(&toks[i].token) && (toks[i-1].capital && !toks[i-1].fn || connectors[toks[i-1].lower]) {
		i--
	}
	for i < k && connectors[toks[i].lower] {
		i++
	}
	return k-i >= 2 && x.spelledOut(toks, i, k)
}

// initialsIn returns the first position of a run of toks whose initials
// (or whole acronyms) spell acr, the run taking at least two words (see
// initialsFrom).
func initialsIn(toks []token, acr string) (int, bool) {
	for i := range toks {
		if toks[i].lower == "" || toks[i].lower[0] != acr[0] || isDigit(toks[i].lower[0]) {
			continue
		}
		if len(acr) == 2 && (toks[i].fn || i+1 >= len(toks) || toks[i+1].lower == "" || toks[i+1].lower[0] != acr[1] || breaksAt(&toks[i+1])) {
			// Two letters refer to two words side by side ("SM" for
			// Station Manager), not to any two of a sentence: "TU" is
			// not "Took the Unified ...".
			continue
		}
		if words, ok := initialsFrom(toks, i, acr); ok && words >= 2 {
			return i, true
		}
	}
	return 0, false
}

// initialsFrom reports whether the words from toks[i] spell acr by their
// initials, and how many words spell it. An acronym in the run gives all
// its letters ("IT general controls" for ITGC); a closed compound its two
// ("Assistant Headteacher" for AHT); small words of any language
// ("Administración y Dirección de Empresas" for ADE) and acronyms that
// spell nothing ("Leeds Teaching Hospitals NHS Trust" for LTHT) may be
// skipped inside the run.
func initialsFrom(toks []token, i int, acr string) (words int, ok bool) {
	return initialsAt(toks, i, i, acr, 0, 0)
}

// initialsAt goes on from word j with k letters of acr spelt by words
// words. A small word that could give the next letter may also be
// skipped ("Journal of Oncology Pharmacy Practice" for JOPP), so both
// are tried.
func initialsAt(toks []token, i, j int, acr string, k, words int) (int, bool) {
	if k == len(acr) {
		return words, true
	}
	if j >= len(toks) {
		return words, false
	}
	w := toks[j].lower
	if w == "" || isDigit(w[0]) {
		return words, false
	}
	if toks[j].acronym && strings.HasPrefix(acr[k:], w) {
		if n, ok := initialsAt(toks, i, j+1, acr, k+len(w), words+1); ok {
			return n, true
		}
	}
	skippable := j > i && (toks[j].fn || toks[j].acronym || len(w) == 1 || orgWords[w] && toks[j].capital || // "Manchester University NHS Foundation Trust": MFT w == "of" || w == "and" || w == "the" || w == "for" || w == "in" || w == "on" ||
		toks[j].punctBefore == "-" || // "Symptom-specific" gives the S of BSOTS
		!toks[j].capital && utf8.RuneCountInString(w) <= 3 && j > 0 && toks[j-1].capital && j+1 < len(toks) && toks[j+1].capital || // "Associação da Hotelaria de Portugal": AHP
		// A common word of a longer name after an acronym skipped in it:
		// "Guy's and St Thomas' NHS Foundation Trust" for GSTT.
		toks[j].capital && k >= 1 && len(acr) >= 3 && DefaultLists().tier(w) != 0)
	if acr[k] == '2' && w == "to" || acr[k] == '4' && w == "for" {
		// "G2P" for "grapheme-to-phoneme", "B2B" for "business to
		// business": a digit that sounds as the word.
		if n, ok := initialsAt(toks, i, j+1, acr, k+1, words+1); ok {
			return n, true
		}
	}
	if w[0] == acr[k] {
		// The first two or three letters of a word, the last one's too:
		// "COR" for combined ratio, "CMidO" for Chief Midwifery Officer,
		// "UFPE" for Universidade Federal de Pernambuco.
		for m := 3; m >= 2; m-- {
			if m < len(w) && k+m <= len(acr) && acr[k:k+m] == w[:m] {
				if n, ok := initialsAt(toks, i, j+1, acr, k+m, words+1); ok {
					return n, true
				}
			}
		}
		next := k + 1
		if next < len(acr) && (j+1 >= len(toks) || toks[j+1].lower == "" || toks[j+1].lower[0] != acr[next]) {
			if h := compoundHead(w); h != "" && h[0] == acr[next] {
				next++
			}
		}
		if n, ok := initialsAt(toks, i, j+1, acr, next, words+1); ok || !skippable {
			return n, ok
		}
	}
	if skippable {
		return initialsAt(toks, i, j+1, acr, k, words)
	}
	return words, false
}
