package personalize

// The words of a profile's mail-merge fields (Index.mailMerge), kept
// with a small filter of their hashes: a check asks about most words of
// its line, and few are in those fields.

// setMailMerge labels the key k as found in a mail-merge field.
func (x *Index) setMailMerge(k, label string) {
	x.mailMerge[k] = label
	x.mailMergeBits.add(k)
}

// mailMergeLabelOf is x.mailMerge[lt.key], looked up only when the bits
// may hold that key.
func (x *Index) mailMergeLabelOf(lt *lineTok) (string, bool) {
	if !x.mailMergeBits.hasBit(lt.keyBitOf()) {
		return "", false
	}
	label, ok := x.mailMerge[lt.key]
	return label, ok
}

// smallKeyBits is a set of hashes of keys, as keyBits is, in 512 bits:
// for a set of a few dozen keys that is cleared often.
type smallKeyBits [8]uint64

func (b *smallKeyBits) add(k string) {
	i := keyBit(k) % 512
	b[i/64] |= 1 << (i % 64)
}

// hasBit reports whether a key whose keyBit is i may be in the set.
func (b *smallKeyBits) hasBit(i uint16) bool {
	i %= 512
	return b[i/64]&(1<<(i%64)) != 0
}
