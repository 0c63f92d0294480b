package personalize

import (
	"fmt"
	"strings"
)

// Who sold and who bought: "the €180m sale of the Iberian business to Sol
// Partners" makes Sol Partners the buyer, and a line about "Sol Partners'
// €180m sale of its Iberian business" makes it the seller. A line that
// turns a deal's buyer into its seller, or the other way, credits the
// candidate with another deal.

var (
	// saleNouns are deals said from the seller's side.
	saleNouns = wordSet("sale disposal disposals divestment divestments divestiture divestitures")
	// buyNouns are deals said from the buyer's side.
	buyNouns = wordSet("acquisition acquisitions purchase purchases takeover takeovers buyout buyouts buy-out")
)

// dealRole is a name a deal gives a side: keys of the name, and whether
// it sold.
type dealRole struct {
	keys        []string
	seller      bool
	first, last int // the name's words
}

// dealRoles returns the sides the deal nouns of toks give names: the owner
// before the noun ("Sol Partners' sale": seller; "Harbour's acquisition":
// buyer), and a name after "to", "by" or "from" in the rest of its clause
// ("sale of X to Sol Partners": buyer; "acquisition of X by Harbour":
// buyer; "purchase of X from Dunmore": seller).
func dealRoles[T any, P interface {
	*T
	tokener
}](toks []T, out []dealRole) []dealRole {
	at := func(k int) *token { return P(&toks[k]).tok() }
	for i := range toks {
		if at(i).flags&flagDeal == 0 {
			continue
		}
		sale, buy := saleNouns[at(i).lower], buyNouns[at(i).lower]
		// The owner: a name in capitals ending in "'s" or "s'", with
		// figures and small words between ("Sol Partners' €180m sale").
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			t := at(k)
			if breaksAt(at(k + 1)) {
				break
			}
			if t.capital && !t.fn && owner(toks, k, at) {
				first := k
				for first > 0 && at(first-1).capital && !at(first-1).fn && !breaksAt(at(first)) && !at(first).sentStart &&
					!(at(first-1).sentStart && strings.HasSuffix(at(first-1).lower, "ing")) { // not "Supporting"
					first--
				}
				out = append(out, dealRole{keys: nameKeys(toks, first, k, at), seller: sale, first: first, last: k})
				break
			}
			if !t.number && !t.fn && t.capital {
				break
			}
		}
		// After it: "to", "by" or "from" and a name.
		aside := false // just after a bracketed aside: "Brightpath Dental (72 clinics) from Aldwych"
		for k := i + 1; k+1 < len(toks) && k <= i+12; k++ {
			t := at(k)
			if p := t.punctBefore; strings.Contains(p, "(") && !strings.Contains(p, ")") && !strings.ContainsAny(p, ".;") {
				m := k + 1
				for m < len(toks) && m <= k+6 && !hasByte(at(m).punctBefore, ')') {
					m++
				}
				if m < len(toks) && m <= k+6 && !strings.ContainsAny(at(m).punctBefore, ".;") {
					k, aside = m-1, true
					continue
				}
			}
			if !aside && breaksAt(t) && strings.ContainsAny(t.punctBefore, ".;()") || t.sentStart || clauseStops[t.lower] && t.lower != "as" && t.punctBefore != "-" {
				break
			}
			aside = false
			if t.lower != "to" && t.lower != "by" && t.lower != "from" {
				continue
			}
			n := at(k + 1)
			if !n.capital || n.fn || breaksAt(n) {
				continue
			}
			last := k + 1
			for last+1 < len(toks) && at(last+1).capital && !at(last+1).fn && !breaksAt(at(last+1)) && !at(last+1).sentStart {
				last++
			}
			seller := sale && t.lower == "by" || buy && t.lower == "from"
			out = append(out, dealRole{keys: nameKeys(toks, k+1, last, at), seller: seller, first: k + 1, last: last})
			break
		}
	}
	return out
}

// owner reports whether toks[k] is written as an owner: "Harbour's", or
// "Partners'" (whose apostrophe starts the next word's punctuation).
func owner[T any](toks []T, k int, at func(int) *token) bool {
	l := at(k).lower
	if strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") || at(k).flags&flagOwner != 0 {
		return true
	}
	if k+1 < len(toks) {
		p := at(k + 1).punctBefore
		return strings.HasPrefix(p, "'") || strings.HasPrefix(p, "’")
	}
	return false
}

// nameKeys returns the keys of the words of a name, without the words
// every firm's name has ("Partners", "Capital").
func nameKeys[T any](toks []T, first, last int, at func(int) *token) []string {
	var keys []string
	for k := first; k <= last; k++ {
		if t := at(k); t.key != "" && !t.fn && !orgWords[t.key] {
			keys = append(keys, strings.TrimSuffix(strings.TrimSuffix(t.key, "'s"), "’s"))
		}
	}
	return keys
}

