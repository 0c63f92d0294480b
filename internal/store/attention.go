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

// The attention index (bucketAttention) lists every message in the order
// of outreach.CompareAttention without sorting, so the tracker reads its
// first screen of a million messages in a few page reads. A message is
// filed in one of two sections, each ordered by send time then id:
//
//   - open ('a'): no accept, decline, reply or withdrawal yet. It is
//     awaiting until its deadline (send time + 7 days) and has no response
//     after, so at any moment the open section splits at one send time:
//     above it, the awaiting messages in deadline order; below it, messages
//     with none.
//   - settled ('z'): the status its outcomes give it for good (responded,
//     late or withdrawn), stored as the entry's one-byte value.
//
// The store moves a message between sections in the transaction that
// changes its fact record (a send, an outcome, an undo, an import, a bulk
// load). The meta record attentionMeta counts the messages settled at each
// status and remembers the latest outcome recorded: a read as of an
// earlier moment (a test's clock, an --as-of) would see outcomes that had
// not happened yet, so it sorts the fact records instead.
//
// The recruiter index (bucketByRecruiter) lists each recruiter's messages
// in send order with a copy of their fact records, so the credits in the
// status bar read one recruiter's records side by side, not the log (a
// recruiter's messages are spread over it: looking each record up in the
// facts bucket cost as much as scanning them all).
var (
	// bucketAttention: section + send time + id → settled status.
	bucketAttention = []byte("attention")
	// bucketByRecruiter: recruiter code + send time + id → a copy of the
	// message's fact record, rewritten with it.
	bucketByRecruiter = []byte("by-recruiter")
	// metaAttention is the meta bucket's key of the attentionMeta record.
	metaAttention = []byte("attention")
)

// The attention index's sections.
const (
	sectionOpen    = 'a'
	sectionSettled = 'z'
)

// settledAt is a moment after any outcome a log can hold.
var settledAt = time.Unix(1<<40, 0)

// settled is the status a fact's outcomes give it for good: responded, late
// or withdrawn, or awaiting for an open message (awaiting, then none, as
// time passes).
func settled(f outreach.Fact) outreach.Status {
	if s := f.State(settledAt).Status; s != outreach.StatusNone {
		return s
	}
	return outreach.StatusAwaiting
}

// latestOutcome is when the last of the fact's accept, decline, reply and
// withdrawal happened, in Unix seconds (math.MinInt64: none).
func latestOutcome(f outreach.Fact) int64 {
	latest := int64(math.MinInt64)
	for _, o := range []outreach.Outcome{outreach.Accepted, outreach.Declined, outreach.Replied, outreach.Withdrawn} {
		if d, ok := f.Offset(o); ok {
			latest = max(latest, f.SentAt+int64(d))
		}
	}
	return latest
}

// appendTime appends a Unix time so that byte order is time order.
func appendTime(b []byte, unix int64) []byte {
	return binary.BigEndian.AppendUint64(b, uint64(unix)^1<<63)
}

func timeOf(b []byte) int64 { return int64(binary.BigEndian.Uint64(b) ^ 1<<63) }

// attentionKey is a message's key in a section.
func attentionKey(section byte, sentAt int64, id uint64) []byte {
	return binary.BigEndian.AppendUint64(appendTime(append(make([]byte, 0, 17), section), sentAt), id)
}

// attentionKeyOf is the fact's key in the section its status puts it.
func attentionKeyOf(f outreach.Fact, s outreach.Status) []byte {
	section := byte(sectionSettled)
	if s == outreach.StatusAwaiting {
		section = sectionOpen
	}
	return attentionKey(section, f.SentAt, f.ID)
}

func recruiterKey(code uint32, sentAt int64, id uint64) []byte {
	return binary.BigEndian.AppendUint64(appendTime(u32(code), sentAt), id)
}

// attentionMeta is what the index keeps besides its entries.
type attentionMeta struct {
	// latest is the latest accept, decline, reply or withdrawal ever
	// recorded, in Unix seconds (math.MinInt64: none). It never goes down,
	// not even when that outcome is taken back.
	latest int64
	// counts holds how many messages are settled at each status
	// (StatusAwaiting: open).
	counts [outreach.StatusWithdrawn + 1]int64
}

const attentionMetaSize = 8 * (1 + int(outreach.StatusWithdrawn) + 1)

func readAttentionMeta(tx *bolt.Tx) (attentionMeta, error) {
	m := attentionMeta{latest: math.MinInt64}
	v := tx.Bucket(bucketMeta).Get(metaAttention)
	if v == nil {
		return m, nil
	}
	if len(v) != attentionMetaSize {
		return m, fmt.Errorf("the attention index's record is %d bytes, not %d", len(v), attentionMetaSize)
	}
	m.latest = timeOf(v)
	for i := range m.counts {
		m.counts[i] = int64(binary.BigEndian.Uint64(v[8+8*i:]))
	}
	return m, nil
}

