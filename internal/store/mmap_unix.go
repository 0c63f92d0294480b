//go:build !windows && (amd64 || arm64 || ppc64le || s390x || riscv64 || loong64)

package store

// bulkMmapSize is how much of the file a bulk load maps from the start
// (Options.Bulk): 4 GB of address space, more than inmail demo's
// 1,000,000 messages need.
const bulkMmapSize = 4 << 30
