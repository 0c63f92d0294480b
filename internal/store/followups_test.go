package store

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

const day = 24 * time.Hour

// followUp returns a follow-up of message first to candidate n, sent at at.
func followUp(n int, first uint64, at time.Time) outreach.Message {
	m := message(n, at)
	m.Channel, m.FollowUpOf, m.Subject, m.Credits = library.FollowUp, first, "", 0
	m.TemplateID = "senior-associate/follow-up"
	m.Personalization = "A second thing about candidate " + strings.Repeat("x", n)
	return m
}

func mustFact(t *testing.T, db *DB, id uint64) outreach.Fact {
	t.Helper()
	f, err := db.Fact(id)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestSendFollowUp(t *testing.T) {
	db, clk := MustOpen(t)
	first := mustSend(t, db, message(1, start))
	other := mustSend(t, db, message(2, start))

	// Refused: too soon, to another candidate, of a message not logged.
	clk.Set(start.Add(2 * day))
	if _, _, err := db.Send(followUp(1, first, clk.Now()), ""); outreach.ErrorCode(err) != outreach.ECONFLICT || !strings.Contains(err.Error(), "can go from 3 days after it") {
		t.Errorf("a follow-up after 2 days: %v", err)
	}
	clk.Set(start.Add(7 * day))
	if _, _, err := db.Send(followUp(2, first, clk.Now()), ""); outreach.ErrorCode(err) != outreach.ECONFLICT || !strings.Contains(err.Error(), "same conversation") {
		t.Errorf("a follow-up to another candidate: %v", err)
	}
	if _, _, err := db.Send(followUp(1, 99, clk.Now()), ""); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("a follow-up of a message not logged: %v", err)
	}
	if _, ok, _ := db.FollowUpOf(first); ok {
		t.Fatal("a refused follow-up was linked")
	}

	fu := mustSend(t, db, followUp(1, first, clk.Now()))
	if got, ok, err := db.FollowUpOf(first); err != nil || !ok || got != fu {
		t.Fatalf("FollowUpOf(%d) = %d, %v, %v; want %d", first, got, ok, err, fu)
	}
	if !mustFact(t, db, first).FollowedUp() || mustFact(t, db, other).FollowedUp() {
		t.Error("the followed-up mark is on the wrong record")
	}
	if f := mustFact(t, db, fu); !f.IsFollowUp() || f.FollowUpOf != first || mustFact(t, db, other).IsFollowUp() {
		t.Errorf("the follow-up's record: %+v", f)
	}
	m, err := db.Message(fu)
	if err != nil || m.FollowUpOf != first || m.Channel != library.FollowUp {
		t.Errorf("the follow-up as logged: %+v, %v", m, err)
	}
	// One follow-up a conversation, and none of a follow-up.
	if _, _, err := db.Send(followUp(1, first, clk.Now()), ""); outreach.ErrorCode(err) != outreach.ECONFLICT || !strings.Contains(err.Error(), "already followed up") {
		t.Errorf("a second follow-up: %v", err)
	}

	// The follow-up's answer is its own; the first message's status does
	// not change.
	clk.Add(2 * day)
	ev, err := db.AppendEvent(outreach.Event{MessageID: fu, Outcome: outreach.Replied, At: clk.Now().Add(-day), Source: outreach.Manual})
	if err != nil {
		t.Fatal(err)
	}
	f := mustFact(t, db, first)
	if s := f.State(clk.Now()).Status; s != outreach.StatusNone || !f.FollowedUp() {
		t.Errorf("the first message is %s after its follow-up's reply (followed up %v), want none", s, f.FollowedUp())
	}
	if _, err := db.AppendEvent(outreach.Event{MessageID: fu, Retracts: ev.Seq, At: clk.Now(), Source: outreach.Manual}); err != nil {
		t.Fatal(err)
	}

	// A follow-up withdrawn (never sent) frees the conversation for another.
	if _, err := db.AppendEvent(outreach.Event{MessageID: fu, Outcome: outreach.Withdrawn, At: clk.Now(), Source: outreach.Manual}); err != nil {
		t.Fatal(err)
	}
	if mustFact(t, db, first).FollowedUp() {
		t.Error("a withdrawn follow-up still counts")
	}
	// The entry the tracker reads says so too, so it offers another.
	if e, err := db.Entry(first); err != nil || e.FollowedUpBy != fu || !e.FollowUpWithdrawn {
		t.Errorf("the entry after the follow-up was withdrawn: by %d, withdrawn %v, %v", e.FollowedUpBy, e.FollowUpWithdrawn, err)
	} else if st := outreach.FollowUpOfEntry(e, clk.Now()); !st.Eligible {
		t.Errorf("the tracker would refuse another follow-up: %s", st.Why)
	}
	again := followUp(1, first, clk.Now())
	again.Personalization = "Yet another line for candidate one, written again"
	fu2 := mustSend(t, db, again)
	if got, _, _ := db.FollowUpOf(first); got != fu2 {
		t.Errorf("after the second follow-up, FollowUpOf = %d, want %d", got, fu2)
	}
	// The old follow-up's undo no longer touches the first message.
	if _, err := db.AppendEvent(outreach.Event{MessageID: fu, Retracts: 3, At: clk.Now(), Source: outreach.Manual}); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := db.FollowUpOf(first); got != fu2 {
		t.Errorf("the old follow-up's undo relinked it: %d", got)
	}
	if !mustFact(t, db, first).FollowedUp() {
		t.Error("the first message's record lost the second follow-up")
	}
}

