package store

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// The briefs (schema 4): the searches messages are sent for. A send finds
// or starts its brief in its own transaction (assignBrief), so two
// colleagues sending for a new search at once make one brief, and a fact
// record holds its message's brief id (outreach.Fact.Brief) for reports.

// bucketBriefs: big-endian brief id → JSON outreach.Brief. Its sequence
// issues ids. A team has tens to hundreds of briefs, so they are scanned,
// not indexed.
var bucketBriefs = []byte("briefs")

// migrateBriefs creates the briefs bucket. Messages logged before have no
// brief, and their fact records already hold 0 where a brief id goes.
func migrateBriefs(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketBriefs)
	return err
}

// eachBrief calls fn with every brief in id order until it returns false.
// A file not yet migrated has none.
func eachBrief(tx *bolt.Tx, fn func(outreach.Brief) bool) error {
	b := tx.Bucket(bucketBriefs)
	if b == nil {
		return nil
	}
	c := b.Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		var br outreach.Brief
		if err := json.Unmarshal(v, &br); err != nil {
			return fmt.Errorf("read brief %x: %w", k, err)
		}
		if !fn(br) {
			return nil
		}
	}
	return nil
}

// assignBrief finds the open brief with m's role and client, or starts
// one (outreach.PickBrief), records m's use of it, and sets m's Brief and
// BriefID. A message with neither a role nor a client has no brief.
func assignBrief(tx *bolt.Tx, m *outreach.Message) error {
	var briefs []outreach.Brief
	if err := eachBrief(tx, func(b outreach.Brief) bool { briefs = append(briefs, b); return true }); err != nil {
		return err
	}
	_, err := assignBriefFrom(tx, m, briefs)
	return err
}

// assignBriefFrom is assignBrief given every brief, read before in the
// same transaction; it returns them as they are after m's use (the brief
// changed in place, or a new one at the end), for the next message.
func assignBriefFrom(tx *bolt.Tx, m *outreach.Message, briefs []outreach.Brief) ([]outreach.Brief, error) {
	i, name, ok := outreach.PickBrief(briefs, *m)
	if !ok {
		m.Brief, m.BriefID = "", 0
		return briefs, nil
	}
	b, err := tx.CreateBucketIfNotExists(bucketBriefs)
	if err != nil {
		return briefs, err
	}
	var br outreach.Brief
	if i >= 0 {
		br = briefs[i]
		br.Use(*m)
	} else {
		br = outreach.NewBrief(*m, name)
		if br.ID, err = b.NextSequence(); err != nil {
			return briefs, err
		}
	}
	if br.ID >= 1<<32 {
		return briefs, fmt.Errorf("more than 2^32 briefs")
	}
	m.Brief, m.BriefID = br.Name, br.ID
	if i >= 0 {
		briefs[i] = br
	} else {
		briefs = append(briefs, br)
	}
	return briefs, putJSON(b, u64(br.ID), br)
}

// briefCode is the brief id a message's fact record holds (see
// outreach.Fact.Brief).
func briefCode(m outreach.Message) uint32 { return uint32(min(m.BriefID, 1<<32-1)) }

// Briefs returns every brief, archived ones included, in id order.
//
// Errors: none of its own.
func (db *DB) Briefs() ([]outreach.Brief, error) {
	out := []outreach.Brief{}
	err := db.view(func(tx *bolt.Tx) error {
		return eachBrief(tx, func(b outreach.Brief) bool {
			out = append(out, b)
			return true
		})
	})
	return out, err
}

// ArchiveBrief marks brief id archived by who at at: it is no longer
// offered, and the next send with its role and client starts a new brief.
// Archiving an archived brief changes nothing.
//
// Errors: ENOTFOUND when there is no brief id.
func (db *DB) ArchiveBrief(id uint64, who string, at time.Time) (outreach.Brief, error) {
	var br outreach.Brief
	err := db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketBriefs)
		var v []byte
		if b != nil {
			v = b.Get(u64(id))
		}
		if v == nil {
			return outreach.Errorf(outreach.ENOTFOUND, "no brief %d (inmail briefs list shows them)", id)
		}
		if err := json.Unmarshal(v, &br); err != nil {
			return fmt.Errorf("read brief %d: %w", id, err)
		}
		if br.Archived() {
			return nil
		}
		br.ArchivedAt, br.ArchivedBy = at.Truncate(time.Second), who
		return putJSON(b, u64(id), br)
	})
	return br, err
}

// briefNames are the briefs' names by id, for a report's dictionary.
func briefNames(tx *bolt.Tx) (outreach.Names, error) {
	names := outreach.Names{""}
	err := eachBrief(tx, func(b outreach.Brief) bool {
		for uint64(len(names)) <= b.ID {
			names = append(names, "")
		}
		names[b.ID] = b.Name
		return true
	})
	return names, err
}
