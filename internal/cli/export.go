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
	"first_response_at", "first_response", "credits", "personalization_length", "personalization", "follow_up_of",
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
characters), personalization and follow_up_of (on a follow-up, the id of the
message it follows up; empty on others).

JSON Lines carry, after those, everything inmail import inmail needs to log
the message again in another log: started_at, subject, body, references,
role, client, hook, recontact (the reason given under the contact rule) and
events (each outcome and correction, in the order recorded: seq, outcome,
at, recorded, source, note, retracts).

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
			export := s.Export
			if jsonl {
				export = s.ExportHistory
			}
			err = export(q, want, func(r app.ExportRow) error {
				if jsonl {
					return enc.Encode(r.History())
				}
				rec = append(rec[:0], strconv.FormatUint(r.ID, 10), r.SentAt, r.Recruiter, r.Candidate, r.CandidateID,
					r.Template, r.TemplateHash, r.Seniority, r.Channel, r.Status,
					r.AcceptedAt, r.DeclinedAt, r.RepliedAt, r.ScreenedAt, r.WithdrawnAt,
					r.FirstResponseAt, r.FirstResponse, strconv.Itoa(r.Credits), strconv.Itoa(r.PersonalizationLength), r.Personalization, "")
				if r.FollowUpOf != 0 {
					rec[len(rec)-1] = strconv.FormatUint(r.FollowUpOf, 10)
				}
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
