package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"time"

	gojson "github.com/goccy/go-json"
	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// The recency index (bucketRecency) lists the saved candidates in the
// candidate list's order (outreach.CandidateSummary.Recent, newest first,
// then by id), each with what the list shows of them, so the list reads
// one page of a team's 600,000 candidates without decoding or sorting
// them all. Every write of a candidate moves its entry in the same
// transaction (PutCandidates, DeleteCandidate, a send's LastUsed); a bulk
// load writes its candidates' entries last, in key order, as it does the
// other indexes (see deferred), and marks the index pending meanwhile so
// that a load cut short has it built again at the next open. The meta
// record metaRecencyCount counts the entries.
var (
	// bucketRecency: recencyKey → encodeSummary.
	bucketRecency = []byte("recency")
	// metaRecencyCount is the meta bucket's key of the number of entries
	// in the recency index, a big-endian uint64.
	metaRecencyCount = []byte("recency-count")
	// metaRecencyPending marks a recency index a bulk load has not
	// finished: the next writable open builds it again.
	metaRecencyPending = []byte("recency-pending")
)

// recencyKey is a candidate's key in the recency index: the time, so that
// byte order is newest first, then the id.
func recencyKey(recent time.Time, id string) []byte {
	return appendRecencyKey(make([]byte, 0, 12+len(id)), recent, id)
}

// appendRecencyKey appends recencyKey(recent, id) to dst.
func appendRecencyKey(dst []byte, recent time.Time, id string) []byte {
	dst = binary.BigEndian.AppendUint64(dst, ^(uint64(recent.Unix()) ^ 1<<63))
	dst = binary.BigEndian.AppendUint32(dst, ^uint32(recent.Nanosecond()))
	return append(dst, id...)
}

// recencyKeyOf is c's key in the recency index.
func recencyKeyOf(c outreach.CandidateSummary) []byte { return recencyKey(c.Recent(), c.ID) }

// The strings of an entry, in the order encodeSummary writes them.
const (
	fieldName = iota
	fieldHeadline
	fieldTitle
	fieldCompany
	fieldLocation
	fieldSeniority
	fieldProfileID // absent when it is the candidate's id
	nFields
)

// profileIsID is the flag byte's bit saying the profile id is the
// candidate id, and not written again.
const profileIsID = 1

// encodeSummary is a recency entry's value: a flag byte, the three times
// (each a length byte and time.Time's binary form, which keeps the zone
// offset as JSON does), then the strings, each a uvarint length and bytes.
func encodeSummary(c outreach.CandidateSummary) ([]byte, error) {
	size := 1 + 3*17 + nFields*binary.MaxVarintLen32
	for _, s := range []string{c.Name, c.Headline, c.Title, c.Company, c.Location, c.Seniority, c.ProfileID} {
		size += len(s)
	}
	return appendSummary(make([]byte, 0, size), c)
}

// appendSummary appends encodeSummary(c) to dst.
func appendSummary(b []byte, c outreach.CandidateSummary) ([]byte, error) {
	strs := [nFields]string{c.Name, c.Headline, c.Title, c.Company, c.Location, c.Seniority, c.ProfileID}
	flags, n := byte(0), nFields
	if c.ProfileID == c.ID {
		flags, n = profileIsID, nFields-1
	}
	b = append(b, flags)
	for _, t := range []time.Time{c.AddedAt, c.UpdatedAt, c.LastUsed} {
		// As the candidate's JSON record has it: a time at offset 0 is
		// written "Z" and read back as UTC, whatever its zone was.
		if _, off := t.Zone(); off == 0 {
			t = t.UTC()
		}
		at := len(b)
		var err error
		b, err = t.AppendBinary(append(b, 0))
		if err != nil {
			return nil, fmt.Errorf("candidate %q: %w", c.ID, err)
		}
		b[at] = byte(len(b) - at - 1)
	}
	for _, s := range strs[:n] {
		b = append(binary.AppendUvarint(b, uint64(len(s))), s...)
	}
	return b, nil
}

// summaryFields is a recency entry split into its parts, sharing its
// bytes.
type summaryFields struct {
	id    []byte
	times [3][]byte
	strs  [nFields][]byte
}

