package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// appendFill is the fill percent of buckets whose keys only grow (ids): full
// pages instead of bbolt's half-full default.
const appendFill = 0.95

// Send logs a message in one transaction: the message (with the next id),
// its fact record, the dictionary codes, the reuse index, the candidate
// index, its brief (found or started from its role and client, see
// outreach.Brief); it deletes the candidate's draft and marks the
// candidate used. The
// send and compose times are kept to the second. The candidate id is
// normalized with outreach.CandidateID.
//
// key is the composer's idempotency key: a second Send with a key already
// used logs nothing and returns the first message's id with added false, so
// one keystroke never logs twice. An empty key disables the check.
//
// A follow-up (m.FollowUpOf set) is linked to the message it follows up,
// whose fact record it rewrites (see linkFollowUp).
//
// Errors: EINVALID when Message.Validate fails or the message is dated in the
// future; ECONFLICT wrapping an *outreach.ReuseError when the personalization
// line (compared as outreach.NormalizeLine) was already sent to another
// candidate; for a follow-up, ENOTFOUND when the message it follows up is
// not logged and ECONFLICT when outreach.FollowUpOf refuses it or it went to
// another candidate. Nothing is written when an error is returned.
func (db *DB) Send(m outreach.Message, key string) (id uint64, added bool, err error) {
	now := db.now()
	if err := prepareMessage(&m, now); err != nil {
		return 0, false, err
	}
	err = db.update(func(tx *bolt.Tx) error {
		added = false
		if key != "" {
			if v := tx.Bucket(bucketSendKeys).Get([]byte(key)); v != nil {
				id = binary.BigEndian.Uint64(v)
				return nil
			}
		}
		// Refuse a damaged file before writing to it (see checkWrite).
		if err := db.checkWrite(sendPaths(tx, m, key, tx.Bucket(bucketMessages).Sequence()+1)...); err != nil {
			return err
		}
		uses, err := lineUses(tx, outreach.NormalizeLine(m.Personalization), db.skip)
		if err != nil {
			return err
		}
		for _, p := range uses {
			if p.CandidateID != m.Candidate.ID {
				re := &outreach.ReuseError{Line: m.Personalization, Prior: p}
				return &outreach.Error{Code: outreach.ECONFLICT, Message: re.Error(), Err: re}
			}
		}
		if err := assignBrief(tx, &m); err != nil {
			return err
		}
		w := newWriter(tx, false)
		if m.ID, err = w.msgs.NextSequence(); err != nil {
			return err
		}
		if err := w.message(m); err != nil {
			return err
		}
		if m.FollowUpOf != 0 {
			f, _, err := getFact(w.facts, m.ID)
			if err != nil {
				return err
			}
			if err := w.linkFollowUp(m, f); err != nil {
				return err
			}
		}
		if err := w.flushIndex(); err != nil {
			return err
		}
		if err := db.stage("indexes"); err != nil {
			return err
		}
		if key != "" {
			if err := tx.Bucket(bucketSendKeys).Put([]byte(key), u64(m.ID)); err != nil {
				return err
			}
		}
		if err := tx.Bucket(bucketDrafts).Delete([]byte(m.Candidate.ID)); err != nil {
			return err
		}
		if c, ok, err := getCandidate(tx, m.Candidate.ID); err != nil {
			return err
		} else if ok {
			was := c.Summary()
			c.LastUsed = now
			if err := putJSON(tx.Bucket(bucketCandidates), []byte(c.ID), c); err != nil {
				return err
			}
			if err := fileCandidate(tx, &was, c.Summary()); err != nil {
				return err
			}
		}
		if err := db.stage("commit"); err != nil {
			return err
		}
		id, added = m.ID, true
		return nil
	})
	if err != nil {
		return 0, false, err
	}
	return id, added, nil
}

// prepareMessage brings m to what the log stores (times to the second, the
// candidate id through outreach.CandidateID) and validates it, refusing a
// send dated after now.
func prepareMessage(m *outreach.Message, now time.Time) error {
	m.SentAt = m.SentAt.Truncate(time.Second)
	m.StartedAt = m.StartedAt.Truncate(time.Second)
	m.Candidate.ID = outreach.CandidateID(m.Candidate.ID)
	if err := m.Validate(); err != nil {
		return err
	}
	if m.SentAt.After(now) {
		return outreach.Errorf(outreach.EINVALID, "the message is dated %s, in the future (it is now %s); a send can be logged late, never early",
			m.SentAt.Format(time.DateTime), now.In(m.SentAt.Location()).Format(time.DateTime))
	}
	return nil
}

