package personalize

import "strconv"

// joinCJKParts joins the parts of a number Japanese and Chinese write
// with their scale characters: "2万4千" is 24,000 and "1億2千万"
// 120,000,000, which readFigures has read as one number per scale. The
// first part takes the sum; the others are read as scales, no figures of
// their own.
func joinCJKParts(toks []token) {
	for i := 0; i+2 < len(toks); i++ {
		a := &toks[i]
		if !a.number || a.end != toks[i+1].start || !cjkScaleTok(&toks[i+1]) {
			continue // no scale right after it: the loop below would stop at once
		}
		sum, err := strconv.ParseInt(a.key, 10, 64)
		if err != nil {
			continue
		}
		joined := false
		for j := i + 1; j+1 < len(toks); j += 2 {
			s, b := &toks[j], &toks[j+1]
			if !cjkScaleTok(s) || !b.number || toks[j-1].end != s.start || s.end != b.start {
				break
			}
			v, err := strconv.ParseInt(b.key, 10, 64)
			if err != nil || v <= 0 || v >= sum {
				break // a smaller part follows a larger one: "2万" then "4千"
			}
			sum += v
			b.number, b.key = false, s.key // now a part of the scale, as "千" is
			joined = true
		}
		if joined {
			a.key = strconv.FormatInt(sum, 10)
		}
	}
}

// cjkScaleTok reports whether t is a scale in Chinese or Japanese
// characters ("万", "千", "億", "千万").
func cjkScaleTok(t *token) bool {
	_, size := cjkScale(t.lower)
	return size > 0 && size == len(t.lower)
}
