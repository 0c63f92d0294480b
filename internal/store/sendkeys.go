package store

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"
)

// SentWithKey returns the id of the message a Send with key logged, so a
// send run again can be known as one before any rule looks at it.
//
// Errors: none of its own.
func (db *DB) SentWithKey(key string) (id uint64, ok bool, err error) {
	err = db.view(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketSendKeys).Get([]byte(key)); len(v) == 8 {
			id, ok = binary.BigEndian.Uint64(v), true
		}
		return nil
	})
	return id, ok, err
}
