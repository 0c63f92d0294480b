package personalize

// The interest cues (interestCues) indexed for hasInterestCue.

// interestCuesBy holds the interest cues by their first letter.
var interestCuesBy = func() (m [256][]string) {
	for _, c := range interestCues {
		m[c[0]] = append(m[c[0]], c)
	}
	return m
}()

// interestCueSeconds holds, by the first byte of the interest cues, their
// second bytes, lower-cased as hasPrefixFold compares them.
var interestCueSeconds = func() (m [256]byteSet) {
	for _, c := range interestCues {
		m[c[0]].add(lowerASCII(c[1]))
	}
	return m
}()

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) add(c byte)      { s[c/64] |= 1 << (c % 64) }
func (s *byteSet) has(c byte) bool { return s[c/64]&(1<<(c%64)) != 0 }
