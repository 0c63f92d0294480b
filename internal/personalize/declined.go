package personalize

import (
	"strings"
)

// declinedName reports whether a capitalised profile word is the word
// keyed key with another case ending: the two share all but their last
// three letters at most, five at least ("Uniwersytecie" and "Uniwersytet",
// "Wrocławskim" and "Wrocławski", "Krakowie" and "Kraków").
// A name that ties the line to an entry counts only with a reference
// the line makes to that entry, so that binding has both.
//
// A word of the English lists is no name of another language, though a
// field starts with it in capitals: "Thermia" is no "Thermal"; unless it
// is capitalised inside a sentence of that language (foreignName).
func (x *Index) declinedName(key string, kept []cluster, lists *Lists) bool {
	for _, o := range x.declinedOf(key, nil) {
		seg := &x.segs[o.seg]
		if seg.kind == segContext || lists.tier(seg.toks[o.pos].lower) != 0 && !foreignName(seg, int(o.pos), lists) {
			continue
		}
		if seg.entry < 0 || anyOf(kept, func(cl *cluster) bool { return x.segs[cl.seg].entry == seg.entry }) {
			return true
		}
	}
	return false
}

// foreignName reports whether the capitalised word p of seg, spelt as an
// English word, is a name in another language: in a sentence of that
// language, or after a word of the name that no English list has
// ("Impart" in "Centrum Kultury Impart").
func foreignName(seg *segment, p int, lists *Lists) bool {
	t := &seg.toks[p]
	if !t.capital || t.sentStart {
		return false
	}
	return p > 0 && seg.toks[p-1].capital && !seg.toks[p-1].sentStart && lists.tier(seg.toks[p-1].lower) == 0 ||
		otherLanguageSpan(seg, max(p-5, 0), p+5, lists)
}

// slavicEndings are the case endings of Polish, Czech and Slovak nouns
// and adjectives, folded.
var slavicEndings = wordSet("a e i o u y ie iu ej em om ym im ach ami owi ego emu ow ou")

// slavicCases reports whether two words that share their first n letters
// (four or more) are one name in two cases: the rest of each is a case
// ending or nothing ("Dolna", "Dolnej"), or a fleeting "e" drops before
// the ending ("Spodek", "Spodku").
func slavicCases(a, b string, n int) bool {
	if n < 4 {
		return false
	}
	if a[n:] != "" && !slavicEndings[a[n:]] {
		a, b = b, a
	}
	if (a[n:] == "" || slavicEndings[a[n:]]) && (b[n:] == "" || slavicEndings[b[n:]]) {
		return true
	}
	// "spodek" / "spodku": the nominative's "ek" is "k" before an ending.
	for _, p := range [][2]string{{a, b}, {b, a}} {
		nom, dec := p[0], p[1]
		if len(nom) >= 5 && strings.HasSuffix(nom, "ek") && strings.HasPrefix(dec, nom[:len(nom)-2]+"k") && slavicEndings[dec[len(nom)-1:]] {
			return true
		}
	}
	return false
}

// declinedOf returns the occurrences of the capitalised profile words
// declinedName finds for key.
func (x *Index) declinedOf(key string, buf []occ) []occ {
	if len(key) < 6 {
		return buf
	}
	for _, k := range x.byPrefix[key[:4]] {
		n := 0
		for n < len(k) && n < len(key) && k[n] == key[n] {
			n++
		}
		if k == key || len(k)-n > 3 || len(key)-n > 3 || n < 5 && !slavicCases(k, key, n) {
			continue
		}
		for _, o := range x.post[k] {
			if x.segs[o.seg].toks[o.pos].capital {
				buf = append(buf, o)
			}
		}
	}
	return buf
}
