package store

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// start is the test clock's first reading.
var start = time.Date(2026, 10, 6, 9, 31, 44, 0, time.UTC)

// clock is a settable test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *clock) Add(d time.Duration) { c.Set(c.Now().Add(d)) }

// MustOpen opens a new database in a temporary folder with a clock set to
// start, and closes it when the test ends.
func MustOpen(tb testing.TB) (*DB, *clock) {
	tb.Helper()
	clk := &clock{t: start}
	db, err := Open(filepath.Join(tb.TempDir(), "data", "inmail.db"), Options{Now: clk.Now})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db, clk
}

// message returns a valid InMail to candidate n, sent at at.
func message(n int, at time.Time) outreach.Message {
	return outreach.Message{
		Recruiter:       "Jordan Blake",
		Candidate:       outreach.CandidateRef{ID: fmt.Sprintf("https://www.linkedin.com/in/candidate-%d/", n), Name: fmt.Sprintf("Candidate %d", n)},
		Seniority:       "senior-associate",
		TemplateID:      "senior-associate/passive-intro",
		TemplateHash:    "sha256:abc",
		Channel:         library.InMail,
		Subject:         "A role at a top-10 firm",
		Body:            "Hi, your work stood out.",
		Personalization: fmt.Sprintf("Your work on deal number %d stood out to me", n),
		References:      []outreach.Reference{{Field: "experience[0].description", Text: fmt.Sprintf("deal number %d", n)}},
		Role:            "Senior M&A Associate",
		StartedAt:       at.Add(-5 * time.Minute),
		SentAt:          at,
		Credits:         1,
	}
}

// mustSend logs m and returns its id.
func mustSend(tb testing.TB, db *DB, m outreach.Message) uint64 {
	tb.Helper()
	id, _, err := db.Send(m, "")
	if err != nil {
		tb.Fatal(err)
	}
	return id
}
