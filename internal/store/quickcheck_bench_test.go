package store

import (
	"os"
	"testing"

	bolt "go.etcd.io/bbolt"
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

// BenchmarkCheckWrite times the check a send makes before it writes
// (checkWrite over sendPaths) on the file named by INMAIL_BENCH_DB.
func BenchmarkCheckWrite(b *testing.B) {
	path := os.Getenv("INMAIL_BENCH_DB")
	if path == "" {
		b.Skip("INMAIL_BENCH_DB names no database")
	}
	db, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	m := message(7, start)
	for b.Loop() {
		err := db.view(func(tx *bolt.Tx) error { return db.checkWrite(sendPaths(tx, m, "some-key", 1_000_001)...) })
		if err != nil {
			b.Fatal(err)
		}
	}
}
