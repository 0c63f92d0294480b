package store

import (
	"fmt"
	"runtime"
	"sync"

	gojson "github.com/goccy/go-json"
	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// scanChunk is how many messages ForEachMessage decodes at a time, split
// among the cores, before handing them to its caller in order.
const scanChunk = 1024

// ForEachMessage calls fn with each logged message that matches f, with its
// fact record (whose outcome times are what its events add up to), oldest
// (lowest id) first, until fn returns false. Unlike Messages it keeps no
// more than a chunk of decoded messages, so an export of a million messages
// runs in flat memory; decoding, most of the work, runs on every core. fn
// runs inside a read transaction: it must not call the store. f.CandidateID
// and f.Limit are not supported here (use Entries); Statuses are as of the
// store's clock.
//
// Errors: EINVALID when f sets CandidateID or Limit.
func (db *DB) ForEachMessage(f outreach.Filter, fn func(outreach.Message, outreach.Fact) bool) error {
	if f.CandidateID != "" || f.Limit != 0 {
		return outreach.Errorf(outreach.EINVALID, "ForEachMessage does not filter by candidate id or limit; use Entries")
	}
	now := db.Now()
	return db.view(func(tx *bolt.Tx) error {
		match, possible := factFilter(tx, f, now)
		if !possible {
			return nil
		}
		msgs := tx.Bucket(bucketMessages)
		var (
			facts   = make([]outreach.Fact, 0, scanChunk)
			raw     = make([][]byte, 0, scanChunk)
			decoded = make([]outreach.Message, scanChunk)
		)
		// flush decodes the chunk and hands it over; false means stop.
		flush := func() (bool, error) {
			if err := decodeMessages(raw, decoded[:len(raw)]); err != nil {
				return false, err
			}
			for i, m := range decoded[:len(raw)] {
				if !f.MatchesName(m.Candidate.Name) {
					continue
				}
				if !fn(m, facts[i]) {
					return false, nil
				}
			}
			facts, raw = facts[:0], raw[:0]
			clear(decoded)
			return true, nil
		}
		c := tx.Bucket(bucketFacts).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			more, err := eachFact(v, false, func(fact outreach.Fact) (bool, error) {
				if !match(fact) {
					return true, nil
				}
				data := msgs.Get(u64(fact.ID))
				if data == nil {
					return false, noMessage(fact.ID)
				}
				facts, raw = append(facts, fact), append(raw, data)
				if len(raw) == scanChunk {
					return flush()
				}
				return true, nil
			})
			if err != nil {
				return fmt.Errorf("scan messages: %w", err)
			}
			if !more {
				return nil
			}
		}
		if len(raw) > 0 {
			if _, err := flush(); err != nil {
				return fmt.Errorf("scan messages: %w", err)
			}
		}
		return nil
	})
}

// decodeMessages decodes raw[i] into out[i], splitting the work among the
// cores. The strings it makes are copies, so they outlive the transaction.
func decodeMessages(raw [][]byte, out []outreach.Message) error {
	workers := min(runtime.GOMAXPROCS(0), max(len(raw)/64, 1))
	if workers == 1 {
		return decodeRange(raw, out, 0, len(raw))
	}
	errs := make([]error, workers)
	var wg sync.WaitGroup
	per := (len(raw) + workers - 1) / workers
	for w := range workers {
		lo, hi := w*per, min((w+1)*per, len(raw))
		wg.Go(func() { errs[w] = decodeRange(raw, out, lo, hi) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func decodeRange(raw [][]byte, out []outreach.Message, lo, hi int) error {
	for i := lo; i < hi; i++ {
		if err := gojson.Unmarshal(raw[i], &out[i]); err != nil {
			return fmt.Errorf("read message: %w", err)
		}
	}
	return nil
}
