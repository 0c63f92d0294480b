package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// Follow-ups. A follow-up is a message of its own (channel followup) whose
// FollowUpOf names the InMail it follows up; bucketFollowUps links the
// other way, from the InMail to its follow-up, and the InMail's fact record
// carries what reports need of the follow-up (when it was sent, its first
// response, whether it charged a credit), rewritten in the transaction that
// changes the follow-up's own record.

// bucketFollowUps: big-endian id of a message → big-endian id of its
// follow-up. Added by the migration "follow-ups: link each message to its
// follow-up"; a file from before it has none.
var bucketFollowUps = []byte("follow-ups")

// migrateFollowUps creates the follow-ups bucket. Files written before it
// hold no follow-ups, so nothing else changes: their fact records' follow-up
// bytes were reserved and zero.
func migrateFollowUps(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bucketFollowUps)
	return err
}

// followUpOf returns the id of the follow-up of message id; ok is false
// when it has none (or the file predates follow-ups).
func followUpOf(tx *bolt.Tx, id uint64) (fu uint64, ok bool) {
	b := tx.Bucket(bucketFollowUps)
	if b == nil {
		return 0, false
	}
	if v := b.Get(u64(id)); len(v) == 8 {
		return binary.BigEndian.Uint64(v), true
	}
	return 0, false
}

// FollowUpOf returns the id of the follow-up of message id; ok is false
// when it was never followed up. A follow-up withdrawn stays linked until
// another takes its place.
//
// Errors: none of its own.
func (db *DB) FollowUpOf(id uint64) (fu uint64, ok bool, err error) {
	err = db.view(func(tx *bolt.Tx) error {
		fu, ok = followUpOf(tx, id)
		return nil
	})
	return fu, ok, err
}

// linkFollowUp checks that the new message m (its ID set, its fact f) may
// follow up m.FollowUpOf, links them and rewrites the first message's fact
// record. The first message must be in the log, to the same candidate, and
// outreach.FollowUpOf must allow a follow-up at m's send time.
//
// Errors: ENOTFOUND when the first message is not in the log; ECONFLICT
// when it cannot be followed up (the sentence says why) or is to another
// candidate.
func (w *writer) linkFollowUp(m outreach.Message, f outreach.Fact) error {
	first, err := w.followable(m)
	if err != nil {
		return err
	}
	return w.refreshFirst(first, f)
}

// followable checks that m may follow up m.FollowUpOf (see linkFollowUp)
// and returns that message's fact record; it writes nothing.
func (w *writer) followable(m outreach.Message) (outreach.Fact, error) {
	first, ok, err := getFact(w.facts, m.FollowUpOf)
	if err != nil {
		return first, err
	}
	if !ok {
		return first, noMessage(m.FollowUpOf)
	}
	if s := outreach.FollowUpOf(first, m.SentAt); !s.Eligible {
		return first, outreach.Errorf(outreach.ECONFLICT, "%s", s.Why)
	}
	var fm outreach.Message
	if err := getJSON(w.msgs, u64(m.FollowUpOf), &fm); err != nil {
		return first, fmt.Errorf("message %d: %w", m.FollowUpOf, err)
	}
	if outreach.CandidateID(fm.Candidate.ID) != m.Candidate.ID {
		return first, outreach.Errorf(outreach.ECONFLICT, "message %d went to %s, not %s: a follow-up goes in the same conversation", m.FollowUpOf, fm.Candidate.Name, m.Candidate.Name)
	}
	return first, nil
}

// refreshFirst links first to its follow-up fu and writes first's fact
// record with what fu adds to it.
func (w *writer) refreshFirst(first, fu outreach.Fact) error {
	b, err := w.tx.CreateBucketIfNotExists(bucketFollowUps)
	if err != nil {
		return err
	}
	if err := b.Put(u64(first.ID), u64(fu.ID)); err != nil {
		return err
	}
	next := first.WithFollowUp(fu, true)
	if err := putFacts(w.facts, []outreach.Fact{next}); err != nil {
		return err
	}
	return w.index(&first, next)
}

// followUpChanged rewrites the first message's fact record after the
// follow-up fu's record changed (an outcome, an undo), when fu is still
// the follow-up it is linked to.
func (w *writer) followUpChanged(fu outreach.Fact) error {
	if !fu.IsFollowUp() {
		return nil
	}
	var m outreach.Message
	if err := getJSON(w.msgs, u64(fu.ID), &m); err != nil {
		return fmt.Errorf("message %d: %w", fu.ID, err)
	}
	if linked, ok := followUpOf(w.tx, m.FollowUpOf); !ok || linked != fu.ID {
		return nil
	}
	first, ok, err := getFact(w.facts, m.FollowUpOf)
	if err != nil || !ok {
		return err
	}
	return w.refreshFirst(first, fu)
}

// linkBulkFollowUps links the follow-ups among a bulk load's facts (sorted
// by id, already written) to the messages they follow up, whose fact
// records it rewrites, each chunk once. firstOf[i] is facts[i]'s
// FollowUpOf (0 for a first message). A message may be followed up again
// only after its follow-up was withdrawn.
func (w *writer) linkBulkFollowUps(facts []outreach.Fact, firstOf []uint64) error {
	b, err := w.tx.CreateBucketIfNotExists(bucketFollowUps)
	if err != nil {
		return err
	}
	// olds are the first messages' records as stored; news as they become.
	olds, news := map[uint64]outreach.Fact{}, map[uint64]outreach.Fact{}
	for i, fu := range facts {
		id := firstOf[i]
		if id == 0 {
			continue
		}
		first, ok := news[id]
		if !ok {
			var err error
			if first, ok, err = getFact(w.facts, id); err != nil {
				return err
			}
			olds[id] = first
		}
		followed := first.FollowedUp()
		switch {
		case !ok || id >= fu.ID:
			return outreach.Errorf(outreach.EINVALID, "message %d follows up message %d, which is not logged before it", fu.ID, id)
		case first.IsFollowUp() || first.Channel != library.InMail:
			return outreach.Errorf(outreach.EINVALID, "message %d follows up message %d, which is not an InMail", fu.ID, id)
		case followed:
			return outreach.Errorf(outreach.EINVALID, "message %d follows up message %d, which already has a follow-up", fu.ID, id)
		}
		if err := b.Put(u64(id), u64(fu.ID)); err != nil {
			return err
		}
		news[id] = first.WithFollowUp(fu, true)
	}
	ids := slices.Sorted(maps.Keys(news))
	firsts := make([]outreach.Fact, len(ids))
	for i, id := range ids {
		firsts[i] = news[id]
	}
	if err := putFacts(w.facts, firsts); err != nil {
		return err
	}
	for _, f := range firsts {
		old := olds[f.ID]
		if err := w.index(&old, f); err != nil {
			return err
		}
	}
	return nil
}

// getJSON decodes the JSON value under k into v.
func getJSON(b *bolt.Bucket, k []byte, v any) error {
	data := b.Get(k)
	if data == nil {
		return fmt.Errorf("no record")
	}
	return json.Unmarshal(data, v)
}
