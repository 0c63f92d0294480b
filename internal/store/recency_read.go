package store

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// CandidatePage returns up to n saved candidates after the place after
// (the zero CandidateCursor: from the top), in the candidate list's order
// (most recently used or added first, then by id), and how many are saved.
// It reads those n entries of the recency index and no candidate record.
//
// Errors: none of its own.
func (db *DB) CandidatePage(after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, int, error) {
	var (
		out   []outreach.CandidateSummary
		total int
	)
	err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketRecency) == nil {
			// A file of an older schema opened read-only: no index.
			all, err := db.unindexedList(tx)
			out, total = pageOf(all, after, n), len(all)
			return err
		}
		total = int(recencyCount(tx))
		return db.eachRecent(tx, after, func(k, v []byte) (bool, error) {
			if len(out) >= n {
				return false, nil
			}
			s, err := decodeRecency(k, v)
			if err != nil {
				db.skipRecency(k, err)
				return true, nil
			}
			out = append(out, s)
			return true, nil
		})
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// CandidateCount is how many candidates are saved (CandidatePage's
// total).
//
// Errors: none of its own.
func (db *DB) CandidateCount() (int, error) {
	_, n, err := db.CandidatePage(outreach.CandidateCursor{}, 0)
	return n, err
}

// SearchCandidates returns the first n saved candidates after the place
// after, in the candidate list's order, whose name, title, company,
// headline, location, seniority (or its label in labels) or profile URL
// hold every word of query, ignoring case (the candidate list's filter),
// and whether more match. It reads the recency index, not the candidates'
// records; it stops early, returning ctx's error, when ctx is done.
//
// Errors: ctx's when it is done.
func (db *DB) SearchCandidates(ctx context.Context, query string, labels map[string]string, after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, bool, error) {
	words := make([][]byte, 0, 4)
	for _, w := range strings.Fields(strings.ToLower(query)) {
		words = append(words, []byte(w))
	}
	lowLabels := make(map[string][]byte, len(labels))
	for id, l := range labels {
		lowLabels[id] = []byte(strings.ToLower(l))
	}
	var (
		out  []outreach.CandidateSummary
		more bool
	)
	err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketRecency) == nil {
			all, err := db.unindexedList(tx)
			lower := strings.Fields(strings.ToLower(query))
			for _, s := range pageOf(all, after, len(all)) {
				if s.Matches(lower, labels) {
					if len(out) == n {
						more = true
						break
					}
					out = append(out, s)
				}
			}
			return err
		}
		var hay []byte
		seen := 0
		return db.eachRecent(tx, after, func(k, v []byte) (bool, error) {
			if seen++; seen%1024 == 0 && ctx.Err() != nil {
				return false, ctx.Err()
			}
			f, err := splitSummary(k, v)
			if err != nil {
				db.skipRecency(k, err)
				return true, nil
			}
			st := &f.strs
			hay = haystackOf(hay[:0], st[fieldName], st[fieldTitle], st[fieldCompany], st[fieldHeadline], st[fieldLocation],
				st[fieldSeniority], lowLabels[string(st[fieldSeniority])], st[fieldProfileID])
			if !matchesAll(hay, words) {
				return true, nil
			}
			if len(out) == n {
				more = true
				return false, nil
			}
			s, err := f.summary()
			if err != nil {
				db.skipRecency(k, err)
				return true, nil
			}
			out = append(out, s)
			return true, nil
		})
	})
	if err != nil {
		return nil, false, err
	}
	return out, more, nil
}

// unindexedList holds the candidate list of a file from before the recency
// index, opened read-only.
type unindexedList struct {
	mu  sync.Mutex
	all []outreach.CandidateSummary
	ok  bool
}

// unindexedList is the candidate list of a file without a recency index
// (schema 5, opened read-only), read from the candidates' records the
// first time and kept: a file open read-only does not change, and a list
// read a page at a time would read them all for each page.
func (db *DB) unindexedList(tx *bolt.Tx) ([]outreach.CandidateSummary, error) {
	u := db.unindexed
	if u == nil {
		return db.scanSummaries(tx)
	}
	u.mu.Lock()
	defer u.mu.Unlock()
	if !u.ok {
		all, err := db.scanSummaries(tx)
		if err != nil {
			return nil, err
		}
		u.all, u.ok = all, true
	}
	return u.all, nil
}

// eachRecent calls fn with the recency index's entries after the place
// after, in order, until it returns false.
func (db *DB) eachRecent(tx *bolt.Tx, after outreach.CandidateCursor, fn func(k, v []byte) (bool, error)) error {
	c := tx.Bucket(bucketRecency).Cursor()
	k, v := c.First()
	if after != (outreach.CandidateCursor{}) {
		from := recencyKey(after.Recent, after.ID)
		if k, v = c.Seek(from); bytes.Equal(k, from) {
			k, v = c.Next()
		}
	}
	for ; k != nil; k, v = c.Next() {
		if ok, err := fn(k, v); err != nil || !ok {
			return err
		}
	}
	return nil
}

// pageOf is the n summaries of all (in the list's order) after the place
// after, found by binary search.
func pageOf(all []outreach.CandidateSummary, after outreach.CandidateCursor, n int) []outreach.CandidateSummary {
	i := 0
	if after != (outreach.CandidateCursor{}) {
		var found bool
		i, found = slices.BinarySearchFunc(all, after, func(c outreach.CandidateSummary, t outreach.CandidateCursor) int {
			if x := t.Recent.Compare(c.Recent()); x != 0 {
				return x // newest first
			}
			return cmp.Compare(c.ID, t.ID)
		})
		if found {
			i++
		}
	}
	return all[i:min(len(all), i+max(n, 0))]
}

// haystackOf appends the fields, lower-cased, each followed by a space
// (outreach.CandidateSummary.Matches's text, without allocating).
func haystackOf(dst []byte, fields ...[]byte) []byte {
	for _, f := range fields {
		dst = appendLower(dst, f)
		dst = append(dst, ' ')
	}
	return dst
}

// appendLower appends s lower-cased, as strings.ToLower does.
func appendLower(dst, s []byte) []byte {
	for _, c := range s {
		if c >= 0x80 {
			return append(dst, bytes.ToLower(s)...)
		}
	}
	for _, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// matchesAll reports whether hay holds every word.
func matchesAll(hay []byte, words [][]byte) bool {
	for _, w := range words {
		if !bytes.Contains(hay, w) {
			return false
		}
	}
	return true
}

// skipRecency records a recency index entry that cannot be read: it is
// skipped, and the command ends saying so (see doctor).
func (db *DB) skipRecency(k []byte, err error) {
	db.skip(fmt.Sprintf("recency index record %q", k), err)
}
