package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
)

// exportColumns are the columns of inmail export, in order.
var exportColumns = []string{
	"id", "sent_at", "recruiter", "candidate", "candidate_id", "template", "template_hash", "seniority", "channel",
	"status", "accepted_at", "declined_at", "replied_at", "screened_at", "withdrawn_at",
	"first_response_at", "first_response", "credits", "personalization_length", "personalization",
}

func newExportCmd(a *App) *cobra.Command {
	var (
		rf       reportFlags
		statuses []string
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export logged messages with their status and outcome times as CSV or JSON Lines",
		Long: `Export logged messages, oldest first, one row (CSV) or one object (JSON Lines)
each: id, sent_at, recruiter, candidate, candidate_id, template, template_hash,
seniority, channel, status (awaiting, responded, late, none or withdrawn),
accepted_at, declined_at, replied_at, screened_at, withdrawn_at (the first time
each happened; empty when it did not), first_response_at and first_response
(the first accept, decline or reply), credits, personalization_length (in
characters) and personalization.

Times are RFC 3339 in the --tz zone. Status and outcomes are as of --as-of
(default now): outcomes after it are left out. The CSV is spreadsheet-safe: a
cell that starts with = + - @ or a tab gets a leading single quote.`,
		Example: `  inmail export > log.csv
  inmail export --format jsonl --since 2025-01 --recruiter "Jordan Blake"
  inmail export --status awaiting,responded --template associate/direct-intro`,
		GroupID: "lead",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			jsonl := false
			switch strings.ToLower(rf.format) {
			case "csv":
			case "jsonl", "ndjson":
				jsonl = true
			default:
				return badInput(fmt.Errorf("unknown export format %q: use csv or jsonl", rf.format))
			}
			var want []outreach.Status
			for _, s := range statuses {
				st, err := outreach.ParseStatus(strings.TrimSpace(s))
				if err != nil {
					return badInput(err)
				}
				want = append(want, st)
			}
			db, dict, q, err := rf.open(a)
			if err != nil {
				return err
			}
			defer db.Close()
			keepRecruiter := codes(dict.Recruiters, q.Recruiters)
			keepTemplate := codes(dict.Templates, q.Templates)
			asOf, loc := q.Now, q.Location

			w := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			cw := report.NewCSVWriter(w)
			if !jsonl {
				if err := cw.Write(exportColumns); err != nil {
					return err
				}
			}
			var (
				rec   = make([]string, len(exportColumns))
				enc   = json.NewEncoder(w)
				wrErr error
			)
			enc.SetEscapeHTML(false)
			filter := outreach.Filter{Since: q.Since, Until: q.Until}
			err = db.ForEachMessage(filter, func(m outreach.Message, f outreach.Fact) bool {
				if f.SentAt > asOf.Unix() || !keep(keepRecruiter, f.Recruiter) || !keep(keepTemplate, f.Template) {
					return true
				}
				st := f.State(asOf)
				if len(want) > 0 && !slices.Contains(want, st.Status) {
					return true
				}
				at := func(o outreach.Outcome) string {
					if !f.Occurred(o, asOf) {
						return ""
					}
					return f.Time(o).In(loc).Format(time.RFC3339)
				}
				var firstAt, first string
				if !st.FirstResponse.IsZero() {
					firstAt, first = st.FirstResponse.In(loc).Format(time.RFC3339), st.FirstResponseOutcome.String()
				}
				vals := []string{
					strconv.FormatUint(m.ID, 10), m.SentAt.In(loc).Format(time.RFC3339), m.Recruiter, m.Candidate.Name, m.Candidate.ID,
					m.TemplateID, m.TemplateHash, m.Seniority, m.Channel.String(), st.Status.String(),
					at(outreach.Accepted), at(outreach.Declined), at(outreach.Replied), at(outreach.Screened), at(outreach.Withdrawn),
					firstAt, first, strconv.Itoa(m.Credits), strconv.Itoa(int(f.PersonalizationLen)), m.Personalization,
				}
				if !jsonl {
					copy(rec, vals)
					wrErr = cw.Write(rec)
					return wrErr == nil
				}
				row := exportRow{
					ID: m.ID, SentAt: vals[1], Recruiter: m.Recruiter, Candidate: m.Candidate.Name, CandidateID: m.Candidate.ID,
					Template: m.TemplateID, TemplateHash: m.TemplateHash, Seniority: m.Seniority, Channel: vals[8], Status: vals[9],
					AcceptedAt: null(vals[10]), DeclinedAt: null(vals[11]), RepliedAt: null(vals[12]), ScreenedAt: null(vals[13]),
					WithdrawnAt: null(vals[14]), FirstResponseAt: null(firstAt), FirstResponse: null(first),
					Credits: m.Credits, PersonalizationLength: int(f.PersonalizationLen), Personalization: m.Personalization,
				}
				wrErr = enc.Encode(row)
				return wrErr == nil
			})
			if err == nil {
				err = wrErr
			}
			if err == nil && !jsonl {
				err = cw.Flush()
			}
			if err == nil {
				err = w.Flush()
			}
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			return nil
		},
	}
	rf.add(cmd, "csv or jsonl", "csv")
	cmd.Flags().StringSliceVar(&statuses, "status", nil, "only messages with these statuses (`STATUS`: awaiting, responded, late, none, withdrawn)")
	return cmd
}

// exportRow is one message in JSON Lines, with the CSV's columns in the
// same order; times that did not happen are null.
type exportRow struct {
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
}

func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// codes marks the dictionary codes of names (nil: keep all).
func codes(dict outreach.Names, names []string) []bool {
	if len(names) == 0 {
		return nil
	}
	set := make([]bool, len(dict))
	for _, n := range names {
		if c, ok := dict.Code(n); ok {
			set[c] = true
		}
	}
	return set
}

func keep(set []bool, c uint32) bool { return set == nil || (int(c) < len(set) && set[c]) }
