package store

import (
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// bulkBatch is how many messages BulkSend writes per transaction.
const bulkBatch = 20000

// BulkSend logs many messages with their events, for `inmail demo`: events[i]
// (which may be nil, or events itself) belongs to msgs[i], in order, and a
// correction's Retracts counts within that list. It sets msgs[i].ID and the
// events' Seq and MessageID. It skips
// what a recruiter's send needs (idempotency keys, the reuse check, drafts)
// but writes everything a send writes, indexes included, so the result is an
// ordinary database.
//
// Messages go in transactions of bulkBatch, without fsync between them, and
// the file is synced once at the end; a failure can leave the batches before
// it. Do not write to the store from another goroutine meanwhile.
//
// Errors: EINVALID, naming the message, when a message or an event fails
// validation (checked for all before anything is written).
func (db *DB) BulkSend(msgs []outreach.Message, events [][]outreach.Event) error {
	if len(events) > 0 && len(events) != len(msgs) {
		return fmt.Errorf("bulk send: %d event lists for %d messages", len(events), len(msgs))
	}
	now := db.now()
	for i := range msgs {
		m := &msgs[i]
		m.SentAt = m.SentAt.Truncate(time.Second)
		m.StartedAt = m.StartedAt.Truncate(time.Second)
		m.Candidate.ID = outreach.CandidateID(m.Candidate.ID)
		err := m.Validate()
		if err == nil && m.SentAt.After(now) {
			err = outreach.Errorf(outreach.EINVALID, "it is dated in the future")
		}
		if err == nil && len(events) > 0 {
			for j := range events[i] {
				e := &events[i][j]
				e.At, e.Recorded = e.At.Truncate(time.Second), e.Recorded.Truncate(time.Second)
				if e.Recorded.IsZero() {
					e.Recorded = e.At
				}
				if err = outreach.ValidateEvent(m.SentAt, *e, now); err == nil && e.Retracts > j {
					err = outreach.Errorf(outreach.EINVALID, "event %d takes back event %d, which does not come before it", j+1, e.Retracts)
				}
				if err != nil {
					break
				}
			}
		}
		if err != nil {
			return outreach.Errorf(outreach.EINVALID, "message %d of %d: %s", i+1, len(msgs), outreach.ErrorMessage(err))
		}
	}

	if db.readOnly {
		return db.readOnlyError()
	}
	b := db.bolt
	noSync, noFreelistSync := b.NoSync, b.NoFreelistSync
	b.NoSync, b.NoFreelistSync = true, true
	restore := func() {
		b.NoSync, b.NoFreelistSync = noSync, noFreelistSync
	}
	for start := 0; start < len(msgs); start += bulkBatch {
		end := min(start+bulkBatch, len(msgs))
		err := db.update(func(tx *bolt.Tx) error {
			w := newWriter(tx, true)
			for i := start; i < end; i++ {
				id, err := w.msgs.NextSequence()
				if err != nil {
					return err
				}
				msgs[i].ID = id
				var evs []outreach.Event
				if len(events) > 0 {
					evs = events[i]
				}
				if err := w.message(msgs[i], evs); err != nil {
					return err
				}
			}
			return db.stage("bulk")
		})
		if err != nil {
			restore()
			return err
		}
	}
	restore()
	// One ordinary commit writes the freelist again and syncs everything.
	return db.update(func(*bolt.Tx) error { return nil })
}
