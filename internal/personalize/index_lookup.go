package personalize

import (
	"slices"
	"strings"
	"sync"
)

// lookupExact returns the occurrences of key itself.
func (x *Index) lookupExact(key string, buf []occ) []occ {
	return append(buf[:0], x.post[key]...)
}

// lookupOther finds a line word the profile does not have as written: an
// initialism of a run of profile words ("IJCCN"), a clipped form ("cap",
// "Chem", "refi"), a WordNet synonym or related form, or the word with a
// one-letter typo. It returns the occurrences and how much they count.
func (x *Index) lookupOther(t *lineTok, lists *Lists, buf []occ) ([]occ, float64) {
	buf = buf[:0]
	if isInitialism(&t.token) {
		if buf = x.initialsAt(t.lower, buf); len(buf) > 0 {
			return buf, 1
		}
		if buf = x.codesOf(t.lower, buf); len(buf) > 0 {
			return buf, 1
		}
	}
	w := strings.TrimSuffix(t.lower, "'s")
	if thesisNounBits.has(w) && thesisNouns[w] {
		// "your thesis" where the profile writes "Dissertação",
		// "Masterarbeit", "praca magisterska": the thesis in its language.
		for _, k := range thesisKeys() {
			buf = append(buf, x.post[k]...)
		}
		if len(buf) > 0 {
			return buf, 1
		}
	}
	if buf = x.spacedCode(w, buf); len(buf) > 0 {
		return buf, 1 // "NEC4" for "NEC 4", "ISO27001" for "ISO 27001"
	}
	if c := cognate(w); c != "" && !t.acronym {
		// "integración", "integrazione": the English word of the same
		// Latin root ("integration"), as a line in another language
		// writes what the profile says in English.
		if buf = x.lookup(stem(c), buf); len(buf) > 0 {
			return buf, 1
		}
	}
	if !t.acronym && len(w) >= 7 && (!t.capital || t.sentStart) {
		// "integration" for a Spanish profile's "integración": a word
		// of the profile whose English word of the same root is the
		// line's (a name's words are its own: translatedName).
		if buf = x.cognatesOf(w, buf); len(buf) > 0 {
			return buf, 1
		}
	}
	if c := countryKey(t.key); c != "" && t.capital {
		// "Ungarn" in a line in German for the profile's "Hungary".
		if buf = x.lookup(c, buf); len(buf) > 0 {
			return buf, 1
		}
	}
	if u := umlautFold(w); u != w && !t.acronym {
		// "Duesseldorf", "Goeteborg", "Aarhus": a letter with an umlaut
		// or a ring written as the vowel and an e (or a doubled a), as
		// German and Scandinavian names are spelt without them.
		if buf = x.lookup(stem(u), buf); len(buf) > 0 {
			return buf, 1
		}
	}
	if len(w) >= 3 && !t.acronym && !containsAnyASCII(w, ".'") {
		if buf = x.prefixOf(w, buf); len(buf) > 0 {
			return buf, factorPrefix
		}
	}
	if t.weight >= weightTier2 && len(w) >= 5 && !t.acronym {
		if buf = x.typoOf(t.key, buf); len(buf) > 0 {
			return buf, factorTypo
		}
	}
	for _, k := range lists.synonymKeys(w) {
		buf = append(buf, x.post[k]...)
	}
	return buf, factorSynonym
}

// spacedCode returns where the profile writes a code of letters and
// digits ("nec4") with a space between them ("NEC 4"): the occurrences of
// its letters followed by its digits.
func (x *Index) spacedCode(w string, buf []occ) []occ {
	i := strings.IndexFunc(w, func(r rune) bool { return '0' <= r && r <= '9' })
	if i < 1 || strings.Trim(w[i:], "0123456789") != "" {
		return buf
	}
	letters, digits := w[:i], w[i:]
	for _, o := range x.post[letters] {
		if i < 2 {
			break
		}
		seg := &x.segs[o.seg]
		if n := int(o.pos) + 1; n < len(seg.toks) && seg.toks[n].key == digits {
			buf = append(buf, o)
		}
	}
	if len(buf) > 0 || len(letters) > 3 {
		return buf
	}
	// "C4" for "Channel 4", "F1" for "Formula 1": the initials of the
	// capitalised words before the number.
	for _, o := range x.post[digits] {
		seg := &x.segs[o.seg]
		p := int(o.pos) - len(letters)
		if p < 0 {
			continue
		}
		ok := true
		for q := range len(letters) {
			if t := &seg.toks[p+q]; !t.capital && len(letters) > 1 || t.lower == "" || t.lower[0] != letters[q] {
				ok = false
				break
			}
		}
		if ok {
			buf = append(buf, occ{seg: o.seg, pos: int32(p)})
		}
	}
	if len(buf) > 0 || len(letters) < 2 {
		return buf
	}
	// "Ph1" for "Phase 1", "Yr7" for "Year 7": the word before the
	// number clipped.
	for _, o := range x.post[digits] {
		seg := &x.segs[o.seg]
		if p := int(o.pos) - 1; p >= 0 && len(seg.toks[p].lower) > len(letters) && strings.HasPrefix(seg.toks[p].lower, letters) {
			buf = append(buf, occ{seg: o.seg, pos: int32(p)})
		}
	}
	return buf
}

