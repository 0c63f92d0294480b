package report

import (
	"slices"
	"time"
)

// The medians are exact: every value is kept (4 bytes a response, 2 a
// message) and the middle is found by sorting, or by counting for the
// small integer lengths. With an even count the median is the mean of the
// two middle values.

// medianSeconds is the median of seconds as a duration (a mean of two
// seconds is exact to the half second); 0 for none. It sorts s.
func medianSeconds(s []uint32) time.Duration {
	if len(s) == 0 {
		return 0
	}
	slices.Sort(s)
	n := len(s)
	sum := uint64(s[(n-1)/2]) + uint64(s[n/2])
	return time.Duration(sum) * (time.Second / 2)
}

// medianLength is the median of s; 0 for none. It counts values rather
// than sorting them, since they are small integers.
func medianLength(s []uint16) float64 {
	n := len(s)
	if n == 0 {
		return 0
	}
	var top uint16
	for _, v := range s {
		top = max(top, v)
	}
	counts := make([]int, int(top)+1)
	for _, v := range s {
		counts[v]++
	}
	lo, hi := (n-1)/2, n/2 // the ranks of the middle values
	var loV, hiV int
	seen := 0
	for v, c := range counts {
		if c == 0 {
			continue
		}
		if seen <= lo && lo < seen+c {
			loV = v
		}
		if seen <= hi && hi < seen+c {
			hiV = v
			break
		}
		seen += c
	}
	return float64(loV+hiV) / 2
}
