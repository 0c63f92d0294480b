package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// swapProblems refuses a name put in the place of another in front of a
// reference: "the Northampton automated fulfilment centre" where the
// profile says "Daventry automated fulfilment centre" (Northampton being
// on the profile elsewhere, so not refused as absent). The line's word
// right before the matched stretch is a capitalised name this field does
// not have, and the field's word right before it is another name.
func swapProblems(line string, toks []lineTok, idx *Index, lists *Lists, res *matchResult) []string {
	var out []string
	for _, c := range res.kept {
		k := c.first - 1
		if k < 0 || c.forced || c.last-c.first < 1 {
			continue
		}
		t := &toks[k]
		if !t.capital || t.sentStart || t.fn || t.acronym || t.scope || t.name || t.number || t.nounCase {
			continue // in German every noun has a capital: "der Sesselbahn Piz Mezdi" names no other thing
		}
		seg := &idx.segs[c.seg]
		p := int(c.minPos) - 1
		if p < 0 {
			continue
		}
		ft := &seg.toks[p]
		if !ft.capital || ft.sentStart || ft.fn || ft.number || ft.key == t.key || fuzzyKey(ft.key, t.key) || breaksAt(&seg.toks[c.minPos]) ||
			sharedRoot(ft.lower, t.lower) || // "Fase 7" for "Phase 7": the word in another language
			len(t.lower) >= 6 && oneEdit(ft.lower, t.lower) || // "Catsellana Retail" for "Castellana Retail": a typo
			len(t.lower) >= 2 && len(ft.lower) > len(t.lower) && strings.HasPrefix(ft.lower, t.lower) {
			// "Ph II supply" for "Phase II supply": the word clipped.
			continue
		}
		// The line's word must not be a word of this field at all, nor
		// of the name of its entry's employer, school or organisation
		// ("Médicos del Mundo endoscopy teaching" for the organisation's
		// volunteering), and the stretch must start where
		// the field's does: "endoscopy teaching in Bissau" for "Bissau,
		// teaching ... endoscopy" has nothing of the field's before it.
		if slicesHasKey(seg.toks, t.key) || idx.entryNamedBy(seg.entry, t.key) || seg.toks[c.minPos].key != toks[c.first].key || idx.spelledEndsAt(toks, k) {
			continue
		}
		if ok, _ := idx.translatedName(toks, k, c.last, lists); ok {
			// "the Turkish Society of Radiology": another name of theirs,
			// the profile's "Türk Radyoloji Derneği", not their "European
			// Society of Radiology" with a word swapped.
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.",
			line[t.start:toks[c.last].end], seg.src[ft.start:seg.toks[c.maxPos].end]))
	}
	return out
}

// entryNamedBy reports whether a field of entry that holds a name (its
// employer, school or organisation) has key.
func (x *Index) entryNamedBy(entry int32, key string) bool {
	if entry < 0 {
		return false
	}
	for _, o := range x.post[key] {
		if s := &x.segs[o.seg]; s.entry == entry && s.names {
			return true
		}
	}
	return false
}

func slicesHasKey(toks []token, key string) bool {
	for i := range toks {
		if toks[i].key == key {
			return true
		}
	}
	return false
}

