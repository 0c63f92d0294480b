// Package store keeps inmail's log in one bbolt file: messages and their
// outcome events, a fact record per message for reports, candidates, drafts,
// the indexes the send gate needs, and the dictionary behind the facts'
// codes. It is the only package that knows bbolt.
//
// Every value is copied out of its transaction before a method returns.
// Errors a user can cause are *outreach.Error values with a code and one
// sentence that says what to do.
package store

import (
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// DefaultTimeout is how long Open waits for another inmail to let go of the
// file.
const DefaultTimeout = time.Second

// Options tune Open.
type Options struct {
	// Timeout is how long to wait for the file lock (0: DefaultTimeout).
	Timeout time.Duration
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// ReadOnly opens the file for reading under a shared lock: several
	// readers at once, but not while another inmail writes. A read-only
	// open never creates the file.
	ReadOnly bool
	// Skips, when set, counts the records readers leave out because they
	// cannot be decoded (nil: the database keeps its own count).
	Skips *Skips
	// Bulk maps the file at its full size for a bulk load (bulkMmapSize;
	// address space, not memory) once Open's checks have passed: as the
	// file grows bbolt then never remaps it, which copies every node of
	// the writing transaction (a fifth of inmail demo's time).
	Bulk bool
}

// Sentinels inside the *outreach.Error values Open returns, for errors.Is.
var (
	// ErrLocked: another inmail has the file open.
	ErrLocked = errors.New("database in use")
	// ErrForeign: the file is not an inmail database.
	ErrForeign = errors.New("not an inmail database")
	// ErrDamaged: the file is an inmail database that cannot be read.
	ErrDamaged = errors.New("database damaged")
	// ErrNewer: the file was written by a newer inmail.
	ErrNewer = errors.New("database from a newer inmail")
)

// DB is an open inmail database.
type DB struct {
	// Now is the clock every method takes the time from.
	Now func() time.Time

	path     string
	bolt     *bolt.DB
	readOnly bool
	skips    *Skips
	// lent marks a handle from Lend, whose Close leaves the file open.
	lent bool

	// fail, when set by a test, is called at named points inside write
	// transactions; an error it returns aborts the transaction.
	fail func(stage string) error

	// unindexed is the candidate list of a file without a recency index,
	// read once (see DB.unindexedList).
	unindexed *unindexedList
}

// Path is the database file's path.
func (db *DB) Path() string { return db.path }

// Close releases the file. It waits for running transactions to finish.
func (db *DB) Close() error {
	if db.lent {
		return nil
	}
	if err := db.bolt.Close(); err != nil {
		return fmt.Errorf("close %s: %w", db.path, err)
	}
	return nil
}

// now is the clock truncated to the second, the precision of everything
// stored.
func (db *DB) now() time.Time { return db.Now().Truncate(time.Second) }

// view runs fn in a read transaction, turning a panic inside bbolt (a
// damaged page) into an error.
func (db *DB) view(fn func(*bolt.Tx) error) error {
	return guard(db.path, func() error { return db.bolt.View(fn) })
}

// update runs fn in a write transaction, like view. A panic there may
// come while bbolt writes the transaction's pages, so its error does not
// say the file was left unchanged (see damagedWrite).
func (db *DB) update(fn func(*bolt.Tx) error) error {
	if db.readOnly {
		return db.readOnlyError()
	}
	return guardWith(db.path, damagedWrite, func() error { return db.bolt.Update(fn) })
}

func (db *DB) readOnlyError() error {
	return outreach.Errorf(outreach.EINVALID, "%s is open read-only; this needs it open for writing", db.path)
}

// stage calls the test hook.
func (db *DB) stage(name string) error {
	if db.fail == nil {
		return nil
	}
	return db.fail(name)
}

// guard runs fn and reports a panic or a memory fault in it (bbolt reading
// a damaged or truncated file) as ErrDamaged. bbolt rolls the transaction
// back as the panic passes.
func guard(path string, fn func() error) error { return guardWith(path, damaged, fn) }

// guardWith is guard with the error made by damage.
func guardWith(path string, damage func(path, why string) error, fn func() error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = damage(path, fmt.Sprint(r))
		}
	}()
	return fn()
}

// damaged is the error for a damaged file found before anything was
// written to it: a read, or a check before a write.
func damaged(path, why string) error {
	return &outreach.Error{
		Code: outreach.EDAMAGED,
		Message: fmt.Sprintf("%s is damaged (%s); inmail left it unchanged (inmail doctor --db %s says what is wrong and --salvage copies what can be read; or restore it from a backup)",
			path, why, path),
		Err: ErrDamaged,
	}
}

// damagedWrite is the error for damage met while a write was under way:
// bbolt may have written some of the transaction's pages, though not the
// page that would make them part of the log.
func damagedWrite(path, why string) error {
	return &outreach.Error{
		Code: outreach.EDAMAGED,
		Message: fmt.Sprintf("%s is damaged (%s); inmail stopped this write (inmail doctor --db %s says what is wrong and --salvage copies what can be read)",
			path, why, path),
		Err: ErrDamaged,
	}
}

func foreign(path, why string) error {
	return &outreach.Error{
		Code:    outreach.EINVALID,
		Message: fmt.Sprintf("%s is not an inmail database (%s); inmail left it unchanged (use --db to pick another file)", path, why),
		Err:     ErrForeign,
	}
}

func locked(path string) error {
	return &outreach.Error{
		Code:    outreach.EBUSY,
		Message: fmt.Sprintf("%s is in use by another inmail (close it, or use --db to pick another file)", path),
		Err:     ErrLocked,
	}
}

func notFound(format string, args ...any) error {
	return outreach.Errorf(outreach.ENOTFOUND, format, args...)
}
