package personalize

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

// The party of a deal: whom the candidate acted for ("acted for the
// lenders on the refinancing of Holloway Care"). A line that puts them on
// another side of a deal the profile names ("acting for Holloway Care on
// its refinancing") credits them with work they did not do.

// partyVerbs take the party as their object: "advised Barrow Capital",
// "representing the sponsor".
var partyVerbs = wordSet("advise advises advised advising represent represents represented representing")

// actVerbs take it after "for": "acted for the lenders".
var actVerbs = wordSet("act acts acted acting")

// defendVerbs take a party named in capitals as their object ("defending
// Centennial Rail"), not a claim ("defended the claim").
var defendVerbs = wordSet("defend defends defended defending")

// partyEnds end a party's name: what comes next is what the work was on,
// where or how.
var partyEnds = wordSet("on in at with during across over to as for from into under by about through")

// partyStretch is a party named in a text: the words first..last, of
// which those before owner are whose it is ("Barrow Capital's lenders":
// owner is the index of "lenders").
type partyStretch struct{ first, owner, last int }

// parties returns the parties toks name after a verb of acting for,
// advising or defending, or "on behalf of", "counsel to", "adviser to",
// or a client named: "our client Rocky Ridge" on the profile, "your
// client" in a line (the recruiter's client is none of the candidate's).
func parties[T any, P interface {
	*T
	tokener
}](toks []T, out []partyStretch, line bool) []partyStretch {
	at := func(k int) *token { return P(&toks[k]).tok() }
	for i := 0; i+1 < len(toks); i++ {
		if at(i).flags&flagParty == 0 {
			continue
		}
		w, next := at(i).lower, at(i+1).lower
		start := -1
		switch {
		case actVerbs[w] && next == "for":
			start = i + 2
		case partyVerbs[w] && !partyEnds[next] && !breaksAt(at(i+1)):
			start = i + 1
		case (w == "behalf" || w == "defense" || w == "defence") && next == "of", (w == "counsel" || strings.HasPrefix(w, "advis")) && next == "to":
			start = i + 2
		case defendVerbs[w] || w == "client" && (!line || i > 0 && at(i-1).lower == "your"):
			if n := at(i + 1); n.capital && !n.fn && !breaksAt(n) {
				start = i + 1
			}
		}
		if start < 0 || start >= len(toks) || breaksAt(at(start)) {
			continue
		}
		p := partyStretch{first: start, owner: start, last: -1}
		for k := start; k < len(toks) && k < start+8; k++ {
			t := at(k)
			if k > start && t.lower == "as" && !t.sentStart && !strings.ContainsAny(t.punctBefore, ".;!?") {
				continue // "Barrow Capital, as sponsor": what the party was
			}
			if k > start && (breaksAt(t) || partyEnds[t.lower] || t.sentStart) {
				break
			}
			p.last = k
			if strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "s'") {
				p.owner = k + 1
			}
		}
		if p.last >= p.first {
			out = append(out, p)
		}
	}
	return out
}

// lineParties is parties(toks, out, true), without the generic walk for
// a line with no word a party may follow (flagParty), most lines.
func lineParties(toks []lineTok, out []partyStretch) []partyStretch {
	if !anyOf(toks, func(t *lineTok) bool { return t.flags&flagParty != 0 }) {
		return out
	}
	return parties(toks, out, true)
}