// wordSwapProblems refuses a word put in the place of another inside a
// matched stretch: "offer turnaround for international applicants" where
// the profile says "offer turnaround for mature applicants" and
// "international" elsewhere. The words on both sides of it are the
// profile's, next to one word that is not it.
func wordSwapProblems(line string, toks []lineTok, idx *Index, lists *Lists, res *matchResult) []string {
	var out []string
	european := -1 // whether the line is in a language of Europe but English: asked once, when needed
	inflected := func() bool {
		if european < 0 {
			european = 0
			if europeanLine(toks, lists) {
				european = 1
			}
		}
		return european == 1
	}
	for _, c := range res.kept {
		seg := &idx.segs[c.seg]
		for k := c.first + 1; k < c.last; k++ {
			t := &toks[k]
			side := func(j int) bool { return c.matched.has(j) || toks[j].fn }
			// A word before the matched noun it qualifies: "international
			// applicants", not "sparks and" for "electricians and".
			// Or the noun after a matched word, before a matched figure:
			// "query latency by 63%" for "query costs by 63%".
			head := c.matched.has(k-1) && !toks[k-1].fn && !toks[k-1].number && k+2 <= c.last && toks[k+1].fn && c.matched.has(k+2) && toks[k+2].number
			if c.matched.has(k) || !side(k-1) || !head && (!c.matched.has(k+1) || toks[k+1].fn) || t.fn || t.number || t.scope || t.key == "" ||
				t.capital && t.sentStart || strings.HasSuffix(t.lower, "'s") || !idx.has(t.key) ||
				t.punctBefore == "-" && toks[k-1].number && unitClass(t.key, t.lower) == "" { // "a 3,400-response user survey": what the figure counts, not its unit ("six-month")
				continue
			}
			sameAs := func(ft *token, lt *lineTok) bool { return ft.lower == lt.lower || ft.key == lt.key }
			for p := 1; p+1 < len(seg.toks); p++ {
				w := &seg.toks[p]
				if !sameAs(&seg.toks[p-1], &toks[k-1]) {
					continue
				}
				// A name may have a word of the profile's after it that
				// the line leaves out: "in Exeter schools" for "in Bristol
				// secondary schools".
				end := p + 1
				for !t.capital && w.capital && end+1 < len(seg.toks) && end <= p+2 && seg.toks[end].punctBefore == "-" && (seg.toks[end].capital || seg.toks[end].number) {
					end++ // the rest of a name joined by hyphens: "ASPIRE-HF"
				}
				if !sameAs(&seg.toks[end], &toks[k+1]) {
					if !t.capital || !w.capital || end+1 >= len(seg.toks) || seg.toks[end].capital || seg.toks[end].fn || seg.toks[end].number ||
						!sameAs(&seg.toks[end+1], &toks[k+1]) {
						continue
					}
					end++
				}
				// A word for a name: "Phase III oncology trial" for "Phase
				// III ASPIRE-HF trial" is another trial when neither its
				// sentence ("... of a heart failure therapy") nor its entry
				// has the word, nor the name's long form ("timber" of CLT).
				describes := !t.capital && w.capital && !w.sentStart && !idx.sentenceHas(&c, t.key) && !lists.equiv.spells(w.key, t.key) &&
					!(seg.entry >= 0 && idx.entryHolds(seg.entry, []string{t.key})) // "azaindole" of the patent's title
				if w.fn || w.number || len(w.lower) == 1 || w.key == t.key || fuzzyKey(w.key, t.key) || strings.HasPrefix(w.lower, t.lower) || strings.HasPrefix(t.lower, w.lower) ||
					len(t.lower) >= 4 && strings.HasSuffix(w.lower, t.lower) || // "land value" for "farmland value": the compound's head
					len(t.lower) >= 4 && len(w.lower) >= 4 && t.lower[:3] == w.lower[:3] && inflected() || // "adını" for "adımızı": one word with other endings
					!t.capital && !w.capital && (idx.sentenceHas(&c, t.key) || seg.names && seg.entry >= 0 && idx.entryHolds(seg.entry, []string{t.key})) || // "fuzzing harness" for a "test harness" that "fuzzes"
					slices.Contains(lists.synonymKeys(t.lower), w.key) || t.capital != w.capital && !describes ||
					idx.entryNamedBy(seg.entry, t.key) || // "the Spændt app" for "Android app" in the project named Spændt, "fatigue trial" for "rota trial" in the "fatigue pilot": the thing's own name
					unitOfKey(w.key) != "" && unitOfKey(w.key) == unitOfKey(t.key) ||
					(anyThing[w.lower] && lists.countsThings(t.lower) || anyThing[t.lower] && lists.countsThings(w.lower)) {
					// "11,500 boxes" for "11,500 units": a counter stands for any thing
					// A name only for a name ("the Hamburg desk's grain
					// book" for "the Singapore desk's").
					break
				}
				if len(idx.phrase([]string{toks[k-1].key, t.key, toks[k+1].key}, nil)) > 0 {
					break // "Game Design Award", the award's name, beside its issuer's
				}
				if head && w.flags&flagChange != 0 {
					break // "NPS going from 41 to 63" for "NPS rose from 41 to 63": a verb of change, which the direction checks judge
				}
				if monthWord(w.lower) && seg.toks[end].number {
					break // "Seilbahnen Schweiz Sicherheitspreis 2022" for "Seilbahnen Schweiz · Nov 2022": a date, no word
				}
				out = append(out, fmt.Sprintf("Says %q, but their profile says %q: say what it says.",
					line[t.start:toks[k+1].end], seg.src[w.start:seg.toks[end].end]))
				break
			}
		}
	}
	return out
}

// anyThing are nouns that count things of any kind: "units", "items".
var anyThing = wordSet("unit units item items piece pieces pcs asset assets")

