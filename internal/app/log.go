package app

import (
	"fmt"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/words"
)

// Log queries: the messages in the order a recruiter should look at them,
// one message in full, and where a message stands in words.

// Attention returns the entries that match f in the order the recruiter
// should look at them, at most limit of them (0: all). With a limit, the
// store walks its attention index and decodes only what is shown; without,
// every match is decoded and sorted.
//
// A log that does not exist yet holds no messages, which is not an error
// for a query.
func (s *Session) Attention(f outreach.Filter, limit int) ([]outreach.Entry, error) {
	es := []outreach.Entry{}
	var err error
	if f.Recruiter, err = s.scopeRecruiter(f.Recruiter); err != nil {
		return es, err
	}
	err = s.Store.Use(Read, func(db *store.DB) error {
		var err error
		if limit > 0 {
			es, err = db.AttentionEntries(f, limit)
			return err
		}
		es, err = db.Entries(f)
		outreach.SortByAttention(es)
		return err
	})
	if noLog(err) {
		return []outreach.Entry{}, nil
	}
	return es, err
}

// Entry reads one message with its events and state. Errors: ENOTFOUND
// when there is no such message, or no log yet.
func (s *Session) Entry(id uint64) (outreach.Entry, error) {
	var e outreach.Entry
	err := s.Store.Use(Read, func(db *store.DB) error {
		var err error
		e, err = db.Entry(id)
		return err
	})
	if noLog(err) {
		return e, outreach.Errorf(outreach.ENOTFOUND, "no message %d: nothing has been logged in %s yet", id, s.Store.Name())
	}
	if err == nil {
		err = s.mayRead(id, e.Recruiter)
	}
	return e, err
}

// StatusLine says where a message stands, in a sentence's words, and for
// an InMail what happened to its credit on the person's seat: "responded
// in 1 day 4 hours · credit returned".
func (s *Session) StatusLine(e outreach.Entry) string {
	line := e.Words(words.Long)
	if c := creditWords(e, s.Person.Seat, s.Now()); c != "" {
		line += " · " + c
	}
	return line
}

// creditWords says what happened to an InMail's credit: not spent (the
// message was withdrawn) or returned (a response within LinkedIn's 90 days,
// on a seat that refunds). It is empty otherwise.
func creditWords(e outreach.Entry, seat outreach.Seat, now time.Time) string {
	if e.Credits == 0 || (e.Channel != library.InMail && e.Channel != library.FollowUp) {
		return ""
	}
	f := outreach.FactFrom(e.Message, e.Outcomes, outreach.Codes{})
	if outreach.Spent(f, now) == 0 {
		return "credit not spent"
	}
	if n, _ := seat.Returned(f, now); n > 0 {
		if n == 1 {
			return "credit returned"
		}
		return fmt.Sprintf("%d credits returned", n)
	}
	return ""
}
