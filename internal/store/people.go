package store

import (
	"encoding/json"
	"fmt"
	"sort"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/team"
)

// The people of a team (schema 2): who may sign in to the server that
// holds this log, and as whom.
var (
	// bucketPeople: member name → JSON team.Member.
	bucketPeople = []byte("people")
	// bucketPeopleKeys: a key's SHA256 fingerprint → member name.
	bucketPeopleKeys = []byte("people-keys")
)

// migrateTeam creates the people buckets.
func migrateTeam(tx *bolt.Tx) error {
	for _, b := range [][]byte{bucketPeople, bucketPeopleKeys} {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	return nil
}

// PutMember adds a member, or replaces the one with the same name, with
// their keys. Names compare exactly; keys are stored without comments.
//
// Errors: EINVALID when m.Validate fails; ECONFLICT when one of m's keys
// belongs to another member (a key signs in as one person only).
func (db *DB) PutMember(m team.Member) error {
	if err := m.Validate(); err != nil {
		return err
	}
	keys := make([]string, 0, len(m.Keys))
	fps := make([]string, 0, len(m.Keys))
	for _, k := range m.Keys {
		pk, err := team.ParseKey(k)
		if err != nil {
			return err
		}
		keys, fps = append(keys, team.KeyLine(pk)), append(fps, team.Fingerprint(pk))
	}
	m.Keys = keys
	return db.update(func(tx *bolt.Tx) error {
		people, byKey := tx.Bucket(bucketPeople), tx.Bucket(bucketPeopleKeys)
		for _, fp := range fps {
			if owner := byKey.Get([]byte(fp)); owner != nil && string(owner) != m.Name {
				return outreach.Errorf(outreach.ECONFLICT, "key %s already signs in as %s; a key belongs to one person", fp, owner)
			}
		}
		if old, ok, err := getMember(tx, m.Name); err != nil {
			return err
		} else if ok {
			if err := dropKeys(byKey, old); err != nil {
				return err
			}
			if m.Added.IsZero() {
				m.Added = old.Added
			}
		}
		for _, fp := range fps {
			if err := byKey.Put([]byte(fp), []byte(m.Name)); err != nil {
				return err
			}
		}
		return putJSON(people, []byte(m.Name), m)
	})
}

// Member returns the member called name.
//
// Errors: ENOTFOUND when there is none.
func (db *DB) Member(name string) (team.Member, error) {
	var m team.Member
	err := db.view(func(tx *bolt.Tx) error {
		var ok bool
		var err error
		if m, ok, err = getMember(tx, name); err == nil && !ok {
			err = noMember(name)
		}
		return err
	})
	return m, err
}

// MemberByKey returns the member who signs in with the key whose SHA256
// fingerprint is fp.
//
// Errors: ENOTFOUND wrapping team.ErrUnknownKey when no member has it.
func (db *DB) MemberByKey(fp string) (team.Member, error) {
	var m team.Member
	err := db.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPeopleKeys)
		if b == nil {
			return &outreach.Error{Code: outreach.ENOTFOUND, Message: "no member signs in with key " + fp, Err: team.ErrUnknownKey}
		}
		name := b.Get([]byte(fp))
		if name == nil {
			return &outreach.Error{Code: outreach.ENOTFOUND, Message: "no member signs in with key " + fp, Err: team.ErrUnknownKey}
		}
		var ok bool
		var err error
		if m, ok, err = getMember(tx, string(name)); err == nil && !ok {
			err = damaged(db.path, fmt.Sprintf("key %s names %q, who is not a member", fp, name))
		}
		return err
	})
	return m, err
}

// Members returns every member, by name.
//
// Errors: none of its own.
func (db *DB) Members() ([]team.Member, error) {
	out := []team.Member{}
	err := db.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPeople)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var m team.Member
			if err := json.Unmarshal(v, &m); err != nil {
				return fmt.Errorf("read member %q: %w", k, err)
			}
			out = append(out, m)
			return nil
		})
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, err
}

// RemoveMember removes a member and their keys; the messages they sent
// stay in the log under their name.
//
// Errors: ENOTFOUND when there is no such member.
func (db *DB) RemoveMember(name string) error {
	return db.update(func(tx *bolt.Tx) error {
		m, ok, err := getMember(tx, name)
		if err != nil {
			return err
		}
		if !ok {
			return noMember(name)
		}
		if err := dropKeys(tx.Bucket(bucketPeopleKeys), m); err != nil {
			return err
		}
		return tx.Bucket(bucketPeople).Delete([]byte(name))
	})
}

func getMember(tx *bolt.Tx, name string) (team.Member, bool, error) {
	var m team.Member
	b := tx.Bucket(bucketPeople)
	if b == nil {
		return m, false, nil
	}
	v := b.Get([]byte(name))
	if v == nil {
		return m, false, nil
	}
	if err := json.Unmarshal(v, &m); err != nil {
		return m, false, fmt.Errorf("read member %q: %w", name, err)
	}
	return m, true, nil
}

// dropKeys deletes the fingerprints of m's keys.
func dropKeys(byKey *bolt.Bucket, m team.Member) error {
	for _, k := range m.Keys {
		pk, err := team.ParseKey(k)
		if err != nil {
			continue
		}
		if err := byKey.Delete([]byte(team.Fingerprint(pk))); err != nil {
			return err
		}
	}
	return nil
}

func noMember(name string) error {
	return outreach.Errorf(outreach.ENOTFOUND, "%q is not on the team (see inmail team list)", name)
}
