package personalize

import (
	"slices"
	"strings"
)

// Cognates: a word of a name written in one European language and its
// translation in another mostly share their start once spelling habits
// are set aside ("Pharmacy" and "Farmacie", "Medicine" and "Medicină",
// "Architecture" and "Arquitectura", "Phase" and "Fase"). A line that
// names an institution or award in English that the profile names in
// its own language is read through them.

// cognateForm spells a folded word by its sounds, roughly: "ph" as f,
// "th" as t, "ch", "ck", "qu" and a hard c as k, a soft c and z as s,
// y as i, w as v, doubled letters once.
func cognateForm(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	var last byte
	put := func(c byte) {
		if c != last {
			b.WriteByte(c)
			last = c
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch {
		case c == 'p' && next == 'h':
			put('f')
			i++
		case c == 't' && next == 'h':
			put('t')
			i++
		case (c == 'c' || c == 'q') && (next == 'h' || next == 'k' || next == 'u' && c == 'q'):
			put('k')
			i++
		case c == 'c' && (next == 'e' || next == 'i' || next == 'y'),
			c == 't' && next == 'i' && i+2 < len(w) && strings.IndexByte("aeiou", w[i+2]) >= 0:
			put('s') // "nacional", "national" and "nazionale" alike
		case c == 'c':
			put('k')
		case c == 'z':
			put('s')
		case c == 'y':
			put('i')
		case c == 'w':
			put('v')
		default:
			put(c)
		}
	}
	return b.String()
}

// sharedRoot reports whether folded words a and b, four letters or more,
// may be one word in two languages: once spelt by their sounds, the
// shorter is the start of the longer, or they share their first five
// letters.
func sharedRoot(a, b string) bool {
	if len(a) < 4 || len(b) < 4 {
		return false
	}
	fa, fb := cognateForm(a), cognateForm(b)
	fa, fb = unprothetic(fa, fb), unprothetic(fb, fa)
	if fa[0] != fb[0] {
		return false
	}
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	if len(fa) >= 4 && strings.HasPrefix(fb, fa) || pluralStem(fa) == pluralStem(fb) && len(pluralStem(fa)) >= 3 {
		return true // "Arts" and "Artes", "Parks" and "Parques"
	}
	n := 0
	for n < len(fa) && fa[n] == fb[n] {
		n++
	}
	return n >= 5
}

// unprothetic is a without the e that Spanish, Portuguese and French put
// before an s and a consonant where b, another language's word, has
// none: "estrategia" as "strategia" beside "strategy", "especial" as
// "special".
func unprothetic(a, b string) string {
	if len(a) > 3 && len(b) > 2 && a[0] == 'e' && a[1] == 's' && b[0] == 's' && !isVowel(a[2]) && !isVowel(b[1]) {
		return a[1:]
	}
	return a
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// pluralStem is a word in its sound spelling without the ending of a
// plural: "arts" and "artes" as "art", "parks" and "parkes" (for
// "parques") as "park".
func pluralStem(w string) string {
	w = strings.TrimSuffix(w, "s")
	return strings.TrimSuffix(w, "e")
}

// rootOccs returns where a name of the profile written in another
// language has a word of the same root as the line's word t, or its kind
// of institution or prize in that language: "Architecture Prize" in
// "Premio de Arquitectura de Andalucía". Only names most of whose words
// are no English word count, so an English profile's words are met by
// the matcher alone.
func (x *Index) rootOccs(t *lineTok, lists *Lists, buf []occ) []occ {
	if t.number || t.acronym || len(t.lower) < 4 {
		return buf
	}
	kinds := institutionKinds[t.key]
	for si := range x.segs {
		seg := &x.segs[si]
		if !seg.names || seg.kind == segName {
			continue
		}
		foreign := -1 // whether most of the field's words are no English word: asked once, when needed
		for p := range seg.toks {
			w := seg.toks[p].lower
			// A compound holds the name's words: "Innovation Prize" for
			// "Innovationspreis", the word opening it and the kind
			// closing it.
			if !(sharedRoot(t.lower, w) || len(t.lower) >= 5 && len(w) >= len(t.lower)+4 && strings.HasPrefix(w, t.lower) ||
				slices.ContainsFunc(kinds, func(k string) bool {
					return w == k || strings.HasPrefix(w, k) || len(k) >= 4 && strings.HasSuffix(w, k)
				})) {
				continue
			}
			if foreign < 0 {
				foreign = 0
				if seg.foreign(lists) {
					foreign = 1
				}
			}
			// Or most words of the part of it the word is in, between
			// commas: "Kences Innovatieprijs, Kences, Voor het Buddy
			// Floor-programma van SSH Student Housing".
			if foreign == 1 || seg.foreignPart(p, lists) {
				buf = append(buf, occ{seg: int32(si), pos: int32(p)})
			}
		}
	}
	return buf
}

// foreignPart reports whether most words of the part of the field around
// its word p, between two breaks, are no English word.
func (s *segment) foreignPart(p int, lists *Lists) bool {
	lo, hi := p, p+1
	for lo > 0 && !breaksAt(&s.toks[lo]) {
		lo--
	}
	for hi < len(s.toks) && !breaksAt(&s.toks[hi]) {
		hi++
	}
	foreign, words := foreignWords(s.toks[lo:hi], lists)
	return 2*foreign > words
}

// foreign reports whether most of the field's words of three letters or
// more are no English word.
func (s *segment) foreign(lists *Lists) bool {
	foreign, words := foreignWords(s.toks, lists)
	return 2*foreign > words
}

// nameRoot reports whether a word of a name on the profile, in capitals,
// shares its root with w, a word of a line in another language: "Fase"
// for the "Phase" of "Phase 7".
func (x *Index) nameRoot(w string) bool {
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segContext || seg.kind == segName || seg.kind == segVocab {
			continue
		}
		for p := range seg.toks {
			if ft := &seg.toks[p]; ft.capital && !ft.fn && !ft.number && sharedRoot(w, ft.lower) {
				return true
			}
		}
	}
	return false
}

// foreignRoot reports whether a word of the candidate's own fields in
// another language shares the root of w, a name-like word of the line, by
// six letters or more of their sounds: "Babylonian" and
// "babylonischen".
func (x *Index) foreignRoot(w string, lists *Lists) bool {
	fw := cognateForm(w)
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segContext || seg.kind == segVocab || seg.kind == segName {
			continue
		}
		for p := range seg.toks {
			ft := &seg.toks[p]
			if len(ft.lower) < 7 || ft.number || ft.lower[0] != w[0] || lists.tier(ft.lower) != 0 {
				continue
			}
			ff := cognateForm(ft.lower)
			n := 0
			for n < len(fw) && n < len(ff) && fw[n] == ff[n] {
				n++
			}
			if n >= 6 && seg.foreign(lists) {
				return true
			}
		}
	}
	return false
}
