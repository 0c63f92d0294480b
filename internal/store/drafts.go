package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// SaveDraft saves the draft for its candidate, replacing the one before, and
// stamps SavedAt with the store's clock. Sending to the candidate deletes it.
//
// Errors: EINVALID when the draft has no candidate id.
func (db *DB) SaveDraft(d outreach.Draft) error {
	d.CandidateID = outreach.CandidateID(d.CandidateID)
	if d.CandidateID == "" {
		return outreach.Errorf(outreach.EINVALID, "a draft needs a candidate; pick or add one first")
	}
	d.SavedAt = db.now()
	return db.update(func(tx *bolt.Tx) error {
		return putJSON(tx.Bucket(bucketDrafts), []byte(d.CandidateID), d)
	})
}

// Draft returns the saved draft for a candidate.
//
// Errors: ENOTFOUND when the candidate has no draft.
func (db *DB) Draft(candidateID string) (outreach.Draft, error) {
	var d outreach.Draft
	id := outreach.CandidateID(candidateID)
	err := db.view(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketDrafts).Get([]byte(id))
		if v == nil {
			return notFound("no draft for %q", candidateID)
		}
		return json.Unmarshal(v, &d)
	})
	return d, err
}

// Drafts returns every saved draft, the most recently saved first.
//
// Errors: none of its own.
func (db *DB) Drafts() ([]outreach.Draft, error) {
	var ds []outreach.Draft
	err := db.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDrafts).ForEach(func(k, v []byte) error {
			var d outreach.Draft
			if err := json.Unmarshal(v, &d); err != nil {
				return fmt.Errorf("read the draft for %q: %w", k, err)
			}
			ds = append(ds, d)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(ds, func(a, b outreach.Draft) int {
		if c := b.SavedAt.Compare(a.SavedAt); c != 0 {
			return c
		}
		return strings.Compare(a.CandidateID, b.CandidateID)
	})
	return ds, nil
}

// LatestDraft returns the most recently saved draft, to resume after a
// closed terminal.
//
// Errors: ENOTFOUND when there are no drafts.
func (db *DB) LatestDraft() (outreach.Draft, error) {
	ds, err := db.Drafts()
	if err != nil {
		return outreach.Draft{}, err
	}
	if len(ds) == 0 {
		return outreach.Draft{}, notFound("no saved drafts")
	}
	return ds[0], nil
}

// DeleteDraft removes a candidate's draft; removing one that does not exist
// is not an error.
//
// Errors: none of its own.
func (db *DB) DeleteDraft(candidateID string) error {
	return db.update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketDrafts).Delete([]byte(outreach.CandidateID(candidateID)))
	})
}
