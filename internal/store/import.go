package store

import (
	"bytes"
	"encoding/binary"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// Imported is a message from another log (inmail import inmail), with its
// events in the order that log recorded them: an event's Seq is its number
// there, and a correction's Retracts counts in that numbering.
type Imported struct {
	// Message is the message as the other log holds it; its ID, Brief and
	// BriefID are this log's to set. On a follow-up, FollowUpOf is the id
	// in this log of the message it follows up, or Follows names it.
	Message outreach.Message
	// Follows is, on a follow-up whose first message is imported in the
	// same call, that message's index in the items plus one (0: none).
	Follows int
	// Events are its outcomes and corrections.
	Events []outreach.Event
}

// ImportResult is what Import did with one message.
type ImportResult struct {
	// ID is the message's id in this log (0 when Err is set).
	ID uint64
	// Added is true when the message was logged now, false when this log
	// held it already.
	Added bool
	// Events is how many of its events were added now.
	Events int
	// Err says why the message was refused (EINVALID, or ECONFLICT wrapping
	// an *outreach.ReuseError); nothing of it was written.
	Err error
}

// Import merges messages from another log into this one in one
// transaction, one result per message. A message is known by its identity,
// not by who sent it: its candidate, template, send time (to the second)
// and personalization line (compared as outreach.NormalizeLine). A message
// this log holds already (logged here, or imported before under any
// recruiter's name) is not logged again; only the events it lacks are
// added, an event being known by its outcome, its time and whether it is a
// correction. So importing a file again, or under another name, or an
// export of this very log, adds nothing twice.
//
// A message is refused, and the others go on, when it fails
// Message.Validate, is dated in the future, has an event that
// outreach.ValidateEvent refuses or a correction of no earlier event, or
// when its line was already sent to another candidate here (the reuse
// rule). Imports set no idempotency key, touch no draft and do not mark
// the candidate used.
//
// Errors: the store's (nothing is written then).
func (db *DB) Import(items []Imported) ([]ImportResult, error) {
	now := db.now()
	res := make([]ImportResult, len(items))
	for i := range items {
		res[i].Err = prepareImport(&items[i], now)
	}
	err := db.update(func(tx *bolt.Tx) error {
		var briefs *[]outreach.Brief // read once, on the first new message
		for i := range items {
			if k := items[i].Follows; k > 0 && res[i].Err == nil {
				if k > i || res[k-1].Err != nil || res[k-1].ID == 0 {
					res[i].Err = outreach.Errorf(outreach.EINVALID, "it follows up a message that was not imported")
				} else {
					items[i].Message.FollowUpOf = res[k-1].ID
				}
			}
			if res[i].Err != nil {
				continue
			}
			r, err := db.importOne(tx, items[i], now, &briefs)
			if err != nil {
				return err
			}
			res[i] = r
		}
		return db.stage("commit")
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// prepareImport brings the message to what the log stores and checks it
// and its events, numbering events that have no Seq in their order.
func prepareImport(it *Imported, now time.Time) error {
	m := &it.Message
	m.ID, m.Brief, m.BriefID = 0, "", 0
	if it.Follows > 0 {
		// It follows up a message of the batch, whose id here Import sets
		// once that one is logged; until then any id stands for it.
		m.FollowUpOf = ^uint64(0)
	}
	if err := prepareMessage(m, now); err != nil {
		return err
	}
	seen := make(map[int]bool, len(it.Events))
	for j := range it.Events {
		ev := &it.Events[j]
		if ev.Seq == 0 {
			ev.Seq = j + 1
		}
		if seen[ev.Seq] {
			return outreach.Errorf(outreach.EINVALID, "two events numbered %d", ev.Seq)
		}
		if ev.Retracts > 0 && !seen[ev.Retracts] {
			return outreach.Errorf(outreach.EINVALID, "event %d takes back event %d, which does not come before it", ev.Seq, ev.Retracts)
		}
		seen[ev.Seq] = true
		ev.MessageID = 0
		if err := outreach.ValidateEvent(m.SentAt, *ev, now); err != nil {
			return err
		}
	}
	return nil
}

// importOne logs it unless the log holds it already, then adds the
// events it lacks. A refusal is the result's Err; the error returned is
// the store's.
func (db *DB) importOne(tx *bolt.Tx, it Imported, now time.Time, briefs **[]outreach.Brief) (ImportResult, error) {
	var r ImportResult
	m := it.Message
	id, found, err := db.findImported(tx, m)
	if err != nil {
		return r, err
	}
	if !found {
		uses, err := lineUses(tx, outreach.NormalizeLine(m.Personalization), db.skip)
		if err != nil {
			return r, err
		}
		for _, p := range uses {
			if p.CandidateID != m.Candidate.ID {
				re := &outreach.ReuseError{Line: m.Personalization, Prior: p}
				r.Err = &outreach.Error{Code: outreach.ECONFLICT, Message: re.Error(), Err: re}
				return r, nil
			}
		}
		if err := db.checkWrite(sendPaths(tx, m, "", tx.Bucket(bucketMessages).Sequence()+1)...); err != nil {
			return r, err
		}
		if *briefs == nil {
			var list []outreach.Brief
			if err := eachBrief(tx, func(b outreach.Brief) bool { list = append(list, b); return true }); err != nil {
				return r, err
			}
			*briefs = &list
		}
		if **briefs, err = assignBriefFrom(tx, &m, **briefs); err != nil {
			return r, err
		}
		w := newWriter(tx, false)
		var first outreach.Fact
		if m.FollowUpOf != 0 {
			if first, err = w.followable(m); err != nil {
				if c := outreach.ErrorCode(err); c == outreach.ECONFLICT || c == outreach.ENOTFOUND {
					r.Err = err
					return r, nil
				}
				return r, err
			}
		}
		if m.ID, err = w.msgs.NextSequence(); err != nil {
			return r, err
		}
		if err := w.message(m); err != nil {
			return r, err
		}
		if m.FollowUpOf != 0 {
			f, _, err := getFact(w.facts, m.ID)
			if err != nil {
				return r, err
			}
			if err := w.refreshFirst(first, f); err != nil {
				return r, err
			}
		}
		if err := w.flushIndex(); err != nil {
			return r, err
		}
		id, r.Added = m.ID, true
	}
	r.ID = id
	have, err := getEvents(tx, id)
	if err != nil {
		return r, err
	}
	local := make(map[int]int, len(it.Events)) // the event's Seq there → here
	for _, ev := range it.Events {
		target := 0
		if ev.Retracts > 0 {
			var ok bool
			if target, ok = local[ev.Retracts]; !ok {
				continue // what it takes back was not imported
			}
		}
		if i := slices.IndexFunc(have, func(e outreach.Event) bool { return sameEvent(e, ev, target) }); i >= 0 {
			local[ev.Seq] = have[i].Seq
			continue
		}
		in := ev
		in.MessageID, in.Seq, in.Retracts = id, 0, target
		stored, added, err := appendEvent(tx, in, now)
		if outreach.ErrorCode(err) == outreach.EINVALID {
			continue // e.g. it takes back an outcome taken back here already; nothing was written
		}
		if err != nil {
			return r, err
		}
		if stored.MessageID != id {
			continue // its key names another message's event here
		}
		local[ev.Seq] = stored.Seq
		if added {
			have = append(have, stored)
			r.Events++
		}
	}
	return r, nil
}

// sameEvent reports whether e, an event here, is ev from another log
// (whose correction takes back event target here): the same outcome at
// the same second, or a correction of the same event at the same second.
func sameEvent(e, ev outreach.Event, target int) bool {
	if !e.At.Truncate(time.Second).Equal(ev.At.Truncate(time.Second)) {
		return false
	}
	if ev.Retracts > 0 {
		return e.Retracts == target
	}
	return e.Retracts == 0 && e.Outcome == ev.Outcome
}

// findImported finds the message here with m's identity: its candidate,
// template, send time and personalization line, whoever sent it.
func (db *DB) findImported(tx *bolt.Tx, m outreach.Message) (uint64, bool, error) {
	line := outreach.NormalizeLine(m.Personalization)
	prefix := append([]byte(m.Candidate.ID), 0)
	c := tx.Bucket(bucketByCandidate).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) != len(prefix)+8 {
			continue
		}
		id := binary.BigEndian.Uint64(k[len(prefix):])
		old, err := getMessage(tx, id)
		if what, why, ok := isUndecodable(err); ok {
			db.skip(what, why)
			continue
		} else if err != nil {
			return 0, false, err
		}
		if old.TemplateID == m.TemplateID && old.SentAt.Unix() == m.SentAt.Unix() && outreach.NormalizeLine(old.Personalization) == line {
			return id, true, nil
		}
	}
	return 0, false, nil
}
