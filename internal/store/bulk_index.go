package store

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// A bulk load's messages arrive in send order, but the reuse index (lines)
// and the candidate index (by-candidate) are keyed by line and candidate:
// each batch's entries land all over those buckets, and every transaction
// rewrote most of their pages (measured: 20 of the 35 s a million-message
// demo took). So a bulk load writes each committed batch's entries for
// them, sorted, as a run in a temporary file beside the database, and at
// the end merges the runs into the buckets in key order, where each page
// is written once.
//
// Until the merge is done, meta's metaPending holds the first id whose
// entries may be missing; Open finishes the job when a load was cut short
// (see repairPending).

// metaPending is the meta bucket's key of the first message id whose
// reuse and candidate index entries a bulk load has not written yet.
var metaPending = []byte("bulk-pending")

// mergeBatch is how many index entries the merge puts per transaction.
const mergeBatch = 200_000

// runs are the sorted runs of one index in a temporary file.
type runs struct {
	f      *os.File
	w      *bufio.Writer
	size   int64   // bytes written so far
	starts []int64 // each run's first byte; a run ends where the next starts
}

// deferred holds the runs of what a bulk load writes last, in temporary
// files in dir: the two indexes, the candidates and their recency index
// entries.
type deferred struct {
	dir                                     string
	lines, byCandidate, candidates, recency runs
	// added counts the candidates saved that were not saved before;
	// replaced are those whose record the load wrote over, by id, with
	// the recency key of the record replaced (nil: it could not be read).
	added    int64
	replaced []kv
}

// deferredEntries are a committed batch's entries that a bulk load writes
// last, each sorted.
type deferredEntries struct {
	lines, byCandidate, candidates, recency []kv
	// appended counts the candidates written with the batch (all new).
	appended int
	// arenas are released once the entries are written.
	arenas []*arena
}

// add appends a committed batch's sorted entries as one run of each index.
func (d *deferred) add(b deferredEntries) error {
	for _, r := range []struct {
		runs *runs
		kvs  []kv
	}{{&d.lines, b.lines}, {&d.byCandidate, b.byCandidate}, {&d.candidates, b.candidates}, {&d.recency, b.recency}} {
		if len(r.kvs) == 0 {
			continue
		}
		if r.runs.f == nil {
			f, err := os.CreateTemp(d.dir, ".inmail-bulk-*")
			if err != nil {
				return fmt.Errorf("bulk load: a temporary file for the indexes: %w", err)
			}
			r.runs.f, r.runs.w = f, bufio.NewWriterSize(f, 1<<16)
		}
		r.runs.starts = append(r.runs.starts, r.runs.size)
		var n [2 * binary.MaxVarintLen64]byte
		for _, x := range r.kvs {
			h := binary.AppendUvarint(n[:0], uint64(len(x.k)))
			h = binary.AppendUvarint(h, uint64(len(x.v)))
			for _, p := range [][]byte{h, x.k, x.v} {
				m, err := r.runs.w.Write(p)
				r.runs.size += int64(m)
				if err != nil {
					return fmt.Errorf("bulk load: write %s: %w", r.runs.f.Name(), err)
				}
			}
		}
	}
	d.added += int64(b.appended)
	return nil
}

// close removes the temporary files.
func (d *deferred) close() {
	for _, r := range []*runs{&d.lines, &d.byCandidate, &d.candidates, &d.recency} {
		if r.f != nil {
			r.f.Close()
			os.Remove(r.f.Name())
		}
	}
}

