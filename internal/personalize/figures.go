package personalize

// countedAfter is the key of what the number toks[i] counts: the next
// word of substance after its unit ("14 electricians", "£4.1m of
// savings"), or "".
func countedAfter(toks []token, i int) string {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		t := &toks[j]
		switch {
		case t.key == "pct" || isScale(t.key):
			continue
		case t.lower == "of" || t.lower == "a" || t.lower == "an" || t.fn:
			continue
		case t.number || t.key == "":
			return ""
		}
		return t.key
	}
	return ""
}

// countsNext reports whether what the line's number toks[i] counts is
// counted by a number on the profile.
func (x *Index) countsNext(toks []lineTok, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		t := &toks[j]
		if t.key == "pct" || isScale(t.key) || t.fn {
			continue
		}
		return x.counted[t.key]
	}
	return false
}

// unitClass is the kind of unit a number's next word makes it: a
// percentage, an amount (thousands, millions, billions), a length of
// time, a physical unit, or "" for none.
func unitClass(key, lower string) string {
	switch {
	case key == "pct":
		return "pct"
	case isScale(key):
		// The scale is in the number's key: "£3.8m" and "£3,800,000" are
		// one amount.
		return "amount"
	case durationUnits[lower]:
		return "time"
	}
	if u, ok := physicalUnits[lower]; ok {
		return u
	}
	return ""
}

// physicalUnits are units of measure, by the unit they write.
var physicalUnits = map[string]string{
	"t": "t", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "kg": "kg", "kilograms": "kg",
	"kv": "kv", "mw": "mw", "gw": "gw", "kw": "kw", "mwh": "mwh", "gwh": "gwh", "km": "km",
	"miles": "mi", "mi": "mi", "sqm": "m2", "m2": "m2", "sqft": "ft2", "litres": "l", "liters": "l",
	"beds": "beds", "bed": "beds",
}

// sameUnit reports whether the line's number toks[k] is on the profile
// with the same kind of unit, or without one: "£9m" is not the profile's
// "9%", nor "8 days" its "8%".
func (x *Index) sameUnit(toks []lineTok, k int) bool {
	line := ""
	if k+1 < len(toks) {
		line = unitClass(toks[k+1].key, toks[k+1].lower)
	}
	if line == "" {
		return true
	}
	for _, o := range x.post[toks[k].key] {
		seg := &x.segs[o.seg]
		if seg.kind == segVocab {
			continue
		}
		if int(o.pos)+1 >= len(seg.toks) {
			return true
		}
		nt := &seg.toks[o.pos+1]
		c := unitClass(nt.key, nt.lower)
		if c == "" {
			c = rangeUnit(seg.toks, int(o.pos))
		}
		if c == "" || c == line {
			return true
		}
	}
	return false
}

// rangeUnit is the unit a number without one takes from the start of its
// range: "from 12 weeks to 3" makes the 3 weeks.
func rangeUnit(toks []token, i int) string {
	if i < 3 || toks[i-1].lower != "to" && toks[i-1].lower != "-" {
		return ""
	}
	if u := &toks[i-2]; toks[i-3].number {
		return unitClass(u.key, u.lower)
	}
	return ""
}
