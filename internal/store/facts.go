package store

import (
	"encoding/binary"
	"fmt"
	"io"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// ForEachFact calls fn with every message's fact record, in id order, until
// fn returns false. fn runs inside a read transaction: it must not call the
// store. Its signature is an iterator's yield, so a caller can hand the
// facts to outreach.Ledger or outreach.Health:
//
//	var err error
//	months := outreach.Ledger(seat, start, func(yield func(outreach.Fact) bool) {
//		err = db.ForEachFact(yield)
//	}, now)
//
// Errors: none of its own (a damaged record is reported with its id).
func (db *DB) ForEachFact(fn func(outreach.Fact) bool) error {
	return db.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketFacts).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			f, err := outreach.DecodeFact(v)
			if err != nil {
				return fmt.Errorf("message %d: %w", binary.BigEndian.Uint64(k), err)
			}
			if !fn(f) {
				return nil
			}
		}
		return nil
	})
}

// Dict returns the names behind the codes in fact records.
//
// Errors: none of its own.
func (db *DB) Dict() (outreach.Dict, error) {
	var d outreach.Dict
	err := db.view(func(tx *bolt.Tx) error {
		dict := tx.Bucket(bucketDict)
		for i, names := range []*outreach.Names{&d.Recruiters, &d.Templates, &d.Seniorities} {
			b := dict.Bucket(dictKinds[i])
			*names = make(outreach.Names, b.Sequence()+1)
			err := b.ForEach(func(k, v []byte) error {
				c := binary.BigEndian.Uint32(v)
				if int(c) >= len(*names) {
					return fmt.Errorf("dictionary code %d for %q is beyond the last issued", c, k)
				}
				(*names)[c] = string(k)
				return nil
			})
			if err != nil {
				return err
			}
		}
		return nil
	})
	return d, err
}

// Backup writes a consistent copy of the whole database to w while the
// store stays usable, and returns the number of bytes written.
//
// Errors: none of its own (write failures are returned wrapped).
func (db *DB) Backup(w io.Writer) (int64, error) {
	var n int64
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		if err != nil {
			return fmt.Errorf("back up %s: %w", db.path, err)
		}
		return nil
	})
	return n, err
}
