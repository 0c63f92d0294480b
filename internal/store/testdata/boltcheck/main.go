// Command boltcheck runs bbolt's consistency check on the file it is
// given and exits 1 when the check finds anything (or cannot run), 0 when
// it finds nothing. The store's tests build it and run it in a process of
// its own: bbolt's check reads through its memory map, and a damaged page
// id can make it fault, which would end the test binary itself.
package main

import (
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

func main() {
	if len(os.Args) != 2 {
		os.Exit(2)
	}
	b, err := bolt.Open(os.Args[1], 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		os.Exit(1)
	}
	bad := false
	_ = b.View(func(tx *bolt.Tx) error {
		for range tx.Check() {
			bad = true
		}
		return nil
	})
	if bad {
		os.Exit(1)
	}
}
