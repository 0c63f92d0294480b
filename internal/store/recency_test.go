package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// mustRecencyExact fails unless the recency index holds exactly the
// candidates' entries, and lists them in Candidates' order.
func mustRecencyExact(t *testing.T, db *DB, when string) {
	t.Helper()
	if err := db.view(func(tx *bolt.Tx) error {
		off, err := recencyOff(tx)
		if err == nil && off != 0 {
			t.Errorf("%s: %d recency index entries disagree with the candidates", when, off)
		}
		return err
	}); err != nil {
		t.Fatal(err)
	}
	full, err := db.Candidates()
	if err != nil {
		t.Fatal(err)
	}
	page, total, err := db.CandidatePage(outreach.CandidateCursor{}, len(full)+5)
	if err != nil {
		t.Fatal(err)
	}
	if total != len(full) || len(page) != len(full) {
		t.Fatalf("%s: a page of %d of %d, %d candidates saved", when, len(page), total, len(full))
	}
	for i, c := range full {
		if want := c.Summary(); !reflect.DeepEqual(page[i], want) {
			t.Errorf("%s: row %d = %+v, want %+v", when, i, page[i], want)
		}
	}
}

func linkedIn(n int) string { return fmt.Sprintf("https://www.linkedin.com/in/candidate-%d/", n) }

// TestRecencyFollowsWrites: every write of a candidate keeps the index
// exact, in the same transaction.
func TestRecencyFollowsWrites(t *testing.T) {
	db, clk := MustOpen(t)
	for i := 1; i <= 3; i++ {
		clk.Add(time.Minute)
		if _, err := db.PutCandidate(profile.Profile{ID: linkedIn(i), Name: fmt.Sprintf("Person %d", i), Company: "Firm"}); err != nil {
			t.Fatal(err)
		}
	}
	mustRecencyExact(t, db, "put")
	clk.Add(time.Minute)
	if _, err := db.PutCandidate(profile.Profile{ID: linkedIn(1), Name: "Person One", Title: "Partner"}); err != nil {
		t.Fatal(err)
	}
	mustRecencyExact(t, db, "put again (added kept, title changed)")
	if page, _, _ := db.CandidatePage(outreach.CandidateCursor{}, 1); page[0].Name != "Person 3" {
		t.Errorf("a re-put moved the candidate up: %s first", page[0].Name)
	}
	clk.Add(time.Minute)
	mustSend(t, db, message(1, clk.Now()))
	mustRecencyExact(t, db, "send")
	if page, _, _ := db.CandidatePage(outreach.CandidateCursor{}, 1); page[0].Name != "Person One" {
		t.Errorf("the candidate just messaged is not first: %s", page[0].Name)
	}
	if _, err := db.PutCandidates([]profile.Profile{{ID: linkedIn(4), Name: "Four"}, {Name: "No URL"}, {ID: linkedIn(2), Name: "Two"}}); err != nil {
		t.Fatal(err)
	}
	mustRecencyExact(t, db, "import")
	if err := db.DeleteCandidate(linkedIn(2)); err != nil {
		t.Fatal(err)
	}
	mustRecencyExact(t, db, "delete")
	if n, err := db.CandidateCount(); err != nil || n != 4 {
		t.Errorf("CandidateCount = %d, %v; want 4", n, err)
	}
	// A send that fails writes nothing, the index included.
	bad := message(3, clk.Now().Add(time.Hour))
	if _, _, err := db.Send(bad, ""); err == nil {
		t.Fatal("a send dated in the future was logged")
	}
	mustRecencyExact(t, db, "a refused send")
}

// TestRecencyZones: an entry written from a candidate as saved is the
// entry their JSON record gives, whatever the clock's zone (a time at
// offset 0 comes back from JSON as UTC).
func TestRecencyZones(t *testing.T) {
	for _, zone := range []*time.Location{time.FixedZone("GMT", 0), time.FixedZone("", 3600), time.Local} {
		db, clk := MustOpen(t)
		clk.Set(start.In(zone))
		if _, err := db.PutCandidate(profile.Profile{ID: linkedIn(1), Name: "A"}); err != nil {
			t.Fatal(err)
		}
		clk.Add(time.Minute)
		mustSend(t, db, message(1, clk.Now()))
		mustRecencyExact(t, db, "a clock in "+zone.String())
	}
}

