package app

import (
	"slices"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/store"
)

// Reports: response rates for team leads, two templates or periods side
// by side, and every message with its status for a spreadsheet.

// Report aggregates the log for q on the person's seat (credits returned
// follow its refund rule). Every recruiter and template q names must be in
// the log, so a typo is an error rather than an empty report.
//
// A log that does not exist yet is an empty one, as for the log queries.
//
// Errors: EINVALID naming the unknown name and the ones the log has.
func (s *Session) Report(q report.Query) (report.Report, error) {
	q.Seat = s.Person.Seat
	var r report.Report
	if err := s.scopeReport(&q); err != nil {
		return r, err
	}
	err := s.Store.Use(Read, func(db *store.DB) error {
		dict, err := db.Dict()
		if err != nil {
			return err
		}
		if err := known(q, dict); err != nil {
			return err
		}
		agg := report.NewAggregator(q, dict)
		if err := db.ForEachFact(func(f outreach.Fact) bool {
			agg.Add(f)
			return true
		}); err != nil {
			return err
		}
		r = agg.Report()
		return nil
	})
	if noLog(err) {
		if err = known(q, outreach.Dict{}); err == nil {
			r = report.NewAggregator(q, outreach.Dict{}).Report()
		}
	}
	return r, err
}

// CompareSide is one side of a comparison: its label and the messages it
// covers (one template, and perhaps one period).
type CompareSide struct {
	Label string
	Query report.Query
}

// Compare sets two sides' 7-day response rates against each other, with
// the difference's interval and a test (report.Compare). Names are
// checked as for Report.
func (s *Session) Compare(a, b CompareSide) (report.Comparison, error) {
	var c report.Comparison
	for _, side := range []*CompareSide{&a, &b} {
		if err := s.scopeReport(&side.Query); err != nil {
			return c, err
		}
	}
	err := s.Store.Use(Read, func(db *store.DB) error {
		dict, err := db.Dict()
		if err != nil {
			return err
		}
		var aggs [2]*report.Aggregator
		for i, side := range []CompareSide{a, b} {
			side.Query.Seat = s.Person.Seat
			if err := known(side.Query, dict); err != nil {
				return err
			}
			aggs[i] = report.NewAggregator(side.Query, dict)
		}
		if err := db.ForEachFact(func(f outreach.Fact) bool {
			aggs[0].Add(f)
			aggs[1].Add(f)
			return true
		}); err != nil {
			return err
		}
		c = compareSides(a, b, aggs)
		return nil
	})
	if noLog(err) {
		var aggs [2]*report.Aggregator
		for i, side := range []CompareSide{a, b} {
			if err = known(side.Query, outreach.Dict{}); err != nil {
				return c, err
			}
			aggs[i] = report.NewAggregator(side.Query, outreach.Dict{})
		}
		c = compareSides(a, b, aggs)
	}
	return c, err
}

// compareSides compares the two sides' totals.
func compareSides(a, b CompareSide, aggs [2]*report.Aggregator) report.Comparison {
	return report.Compare(
		report.Side{Label: a.Label, Metrics: aggs[0].Report().Total},
		report.Side{Label: b.Label, Metrics: aggs[1].Report().Total},
	)
}

// known checks that every recruiter and template q names was logged.
func known(q report.Query, dict outreach.Dict) error {
	if err := knownNames("recruiter", q.Recruiters, dict.Recruiters); err != nil {
		return err
	}
	return knownNames("template", q.Templates, dict.Templates)
}

func knownNames(what string, names []string, dict outreach.Names) error {
	for _, n := range names {
		if _, ok := dict.Code(n); ok {
			continue
		}
		var have []string
		for _, d := range dict {
			if d != "" {
				have = append(have, d)
			}
		}
		slices.Sort(have)
		if len(have) > 12 {
			have = append(have[:12], "...")
		}
		hint := "nothing has been logged yet"
		if len(have) > 0 {
			hint = "the log has " + strings.Join(have, ", ")
		}
		return outreach.Errorf(outreach.EINVALID, "no message in the log has %s %q (%s)", what, n, hint)
	}
	return nil
}

