package cli

import (
	"crypto/sha256"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

// breakMessage overwrites message id's record with bytes that do not
// decode, as a bit flip inside it would.
func breakMessage(t *testing.T, path string, id byte) {
	t.Helper()
	b, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	key := []byte{0, 0, 0, 0, 0, 0, 0, id}
	if err := b.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte("messages")).Put(key, []byte(`{"id": 2, "cand`)) }); err != nil {
		t.Fatal(err)
	}
}

func hashOf(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// TestReadersShowWhatTheyCanRead is issue 12's finding 4, second part: one
// record that cannot be decoded made log, log --json and export fail
// entirely (exit 2). They now show every other message, end with one line
// naming inmail doctor, and exit 4.
func TestReadersShowWhatTheyCanRead(t *testing.T) {
	a := newTestApp(t)
	sent := testNow.Add(-48 * time.Hour)
	logSends(t, a, inmailTo("Priya Raman", "linkedin.com/in/priya", sent), inmailTo("Marcus Chen", "linkedin.com/in/marcus", sent.Add(time.Hour)),
		inmailTo("Elena Novak", "linkedin.com/in/elena", sent.Add(2*time.Hour)))
	breakMessage(t, a.DBPath, 2)
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"log"}, []string{"Priya Raman", "Elena Novak"}},
		{[]string{"log", "--json"}, []string{`"Priya Raman"`, `"Elena Novak"`}},
		{[]string{"export"}, []string{"Priya Raman", "Elena Novak"}},
		{[]string{"export", "--format", "jsonl"}, []string{"Priya Raman", "Elena Novak"}},
	} {
		out, errOut, code := runCLI(t, a, tt.args...)
		if code != ExitDamaged || !strings.Contains(errOut, "1 record in "+a.DBPath+" could not be read and was left out (the first: message 2") ||
			!strings.Contains(errOut, "inmail doctor --db "+a.DBPath) {
			t.Errorf("%v: code %d, stderr %q", tt.args, code, errOut)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) || strings.Contains(out, "Marcus") {
				t.Errorf("%v: want %q and no Marcus Chen:\n%s", tt.args, w, out)
			}
		}
		if tt.args[len(tt.args)-1] == "--json" {
			var v []any
			if err := json.Unmarshal([]byte(out), &v); err != nil || len(v) != 2 {
				t.Errorf("log --json: %d entries, %v", len(v), err)
			}
		}
	}
	if _, errOut, code := runCLI(t, a, "log", "show", "2"); code != ExitDamaged || !strings.Contains(errOut, "message 2 in "+a.DBPath+" cannot be read") {
		t.Errorf("log show 2: code %d, stderr %q", code, errOut)
	}
	if out, _, code := runCLI(t, a, "log", "show", "3"); code != ExitOK || !strings.Contains(out, "Elena Novak") {
		t.Errorf("log show 3: code %d\n%s", code, out)
	}
}

// TestDoctor checks a sound file, finds the damage in a damaged one and
// salvages it, leaving it as it was.
func TestDoctor(t *testing.T) {
	a := newTestApp(t)
	sent := testNow.Add(-48 * time.Hour)
	logSends(t, a, inmailTo("Priya Raman", "linkedin.com/in/priya", sent), inmailTo("Marcus Chen", "linkedin.com/in/marcus", sent.Add(time.Hour)),
		inmailTo("Elena Novak", "linkedin.com/in/elena", sent.Add(2*time.Hour)))
	out, errOut, code := runCLI(t, a, "doctor")
	if code != ExitOK || !strings.Contains(out, "3 candidate index records") || !strings.Contains(out, "3 messages") ||
		!strings.Contains(out, "bbolt's consistency check: done.") || !strings.HasSuffix(out, "No problems found.\n") {
		t.Fatalf("doctor on a sound file: code %d, stderr %q\n%s", code, errOut, out)
	}

	breakMessage(t, a.DBPath, 2)
	before := hashOf(t, a.DBPath)
	out, _, code = runCLI(t, a, "doctor")
	if code != ExitDamaged || !strings.Contains(out, "Records that cannot be read (1):\n  message 2: ") ||
		!strings.Contains(out, "doctor left it unchanged") {
		t.Errorf("doctor on a damaged file: code %d\n%s", code, out)
	}
	dst := filepath.Join(t.TempDir(), "salvaged.db")
	out, errOut, code = runCLI(t, a, "doctor", "--salvage", dst)
	if code != ExitOK || !strings.Contains(out, "Copied from "+a.DBPath+" into "+dst+": 2 messages, 0 events") ||
		!strings.Contains(out, "Could not be read: 1 message, 0 events, 0 other records.") || !strings.Contains(out, a.DBPath+" is left as it was.") {
		t.Errorf("salvage: code %d, stderr %q\n%s", code, errOut, out)
	}
	if hashOf(t, a.DBPath) != before {
		t.Error("doctor or salvage changed the damaged file")
	}
	b := *a
	b.DBPath = dst
	if out, _, code := runCLI(t, &b, "doctor"); code != ExitOK || !strings.Contains(out, "No problems found.") {
		t.Errorf("doctor on the salvaged copy: code %d\n%s", code, out)
	}
	if out, _, code := runCLI(t, &b, "log"); code != ExitOK || !strings.Contains(out, "Elena Novak") || !strings.Contains(out, "\n3 ") {
		t.Errorf("log of the salvaged copy (ids kept): code %d\n%s", code, out)
	}
	if _, errOut, code := runCLI(t, a, "doctor", "--salvage", dst); code != ExitBadInput || !strings.Contains(errOut, "already exists") {
		t.Errorf("salvage onto an existing file: code %d, %q", code, errOut)
	}
	c := newTestApp(t)
	if _, errOut, code := runCLI(t, c, "doctor"); code != ExitBadInput || !strings.Contains(errOut, "does not exist") {
		t.Errorf("doctor without a database: code %d, %q", code, errOut)
	}
}

// TestDoctorRebuildsRecency: a sound file whose recency index disagrees
// with the candidates (an entry missing, one left over) is mended by
// doctor, and the list shows every candidate again.
func TestDoctorRebuildsRecency(t *testing.T) {
	a := newTestApp(t)
	if _, errOut, code := runCLI(t, a, "candidates", "import", "testdata/candidates/Connections.csv"); code != ExitOK {
		t.Fatalf("import: %s", errOut)
	}
	b, err := bolt.Open(a.DBPath, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = b.Update(func(tx *bolt.Tx) error {
		r := tx.Bucket([]byte("recency"))
		k, _ := r.Cursor().First()
		if err := r.Delete(k); err != nil {
			return err
		}
		return r.Put([]byte("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xffgone"), []byte{1})
	})
	b.Close()
	if err != nil {
		t.Fatal(err)
	}
	if out, _, _ := runCLI(t, a, "candidates", "list"); strings.Count(out, "linkedin.com/in/") != 2 {
		t.Fatalf("the test needs a list missing a candidate:\n%s", out)
	}
	out, errOut, code := runCLI(t, a, "doctor")
	if code != ExitOK || !strings.Contains(out, "disagreed with the candidates in 2 entries; doctor built it again") || !strings.HasSuffix(out, "No problems found.\n") {
		t.Fatalf("doctor: code %d, %s\n%s", code, errOut, out)
	}
	if out, _, _ := runCLI(t, a, "candidates", "list"); strings.Count(out, "linkedin.com/in/") != 3 {
		t.Errorf("the list after doctor:\n%s", out)
	}
}
