package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// SalvageResult says what Salvage copied and what it could not.
type SalvageResult struct {
	// Messages, Events, Candidates, Drafts, Balances and Briefs count
	// what was copied.
	Messages, Events, Candidates, Drafts, Balances, Briefs int
	// LostMessages and LostEvents count records that could not be read
	// (their bytes, or a message's events after a lost one, since a later
	// correction may refer to it); LostOther the rest. Records on pages
	// that could not be read are not counted: nothing says how many there
	// were.
	LostMessages, LostEvents, LostOther int
	// Problems is how many things were wrong with the file's pages.
	Problems int
}

// Salvage copies every record it can read from the database at src into
// a new database at dst, and never writes to src. It reads src with its
// own page reader, not bbolt, so a damaged page costs only the records on
// it. Messages keep their ids, with the events that can be read; their
// fact records and indexes are built again from them, so the copy is
// consistent and passes inmail doctor (a follow-up whose first message
// cannot be read is lost with it). Candidates, drafts and balances set
// by hand are copied as they are, and the copy's credit ledger starts
// where src's did.
//
// Errors: EINVALID when dst exists, or src is not an inmail database;
// ENOTFOUND when src does not exist; EDAMAGED when src has no readable
// header, so no page can be found; EBUSY when another inmail writes src.
func Salvage(src, dst string, now func() time.Time) (SalvageResult, error) {
	var res SalvageResult
	if _, err := os.Stat(src); errors.Is(err, fs.ErrNotExist) {
		return res, &outreach.Error{Code: outreach.ENOTFOUND, Err: err, Message: fmt.Sprintf("%s does not exist (use --db to name the database to salvage)", src)}
	}
	if _, err := os.Lstat(dst); err == nil {
		return res, outreach.Errorf(outreach.EINVALID, "%s already exists; salvage writes a new file: name one that does not exist", dst)
	}
	m, err := fileMeta(src)
	if err != nil && (m.pgid == 0 || !errors.Is(err, ErrDamaged)) {
		return res, err
	}
	if b, err := openBolt(src, true, DefaultTimeout); err == nil {
		defer b.Close()
	} else if outreach.ErrorCode(err) == outreach.EBUSY {
		return res, err
	}
	f, err := os.Open(src)
	if err != nil {
		return res, fmt.Errorf("salvage %s: %w", src, err)
	}
	defer f.Close()
	pf := &pageFile{r: f, pageSize: int(m.pageSize), hwm: m.pgid}
	w := newWalker(pf)
	if m.freelist != noFreelist && pf.freelist(m.freelist) != nil {
		pf.free = nil
	}
	// The top level: each bucket's header, to walk the ones we copy.
	tops := map[string][]byte{}
	w.tree(m.root, nil, nil, 0, func(name, v []byte, bucket bool) {
		if bucket {
			tops[string(name)] = v
		}
	})
	if _, ok := tops[string(bucketMeta)]; !ok {
		return res, foreign(src, "no inmail records can be read in it")
	}
	s := &salvager{w: w, tops: tops, res: &res, events: map[uint64][]outreach.Event{}}
	s.readEvents()
	db, err := Open(dst, Options{Now: now})
	if err != nil {
		return res, err
	}
	err = s.copyMessages(db)
	if err == nil {
		err = s.copyRecords(db)
	}
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	res.Problems = w.nproblems
	return res, err
}

// salvager holds one salvage's reading.
type salvager struct {
	w    *walker
	tops map[string][]byte
	res  *SalvageResult
	// events are the readable events of each message, by id.
	events map[uint64][]outreach.Event
}

// each calls fn with every readable entry of the top-level bucket name.
func (s *salvager) each(name []byte, fn func(k, v []byte)) {
	v, ok := s.tops[string(name)]
	if !ok {
		return
	}
	s.w.bucket(name, v, 0, func(k, v []byte, bucket bool) {
		if !bucket {
			fn(k, v)
		}
	})
}

// readEvents reads every event it can, keeping each message's events up
// to the first one lost.
func (s *salvager) readEvents() {
	s.each(bucketEvents, func(k, v []byte) {
		var e outreach.Event
		if len(k) != 12 || json.Unmarshal(v, &e) != nil {
			s.res.LostEvents++
			return
		}
		e.MessageID, e.Seq = binary.BigEndian.Uint64(k), int(binary.BigEndian.Uint32(k[8:]))
		s.events[e.MessageID] = append(s.events[e.MessageID], e)
	})
	for id, evs := range s.events {
		// Keys come in order; keep 1, 2, 3, … up to a gap.
		n := 0
		for n < len(evs) && evs[n].Seq == n+1 {
			n++
		}
		s.res.LostEvents += len(evs) - n
		s.events[id] = evs[:n]
	}
}

