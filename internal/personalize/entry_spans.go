package personalize

import (
	"strconv"
	"strings"
)

// dateSpan is the years from start to end, dates as a position gives
// them ("Jun 2016", "Present"), and whether start gives one.
func dateSpan(start, end string) ([2]int, bool) {
	from := yearIn(start)
	if from == 0 {
		return [2]int{}, false
	}
	to := yearIn(end)
	switch strings.ToLower(strings.TrimSpace(end)) {
	case "", "present", "current", "now", "today":
		to = 9999
	}
	return [2]int{from, to}, to >= from
}

// yearIn is the last year from 1900 to 2099 written in s ("Jun 2016"), or
// 0.
func yearIn(s string) int {
	ys := yearsIn(s)
	if len(ys) == 0 {
		return 0
	}
	y, _ := strconv.Atoi(ys[len(ys)-1])
	return y
}

// inSpan reports whether year falls in the years of one of the entries,
// or of any dated entry when entries is empty.
func (x *Index) inSpan(year int, entries []int32) bool {
	if len(entries) == 0 {
		for _, sp := range x.spans {
			if sp[0] <= year && year <= sp[1] {
				return true
			}
		}
		return false
	}
	for _, e := range entries {
		if sp, ok := x.spans[e]; ok && sp[0] <= year && year <= sp[1] {
			return true
		}
	}
	return false
}
