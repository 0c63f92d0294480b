package app

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// Bringing history in: the JSON Lines of inmail export, from another log
// (a recruiter's laptop before the team had a server), merged into this
// one. Running the same import again adds nothing.

// HistoryRow is one message as inmail export --format jsonl writes it; the
// fields it does not carry (the subject and body) are not imported.
type HistoryRow struct {
	// Line is where the row was in the file, for messages.
	Line int `json:"-"`

	ID              uint64  `json:"id"`
	SentAt          string  `json:"sent_at"`
	Recruiter       string  `json:"recruiter"`
	Candidate       string  `json:"candidate"`
	CandidateID     string  `json:"candidate_id"`
	Template        string  `json:"template"`
	TemplateHash    string  `json:"template_hash"`
	Seniority       string  `json:"seniority"`
	Channel         string  `json:"channel"`
	AcceptedAt      *string `json:"accepted_at"`
	DeclinedAt      *string `json:"declined_at"`
	RepliedAt       *string `json:"replied_at"`
	ScreenedAt      *string `json:"screened_at"`
	WithdrawnAt     *string `json:"withdrawn_at"`
	Credits         int     `json:"credits"`
	Personalization string  `json:"personalization"`
}

// ImportedBody stands for the body of an imported message, which the
// export does not carry.
const ImportedBody = "(imported from inmail export, which does not carry the message body)"

// HistoryResult is what an import of history did.
type HistoryResult struct {
	// Rows is how many rows the file held.
	Rows int
	// As is whom the messages were attributed to ("": each row's own
	// recruiter).
	As string
	// Added and Known count messages logged now and logged before;
	// Outcomes the outcome events added.
	Added, Known, Outcomes int
	// Skipped says, for each row left out, why ("line 4: ...").
	Skipped []string
}

// ImportHistory logs the rows' messages and outcomes, attributed to as
// ("" keeps each row's recruiter; in team mode it is the person
// themselves). Each message is its own transaction and is known by its
// recruiter, candidate, template, send time and line, so an import run
// again, or cut short and run again, adds only what is missing. A row
// whose line was already sent to another candidate here, or dated in the
// future, is skipped and said why; the rest go on.
//
// Errors: EFORBIDDEN when a member who is not an admin attributes
// messages to someone else; the store's errors.
func (s *Session) ImportHistory(rows []HistoryRow, as string) (*HistoryResult, error) {
	if as == "" && s.Person.Role.InTeam() {
		as = s.Person.Name
	}
	if as != s.Person.Name && s.Person.Role.InTeam() && !s.Person.Role.ManagesTeam() {
		return nil, forbidden("%s and imports history only as themselves, not as %s (an admin imports for others)", s.role(), as)
	}
	res := &HistoryResult{Rows: len(rows), As: as}
	now := s.Now()
	err := s.Store.Use(Create, func(db *store.DB) error {
		var events []outreach.Event
		for _, r := range rows {
			m, outcomes, err := r.message(as)
			if err != nil {
				res.Skipped = append(res.Skipped, fmt.Sprintf("line %d: %s", r.Line, err))
				continue
			}
			if m.SentAt.After(now) {
				res.Skipped = append(res.Skipped, fmt.Sprintf("line %d: sent %s, in the future", r.Line, m.SentAt.Format(time.RFC3339)))
				continue
			}
			key := historyKey(m)
			id, added, err := db.Send(m, key)
			if outreach.ErrorCode(err) == outreach.ECONFLICT || outreach.ErrorCode(err) == outreach.EINVALID {
				res.Skipped = append(res.Skipped, fmt.Sprintf("line %d: %s", r.Line, outreach.ErrorMessage(err)))
				continue
			}
			if err != nil {
				return err
			}
			if added {
				res.Added++
			} else {
				res.Known++
			}
			for _, o := range outcomes {
				if o.At.After(now) || o.At.Before(m.SentAt) {
					continue
				}
				events = append(events, outreach.Event{MessageID: id, Outcome: o.Outcome, At: o.At, Source: outreach.Import,
					Note: "imported from inmail export", Key: key + ":" + o.Outcome.String()})
			}
		}
		if len(events) == 0 {
			return nil
		}
		added, _, err := db.AppendEvents(events)
		res.Outcomes = added
		return err
	})
	return res, err
}

// timedOutcome is an outcome with its time.
type timedOutcome struct {
	Outcome outreach.Outcome
	At      time.Time
}

// message is the row as a message to log, attributed to as (or the
// row's recruiter), and its outcomes.
func (r HistoryRow) message(as string) (outreach.Message, []timedOutcome, error) {
	var m outreach.Message
	sent, err := time.Parse(time.RFC3339, r.SentAt)
	if err != nil {
		return m, nil, fmt.Errorf("sent_at %q is not an RFC 3339 time", r.SentAt)
	}
	ch, err := library.ParseChannel(r.Channel)
	if err != nil {
		return m, nil, fmt.Errorf("channel %q: use inmail or connection", r.Channel)
	}
	if strings.TrimSpace(r.CandidateID) == "" {
		return m, nil, errors.New("no candidate_id")
	}
	who := as
	if who == "" {
		who = r.Recruiter
	}
	m = outreach.Message{
		Recruiter: who, Candidate: outreach.CandidateRef{ID: r.CandidateID, Name: r.Candidate},
		Seniority: r.Seniority, TemplateID: r.Template, TemplateHash: r.TemplateHash, Channel: ch,
		Body: ImportedBody, Personalization: r.Personalization, StartedAt: sent, SentAt: sent, Credits: r.Credits,
	}
	var outs []timedOutcome
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
			return m, nil, fmt.Errorf("%s_at %q is not an RFC 3339 time", o.o, *o.at)
		}
		outs = append(outs, timedOutcome{o.o, at})
	}
	return m, outs, nil
}

// historyKey is an imported message's idempotency key: who sent what to
// whom, when.
func historyKey(m outreach.Message) string {
	h := sha256.New()
	for _, s := range []string{m.Recruiter, outreach.CandidateID(m.Candidate.ID), m.TemplateID, strconv.FormatInt(m.SentAt.Unix(), 10),
		outreach.NormalizeLine(m.Personalization)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "history:" + hex.EncodeToString(h.Sum(nil)[:16])
}
