package personalize

import "strconv"

// decadeOffProfile reports whether key, the year a line's decade starts
// ("1890" of "the 1890s"), is a decade the profile does not reach: no
// year of the profile's own text falls in it, nor does it lie between
// two of them ("the 1950s" for "1920-1970" does), nor does the text
// write it in two digits ("z lat 70." for the 1970s). A decade of an age
// ("their 60s") is none of this.
func (x *Index) decadeOffProfile(key string) bool {
	d, err := strconv.Atoi(key)
	if err != nil || len(key) != 4 || d%10 != 0 || d < 1500 || d > 2090 {
		return false
	}
	lo, hi := 9999, 0
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segContext || seg.kind == segVocab {
			continue
		}
		s := seg.src
		for i := 0; i+2 <= len(s); i++ {
			if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
				continue
			}
			if (i+2 == len(s) || !isDigit(s[i+2])) && s[i:i+2] == key[2:] && d < 2000 {
				return false // "z lat 70.", "les années 70", "70er Jahre": the decade in two digits
			}
			if i+4 > len(s) || i+4 < len(s) && isDigit(s[i+4]) {
				continue
			}
			y, err := strconv.Atoi(s[i : i+4])
			if err != nil || y < 1500 || y > 2099 {
				continue
			}
			if y >= d && y <= d+9 {
				return false
			}
			lo, hi = min(lo, y), max(hi, y)
		}
	}
	return !(lo < d && hi > d+9)
}
