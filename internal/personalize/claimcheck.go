package personalize

// claimCheck checks what a line claims the candidate did against their
// profile: events (passed, promoted, won), the outcome the profile gives,
// and two facts bound together.
type claimCheck struct {
	line  string
	toks  []lineTok
	lists *Lists
	idx   *Index
	res   *matchResult
	// buf holds the profile lookups of one word at a time.
	buf []occ
	// sc holds buffers of the check that later checks reuse; nil in
	// tests that build a claimCheck by hand.
	sc *scratch
	// preferAward is set while an event of becoming names an award ("named
	// Trésorier de l'année"): an award entry holding its words is the
	// best field for it.
	preferAward bool
}
