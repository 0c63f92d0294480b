package personalize

// Turkish ordinals ("ikinci", "üçüncü" folded to "ucuncu") rank as the
// others do, and so does the noun a place is in Turkish, the ordinal with
// "-lik" ("ikincilik", "birinciliğiniz"): the place in one word, which
// turkishPlaces holds with the endings it takes. "birincil" (primary) is
// no place.
var turkishPlaces = map[string]int{}

func init() {
	for _, o := range []struct {
		stem, lik string
		n         int
	}{{"birinci", "li", 1}, {"ikinci", "li", 2}, {"ucuncu", "lu", 3}, {"dorduncu", "lu", 4}, {"besinci", "li", 5}} {
		ordinals[o.stem] = o.n
		turkishPlaces[o.stem+o.lik+"k"] = o.n
		for _, e := range []string{"gi", "giniz", "ginizi", "ginize", "ge", "gin", "gini", "ginde"} {
			turkishPlaces[o.stem+o.lik+e] = o.n
		}
	}
}