// cognateEndings are the endings of French, Spanish, Italian and
// Portuguese words (accents folded) and the English endings of the words
// of the same root.
var cognateEndings = [][2]string{
	{"izacion", "ization"}, {"izzazione", "ization"}, {"isation", "isation"}, {"izacao", "ization"},
	{"acion", "ation"}, {"azione", "ation"}, {"acao", "ation"}, {"cion", "tion"}, {"zione", "tion"}, {"cao", "tion"},
	{"sion", "sion"}, {"idade", "ity"}, {"idad", "ity"}, {"ita", "ity"}, {"ite", "ity"},
	{"ismo", "ism"}, {"isme", "ism"}, {"ista", "ist"}, {"iste", "ist"},
	{"ario", "ary"}, {"aria", "ary"}, {"aire", "ary"}, {"encia", "ence"}, {"ancia", "ance"},
	{"ico", "ic"}, {"ica", "ic"}, {"ique", "ic"}, {"ivo", "ive"}, {"iva", "ive"}, {"oso", "ous"}, {"osa", "ous"}, {"eux", "ous"},
	// German: "Digitalisierung", "elektrisch", "Qualität".
	{"isierung", "ization"}, {"isch", "ic"}, {"itat", "ity"},
}

// cognate returns the English word of the same Latin root as a French,
// Spanish, Italian, Portuguese or German word of seven letters or more
// ("integracion" → "integration"), or "".
func cognate(w string) string {
	if len(w) < 7 {
		return ""
	}
	for _, e := range cognateEndings {
		if strings.HasSuffix(w, e[0]) && len(w)-len(e[0]) >= 4 {
			if c := w[:len(w)-len(e[0])] + e[1]; c != w {
				return c
			}
		}
	}
	return ""
}

// cognatesOf returns the occurrences of profile words in another language
// whose English word of the same Latin root (cognate) is w, an English
// word of seven letters or more.
func (x *Index) cognatesOf(w string, buf []occ) []occ {
	key := stem(w)
	for _, k := range x.byPrefix[w[:4]] {
		for _, o := range x.post[k] {
			if c := cognate(fold(x.segs[o.seg].toks[o.pos].lower)); c != "" && stem(c) == key {
				buf = append(buf, o)
			}
		}
	}
	return buf
}

// umlautFold writes "ae", "oe", "ue" and "aa" as the one vowel the folded
// form of "ä", "ö" or "ø", "ü" and "å" is.
func umlautFold(w string) string {
	if !hasUmlautPair(w) {
		return w
	}
	return umlautReplacer.Replace(w)
}

// hasUmlautPair reports whether w holds "ae", "oe", "ue" or "aa", in one
// pass.
func hasUmlautPair(w string) bool {
	for i := 1; i < len(w); i++ {
		switch w[i] {
		case 'e':
			if c := w[i-1]; c == 'a' || c == 'o' || c == 'u' {
				return true
			}
		case 'a':
			if w[i-1] == 'a' {
				return true
			}
		}
	}
	return false
}

var umlautReplacer = strings.NewReplacer("ae", "a", "oe", "o", "ue", "u", "aa", "a")

// prefixOf returns the occurrences of profile words that w, three letters
// or more, is the start of: a clipped word ("Org Chem", "cap mkts").
func (x *Index) prefixOf(w string, buf []occ) []occ {
	var cands []string
	if len(w) >= 4 {
		cands = x.byPrefix[w[:4]]
	} else {
		cands = x.prefix3(w)
	}
	for _, k := range cands {
		if len(k) > len(w) && strings.HasPrefix(k, w) {
			buf = append(buf, x.post[k]...)
		}
	}
	return buf
}

