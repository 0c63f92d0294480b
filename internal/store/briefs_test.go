package store

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// TestBriefsFromSends: a send finds the open brief with its role and
// client (in any case and spacing) or starts one; the brief counts its
// messages, keeps each recruiter's last use and the latest hook; an
// archived brief is left for a new one with a numbered name.
func TestBriefsFromSends(t *testing.T) {
	db, clk := MustOpen(t)
	clk.Set(start.Add(30 * 24 * time.Hour))
	send := func(n int, who, role, client, hook string, at time.Time) outreach.Message {
		t.Helper()
		m := message(n, at)
		m.Recruiter, m.Role, m.Client, m.Hook = who, role, client, hook
		got, err := db.Message(mustSend(t, db, m))
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	a := send(1, "Jordan Blake", "Senior M&A Associate", "a top-10 firm", "Hybrid.", start)
	b := send(2, "Sam Ortiz", " senior m&a  associate", "A top-10 firm ", "Hybrid, two days in.", start.Add(time.Hour))
	c := send(3, "Jordan Blake", "Senior M&A Associate", "a top-50 firm", "", start.Add(2*time.Hour))
	none := send(4, "Jordan Blake", " ", "", "Hybrid.", start.Add(3*time.Hour))
	if a.BriefID != 1 || a.Brief != "Senior M&A Associate · a top-10 firm" || b.BriefID != 1 || b.Brief != a.Brief {
		t.Errorf("the same role and client: briefs %d %q and %d %q, want one", a.BriefID, a.Brief, b.BriefID, b.Brief)
	}
	if c.BriefID != 2 || none.BriefID != 0 || none.Brief != "" {
		t.Errorf("another client got brief %d; no role or client got %d %q", c.BriefID, none.BriefID, none.Brief)
	}
	briefs, err := db.Briefs()
	if err != nil || len(briefs) != 2 {
		t.Fatalf("Briefs = %+v, %v", briefs, err)
	}
	first := briefs[0]
	at, by := first.UsedAt()
	switch {
	case first.Sent != 2, first.CreatedBy != "Jordan Blake", !first.CreatedAt.Equal(start), first.Seniority != "senior-associate":
		t.Errorf("brief 1 = %+v", first)
	case first.Hook != "Hybrid, two days in.", !at.Equal(start.Add(time.Hour)), by != "Sam Ortiz", !first.LastUsed["Jordan Blake"].Equal(start):
		t.Errorf("brief 1's hook %q and uses %v (last %v by %s)", first.Hook, first.LastUsed, at, by)
	}

	// A repeated send (the same idempotency key) is not another use.
	m := message(5, start.Add(4*time.Hour))
	m.Client = "a top-10 firm"
	for range 2 {
		if _, _, err := db.Send(m, "tui:same"); err != nil {
			t.Fatal(err)
		}
	}
	briefs, _ = db.Briefs()
	if briefs[0].Sent != 3 {
		t.Errorf("brief 1 counts %d sends after one send pressed twice, want 3", briefs[0].Sent)
	}

	archived, err := db.ArchiveBrief(1, "Lee Park", start.Add(5*time.Hour))
	if err != nil || !archived.Archived() || archived.ArchivedBy != "Lee Park" {
		t.Fatalf("ArchiveBrief = %+v, %v", archived, err)
	}
	again := send(6, "Jordan Blake", "Senior M&A Associate", "a top-10 firm", "", start.Add(6*time.Hour))
	if again.BriefID != 3 || again.Brief != "Senior M&A Associate · a top-10 firm (2)" {
		t.Errorf("after archiving, the same search got brief %d %q, want a new one, numbered", again.BriefID, again.Brief)
	}
	if _, err := db.ArchiveBrief(9, "Lee Park", start); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("archiving no brief: %v", err)
	}
	dict, err := db.Dict()
	if err != nil || dict.Briefs.Name(1) != a.Brief || dict.Briefs.Name(3) != again.Brief {
		t.Errorf("the dictionary's briefs %q, %v", dict.Briefs, err)
	}
	var codes []uint32
	check(t, db.ForEachFact(func(f outreach.Fact) bool { codes = append(codes, f.Brief); return true }))
	if want := []uint32{1, 1, 2, 0, 1, 3}; !slices.Equal(codes, want) {
		t.Errorf("facts' briefs %v, want %v", codes, want)
	}
}

