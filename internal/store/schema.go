package store

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// The buckets. Keys holding ids are big-endian uint64 so they sort in send
// order.
var (
	// bucketMeta holds magic (the mark of an inmail database), schema and
	// the attention index's record (see attention.go).
	bucketMeta = []byte("meta")
	// bucketMigrations: big-endian uint32 version → JSON {name, applied}.
	bucketMigrations = []byte("migrations")
	// bucketMessages: id → JSON outreach.Message. Its sequence issues ids.
	bucketMessages = []byte("messages")
	// bucketFacts: id → the message's 64-byte outreach.Fact.
	bucketFacts = []byte("facts")
	// bucketEvents: id + big-endian uint32 seq → JSON outreach.Event.
	bucketEvents = []byte("events")
	// bucketEventKeys: an imported event's Key → id + seq.
	bucketEventKeys = []byte("event-keys")
	// bucketSendKeys: the composer's idempotency key → id.
	bucketSendKeys = []byte("send-keys")
	// bucketLines: NormalizeLine(personalization) + 0x00 + id → the line
	// record (see encodeLine).
	bucketLines = []byte("lines")
	// bucketByCandidate: candidate id + 0x00 + id → nothing.
	bucketByCandidate = []byte("by-candidate")
	// bucketCandidates: candidate id → JSON outreach.Candidate. Its
	// sequence numbers generated ids.
	bucketCandidates = []byte("candidates")
	// bucketDrafts: candidate id → JSON outreach.Draft.
	bucketDrafts = []byte("drafts")
	// bucketDict holds one bucket per code kind (dictKinds): name →
	// big-endian uint32 code, issued by that bucket's sequence.
	bucketDict = []byte("dict")
)

// dictKinds are the dictionary's sub-buckets, in the order of
// outreach.Codes' fields.
var dictKinds = [3][]byte{[]byte("recruiter"), []byte("template"), []byte("seniority")}

// magic marks a bbolt file as an inmail database.
const magic = "inmail database"

// migration moves a database from the version before it to version.
type migration struct {
	version uint32
	name    string
	up      func(tx *bolt.Tx) error
	// readable: this inmail reads the version before it as it is (the
	// migration only adds what reads can do without, such as an index), so
	// a read-only open need not wait for a writable one to migrate.
	readable bool
}

// migrations lists every schema change in order; the last version is the
// current schema. A new version appends one: it runs once, in its own
// transaction, the first time a newer inmail opens an older file.
var migrations = []migration{
	{1, "create the buckets", func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketMeta, bucketMigrations, bucketMessages, bucketFacts, bucketEvents,
			bucketEventKeys, bucketSendKeys, bucketLines, bucketByCandidate, bucketCandidates, bucketDrafts} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		dict, err := tx.CreateBucketIfNotExists(bucketDict)
		if err != nil {
			return err
		}
		for _, k := range dictKinds {
			if _, err := dict.CreateBucketIfNotExists(k); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put([]byte("magic"), []byte(magic))
	}, false},
	{2, "index messages by attention and by recruiter", buildIndexes, true},
	// Team mode; see people.go. Readers of an older file find no people.
	{3, "team: people and their keys", migrateTeam, true},
	// Briefs; see briefs.go. Readers of an older file find none, and its
	// facts already hold 0 where a brief id goes.
	{4, "briefs: the searches messages are sent for", migrateBriefs, true},
	// Follow-ups (issue 15); see followups.go. A file from before it holds
	// none, so a reader needs nothing from it.
	{5, "follow-ups: link each message to its follow-up", migrateFollowUps, true},
	// The recency index (issue 14); see recency.go. A reader of an older
	// file lists the candidates from their records.
	{6, "index candidates by recency", buildRecency, true},
}

// readableFrom reports whether this inmail reads a file of schema version
// without migrating it.
func readableFrom(version uint32) bool {
	for _, m := range migrations {
		if m.version > version && !m.readable {
			return false
		}
	}
	return true
}

// SchemaVersion is the schema this inmail writes.
var SchemaVersion = migrations[len(migrations)-1].version

// schemaOf reads a file's schema version, refusing files that are not inmail
// databases or are newer than this inmail.
func schemaOf(tx *bolt.Tx, path string) (uint32, error) {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return 0, foreign(path, "a bbolt file without inmail's records")
	}
	if string(meta.Get([]byte("magic"))) != magic {
		return 0, foreign(path, "a bbolt file without inmail's mark")
	}
	v := meta.Get([]byte("schema"))
	if len(v) != 4 {
		return 0, damaged(path, "no schema version")
	}
	version := binary.BigEndian.Uint32(v)
	if version > SchemaVersion {
		return 0, &outreach.Error{
			Code:    outreach.EINVALID,
			Message: fmt.Sprintf("%s was written by a newer inmail (schema %d; this one reads up to %d); upgrade inmail to open it", path, version, SchemaVersion),
			Err:     ErrNewer,
		}
	}
	return version, nil
}

// migrate runs the migrations after version from, one transaction each.
func migrate(b *bolt.DB, from uint32, now time.Time) error {
	for _, m := range migrations {
		if m.version <= from {
			continue
		}
		err := b.Update(func(tx *bolt.Tx) error {
			if err := m.up(tx); err != nil {
				return err
			}
			rec, err := json.Marshal(struct {
				Name    string    `json:"name"`
				Applied time.Time `json:"applied"`
			}{m.name, now})
			if err != nil {
				return err
			}
			if err := tx.Bucket(bucketMigrations).Put(u32(m.version), rec); err != nil {
				return err
			}
			return tx.Bucket(bucketMeta).Put([]byte("schema"), u32(m.version))
		})
		if err != nil {
			return fmt.Errorf("migrate to schema %d (%s): %w", m.version, m.name, err)
		}
	}
	return nil
}

func u32(v uint32) []byte { return binary.BigEndian.AppendUint32(nil, v) }

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }
