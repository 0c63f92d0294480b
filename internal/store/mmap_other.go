//go:build windows || !(amd64 || arm64 || ppc64le || s390x || riscv64 || loong64)

package store

// bulkMmapSize is 0, bbolt's own growth, where mapping more than the file
// costs disk (Windows grows the file to the mapping) or address space is
// short (32 bits).
const bulkMmapSize = 0
