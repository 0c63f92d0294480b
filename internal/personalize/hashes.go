package personalize

const (
	fnv32Offset = 2166136261
	fnv32Prime  = 16777619
)

// fnv32 is the 32-bit FNV-1a hash of s, which the hash filters of keys
// (pairOf, keyBit, wants) and the word cache's shards use.
func fnv32(s string) uint32 {
	h := uint32(fnv32Offset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * fnv32Prime
	}
	return h
}

// fold16 folds a 32-bit hash to 16 bits.
func fold16(h uint32) uint16 { return uint16(h ^ h>>16) }
