package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/inmail/inmail/internal/outreach"
)

// Open opens the inmail database at path, creating it (0600, in a folder
// made 0700 when missing) when it does not exist. It waits up to
// opts.Timeout for the file lock.
//
// An existing file is checked before anything is written to it: its bbolt
// header is read by hand, then its inmail mark and schema through a
// read-only handle, and only then is it opened for writing and migrated to
// the current schema (under the write lock, the file is checked first for
// damage a write would meet: see quickCheck). A read-only open reads an
// older schema as it is when the migrations after it only add indexes
// (reads then do without them), and refuses it otherwise. A new file is
// built under a temporary name and linked into place, so path never holds
// a half-made database; the temporary files of a creation that was killed
// are removed by the next Open.
//
// Errors (*outreach.Error): EBUSY wrapping ErrLocked when another inmail
// holds the file; EDAMAGED wrapping ErrDamaged for a truncated or corrupt
// one; EINVALID wrapping ErrForeign for an empty file or one that is not an
// inmail database, ErrNewer for one written by a newer inmail; ENOTFOUND when a read-only
// open finds no file. Other failures (permissions, disk) are returned
// wrapped with the path.
func Open(path string, opts Options) (*DB, error) {
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	removeLeftovers(path, opts.Now())
	created := false
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && opts.ReadOnly:
		return nil, &outreach.Error{Code: outreach.ENOTFOUND, Err: err,
			Message: fmt.Sprintf("%s does not exist: nothing has been logged there yet (use --db to pick another file)", path)}
	case errors.Is(err, fs.ErrNotExist):
		if created, err = create(path, opts.Now()); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("open database %s: %w", path, err)
	case info.IsDir():
		return nil, foreign(path, "it is a folder")
	}
	if !created {
		if err := checkHeader(path); err != nil {
			return nil, err
		}
		if !opts.ReadOnly {
			// Look through a read-only handle before bbolt may write.
			if err := look(path, opts.Timeout); err != nil {
				return nil, err
			}
		}
	}
	var b *bolt.DB
	if opts.Bulk && !opts.ReadOnly {
		b, err = openBoltMapped(path, opts.Timeout, bulkMmapSize)
	} else {
		b, err = openBolt(path, opts.ReadOnly, opts.Timeout)
	}
	if err != nil {
		return nil, err
	}
	if !opts.ReadOnly && !created {
		// Under the write lock, before anything is written: see quickCheck.
		if err := quickCheck(path); err != nil {
			_ = b.Close()
			return nil, err
		}
	}
	db := &DB{Now: opts.Now, path: path, bolt: b, readOnly: opts.ReadOnly, skips: opts.Skips, unindexed: &unindexedList{}}
	if db.skips == nil {
		db.skips = &Skips{}
	}
	var version uint32
	err = db.view(func(tx *bolt.Tx) error {
		version, err = schemaOf(tx, path)
		return err
	})
	if err == nil && version < SchemaVersion {
		switch {
		case opts.ReadOnly && readableFrom(version):
			// Read as it is; the next writable open migrates it.
		case opts.ReadOnly:
			err = outreach.Errorf(outreach.EINVALID, "%s needs an upgrade to schema %d; open it once for writing (without read-only) first", path, SchemaVersion)
		default:
			err = guard(path, func() error { return migrate(b, version, opts.Now()) })
		}
	}
	if err == nil {
		err = db.finishBulkLoad()
	}
	if err != nil {
		_ = b.Close()
		return nil, err
	}
	return db, nil
}

// look checks an existing file's inmail mark and schema through a
// read-only handle.
func look(path string, timeout time.Duration) error {
	b, err := openBolt(path, true, timeout)
	if err != nil {
		return err
	}
	defer b.Close()
	return guard(path, func() error {
		return b.View(func(tx *bolt.Tx) error {
			_, err := schemaOf(tx, path)
			return err
		})
	})
}

// openBolt opens the file with bbolt and names the failures.
func openBolt(path string, readOnly bool, timeout time.Duration) (*bolt.DB, error) {
	return openBoltWith(path, &bolt.Options{Timeout: timeout, ReadOnly: readOnly, FreelistType: bolt.FreelistMapType})
}

// openBoltMapped opens the file for writing with mmap bytes of it mapped
// from the start (Options.Bulk).
func openBoltMapped(path string, timeout time.Duration, mmap int) (*bolt.DB, error) {
	return openBoltWith(path, &bolt.Options{Timeout: timeout, FreelistType: bolt.FreelistMapType, InitialMmapSize: mmap})
}

func openBoltWith(path string, o *bolt.Options) (*bolt.DB, error) {
	var b *bolt.DB
	err := guard(path, func() error {
		var err error
		b, err = bolt.Open(path, 0o600, o)
		return err
	})
	var oe *outreach.Error
	switch {
	case err == nil:
		return b, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, locked(path)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch), errors.Is(err, berrors.ErrChecksum):
		return nil, damaged(path, err.Error())
	case errors.As(err, &oe):
		return nil, err
	}
	return nil, fmt.Errorf("open database %s: %w", path, err)
}

