package store

import (
	"bytes"
	"fmt"
	"iter"
	"path/filepath"
	"slices"
	"sync"
	"time"

	gojson "github.com/goccy/go-json"
	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// bulkBatch is how many messages BulkLoad writes per transaction.
const bulkBatch = 20000

// BulkLoad logs a history too large to hold in memory at once, for `inmail
// demo`: for each batch that batches yields, events[i] (which may be nil,
// or events itself) belongs to msgs[i], in order, and a correction's
// Retracts counts within that list. It sets msgs[i].ID and the events' Seq
// and MessageID. Ids follow the log's last one in the order given, so a
// follow-up's FollowUpOf names the id its first message gets; that message
// must come before it, and is linked to it as Send links them (the rule of
// outreach.FollowUpOf is the producer's to keep). It skips what a recruiter's send needs (idempotency keys,
// the reuse check, drafts) but writes everything a send writes, indexes
// included, so the result is an ordinary database. A batch's slices may be
// reused by the producer once BulkLoad asks for the next one.
//
// Each batch is validated whole before any of it is written, then encoded
// in chunks of bulkBatch messages, each written in a transaction by another
// goroutine while the next is encoded. The reuse and candidate indexes are
// written last, in key order (see deferred). The file is synced once, at
// the end, not after every transaction; a refused or failed batch stops the
// load, and what was written before it stays written, indexed and synced.
// Do not write to the store from another goroutine meanwhile.
//
// Errors: EINVALID, naming the message, when a message or an event of a
// batch fails validation.
func (db *DB) BulkLoad(batches iter.Seq2[[]outreach.Message, [][]outreach.Event]) error {
	return db.BulkLoadBatches(func(yield func(Batch) bool) {
		for msgs, events := range batches {
			if !yield(Batch{Messages: msgs, Events: events}) {
				return
			}
		}
	})
}

// Batch is one part of a bulk load: messages, each with its events (see
// BulkLoad), and candidates to save.
type Batch struct {
	Messages   []outreach.Message
	Events     [][]outreach.Event
	Candidates []outreach.Candidate
}

// BulkLoadBatches is BulkLoad with candidates: each batch's are saved as
// they are (a candidate already saved is replaced), their ids normalized
// with outreach.CandidateID, and written last, in key order, with the
// reuse and candidate indexes. A load cut short keeps its messages, whose
// indexes the next open completes, but may lose candidates not written
// yet.
//
// Errors: as BulkLoad's; EINVALID, naming the candidate, for one without
// an id.
func (db *DB) BulkLoadBatches(batches iter.Seq[Batch]) error {
	if db.readOnly {
		return db.readOnlyError()
	}
	// bbolt fsyncs on every commit and every time the file grows; a bulk
	// load skips both and syncs once at the end.
	b := db.bolt
	noSync, noGrowSync, noFreelistSync := b.NoSync, b.NoGrowSync, b.NoFreelistSync
	b.NoSync, b.NoGrowSync, b.NoFreelistSync = true, true, true
	d := &deferred{dir: filepath.Dir(db.path)}
	defer d.close()
	err := db.load(batches, d)
	// The batches committed get their index entries, even after an error.
	if merr := db.merge(d, err == nil); err == nil {
		err = merr
	}
	b.NoSync, b.NoGrowSync, b.NoFreelistSync = noSync, noGrowSync, noFreelistSync
	if err != nil {
		_ = b.Sync() // keep what was committed
		return err
	}
	// One ordinary commit writes the freelist again and syncs everything.
	return db.update(func(*bolt.Tx) error { return nil })
}

// load validates and encodes the batches while a writer goroutine commits
// the chunks encoded before, and adds each committed chunk's reuse and
// candidate index entries and candidates to d. It returns once the writer
// has stopped.
func (db *DB) load(batches iter.Seq[Batch], d *deferred) error {
	var last uint64
	if err := db.view(func(tx *bolt.Tx) error {
		last = tx.Bucket(bucketMessages).Sequence()
		return nil
	}); err != nil {
		return err
	}
	encoded := make(chan encodedBatch, 1)
	failed := make(chan struct{})
	var failOnce sync.Once
	fail := func() { failOnce.Do(func() { close(failed) }) }
	// The writer commits; the spooler then writes the committed batch's
	// deferred entries to the temporary files, off the writer's path (the
	// writer is what a bulk load waits for).
	spooled := make(chan deferredEntries, 2)
	var werr, serr error
	var wg, swg sync.WaitGroup
	swg.Go(func() {
		for e := range spooled {
			if serr == nil {
				if serr = d.add(e); serr != nil {
					fail()
				}
			}
			// Committed and spooled: nothing refers to its bytes now.
			for _, a := range e.arenas {
				a.release()
			}
		}
	})
	wg.Go(func() {
		defer close(spooled)
		for batch := range encoded {
			if werr != nil {
				continue // drain
			}
			if werr = db.update(func(tx *bolt.Tx) error { return db.writeBatch(tx, &batch) }); werr != nil {
				fail()
				continue
			}
			spooled <- deferredEntries{lines: batch.lines, byCandidate: batch.byCandidate, candidates: batch.candidates,
				recency: batch.recency, appended: batch.appended, arenas: batch.arenas}
		}
	})
	err := func() error {
		for bt := range batches {
			msgs, events := bt.Messages, bt.Events
			if err := prepareBatch(msgs, events, db.now(), last); err != nil {
				return err
			}
			cands, recent, candArena, err := encodeCandidates(bt.Candidates)
			if err != nil {
				return err
			}
			last += uint64(len(msgs))
			for start := 0; start < max(len(msgs), 1); start += bulkBatch {
				end := min(start+bulkBatch, len(msgs))
				var evs [][]outreach.Event
				if len(events) > 0 {
					evs = events[start:end]
				}
				batch := encodeBatch(msgs[start:end], evs)
				if batch.err != nil {
					return batch.err
				}
				if cands != nil { // with the first chunk
					batch.candidates, batch.recency, cands, recent = cands, recent, nil, nil
					batch.arenas = append(batch.arenas, candArena)
				}
				if len(batch.facts) == 0 && len(batch.candidates) == 0 {
					continue
				}
				select {
				case encoded <- batch:
				case <-failed:
					return nil
				}
			}
		}
		return nil
	}()
	close(encoded)
	wg.Wait()
	swg.Wait()
	for _, e := range []error{werr, serr} {
		if err == nil {
			err = e
		}
	}
	return err
}

// prepareBatch validates and normalizes a bulk load's messages and events
// (all of them, before anything is written) and numbers the messages after
// id last.
func prepareBatch(msgs []outreach.Message, events [][]outreach.Event, now time.Time, last uint64) error {
	if len(events) > 0 && len(events) != len(msgs) {
		return fmt.Errorf("bulk load: %d event lists for %d messages", len(events), len(msgs))
	}
	for i := range msgs {
		var evs []outreach.Event
		if len(events) > 0 {
			evs = events[i]
		}
		if err := prepareBulk(&msgs[i], evs, now); err != nil {
			return outreach.Errorf(outreach.EINVALID, "message %d of %d: %s", i+1, len(msgs), outreach.ErrorMessage(err))
		}
	}
	for i := range msgs {
		msgs[i].ID = last + uint64(i) + 1
	}
	return nil
}

// prepareBulk normalizes and validates one message of a bulk load and its
// events, filling in what the store sets.
func prepareBulk(m *outreach.Message, events []outreach.Event, now time.Time) error {
	if err := prepareMessage(m, now); err != nil {
		return err
	}
	for j := range events {
		e := &events[j]
		e.At, e.Recorded = e.At.Truncate(time.Second), e.Recorded.Truncate(time.Second)
		if e.Recorded.IsZero() {
			e.Recorded = e.At
		}
		if err := outreach.ValidateEvent(m.SentAt, *e, now); err != nil {
			return err
		}
		if e.Retracts > j {
			return outreach.Errorf(outreach.EINVALID, "event %d takes back event %d, which does not come before it", j+1, e.Retracts)
		}
		e.Seq = j + 1
		if e.Retracts > 0 {
			e.Outcome = events[e.Retracts-1].Outcome
		}
	}
	return nil
}

// kv is one key and value to put.
type kv struct{ k, v []byte }

// encodedBatch is a chunk of a bulk load, encoded and ready to write. It
// shares no memory with the producer's slices, which may be reused.
type encodedBatch struct {
	// facts lack their dictionary codes, which the writer issues for names.
	facts []outreach.Fact
	names [][3]string
	// firstOf[i] is facts[i]'s FollowUpOf; nil when no message of the
	// batch is a follow-up.
	firstOf []uint64
	// messages, events and facts have ascending keys; lines, byCandidate
	// and eventKeys are sorted here so each is written in one pass.
	messages, events, lines, byCandidate, eventKeys []kv
	// candidates are the candidates to save, sorted by id, and recency
	// their recency index entries, sorted; appended counts the candidates
	// appendCandidates wrote with the batch (all new).
	candidates, recency []kv
	appended            int
	// arenas hold the bytes of messages, events and candidates.
	arenas []*arena
	err    error
}

// plainCandidate is outreach.Candidate with a profile that has no
// MarshalJSON method, so goccy/go-json encodes it directly: the bytes
// json.Marshal writes for a profile without Extra fields (bulk_test.go
// checks), in a fraction of the time.
type plainCandidate struct {
	ID        string       `json:"id"`
	Profile   plainProfile `json:"profile"`
	AddedAt   time.Time    `json:"added_at"`
	UpdatedAt time.Time    `json:"updated_at"`
	LastUsed  time.Time    `json:"last_used,omitzero"`
}

type plainProfile profile.Profile

// encodeCandidates checks and encodes candidates for a bulk load, sorted
// by id, into the arena it returns, and their recency index entries,
// sorted.
func encodeCandidates(cs []outreach.Candidate) (cands, recency []kv, a *arena, err error) {
	if len(cs) == 0 {
		return nil, nil, nil, nil
	}
	a = &arena{}
	enc := gojson.NewEncoder(a) // escaping HTML, as json.Marshal does
	out := make([]kv, len(cs))
	recency = make([]kv, len(cs))
	var buf []byte
	for i, c := range cs {
		c.ID = outreach.CandidateID(c.ID)
		if c.ID == "" {
			return nil, nil, nil, outreach.Errorf(outreach.EINVALID, "candidate %d of %d (%q) has no id", i+1, len(cs), c.Profile.Name)
		}
		// The recency entry's bytes go to the arena too (written before
		// the JSON, whose bytes are a.last after Encode).
		s := c.Summary()
		buf = appendRecencyKey(buf[:0], s.Recent(), s.ID)
		a.Write(buf)
		k := a.last
		if buf, err = appendSummary(buf[:0], s); err != nil {
			return nil, nil, nil, err
		}
		a.Write(buf)
		recency[i] = kv{k, a.last}
		var v any = plainCandidate{c.ID, plainProfile(c.Profile), c.AddedAt, c.UpdatedAt, c.LastUsed}
		if len(c.Profile.Extra) > 0 {
			v = c
		}
		if err := enc.Encode(v); err != nil {
			return nil, nil, nil, fmt.Errorf("candidate %q: %w", c.ID, err)
		}
		out[i] = kv{[]byte(c.ID), a.last[:len(a.last)-1]}
	}
	for _, s := range [][]kv{out, recency} {
		slices.SortFunc(s, func(x, y kv) int { return bytes.Compare(x.k, y.k) })
	}
	return out, recency, a, nil
}

func encodeBatch(msgs []outreach.Message, events [][]outreach.Event) encodedBatch {
	a := &arena{}
	b := encodedBatch{facts: make([]outreach.Fact, len(msgs)), names: make([][3]string, len(msgs)), messages: make([]kv, len(msgs)), arenas: []*arena{a},
		lines: make([]kv, 0, len(msgs)), byCandidate: make([]kv, 0, len(msgs))}
	// goccy/go-json writes the bytes encoding/json would (bulk_test.go
	// checks), in about two thirds of the time.
	enc := gojson.NewEncoder(a)
	enc.SetEscapeHTML(false)
	encode := func(v any) ([]byte, error) {
		if err := enc.Encode(v); err != nil {
			return nil, err
		}
		return a.last[:len(a.last)-1], nil // Encode ends with a newline
	}
	for i := range msgs {
		m := &msgs[i] // a pointer, so Encode does not copy the message to the heap
		data, err := encode(m)
		if err != nil {
			b.err = fmt.Errorf("message %d: %w", m.ID, err)
			return b
		}
		b.messages[i] = kv{u64(m.ID), data}
		if line := outreach.NormalizeLine(m.Personalization); line != "" {
			b.lines = append(b.lines, kv{lineKey(line, m.ID), encodeLine(*m)})
		}
		b.byCandidate = append(b.byCandidate, kv{candidateKey(m.Candidate.ID, m.ID), nil})
		b.names[i] = [3]string{m.Recruiter, m.TemplateID, m.Seniority}
		if m.FollowUpOf != 0 {
			if b.firstOf == nil {
				b.firstOf = make([]uint64, len(msgs))
			}
			b.firstOf[i] = m.FollowUpOf
		}
		if len(events) == 0 {
			b.facts[i] = outreach.FactFrom(*m, outreach.OutcomeTimes{}, outreach.Codes{Brief: briefCode(*m)})
			continue
		}
		for j := range events[i] {
			e := &events[i][j]
			e.MessageID = m.ID
			data, err := encode(e)
			if err != nil {
				b.err = fmt.Errorf("message %d: %w", m.ID, err)
				return b
			}
			k := eventKey(m.ID, e.Seq)
			b.events = append(b.events, kv{k, data})
			if e.Key != "" {
				b.eventKeys = append(b.eventKeys, kv{[]byte(e.Key), k})
			}
		}
		b.facts[i] = outreach.FactFrom(*m, outreach.Fold(events[i]), outreach.Codes{Brief: briefCode(*m)})
	}
	for _, s := range [][]kv{b.lines, b.byCandidate, b.eventKeys} {
		slices.SortFunc(s, func(x, y kv) int { return bytes.Compare(x.k, y.k) })
	}
	return b
}

// arena hands out the bytes of each Write from large blocks, so a batch's
// values are a few allocations instead of one each. bbolt refers to them
// until the transaction commits and the spooler until it has written the
// batch's deferred entries; then release gives the blocks back to be
// reused by a later batch (a million-message demo encodes 2 GB of JSON: as
// fresh memory each time, the garbage collector and the kernel's zeroing
// of new pages took seconds).
type arena struct {
	block []byte
	last  []byte   // what the last Write wrote
	used  [][]byte // every block handed out, for release
}

const arenaBlock = 4 << 20

// freeBlocks holds released arena blocks: at most 64 (256 MB), about as
// many as the batches a bulk load has in flight use.
var freeBlocks = make(chan []byte, 64)

func (a *arena) Write(p []byte) (int, error) {
	if cap(a.block)-len(a.block) < len(p) {
		a.block = nil
		if len(p) <= arenaBlock {
			select {
			case b := <-freeBlocks:
				a.block = b[:0]
			default:
			}
		}
		if a.block == nil {
			a.block = make([]byte, 0, max(arenaBlock, len(p)))
		}
		a.used = append(a.used, a.block)
	}
	start := len(a.block)
	a.block = append(a.block, p...)
	a.last = a.block[start:len(a.block):len(a.block)]
	return len(p), nil
}

// release gives the arena's blocks back for reuse. Nothing may refer to
// what was written in it afterwards.
func (a *arena) release() {
	for _, b := range a.used {
		if cap(b) != arenaBlock {
			continue
		}
		select {
		case freeBlocks <- b:
		default:
		}
	}
	*a = arena{}
}

// appendCandidates writes b's candidates now when they all come after the
// last one saved (a demo's, whose ids grow as they are made): appended in
// order, they cost no more than the messages. It leaves others to be
// written last (see deferred), and clears b.candidates when it wrote them.
func appendCandidates(tx *bolt.Tx, b *encodedBatch) error {
	if len(b.candidates) == 0 {
		return nil
	}
	// The recency index is written last: until then, it is pending.
	if err := tx.Bucket(bucketMeta).Put(metaRecencyPending, []byte{1}); err != nil {
		return err
	}
	bucket := tx.Bucket(bucketCandidates)
	if last, _ := bucket.Cursor().Last(); last != nil && bytes.Compare(b.candidates[0].k, last) <= 0 {
		return nil
	}
	for i := 1; i < len(b.candidates); i++ {
		if bytes.Equal(b.candidates[i-1].k, b.candidates[i].k) {
			return nil // the same candidate twice: the merge keeps one
		}
	}
	if err := putAll(bucket, b.candidates); err != nil {
		return err
	}
	b.candidates, b.appended = nil, len(b.candidates)
	return nil
}

// appendTail writes now the entries of kvs (sorted) that come after the
// last key of bucket, which cost no more to write with the batch than at
// the end, and returns the others, to be written last. A demo's candidates
// are numbered as they are made, so the candidate index entries of new
// candidates' messages are such a tail.
func appendTail(bucket *bolt.Bucket, kvs []kv) ([]kv, error) {
	last, _ := bucket.Cursor().Last()
	i, _ := slices.BinarySearchFunc(kvs, last, func(x kv, k []byte) int { return bytes.Compare(x.k, k) })
	for i < len(kvs) && last != nil && bytes.Equal(kvs[i].k, last) {
		i++
	}
	if i == len(kvs) {
		return kvs, nil
	}
	return kvs[:i], putAll(bucket, kvs[i:])
}

// putAll puts sorted entries that all come after the bucket's last key.
func putAll(bucket *bolt.Bucket, kvs []kv) error {
	bucket.FillPercent = appendFill
	for _, x := range kvs {
		if err := bucket.Put(x.k, x.v); err != nil {
			return err
		}
	}
	return nil
}

// writeBatch puts an encoded batch but for its reuse and candidate index
// entries (see deferred), and marks them pending; its ids must follow the
// messages' sequence.
func (db *DB) writeBatch(tx *bolt.Tx, b *encodedBatch) error {
	if err := appendCandidates(tx, b); err != nil {
		return err
	}
	if len(b.facts) == 0 {
		return nil // candidates only
	}
	w := newWriter(tx, true)
	first, last := b.facts[0].ID, b.facts[len(b.facts)-1].ID
	if seq := w.msgs.Sequence(); seq != first-1 {
		return fmt.Errorf("bulk load: the log changed during the load (message %d was logged meanwhile)", seq)
	}
	if meta := tx.Bucket(bucketMeta); meta.Get(metaPending) == nil {
		if err := meta.Put(metaPending, u64(first)); err != nil {
			return err
		}
	}
	if err := w.msgs.SetSequence(last); err != nil {
		return err
	}
	facts := b.facts
	for i := range facts {
		c := [3]uint32{}
		for j, name := range b.names[i] {
			var err error
			if c[j], err = w.code(j, name); err != nil {
				return err
			}
		}
		facts[i].Recruiter, facts[i].Template, facts[i].Seniority = c[0], c[1], c[2]
	}
	if err := putFacts(w.facts, facts); err != nil {
		return err
	}
	for _, f := range facts {
		if err := w.index(nil, f); err != nil {
			return err
		}
	}
	if b.firstOf != nil {
		if err := w.linkBulkFollowUps(facts, b.firstOf); err != nil {
			return err
		}
	}
	var err error
	if b.byCandidate, err = appendTail(w.byCandidate, b.byCandidate); err != nil {
		return err
	}
	if err := w.flushIndex(); err != nil {
		return err
	}
	for _, p := range []struct {
		b   *bolt.Bucket
		kvs []kv
	}{{w.msgs, b.messages}, {w.events, b.events}, {w.eventKeys, b.eventKeys}} {
		for _, x := range p.kvs {
			if err := p.b.Put(x.k, x.v); err != nil {
				return err
			}
		}
	}
	return db.stage("bulk")
}
