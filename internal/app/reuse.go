package app

import (
	"sync"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/store"
)

// The reuse rule reads every personalization line ever sent. Building its
// index reads them all, which a log of a hundred thousand messages makes
// the largest part of a send; so a process that holds a log (the server,
// the composer) keeps one index for it, shared by all its sessions, and
// brings it up to date with the messages logged since it last looked.

// readReuseIndex holds every personalization line in the log, for the
// validator's reuse rule, read now.
func readReuseIndex(db *store.DB) (*personalize.ReuseIndex, error) {
	lines, err := db.PriorLines()
	if err != nil {
		return nil, err
	}
	return addLines(personalize.NewReuseIndex(), lines), nil
}

// addLines adds lines to idx.
func addLines(idx *personalize.ReuseIndex, lines []outreach.PriorLine) *personalize.ReuseIndex {
	for _, l := range lines {
		idx.Add(personalize.Prior{MessageID: l.MessageID, CandidateID: l.CandidateID, Line: l.Line})
	}
	return idx
}

// Lines is the reuse index of one held log, shared by the sessions of the
// process that holds it. It is read from the log on first use, and each
// use adds the lines of the messages logged since the last (by anyone:
// a send, the composer, an import), so it never misses one and never
// reads one twice. It is safe for concurrent use; the zero value is
// ready.
type Lines struct {
	mu   sync.Mutex
	idx  *personalize.ReuseIndex
	upTo uint64 // the last message whose line idx has
}

// Index is the reuse index up to date with db, which must be the log the
// Lines are for.
func (l *Lines) Index(db *store.DB) (*personalize.ReuseIndex, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	lines, last, err := db.LinesAfter(l.upTo)
	if err != nil {
		return nil, err
	}
	if l.idx == nil {
		l.idx = personalize.NewReuseIndex()
	}
	addLines(l.idx, lines)
	l.upTo = last
	return l.idx, nil
}

// ReuseIndex is the reuse index for a use case on db, the session's log:
// the held log's shared one, up to date, else one read now.
func (s *Session) ReuseIndex(db *store.DB) (*personalize.ReuseIndex, error) {
	if h, ok := s.Store.(HeldStore); ok && h.Lines != nil {
		return h.Lines.Index(db)
	}
	return readReuseIndex(db)
}