// modifierSwapProblems refuses a name put before a noun of the entry a
// line's reference is in, where that entry has another name before it:
// "230 fixtures on the Capesize desk at Clarksons" where the Clarksons
// entry says "Panamax desk; concluded 230+ fixtures" (Capesize being on
// the profile elsewhere, so not refused as absent). A name may start its
// sentence there; a dictionary word may not.
func modifierSwapProblems(line string, toks []lineTok, idx *Index, lists *Lists, res *matchResult) []string {
	if len(res.kept) == 0 {
		return nil
	}
	for k := 0; k+1 < len(toks); k++ {
		t, h := &toks[k], &toks[k+1]
		if !t.capital || t.sentStart || t.fn || t.acronym || t.scope || t.name || t.number || t.key == "" ||
			h.fn || h.number || h.capital || h.key == "" || breaksAt(&h.token) || k > 0 && possessiveBits.has(toks[k-1].lower) && possessives[toks[k-1].lower] {
			continue // "your Rotterdam team": theirs described, no name of a thing
		}
		checked := false
		for _, c := range res.kept {
			entry := idx.segs[c.seg].entry
			if entry < 0 || c.forced || k >= c.first && k <= c.last || sentenceBreak(toks, min(k, c.first), max(k, c.last)) {
				continue
			}
			if !checked {
				if lists.tier(h.lower) == 0 || !idx.has(t.key) {
					break
				}
				checked = true
			}
			for _, o := range idx.post[h.key] {
				s := &idx.segs[o.seg]
				if s.entry != entry || o.pos < 1 || breaksAt(&s.toks[o.pos]) || s.toks[o.pos].lower != h.lower {
					continue
				}
				b := &s.toks[o.pos-1]
				if !b.capital || b.sentStart && lists.tier(b.lower) != 0 || b.fn || b.number || b.acronym || fuzzyKey(b.key, t.key) || sharedRoot(b.lower, t.lower) ||
					oneEdit(b.lower, t.lower) || strings.HasPrefix(b.lower, t.lower) || strings.HasPrefix(t.lower, b.lower) {
					continue
				}
				// Not a word of the entry in any form ("Ghanaian" of "in
				// Ghana"), and not a pair the profile has elsewhere.
				if idx.inEntryFuzzy(t.key, entry) || len(idx.phrase([]string{t.key, h.key}, nil)) > 0 {
					break
				}
				if idx.regionHolds(t.key) {
					break // "the Southeast Asia launch" for "the Vietnamese, Thai and Indonesian launch"
				}
				if o.pos >= 2 && s.toks[o.pos-2].acronym && spellsBefore(toks, k, s.toks[o.pos-2].lower) {
					// "the International Anaplastology Association
					// conference" for "IAA Annual Conference": the
					// initials before the entry's word, spelled out.
					break
				}
				if lv, sub := degreeOf(b.lower); lv != noDegree && slices.ContainsFunc(idx.degreeEntries(lv, sub, nil), func(e int32) bool { return idx.inEntryFuzzy(t.key, e) }) {
					break // "your Heriot-Watt thesis" for an "MSc thesis", their MSc being from Heriot-Watt
				}
				if slices.ContainsFunc(res.kept, func(o cluster) bool {
					e := idx.segs[o.seg].entry
					return e >= 0 && e != entry && idx.inEntryFuzzy(t.key, e)
				}) {
					// "from the Pipestone Creek bonebed at the Currie museum
					// to ... the Tyrrell": the name of another entry the
					// line refers to, not a swap in this one.
					break
				}
				return []string{fmt.Sprintf("Says %q, but their profile says %q there: say what it says.",
					line[t.start:h.end], s.src[b.start:s.toks[o.pos].end])}
			}
		}
	}
	return nil
}

// monthWord reports whether w is a month's name or its short form
// ("nov", "sept", "march").
func monthWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, m := range [...]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"} {
		if strings.HasPrefix(m, w) {
			return true
		}
	}
	return false
}

// spellsBefore reports whether the line's capitalised words that end at
// toks[k] have the initials acr: "International Anaplastology
// Association" for "iaa".
func spellsBefore(toks []lineTok, k int, acr string) bool {
	var b []byte
	for j := k; j >= 0 && len(b) < len(acr); j-- {
		t := &toks[j]
		switch {
		case connectors[t.lower] && j < k:
			continue
		case !t.capital || t.lower == "":
			return false
		}
		b = append([]byte{t.lower[0]}, b...)
		if j == 0 || breaksAt(&t.token) {
			break
		}
	}
	return len(acr) >= 2 && string(b) == acr
}
