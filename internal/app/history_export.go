package app

import (
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// HistoryRow is one message as inmail export --format jsonl writes it and
// inmail import inmail reads it: the CSV's columns, in the same order
// (times that did not happen are null), then everything else the message
// needs to be logged again in another log. Rows written before the export
// carried the subject, body and events still import: the message gets
// ImportedBody and its outcomes from the *_at times.
type HistoryRow struct {
	// Line is where the row was in the file, for messages.
	Line int `json:"-"`

	ID                    uint64  `json:"id"`
	SentAt                string  `json:"sent_at"`
	Recruiter             string  `json:"recruiter"`
	Candidate             string  `json:"candidate"`
	CandidateID           string  `json:"candidate_id"`
	Template              string  `json:"template"`
	TemplateHash          string  `json:"template_hash"`
	Seniority             string  `json:"seniority"`
	Channel               string  `json:"channel"`
	Status                string  `json:"status"`
	AcceptedAt            *string `json:"accepted_at"`
	DeclinedAt            *string `json:"declined_at"`
	RepliedAt             *string `json:"replied_at"`
	ScreenedAt            *string `json:"screened_at"`
	WithdrawnAt           *string `json:"withdrawn_at"`
	FirstResponseAt       *string `json:"first_response_at"`
	FirstResponse         *string `json:"first_response"`
	Credits               int     `json:"credits"`
	PersonalizationLength int     `json:"personalization_length"`
	Personalization       string  `json:"personalization"`
	// FollowUpOf is, on a follow-up, the id (in the exported log, as ID
	// is) of the message it follows up, which the file has before it; null
	// on other messages.
	FollowUpOf *uint64 `json:"follow_up_of"`

	StartedAt  string               `json:"started_at,omitempty"`
	Subject    string               `json:"subject,omitempty"`
	Body       string               `json:"body"`
	References []outreach.Reference `json:"references,omitempty"`
	Role       string               `json:"role,omitempty"`
	Client     string               `json:"client,omitempty"`
	Hook       string               `json:"hook,omitempty"`
	Recontact  string               `json:"recontact,omitempty"`
	// Events are the message's outcomes and corrections in the order they
	// were recorded; nil in rows of an older export.
	Events []HistoryEvent `json:"events"`
}

// HistoryEvent is one of a message's events in inmail export --format
// jsonl. Seq numbers the message's events from 1; a correction takes back
// event Retracts (and its Outcome is the outcome taken back).
type HistoryEvent struct {
	Seq      int              `json:"seq"`
	Outcome  outreach.Outcome `json:"outcome,omitzero"`
	At       string           `json:"at"`
	Recorded string           `json:"recorded,omitempty"`
	Source   outreach.Source  `json:"source"`
	Note     string           `json:"note,omitempty"`
	Retracts int              `json:"retracts,omitempty"`
	// Key is the key an imported event was known by (a LinkedIn message),
	// so importing that again into the other log adds nothing.
	Key string `json:"key,omitempty"`
}

// History is r as a row of JSON Lines.
func (r ExportRow) History() HistoryRow {
	return HistoryRow{
		ID: r.ID, SentAt: r.SentAt, Recruiter: r.Recruiter, Candidate: r.Candidate, CandidateID: r.CandidateID,
		Template: r.Template, TemplateHash: r.TemplateHash, Seniority: r.Seniority, Channel: r.Channel, Status: r.Status,
		AcceptedAt: null(r.AcceptedAt), DeclinedAt: null(r.DeclinedAt), RepliedAt: null(r.RepliedAt), ScreenedAt: null(r.ScreenedAt),
		WithdrawnAt: null(r.WithdrawnAt), FirstResponseAt: null(r.FirstResponseAt), FirstResponse: null(r.FirstResponse),
		Credits: r.Credits, PersonalizationLength: r.PersonalizationLength, Personalization: r.Personalization,
		StartedAt: r.StartedAt, Subject: r.Subject, Body: r.Body, References: r.References,
		Role: r.Role, Client: r.Client, Hook: r.Hook, Recontact: r.Recontact, FollowUpOf: nullID(r.FollowUpOf), Events: r.Events,
	}
}

func nullID(id uint64) *uint64 {
	if id == 0 {
		return nil
	}
	return &id
}

// followUpOf is FollowUpOf, 0 when null.
func (r HistoryRow) followUpOf() uint64 {
	if r.FollowUpOf == nil {
		return 0
	}
	return *r.FollowUpOf
}

func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// addHistory fills in what ExportHistory adds to a row: m's other fields
// and its events that happened by asOf, times in loc.
func (r *ExportRow) addHistory(db *store.DB, m outreach.Message, asOf time.Time, loc *time.Location) error {
	if !m.StartedAt.IsZero() {
		r.StartedAt = m.StartedAt.In(loc).Format(time.RFC3339)
	}
	r.Subject, r.Body, r.References = m.Subject, m.Body, m.References
	r.Role, r.Client, r.Hook, r.Recontact = m.Role, m.Client, m.Hook, m.Recontact
	evs, err := db.Events(m.ID)
	if err != nil {
		return err
	}
	r.Events = make([]HistoryEvent, 0, len(evs))
	for _, e := range evs {
		if e.At.After(asOf) {
			continue
		}
		he := HistoryEvent{Seq: e.Seq, Outcome: e.Outcome, At: e.At.In(loc).Format(time.RFC3339), Source: e.Source,
			Note: e.Note, Retracts: e.Retracts, Key: e.Key}
		if !e.Recorded.IsZero() {
			he.Recorded = e.Recorded.In(loc).Format(time.RFC3339)
		}
		r.Events = append(r.Events, he)
	}
	return nil
}
