package personalize

import "strings"

// hasQuote reports whether s may hold a quotation: a double quote, a
// curly or angle quote, or a single quote after a space. Each lead byte
// is found with strings.IndexByte, which reads many bytes at a time.
func hasQuote(s string) bool {
	if strings.IndexByte(s, '"') >= 0 {
		return true
	}
	for i := indexByteFrom(s, 0, '\''); i >= 0; i = indexByteFrom(s, i+1, '\'') {
		if i > 0 && s[i-1] == ' ' {
			return true
		}
	}
	for i := indexByteFrom(s, 0, 0xE2); i >= 0; i = indexByteFrom(s, i+1, 0xE2) {
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x98) {
			return true // “ ” ‘
		}
	}
	for i := indexByteFrom(s, 0, 0xC2); i >= 0; i = indexByteFrom(s, i+1, 0xC2) {
		if i+1 < len(s) && (s[i+1] == 0xAB || s[i+1] == 0xBB) {
			return true // « »
		}
	}
	for i := indexByteFrom(s, 0, 0xE3); i >= 0; i = indexByteFrom(s, i+1, 0xE3) {
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x8C || s[i+2] == 0x8D) {
			return true // 「 」
		}
	}
	return false
}

// indexByteFrom is the index of the first c in s from i on, or -1.
func indexByteFrom(s string, i int, c byte) int {
	if i >= len(s) {
		return -1
	}
	if k := strings.IndexByte(s[i:], c); k >= 0 {
		return i + k
	}
	return -1
}
