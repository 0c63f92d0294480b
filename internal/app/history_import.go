package app

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// Bringing history in: the JSON Lines of inmail export, from another log
// (a recruiter's laptop before the team had a server), merged into this
// one. Running the same import again adds nothing.

// ImportedBody stands for the body of a message imported from an export
// made before the export carried bodies.
const ImportedBody = "(imported from inmail export, which did not carry the message body)"

// historyBatch is how many messages one transaction of an import logs.
const historyBatch = 500

// HistoryResult is what an import of history did.
type HistoryResult struct {
	// Rows is how many rows the file held.
	Rows int
	// As is whom the messages were attributed to ("": each row's own
	// recruiter).
	As string
	// Added and Known count messages logged now and logged before;
	// Outcomes the events added (outcomes and corrections).
	Added, Known, Outcomes int
	// Skipped says, for each row left out, why ("line 4: ...").
	Skipped []string
}

// ImportHistory logs the rows' messages and events, attributed to as (""
// keeps each row's recruiter; in team mode it is the person themselves),
// historyBatch messages to a transaction.
//
// A message is known by the original message's identity, never by whom
// it is attributed to: its candidate, template, send time and
// personalization line (see store.Import). So an import run again, cut
// short and run again, or run again with another --as, adds only what is
// missing, and a message this log already holds is not logged twice under
// a second name. A row that cannot be read, whose line was already sent to
// another candidate here, or that is dated in the future, is skipped and
// said why; the rest go on.
//
// Errors: EFORBIDDEN when a member who is not an admin attributes
// messages to someone else; the store's errors (the batches before stay
// logged).
func (s *Session) ImportHistory(rows []HistoryRow, as string) (*HistoryResult, error) {
	if as == "" && s.Person.Role.InTeam() {
		as = s.Person.Name
	}
	if as != s.Person.Name && s.Person.Role.InTeam() && !s.Person.Role.ManagesTeam() {
		return nil, forbidden("%s and imports history only as themselves, not as %s (an admin imports for others)", s.role(), as)
	}
	res := &HistoryResult{Rows: len(rows), As: as}
	items := make([]store.Imported, 0, min(len(rows), historyBatch))
	lines := make([]int, 0, cap(items))
	// A follow-up names the message it follows up by its id in the file:
	// here is that id's message in this log (local) or in the batch not
	// yet logged (batch, its index).
	srcs := make([]uint64, 0, cap(items))
	local, batch := map[uint64]uint64{}, map[uint64]int{}
	err := s.Store.Use(Create, func(db *store.DB) error {
		flush := func() error {
			if len(items) == 0 {
				return nil
			}
			done, err := db.Import(items)
			if err != nil {
				return err
			}
			for i, r := range done {
				if r.Err == nil && srcs[i] != 0 {
					local[srcs[i]] = r.ID
				}
				switch {
				case r.Err != nil:
					res.Skipped = append(res.Skipped, fmt.Sprintf("line %d: %s", lines[i], outreach.ErrorMessage(r.Err)))
				case r.Added:
					res.Added++
				default:
					res.Known++
				}
				res.Outcomes += r.Events
			}
			items, lines, srcs = items[:0], lines[:0], srcs[:0]
			clear(batch)
			return nil
		}
		for _, r := range rows {
			it, err := r.imported(as)
			if fu := r.followUpOf(); err == nil && fu != 0 {
				if i, ok := batch[fu]; ok {
					it.Follows = i + 1
				} else if id, ok := local[fu]; ok {
					it.Message.FollowUpOf = id
				} else {
					err = fmt.Errorf("it follows up message %d, which is not logged before it in the file", fu)
				}
			}
			if err != nil {
				res.Skipped = append(res.Skipped, fmt.Sprintf("line %d: %s", r.Line, err))
				continue
			}
			if r.ID != 0 {
				batch[r.ID] = len(items)
			}
			items, lines, srcs = append(items, it), append(lines, r.Line), append(srcs, r.ID)
			if len(items) == historyBatch {
				if err := flush(); err != nil {
					return err
				}
			}
		}
		return flush()
	})
	return res, err
}

// imported is the row as a message to log, attributed to as (or the
// row's recruiter), with its events.
func (r HistoryRow) imported(as string) (store.Imported, error) {
	var it store.Imported
	sent, err := time.Parse(time.RFC3339, r.SentAt)
	if err != nil {
		return it, fmt.Errorf("sent_at %q is not an RFC 3339 time", r.SentAt)
	}
	started := sent
	if r.StartedAt != "" {
		if started, err = time.Parse(time.RFC3339, r.StartedAt); err != nil {
			return it, fmt.Errorf("started_at %q is not an RFC 3339 time", r.StartedAt)
		}
	}
	ch, err := library.ParseChannel(r.Channel)
	if err != nil {
		return it, fmt.Errorf("channel %q: use inmail or connection", r.Channel)
	}
	if strings.TrimSpace(r.CandidateID) == "" {
		return it, errors.New("no candidate_id")
	}
	who := as
	if who == "" {
		who = r.Recruiter
	}
	body := r.Body
	if strings.TrimSpace(body) == "" {
		body = ImportedBody
	}
	it.Message = outreach.Message{
		Recruiter: who, Candidate: outreach.CandidateRef{ID: r.CandidateID, Name: r.Candidate},
		Seniority: r.Seniority, TemplateID: r.Template, TemplateHash: r.TemplateHash, Channel: ch,
		Subject: r.Subject, Body: body, Personalization: r.Personalization, References: r.References,
		Role: r.Role, Client: r.Client, Hook: r.Hook, Recontact: r.Recontact,
		StartedAt: started, SentAt: sent, Credits: r.Credits,
	}
	if r.Events == nil {
		it.Events, err = r.outcomeEvents()
		return it, err
	}
	for _, e := range r.Events {
		ev := outreach.Event{Seq: e.Seq, Outcome: e.Outcome, Source: e.Source, Note: e.Note, Retracts: e.Retracts, Key: e.Key}
		if ev.At, err = time.Parse(time.RFC3339, e.At); err != nil {
			return it, fmt.Errorf("event %d: at %q is not an RFC 3339 time", e.Seq, e.At)
		}
		if e.Recorded != "" {
			if ev.Recorded, err = time.Parse(time.RFC3339, e.Recorded); err != nil {
				return it, fmt.Errorf("event %d: recorded %q is not an RFC 3339 time", e.Seq, e.Recorded)
			}
		}
		it.Events = append(it.Events, ev)
	}
	return it, nil
}

// outcomeEvents are the outcomes of a row of an older export, which has
// only the first time of each.
func (r HistoryRow) outcomeEvents() ([]outreach.Event, error) {
	var evs []outreach.Event
	for _, o := range []struct {
		at *string
		o  outreach.Outcome
	}{{r.AcceptedAt, outreach.Accepted}, {r.DeclinedAt, outreach.Declined}, {r.RepliedAt, outreach.Replied},
		{r.ScreenedAt, outreach.Screened}, {r.WithdrawnAt, outreach.Withdrawn}} {
		if o.at == nil || *o.at == "" {
			continue
		}
		at, err := time.Parse(time.RFC3339, *o.at)
		if err != nil {
			return nil, fmt.Errorf("%s_at %q is not an RFC 3339 time", o.o, *o.at)
		}
		evs = append(evs, outreach.Event{Outcome: o.o, At: at, Source: outreach.Import, Note: "imported from inmail export"})
	}
	return evs, nil
}