// writer writes messages and their records within one transaction.
type writer struct {
	tx                                                 *bolt.Tx
	msgs, facts, events, eventKeys, lines, byCandidate *bolt.Bucket
	attention, byRecruiter                             *bolt.Bucket
	dict                                               [3]*bolt.Bucket
	// cache remembers codes during a bulk load (nil otherwise).
	cache [3]map[string]uint32
	// att is the attention index's record, once index has read it.
	att       attentionMeta
	attLoaded bool
}

func newWriter(tx *bolt.Tx, cache bool) *writer {
	w := &writer{
		tx:          tx,
		msgs:        tx.Bucket(bucketMessages),
		facts:       tx.Bucket(bucketFacts),
		events:      tx.Bucket(bucketEvents),
		eventKeys:   tx.Bucket(bucketEventKeys),
		lines:       tx.Bucket(bucketLines),
		byCandidate: tx.Bucket(bucketByCandidate),
		attention:   tx.Bucket(bucketAttention),
		byRecruiter: tx.Bucket(bucketByRecruiter),
	}
	w.msgs.FillPercent = appendFill
	w.facts.FillPercent = appendFill
	w.events.FillPercent = appendFill
	// Both indexes are ordered by send time: most entries go at the end
	// (of a section, of a recruiter's messages).
	if w.attention != nil {
		w.attention.FillPercent = appendFill
		w.byRecruiter.FillPercent = appendFill
	}
	dict := tx.Bucket(bucketDict)
	for i, k := range dictKinds {
		w.dict[i] = dict.Bucket(k)
		if cache {
			w.cache[i] = map[string]uint32{}
		}
	}
	return w
}

// message writes a new message m (whose ID is set), its fact and its index
// entries. The caller has validated it.
func (w *writer) message(m outreach.Message) error {
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if err := w.msgs.Put(u64(m.ID), data); err != nil {
		return err
	}
	f, err := w.fact(m, outreach.OutcomeTimes{})
	if err != nil {
		return err
	}
	if err := putFacts(w.facts, []outreach.Fact{f}); err != nil {
		return err
	}
	if err := w.index(nil, f); err != nil {
		return err
	}
	if line := outreach.NormalizeLine(m.Personalization); line != "" {
		if err := w.lines.Put(lineKey(line, m.ID), encodeLine(m)); err != nil {
			return err
		}
	}
	return w.byCandidate.Put(candidateKey(m.Candidate.ID, m.ID), nil)
}

// fact returns m's fact record with outcomes o, issuing dictionary codes
// for new names.
func (w *writer) fact(m outreach.Message, o outreach.OutcomeTimes) (outreach.Fact, error) {
	var c [3]uint32
	for i, name := range [3]string{m.Recruiter, m.TemplateID, m.Seniority} {
		var err error
		if c[i], err = w.code(i, name); err != nil {
			return outreach.Fact{}, err
		}
	}
	codes := outreach.Codes{Recruiter: c[0], Template: c[1], Seniority: c[2], Brief: briefCode(m)}
	return outreach.FactFrom(m, o, codes), nil
}

// event stores one event, and its key when it has one.
func (w *writer) event(e outreach.Event) error {
	data, err := json.Marshal(e)
	if err != nil {
		return err
	}
	k := eventKey(e.MessageID, e.Seq)
	if err := w.events.Put(k, data); err != nil {
		return err
	}
	if e.Key != "" {
		return w.eventKeys.Put([]byte(e.Key), k)
	}
	return nil
}

