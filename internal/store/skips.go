package store

import (
	"errors"
	"fmt"
	"sync"

	"github.com/inmail/inmail/internal/outreach"
)

// Skips counts the records readers could not decode and left out, so a
// command can show everything it can read and still say, once, that the
// file needs `inmail doctor`. It is safe for concurrent use; the zero
// value is ready.
type Skips struct {
	mu    sync.Mutex
	n     int
	first string
}

// Add counts one record of kind what that could not be read because of err.
func (s *Skips) Add(what string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
	if s.first == "" {
		s.first = fmt.Sprintf("%s: %v", what, err)
	}
}

// Count is how many records were left out.
func (s *Skips) Count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n
}

// First says what the first record left out was and why.
func (s *Skips) First() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.first
}

// Skips is the count of records this database's readers left out.
func (db *DB) Skips() *Skips { return db.skips }

// skip counts a record of kind what that could not be decoded.
func (db *DB) skip(what string, err error) {
	if db.skips != nil {
		db.skips.Add(what, err)
	}
}

// errUndecodable is the cause given for a record whose bytes do not
// decode, when the decoder's own error is not kept.
var errUndecodable = errors.New("its bytes do not decode")

// undecodableError is a record that could not be decoded: what it is
// ("message 12") and why.
type undecodableError struct {
	what string
	err  error
}

func (e *undecodableError) Error() string { return fmt.Sprintf("read %s: %v", e.what, e.err) }

func (e *undecodableError) Unwrap() error { return e.err }

// undecodable wraps a decoding error of the record what.
func undecodable(what string, err error) error { return &undecodableError{what: what, err: err} }

// isUndecodable reports whether err is a record that could not be decoded,
// which, and why.
func isUndecodable(err error) (what string, why error, ok bool) {
	if u, ok := errors.AsType[*undecodableError](err); ok {
		return u.what, u.err, true
	}
	return "", nil, false
}

// recordErr turns a record that could not be decoded, asked for by itself
// (one message, one candidate), into EDAMAGED naming inmail doctor.
func (db *DB) recordErr(err error) error {
	u, ok := errors.AsType[*undecodableError](err)
	if !ok {
		return err
	}
	return &outreach.Error{
		Code:    outreach.EDAMAGED,
		Message: fmt.Sprintf("%s in %s cannot be read (%v); inmail doctor --db %s says what else is damaged", u.what, db.path, u.err, db.path),
		Err:     err,
	}
}
