package personalize

import (
	"fmt"
	"strings"
)

// The side of a deal or a case said as a role ("the banks' side", "acting
// for the lenders"): a profile that never names that side, in any of its
// words, does not put them on it. "Leading the banks' side on Kessler's
// €450m RCF" is refused for a treasurer who refinanced the group's own
// facility.

// sideOf is the side each word names, by number: any word of a side
// names it.
var sideOf = wordGroups(
	"lender lenders bank banks arranger arrangers mla mlas creditor creditors financier financiers noteholders bondholders",
	"borrower borrowers issuer issuers obligor obligors",
	"sponsor sponsors",
	"buyer buyers purchaser purchasers acquirer acquirers bidder bidders",
	"seller sellers vendor vendors",
	"claimant claimants plaintiff plaintiffs applicant applicants petitioner petitioners",
	"defendant defendants respondent respondents",
	"insurer insurers underwriter underwriters reinsurer reinsurers",
	"landlord landlords",
	"tenant tenants",
)

// defendantSide is the group of "defendant" and "respondent", which a
// profile also names by defending.
var defendantSide = sideWord("defendant")

// sideWord returns the group of a word of a side, written with or without
// an owner's apostrophe ("banks'", "lender's"), 0 for none.
func sideWord(lower string) int {
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		lower = strings.TrimSuffix(lower, suf)
	}
	return sideOf[lower]
}

// sideProblems returns a sentence for each side the line puts the
// candidate on that no word of the profile names: a side in a party the
// line names ("acting for the lenders") or before "side" ("the banks'
// side", "the sell side").
func sideProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	var buf [4]partyStretch
	var lp []partyStretch
	for k := range toks {
		t := &toks[k]
		if t.flags&flagSide == 0 || t.scope || t.ignored {
			continue
		}
		g := sideWord(t.lower)
		if lp == nil {
			lp = lineParties(toks, buf[:0])
		}
		inParty := false
		for _, p := range lp {
			inParty = inParty || p.first <= k && k <= p.last
		}
		beforeSide := k+1 < len(toks) && toks[k+1].lower == "side" && !breaksAt(&toks[k+1].token)
		if !inParty && !beforeSide || idx.namesSide(g) {
			continue
		}
		out = append(out, fmt.Sprintf("Puts them on the side of %q, but their profile never says they acted for that side: say what it says.", t.lower))
	}
	return out
}

// namesSide reports whether a field of the profile of their own names
// side group g: a word of it in a party ("acted for the lenders"), in the
// plural, or after "the", "as" or "for" ("Barclays as lender"), not one
// in a compound ("an in-house bank").
func (x *Index) namesSide(g int) bool {
	var buf [4]partyStretch
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segContext || seg.kind == segName {
			continue
		}
		var ps []partyStretch
		for p := range seg.toks {
			t := &seg.toks[p]
			if g == defendantSide && strings.HasPrefix(t.lower, "defen") {
				return true // "Defended retailers in equal pay claims": the respondents' side
			}
			if t.flags&flagSide == 0 || sideWord(t.lower) != g {
				continue
			}
			if strings.HasSuffix(strings.TrimRight(t.lower, "'’"), "s") || p > 0 && (seg.toks[p-1].lower == "the" || seg.toks[p-1].lower == "as" || seg.toks[p-1].lower == "for") {
				return true
			}
			if ps == nil {
				ps = parties(seg.toks, buf[:0], false)
			}
			for _, s := range ps {
				if s.first <= p && p <= s.last {
					return true
				}
			}
		}
	}
	return false
}
