package store

import (
	"fmt"
	"sync"
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
func (db *DB) skip(what string, err error) { db.skips.Add(what, err) }