func TestBulkLoadFollowUps(t *testing.T) {
	db, clk := MustOpen(t)
	clk.Set(start.Add(60 * day))
	msgs := []outreach.Message{message(1, start), message(2, start.Add(time.Hour)), followUp(1, 1, start.Add(8*day))}
	events := [][]outreach.Event{nil, nil, {{Outcome: outreach.Accepted, At: start.Add(9 * day), Source: outreach.Manual}}}
	if err := oneBatch(db, msgs, events); err != nil {
		t.Fatal(err)
	}
	f := mustFact(t, db, 1)
	if !f.FollowedUp() || mustFact(t, db, 3).FollowUpOf != 1 {
		t.Errorf("message 1 followed up %v; message 3 follows up %d", f.FollowedUp(), mustFact(t, db, 3).FollowUpOf)
	}
	if got, ok, _ := db.FollowUpOf(1); !ok || got != 3 {
		t.Errorf("FollowUpOf(1) = %d, %v", got, ok)
	}
	// The recruiter index holds the rewritten record too.
	var copy outreach.Fact
	err := db.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketByRecruiter).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if g, _ := outreach.DecodeFact(v); g.ID == 1 {
				copy = g
			}
		}
		return nil
	})
	if err != nil || copy != f {
		t.Errorf("the recruiter index's copy %+v, want %+v", copy, f)
	}

	for name, bad := range map[string][]outreach.Message{
		"not before it":     {followUp(1, 6, start.Add(8*day))},
		"not an InMail":     {followUp(1, 3, start.Add(8*day))},
		"followed up twice": {followUp(1, 1, start.Add(9*day))},
	} {
		if err := oneBatch(db, bad, nil); outreach.ErrorCode(err) != outreach.EINVALID {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestSalvageFollowUps: a copy links follow-ups again; one whose first
// message cannot be read goes with it.
func TestSalvageFollowUps(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log.db")
	clk := &clock{t: start.Add(60 * day)}
	db, err := Open(path, Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	var msgs []outreach.Message
	for i := range 200 {
		msgs = append(msgs, message(i, start.Add(time.Duration(i)*time.Minute)))
	}
	msgs = append(msgs, followUp(0, 1, start.Add(8*day)), followUp(150, 151, start.Add(8*day)))
	if err := oneBatch(db, msgs, nil); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	corruptPage(t, path, leafOf(t, path, at(u64(151), bucketMessages)))
	dst := filepath.Join(t.TempDir(), "salvaged.db")
	res, err := Salvage(path, dst, clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := Check(dst, time.Second); err != nil || !r.OK() || r.Records["follow-up link"] != 1 {
		t.Errorf("Check of the copy: %+v, %v", r, err)
	}
	cp, err := Open(dst, Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	if fu, ok, _ := cp.FollowUpOf(1); !ok || fu != 201 {
		t.Errorf("FollowUpOf(1) in the copy = %d, %v", fu, ok)
	}
	if _, err := cp.Message(202); outreach.ErrorCode(err) != outreach.ENOTFOUND || res.LostMessages == 0 {
		t.Errorf("the follow-up of a lost message: %v (lost %d)", err, res.LostMessages)
	}
	if !mustFact(t, cp, 1).FollowedUp() {
		t.Error("the copy's record of message 1 lost its follow-up")
	}
}

// TestFollowUpsMigration: a file from before follow-ups is read as it is
// (none), and a writable open adds the bucket.
func TestFollowUpsMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := Open(path, Options{Now: func() time.Time { return start }})
	if err != nil {
		t.Fatal(err)
	}
	first := mustSend(t, db, message(1, start))
	check(t, db.Close())
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	const before = 4 // the schema before follow-ups
	check(t, b.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketFollowUps); err != nil {
			return err
		}
		for v := uint32(before + 1); v <= SchemaVersion; v++ {
			if err := tx.Bucket(bucketMigrations).Delete(u32(v)); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put([]byte("schema"), u32(before))
	}))
	check(t, b.Close())

	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("a read-only open of schema %d: %v", before, err)
	}
	if _, ok, err := ro.FollowUpOf(first); ok || err != nil {
		t.Errorf("FollowUpOf on schema %d: %v, %v", before, ok, err)
	}
	if e, err := ro.Entry(first); err != nil || e.FollowedUpBy != 0 {
		t.Errorf("Entry on schema %d: %+v, %v", before, e, err)
	}
	check(t, ro.Close())

	clk := &clock{t: start.Add(8 * day)}
	rw, err := Open(path, Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	check(t, rw.view(func(tx *bolt.Tx) error {
		if v, _ := schemaOf(tx, path); v != SchemaVersion || tx.Bucket(bucketFollowUps) == nil {
			t.Errorf("schema %d after a writable open, follow-ups bucket %v", v, tx.Bucket(bucketFollowUps) != nil)
		}
		return nil
	}))
	if fu := mustSend(t, rw, followUp(1, first, clk.Now())); !mustFact(t, rw, first).FollowedUp() || fu != 2 {
		t.Error("a follow-up after the migration is not linked")
	}
}