// partyProblems returns a sentence for each party the line names that the
// profile has on another side of the same work: the profile's sentences
// that name the line's party all give another party.
func partyProblems(line string, toks []lineTok, idx *Index) []string {
	var buf [4]partyStretch
	lp := lineParties(toks, buf[:0])
	var out []string
	for _, p := range lp {
		// The words of the party and of whose it is that the profile
		// holds; a word it lacks is judged elsewhere.
		var who, whose []string
		unknown := -1 // a word of the party's before its name that the profile lacks ("junior")
		for k := p.first; k <= p.last; k++ {
			t := &toks[k]
			if t.scope || t.ignored {
				who, whose = nil, nil
				break
			}
			if t.token.fn || t.key == "" || t.number {
				continue
			}
			if !idx.has(t.key) {
				if unknown < 0 && len(who) == 0 && k >= p.owner && !t.capital && content(&t.token) {
					unknown = k
				}
				continue
			}
			if k < p.owner {
				whose = append(whose, t.key)
			} else {
				who = append(who, t.key)
			}
		}
		if len(who) == 0 {
			continue
		}
		said := line[toks[p.first].start:toks[p.last].end]
		named := anyOf(toks[p.first:p.last+1], func(t *lineTok) bool { return t.capital && !t.sentStart || t.acronym })
		if msg := idx.otherParty(who, whose, said, named); msg != "" {
			out = append(out, msg)
		} else if unknown >= 0 {
			// "the junior lenders" where the profile's party is "the
			// senior lenders".
			if own := idx.ownParty(who); own != "" {
				out = append(out, fmt.Sprintf("Says they acted for %q, but their profile has them acting for %q: name the side they were on.", said, own))
			}
		}
	}
	// "against Rocky Ridge Aggregates" where the profile has them acting
	// for Rocky Ridge.
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower != "against" || toks[i].scope || breaksAt(&toks[i+1].token) {
			continue
		}
		// The name after it ("against Rocky Ridge Aggregates"), or the
		// noun phrase up to what the work was in ("against a
		// broker-dealer in a FINRA arbitration").
		var who []string
		last := i + 1
		named := toks[i+1].capital && !toks[i+1].fn
		for k := i + 1; k < len(toks) && k < i+7 && (k == i+1 || !breaksAt(&toks[k].token) && !toks[k].sentStart && !partyEnds[toks[k].lower] && !clauseStops[toks[k].lower]); k++ {
			t := &toks[k]
			if named && !t.capital {
				break
			}
			if !t.fn && !t.number && t.key != "" && !orgWords[t.key] && idx.has(t.key) {
				who = append(who, t.key)
			}
			last = k
		}
		if said := idx.ownParty(who); said != "" {
			out = append(out, fmt.Sprintf("Says they were against %q, but their profile has them acting for %q: name the side they were on.",
				line[toks[i+1].start:toks[last].end], said))
		}
	}
	return out
}

// ownParty returns a party of the profile that holds a word of who, or "".
func (x *Index) ownParty(who []string) string {
	if len(who) == 0 {
		return ""
	}
	var buf [4]partyStretch
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind != segSpecific || !holdsAny(seg.toks, 0, len(seg.toks)-1, who) {
			continue
		}
		for _, p := range parties(seg.toks, buf[:0], false) {
			if holdsAny(seg.toks, p.first, p.last, who) {
				return seg.src[seg.toks[p.first].start:seg.toks[p.last].end]
			}
		}
	}
	return ""
}

// otherParty returns why the profile contradicts a line's party with the
// words who (whose, when it is someone's): "" when a sentence of the
// profile names that party, or no sentence naming its words gives one.
func (x *Index) otherParty(who, whose []string, said string, named bool) string {
	var buf [4]partyStretch
	other := ""
	// The segments that name the party, with the rest of their sentence
	// in the segments of the field before and after ("... v. Centennial
	// Rail; verdict for our client Rocky Ridge").
	var near []int
	for si := range x.segs {
		seg := &x.segs[si]
		if !holdsAny(seg.toks, 0, len(seg.toks)-1, append(who, whose...)) {
			continue
		}
		lo, hi := x.sentenceSegs(si)
		for k := lo; k <= hi; k++ {
			if !slices.Contains(near, k) {
				near = append(near, k)
			}
		}
	}
	for _, si := range near {
		seg := &x.segs[si]
		if seg.kind == segContext || seg.kind == segName || seg.kind == segVocab {
			continue
		}
		for _, p := range parties(seg.toks, buf[:0], false) {
			// One word of the party is enough ("unaccompanied minors pro
			// bono" for "unaccompanied minors"); whose it is must be in the
			// sentence.
			if holdsAny(seg.toks, p.first, p.last, who) && holdsAll(seg.toks, 0, len(seg.toks)-1, whose) {
				return "" // the profile names that party
			}
			if !named && sideOnly(seg.toks, p) {
				// "the 640 care workers" may be who "the claimants" were:
				// a side the profile names by its role, a party the line
				// describes.
				continue
			}
			if other == "" {
				other = seg.src[seg.toks[p.first].start:seg.toks[p.last].end]
			}
		}
	}
	if other == "" {
		return ""
	}
	return fmt.Sprintf("Says they acted for %q, but their profile has them acting for %q there: name the side they were on.", said, other)
}

// sentenceSegs returns the first and last segments of the sentence
// segment si is part of: a field's sentence may be in several segments
// ("... v. Centennial Rail; verdict for our client Rocky Ridge").
func (x *Index) sentenceSegs(si int) (lo, hi int) {
	lo, hi = si, si
	for lo > 0 && x.sameSentence(lo-1, lo) {
		lo--
	}
	for hi+1 < len(x.segs) && x.sameSentence(hi, hi+1) {
		hi++
	}
	return lo, hi
}

// clusterSentence yields the parts of the profile's sentence that holds a
// cluster, a segment and the bounds of the sentence in it each: the
// cluster's own segment within its sentence, and the segments of the
// field before and after it that continue the sentence.
func (x *Index) clusterSentence(cl *cluster) iter.Seq2[*segment, [2]int] {
	return func(yield func(*segment, [2]int) bool) {
		lo, hi := sentenceOf(&x.segs[cl.seg], int(cl.minPos), int(cl.maxPos))
		first, last := x.sentenceSegs(int(cl.seg))
		for si := first; si <= last; si++ {
			span := [2]int{0, len(x.segs[si].toks)}
			if si == int(cl.seg) {
				span = [2]int{lo, hi}
			}
			if !yield(&x.segs[si], span) {
				return
			}
		}
	}
}

// sentenceHas reports whether the profile's sentence the cluster is in
// has the key.
func (x *Index) sentenceHas(cl *cluster, key string) bool {
	for s, span := range x.clusterSentence(cl) {
		if holdsAny(s.toks, span[0], span[1]-1, []string{key}) {
			return true
		}
	}
	return false
}

// sameSentence reports whether segments a and a+1 = b are parts of one
// sentence of a field.
func (x *Index) sameSentence(a, b int) bool {
	sa, sb := &x.segs[a], &x.segs[b]
	if sa.field != sb.field || sa.entry != sb.entry || sa.src != sb.src || len(sa.toks) == 0 || len(sb.toks) == 0 {
		return false
	}
	end, start := sa.toks[len(sa.toks)-1].end, sb.toks[0].start
	return end <= start && !containsAnyASCII(sa.src[end:start], ".!?\n")
}

// holdsAll reports whether toks[first..last] hold every key of keys.
func holdsAll(toks []token, first, last int, keys []string) bool {
	for _, k := range keys {
		if !holdsAny(toks, first, last, []string{k}) {
			return false
		}
	}
	return true
}

// holdsAny reports whether toks[first..last] hold a key of keys.
func holdsAny(toks []token, first, last int, keys []string) bool {
	for i := first; i <= last && i < len(toks); i++ {
		for _, k := range keys {
			if toks[i].key == k {
				return true
			}
		}
	}
	return false
}

// sideOnly reports whether a party is only a side's words: "the
// claimants", "the senior lenders".
func sideOnly(toks []token, p partyStretch) bool {
	side := false
	for k := p.first; k <= p.last; k++ {
		t := &toks[k]
		switch {
		case sideWord(t.lower) != 0:
			side = true
		case t.fn || !t.capital && !t.number && t.key != "":
		default:
			return false
		}
	}
	return side
}