var errSummary = errors.New("a recency index record that is cut short")

// splitSummary splits the entry k, v.
func splitSummary(k, v []byte) (summaryFields, error) {
	var f summaryFields
	if len(k) < 12 || len(v) < 1 {
		return f, errSummary
	}
	f.id = k[12:]
	flags, v := v[0], v[1:]
	for i := range f.times {
		if len(v) < 1 || len(v) < 1+int(v[0]) {
			return f, errSummary
		}
		f.times[i], v = v[1:1+int(v[0])], v[1+int(v[0]):]
	}
	n := nFields
	if flags&profileIsID != 0 {
		n = nFields - 1
		f.strs[fieldProfileID] = f.id
	}
	for i := range n {
		l, m := binary.Uvarint(v)
		if m <= 0 || uint64(len(v)-m) < l {
			return f, errSummary
		}
		f.strs[i], v = v[m:m+int(l)], v[m+int(l):]
	}
	if len(v) != 0 {
		return f, errSummary
	}
	return f, nil
}

// summary decodes the entry.
func (f summaryFields) summary() (outreach.CandidateSummary, error) {
	var ts [3]time.Time
	for i, b := range f.times {
		if err := ts[i].UnmarshalBinary(b); err != nil {
			return outreach.CandidateSummary{}, err
		}
	}
	s := func(i int) string { return string(f.strs[i]) }
	return outreach.CandidateSummary{ID: string(f.id), ProfileID: s(fieldProfileID), Name: s(fieldName), Headline: s(fieldHeadline),
		Title: s(fieldTitle), Company: s(fieldCompany), Location: s(fieldLocation), Seniority: s(fieldSeniority),
		AddedAt: ts[0], UpdatedAt: ts[1], LastUsed: ts[2]}, nil
}

// decodeRecency decodes the entry k, v.
func decodeRecency(k, v []byte) (outreach.CandidateSummary, error) {
	f, err := splitSummary(k, v)
	if err != nil {
		return outreach.CandidateSummary{}, err
	}
	return f.summary()
}

// recencyEntry is c's entry in the recency index.
func recencyEntry(c outreach.CandidateSummary) (kv, error) {
	v, err := encodeSummary(c)
	return kv{recencyKeyOf(c), v}, err
}

// fileCandidate puts c's entry in the recency index in place of old's
// (nil: c is new), in the write transaction tx.
func fileCandidate(tx *bolt.Tx, old *outreach.CandidateSummary, c outreach.CandidateSummary) error {
	b := tx.Bucket(bucketRecency)
	e, err := recencyEntry(c)
	if err != nil {
		return err
	}
	if old != nil {
		if k := recencyKeyOf(*old); !bytes.Equal(k, e.k) {
			if err := b.Delete(k); err != nil {
				return err
			}
		}
	} else if err := addRecencyCount(tx, 1); err != nil {
		return err
	}
	return b.Put(e.k, e.v)
}

// unfileCandidate takes old's entry out of the recency index.
func unfileCandidate(tx *bolt.Tx, old outreach.CandidateSummary) error {
	if err := tx.Bucket(bucketRecency).Delete(recencyKeyOf(old)); err != nil {
		return err
	}
	return addRecencyCount(tx, -1)
}

// unfileID takes the entry of candidate id out of the recency index when
// their record cannot be read to find it (a damaged record): it looks
// through the keys.
func unfileID(tx *bolt.Tx, id string) error {
	c := tx.Bucket(bucketRecency).Cursor()
	for k, _ := c.First(); k != nil; k, _ = c.Next() {
		if len(k) >= 12 && string(k[12:]) == id {
			if err := c.Delete(); err != nil {
				return err
			}
			return addRecencyCount(tx, -1)
		}
	}
	return nil
}

func recencyCount(tx *bolt.Tx) int64 {
	v := tx.Bucket(bucketMeta).Get(metaRecencyCount)
	if len(v) != 8 {
		return 0
	}
	return int64(binary.BigEndian.Uint64(v))
}

func addRecencyCount(tx *bolt.Tx, d int64) error {
	return tx.Bucket(bucketMeta).Put(metaRecencyCount, u64(uint64(max(0, recencyCount(tx)+d))))
}