// TestBriefsMigration: a file of schema 3 is read as it is (no briefs)
// and gets the briefs bucket when a writer opens it.
func TestBriefsMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "inmail.db")
	db, err := Open(path, Options{Now: func() time.Time { return start.Add(time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	mustSend(t, db, message(1, start))
	check(t, db.Close())
	// Back to schema 3, as an older inmail left it.
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	check(t, b.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketBriefs); err != nil {
			return err
		}
		if err := tx.Bucket(bucketMigrations).Delete(u32(4)); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put([]byte("schema"), u32(3))
	}))
	check(t, b.Close())

	ro, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("a read-only open of schema 3: %v", err)
	}
	if briefs, err := ro.Briefs(); err != nil || len(briefs) != 0 {
		t.Errorf("briefs of schema 3: %+v, %v", briefs, err)
	}
	if d, err := ro.Dict(); err != nil || d.Briefs.Name(1) != "" {
		t.Errorf("the dictionary of schema 3: %+v, %v", d, err)
	}
	check(t, ro.Close())

	rw, err := Open(path, Options{Now: func() time.Time { return start.Add(time.Hour) }})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	check(t, rw.view(func(tx *bolt.Tx) error {
		if v, _ := schemaOf(tx, path); v != SchemaVersion || tx.Bucket(bucketBriefs) == nil || tx.Bucket(bucketMigrations).Get(u32(4)) == nil {
			t.Errorf("schema %d after a writable open, briefs bucket %v", v, tx.Bucket(bucketBriefs) != nil)
		}
		return nil
	}))
	m := message(2, start.Add(time.Minute))
	m.Client = "a top-10 firm"
	if got, err := rw.Message(mustSend(t, rw, m)); err != nil || got.BriefID != 1 {
		t.Errorf("the first send after the migration: brief %d, %v", got.BriefID, err)
	}
}

// TestBriefsSalvaged: a salvage copies the briefs, their ids still
// issued, and the messages' fact records keep their brief; doctor counts
// the briefs as records it reads.
func TestBriefsSalvaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "inmail.db")
	clock := func() time.Time { return start.Add(time.Hour) }
	db, err := Open(path, Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	m := message(1, start)
	m.Client = "a top-10 firm"
	mustSend(t, db, m)
	check(t, db.Close())
	if r, err := Check(path, time.Second); err != nil || !r.OK() || r.Records["brief"] != 1 {
		t.Errorf("Check: %+v, %v", r, err)
	}
	dst := filepath.Join(t.TempDir(), "salvaged.db")
	res, err := Salvage(path, dst, clock)
	if err != nil || res.Briefs != 1 {
		t.Fatalf("Salvage = %+v, %v", res, err)
	}
	db, err = Open(dst, Options{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var codes []uint32
	check(t, db.ForEachFact(func(f outreach.Fact) bool { codes = append(codes, f.Brief); return true }))
	if bs, err := db.Briefs(); err != nil || len(bs) != 1 || bs[0].Name != "Senior M&A Associate · a top-10 firm" || !slices.Equal(codes, []uint32{1}) {
		t.Errorf("after salvage: briefs %+v, %v; facts' briefs %v", bs, err, codes)
	}
	m = message(2, start.Add(time.Minute))
	m.Client = "Northgate Bank"
	if got, err := db.Message(mustSend(t, db, m)); err != nil || got.BriefID != 2 {
		t.Errorf("a new brief after salvage got id %d, %v; want 2", got.BriefID, err)
	}
}
