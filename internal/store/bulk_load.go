package store

import (
	"iter"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// BulkLoad logs a history too large to hold in memory at once, for `inmail
// demo`: it writes each batch that batches yields as BulkSend would (the
// messages, their events, facts and indexes), but syncs the file once, at
// the end, instead of after every batch. A batch's slices may be reused by
// the producer once BulkLoad asks for the next one.
//
// Each batch is validated whole before any of it is written; a refused or
// failed batch stops the load, and the batches before it stay written and
// synced. Do not write to the store from another goroutine meanwhile.
//
// Errors: as BulkSend, for the first batch that fails.
func (db *DB) BulkLoad(batches iter.Seq2[[]outreach.Message, [][]outreach.Event]) error {
	if db.readOnly {
		return db.readOnlyError()
	}
	// As BulkSend: no fsync on commit or growth until the end.
	b := db.bolt
	noSync, noGrowSync, noFreelistSync := b.NoSync, b.NoGrowSync, b.NoFreelistSync
	b.NoSync, b.NoGrowSync, b.NoFreelistSync = true, true, true
	var err error
	for msgs, events := range batches {
		if err = db.prepareBatch(msgs, events); err != nil {
			break
		}
		if err = db.writeBatches(msgs, events); err != nil {
			break
		}
	}
	b.NoSync, b.NoGrowSync, b.NoFreelistSync = noSync, noGrowSync, noFreelistSync
	if err != nil {
		_ = b.Sync() // keep what was committed
		return err
	}
	// One ordinary commit writes the freelist again and syncs everything.
	return db.update(func(*bolt.Tx) error { return nil })
}
