package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// AppendEvent records an outcome, or a correction (Retracts > 0), for a
// logged message, and rewrites the message's fact record in the same
// transaction. The store sets Seq (the next for the message), Recorded (the
// store's clock, when zero) and, on a correction, Outcome (the outcome taken
// back); times are kept to the second. An event on a follow-up rewrites the
// record of the message it follows up too. An event whose Key was recorded
// before is not added again: AppendEvent returns the stored event, so an
// import run twice records nothing twice.
//
// Errors: ENOTFOUND when the message does not exist; EINVALID when
// outreach.ValidateEvent refuses the event, or a correction names an event
// the message does not have or one already taken back.
func (db *DB) AppendEvent(ev outreach.Event) (outreach.Event, error) {
	now := db.now()
	err := db.update(func(tx *bolt.Tx) error {
		var err error
		ev, _, err = appendEvent(tx, ev, now)
		if err == nil {
			err = db.stage("commit")
		}
		return err
	})
	if err != nil {
		return outreach.Event{}, err
	}
	return ev, nil
}

// AppendEvents records many events in one transaction, all or nothing (for
// imports). It reports how many were added and how many were already known
// by their Key (also within evs).
//
// Errors: as AppendEvent, for the first event refused, with its position;
// nothing is recorded then.
func (db *DB) AppendEvents(evs []outreach.Event) (added, known int, err error) {
	now := db.now()
	err = db.update(func(tx *bolt.Tx) error {
		added, known = 0, 0
		for i, ev := range evs {
			_, isNew, err := appendEvent(tx, ev, now)
			if err != nil {
				var oe *outreach.Error
				if errors.As(err, &oe) {
					return &outreach.Error{Code: oe.Code, Message: fmt.Sprintf("event %d of %d: %s", i+1, len(evs), oe.Message), Err: err}
				}
				return fmt.Errorf("event %d of %d: %w", i+1, len(evs), err)
			}
			if isNew {
				added++
			} else {
				known++
			}
		}
		return db.stage("commit")
	})
	if err != nil {
		return 0, 0, err
	}
	return added, known, nil
}

// appendEvent does AppendEvent's work inside tx. added is false when the
// event's key was already recorded.
func appendEvent(tx *bolt.Tx, ev outreach.Event, now time.Time) (_ outreach.Event, added bool, err error) {
	id := ev.MessageID
	facts := tx.Bucket(bucketFacts)
	fact, ok, err := getFact(facts, id)
	if err != nil {
		return ev, false, err
	}
	if !ok {
		return ev, false, noMessage(id)
	}
	if ev.Key != "" {
		if ref := tx.Bucket(bucketEventKeys).Get([]byte(ev.Key)); ref != nil {
			old, err := getEvent(tx, ref)
			return old, false, err
		}
	}
	ev.At = ev.At.Truncate(time.Second)
	ev.Recorded = ev.Recorded.Truncate(time.Second)
	if ev.Recorded.IsZero() {
		ev.Recorded = now
	}
	if err := outreach.ValidateEvent(fact.Sent(), ev, now); err != nil {
		return ev, false, err
	}
	evs, err := getEvents(tx, id)
	if err != nil {
		return ev, false, err
	}
	ev.Seq = len(evs) + 1
	if ev.Retracts > 0 {
		if ev.Retracts >= ev.Seq {
			return ev, false, outreach.Errorf(outreach.EINVALID, "message %d has no event %d to take back", id, ev.Retracts)
		}
		if !outreach.InForce(evs)[ev.Retracts] {
			return ev, false, outreach.Errorf(outreach.EINVALID, "event %d of message %d was already taken back", ev.Retracts, id)
		}
		ev.Outcome = evs[ev.Retracts-1].Outcome
	}
	w := newWriter(tx, false)
	if err := w.event(ev); err != nil {
		return ev, false, err
	}
	next := fact.WithOutcomes(outreach.Fold(append(evs, ev)))
	if err := putFacts(facts, []outreach.Fact{next}); err != nil {
		return ev, false, err
	}
	if err := w.index(&fact, next); err != nil {
		return ev, false, err
	}
	if err := w.followUpChanged(next); err != nil {
		return ev, false, err
	}
	return ev, true, w.flushIndex()
}

// getEvent reads the event stored under an event key.
func getEvent(tx *bolt.Tx, k []byte) (outreach.Event, error) {
	var e outreach.Event
	v := tx.Bucket(bucketEvents).Get(k)
	if v == nil || len(k) != 12 {
		return e, fmt.Errorf("event index points at a missing event %x", k)
	}
	if err := json.Unmarshal(v, &e); err != nil {
		return e, fmt.Errorf("read event %d of message %d: %w", binary.BigEndian.Uint32(k[8:]), binary.BigEndian.Uint64(k), err)
	}
	return e, nil
}
