package app

import (
	"fmt"
	"slices"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/words"
)

// Log queries: the messages in the order a recruiter should look at them,
// one message in full, and where a message stands in words.

// Attention returns the entries that match f in the order the recruiter
// should look at them, at most limit of them (0: all). With a limit, only
// what is shown is decoded: every awaiting message (the last week's, so
// few) and then the newest of the rest, which the store finds from its
// fact records. "Newest" there is by id, the order messages were logged,
// which differs from the send time only for a send logged late.
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
		es, err = attention(db, f, limit)
		return err
	})
	if noLog(err) {
		return []outreach.Entry{}, nil
	}
	return es, err
}

func attention(db *store.DB, f outreach.Filter, limit int) ([]outreach.Entry, error) {
	if limit == 0 {
		es, err := db.Entries(f)
		outreach.SortByAttention(es)
		return es, err
	}
	wanted := f.Statuses
	if len(wanted) == 0 {
		wanted = outreach.Statuses
	}
	var es []outreach.Entry
	var err error
	if slices.Contains(wanted, outreach.StatusAwaiting) {
		af := f
		af.Statuses = []outreach.Status{outreach.StatusAwaiting}
		if es, err = db.Entries(af); err != nil {
			return nil, err
		}
	}
	rest := slices.DeleteFunc(slices.Clone(wanted), func(s outreach.Status) bool { return s == outreach.StatusAwaiting })
	if len(es) < limit && len(rest) > 0 {
		rf := f
		rf.Statuses, rf.Limit = rest, limit-len(es)
		more, err := db.Entries(rf)
		if err != nil {
			return nil, err
		}
		es = append(es, more...)
	}
	outreach.SortByAttention(es)
	return es[:min(limit, len(es))], nil
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
