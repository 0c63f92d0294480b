package store

import (
	"fmt"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// ForEachMessage calls fn with each logged message that matches f, with its
// fact record (whose outcome times are what its events add up to), oldest
// (lowest id) first, until fn returns false. Unlike Messages it decodes
// one message at a time and keeps none, so an export of a million messages
// runs in flat memory. fn runs inside a read transaction: it must not call
// the store. f.CandidateID and f.Limit are not supported here (use
// Entries); Statuses are as of the store's clock.
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
		c := tx.Bucket(bucketFacts).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			more, err := eachFact(v, false, func(fact outreach.Fact) (bool, error) {
				if !match(fact) {
					return true, nil
				}
				m, err := getMessage(tx, fact.ID)
				if err != nil {
					return false, err
				}
				if f.CandidateName != "" && !strings.EqualFold(strings.TrimSpace(m.Candidate.Name), strings.TrimSpace(f.CandidateName)) {
					return true, nil
				}
				return fn(m, fact), nil
			})
			if err != nil {
				return fmt.Errorf("scan messages: %w", err)
			}
			if !more {
				return nil
			}
		}
		return nil
	})
}
