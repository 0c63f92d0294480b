package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// Message returns the logged message with id.
//
// Errors: ENOTFOUND when there is no such message.
func (db *DB) Message(id uint64) (outreach.Message, error) {
	var m outreach.Message
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		m, err = getMessage(tx, id)
		return err
	})
	return m, db.recordErr(err)
}

// Events returns a message's events in the order they were recorded.
//
// Errors: ENOTFOUND when there is no such message.
func (db *DB) Events(id uint64) ([]outreach.Event, error) {
	var evs []outreach.Event
	err := db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketMessages).Get(u64(id)) == nil {
			return noMessage(id)
		}
		var err error
		evs, err = getEvents(tx, id)
		return err
	})
	return evs, db.recordErr(err)
}

// Entry returns a message with its events and its state as of the store's
// clock.
//
// Errors: ENOTFOUND when there is no such message.
func (db *DB) Entry(id uint64) (outreach.Entry, error) {
	now := db.Now()
	var e outreach.Entry
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		e, err = getEntry(tx, id, now)
		return err
	})
	return e, db.recordErr(err)
}

// Entries returns the logged messages that match f, newest (highest id)
// first, each with its events and its state as of the store's clock. Every
// filter but CandidateName is answered from the fact records and the
// candidate index, so only matching messages are decoded.
//
// Errors: none of its own.
func (db *DB) Entries(f outreach.Filter) ([]outreach.Entry, error) {
	now := db.Now()
	out := []outreach.Entry{}
	err := db.view(func(tx *bolt.Tx) error {
		match, possible := factFilter(tx, f, now)
		if !possible {
			return nil
		}
		facts := tx.Bucket(bucketFacts)
		visit := func(fact outreach.Fact) (bool, error) {
			if !match(fact) {
				return true, nil
			}
			e, err := getEntry(tx, fact.ID, now)
			if what, why, ok := isUndecodable(err); ok {
				db.skip(what, why)
				return true, nil
			}
			if err != nil {
				return false, err
			}
			if !f.MatchesName(e.Candidate.Name) {
				return true, nil
			}
			out = append(out, e)
			return f.Limit <= 0 || len(out) < f.Limit, nil
		}
		if f.CandidateID != "" {
			var ids []uint64
			prefix := append([]byte(outreach.CandidateID(f.CandidateID)), 0)
			c := tx.Bucket(bucketByCandidate).Cursor()
			for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
				ids = append(ids, binary.BigEndian.Uint64(k[len(prefix):]))
			}
			slices.Reverse(ids)
			for _, id := range ids {
				fact, ok, err := getFact(facts, id)
				if err != nil {
					return err
				}
				if !ok {
					return fmt.Errorf("message %d has no fact record", id)
				}
				if more, err := visit(fact); err != nil || !more {
					return err
				}
			}
			return nil
		}
		c := facts.Cursor()
		for k, v := c.Last(); k != nil; k, v = c.Prev() {
			if more, err := eachFact(v, true, visit); err != nil || !more {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Messages returns the messages Entries would, without their events.
//
// Errors: none of its own.
func (db *DB) Messages(f outreach.Filter) ([]outreach.Message, error) {
	es, err := db.Entries(f)
	if err != nil {
		return nil, err
	}
	ms := make([]outreach.Message, len(es))
	for i, e := range es {
		ms[i] = e.Message
	}
	return ms, nil
}

// factFilter turns a filter into a test on fact records. possible is false
// when no message can match (a recruiter or template never logged).
func factFilter(tx *bolt.Tx, f outreach.Filter, now time.Time) (match func(outreach.Fact) bool, possible bool) {
	code := func(kind int, name string) (uint32, bool) {
		v := tx.Bucket(bucketDict).Bucket(dictKinds[kind]).Get([]byte(name))
		if v == nil {
			return 0, false
		}
		return binary.BigEndian.Uint32(v), true
	}
	var recruiter, template uint32
	if f.Recruiter != "" {
		if recruiter, possible = code(0, f.Recruiter); !possible {
			return nil, false
		}
	}
	if f.TemplateID != "" {
		if template, possible = code(1, f.TemplateID); !possible {
			return nil, false
		}
	}
	return func(fact outreach.Fact) bool {
		sent := fact.Sent()
		switch {
		case f.Recruiter != "" && fact.Recruiter != recruiter,
			f.TemplateID != "" && fact.Template != template,
			f.Channel != 0 && fact.Channel != f.Channel,
			!f.Since.IsZero() && sent.Before(f.Since),
			!f.Until.IsZero() && !sent.Before(f.Until):
			return false
		case len(f.Statuses) > 0:
			return slices.Contains(f.Statuses, fact.State(now).Status)
		}
		return true
	}, true
}

func noMessage(id uint64) error {
	return notFound("no message %d (see inmail log for the ids)", id)
}

func getMessage(tx *bolt.Tx, id uint64) (outreach.Message, error) {
	var m outreach.Message
	v := tx.Bucket(bucketMessages).Get(u64(id))
	if v == nil {
		return m, noMessage(id)
	}
	if err := json.Unmarshal(v, &m); err != nil {
		return m, undecodable(fmt.Sprintf("message %d", id), err)
	}
	return m, nil
}

func getEvents(tx *bolt.Tx, id uint64) ([]outreach.Event, error) {
	evs := []outreach.Event{}
	prefix := u64(id)
	c := tx.Bucket(bucketEvents).Cursor()
	for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
		var e outreach.Event
		if err := json.Unmarshal(v, &e); err != nil {
			return nil, undecodable(fmt.Sprintf("event %d of message %d", binary.BigEndian.Uint32(k[len(k)-4:]), id), err)
		}
		evs = append(evs, e)
	}
	return evs, nil
}

func getEntry(tx *bolt.Tx, id uint64, now time.Time) (outreach.Entry, error) {
	m, err := getMessage(tx, id)
	if err != nil {
		return outreach.Entry{}, err
	}
	evs, err := getEvents(tx, id)
	if err != nil {
		return outreach.Entry{}, err
	}
	e := outreach.NewEntry(m, evs, now)
	if fu, ok := followUpOf(tx, id); ok {
		// The fact record carries whether the follow-up is in force.
		f, _, err := getFact(tx.Bucket(bucketFacts), id)
		if err != nil {
			return outreach.Entry{}, err
		}
		e.FollowedUpBy, e.FollowUpWithdrawn = fu, !f.FollowedUp()
	}
	return e, nil
}