// ExportRow is one message as inmail export writes it. Times are RFC 3339
// in the query's location, empty when they did not happen.
type ExportRow struct {
	ID                                uint64
	SentAt                            string
	Recruiter, Candidate, CandidateID string
	Template, TemplateHash, Seniority string
	Channel, Status                   string
	AcceptedAt, DeclinedAt, RepliedAt string
	ScreenedAt, WithdrawnAt           string
	FirstResponseAt, FirstResponse    string
	Credits, PersonalizationLength    int
	Personalization                   string
	// FollowUpOf is, on a follow-up, the id of the message it follows up
	// (0: none).
	FollowUpOf uint64

	// The rest is set by ExportHistory only: what inmail import inmail
	// needs to log the message again.
	StartedAt, Subject, Body string
	Role, Client, Hook       string
	Recontact                string
	References               []outreach.Reference
	Events                   []HistoryEvent
}

// Export calls emit with every message q covers (its period, recruiters
// and templates; as of q.Now, so later sends and outcomes are left out)
// whose status is one of statuses (none: any), oldest first, and stops at
// the first error emit returns. A log that does not exist yet has no
// messages.
func (s *Session) Export(q report.Query, statuses []outreach.Status, emit func(ExportRow) error) error {
	return s.export(q, statuses, false, emit)
}

// ExportHistory is Export with each row's subject, body, brief fields,
// references, recontact reason and events (those that happened by q.Now),
// for inmail export --format jsonl.
func (s *Session) ExportHistory(q report.Query, statuses []outreach.Status, emit func(ExportRow) error) error {
	return s.export(q, statuses, true, emit)
}

func (s *Session) export(q report.Query, statuses []outreach.Status, full bool, emit func(ExportRow) error) error {
	loc := q.Location
	if loc == nil {
		loc = q.Now.Location()
	}
	asOf := q.Now
	var err error
	if q.Recruiters, err = s.scopeRecruiters(q.Recruiters); err != nil {
		return err
	}
	err = s.Store.Use(Read, func(db *store.DB) error {
		dict, err := db.Dict()
		if err != nil {
			return err
		}
		if err := known(q, dict); err != nil {
			return err
		}
		keepRecruiter := dict.Recruiters.Set(q.Recruiters)
		keepTemplate := dict.Templates.Set(q.Templates)
		var emitErr error
		err = db.ForEachMessage(outreach.Filter{Since: q.Since, Until: q.Until}, func(m outreach.Message, f outreach.Fact) bool {
			if f.SentAt > asOf.Unix() || !keepRecruiter.Has(f.Recruiter) || !keepTemplate.Has(f.Template) {
				return true
			}
			st := f.State(asOf)
			if len(statuses) > 0 && !slices.Contains(statuses, st.Status) {
				return true
			}
			at := func(o outreach.Outcome) string {
				if !f.Occurred(o, asOf) {
					return ""
				}
				return f.Time(o).In(loc).Format(time.RFC3339)
			}
			row := ExportRow{
				ID: m.ID, SentAt: m.SentAt.In(loc).Format(time.RFC3339), Recruiter: m.Recruiter,
				Candidate: m.Candidate.Name, CandidateID: m.Candidate.ID,
				Template: m.TemplateID, TemplateHash: m.TemplateHash, Seniority: m.Seniority,
				Channel: m.Channel.String(), Status: st.Status.String(),
				AcceptedAt: at(outreach.Accepted), DeclinedAt: at(outreach.Declined), RepliedAt: at(outreach.Replied),
				ScreenedAt: at(outreach.Screened), WithdrawnAt: at(outreach.Withdrawn),
				Credits: m.Credits, PersonalizationLength: int(f.PersonalizationLen), Personalization: m.Personalization,
				FollowUpOf: m.FollowUpOf,
			}
			if !st.FirstResponse.IsZero() {
				row.FirstResponseAt, row.FirstResponse = st.FirstResponse.In(loc).Format(time.RFC3339), st.FirstResponseOutcome.String()
			}
			if full {
				if emitErr = row.addHistory(db, m, asOf, loc); emitErr != nil {
					return false
				}
			}
			emitErr = emit(row)
			return emitErr == nil
		})
		if err == nil {
			err = emitErr
		}
		return err
	})
	if noLog(err) {
		return known(q, outreach.Dict{})
	}
	return err
}