func (m attentionMeta) encode() []byte {
	b := appendTime(make([]byte, 0, attentionMetaSize), m.latest)
	for _, c := range m.counts {
		b = binary.BigEndian.AppendUint64(b, uint64(c))
	}
	return b
}

// index files fact f in the attention index, in place of old (nil for a
// new message), and its copy in the recruiter index. The counts and the
// latest outcome are kept in w.att and written by flushIndex.
func (w *writer) index(old *outreach.Fact, f outreach.Fact) error {
	if !w.attLoaded {
		var err error
		if w.att, err = readAttentionMeta(w.tx); err != nil {
			return err
		}
		w.attLoaded = true
	}
	// The recruiter index holds a copy of the fact (its key does not
	// change with the outcomes).
	rec, err := f.MarshalBinary()
	if err != nil {
		return err
	}
	if err := w.byRecruiter.Put(recruiterKey(f.Recruiter, f.SentAt, f.ID), rec); err != nil {
		return err
	}
	s := settled(f)
	k := attentionKeyOf(f, s)
	if old != nil {
		was := settled(*old)
		oldKey := attentionKeyOf(*old, was)
		if was == s && bytes.Equal(oldKey, k) {
			w.att.latest = max(w.att.latest, latestOutcome(f))
			return nil
		}
		if err := w.attention.Delete(oldKey); err != nil {
			return err
		}
		w.att.counts[was]--
	}
	if err := w.attention.Put(k, statusValue[s]); err != nil {
		return err
	}
	w.att.counts[s]++
	w.att.latest = max(w.att.latest, latestOutcome(f))
	return nil
}

// flushIndex writes the counts and the latest outcome index changed.
func (w *writer) flushIndex() error {
	if !w.attLoaded {
		return nil
	}
	return w.tx.Bucket(bucketMeta).Put(metaAttention, w.att.encode())
}

// buildIndexes files every message in the attention and recruiter
// indexes: the migration that brings them to a database made before them.
// It runs in one transaction, so it sorts the entries and puts them in key
// order: bbolt splits nodes only at commit, and entries put in the middle
// of a node of a million would move it a million times.
func buildIndexes(tx *bolt.Tx) error {
	att, err := tx.CreateBucketIfNotExists(bucketAttention)
	if err != nil {
		return err
	}
	rec, err := tx.CreateBucketIfNotExists(bucketByRecruiter)
	if err != nil {
		return err
	}
	m := attentionMeta{latest: math.MinInt64}
	var atts, recs []kv
	err = eachFactIn(tx, func(f outreach.Fact) bool {
		s := settled(f)
		atts = append(atts, kv{attentionKeyOf(f, s), statusValue[s]})
		rec, _ := f.MarshalBinary() // never fails
		recs = append(recs, kv{recruiterKey(f.Recruiter, f.SentAt, f.ID), rec})
		m.counts[s]++
		m.latest = max(m.latest, latestOutcome(f))
		return true
	})
	if err != nil {
		return err
	}
	for _, p := range []struct {
		b   *bolt.Bucket
		kvs []kv
	}{{att, atts}, {rec, recs}} {
		slices.SortFunc(p.kvs, func(x, y kv) int { return bytes.Compare(x.k, y.k) })
		p.b.FillPercent = appendFill
		for _, x := range p.kvs {
			if err := p.b.Put(x.k, x.v); err != nil {
				return err
			}
		}
	}
	return tx.Bucket(bucketMeta).Put(metaAttention, m.encode())
}

// statusValue holds each status as an attention entry's value.
var statusValue = func() (v [outreach.StatusWithdrawn + 1][]byte) {
	for s := range v {
		v[s] = []byte{byte(s)}
	}
	return v
}()

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

// Counts holds how many messages have each status: Counts[s] for status s,
// Counts[0] the total.
type Counts [outreach.StatusWithdrawn + 1]int

// StatusCounts counts the messages by status as of now. It reads the
// index's counts and the open messages of the last 7 days, not the log.
//
// Errors: none of its own.
func (db *DB) StatusCounts(now time.Time) (Counts, error) {
	var out Counts
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
func countBySorting(tx *bolt.Tx, now time.Time) (Counts, error) {
	var out Counts
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
	type keyed struct {
		key  outreach.AttentionKey
		fact outreach.Fact
	}
	var all []keyed
	err := eachFactIn(tx, func(f outreach.Fact) bool {
		k := f.AttentionKey(now)
		if (want == 0 || k.Status == want) && (after.ID == 0 || outreach.CompareAttention(k, after) > 0) {
			all = append(all, keyed{k, f})
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(all, func(a, b keyed) int { return outreach.CompareAttention(a.key, b.key) })
	out := make([]outreach.Fact, 0, min(n, len(all)))
	for _, k := range all[:min(n, len(all))] {
		out = append(out, k.fact)
	}
	return out, nil
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
