package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// What the credit ledger needs from the log besides the messages: when
// its months begin, and the balances recruiters set by hand.

// bucketAnchors holds the balances set with `inmail credits set`:
// recruiter + 0x00 + big-endian Unix seconds of At + big-endian sequence
// → JSON outreach.Anchor. It is made by the first PutAnchor, so reading a
// log that has none needs no migration.
var bucketAnchors = []byte("credit-anchors")

// ledgerStartKey, in bucketMeta, is the moment a seat without seat.start
// counts its months from, when it is not the file's creation (a demo
// history sets it to its first send).
var ledgerStartKey = []byte("ledger-start")

// LedgerStart is when the months of a seat without its own start begin:
// the moment SetLedgerStart recorded, else when the database was created
// (the first migration's time, recorded in the file when it was made). It
// is the zero time only for a file that records neither.
//
// Errors: none of its own.
func (db *DB) LedgerStart() (time.Time, error) {
	var t time.Time
	err := db.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketMeta).Get(ledgerStartKey); len(v) == 8 {
			t = time.Unix(int64(binary.BigEndian.Uint64(v)), 0)
			return nil
		}
		migs := tx.Bucket(bucketMigrations)
		if migs == nil {
			return nil
		}
		v := migs.Get(u32(1))
		if v == nil {
			return nil
		}
		var rec struct {
			Applied time.Time `json:"applied"`
		}
		if err := json.Unmarshal(v, &rec); err != nil {
			return damaged(db.path, fmt.Sprintf("its creation record cannot be read: %v", err))
		}
		t = rec.Applied
		return nil
	})
	return t, err
}

// SetLedgerStart records t as LedgerStart.
//
// Errors: none of its own.
func (db *DB) SetLedgerStart(t time.Time) error {
	return db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(ledgerStartKey, binary.BigEndian.AppendUint64(nil, uint64(t.Unix())))
	})
}

// PutAnchor records a balance a recruiter set. Several may share a
// moment; the one recorded last wins.
//
// Errors: EINVALID when the anchor does not validate or has no recruiter.
func (db *DB) PutAnchor(a outreach.Anchor) (outreach.Anchor, error) {
	if err := a.Validate(); err != nil {
		return a, err
	}
	a.At = a.At.Truncate(time.Second)
	a.Recorded = db.now()
	err := db.update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketAnchors)
		if err != nil {
			return err
		}
		seq, err := b.NextSequence()
		if err != nil {
			return err
		}
		data, err := json.Marshal(a)
		if err != nil {
			return err
		}
		k := binary.BigEndian.AppendUint64(anchorPrefix(a.Recruiter), uint64(a.At.Unix()))
		return b.Put(binary.BigEndian.AppendUint64(k, seq), data)
	})
	return a, err
}

// LatestAnchor returns recruiter's anchor with the latest At not after
// now; ok is false when there is none.
//
// Errors: none of its own; a record that cannot be read is skipped and
// counted (see Options.Skips).
func (db *DB) LatestAnchor(recruiter string, now time.Time) (a outreach.Anchor, ok bool, err error) {
	err = db.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAnchors)
		if b == nil {
			return nil
		}
		prefix := anchorPrefix(recruiter)
		limit := binary.BigEndian.AppendUint64(bytes.Clone(prefix), uint64(now.Unix())+1)
		c := b.Cursor()
		var k, v []byte
		if k, _ = c.Seek(limit); k == nil {
			k, v = c.Last()
		} else {
			k, v = c.Prev()
		}
		for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Prev() {
			if err := json.Unmarshal(v, &a); err != nil {
				db.skip("credit balance", err)
				continue
			}
			ok = true
			return nil
		}
		return nil
	})
	return a, ok, err
}

func anchorPrefix(recruiter string) []byte { return append([]byte(recruiter), 0) }