// typoOf returns the occurrences of a profile word of six letters or
// more one edit away from key (a letter added, dropped, changed, or two
// swapped): "Tesselate" for Tessellate, "Londn" for London.
func (x *Index) typoOf(key string, buf []occ) []occ {
	if len(key) < 5 {
		return buf
	}
	n := len(buf)
	for _, k := range x.byPrefix[key[:4]] {
		if len(k) >= 5 && max(len(k), len(key)) >= 6 && k != key && oneEdit(k, key) {
			buf = append(buf, x.post[k]...)
		}
	}
	if len(buf) > n {
		return buf
	}
	// A letter doubled or dropped at the fourth: "Ashhurst" for Ashurst,
	// "Sabbic" for Sabic; or the fourth and fifth swapped: "Artsit" for
	// Artist. Not one changed there: "Wilson" is not Wilton.
	for _, k := range x.prefix3(key[:3]) {
		swapped := len(k) == len(key) && k[3] == key[4] && k[4] == key[3] && k[5:] == key[5:]
		if len(k) >= 5 && max(len(k), len(key)) >= 6 && (len(k) != len(key) || swapped) && k[3] != key[3] && oneEdit(k, key) {
			buf = append(buf, x.post[k]...)
		}
	}
	return buf
}

// prefix3 returns the profile words that start with the three letters
// p, in order; the table is built on first use.
func (x *Index) prefix3(p string) []string {
	x.prefix3Once.Do(func() {
		for k := range x.post {
			if len(k) >= 3 && !isDigit(k[0]) {
				x.byPrefix3[k[:3]] = append(x.byPrefix3[k[:3]], k)
			}
		}
		for _, ks := range x.byPrefix3 {
			slices.Sort(ks) // map order must not change a verdict
		}
	})
	return x.byPrefix3[p]
}

// oneEdit reports whether a and b are one insertion, deletion,
// substitution or transposition of adjacent letters apart.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if i == len(a) {
			return false
		}
		return a[i+1:] == b[i+1:] || transposed(a, b)
	}
	return a[i:] == b[i+1:]
}

// initialsAt returns where acr (lower-case) spells the initials of a run
// of profile words (see hasInitials), one occurrence per run, in fields
// that are not mail-merge fields.
func (x *Index) initialsAt(acr string, buf []occ) []occ {
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind != segSpecific && seg.kind != segContext {
			continue
		}
		if p, ok := initialsIn(seg.toks, acr); ok {
			buf = append(buf, occ{seg: int32(si), pos: int32(p)})
		} else if p, ok := capitalsIn(seg, acr); ok {
			buf = append(buf, occ{seg: int32(si), pos: int32(p)})
		}
	}
	return buf
}

// compoundHead returns the second word of a closed compound of two English
// words of three letters or more ("teacher" of "headteacher"), of a
// prefix and a word ("commerce" of "ecommerce"), or of a
// word and a kind of institution ("egyetem" of "tudományegyetem"), or "".
func compoundHead(w string) string {
	if len(w) < 7 {
		return ""
	}
	// "ecommerce", as joinPrefixes writes "e-commerce": EC.
	for i := 1; i <= 5 && i+3 <= len(w); i++ {
		if hyphenPrefixes[w[:i]] && DefaultLists().tier(w[i:]) != 0 {
			return w[i:]
		}
	}
	// "Tudományegyetem", "Musikhochschule": a word for a kind of
	// institution closing a compound of another language (the longest,
	// whatever the map's order).
	head := ""
	for _, kinds := range institutionKinds {
		for _, k := range kinds {
			if len(w)-len(k) >= 4 && len(k) > len(head) && strings.HasSuffix(w, k) {
				head = k
			}
		}
	}
	if head != "" {
		return head
	}
	l := DefaultLists()
	if l.tier(w) != 0 && l.tier(w) != 3 {
		return "" // a common word of its own ("something")
	}
	for i := 3; i+3 <= len(w); i++ {
		if l.tier(w[:i]) != 0 && l.tier(w[i:]) != 0 {
			return w[i:]
		}
	}
	return ""
}

// phrase returns where the words keys occur together, in order, in a
// profile field.
func (x *Index) phrase(keys []string, buf []occ) []occ {
	var out []occ
	for _, o := range x.post[keys[0]] {
		toks := x.segs[o.seg].toks
		if int(o.pos)+len(keys) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(keys) && ok; k++ {
			ok = toks[int(o.pos)+k].key == keys[k]
		}
		if ok {
			out = append(out, o)
		}
	}
	return out
}

