package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sync"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/team"
)

// Person is who acts: the recruiter the log records, their seat and how
// their messages are signed. Locally it comes from config.yaml; in team
// mode from the key the session authenticated with.
type Person struct {
	// Name is the recruiter as the log records them; reports group by it.
	Name string
	// Role is what they may do: team.Owner (the zero value) on their own
	// machine, a member's role in team mode.
	Role team.Role
	// Preset is the seat's licence and Seat its credit policy.
	Preset outreach.Preset
	Seat   outreach.Seat
	// SeatStart is the first month of the seat's ledger (midnight on its
	// first day); zero counts from the first send.
	SeatStart time.Time
	// SenderName signs messages ({{sender_name}}); Signature goes under it
	// on InMails.
	SenderName, Signature string
}

// Defaults are the values a compose starts from when the recruiter gives
// none.
type Defaults struct {
	Role, Client, Hook string
	// MinWords is the validator's minimum line length (0: its default).
	MinWords int
}

// Session is one person's use of inmail: everything a use case needs from
// outside, as values. Fields a use case does not need may be left empty
// (the log queries need no Library).
type Session struct {
	// Person is who acts.
	Person Person
	// Now is the clock; every rule takes time from here.
	Now func() time.Time
	// Store reaches the log.
	Store Store
	// Library is the template library; Problems are the template files it
	// skipped and why.
	Library  *library.Library
	Problems []library.Problem
	// Lists are the validator's word lists (nil: the embedded ones).
	Lists *personalize.Lists
	// Defaults fill role, client and hook when a compose gives none.
	Defaults Defaults
	// RecontactWindow is the contact rule's window: a candidate anyone
	// messaged within it needs a reason to be messaged again (0:
	// outreach.RecontactWindow; negative: no rule).
	RecontactWindow time.Duration
}

// Access is what a use case does with the log.
type Access int

// The accesses.
const (
	// Read opens the log read-only, shared with other readers. A log that
	// does not exist yet is an ENOTFOUND error wrapping fs.ErrNotExist.
	Read Access = iota
	// Write opens an existing log for writing; a missing one is an error as
	// for Read, since writing to a log made just now would find nothing.
	Write
	// Create opens the log for writing, making it when it does not exist.
	Create
	// Bulk is Create for a bulk load (inmail demo): a log opened from its
	// file is mapped for growth (store.Options.Bulk); a held one is as it
	// is.
	Bulk
)

// Store is how a use case reaches the log: opened for one call and closed
// after it by the CLI, lent by the composer or a server that holds it open.
type Store interface {
	// Use calls fn with the log opened for a and returns fn's error, or
	// the error of opening or closing it. The log must not be kept after
	// fn returns.
	Use(a Access, fn func(*store.DB) error) error
	// Name is the log as messages name it: its file.
	Name() string
}

// FileStore opens the log file for each use and closes it after, so other
// inmail commands can have it in between.
type FileStore struct {
	// Path is the database file.
	Path string
	// Now is the store's clock.
	Now func() time.Time
	// Timeout is how long to wait for another inmail to let go of the file
	// (0: the store's default).
	Timeout time.Duration
	// Skips, when set, counts the records readers left out because they
	// could not be decoded, over every use.
	Skips *store.Skips
}

// Use opens the file for a, calls fn and closes it.
func (f FileStore) Use(a Access, fn func(*store.DB) error) error {
	if a == Write {
		if _, err := os.Stat(f.Path); errors.Is(err, fs.ErrNotExist) {
			// Opening for writing would create an empty log just to say so.
			return &outreach.Error{Code: outreach.ENOTFOUND, Err: err,
				Message: fmt.Sprintf("%s does not exist: nothing has been logged there yet (use --db to pick another file)", f.Path)}
		}
	}
	db, err := store.Open(f.Path, store.Options{Now: f.Now, ReadOnly: a == Read, Timeout: f.Timeout, Skips: f.Skips, Bulk: a == Bulk})
	if err != nil {
		return err
	}
	err = fn(db)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// Name is the file's path.
func (f FileStore) Name() string { return f.Path }

// HeldStore lends a log that is open for the length of a session (the
// composer's, a server's); Use never closes it.
type HeldStore struct {
	DB *store.DB
	// Writes, when set, is held for the whole of each use that writes, so
	// that the sessions of a server take turns at what reads the log and
	// then writes on what it read (the gate's checks, then the send), and
	// a server that stops can wait for the write in progress.
	Writes *sync.Mutex
	// Lines, when set, is the log's reuse index, kept for every use of
	// the held log instead of read again by each send.
	Lines *Lines
}

// Use calls fn with the held log, whatever a asks.
func (h HeldStore) Use(a Access, fn func(*store.DB) error) error {
	if a != Read && h.Writes != nil {
		h.Writes.Lock()
		defer h.Writes.Unlock()
	}
	return fn(h.DB)
}

// Name is the held log's path.
func (h HeldStore) Name() string { return h.DB.Path() }

// noLog reports whether err says the log does not exist yet.
func noLog(err error) bool { return errors.Is(err, fs.ErrNotExist) }
