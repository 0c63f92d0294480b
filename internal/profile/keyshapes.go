package profile

// keyShapes records, for each ASCII key of a set of lower-case strings
// up to 127 bytes long, its first byte and its length: an ASCII string
// whose lower-case first byte and length no key has is not in the set,
// and is not lower-cased and hashed to look (see inLower).
type keyShapes [256][2]uint64

// shapesOf is the keyShapes of m's keys.
func shapesOf[V any](m map[string]V) *keyShapes {
	var k keyShapes
	for key := range m {
		if key != "" && len(key) < 128 && isASCII(key) {
			k[key[0]][len(key)/64] |= 1 << (len(key) % 64)
		}
	}
	return &k
}

// mayHold reports whether s, lower-cased, may be a key: false only for an
// ASCII s of a shape no key has. (A non-ASCII string may lower-case to a
// key of another length: the Kelvin sign to "k".)
func (k *keyShapes) mayHold(s string) bool {
	if s == "" || len(s) >= 128 || !isASCII(s) {
		return true
	}
	return k[lowerASCII(s[0])][len(s)/64]&(1<<(len(s)%64)) != 0
}