// isInitialism reports whether t may be an initialism: all capitals
// ("NEC", "CEs"), or a short word that starts with a capital and has
// another, with small letters for small words ("TfL", "DfE", "MoJ").
// capitalsAfterPrefix reports whether w is a lower-case letter and then
// two to five capitals: an initialism with its first word's initial in
// lower case, as science writes "mRNA", "qPCR", "eGFR".
func capitalsAfterPrefix(w string) bool {
	if len(w) < 3 || len(w) > 6 || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isInitialism(t *token) bool {
	if t.acronym {
		return len(t.lower) >= 2
	}
	if !t.capital || !t.mixedCaps || len(t.lower) > 5 || len(t.lower) < 3 {
		return false
	}
	for i := 0; i < len(t.lower); i++ {
		if c := t.lower[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// codesOf returns the occurrences of profile codes that are acr and a
// number ("NEC4", "KS3" for "NEC", "KS"): the letters name the family.
func (x *Index) codesOf(acr string, buf []occ) []occ {
	if len(acr) < 2 {
		return buf
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segName || seg.kind == segVocab {
			continue
		}
		for p := range seg.toks {
			k := seg.toks[p].lower
			if len(k) > len(acr) && strings.HasPrefix(k, acr) && strings.Trim(k[len(acr):], "0123456789") == "" {
				buf = append(buf, occ{seg: int32(si), pos: int32(p)})
			}
		}
	}
	return buf
}

// sectionOf returns the section a field comes from: "publications" for
// "publications[0].title", "patents" for a pasted page's Patents section.
func (s *segment) sectionOf() string {
	if s.section != "" {
		return s.section
	}
	f := strings.TrimPrefix(s.field, "extra.")
	// The field's name ends at its first "[" or "." (strings.IndexAny,
	// byte by byte: both are ASCII).
	for i := 0; i < len(f); i++ {
		if f[i] == '[' || f[i] == '.' {
			return f[:i]
		}
	}
	return f
}

// hasInitials reports whether acr (lower-case) spells the initials of a run
// of profile words: "Electrical Engineering" supports "EE", "London School
// of Economics" "LSE". Small words inside the run may be skipped, and an
// acronym in the run gives all its letters: "IT general controls" supports
// "ITGC".
func (x *Index) hasInitials(acr string) bool {
	if len(acr) < 2 {
		return false
	}
	for si := range x.segs {
		if _, ok := capitalsIn(&x.segs[si], acr); ok {
			return true
		}
		toks := x.segs[si].toks
		for i := range toks {
			if _, ok := initialsFrom(toks, i, acr); ok {
				return true
			}
		}
	}
	return false
}

// pairInitials reports whether two capitalised words of the profile in a
// row, or two words with "and" between them, have the two letters of acr
// as their initials: "Marks & Spencer" for "M&S", "park and ride" for
// "P&R".
func (x *Index) pairInitials(acr string) bool {
	for si := range x.segs {
		if pairInitialsIn(x.segs[si].toks, acr) {
			return true
		}
	}
	return false
}

// typoAnywhere reports whether w, a word of the line in no language the
// validator knows, is a distinctive profile word with one letter wrong
// anywhere in it ("Gaette", "Catsellana"): a typo, which invents nothing.
// The words are of six letters or more, seven for a changed letter
// ("Wilson" is not Wilton); the line's word is no English word and the
// profile's no common one.
func (x *Index) typoAnywhere(w string, lists *Lists) bool {
	if len(w) < 6 || lists.tier(w) != 0 {
		return false
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segVocab || seg.kind == segContext {
			continue
		}
		for i := range seg.toks {
			o := seg.toks[i].lower
			if len(o) < 6 || o == w || len(o) == len(w) && len(w) < 7 && !transposed(o, w) || lists.tier(o) != 0 && lists.tier(o) != 3 {
				continue
			}
			if oneEdit(o, w) {
				return true
			}
		}
	}
	return false
}

// transposed reports whether a and b, of one length, differ by two
// adjacent letters swapped.
func transposed(a, b string) bool {
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// thesisNouns are the line's words for a thesis.
var thesisNouns = wordSet("thesis theses dissertation dissertations")

// thesisNounBits filters the words of thesisNouns.
var thesisNounBits = bitsOfKeys(thesisNouns)

// thesisKeys are the keys of thesisWords.
var thesisKeys = sync.OnceValue(func() []string {
	var ks []string
	for _, w := range thesisWords {
		ks = append(ks, stem(w))
	}
	return ks
})
