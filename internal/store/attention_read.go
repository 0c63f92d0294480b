package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// The reads of the attention and recruiter indexes (attention.go keeps
// them).

// awaitingFrom is the earliest send time (Unix seconds) of a message still
// awaiting at now: one whose deadline, send time + 7 days, is not before
// now.
func awaitingFrom(now time.Time) int64 {
	t := now.Add(-outreach.ResponseWindow)
	s := t.Unix()
	if t.Nanosecond() > 0 {
		s++
	}
	return s
}

// factReader reads fact records by id, keeping the last chunk it read: an
// index lists neighbouring messages together, often from one chunk.
type factReader struct {
	b     *bolt.Bucket
	chunk uint64
	v     []byte
}

func (r *factReader) get(id uint64) (outreach.Fact, error) {
	if c := id / factsPerChunk; r.v == nil || c != r.chunk {
		r.chunk, r.v = c, r.b.Get(chunkKey(id))
	}
	off := slotOf(id)
	if len(r.v) < off+outreach.FactSize || r.v[off] == 0 {
		return outreach.Fact{}, fmt.Errorf("an index lists message %d, which has no fact record", id)
	}
	f, err := outreach.DecodeFact(r.v[off : off+outreach.FactSize])
	if err != nil {
		return f, fmt.Errorf("message %d: %w", id, err)
	}
	return f, nil
}

// StatusCounts counts the messages by status as of now. It reads the
// index's counts and the open messages of the last 7 days, not the log.
//
// Errors: none of its own.
func (db *DB) StatusCounts(now time.Time) (outreach.Counts, error) {
	var out outreach.Counts
	err := db.view(func(tx *bolt.Tx) error {
		m, err := readAttentionMeta(tx)
		if err != nil {
			return err
		}
		if tx.Bucket(bucketAttention) == nil || m.latest > now.Unix() {
			out, err = countBySorting(tx, now)
			return err
		}
		c := tx.Bucket(bucketAttention).Cursor()
		awaiting := 0
		for k, _ := c.Seek(attentionKey(sectionOpen, awaitingFrom(now), 0)); k != nil && k[0] == sectionOpen; k, _ = c.Next() {
			awaiting++
		}
		out[outreach.StatusAwaiting] = awaiting
		out[outreach.StatusNone] = int(m.counts[outreach.StatusAwaiting]) - awaiting
		for _, s := range []outreach.Status{outreach.StatusResponded, outreach.StatusLate, outreach.StatusWithdrawn} {
			out[s] = int(m.counts[s])
		}
		for _, s := range outreach.Statuses {
			out[0] += out[s]
		}
		return nil
	})
	return out, err
}

// countBySorting counts every fact record's status at now.
func countBySorting(tx *bolt.Tx, now time.Time) (outreach.Counts, error) {
	var out outreach.Counts
	err := eachFactIn(tx, func(f outreach.Fact) bool {
		out[0]++
		out[f.State(now).Status]++
		return true
	})
	return out, err
}

// Attention returns up to n fact records in the order the tracker lists
// messages at now (outreach.CompareAttention of their keys at now): those
// whose status at now is want (0: every status), starting after the
// message whose key is after (the zero key: from the top). A page after the
// first passes the key of the last row it has, f.AttentionKey(now), with
// the same now as the pages before it (as time passes, messages leave the
// awaiting part: a reader that moves now starts again from the top).
//
// It reads about n index entries and n fact records, however long the log
// is. As of a moment before an outcome already recorded (an injected
// clock), or in a file of schema 1 open read-only (no index yet), it sorts
// the fact records instead, with the same result.
//
// Errors: EINVALID when n is not positive.
func (db *DB) Attention(now time.Time, want outreach.Status, after outreach.AttentionKey, n int) ([]outreach.Fact, error) {
	if n <= 0 {
		return nil, outreach.Errorf(outreach.EINVALID, "a page of attention needs at least one row, not %d", n)
	}
	var out []outreach.Fact
	err := db.view(func(tx *bolt.Tx) error {
		m, err := readAttentionMeta(tx)
		if err != nil {
			return err
		}
		if tx.Bucket(bucketAttention) == nil || m.latest > now.Unix() {
			out, err = attentionBySorting(tx, now, want, after, n)
			return err
		}
		ids := attentionIDs(tx.Bucket(bucketAttention), now, want, after, n)
		out = make([]outreach.Fact, 0, len(ids))
		facts := factReader{b: tx.Bucket(bucketFacts)}
		for _, id := range ids {
			f, err := facts.get(id)
			if err != nil {
				return err
			}
			out = append(out, f)
		}
		return nil
	})
	return out, err
}

