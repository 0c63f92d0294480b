package app

import (
	"cmp"
	"slices"
	"time"

	"github.com/inmail/inmail/internal/linkedin"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// Imports: outcomes recorded from other tools' files.

// ImportResult is what an import of LinkedIn's messages.csv did.
type ImportResult struct {
	// Rows is how many messages the file held; Logged how many logged
	// sends they were matched against.
	Rows, Logged int
	// DryRun: nothing was recorded.
	DryRun bool
	// Added are the replies recorded now (or that would be, with DryRun);
	// Known those recorded before.
	Added, Known []ImportedReply
	// Ambiguous are replies that could belong to several candidates.
	Ambiguous []linkedin.Ambiguous
	// Skipped counts the rows left out, by reason.
	Skipped map[string]int
}

// ImportedReply is one matched reply and where its message stands after
// the import.
type ImportedReply struct {
	Event outreach.Event
	Entry outreach.Entry
}

// SkipFuture is the reason for replies dated after the computer's clock,
// which the store would refuse (and with them the whole import).
const SkipFuture = "replies dated in the future (check the computer's clock)"

// ImportReplies matches the rows of LinkedIn's messages.csv against
// recruiter's logged sends ("" for everyone's) and records each
// candidate's first reply with its real time, all in one transaction (none
// with dryRun). Importing the same rows again records nothing twice. A log
// that does not exist yet has nothing to match, and is not created.
func (s *Session) ImportReplies(rows []linkedin.Message, recruiter string, dryRun bool) (*ImportResult, error) {
	access := Write
	if dryRun {
		access = Read
	}
	var res *ImportResult
	recruiter, err := s.scopeRecruiter(recruiter)
	if err != nil {
		return nil, err
	}
	err = s.Store.Use(access, func(db *store.DB) error {
		var err error
		res, err = importReplies(db, rows, recruiter, s.Now(), dryRun)
		return err
	})
	if noLog(err) {
		return importReplies(nil, rows, recruiter, s.Now(), dryRun)
	}
	return res, err
}

// importReplies matches rows against the log db (nil: a log not made yet,
// with nothing to match) and records the new replies.
func importReplies(db *store.DB, rows []linkedin.Message, recruiter string, now time.Time, dryRun bool) (*ImportResult, error) {
	var entries []outreach.Entry
	if db != nil {
		var err error
		if entries, err = db.Entries(outreach.Filter{Recruiter: recruiter}); err != nil {
			return nil, err
		}
	}
	byID := make(map[uint64]outreach.Entry, len(entries))
	var sent []linkedin.Sent
	for _, e := range entries {
		byID[e.ID] = e
		if e.Status == outreach.StatusWithdrawn {
			// Never sent on LinkedIn, so nothing there can answer it.
			continue
		}
		sent = append(sent, linkedin.Sent{
			ID:            e.ID,
			CandidateID:   e.Candidate.ID,
			CandidateName: e.Candidate.Name,
			CandidateURL:  cmp.Or(e.Candidate.URL, e.Candidate.ID),
			SentAt:        e.SentAt,
		})
	}
	m := linkedin.MatchReplies(rows, sent, now)
	res := &ImportResult{Rows: len(rows), Logged: len(sent), DryRun: dryRun, Ambiguous: m.Ambiguous, Skipped: m.Skipped}

	var write []outreach.Event
	for _, ev := range m.Events {
		e := byID[ev.MessageID]
		r := ImportedReply{Event: ev, Entry: e}
		switch {
		case slices.ContainsFunc(e.Events, func(old outreach.Event) bool { return old.Key == ev.Key }):
			res.Known = append(res.Known, r)
		case outreach.ValidateEvent(e.SentAt, ev, now) != nil:
			res.Skipped[SkipFuture]++
		default:
			res.Added = append(res.Added, r)
			write = append(write, ev)
		}
	}
	if dryRun || len(write) == 0 || db == nil {
		return res, nil
	}
	if _, _, err := db.AppendEvents(write); err != nil {
		return nil, err
	}
	// Re-read the messages for their new status. A key the store already
	// knew under another message (a send logged again since the last
	// import) was not added: list it as known, as the store counted it.
	added := res.Added[:0]
	for _, r := range res.Added {
		var err error
		if r.Entry, err = db.Entry(r.Event.MessageID); err != nil {
			return nil, err
		}
		if slices.ContainsFunc(r.Entry.Events, func(old outreach.Event) bool { return old.Key == r.Event.Key }) {
			added = append(added, r)
		} else {
			res.Known = append(res.Known, r)
		}
	}
	res.Added = added
	return res, nil
}