// dealSideProblems returns a sentence for each name the line makes the
// seller (or buyer) of a deal that the profile makes the buyer (or
// seller), and never the side the line gives it.
func dealSideProblems(line string, toks []lineTok, idx *Index) []string {
	var buf [4]dealRole
	lr := dealRoles(toks, buf[:0])
	var out []string
	for _, l := range lr {
		if len(l.keys) == 0 || toks[l.first].scope {
			continue
		}
		same, other := false, ""
		var pbuf [4]dealRole
		for si := range idx.segs {
			seg := &idx.segs[si]
			if seg.kind != segSpecific || !holdsAny(seg.toks, 0, len(seg.toks)-1, l.keys) {
				continue
			}
			for _, r := range dealRoles(seg.toks, pbuf[:0]) {
				if !sharesKey(r.keys, l.keys) {
					continue
				}
				if r.seller == l.seller {
					same = true
				} else if other == "" {
					other = seg.src[seg.toks[r.first].start:seg.toks[r.last].end]
				}
			}
		}
		if same || other == "" {
			continue
		}
		side, was := "seller", "buyer"
		if !l.seller {
			side, was = was, side
		}
		out = append(out, fmt.Sprintf("Makes %q the %s, but their profile has %q as the %s: say who sold and who bought as it does.",
			line[toks[l.first].start:toks[l.last].end], side, other, was))
	}
	return out
}

// sharesKey reports whether a and b have a key in common.
func sharesKey(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// dealKinds are the kinds of deal, each in the words that say it: a sale
// and an acquisition are one deal seen from each side.
var dealKinds = wordGroups(
	"sale sales sold sell sells selling seller disposal disposals dispose disposed divest divested divestment "+
		"divestiture exit acquisition acquisitions acquire acquired acquiring acquirer buy bought buyout buy-out "+
		"purchase purchased takeover merger mergers merge merged m&a",
	"ipo ipos listing listed flotation float floated",
	"refinancing refinance refinanced refinancings",
	"restructuring restructure restructured restructurings",
)

// dealKindProblems returns a sentence for each kind of deal the line gives
// a reference of the profile ("Halcyon Care Homes' £480m sale") when no
// word of the profile's sentence that holds it says a deal of that kind
// ("restructuring plan").
func (c *claimCheck) dealKindProblems() []string {
	var out []string
	for i := range c.toks {
		t := &c.toks[i]
		if t.flags&flagDealKind == 0 || t.scope || t.ignored || !dealNoun(t.lower) {
			continue
		}
		if i > 0 && (c.toks[i-1].lower == "of" || c.toks[i-1].lower == "for") && c.toks[i].punctBefore == " " {
			continue // "points of sale", "terms of sale", "for sale": no deal, which takes an article ("the sale of")
		}
		k := dealKinds[t.lower]
		near, said := false, false
		for _, cl := range c.res.kept {
			if cl.first-2 <= i && i <= cl.last+2 {
				near = true
				said = said || c.idx.saysDealKind(k, &cl)
			}
		}
		if !near || said {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile tells of no deal of that kind there: say what it was.", t.lower))
	}
	return out
}

// dealNoun reports whether w names a deal rather than an act: "sale",
// "merger", "refinancing", not "sold".
func dealNoun(w string) bool {
	return dealNounBits.has(w) && (saleNouns[w] || buyNouns[w] || otherDeals[w])
}

// dealNounBits filters the words of saleNouns, buyNouns and otherDeals.
var dealNounBits = func() *keyBits {
	b := new(keyBits)
	for _, m := range []map[string]bool{saleNouns, buyNouns, otherDeals} {
		for w := range m {
			b.add(w)
		}
	}
	return b
}()

var otherDeals = wordSet("merger mergers ipo ipos flotation refinancing refinancings restructuring restructurings")

// saysDealKind reports whether the profile's sentence that holds the
// cluster has a word of deal kind k.
func (x *Index) saysDealKind(k int, cl *cluster) bool {
	for seg, span := range x.clusterSentence(cl) {
		for p := span[0]; p < span[1]; p++ {
			// A word whose flags say it is no deal kind is kind 0
			// without a lookup.
			kind := 0
			if t := &seg.toks[p]; t.flags&flagRead == 0 || t.flags&flagDealKind != 0 {
				kind = dealKinds[t.lower]
			}
			if kind == k {
				return true
			}
		}
	}
	// A reference to the employer ("the sale of Maison Rochat") is told
	// of by the entry's own words: "ran the sale process".
	if s := &x.segs[cl.seg]; s.entry >= 0 && (strings.HasSuffix(s.field, ".company") || s.label == "current company") {
		for si := range x.segs {
			if o := &x.segs[si]; o.entry == s.entry && o.kind == segSpecific && anyOf(o.toks, func(t *token) bool { return dealKinds[t.lower] == k }) {
				return true
			}
		}
	}
	return false
}