// attentionIDs walks the index as Attention describes: the awaiting part
// of the open section forwards, then the rest of the open section and the
// settled section backwards, merged by send time and id.
func attentionIDs(b *bolt.Bucket, now time.Time, want outreach.Status, after outreach.AttentionKey, n int) []uint64 {
	var ids []uint64
	split := attentionKey(sectionOpen, awaitingFrom(now), 0)
	idOf := func(k []byte) uint64 { return binary.BigEndian.Uint64(k[9:]) }
	started := after.ID == 0
	if (want == 0 || want == outreach.StatusAwaiting) && (started || after.Status == outreach.StatusAwaiting) {
		from := split
		if !started {
			if k := attentionKey(sectionOpen, after.SentAt, after.ID+1); bytes.Compare(k, from) > 0 {
				from = k
			}
		}
		c := b.Cursor()
		for k, _ := c.Seek(from); k != nil && k[0] == sectionOpen && len(ids) < n; k, _ = c.Next() {
			ids = append(ids, idOf(k))
		}
	}
	if want == outreach.StatusAwaiting || len(ids) == n {
		return ids
	}
	// Below: the rest, newest first, before the bound (exclusive) in each
	// section.
	openEnd, settledEnd := split, []byte{sectionSettled + 1}
	if !started && after.Status != outreach.StatusAwaiting {
		if k := attentionKey(sectionOpen, after.SentAt, after.ID); bytes.Compare(k, openEnd) < 0 {
			openEnd = k
		}
		settledEnd = attentionKey(sectionSettled, after.SentAt, after.ID)
	}
	var open, done stream
	if want == 0 || want == outreach.StatusNone {
		open = newStream(b, sectionOpen, openEnd, 0)
	}
	if want != outreach.StatusNone {
		done = newStream(b, sectionSettled, settledEnd, want)
	}
	for len(ids) < n {
		s := &open
		switch {
		case open.k == nil && done.k == nil:
			return ids
		case open.k == nil || (done.k != nil && bytes.Compare(done.k[1:], open.k[1:]) > 0):
			s = &done
		}
		ids = append(ids, idOf(s.k))
		s.prev()
	}
	return ids
}

// stream walks one section backwards from just before end, keeping the
// entries of status want (0: all).
type stream struct {
	c       *bolt.Cursor
	section byte
	want    outreach.Status
	k       []byte // the current key, nil at the end
}

func newStream(b *bolt.Bucket, section byte, end []byte, want outreach.Status) stream {
	s := stream{c: b.Cursor(), section: section, want: want}
	if k, _ := s.c.Seek(end); k == nil {
		s.settle(s.c.Last())
	} else {
		s.settle(s.c.Prev())
	}
	return s
}

func (s *stream) prev() { s.settle(s.c.Prev()) }

// settle moves back from k to the first entry of the section that want
// keeps.
func (s *stream) settle(k, v []byte) {
	for ; k != nil && k[0] == s.section; k, v = s.c.Prev() {
		if s.want == 0 || (len(v) == 1 && outreach.Status(v[0]) == s.want) {
			s.k = k
			return
		}
	}
	s.k = nil
}

// attentionBySorting is Attention's answer from every fact record.
func attentionBySorting(tx *bolt.Tx, now time.Time, want outreach.Status, after outreach.AttentionKey, n int) ([]outreach.Fact, error) {
	var err error
	page := outreach.AttentionPage(func(yield func(outreach.Fact) bool) { err = eachFactIn(tx, yield) }, now, want, after, n)
	return page, err
}

