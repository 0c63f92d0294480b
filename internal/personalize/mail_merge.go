package personalize

// The words of a profile's mail-merge fields (Index.mailMerge), kept
// with a small filter of their hashes: a check asks about most words of
// its line, and few are in those fields.

// setMailMerge labels the key k as found in a mail-merge field.
func (x *Index) setMailMerge(k, label string) {
	x.mailMerge[k] = label
	x.mailMergeBits.add(k)
}

// mailMergeLabel is x.mailMerge[k], looked up only when the bits may
// hold k.
func (x *Index) mailMergeLabel(k string) (string, bool) {
	if !x.mailMergeBits.has(k) {
		return "", false
	}
	label, ok := x.mailMerge[k]
	return label, ok
}

// smallKeyBits is a set of hashes of keys, as keyBits is, in 512 bits:
// for a set of a few dozen keys that is cleared often.
type smallKeyBits [8]uint64

func (b *smallKeyBits) add(k string) {
	i := keyBit(k) % 512
	b[i/64] |= 1 << (i % 64)
}

func (b *smallKeyBits) has(k string) bool {
	i := keyBit(k) % 512
	return b[i/64]&(1<<(i%64)) != 0
}