// merge writes the runs into their buckets in key order, in transactions
// of mergeBatch entries, and clears metaPending in the last one. A
// goroutine reads and merges the runs while the transactions put what it
// read before, and each commit starts the disk writing what it wrote
// (startWriteback), so the final sync has little left to wait for: the
// merge is the one part of a bulk load nothing else runs beside.
//
// It also finishes the recency index in the last transaction (see
// finishRecency); after a load that failed (loaded false), it builds the
// recency index again instead.
func (db *DB) merge(d *deferred, loaded bool) error {
	// Any handle on the file will do to start its writeback.
	wb, err := os.Open(db.path)
	if err == nil {
		defer wb.Close()
	}
	for _, r := range []struct {
		runs   *runs
		bucket []byte
	}{{&d.lines, bucketLines}, {&d.byCandidate, bucketByCandidate}, {&d.candidates, bucketCandidates}, {&d.recency, bucketRecency}} {
		if r.runs.f == nil {
			continue
		}
		if err := r.runs.w.Flush(); err != nil {
			return fmt.Errorf("bulk load: write %s: %w", r.runs.f.Name(), err)
		}
		m, err := newMerger(r.runs)
		if err != nil {
			return fmt.Errorf("bulk load: read %s: %w", r.runs.f.Name(), err)
		}
		chunks, stop, rerr := m.chunks()
		err = func() error {
			defer close(stop)
			for more := true; more; {
				err := db.update(func(tx *bolt.Tx) error {
					b := tx.Bucket(r.bucket)
					b.FillPercent = appendFill
					for n := 0; n < mergeBatch; {
						chunk, ok := <-chunks
						if !ok {
							more = false
							return db.stage("merge")
						}
						for _, x := range chunk {
							if string(r.bucket) == string(bucketCandidates) {
								d.replacing(b, x.k)
							}
							if err := b.Put(x.k, x.v); err != nil {
								return err
							}
						}
						n += len(chunk)
					}
					return db.stage("merge")
				})
				if err != nil {
					return err
				}
				startWriteback(wb)
			}
			return nil
		}()
		if err != nil {
			return err
		}
		if err := <-rerr; err != nil {
			return fmt.Errorf("bulk load: read %s: %w", r.runs.f.Name(), err)
		}
	}
	return db.update(func(tx *bolt.Tx) error {
		if err := d.finishRecency(tx, loaded); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Delete(metaPending)
	})
}

// replacing notes, before candidate k is put in b, whether it is new or
// the record it replaces.
func (d *deferred) replacing(b *bolt.Bucket, k []byte) {
	old := b.Get(k)
	if old == nil {
		d.added++
		return
	}
	var oldKey []byte
	if s, err := decodeSummary(old); err == nil {
		oldKey = recencyKeyOf(s)
	}
	d.replaced = append(d.replaced, kv{bytes.Clone(k), oldKey})
}

// finishRecency completes the recency index once the load's entries are
// in: it counts the new candidates, and takes out the entries of the
// records the load replaced (a candidate saved before, or twice in the
// load), putting back the entry of the record that stays. A load that
// failed, or replaced a record that could not be read, builds the index
// again from the candidates instead.
func (d *deferred) finishRecency(tx *bolt.Tx, loaded bool) error {
	meta := tx.Bucket(bucketMeta)
	if meta.Get(metaRecencyPending) == nil && d.recency.f == nil {
		return nil
	}
	if !loaded || slices.ContainsFunc(d.replaced, func(r kv) bool { return r.v == nil }) {
		return buildRecency(tx)
	}
	b := tx.Bucket(bucketRecency)
	for _, r := range d.replaced {
		if err := b.Delete(r.v); err != nil {
			return err
		}
	}
	for _, r := range d.replaced {
		s, err := decodeSummary(tx.Bucket(bucketCandidates).Get(r.k))
		if err != nil {
			return buildRecency(tx)
		}
		e, err := recencyEntry(s)
		if err != nil {
			return err
		}
		if err := b.Put(e.k, e.v); err != nil {
			return err
		}
	}
	if err := addRecencyCount(tx, d.added); err != nil {
		return err
	}
	return meta.Delete(metaRecencyPending)
}

// mergeChunk is how many entries the merger hands over at a time.
const mergeChunk = 4096

// chunks merges the runs in a goroutine, handing the entries over in key
// order, mergeChunk at a time; the channel is closed at the end or on an
// error, which rerr then holds (nil otherwise). Closing stop ends it early.
func (m *merger) chunks() (chunks <-chan []kv, stop chan struct{}, rerr <-chan error) {
	out := make(chan []kv, 4)
	errc := make(chan error, 1)
	stop = make(chan struct{})
	go func() {
		defer close(out)
		chunk := make([]kv, 0, mergeChunk)
		send := func() bool {
			select {
			case out <- chunk:
				chunk = make([]kv, 0, mergeChunk)
				return true
			case <-stop:
				return false
			}
		}
		for {
			k, v, err := m.next()
			if err == io.EOF {
				if len(chunk) > 0 {
					send()
				}
				errc <- nil
				return
			}
			if err != nil {
				errc <- err
				return
			}
			if chunk = append(chunk, kv{k, v}); len(chunk) == mergeChunk && !send() {
				errc <- nil
				return
			}
		}
	}()
	return out, stop, errc
}

// merger reads the runs of one file in key order.
type merger struct {
	heads mergeHeap
}

