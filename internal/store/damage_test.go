package store

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// smallLog writes a log of n messages (every third answered, some
// candidates and a draft) to a new file and returns its path.
func smallLog(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "inmail.db")
	clk := &clock{t: start}
	db, err := Open(path, Options{Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i := range n {
		at := start.Add(-time.Duration(n-i) * time.Hour)
		id := mustSend(t, db, message(i, at))
		if i%3 == 0 {
			if _, err := db.AppendEvent(outreach.Event{MessageID: id, Outcome: outreach.Replied, At: at.Add(time.Minute), Source: outreach.Manual}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := db.PutAnchor(outreach.Anchor{Recruiter: "Jordan Blake", At: start.Add(-time.Hour), Balance: 40}); err != nil {
		t.Fatal(err)
	}
	return path
}

func fileHash(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// boltChecker builds testdata/boltcheck, which runs bbolt's consistency
// check in a process of its own, and returns a function that reports
// whether the check rejects a file (or cannot run on it).
func boltChecker(t *testing.T) func(path string) bool {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "boltcheck")
	if out, err := exec.Command("go", "build", "-o", bin, "./testdata/boltcheck").CombinedOutput(); err != nil {
		t.Fatalf("build boltcheck: %v\n%s", err, out)
	}
	return func(path string) bool { return exec.Command(bin, path).Run() != nil }
}

// TestDamagedFileIsNotWritten is issue 12's finding 4: of 41 bit-flipped
// files that bbolt's check rejects, send wrote into 21 with exit 0, and
// once said "inmail left it unchanged" while 5,898 bytes changed. Here bits
// are flipped at random in a small log; every copy bbolt's check rejects
// must be refused before anything is written, the file's hash must not
// change, the refusal must say so, and inmail doctor's Check must find the
// damage too.
func TestDamagedFileIsNotWritten(t *testing.T) {
	path := smallLog(t, 300)
	orig, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rejects := boltChecker(t)
	rng := rand.New(rand.NewPCG(12, 4))
	dir := t.TempDir()
	flips := 400
	if testing.Short() {
		flips = 80
	}
	damagedN := 0
	for i := range flips {
		b := bytes.Clone(orig)
		bit := rng.IntN(len(b) * 8)
		b[bit/8] ^= 1 << (bit % 8)
		p := filepath.Join(dir, fmt.Sprintf("flip-%d.db", i))
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		if !rejects(p) {
			os.Remove(p)
			continue
		}
		damagedN++
		if r, err := Check(p, time.Second); err == nil && r.Structural == 0 {
			t.Errorf("bit %d (page %d): bbolt's check rejects the file, doctor's Check finds nothing", bit, bit/8/4096)
		}
		before := sha256.Sum256(b)
		db, err := Open(p, Options{Now: func() time.Time { return start }})
		if err == nil {
			_, _, err = db.Send(message(1000, start), "key")
			db.Close()
		}
		if err == nil {
			t.Errorf("bit %d (page %d): the damaged file was written to", bit, bit/8/4096)
			continue
		}
		if after := fileHash(t, p); after != before {
			t.Errorf("bit %d: refused (%v) but the file changed", bit, err)
		}
		if msg := err.Error(); outreach.ErrorCode(err) != outreach.EDAMAGED && outreach.ErrorCode(err) != outreach.EINVALID ||
			outreach.ErrorCode(err) == outreach.EDAMAGED && !strings.Contains(msg, "inmail left it unchanged") {
			t.Errorf("bit %d: refused with %q (%s)", bit, msg, outreach.ErrorCode(err))
		}
		os.Remove(p)
	}
	t.Logf("%d flips, %d rejected by bbolt's check, all refused and unchanged", flips, damagedN)
	if damagedN < 3 {
		t.Fatalf("only %d of %d flips damaged the file: the test shows nothing", damagedN, flips)
	}
}

// corruptPage overwrites a page's key bytes so its keys are out of order.
func corruptPage(t *testing.T, path string, id uint64) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := fileMeta(path)
	if err != nil {
		t.Fatal(err)
	}
	pf := &pageFile{r: f, pageSize: int(m.pageSize), hwm: m.pgid}
	p, err := pf.read(id)
	if err != nil {
		t.Fatal(err)
	}
	// The first key becomes larger than every other.
	k, _, _ := p.entry(0)
	off := int64(id)*int64(m.pageSize) + int64(len(p.buf[:cap(p.buf)])-len(p.buf)) + int64(bytes.Index(p.buf, k))
	if _, err := f.WriteAt(bytes.Repeat([]byte{0xff}, len(k)), off); err != nil {
		t.Fatal(err)
	}
}

// leafOf finds the leaf page where key lies in the bucket of path.
func leafOf(t *testing.T, path string, p keyPath) uint64 {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := fileMeta(path)
	if err != nil {
		t.Fatal(err)
	}
	pf := &pageFile{r: f, pageSize: int(m.pageSize), hwm: m.pgid}
	root, err := pf.node(m.root)
	if err != nil {
		t.Fatal(err)
	}
	leaf, _ := pf.descend(root, p.buckets[0], 0)
	v, ok := leaf.lookup(p.buckets[0])
	if !ok {
		t.Fatalf("no bucket %q", p.buckets[0])
	}
	id, _, _ := bucketRoot(v)
	n, err := pf.node(id)
	if err != nil {
		t.Fatal(err)
	}
	if n, err = pf.descend(n, p.key, 0); err != nil {
		t.Fatal(err)
	}
	return n.id
}

// TestWritePathsOfALargeFile: on a file too large to read whole at open,
// the check at open reads the ends of the trees and a send the pages it
// writes through, and refuses damage there; damage on a page no send
// reads is left to inmail doctor.
func TestWritePathsOfALargeFile(t *testing.T) {
	saved := wholeCheckSize
	wholeCheckSize = 0
	t.Cleanup(func() { wholeCheckSize = saved })
	base := smallLog(t, 300)
	next := message(1000, start)
	tests := []struct {
		name    string
		page    keyPath
		refused string // "open", "send" or "" (written)
	}{
		{"the last leaf of the messages", at(u64(^uint64(0)), bucketMessages), "open"},
		{"the reuse index's leaf of the next line", at(lineKey(outreach.NormalizeLine(next.Personalization), 301), bucketLines), "send"},
		{"an old message's leaf", at(u64(1), bucketMessages), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "inmail.db")
			b, err := os.ReadFile(base)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			corruptPage(t, path, leafOf(t, path, tt.page))
			before := fileHash(t, path)
			db, err := Open(path, Options{Now: func() time.Time { return start }})
			refused := "open"
			if err == nil {
				refused = "send"
				_, _, err = db.Send(next, "")
				db.Close()
				if err == nil {
					refused = ""
				}
			}
			if refused != tt.refused {
				t.Fatalf("refused at %q (%v), want %q", refused, err, tt.refused)
			}
			if refused != "" {
				if outreach.ErrorCode(err) != outreach.EDAMAGED || fileHash(t, path) != before {
					t.Errorf("%v: the file changed, or the error is not EDAMAGED", err)
				}
				return
			}
			if r, err := Check(path, time.Second); err != nil || r.NProblems == 0 {
				t.Errorf("doctor does not find the damage: %+v, %v", r.Problems, err)
			}
		})
	}
}

// TestReadersSkipUndecodable is the rest of finding 4: one record that
// cannot be decoded made log, log --json and export fail. Readers now
// leave it out and count it; asked for by itself it is EDAMAGED.
func TestReadersSkipUndecodable(t *testing.T) {
	path := smallLog(t, 20)
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Update(func(tx *bolt.Tx) error {
		if err := tx.Bucket(bucketMessages).Put(u64(7), []byte(`{"id": 7, "candidate": `)); err != nil {
			return err
		}
		return tx.Bucket(bucketCandidates).Put([]byte("broken"), []byte("{"))
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	skips := &Skips{}
	db, err := Open(path, Options{Now: func() time.Time { return start }, ReadOnly: true, Skips: skips})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	es, err := db.Entries(outreach.Filter{})
	if err != nil || len(es) != 19 || skips.Count() != 1 || !strings.Contains(skips.First(), "message 7") {
		t.Errorf("Entries: %d entries, %v; skipped %d (%s)", len(es), err, skips.Count(), skips.First())
	}
	n := 0
	err = db.ForEachMessage(outreach.Filter{}, func(m outreach.Message, _ outreach.Fact) bool { n++; return true })
	if err != nil || n != 19 || skips.Count() != 2 {
		t.Errorf("ForEachMessage: %d messages, %v; skipped %d in all", n, err, skips.Count())
	}
	if _, err := db.Candidates(); err != nil || skips.Count() != 3 {
		t.Errorf("Candidates: %v; skipped %d in all", err, skips.Count())
	}
	if _, err := db.Message(7); outreach.ErrorCode(err) != outreach.EDAMAGED || !strings.Contains(err.Error(), "inmail doctor") {
		t.Errorf("Message(7): %v", err)
	}
	r, err := Check(path, time.Second)
	if err != nil || r.NUndecodable != 2 || r.NProblems != 0 {
		t.Errorf("Check: %d undecodable (%v), %d problems (%v), %v", r.NUndecodable, r.Undecodable, r.NProblems, r.Problems, err)
	}
}

// TestSalvage copies what can be read out of a damaged file into a new
// one that passes Check, with the messages' ids, and leaves the old file
// as it was.
func TestSalvage(t *testing.T) {
	path := smallLog(t, 300)
	corruptPage(t, path, leafOf(t, path, at(u64(150), bucketMessages)))
	before := fileHash(t, path)
	r, err := Check(path, time.Second)
	if err != nil || r.OK() {
		t.Fatalf("Check of the damaged file: %+v, %v", r, err)
	}
	dst := filepath.Join(t.TempDir(), "salvaged.db")
	res, err := Salvage(path, dst, func() time.Time { return start })
	if err != nil {
		t.Fatal(err)
	}
	if fileHash(t, path) != before {
		t.Error("salvage changed the damaged file")
	}
	if res.Messages < 250 || res.Messages >= 300 || res.Problems == 0 || res.Balances != 1 {
		t.Errorf("salvaged %+v", res)
	}
	r, err = Check(dst, time.Second)
	if err != nil || !r.OK() || !r.BoltChecked || r.Records["message"] != res.Messages {
		t.Errorf("Check of the copy: %+v, %v", r, err)
	}
	db, err := Open(dst, Options{Now: func() time.Time { return start }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, id := range []uint64{1, 300} {
		m, err := db.Message(id)
		if err != nil || m.Personalization != message(int(id)-1, time.Time{}).Personalization {
			t.Errorf("message %d in the copy: %q, %v", id, m.Personalization, err)
		}
	}
	if evs, err := db.Events(1); err != nil || len(evs) != 1 {
		t.Errorf("events of message 1: %v, %v", evs, err)
	}
	// The copy's ledger starts where the damaged file's did, and its next
	// message follows the last id.
	if s, err := db.LedgerStart(); err != nil || !s.Equal(start) {
		t.Errorf("LedgerStart of the copy: %v, %v; want %v", s, err, start)
	}
	if id := mustSend(t, db, message(2000, start)); id != 301 {
		t.Errorf("the next message is %d, want 301", id)
	}
	if _, err := Salvage(path, dst, time.Now); outreach.ErrorCode(err) != outreach.EINVALID {
		t.Errorf("salvage onto an existing file: %v", err)
	}
}

// TestRemoveLeftovers: the next open removes the temporary files of a
// creation that was killed, and leaves one still being built.
func TestRemoveLeftovers(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("no true(1) to find a process id that has ended")
	}
	dead := cmd.Process.Pid
	files := map[string]bool{ // name: removed
		fmt.Sprintf(".inmail-new-%d-123.db", dead):        true,
		fmt.Sprintf(".inmail-new-%d-456.db", os.Getpid()): false,
		".inmail-new-789.db":                              true, // an older inmail's, an hour old
		".inmail-new-790.db":                              false,
		"notes.db":                                        false,
	}
	for name := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("half"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	hourAgo := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join(dir, ".inmail-new-789.db"), hourAgo, hourAgo); err != nil {
		t.Fatal(err)
	}
	db, err := Open(filepath.Join(dir, "inmail.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := errors.Is(err, os.ErrNotExist); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
	// A new database leaves no temporary file of its own.
	left, _ := filepath.Glob(filepath.Join(dir, tempPrefix+fmt.Sprint(os.Getpid())+"-*"))
	if len(left) != 1 {
		t.Errorf("temporary files of this process: %v, want only the planted one", left)
	}
}

// TestQuickCheckCatchesAFreeListThatHoldsAPageInUse: a free list that
// lists a page in use would let the next write overwrite it.
func TestQuickCheckFreeList(t *testing.T) {
	path := smallLog(t, 50)
	m, err := fileMeta(path)
	if err != nil || m.freelist == noFreelist {
		t.Fatalf("meta %+v, %v", m, err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	// One free page: the root's.
	hdr := make([]byte, 24)
	binary.LittleEndian.PutUint64(hdr, m.freelist)
	binary.LittleEndian.PutUint16(hdr[8:], pageFreelist)
	binary.LittleEndian.PutUint16(hdr[10:], 1)
	binary.LittleEndian.PutUint64(hdr[16:], m.root)
	if _, err := f.WriteAt(hdr, int64(m.freelist)*int64(m.pageSize)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := fileHash(t, path)
	if _, err := Open(path, Options{}); outreach.ErrorCode(err) != outreach.EDAMAGED || !strings.Contains(err.Error(), "on the free list") {
		t.Errorf("Open: %v", err)
	}
	if fileHash(t, path) != before {
		t.Error("the file changed")
	}
}
