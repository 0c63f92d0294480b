package report

import (
	"math/bits"
	"slices"
	"time"
)

// The medians are exact: every value is kept (4 bytes a response, 2 a
// message) and the middle is found by selection (quickselect), or by
// counting for the small integer lengths. With an even count the median is the mean of the
// two middle values.

// medianSeconds is the median of seconds as a duration (a mean of two
// seconds is exact to the half second); 0 for none. It reorders s.
func medianSeconds(s []uint32) time.Duration {
	n := len(s)
	if n == 0 {
		return 0
	}
	k := (n - 1) / 2
	lo := nth(s, k)
	hi := lo
	if n%2 == 0 {
		// After nth, everything right of k is at least s[k]: the upper
		// middle value is the smallest of them.
		hi = slices.Min(s[k+1:])
	}
	return time.Duration(uint64(lo)+uint64(hi)) * (time.Second / 2)
}

// nth reorders s so that s[k] is the value a sort would put there, with
// nothing smaller after it and nothing larger before it, and returns it:
// quickselect with a median-of-three pivot, in O(len(s)) on average, and a
// sort of what is left if the partitions keep coming out lopsided.
func nth(s []uint32, k int) uint32 {
	lo, hi := 0, len(s)-1
	for budget := 2*bits.Len(uint(len(s))) + 8; lo < hi; budget-- {
		if budget == 0 {
			slices.Sort(s[lo : hi+1])
			break
		}
		mid := lo + (hi-lo)/2
		// Order s[lo], s[mid], s[hi]; the middle one is the pivot.
		if s[mid] < s[lo] {
			s[mid], s[lo] = s[lo], s[mid]
		}
		if s[hi] < s[lo] {
			s[hi], s[lo] = s[lo], s[hi]
		}
		if s[hi] < s[mid] {
			s[hi], s[mid] = s[mid], s[hi]
		}
		pivot := s[mid]
		i, j := lo, hi
		for i <= j {
			for s[i] < pivot {
				i++
			}
			for s[j] > pivot {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		// Now s[lo..j] <= pivot <= s[i..hi], and s[j+1..i-1] == pivot.
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return s[k]
		}
	}
	return s[k]
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