// TestRecencyDeleteDamaged: deleting a candidate whose record cannot be
// read takes their entry out too.
func TestRecencyDeleteDamaged(t *testing.T) {
	db, _ := MustOpen(t)
	c, err := db.PutCandidate(profile.Profile{ID: linkedIn(1), Name: "A"})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.update(func(tx *bolt.Tx) error { return tx.Bucket(bucketCandidates).Put([]byte(c.ID), []byte("{")) }); err != nil {
		t.Fatal(err)
	}
	if err := db.DeleteCandidate(c.ID); err != nil {
		t.Fatal(err)
	}
	if page, n, err := db.CandidatePage(outreach.CandidateCursor{}, 10); err != nil || n != 0 || len(page) != 0 {
		t.Errorf("after deleting a damaged candidate: %d listed of %d, %v", len(page), n, err)
	}
}

// manyCandidates saves n candidates, three at each minute (ties broken
// by id), and returns them in the list's order.
func manyCandidates(t *testing.T, db *DB, clk *clock, n int) []outreach.CandidateSummary {
	t.Helper()
	var ps []profile.Profile
	for i := range n {
		if i%3 == 0 {
			if _, err := db.PutCandidates(ps); err != nil {
				t.Fatal(err)
			}
			ps = ps[:0]
			clk.Add(time.Minute)
		}
		ps = append(ps, profile.Profile{ID: linkedIn(i), Name: fmt.Sprintf("Person %d", i), Company: []string{"Halden", "Stroud", "Pollen"}[i%3],
			Title: "Associate", Seniority: []string{"associate", "senior-associate"}[i%2]})
	}
	if _, err := db.PutCandidates(ps); err != nil {
		t.Fatal(err)
	}
	full, err := db.Candidates()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]outreach.CandidateSummary, len(full))
	for i, c := range full {
		out[i] = c.Summary()
	}
	return out
}

// TestCandidatePaging: pages read one after another list every candidate
// once, in order, across ties; a cursor whose candidate has moved since
// still reads on from its place.
func TestCandidatePaging(t *testing.T) {
	db, clk := MustOpen(t)
	want := manyCandidates(t, db, clk, 27)
	var got []outreach.CandidateSummary
	after := outreach.CandidateCursor{}
	for range 10 {
		page, total, err := db.CandidatePage(after, 7)
		if err != nil || total != 27 {
			t.Fatalf("page after %v: total %d, %v", after, total, err)
		}
		if len(page) == 0 {
			break
		}
		got = append(got, page...)
		after = page[len(page)-1].Cursor()
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("paged %d rows, want %d in Candidates' order", len(got), len(want))
	}
	if want[0].Recent() != want[1].Recent() || want[0].ID > want[1].ID {
		t.Fatalf("no tie broken by id at the top: %v, %v", want[0].Cursor(), want[1].Cursor())
	}
	// The candidate at row 9 is messaged: a page after their old place
	// starts at row 10 still.
	mark := want[9].Cursor()
	var n int
	fmt.Sscanf(want[9].ID, "linkedin.com/in/candidate-%d", &n)
	clk.Add(time.Minute)
	mustSend(t, db, message(n, clk.Now()))
	page, _, err := db.CandidatePage(mark, 2)
	if err != nil || len(page) != 2 || page[0].ID != want[10].ID {
		t.Errorf("after a moved cursor: %v, %v; want %s first", page, err, want[10].ID)
	}
	if page, _, _ := db.CandidatePage(outreach.CandidateCursor{}, 1); page[0].ID != want[9].ID {
		t.Errorf("the candidate messaged is not first: %s", page[0].ID)
	}
}

