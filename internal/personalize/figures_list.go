package personalize

// kindsListHead returns the position of the noun that a list of single words
// from the comma before toks[j] leads to ("goose, swan and turkey
// quills": quills), or -1 when there is no such list: each word of it
// after a comma, the last after "and" or "or", and the noun after that
// word with nothing between.
func kindsListHead(at func(int) *token, j, n int) int {
	if at(j).punctBefore != ", " {
		return -1
	}
	for k := j; k+3 < n && k < j+8; k++ {
		if !content(at(k)) {
			return -1
		}
		next := at(k + 1)
		switch {
		case next.punctBefore == ", ":
			continue
		case next.punctBefore == " " && (next.lower == "and" || next.lower == "or"):
			w, h := at(k+2), at(k+3)
			if content(w) && content(h) && w.punctBefore == " " && h.punctBefore == " " && (k+4 >= n || breaksAt(at(k+4)) || !content(at(k+4)) || verbForm(at(k+4).lower)) {
				return k + 3
			}
		}
		return -1
	}
	return -1
}

// listJoins join two nouns a number counts: "and", "or", and the same in
// German, French, Portuguese, the Nordic languages, Turkish, Polish and
// Italian ("38 Bettenfachgeschäften und 61 Tonnen" counts no "und").
var listJoins = wordSet("and or und oder et ou og och ve oraz ed oppure")