// create makes a new database at path. It reports false when another
// process created path first (which is then opened like any existing file).
func create(path string, now time.Time) (bool, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return false, fmt.Errorf("create the database folder %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, tempPattern()) // mode 0600
	if err != nil {
		return false, fmt.Errorf("create database %s: %w", path, err)
	}
	name := tmp.Name()
	defer os.Remove(name)
	if err := tmp.Close(); err != nil {
		return false, fmt.Errorf("create database %s: %w", path, err)
	}
	b, err := bolt.Open(name, 0o600, &bolt.Options{Timeout: DefaultTimeout, PageSize: pageSize})
	if err != nil {
		return false, fmt.Errorf("create database %s: %w", path, err)
	}
	if err := migrate(b, 0, now); err != nil {
		_ = b.Close()
		return false, fmt.Errorf("create database %s: %w", path, err)
	}
	if err := b.Close(); err != nil {
		return false, fmt.Errorf("create database %s: %w", path, err)
	}
	// Link fails rather than replace a file that appeared meanwhile.
	if err := os.Link(name, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return false, nil
		}
		if _, statErr := os.Lstat(path); statErr == nil {
			return false, nil
		}
		// A file system without hard links.
		if err := os.Rename(name, path); err != nil {
			return false, fmt.Errorf("create database %s: %w", path, err)
		}
	}
	return true, nil
}

// The bbolt file format (go.etcd.io/bbolt, format version 2): two meta
// pages at the start, each a 16-byte page header followed by the meta.
const (
	boltMagic       = 0xED0CDAED
	boltVersion     = 2
	boltPageHeader  = 16
	boltMetaSize    = 64 // through the checksum
	boltDefaultPage = 4096
)

type boltMeta struct {
	pageSize uint32
	root     uint64 // the root bucket's page
	freelist uint64 // the free list's page
	pgid     uint64 // high-water mark: pages below it are in use
	txid     uint64
}

// checkHeader reads the meta pages of a bbolt file by hand, so that a file
// that is not bbolt, or a cut-short one, is refused before bbolt touches it
// (bbolt would initialise an empty file, and read past the end of a
// truncated one).
func checkHeader(path string) error {
	_, err := fileMeta(path)
	return err
}

// fileMeta is checkHeader's work: it returns the meta bbolt will use, the
// valid one with the latest transaction.
func fileMeta(path string) (boltMeta, error) {
	f, err := os.Open(path)
	if err != nil {
		return boltMeta{}, fmt.Errorf("open database %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return boltMeta{}, fmt.Errorf("open database %s: %w", path, err)
	}
	size := info.Size()
	if size == 0 {
		return boltMeta{}, foreign(path, "the file is empty; delete it to start a new database there")
	}
	m0, ok0, magic0 := readMeta(f, 0)
	pageSize := int64(boltDefaultPage)
	if magic0 && validPageSize(m0.pageSize) {
		pageSize = int64(m0.pageSize)
	}
	m1, ok1, magic1 := readMeta(f, pageSize)
	switch {
	case !magic0 && !magic1:
		return boltMeta{}, foreign(path, "it has no bbolt header")
	case !ok0 && !ok1:
		return boltMeta{}, damaged(path, "both header pages are corrupt")
	}
	m := m0
	if !ok0 || (ok1 && m1.txid > m0.txid) {
		m = m1
	}
	if need := int64(m.pgid) * int64(m.pageSize); size < need || size < 2*int64(m.pageSize) {
		return m, damaged(path, fmt.Sprintf("the file is %d bytes but its pages take %d: it was cut short", size, need))
	}
	return m, nil
}

// readMeta reads the meta at page offset off. ok reports a valid meta;
// magic that the page at least carries bbolt's mark.
func readMeta(r io.ReaderAt, off int64) (m boltMeta, ok, magic bool) {
	var b [boltMetaSize]byte
	if _, err := r.ReadAt(b[:], off+boltPageHeader); err != nil {
		return m, false, false
	}
	le := binary.LittleEndian
	if le.Uint32(b[0:]) != boltMagic {
		return m, false, false
	}
	h := fnv.New64a()
	h.Write(b[:56])
	m = boltMeta{pageSize: le.Uint32(b[8:]), root: le.Uint64(b[16:]), freelist: le.Uint64(b[32:]), pgid: le.Uint64(b[40:]), txid: le.Uint64(b[48:])}
	ok = le.Uint32(b[4:]) == boltVersion && h.Sum64() == le.Uint64(b[56:]) && validPageSize(m.pageSize)
	return m, ok, true
}

func validPageSize(n uint32) bool { return n >= 512 && n <= 1<<16 && n&(n-1) == 0 }

// pageSize is the page size of a new database: 16 KiB rather than the
// system's 4 KiB, so a page holds a dozen messages instead of three and a
// bulk load writes a quarter as many pages (bbolt writes each dirty page
// with its own system call).
const pageSize = 16 << 10