// TestSearchCandidates: the filter's words all match, in any field or the
// level's label, ignoring case; matches come in the list's order, n at a
// time, with whether more match.
func TestSearchCandidates(t *testing.T) {
	db, clk := MustOpen(t)
	all := manyCandidates(t, db, clk, 30)
	labels := map[string]string{"senior-associate": "Senior Associate (SA)"}
	var halden []outreach.CandidateSummary
	for _, c := range all {
		if c.Company == "Halden" && c.Seniority == "senior-associate" {
			halden = append(halden, c)
		}
	}
	ctx := context.Background()
	got, more, err := db.SearchCandidates(ctx, "  HALDEN (sa) ", labels, outreach.CandidateCursor{}, 3)
	if err != nil || !more || !reflect.DeepEqual(got, halden[:3]) {
		t.Fatalf("first 3 = %v, more %v, %v; want %v, more", got, more, err, halden[:3])
	}
	rest, more, err := db.SearchCandidates(ctx, "halden (sa)", labels, got[2].Cursor(), 10)
	if err != nil || more || !reflect.DeepEqual(rest, halden[3:]) {
		t.Errorf("the rest = %d, more %v, %v; want %d, no more", len(rest), more, err, len(halden)-3)
	}
	if got, more, _ := db.SearchCandidates(ctx, "halden (sa)", labels, outreach.CandidateCursor{}, len(halden)); more || len(got) != len(halden) {
		t.Errorf("exactly all %d: %d, more %v", len(halden), len(got), more)
	}
	if got, _, _ := db.SearchCandidates(ctx, "candidate-17", nil, outreach.CandidateCursor{}, 5); len(got) != 1 || got[0].Name != "Person 17" {
		t.Errorf("by profile URL: %v", got)
	}
	if got, _, _ := db.SearchCandidates(ctx, "person nobody", nil, outreach.CandidateCursor{}, 5); len(got) != 0 {
		t.Errorf("a word nobody has matched %d", len(got))
	}
	clk.Add(time.Minute)
	if _, err := db.PutCandidate(profile.Profile{ID: linkedIn(99), Name: "INÈS MOREAU", Location: "Łódź"}); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := db.SearchCandidates(ctx, "inès łódź", nil, outreach.CandidateCursor{}, 5); len(got) != 1 {
		t.Errorf("non-ASCII letters do not match ignoring case: %v", got)
	}
	if got, _, _ := db.SearchCandidates(ctx, "", nil, outreach.CandidateCursor{}, 5); len(got) != 5 || got[0].Name != "INÈS MOREAU" {
		t.Errorf("an empty filter is not the list's first page: %v", got)
	}
	// The index's matching is the list's (outreach.CandidateSummary.Matches).
	whole, _ := db.CandidateSummaries()
	for _, q := range []string{"person 2", "STROUD associate", "sa", "łódź", "in/candidate-1", "senior associate (sa)", "x y"} {
		var want []outreach.CandidateSummary
		for _, c := range whole {
			if c.Matches(strings.Fields(strings.ToLower(q)), labels) {
				want = append(want, c)
			}
		}
		got, more, err := db.SearchCandidates(ctx, q, labels, outreach.CandidateCursor{}, len(whole))
		if err != nil || more || !reflect.DeepEqual(got, want) {
			t.Errorf("%q: the index found %d, Matches %d (%v)", q, len(got), len(want), err)
		}
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	manyCandidates(t, db, clk, 2000)
	if _, _, err := db.SearchCandidates(done, "nobody at all", nil, outreach.CandidateCursor{}, 5); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled search over 2,000 returned %v", err)
	}
}

// downgrade makes the file at path a schema 5 one, from before the
// recency index.
func downgrade(t *testing.T, path string) {
	t.Helper()
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	check(t, b.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(bucketRecency); err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Delete(metaRecencyCount); err != nil {
			return err
		}
		for v := uint32(6); v <= SchemaVersion; v++ {
			if err := tx.Bucket(bucketMigrations).Delete(u32(v)); err != nil {
				return err
			}
		}
		return tx.Bucket(bucketMeta).Put([]byte("schema"), u32(5))
	}))
	check(t, b.Close())
}

