package store

import (
	"fmt"
	"runtime"
	"sync"
	"time"

	gojson "github.com/goccy/go-json"
	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// scanChunk is how many messages ForEachMessage reads in one read
// transaction and decodes at a time, split among the cores.
const scanChunk = 1024

// ForEachMessage calls fn with each logged message that matches f, with its
// fact record (whose outcome times are what its events add up to), oldest
// (lowest id) first, until fn returns false. Unlike Messages it holds no
// more than two chunks of messages, so an export of a million messages runs
// in flat memory: a goroutine reads a chunk's messages in a short read
// transaction, copying their bytes out, and decodes them on every core
// while fn sees the chunk before. fn runs outside any transaction (it may
// call the store), and a long scan never holds the file open against a
// writer; a message logged meanwhile is included when its id comes after
// the chunks already read. f.CandidateID and f.Limit are not supported here
// (use Entries); Statuses are as of the store's clock when the scan starts.
//
// Errors: EINVALID when f sets CandidateID or Limit.
func (db *DB) ForEachMessage(f outreach.Filter, fn func(outreach.Message, outreach.Fact) bool) error {
	if f.CandidateID != "" || f.Limit != 0 {
		return outreach.Errorf(outreach.EINVALID, "ForEachMessage does not filter by candidate id or limit; use Entries")
	}
	now := db.Now()
	chunks := make(chan scanned, 1)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(chunks)
		var next uint64 // the first id not read yet
		var raw []byte  // the chunk's bytes, copied out of the transaction
		for {
			c := scanned{}
			var more bool
			raw, more, c.err = db.readChunk(f, now, &next, raw[:0], &c)
			if c.err == nil && len(c.facts) > 0 {
				c.msgs = make([]outreach.Message, len(c.facts))
				c.err = decodeMessages(c.raw, c.msgs)
				c.raw = nil
			}
			if c.err != nil || len(c.facts) > 0 {
				select {
				case chunks <- c:
				case <-stop:
					return
				}
			}
			if !more || c.err != nil {
				return
			}
		}
	})
	defer wg.Wait()
	defer close(stop)
	for c := range chunks {
		if c.err != nil {
			return fmt.Errorf("scan messages: %w", c.err)
		}
		for i, m := range c.msgs {
			if m.ID == 0 {
				db.skip(fmt.Sprintf("message %d", c.facts[i].ID), errUndecodable)
				continue
			}
			if f.MatchesName(m.Candidate.Name) && !fn(m, c.facts[i]) {
				return nil
			}
		}
	}
	return nil
}

// scanned is a chunk of ForEachMessage.
type scanned struct {
	facts []outreach.Fact
	raw   [][]byte // the messages' JSON, within readChunk's buffer
	msgs  []outreach.Message
	err   error
}

// readChunk reads, in one read transaction, up to scanChunk messages that
// match f from id *next on, into c (their bytes appended to buf, which it
// returns), and moves *next past the last message it looked at. more is
// false when it reached the end of the log.
func (db *DB) readChunk(f outreach.Filter, now time.Time, next *uint64, buf []byte, c *scanned) (_ []byte, more bool, err error) {
	var ends []int
	err = db.view(func(tx *bolt.Tx) error {
		match, possible := factFilter(tx, f, now)
		if !possible {
			return nil
		}
		msgs := tx.Bucket(bucketMessages)
		cur := tx.Bucket(bucketFacts).Cursor()
		for k, v := cur.Seek(chunkKey(*next)); k != nil; k, v = cur.Next() {
			full, err := eachFact(v, false, func(fact outreach.Fact) (bool, error) {
				if fact.ID < *next {
					return true, nil
				}
				if len(c.facts) == scanChunk {
					return false, nil
				}
				*next = fact.ID + 1
				if !match(fact) {
					return true, nil
				}
				data := msgs.Get(u64(fact.ID))
				if data == nil {
					return false, noMessage(fact.ID)
				}
				buf = append(buf, data...)
				c.facts, ends = append(c.facts, fact), append(ends, len(buf))
				return true, nil
			})
			if err != nil {
				return err
			}
			if !full {
				more = true
				return nil
			}
		}
		return nil
	})
	c.raw = make([][]byte, len(ends))
	from := 0
	for i, end := range ends {
		c.raw[i], from = buf[from:end:end], end
	}
	return buf, more, err
}

// decodeMessages decodes raw[i] into out[i], splitting the work among the
// cores. The strings it makes are copies, so they outlive raw.
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

// decodeRange decodes raw[lo:hi]. A message that cannot be decoded is
// left zero (ID 0), for the caller to skip and count.
func decodeRange(raw [][]byte, out []outreach.Message, lo, hi int) error {
	for i := lo; i < hi; i++ {
		if err := gojson.Unmarshal(raw[i], &out[i]); err != nil || out[i].ID == 0 {
			out[i] = outreach.Message{}
		}
	}
	return nil
}
