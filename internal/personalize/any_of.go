package personalize

// anyOf reports whether f holds for an element of s. It is
// slices.ContainsFunc with the element passed by pointer: a line token is
// 120 bytes and a cluster 136, and ContainsFunc copies each element it
// tries into the call, which costs more than most of the tests do.
func anyOf[T any](s []T, f func(*T) bool) bool {
	for i := range s {
		if f(&s[i]) {
			return true
		}
	}
	return false
}
