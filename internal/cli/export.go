package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
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
			s, err := a.session(0)
			if err != nil {
				return err
			}
			q, err := rf.query(a)
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			cw := report.NewCSVWriter(w)
			if !jsonl {
				if err := cw.Write(exportColumns); err != nil {
					return fmt.Errorf("export: %w", err)
				}
			}
			rec := make([]string, len(exportColumns))
			jw := jsonWriter(w)
			enc := json.NewEncoder(jw)
			enc.SetEscapeHTML(false)
			err = s.Export(q, want, func(r app.ExportRow) error {
				if jsonl {
					return enc.Encode(jsonRow(r))
				}
				rec = append(rec[:0], strconv.FormatUint(r.ID, 10), r.SentAt, r.Recruiter, r.Candidate, r.CandidateID,
					r.Template, r.TemplateHash, r.Seniority, r.Channel, r.Status,
					r.AcceptedAt, r.DeclinedAt, r.RepliedAt, r.ScreenedAt, r.WithdrawnAt,
					r.FirstResponseAt, r.FirstResponse, strconv.Itoa(r.Credits), strconv.Itoa(r.PersonalizationLength), r.Personalization)
				return cw.Write(rec)
			})
			if err == nil && !jsonl {
				err = cw.Flush()
			}
			if err == nil && jsonl {
				err = jw.Flush()
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

// jsonRow is r as JSON Lines write it.
func jsonRow(r app.ExportRow) exportRow {
	return exportRow{
		ID: r.ID, SentAt: r.SentAt, Recruiter: r.Recruiter, Candidate: r.Candidate, CandidateID: r.CandidateID,
		Template: r.Template, TemplateHash: r.TemplateHash, Seniority: r.Seniority, Channel: r.Channel, Status: r.Status,
		AcceptedAt: null(r.AcceptedAt), DeclinedAt: null(r.DeclinedAt), RepliedAt: null(r.RepliedAt), ScreenedAt: null(r.ScreenedAt),
		WithdrawnAt: null(r.WithdrawnAt), FirstResponseAt: null(r.FirstResponseAt), FirstResponse: null(r.FirstResponse),
		Credits: r.Credits, PersonalizationLength: r.PersonalizationLength, Personalization: r.Personalization,
	}
}

func null(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