// TestRecencyMigration: a file from before the index is listed from its
// records when opened read-only, and gets the index at a writable open.
func TestRecencyMigration(t *testing.T) {
	path := filepath.Join(t.TempDir(), "inmail.db")
	clk := &clock{t: start}
	db, err := Open(path, Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	want := manyCandidates(t, db, clk, 10)
	check(t, db.Close())
	downgrade(t, path)

	ro, err := Open(path, Options{ReadOnly: true, Now: clk.Now})
	if err != nil {
		t.Fatalf("a read-only open of schema 5: %v", err)
	}
	page, total, err := ro.CandidatePage(want[3].Cursor(), 4)
	if err != nil || total != 10 || !reflect.DeepEqual(page, want[4:8]) {
		t.Errorf("schema 5, read-only: %d of %d, %v", len(page), total, err)
	}
	var paged []outreach.CandidateSummary
	for after := (outreach.CandidateCursor{}); ; {
		page, _, err := ro.CandidatePage(after, 3)
		if err != nil || len(page) == 0 {
			break
		}
		paged, after = append(paged, page...), page[len(page)-1].Cursor()
	}
	if !reflect.DeepEqual(paged, want) {
		t.Errorf("schema 5, read-only, in pages of 3 (across ties): %d rows, not in the list's order", len(paged))
	}
	if got, more, err := ro.SearchCandidates(context.Background(), "halden", nil, outreach.CandidateCursor{}, 1); err != nil || !more || got[0].Company != "Halden" {
		t.Errorf("schema 5 search: %v, %v, %v", got, more, err)
	}
	check(t, ro.Close())

	rw, err := Open(path, Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	mustRecencyExact(t, rw, "after the migration")
}

func TestRecencySummaryEncoding(t *testing.T) {
	loc := time.FixedZone("", 5*3600+30*60)
	c := outreach.CandidateSummary{ID: "inmail:3", ProfileID: "inmail:3", Name: "Ann", Headline: "h", Title: "t", Company: "c",
		Location: "l", Seniority: "s", AddedAt: start.In(loc), UpdatedAt: start.Add(time.Nanosecond), LastUsed: time.Time{}}
	for _, s := range []outreach.CandidateSummary{c, {ID: "x", ProfileID: "https://x"}} {
		e, err := recencyEntry(s)
		if err != nil {
			t.Fatal(err)
		}
		got, err := decodeRecency(e.k, e.v)
		if err != nil || !reflect.DeepEqual(got, s) {
			t.Errorf("round trip of %+v = %+v, %v", s, got, err)
		}
		for cut := range len(e.v) {
			if _, err := decodeRecency(e.k, e.v[:cut]); err == nil {
				t.Errorf("a record cut to %d bytes decoded", cut)
			}
		}
	}
}

// bulkCandidates are the candidates of a bulk load: new ones after the
// last saved id (written with their batch), a candidate saved before, one
// saved twice in the load and twice in one batch, and new ones before the
// last id (written at the end).
func bulkCandidates(saved outreach.Candidate) []Batch {
	c := func(id string, added time.Duration, used time.Duration) outreach.Candidate {
		x := outreach.Candidate{ID: id, Profile: profile.Profile{ID: id, Name: "Bulk " + id, Company: "Firm"}, AddedAt: start.Add(added), UpdatedAt: start.Add(added)}
		if used != 0 {
			x.LastUsed = start.Add(used)
		}
		return x
	}
	again := saved
	again.Profile.Title, again.LastUsed = "Partner", start.Add(9*time.Hour)
	return []Batch{
		{Candidates: []outreach.Candidate{c("zz:1", time.Hour, 0), c("zz:2", time.Hour, 0), c("zz:3", 2*time.Hour, 5*time.Hour)}},
		{Candidates: []outreach.Candidate{again, c("zz:2", time.Hour, 7*time.Hour), c("aa:1", 3*time.Hour, 0)}},
		{Candidates: []outreach.Candidate{c("aa:2", 4*time.Hour, 0), c("aa:2", 4*time.Hour, 0), c("aa:3", time.Hour, 0), c("aa:3", time.Hour, 8*time.Hour)}},
	}
}

// TestRecencyBulkLoad: a bulk load's candidates are in the index, the
// records it replaced are not, and the count is right.
func TestRecencyBulkLoad(t *testing.T) {
	db, clk := MustOpen(t)
	clk.Set(start.Add(24 * time.Hour))
	saved, err := db.PutCandidate(profile.Profile{ID: linkedIn(1), Name: "Saved"})
	check(t, err)
	_, err = db.PutCandidate(profile.Profile{ID: linkedIn(2), Name: "Kept"})
	check(t, err)
	check(t, db.BulkLoadBatches(slices.Values(bulkCandidates(saved))))
	mustRecencyExact(t, db, "bulk load")
	if n, _ := db.CandidateCount(); n != 8 {
		t.Errorf("%d candidates counted, want 8", n)
	}
	page, _, _ := db.CandidatePage(outreach.CandidateCursor{}, 1)
	if page[0].ID != saved.ID || page[0].Title != "Partner" {
		t.Errorf("the candidate the load replaced, last used latest, is not first as replaced: %+v", page[0])
	}
}

// TestRecencyBulkLoadCutShort: a load stopped before its recency entries
// are written leaves the index pending, and the next writable open
// builds it again.
func TestRecencyBulkLoadCutShort(t *testing.T) {
	db, clk := MustOpen(t)
	clk.Set(start.Add(24 * time.Hour))
	saved, err := db.PutCandidate(profile.Profile{ID: linkedIn(1), Name: "Saved"})
	check(t, err)
	boom := errors.New("boom")
	db.fail = func(stage string) error {
		if stage == "merge" {
			return boom
		}
		return nil
	}
	if err := db.BulkLoadBatches(slices.Values(bulkCandidates(saved))); !errors.Is(err, boom) {
		t.Fatalf("a load whose merge fails: %v", err)
	}
	path := db.Path()
	check(t, db.Close())
	db, err = Open(path, Options{Now: clk.Now})
	check(t, err)
	defer db.Close()
	mustRecencyExact(t, db, "the open after a load cut short")
}

// TestRecencySalvage: a salvaged copy's candidates are in its recency
// index.
func TestRecencySalvage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "inmail.db")
	clk := &clock{t: start}
	db, err := Open(path, Options{Now: clk.Now})
	check(t, err)
	manyCandidates(t, db, clk, 12)
	clk.Add(time.Minute)
	mustSend(t, db, message(4, clk.Now()))
	check(t, db.Close())
	dst := filepath.Join(t.TempDir(), "salvaged.db")
	res, err := Salvage(path, dst, clk.Now)
	if err != nil || res.Candidates != 12 {
		t.Fatalf("salvage: %+v, %v", res, err)
	}
	cp, err := Open(dst, Options{Now: clk.Now})
	check(t, err)
	defer cp.Close()
	mustRecencyExact(t, cp, "salvaged copy")
	if page, _, _ := cp.CandidatePage(outreach.CandidateCursor{}, 1); len(page) != 1 || page[0].ID != "linkedin.com/in/candidate-4" {
		t.Errorf("the copy's first candidate: %v", page)
	}
}

