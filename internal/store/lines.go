package store

import (
	"bytes"
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// LinesAfter returns the personalization lines of the messages logged
// after message id after, and the id of the last message logged, read in
// one transaction: a reuse index kept in memory is brought up to date
// with LinesAfter(last) and sees every line exactly once, whoever logged
// it. LinesAfter(0) is every line in the log (PriorLines, from the reuse
// index without decoding a message); later calls decode only the messages
// logged since.
//
// Errors: none of its own.
func (db *DB) LinesAfter(after uint64) (lines []outreach.PriorLine, last uint64, err error) {
	err = db.view(func(tx *bolt.Tx) error {
		msgs := tx.Bucket(bucketMessages)
		last = msgs.Sequence()
		lines = nil
		if after == 0 {
			lines = make([]outreach.PriorLine, 0, last)
			return tx.Bucket(bucketLines).ForEach(func(k, v []byte) error {
				p, err := decodeLine(k, v)
				if err != nil {
					db.skip("reuse index entry", err)
					return nil
				}
				lines = append(lines, p)
				return nil
			})
		}
		c := msgs.Cursor()
		for k, _ := c.Seek(u64(after + 1)); k != nil && bytes.Compare(k, u64(last)) <= 0; k, _ = c.Next() {
			id := binary.BigEndian.Uint64(k)
			m, err := getMessage(tx, id)
			if what, why, ok := isUndecodable(err); ok {
				db.skip(what, why)
				continue
			} else if err != nil {
				return err
			}
			if outreach.NormalizeLine(m.Personalization) == "" {
				continue
			}
			lines = append(lines, outreach.PriorLine{MessageID: id, CandidateID: m.Candidate.ID, CandidateName: m.Candidate.Name,
				Line: m.Personalization, SentAt: m.SentAt})
		}
		return nil
	})
	return lines, last, err
}
