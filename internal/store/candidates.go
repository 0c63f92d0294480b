package store

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// PutCandidate saves a profile as a candidate and returns it as stored. The
// id is outreach.CandidateID(p.ID) (the normalized profile URL when p.ID is
// one); a profile without an id gets a generated one ("inmail:N"), written
// into the returned Profile.ID so that saving that profile again updates the
// same candidate. Saving an existing candidate replaces its profile and
// keeps when it was added and last used.
//
// Errors: none of its own (disk and encoding failures only).
func (db *DB) PutCandidate(p profile.Profile) (outreach.Candidate, error) {
	cs, err := db.PutCandidates([]profile.Profile{p})
	if err != nil {
		return outreach.Candidate{}, err
	}
	return cs[0], nil
}

// PutCandidates saves several profiles as PutCandidate does, in one
// transaction: an import saves all of them or none. Control characters and
// escape sequences are removed from every string first (profile.Clean).
func (db *DB) PutCandidates(ps []profile.Profile) ([]outreach.Candidate, error) {
	now := db.now()
	out := make([]outreach.Candidate, 0, len(ps))
	err := db.update(func(tx *bolt.Tx) error {
		out = out[:0]
		b := tx.Bucket(bucketCandidates)
		for _, p := range ps {
			p = profile.Clean(p)
			id := outreach.CandidateID(p.ID)
			if id == "" {
				n, err := b.NextSequence()
				if err != nil {
					return err
				}
				id = fmt.Sprintf("inmail:%d", n)
				p.ID = id
			}
			c := outreach.Candidate{ID: id, Profile: p, AddedAt: now, UpdatedAt: now}
			var was *outreach.CandidateSummary
			if old, ok, err := getCandidate(tx, id); err != nil {
				return err
			} else if ok {
				c.AddedAt, c.LastUsed = old.AddedAt, old.LastUsed
				was = new(old.Summary())
			}
			if err := putJSON(b, []byte(id), c); err != nil {
				return err
			}
			if err := fileCandidate(tx, was, c.Summary()); err != nil {
				return err
			}
			out = append(out, c)
		}
		return db.stage("candidates")
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Candidate returns the candidate with id (a candidate id or a profile URL
// in any spelling).
//
// Errors: ENOTFOUND when there is no such candidate.
func (db *DB) Candidate(id string) (outreach.Candidate, error) {
	var c outreach.Candidate
	err := db.view(func(tx *bolt.Tx) error {
		var ok bool
		var err error
		if c, ok, err = getCandidate(tx, outreach.CandidateID(id)); err == nil && !ok {
			err = notFound("no saved candidate %q (see the candidate list, or add them)", id)
		}
		return err
	})
	return c, db.recordErr(err)
}

// CandidateSummaries is what a list of every saved candidate shows of
// each, in Candidates' order (Candidate reads one whole), read from the
// recency index: a list that shows a page at a time reads CandidatePage.
//
// Errors: none of its own.
func (db *DB) CandidateSummaries() ([]outreach.CandidateSummary, error) {
	var cs []outreach.CandidateSummary
	err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketRecency) == nil {
			var err error
			cs, err = db.scanSummaries(tx)
			return err
		}
		cs = make([]outreach.CandidateSummary, 0, recencyCount(tx))
		return db.eachRecent(tx, outreach.CandidateCursor{}, func(k, v []byte) (bool, error) {
			s, err := decodeRecency(k, v)
			if err != nil {
				db.skipRecency(k, err)
				return true, nil
			}
			cs = append(cs, s)
			return true, nil
		})
	})
	if err != nil {
		return nil, err
	}
	return cs, nil
}

// scanSummaries reads every candidate's summary out of their records and
// sorts them as the recency index would: what a file of a schema before
// the index, opened read-only, is listed by.
func (db *DB) scanSummaries(tx *bolt.Tx) ([]outreach.CandidateSummary, error) {
	b := tx.Bucket(bucketCandidates)
	cs := make([]outreach.CandidateSummary, 0, b.Stats().KeyN)
	err := b.ForEach(func(k, v []byte) error {
		s, err := decodeSummary(v)
		if err != nil {
			db.skip(fmt.Sprintf("candidate %q", k), err)
			return nil
		}
		cs = append(cs, s)
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Sorted by moving small keys, not the summaries: they are read in
	// id order, and a team has hundreds of thousands.
	type key struct {
		recent int64
		i      int32
	}
	keys := make([]key, len(cs))
	for i, c := range cs {
		keys[i] = key{c.Recent().UnixNano(), int32(i)}
	}
	slices.SortStableFunc(keys, func(a, b key) int { return cmp.Compare(b.recent, a.recent) })
	out := make([]outreach.CandidateSummary, len(cs))
	for j, k := range keys {
		out[j] = cs[k.i]
	}
	return out, nil
}

// Candidates returns every saved candidate, most recently used or added
// first (outreach.Candidate.Recent), then by id.
//
// Errors: none of its own.
func (db *DB) Candidates() ([]outreach.Candidate, error) {
	var cs []outreach.Candidate
	err := db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketCandidates).ForEach(func(k, v []byte) error {
			var c outreach.Candidate
			if err := json.Unmarshal(v, &c); err != nil {
				db.skip(fmt.Sprintf("candidate %q", k), err)
				return nil
			}
			cs = append(cs, c)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(cs, func(a, b outreach.Candidate) int {
		if c := b.Recent().Compare(a.Recent()); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return cs, nil
}

// DeleteCandidate removes a saved candidate and their draft. Messages sent
// to them stay in the log.
//
// Errors: ENOTFOUND when there is no such candidate.
func (db *DB) DeleteCandidate(id string) error {
	id = outreach.CandidateID(id)
	return db.update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketCandidates)
		if b.Get([]byte(id)) == nil {
			return notFound("no saved candidate %q", id)
		}
		old, _, oldErr := getCandidate(tx, id)
		if err := b.Delete([]byte(id)); err != nil {
			return err
		}
		// A damaged record's entry is found by its id.
		unfile := func() error { return unfileCandidate(tx, old.Summary()) }
		if oldErr != nil {
			unfile = func() error { return unfileID(tx, id) }
		}
		if err := unfile(); err != nil {
			return err
		}
		return tx.Bucket(bucketDrafts).Delete([]byte(id))
	})
}

func getCandidate(tx *bolt.Tx, id string) (outreach.Candidate, bool, error) {
	var c outreach.Candidate
	v := tx.Bucket(bucketCandidates).Get([]byte(id))
	if v == nil {
		return c, false, nil
	}
	if err := json.Unmarshal(v, &c); err != nil {
		return c, false, undecodable(fmt.Sprintf("candidate %q", id), err)
	}
	return c, true, nil
}

// putJSON stores v as JSON under k.
func putJSON(b *bolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, data)
}
