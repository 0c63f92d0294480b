package personalize

import (
	"fmt"
	"strings"
	"unicode"
)

// originStems start the words of an origin on the profile, by the line's
// word: "discovering" needs "discovered" or "discovery" there, not
// "Competent Person for the Kalinga lithium deposit".
var originStems = map[string]string{
	"discovered": "discover", "discovering": "discover", "discover": "discover", "discovery": "discover",
	"invented": "invent", "inventing": "invent", "invent": "invent", "invention": "invent",
	"founded": "found", "founding": "found", "co-founded": "found", "co-founding": "found",
}

// originPast is the past of an origin's stem, for messages.
var originPast = map[string]string{"discover": "discovered", "invent": "invented", "found": "founded"}

// ownWordStarts reports whether a word of the candidate's own fields
// starts with stem ("found": "founder", "co-founded"; not "foundation").
func (x *Index) ownWordStarts(stem string) bool {
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segContext || seg.kind == segVocab {
			continue
		}
		for p := range seg.toks {
			if originWord(seg.toks[p].lower, stem) {
				return true
			}
		}
	}
	return false
}

// originWord reports whether the lower-case word w says an origin of
// stem ("co-founder", "cofounded" for "found"; not "foundation").
func originWord(w, stem string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "co-"), "co")
	if strings.HasPrefix(w, stem) && !strings.HasPrefix(w, "foundation") {
		return true
	}
	// The same in other languages: "Fondatrice", "Kurucu", "Gründerin",
	// "założyła", "創業"; not "fondation" or "Stiftung".
	f := fold(w)
	for _, o := range foreignOrigins[stem] {
		if strings.HasPrefix(f, o) || o[0] >= 0x80 && strings.Contains(w, o) {
			return true
		}
	}
	return false
}

// foreignOrigins are the starts of words, folded, that say in other
// languages what a stem of originStems says, and the Chinese, Japanese
// and Korean words for it, found anywhere in a word.
var foreignOrigins = map[string][]string{
	"found": {"fundador", "fundou", "fundei", "funde", "fundamos", "fundada", "fundado", "fonde", "grundete", "fondateur", "fondatrice", "fondee", "grunder", "gegrundet", "fondatore", "fondato",
		"oprichter", "opgericht", "zalozyciel", "zalozyl", "grundare", "grundade", "grundlaegger", "grundlagde", "grunnlegger",
		"perustaja", "perusti", "kurucu", "kurdu", "zakladatel", "zalozil", "fondator", "alapito",
		"創業", "創設", "創立", "设立", "創辦", "创始", "创办", "창업", "설립"},
	"discover": {"descubr", "decouv", "entdeck", "scopert", "ontdek", "odkry", "upptack", "opdag", "oppdag", "kesf", "発見", "发现"},
	"invent":   {"erfind", "uitvind", "uitgevonden", "wynalaz", "uppfinn", "icat", "発明", "发明"},
}

// checkOrigin checks that the profile's entry holding what the line says
// they discovered, invented or founded says so too ("discovery",
// "co-founder"), or returns why not. What the profile does not hold at
// all is judged elsewhere.
func (c *claimCheck) checkOrigin(word string, first, last int) string {
	keys := c.contentKeys(first, last, eventNone)
	if len(keys) == 0 {
		// "founded a startup on the side": nothing named to look for,
		// but a profile that never says they founded anything does not
		// support it.
		if !c.idx.ownWordStarts(originStems[word]) {
			return fmt.Sprintf("Says %s %s, but their profile never says they %s anything: say what it says they did.",
				word, quoteText(c.line[c.toks[first].start:c.toks[last].end]), originPast[originStems[word]])
		}
		return ""
	}
	seg, ok := c.bestSegment(keys, eventOrigin)
	if !ok {
		return ""
	}
	stem := originStems[word]
	text := c.originText(seg, keys)
	if saysOrigin(text, stem) {
		return ""
	}
	// Another entry with what it is about may say it: "Trio Brasa" in a
	// recording's title, and in the post "Cofondatrice, Trio Brasa".
	for _, o := range c.lookup(keys[0]) {
		if s := &c.idx.segs[o.seg]; s != seg && s.kind != segContext && s.kind != segVocab && s.entry >= 0 && c.holdsAll(s, keys) && saysOrigin(c.originText(s, keys), stem) {
			return ""
		}
	}
	if seg.entry >= 0 && c.entrySentenceSays(seg, first, last, stem) {
		return ""
	}
	return fmt.Sprintf("Says %s %s, but their profile does not say so (%q): say what it says they did.",
		word, quoteText(c.line[c.toks[first].start:c.toks[last].end]), text)
}

// holdsAll reports whether seg holds every one of the line's words keys:
// "Lavanta Vakfı" is not the "Lavanta" of another entry's farm.
func (c *claimCheck) holdsAll(seg *segment, keys []int) bool {
	for _, k := range keys {
		if !slicesHasKey(seg.toks, c.toks[k].key) {
			return false
		}
	}
	return true
}

// originText is the text of seg that tells of what keys name: the
// sentence that holds the first, with the entry's post; an award or a
// volunteer post, over lines of its own, is its whole entry.
func (c *claimCheck) originText(seg *segment, keys []int) string {
	lo, hi := 0, len(seg.toks)
	for p := range seg.toks {
		if seg.toks[p].key == c.toks[keys[0]].key {
			lo, hi = sentenceOf(seg, p, p)
			break
		}
	}
	text := seg.src[seg.toks[lo].start:seg.toks[hi-1].end]
	if awardEntry(seg.entry) || seg.entry >= 0 && seg.entry/10000 == listVolunteering {
		// A volunteer post says its role once, for all it tells:
		// "Founder, Hill Country Reading Club: ...".
		text = c.idx.entryText(seg.entry)
	} else if seg.entry >= 0 {
		// Their post there says it too: "Co-founder" at Core Logic Labs,
		// "Vielleuse, compositrice, cofondatrice" at Trio Brasa.
		for si := range c.idx.segs {
			t := &c.idx.segs[si]
			if t.entry == seg.entry && t != seg && len(t.toks) > 0 && (strings.HasSuffix(t.label, "title") || strings.HasSuffix(t.field, ".title")) {
				text += "\n" + t.src[t.toks[0].start:t.toks[len(t.toks)-1].end]
			}
		}
	}
	return text
}

// saysOrigin reports whether a word of text says an origin of stem.
func saysOrigin(text, stem string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if originWord(w, stem) {
			return true
		}
	}
	return false
}

// entrySentenceSays reports whether another field of seg's entry says the
// origin of stem in a sentence with a word of what the line's words
// first..last say was founded: the post "Directora deportiva, sección de
// Dragon Boat" at the club, and its description "Fundé la sección de
// dragon boat en 2015".
func (c *claimCheck) entrySentenceSays(seg *segment, first, last int, stem string) bool {
	for si := range c.idx.segs {
		t := &c.idx.segs[si]
		if t == seg || t.entry != seg.entry || t.kind == segContext || t.kind == segVocab {
			continue
		}
		for p := range t.toks {
			if ft := &t.toks[p]; ft.fn || len(ft.key) < 3 || !c.spanHas(first, last, ft.key) {
				continue
			}
			lo, hi := sentenceOf(t, p, p)
			if saysOrigin(t.src[t.toks[lo].start:t.toks[hi-1].end], stem) {
				return true
			}
		}
	}
	return false
}
