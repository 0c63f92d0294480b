package personalize

import (
	"math"
	"strconv"
)

// lengthUnits are the units of length a line and a profile write, in
// metres.
var lengthUnits = map[string]float64{
	"mm": 0.001, "millimetre": 0.001, "millimetres": 0.001, "millimeter": 0.001, "millimeters": 0.001,
	"cm": 0.01, "centimetre": 0.01, "centimetres": 0.01, "centimeter": 0.01, "centimeters": 0.01,
	"m": 1, "metre": 1, "metres": 1, "meter": 1, "meters": 1,
	"km": 1000, "kilometre": 1000, "kilometres": 1000, "kilometer": 1000, "kilometers": 1000,
}

// lengthAt is the length in metres the number toks[k] and the unit after
// it give ("15 cm" is 0.15), or false. A spaced "m" is metres only as
// metresAfter reads it.
func lengthAt(toks []token, k int) (float64, bool) {
	if k+1 >= len(toks) || !toks[k].number {
		return 0, false
	}
	u := lengthUnits[toks[k+1].lower]
	if u == 0 || toks[k+1].lower == "m" && !metresAfter(func(j int) *token { return &toks[j] }, k) {
		return 0, false
	}
	v, err := strconv.ParseFloat(numberKey(toks[k].lower), 64)
	if err != nil {
		return 0, false
	}
	return v * u, true
}

// sameLength reports whether the line's number toks[k], with a unit of
// length after it, is a length the profile gives in another unit: "15 cm"
// for "0.15 m", "2,400 m" for "2.4 km".
func (x *Index) sameLength(toks []lineTok, k int) bool {
	if k+1 >= len(toks) || lengthUnits[toks[k+1].lower] == 0 {
		return false
	}
	pair := [2]token{toks[k].token, toks[k+1].token}
	want, ok := lengthAt(pair[:], 0)
	if !ok || want <= 0 {
		return false
	}
	for si := range x.segs {
		st := x.segs[si].toks
		for p := range st {
			if st[p].number && p+1 < len(st) && lengthUnits[st[p+1].lower] != 0 && lengthUnits[st[p+1].lower] != lengthUnits[toks[k+1].lower] {
				if got, ok := lengthAt(st, p); ok && math.Abs(got-want) <= want*1e-9 {
					return true
				}
			}
		}
	}
	return false
}
