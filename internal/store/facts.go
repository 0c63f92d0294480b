package store

import (
	"encoding/binary"
	"fmt"
	"io"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// Fact records are packed factsPerChunk to a key: chunk id/factsPerChunk
// holds, at offset (id%factsPerChunk)*FactSize, the record of message id.
// A slot never written is zero (layout version 0) and is skipped. Packing
// turns a scan of a million facts into one of 7,813 values (measured: a
// per-message key took about 3x as long to scan, see bench_test.go).
const factsPerChunk = 128

func chunkKey(id uint64) []byte { return u64(id / factsPerChunk) }

func slotOf(id uint64) int { return int(id%factsPerChunk) * outreach.FactSize }

// getFact reads message id's fact record; ok is false when there is none.
func getFact(b *bolt.Bucket, id uint64) (f outreach.Fact, ok bool, err error) {
	v, off := b.Get(chunkKey(id)), slotOf(id)
	if len(v) < off+outreach.FactSize || v[off] == 0 {
		return f, false, nil
	}
	if f, err = outreach.DecodeFact(v[off : off+outreach.FactSize]); err != nil {
		return f, false, fmt.Errorf("message %d: %w", id, err)
	}
	return f, true, nil
}

// putFacts writes fact records, sorted by id, rewriting each chunk they
// fall in once.
func putFacts(b *bolt.Bucket, facts []outreach.Fact) error {
	for i := 0; i < len(facts); {
		chunk := facts[i].ID / factsPerChunk
		j := i
		for j < len(facts) && facts[j].ID/factsPerChunk == chunk {
			j++
		}
		k := u64(chunk)
		old := b.Get(k)
		size := max(len(old), slotOf(facts[j-1].ID)+outreach.FactSize)
		buf := make([]byte, len(old), size)
		copy(buf, old)
		buf = buf[:size]
		for _, f := range facts[i:j] {
			if _, err := f.AppendBinary(buf[:slotOf(f.ID)]); err != nil {
				return err
			}
		}
		if err := b.Put(k, buf); err != nil {
			return err
		}
		i = j
	}
	return nil
}

// eachFact calls fn with the fact records of a chunk value, in id order (or
// the reverse), until fn returns false.
func eachFact(v []byte, reverse bool, fn func(outreach.Fact) (bool, error)) (bool, error) {
	n := len(v) / outreach.FactSize
	for i := range n {
		if reverse {
			i = n - 1 - i
		}
		r := v[i*outreach.FactSize : (i+1)*outreach.FactSize]
		if r[0] == 0 {
			continue
		}
		f, err := outreach.DecodeFact(r)
		if err != nil {
			return false, err
		}
		if more, err := fn(f); err != nil || !more {
			return false, err
		}
	}
	return true, nil
}

// ForEachFact calls fn with every message's fact record, in id order, until
// fn returns false. fn runs inside a read transaction: it must not call the
// store. Its signature is an iterator's yield, so a caller can hand the
// facts to outreach.Ledger or outreach.Health:
//
//	var err error
//	months := outreach.Ledger(seat, start, anchor, func(yield func(outreach.Fact) bool) {
//		err = db.ForEachFact(yield)
//	}, now)
//
// Errors: none of its own (the rest of a chunk with a damaged record is
// skipped and counted; see Skips).
func (db *DB) ForEachFact(fn func(outreach.Fact) bool) error {
	return db.view(func(tx *bolt.Tx) error { return eachFactSkip(tx, fn, db.skip) })
}

// eachFactIn calls fn with every fact record in id order until it returns
// false.
func eachFactIn(tx *bolt.Tx, fn func(outreach.Fact) bool) error { return eachFactSkip(tx, fn, nil) }

// eachFactSkip is eachFactIn that hands the rest of a chunk holding a
// damaged record to skip and goes on (skip nil: it stops with the error).
func eachFactSkip(tx *bolt.Tx, fn func(outreach.Fact) bool, skip func(string, error)) error {
	c := tx.Bucket(bucketFacts).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		more, err := eachFact(v, false, func(f outreach.Fact) (bool, error) { return fn(f), nil })
		if err != nil {
			what := fmt.Sprintf("fact records from message %d", binary.BigEndian.Uint64(k)*factsPerChunk)
			if skip == nil {
				return fmt.Errorf("%s: %w", what, err)
			}
			skip(what, err)
			continue
		}
		if !more {
			return nil
		}
	}
	return nil
}

// Dict returns the names behind the codes in fact records.
//
// Errors: none of its own.
func (db *DB) Dict() (outreach.Dict, error) {
	var d outreach.Dict
	err := db.view(func(tx *bolt.Tx) error {
		dict := tx.Bucket(bucketDict)
		for i, names := range []*outreach.Names{&d.Recruiters, &d.Templates, &d.Seniorities} {
			b := dict.Bucket(dictKinds[i])
			*names = make(outreach.Names, b.Sequence()+1)
			err := b.ForEach(func(k, v []byte) error {
				c := binary.BigEndian.Uint32(v)
				if int(c) >= len(*names) {
					return fmt.Errorf("dictionary code %d for %q is beyond the last issued", c, k)
				}
				(*names)[c] = string(k)
				return nil
			})
			if err != nil {
				return err
			}
		}
		var err error
		d.Briefs, err = briefNames(tx)
		return err
	})
	return d, err
}

// Backup writes a consistent copy of the whole database to w while the
// store stays usable, and returns the number of bytes written.
//
// Errors: none of its own (write failures are returned wrapped).
func (db *DB) Backup(w io.Writer) (int64, error) {
	var n int64
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		n, err = tx.WriteTo(w)
		if err != nil {
			return fmt.Errorf("back up %s: %w", db.path, err)
		}
		return nil
	})
	return n, err
}

// Fact returns message id's fact record.
//
// Errors: ENOTFOUND when there is no such message.
func (db *DB) Fact(id uint64) (outreach.Fact, error) {
	var f outreach.Fact
	err := db.view(func(tx *bolt.Tx) error {
		var ok bool
		var err error
		if f, ok, err = getFact(tx.Bucket(bucketFacts), id); err == nil && !ok {
			err = noMessage(id)
		}
		return err
	})
	return f, db.recordErr(err)
}
