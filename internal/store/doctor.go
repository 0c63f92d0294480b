package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// Report is what Check found in a database file.
type Report struct {
	Path     string
	Size     int64
	PageSize int
	// Pages is the file's high-water mark: the pages in use or free.
	Pages uint64
	// Problems are the first things found wrong with the file's pages and
	// the agreement of its records (a message without its fact record);
	// NProblems counts them all.
	Problems  []string
	NProblems int
	// Structural counts the problems with the pages themselves, what
	// bbolt's check looks for (the rest are records that disagree).
	Structural int
	// Records counts the records read, by kind ("message", "event", ...).
	Records map[string]int
	// Undecodable are the first records that could not be decoded (kind,
	// key, why); NUndecodable counts them all. Readers skip them.
	Undecodable  []string
	NUndecodable int
	// RecencyOff counts the recency index's entries (the candidate list's
	// order) that disagree with the candidates' records, checked with
	// bbolt's check; RebuildRecency mends them.
	RecencyOff int
	// BoltChecked is set when bbolt's own consistency check ran (it runs
	// only on a file whose pages are sound, since it reads through a
	// memory map a damaged page id could lead out of).
	BoltChecked bool
}

// OK reports whether nothing was found wrong.
func (r Report) OK() bool { return r.NProblems == 0 && r.NUndecodable == 0 }

// Check examines the database file at path without writing to it: every
// page (with its own reader, as bbolt's check does: each page in use
// reached once, none both in use and free, none neither, keys in order),
// then bbolt's own consistency check when the pages are sound, and it
// decodes every record of every bucket inmail knows. It holds a shared
// lock meanwhile when bbolt can open the file at all.
//
// Errors: ENOTFOUND for a missing file; EBUSY when another inmail holds it
// for writing; EINVALID wrapping ErrForeign for a file that is not a bbolt
// file. Damage is not an error: it is in the Report.
func Check(path string, timeout time.Duration) (Report, error) {
	r := Report{Path: path, Records: map[string]int{}}
	info, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return r, &outreach.Error{Code: outreach.ENOTFOUND, Err: err, Message: fmt.Sprintf("%s does not exist (use --db to name the database)", path)}
		}
		return r, fmt.Errorf("check %s: %w", path, err)
	}
	r.Size = info.Size()
	m, err := fileMeta(path)
	if errors.Is(err, ErrForeign) || !errors.Is(err, ErrDamaged) && err != nil {
		return r, err
	}
	if err != nil {
		r.NProblems++
		r.Structural++
		r.Problems = append(r.Problems, outreach.ErrorMessage(err))
		if m.pgid == 0 {
			return r, nil // no meta to read the pages by
		}
	}
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	// A shared lock, so no writer moves pages while they are read.
	if b, err := openBolt(path, true, timeout); err == nil {
		defer b.Close()
	} else if outreach.ErrorCode(err) == outreach.EBUSY {
		return r, err
	}
	f, err := os.Open(path)
	if err != nil {
		return r, fmt.Errorf("check %s: %w", path, err)
	}
	defer f.Close()
	r.PageSize, r.Pages = int(m.pageSize), m.pgid
	pf := &pageFile{r: f, pageSize: int(m.pageSize), hwm: m.pgid}
	w := newWalker(pf)
	w.seen[0], w.seen[1] = true, true
	if m.freelist != noFreelist {
		if err := pf.freelist(m.freelist); err != nil {
			w.problem("%v", err)
			pf.free = nil
		} else if p, err := pf.read(m.freelist); err == nil {
			for i := range uint64(len(p.buf) / pf.pageSize) {
				w.seen[m.freelist+i] = true
			}
		}
	}
	d := &decoder{r: &r, facts: map[uint64]bool{}, messages: map[uint64]bool{}}
	w.tree(m.root, nil, nil, 0, func(name, v []byte, bucket bool) {
		if !bucket {
			w.problem("the file's top level holds a value %q where only buckets belong", name)
			return
		}
		w.bucket(name, v, 0, d.bucket(w, string(name)))
	})
	w.unreached()
	r.Structural += w.nproblems
	d.agree(w)
	r.Problems = append(r.Problems, w.problems...)
	r.NProblems += w.nproblems
	if r.NProblems == 0 {
		if err := boltCheck(path, timeout, &r); err != nil {
			return r, err
		}
	}
	return r, nil
}

// boltCheck runs bbolt's consistency check, adding what it finds.
func boltCheck(path string, timeout time.Duration, r *Report) error {
	b, err := openBolt(path, true, timeout)
	if err != nil {
		if outreach.ErrorCode(err) == outreach.EDAMAGED {
			r.NProblems++
			r.Structural++
			r.Problems = append(r.Problems, outreach.ErrorMessage(err))
			return nil
		}
		return err
	}
	defer b.Close()
	r.BoltChecked = true
	return guard(path, func() error {
		return b.View(func(tx *bolt.Tx) error {
			for err := range tx.Check() {
				r.NProblems++
				r.Structural++
				if len(r.Problems) < maxProblems {
					r.Problems = append(r.Problems, "bbolt: "+err.Error())
				}
			}
			if r.Structural > 0 || tx.Bucket(bucketRecency) == nil {
				return nil // an older schema's file has none yet
			}
			off, err := recencyOff(tx)
			if err != nil || off == 0 {
				return err
			}
			r.RecencyOff = off
			r.NProblems++
			if len(r.Problems) < maxProblems {
				r.Problems = append(r.Problems, fmt.Sprintf("the recency index (the candidate list's order) disagrees with the candidates in %d entries", off))
			}
			return nil
		})
	})
}