// copyMessages bulk-loads the readable messages, a run of consecutive
// ids at a time, each run numbered from where src had it.
func (s *salvager) copyMessages(db *DB) error {
	var (
		msgs    []outreach.Message
		events  [][]outreach.Event
		loadErr error
	)
	flush := func() {
		if len(msgs) == 0 || loadErr != nil {
			return
		}
		first := msgs[0].ID
		loadErr = db.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMessages).SetSequence(first - 1) })
		if loadErr == nil {
			loadErr = db.BulkLoad(func(yield func([]outreach.Message, [][]outreach.Event) bool) { yield(msgs, events) })
		}
		if loadErr == nil {
			s.res.Messages += len(msgs)
			for _, evs := range events {
				s.res.Events += len(evs)
			}
		}
		msgs, events = msgs[:0], events[:0]
	}
	now := db.now()
	// kept holds the ids copied so far: a follow-up goes with the message
	// it follows up, which comes before it.
	kept := map[uint64]bool{}
	s.each(bucketMessages, func(k, v []byte) {
		if loadErr != nil {
			return
		}
		var m outreach.Message
		if len(k) != 8 || json.Unmarshal(v, &m) != nil {
			s.res.LostMessages++
			return
		}
		m.ID = binary.BigEndian.Uint64(k)
		evs := slices.Clone(s.events[m.ID])
		if check := m; prepareBulk(&check, slices.Clone(evs), now) != nil || (m.FollowUpOf != 0 && !kept[m.FollowUpOf]) {
			s.res.LostMessages++
			s.res.LostEvents += len(evs)
			return
		}
		if n := len(msgs); n > 0 && (msgs[n-1].ID+1 != m.ID || n == salvageRun) {
			flush()
		}
		msgs, events = append(msgs, m), append(events, evs)
		if m.Channel == library.InMail {
			kept[m.ID] = true
		}
	})
	flush()
	return loadErr
}

// salvageRun is the most messages Salvage holds before it loads them.
const salvageRun = 50_000

// copyRecords copies candidates, drafts, balances set by hand, briefs
// and the ledger's start, each checked to decode.
func (s *salvager) copyRecords(db *DB) error {
	type rec struct {
		bucket []byte
		k, v   []byte
	}
	var recs []rec
	keep := func(bucket []byte, into any, n *int) {
		s.each(bucket, func(k, v []byte) {
			if json.Unmarshal(v, into) != nil {
				s.res.LostOther++
				return
			}
			*n++
			recs = append(recs, rec{bucket, slices.Clone(k), slices.Clone(v)})
		})
	}
	keep(bucketCandidates, &outreach.Candidate{}, &s.res.Candidates)
	keep(bucketDrafts, &outreach.Draft{}, &s.res.Drafts)
	keep(bucketAnchors, &outreach.Anchor{}, &s.res.Balances)
	keep(bucketBriefs, &outreach.Brief{}, &s.res.Briefs)
	// The ledger starts where src's did: its recorded start, else its
	// creation.
	start := s.ledgerStart()
	var candidateSeq, briefSeq uint64
	if v, ok := s.tops[string(bucketCandidates)]; ok && len(v) >= 16 {
		candidateSeq = binary.LittleEndian.Uint64(v[8:])
	}
	if v, ok := s.tops[string(bucketBriefs)]; ok && len(v) >= 16 {
		briefSeq = binary.LittleEndian.Uint64(v[8:])
	}
	for _, r := range recs {
		// A new brief must not take the id of one copied.
		if string(r.bucket) == string(bucketBriefs) && len(r.k) == 8 {
			briefSeq = max(briefSeq, binary.BigEndian.Uint64(r.k))
		}
	}
	return db.update(func(tx *bolt.Tx) error {
		for _, r := range recs {
			b, err := tx.CreateBucketIfNotExists(r.bucket)
			if err != nil {
				return err
			}
			if err := b.Put(r.k, r.v); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketCandidates).SetSequence(candidateSeq); err != nil {
			return err
		}
		if err := tx.Bucket(bucketBriefs).SetSequence(briefSeq); err != nil {
			return err
		}
		// The candidates copied get their recency index entries.
		if err := buildRecency(tx); err != nil {
			return err
		}
		if start.IsZero() {
			return nil
		}
		return tx.Bucket(bucketMeta).Put(ledgerStartKey, binary.BigEndian.AppendUint64(nil, uint64(start.Unix())))
	})
}

// ledgerStart is src's LedgerStart, read from its pages.
func (s *salvager) ledgerStart() time.Time {
	var start time.Time
	s.each(bucketMeta, func(k, v []byte) {
		if string(k) == string(ledgerStartKey) && len(v) == 8 {
			start = time.Unix(int64(binary.BigEndian.Uint64(v)), 0)
		}
	})
	if !start.IsZero() {
		return start
	}
	s.each(bucketMigrations, func(k, v []byte) {
		var rec struct {
			Applied time.Time `json:"applied"`
		}
		if string(k) == string(u32(1)) && json.Unmarshal(v, &rec) == nil {
			start = rec.Applied
		}
	})
	return start
}