// runReader reads one run.
type runReader struct {
	r    *bufio.Reader
	k, v []byte
	// slab is where records are read into, a slab at a time rather than
	// an allocation each (bbolt keeps the bytes until its commit).
	slab []byte
}

const readSlab = 1 << 20

func (r *runReader) read() error {
	kl, err := binary.ReadUvarint(r.r)
	if err != nil {
		return err
	}
	vl, err := binary.ReadUvarint(r.r)
	if err != nil {
		return noEOF(err)
	}
	n := int(kl + vl)
	if cap(r.slab)-len(r.slab) < n {
		r.slab = make([]byte, 0, max(readSlab, n))
	}
	buf := r.slab[len(r.slab) : len(r.slab)+n : len(r.slab)+n]
	r.slab = r.slab[:len(r.slab)+n]
	if _, err := io.ReadFull(r.r, buf); err != nil {
		return noEOF(err)
	}
	r.k, r.v = buf[:kl:kl], buf[kl:]
	return nil
}

// noEOF turns an end of file inside a record into an error.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

type mergeHeap []*runReader

func (h mergeHeap) Len() int           { return len(h) }
func (h mergeHeap) Less(i, j int) bool { return bytes.Compare(h[i].k, h[j].k) < 0 }
func (h mergeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap) Push(x any)        { *h = append(*h, x.(*runReader)) }
func (h *mergeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// newMerger reads the first entry of each run.
func newMerger(r *runs) (*merger, error) {
	m := &merger{}
	for i, from := range r.starts {
		to := r.size
		if i+1 < len(r.starts) {
			to = r.starts[i+1]
		}
		rr := &runReader{r: bufio.NewReaderSize(io.NewSectionReader(r.f, from, to-from), 1<<15)}
		switch err := rr.read(); {
		case err == nil:
			m.heads = append(m.heads, rr)
		case err != io.EOF:
			return nil, err
		}
	}
	heap.Init(&m.heads)
	return m, nil
}

// next returns the smallest entry left, or io.EOF.
func (m *merger) next() (k, v []byte, err error) {
	if len(m.heads) == 0 {
		return nil, nil, io.EOF
	}
	top := m.heads[0]
	k, v = top.k, top.v
	switch err := top.read(); {
	case err == io.EOF:
		heap.Pop(&m.heads)
	case err != nil:
		return nil, nil, err
	default:
		heap.Fix(&m.heads, 0)
	}
	return k, v, nil
}

// finishBulkLoad writes what a bulk load cut short left out (see
// repairPending), and builds the recency index again when the load did
// not finish it; a read-only open asks for a writable one.
func (db *DB) finishBulkLoad() error {
	var pending, recency bool
	if err := db.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		pending, recency = meta.Get(metaPending) != nil, meta.Get(metaRecencyPending) != nil
		return nil
	}); err != nil || !pending && !recency {
		return err
	}
	if db.readOnly {
		return outreach.Errorf(outreach.EINVALID, "%s was left by a bulk load (inmail demo) that did not finish; open it once for writing (without read-only) to complete it", db.path)
	}
	return db.update(func(tx *bolt.Tx) error {
		if recency {
			if err := buildRecency(tx); err != nil {
				return err
			}
		}
		return repairPending(tx)
	})
}

// repairPending finishes a bulk load that stopped before it wrote the
// reuse and candidate index entries of its messages: it reads those
// messages again and writes their entries, in one transaction.
func repairPending(tx *bolt.Tx) error {
	meta := tx.Bucket(bucketMeta)
	v := meta.Get(metaPending)
	if v == nil {
		return nil
	}
	if len(v) != 8 {
		return errors.New("the record of an unfinished bulk load is damaged")
	}
	w := newWriter(tx, false)
	c := w.msgs.Cursor()
	for k, data := c.Seek(v); k != nil; k, data = c.Next() {
		var m outreach.Message
		if err := json.Unmarshal(data, &m); err != nil {
			return fmt.Errorf("read message %d: %w", binary.BigEndian.Uint64(k), err)
		}
		if line := outreach.NormalizeLine(m.Personalization); line != "" {
			if err := w.lines.Put(lineKey(line, m.ID), encodeLine(m)); err != nil {
				return err
			}
		}
		if err := w.byCandidate.Put(candidateKey(m.Candidate.ID, m.ID), nil); err != nil {
			return err
		}
	}
	return meta.Delete(metaPending)
}