// buildRecency builds the recency index again from the candidates: the
// migration that brings it to a database made before it, doctor's repair,
// a salvage's and the end of a bulk load cut short. It sorts the entries
// and puts them in key order (see buildIndexes). A candidate whose record
// cannot be read has no entry.
func buildRecency(tx *bolt.Tx) error {
	if tx.Bucket(bucketRecency) != nil {
		if err := tx.DeleteBucket(bucketRecency); err != nil {
			return err
		}
	}
	b, err := tx.CreateBucket(bucketRecency)
	if err != nil {
		return err
	}
	kvs, err := recencyEntries(tx)
	if err != nil {
		return err
	}
	if err := putAll(b, kvs); err != nil {
		return err
	}
	meta := tx.Bucket(bucketMeta)
	if err := meta.Put(metaRecencyCount, u64(uint64(len(kvs)))); err != nil {
		return err
	}
	return meta.Delete(metaRecencyPending)
}

// RebuildRecency builds the recency index again from the candidates'
// records, in one transaction: doctor's mend for an index that disagrees
// with them (Report.RecencyOff).
//
// Errors: as a write's.
func (db *DB) RebuildRecency() error { return db.update(buildRecency) }

// recencyEntries are the recency index's entries as the candidates'
// records give them, sorted.
func recencyEntries(tx *bolt.Tx) ([]kv, error) {
	var kvs []kv
	err := tx.Bucket(bucketCandidates).ForEach(func(k, v []byte) error {
		s, err := decodeSummary(v)
		if err != nil {
			return nil // a damaged record: readers skip it too
		}
		e, err := recencyEntry(s)
		if err != nil {
			return err
		}
		kvs = append(kvs, e)
		return nil
	})
	slices.SortFunc(kvs, func(x, y kv) int { return bytes.Compare(x.k, y.k) })
	return kvs, err
}

// recencyOff counts the recency index's entries that disagree with the
// candidates' records (missing, extra or different), the count record
// included; 0 is an exact index.
func recencyOff(tx *bolt.Tx) (int, error) {
	want, err := recencyEntries(tx)
	if err != nil {
		return 0, err
	}
	b := tx.Bucket(bucketRecency)
	if b == nil {
		return len(want) + 1, nil
	}
	off := 0
	if recencyCount(tx) != int64(len(want)) || tx.Bucket(bucketMeta).Get(metaRecencyPending) != nil {
		off++
	}
	c := b.Cursor()
	k, v := c.First()
	for _, w := range want {
		for k != nil && bytes.Compare(k, w.k) < 0 {
			off++ // extra
			k, v = c.Next()
		}
		if !bytes.Equal(k, w.k) || !bytes.Equal(v, w.v) {
			off++ // missing or different
		}
		if bytes.Equal(k, w.k) {
			k, v = c.Next()
		}
	}
	for ; k != nil; k, _ = c.Next() {
		off++
	}
	return off, nil
}

// candidateSummary is what a summary holds of a candidate's JSON record.
type candidateSummary struct {
	ID      string `json:"id"`
	Profile struct {
		ID        string `json:"id"`
		Name      string `json:"name"`
		Headline  string `json:"headline"`
		Title     string `json:"title"`
		Company   string `json:"company"`
		Location  string `json:"location"`
		Seniority string `json:"seniority"`
	} `json:"profile"`
	AddedAt   time.Time `json:"added_at"`
	UpdatedAt time.Time `json:"updated_at"`
	LastUsed  time.Time `json:"last_used"`
}

// decodeSummary reads a summary out of a candidate's JSON record, without
// the rest of the profile.
func decodeSummary(v []byte) (outreach.CandidateSummary, error) {
	var s candidateSummary
	if err := gojson.Unmarshal(v, &s); err != nil {
		return outreach.CandidateSummary{}, err
	}
	p := s.Profile
	return outreach.CandidateSummary{ID: s.ID, ProfileID: p.ID, Name: p.Name, Headline: p.Headline, Title: p.Title,
		Company: p.Company, Location: p.Location, Seniority: p.Seniority, AddedAt: s.AddedAt, UpdatedAt: s.UpdatedAt, LastUsed: s.LastUsed}, nil
}