// code returns the dictionary code of name in kind i, issuing a new one for
// a new name. The empty name is 0.
func (w *writer) code(i int, name string) (uint32, error) {
	if name == "" {
		return 0, nil
	}
	if c, ok := w.cache[i][name]; ok {
		return c, nil
	}
	b := w.dict[i]
	var c uint32
	if v := b.Get([]byte(name)); v != nil {
		c = binary.BigEndian.Uint32(v)
	} else {
		n, err := b.NextSequence()
		if err != nil {
			return 0, err
		}
		if n > 1<<32-1 {
			return 0, fmt.Errorf("more than 2^32 distinct %s names", dictKinds[i])
		}
		c = uint32(n)
		if err := b.Put([]byte(name), u32(c)); err != nil {
			return 0, err
		}
	}
	if w.cache[i] != nil {
		w.cache[i][name] = c
	}
	return c, nil
}

func eventKey(id uint64, seq int) []byte {
	return binary.BigEndian.AppendUint32(u64(id), uint32(seq))
}

func lineKey(line string, id uint64) []byte {
	k := append([]byte(line), 0)
	return binary.BigEndian.AppendUint64(k, id)
}

func candidateKey(candidate string, id uint64) []byte {
	k := append([]byte(candidate), 0)
	return binary.BigEndian.AppendUint64(k, id)
}

// encodeLine is the reuse index's record of a send: the send time (Unix
// seconds), then the candidate id and name (each preceded by its length as
// a uvarint), then the line as typed.
func encodeLine(m outreach.Message) []byte {
	b := make([]byte, 0, 8+2+len(m.Candidate.ID)+len(m.Candidate.Name)+len(m.Personalization)+2)
	b = binary.BigEndian.AppendUint64(b, uint64(m.SentAt.Unix()))
	b = binary.AppendUvarint(b, uint64(len(m.Candidate.ID)))
	b = append(b, m.Candidate.ID...)
	b = binary.AppendUvarint(b, uint64(len(m.Candidate.Name)))
	b = append(b, m.Candidate.Name...)
	return append(b, m.Personalization...)
}

// decodeLine reads an index entry back, copying out of the transaction.
func decodeLine(k, v []byte) (outreach.PriorLine, error) {
	var p outreach.PriorLine
	bad := func() error { return fmt.Errorf("damaged reuse index entry %q", k) }
	if len(k) < 9 || len(v) < 8 {
		return p, bad()
	}
	p.MessageID = binary.BigEndian.Uint64(k[len(k)-8:])
	p.SentAt = time.Unix(int64(binary.BigEndian.Uint64(v)), 0)
	v = v[8:]
	for _, dst := range []*string{&p.CandidateID, &p.CandidateName} {
		n, w := binary.Uvarint(v)
		if w <= 0 || uint64(len(v)-w) < n {
			return p, bad()
		}
		*dst = string(v[w : w+int(n)])
		v = v[w+int(n):]
	}
	p.Line = string(v)
	return p, nil
}

// lineUses returns the sends of a normalized line; an entry that cannot
// be decoded is left out and handed to skip.
func lineUses(tx *bolt.Tx, line string, skip func(string, error)) ([]outreach.PriorLine, error) {
	if line == "" {
		return nil, nil
	}
	var out []outreach.PriorLine
	prefix := append([]byte(line), 0)
	c := tx.Bucket(bucketLines).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		p, err := decodeLine(k, v)
		if err != nil {
			skip("reuse index entry", err)
			continue
		}
		out = append(out, p)
	}
	return out, nil
}

// LineUses returns the earlier sends of a personalization line (compared as
// outreach.NormalizeLine), oldest first, so the send gate can say who got it.
//
// Errors: none of its own.
func (db *DB) LineUses(line string) ([]outreach.PriorLine, error) {
	var out []outreach.PriorLine
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		out, err = lineUses(tx, outreach.NormalizeLine(line), db.skip)
		return err
	})
	return out, err
}

// PriorLines returns every personalization line ever sent, for the
// validator's near-duplicate index: one entry per message, grouped by
// normalized line. It reads only the reuse index (no message is decoded).
//
// Errors: none of its own.
func (db *DB) PriorLines() ([]outreach.PriorLine, error) {
	var out []outreach.PriorLine
	err := db.view(func(tx *bolt.Tx) error {
		// At most one line per message.
		out = make([]outreach.PriorLine, 0, tx.Bucket(bucketMessages).Sequence())
		return tx.Bucket(bucketLines).ForEach(func(k, v []byte) error {
			p, err := decodeLine(k, v)
			if err != nil {
				db.skip("reuse index entry", err)
				return nil
			}
			out = append(out, p)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
