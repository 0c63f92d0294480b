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