// TestCheckFindsRecencyOff: Check counts the entries that disagree, and
// RebuildRecency mends them.
func TestCheckFindsRecencyOff(t *testing.T) {
	db, clk := MustOpen(t)
	manyCandidates(t, db, clk, 6)
	check(t, db.update(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketRecency).Cursor()
		k, v := c.First()
		if err := c.Delete(); err != nil {
			return err
		}
		// One missing, one left over, one different.
		k2, v2 := c.Next()
		if err := tx.Bucket(bucketRecency).Put(k[:len(k)-1], v); err != nil {
			return err
		}
		return tx.Bucket(bucketRecency).Put(k2, append(v2[:len(v2):len(v2)], 'x'))
	}))
	path := db.Path()
	check(t, db.Close())
	r, err := Check(path, time.Second)
	if err != nil || r.RecencyOff != 3 || r.Structural != 0 || r.OK() {
		t.Fatalf("Check: off %d, %+v, %v", r.RecencyOff, r.Problems, err)
	}
	// The entry with a byte too many is also a record that cannot be read.
	if r.Records["recency index record"] != 5 || r.NUndecodable != 1 {
		t.Errorf("Check read %d recency index records, %d undecodable (%v)", r.Records["recency index record"], r.NUndecodable, r.Undecodable)
	}
	db, err = Open(path, Options{Now: clk.Now})
	check(t, err)
	defer db.Close()
	check(t, db.RebuildRecency())
	mustRecencyExact(t, db, "rebuilt")
}