// decoder decodes the records of the buckets inmail knows, as a walk
// meets them.
type decoder struct {
	r *Report
	// messages and facts hold the ids seen in each, to check they agree.
	messages, facts map[uint64]bool
}

// bad notes a record that could not be decoded.
func (d *decoder) bad(kind string, k []byte, err error) {
	d.r.NUndecodable++
	if len(d.r.Undecodable) < maxProblems {
		d.r.Undecodable = append(d.r.Undecodable, fmt.Sprintf("%s %s: %v", kind, recordKey(kind, k), err))
	}
}

// recordKey names a record's key for people: an id, or the key as text.
func recordKey(kind string, k []byte) string {
	switch {
	case kind == "message" && len(k) == 8:
		return fmt.Sprint(binary.BigEndian.Uint64(k))
	case kind == "event" && len(k) == 12:
		return fmt.Sprintf("%d/%d", binary.BigEndian.Uint64(k), binary.BigEndian.Uint32(k[8:]))
	}
	return fmt.Sprintf("%q", k)
}

// bucket returns what to do with each entry of the top-level bucket name.
func (d *decoder) bucket(w *walker, name string) leafFunc {
	count := func(kind string) { d.r.Records[kind]++ }
	asJSON := func(kind string, v any) leafFunc {
		return func(k, val []byte, bucket bool) {
			if bucket {
				w.problem("bucket %q holds a bucket %q", name, k)
				return
			}
			if err := json.Unmarshal(val, v); err != nil {
				d.bad(kind, k, err)
				return
			}
			count(kind)
		}
	}
	switch name {
	case string(bucketMessages):
		return func(k, v []byte, bucket bool) {
			if bucket || len(k) != 8 {
				w.problem("messages: a key %q that is not a message id", k)
				return
			}
			// An undecodable message still has its fact record.
			d.messages[binary.BigEndian.Uint64(k)] = true
			var m outreach.Message
			if err := json.Unmarshal(v, &m); err != nil {
				d.bad("message", k, err)
				return
			}
			count("message")
		}
	case string(bucketEvents):
		return asJSON("event", &outreach.Event{})
	case string(bucketFacts):
		return func(k, v []byte, _ bool) {
			if len(k) != 8 || len(v)%outreach.FactSize != 0 {
				d.bad("fact record chunk", k, fmt.Errorf("%d bytes, not whole records", len(v)))
				return
			}
			if _, err := eachFact(v, false, func(f outreach.Fact) (bool, error) {
				d.facts[f.ID] = true
				count("fact record")
				return true, nil
			}); err != nil {
				d.bad("fact record chunk", k, err)
			}
		}
	case string(bucketCandidates):
		return asJSON("candidate", &outreach.Candidate{})
	case string(bucketDrafts):
		return asJSON("draft", &outreach.Draft{})
	case string(bucketAnchors):
		return asJSON("credit balance", &outreach.Anchor{})
	case string(bucketBriefs):
		return asJSON("brief", &outreach.Brief{})
	case string(bucketMigrations):
		return asJSON("migration record", &struct{}{})
	case string(bucketLines):
		return func(k, v []byte, _ bool) {
			if _, err := decodeLine(k, v); err != nil {
				d.bad("reuse index record", k, err)
				return
			}
			count("reuse index record")
		}
	case string(bucketDict):
		return func(kind, v []byte, bucket bool) {
			if !bucket {
				w.problem("dict holds a value %q where only buckets belong", kind)
				return
			}
			w.bucket(kind, v, 1, func(k, v []byte, _ bool) {
				if len(v) != 4 {
					d.bad("dictionary record", k, fmt.Errorf("a code of %d bytes", len(v)))
					return
				}
				count("dictionary record")
			})
		}
	case string(bucketByCandidate):
		return d.sized("candidate index record", func(k, v []byte) bool { return len(k) > 9 && k[len(k)-9] == 0 })
	case string(bucketEventKeys):
		return d.sized("import key", func(_, v []byte) bool { return len(v) == 12 })
	case string(bucketSendKeys):
		return d.sized("send key", func(_, v []byte) bool { return len(v) == 8 })
	case string(bucketMeta):
		return func([]byte, []byte, bool) { count("setting") }
	case string(bucketAttention):
		return func([]byte, []byte, bool) { count("attention index record") }
	case string(bucketRecency):
		return d.sized("recency index record", func(k, v []byte) bool { _, err := splitSummary(k, v); return err == nil })
	case string(bucketByRecruiter):
		return d.sized("recruiter index record", func(_, v []byte) bool { return len(v) == outreach.FactSize })
	case string(bucketPeople):
		return asJSON("team member", &struct{}{})
	case string(bucketFollowUps):
		return d.sized("follow-up link", func(k, v []byte) bool { return len(k) == 8 && len(v) == 8 })
	}
	return func([]byte, []byte, bool) { count("other record") }
}

// sized returns what to do with a record of kind whose shape ok checks.
func (d *decoder) sized(kind string, ok func(k, v []byte) bool) leafFunc {
	return func(k, v []byte, _ bool) {
		if !ok(k, v) {
			d.bad(kind, k, fmt.Errorf("a record of %d bytes under a key of %d", len(v), len(k)))
			return
		}
		d.r.Records[kind]++
	}
}

// agree checks that every message has its fact record and every fact
// record its message.
func (d *decoder) agree(w *walker) {
	var noFact, noMessage int
	for id := range d.messages {
		if !d.facts[id] {
			noFact++
		}
	}
	for id := range d.facts {
		if !d.messages[id] {
			noMessage++
		}
	}
	if noFact > 0 {
		w.problem("%d messages have no fact record (reports leave them out)", noFact)
	}
	if noMessage > 0 {
		w.problem("%d fact records have no message", noMessage)
	}
}
