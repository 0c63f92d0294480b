package store

import (
	"os"
	"testing"
)

// BenchmarkQuickCheck times the check at open (quickCheck) on the file
// named by INMAIL_BENCH_DB, such as a 1,000,000-message demo:
//
//	go run ./cmd/inmail demo --messages 1000000 --db /tmp/big.db
//	INMAIL_BENCH_DB=/tmp/big.db go test -run '^$' -bench QuickCheck ./internal/store
//
// The target is under 50 ms a check on 1,000,000 messages.
func BenchmarkQuickCheck(b *testing.B) {
	path := os.Getenv("INMAIL_BENCH_DB")
	if path == "" {
		b.Skip("INMAIL_BENCH_DB names no database")
	}
	for b.Loop() {
		if err := quickCheck(path); err != nil {
			b.Fatal(err)
		}
	}
}
