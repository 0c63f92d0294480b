package store

import (
	"fmt"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// CandidatesFor returns the saved candidates that any of ps may be by the
// identity rule (outreach.SameCandidate): the one saved under a profile's
// URL, and for a profile without one, every candidate with its name.
// outreach.MatchCandidate over them gives what it gives over every saved
// candidate, without reading every record: a team's log holds hundreds of
// thousands, and adding one person read them all (20 s on 577,000).
// Names are found through the recency index's summaries (every record on
// a file from before it, opened read-only).
//
// Errors: none of its own.
func (db *DB) CandidatesFor(ps []profile.Profile) ([]outreach.Candidate, error) {
	ids := map[string]bool{}
	names := map[string]bool{}
	for _, p := range ps {
		if id := outreach.CandidateID(p.ID); id != "" {
			ids[id] = true
		} else if k := outreach.NameKey(p.Name); k != "" {
			names[k] = true
		}
	}
	var out []outreach.Candidate
	err := db.view(func(tx *bolt.Tx) error {
		if len(names) > 0 {
			named, err := db.namedIDs(tx, names)
			if err != nil {
				return err
			}
			for _, id := range named {
				ids[id] = true
			}
		}
		keys := make([]string, 0, len(ids))
		for id := range ids {
			keys = append(keys, id)
		}
		slices.Sort(keys)
		for _, id := range keys {
			c, ok, err := getCandidate(tx, id)
			if err != nil {
				db.skip(fmt.Sprintf("candidate %q", id), err)
				continue
			}
			if ok {
				out = append(out, c)
			}
		}
		return nil
	})
	return out, db.recordErr(err)
}

// namedIDs are the ids of the saved candidates whose name's NameKey is in
// names.
func (db *DB) namedIDs(tx *bolt.Tx, names map[string]bool) ([]string, error) {
	var ids []string
	if tx.Bucket(bucketRecency) == nil {
		all, err := db.unindexedList(tx)
		for _, s := range all {
			if names[outreach.NameKey(s.Name)] {
				ids = append(ids, s.ID)
			}
		}
		return ids, err
	}
	err := db.eachRecent(tx, outreach.CandidateCursor{}, func(k, v []byte) (bool, error) {
		f, err := splitSummary(k, v)
		if err != nil {
			db.skipRecency(k, err)
			return true, nil
		}
		if names[outreach.NameKey(string(f.strs[fieldName]))] {
			ids = append(ids, string(f.id))
		}
		return true, nil
	})
	return ids, err
}
