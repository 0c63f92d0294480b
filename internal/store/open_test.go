package store

import (
	"bytes"
	"crypto/rand"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

func TestOpenCreatesPrivateFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "folder")
	path := filepath.Join(dir, "inmail.db")
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for p, want := range map[string]os.FileMode{path: 0o600, dir: 0o700 | os.ModeDir, filepath.Dir(dir): 0o700 | os.ModeDir} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode() != want {
			t.Errorf("%s has mode %v, want %v", p, info.Mode(), want)
		}
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".inmail-new-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	err = db.view(func(tx *bolt.Tx) error {
		if v, err := schemaOf(tx, path); err != nil || v != SchemaVersion {
			t.Errorf("schema = %d, %v; want %d", v, err, SchemaVersion)
		}
		if tx.Bucket(bucketMigrations).Get(u32(1)) == nil {
			t.Error("migration 1 is not recorded")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestOpenExistingFolderKeepsItsMode(t *testing.T) {
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	db, err := Open(filepath.Join(dir, "inmail.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	if info, _ := os.Stat(dir); info.Mode().Perm() != 0o755 {
		t.Errorf("an existing folder was changed to %v", info.Mode().Perm())
	}
}

func TestOpenLocked(t *testing.T) {
	db, _ := MustOpen(t)
	want := db.Path() + " is in use by another inmail (close it, or use --db to pick another file)"
	for _, ro := range []bool{false, true} {
		began := time.Now()
		_, err := Open(db.Path(), Options{Timeout: 50 * time.Millisecond, ReadOnly: ro})
		if err == nil {
			t.Fatalf("read-only %v: a second open succeeded", ro)
		}
		if err.Error() != want {
			t.Errorf("read-only %v: got %q, want %q", ro, err, want)
		}
		if !errors.Is(err, ErrLocked) || outreach.ErrorCode(err) != outreach.EBUSY {
			t.Errorf("read-only %v: %v is not ErrLocked with EBUSY", ro, err)
		}
		if d := time.Since(began); d > 2*time.Second {
			t.Errorf("waited %v for a 50ms timeout", d)
		}
	}
	// The first handle still works.
	if _, _, err := db.Send(message(1, start), ""); err != nil {
		t.Errorf("send after a refused second open: %v", err)
	}
}

func TestOpenDefaultTimeoutIsOneSecond(t *testing.T) {
	if testing.Short() {
		t.Skip("waits a second")
	}
	db, _ := MustOpen(t)
	began := time.Now()
	_, err := Open(db.Path(), Options{})
	if d := time.Since(began); !errors.Is(err, ErrLocked) || d < 900*time.Millisecond || d > 3*time.Second {
		t.Errorf("second open: %v after %v, want ErrLocked after about 1s", err, d)
	}
}

// validDB makes an inmail database with a few messages and returns its path.
func validDB(t *testing.T) string {
	t.Helper()
	db, _ := MustOpen(t)
	for i := range 30 {
		mustSend(t, db, message(i, start.Add(-time.Duration(i)*time.Hour)))
	}
	path := db.Path()
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// MustOpen's cleanup closes it again; bbolt allows that.
	return path
}

func TestOpenRefusesAndLeavesFileUnchanged(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	boltFile := func(name string) string {
		p := filepath.Join(dir, name)
		b, err := bolt.Open(p, 0o644, nil)
		if err != nil {
			t.Fatal(err)
		}
		err = b.Update(func(tx *bolt.Tx) error {
			bk, err := tx.CreateBucket([]byte("widgets"))
			if err != nil {
				return err
			}
			return bk.Put([]byte("a"), []byte("b"))
		})
		if err != nil {
			t.Fatal(err)
		}
		b.Close()
		return p
	}
	withMeta := func(name string, magic string) string {
		p := boltFile(name)
		b, _ := bolt.Open(p, 0o644, nil)
		_ = b.Update(func(tx *bolt.Tx) error {
			m, _ := tx.CreateBucket(bucketMeta)
			return m.Put([]byte("magic"), []byte(magic))
		})
		b.Close()
		return p
	}
	mangle := func(name string, change func([]byte) []byte) string {
		data, err := os.ReadFile(validDB(t))
		if err != nil {
			t.Fatal(err)
		}
		return write(name, change(bytes.Clone(data)))
	}
	random := make([]byte, 64<<10)
	_, _ = rand.Read(random)
	newer := withMeta("newer.db", magic)
	{
		b, _ := bolt.Open(newer, 0o644, nil)
		_ = b.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketMeta).Put([]byte("schema"), u32(SchemaVersion+1)) })
		b.Close()
	}

	tests := []struct {
		name   string
		path   string
		sentry error
		say    string
	}{
		{"text file", write("notes.db", []byte("dear diary\n")), ErrForeign, "is not an inmail database (it has no bbolt header)"},
		{"random bytes", write("random.db", random), ErrForeign, "no bbolt header"},
		{"empty file", write("empty.db", nil), ErrForeign, "the file is empty"},
		{"another app's bbolt file", boltFile("other.db"), ErrForeign, "without inmail's records"},
		{"a bbolt file with a meta bucket but not ours", withMeta("meta.db", "something else"), ErrForeign, "without inmail's mark"},
		{"from a newer inmail", newer, ErrNewer, "upgrade inmail"},
		{"truncated", mangle("truncated.db", func(b []byte) []byte { return b[:len(b)/2] }), ErrDamaged, "cut short"},
		{"both header pages corrupt", mangle("meta.db2", func(b []byte) []byte {
			copy(b[16+8:], "xxxxxxxx")
			copy(b[4096+16+8:], "xxxxxxxx")
			return b
		}), ErrDamaged, "both header pages are corrupt"},
		{"data pages zeroed", mangle("pages.db", func(b []byte) []byte {
			clear(b[2*4096:])
			return b
		}), ErrDamaged, "is damaged ("},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, err := os.ReadFile(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			info, _ := os.Stat(tt.path)
			for _, ro := range []bool{false, true} {
				db, err := Open(tt.path, Options{ReadOnly: ro, Timeout: 100 * time.Millisecond})
				if err == nil {
					db.Close()
					t.Fatalf("read-only %v: opened", ro)
				}
				code := outreach.EINVALID
				if tt.sentry == ErrDamaged {
					code = outreach.EDAMAGED
				}
				if !errors.Is(err, tt.sentry) || outreach.ErrorCode(err) != code {
					t.Errorf("read-only %v: %v (code %s), want %v with %s", ro, err, outreach.ErrorCode(err), tt.sentry, code)
				}
				if !strings.Contains(err.Error(), tt.say) || !strings.HasPrefix(err.Error(), tt.path) {
					t.Errorf("read-only %v: %q does not start with the path and say %q", ro, err, tt.say)
				}
			}
			after, err := os.ReadFile(tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Error("the file was changed")
			}
			if info2, _ := os.Stat(tt.path); info2.Mode() != info.Mode() {
				t.Errorf("mode changed from %v to %v", info.Mode(), info2.Mode())
			}
		})
	}
}

func TestOpenFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := Open(dir, Options{})
	if !errors.Is(err, ErrForeign) || !strings.Contains(err.Error(), "folder") {
		t.Errorf("Open(folder) = %v", err)
	}
}

func TestOpenReadOnly(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.db")
	_, err := Open(missing, Options{ReadOnly: true})
	if outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("read-only open of a missing file = %v, want ENOTFOUND", err)
	}
	if _, statErr := os.Stat(missing); statErr == nil {
		t.Error("a read-only open created the file")
	}

	path := validDB(t)
	a, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(path, Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("two readers at once: %v", err)
	}
	defer b.Close()
	if ms, err := b.Messages(outreach.Filter{}); err != nil || len(ms) != 30 {
		t.Errorf("read-only Messages = %d, %v; want 30", len(ms), err)
	}
	if _, _, err := a.Send(message(99, start), ""); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("Send on a read-only store = %v", err)
	}
}

func TestReopen(t *testing.T) {
	path := validDB(t)
	db, err := Open(path, Options{Now: func() time.Time { return start }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ms, err := db.Messages(outreach.Filter{})
	if err != nil || len(ms) != 30 {
		t.Fatalf("after reopening: %d messages, %v", len(ms), err)
	}
	if id := mustSend(t, db, message(100, start)); id != 31 {
		t.Errorf("next id = %d, want 31", id)
	}
}

func TestGuardTurnsPanicsIntoDamage(t *testing.T) {
	err := guard("x.db", func() error { panic("invalid page type: 7: 0") })
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "x.db is damaged (invalid page type: 7: 0)") {
		t.Errorf("guard = %v", err)
	}
}

func TestMigrations(t *testing.T) {
	path := validDB(t)
	ran := 0
	saved, savedVersion := migrations, SchemaVersion
	t.Cleanup(func() { migrations, SchemaVersion = saved, savedVersion })
	migrations = append(slices.Clip(saved), migration{SchemaVersion + 1, "add a test bucket", func(tx *bolt.Tx) error {
		ran++
		_, err := tx.CreateBucket([]byte("test-v2"))
		return err
	}, false})
	SchemaVersion++

	if _, err := Open(path, Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "needs an upgrade") {
		t.Errorf("read-only open of an old schema: %v", err)
	}
	for range 2 {
		db, err := Open(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		err = db.view(func(tx *bolt.Tx) error {
			if v, _ := schemaOf(tx, path); v != SchemaVersion {
				t.Errorf("schema %d after opening, want %d", v, SchemaVersion)
			}
			if tx.Bucket([]byte("test-v2")) == nil || tx.Bucket(bucketMigrations).Get(u32(SchemaVersion)) == nil {
				t.Error("the migration did not run or was not recorded")
			}
			return nil
		})
		check(t, err)
		check(t, db.Close())
	}
	if ran != 1 {
		t.Errorf("the migration ran %d times, want once", ran)
	}
}