// FactsSince calls fn with the fact record of each of recruiter's messages
// (every message when recruiter is empty) sent at or after since (the zero
// time: all of them), until fn returns false: one recruiter's from the
// recruiter index in send order, everyone's from the attention index's
// sections one after the other. It reads those messages, not the log, so
// the credits and the 14-day health of one recruiter cost what that
// recruiter sent. fn runs inside a read transaction: it must not call the
// store.
//
// Errors: none of its own.
func (db *DB) FactsSince(recruiter string, since time.Time, fn func(outreach.Fact) bool) error {
	from := int64(math.MinInt64)
	if !since.IsZero() {
		from = since.Unix()
		if since.Nanosecond() > 0 {
			from++
		}
	}
	return db.view(func(tx *bolt.Tx) error {
		facts := factReader{b: tx.Bucket(bucketFacts)}
		visit := func(c *bolt.Cursor, prefix []byte) (bool, error) {
			for k, _ := c.Seek(appendTime(slices.Clip(prefix), from)); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				f, err := facts.get(binary.BigEndian.Uint64(k[len(k)-8:]))
				if err != nil {
					return false, err
				}
				if !fn(f) {
					return false, nil
				}
			}
			return true, nil
		}
		var code []byte
		if recruiter != "" {
			if code = tx.Bucket(bucketDict).Bucket(dictKinds[0]).Get([]byte(recruiter)); code == nil {
				return nil
			}
		}
		if tx.Bucket(bucketAttention) == nil { // schema 1, read-only: no indexes
			want := uint32(0)
			if code != nil {
				want = binary.BigEndian.Uint32(code)
			}
			return eachFactIn(tx, func(f outreach.Fact) bool {
				return (code != nil && f.Recruiter != want) || f.SentAt < from || fn(f)
			})
		}
		if code != nil {
			c := tx.Bucket(bucketByRecruiter).Cursor()
			prefix := slices.Clip(code)
			for k, v := c.Seek(appendTime(prefix, from)); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
				f, err := outreach.DecodeFact(v)
				if err != nil {
					return fmt.Errorf("the recruiter index's record of message %d: %w", binary.BigEndian.Uint64(k[len(k)-8:]), err)
				}
				if !fn(f) {
					return nil
				}
			}
			return nil
		}
		for _, section := range []byte{sectionOpen, sectionSettled} {
			if more, err := visit(tx.Bucket(bucketAttention).Cursor(), []byte{section}); err != nil || !more {
				return err
			}
		}
		return nil
	})
}

// AttentionEntries returns up to limit messages that match f, in the
// order the tracker lists them at the store's clock, each with its events
// and state: the first rows of inmail log. It walks the attention index in
// pages and decodes only the messages that match, so the first 50 of a
// million cost about 50 reads when the filter keeps most messages (a
// filter that keeps few reads more of the index, never more than the log).
// f.Limit is not used. A message that cannot be decoded is left out and
// noted, as Entries does. For one candidate (the candidate index lists
// their few messages), in a file of schema 1 open read-only, or as of a
// moment before an outcome already recorded, it sorts the matches
// instead, with the same result.
//
// Errors: EINVALID when limit is not positive.
func (db *DB) AttentionEntries(f outreach.Filter, limit int) ([]outreach.Entry, error) {
	if limit <= 0 {
		return nil, outreach.Errorf(outreach.EINVALID, "a page of attention needs at least one row, not %d", limit)
	}
	now := db.Now()
	out := []outreach.Entry{}
	indexed := false
	err := db.view(func(tx *bolt.Tx) error {
		m, err := readAttentionMeta(tx)
		if err != nil || f.CandidateID != "" || tx.Bucket(bucketAttention) == nil || m.latest > now.Unix() {
			return err
		}
		indexed = true
		match, possible := factFilter(tx, f, now)
		if !possible {
			return nil
		}
		want := outreach.Status(0)
		if len(f.Statuses) == 1 {
			want = f.Statuses[0]
		}
		facts := factReader{b: tx.Bucket(bucketFacts)}
		var after outreach.AttentionKey
		for page := 2 * limit; ; page = min(2*page, 1<<16) {
			ids := attentionIDs(tx.Bucket(bucketAttention), now, want, after, page)
			for _, id := range ids {
				fact, err := facts.get(id)
				if err != nil {
					return err
				}
				after = fact.AttentionKey(now)
				if !match(fact) {
					continue
				}
				e, err := getEntry(tx, id, now)
				if what, why, ok := isUndecodable(err); ok {
					db.skip(what, why)
					continue
				}
				if err != nil {
					return err
				}
				if f.MatchesName(e.Candidate.Name) {
					if out = append(out, e); len(out) == limit {
						return nil
					}
				}
			}
			if len(ids) < page {
				return nil
			}
		}
	})
	if err != nil || indexed {
		return out, err
	}
	f.Limit = 0
	es, err := db.Entries(f)
	outreach.SortByAttention(es)
	return es[:min(limit, len(es))], err
}
