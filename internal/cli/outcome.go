package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/outreach"
)

// newOutcomeCmd records what happened to a sent message, or takes the last
// record back.
func newOutcomeCmd(a *App) *cobra.Command {
	var (
		at, note       string
		undo, backfill bool
	)
	cmd := &cobra.Command{
		Use:   "outcome ID accepted|declined|replied|screened|withdrawn",
		Short: "Record what happened to a sent message, or undo the last record",
		Long: `Record an outcome for a logged message: accepted, declined or replied (the
candidate responded), screened (a screening call was booked) or withdrawn (the
message was never actually sent on LinkedIn, so it spent no credit). The
outcome is dated now unless --at gives the time it happened, which cannot be
before the send or in the future, nor more than 90 days ago or before the
seat's first month unless --backfill says you are importing history. Then
print where the message stands.

Nothing is ever overwritten: --undo records a correction that takes back the
latest outcome still in force (with an outcome named, the latest of that
kind). "inmail log show ID" lists every event, corrections included.`,
		Example: `  inmail outcome 12 replied
  inmail outcome 12 accepted --at "2026-03-09 14:30" --note "asked for the job spec"
  inmail outcome 12 screened --at 2026-03-11T10:00:00Z
  inmail outcome 12 --undo
  inmail outcome 12 replied --undo`,
		GroupID: "track",
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case len(args) == 0:
				return badInput(errors.New("give a message id and an outcome, e.g. inmail outcome 12 replied (see inmail log for the ids)"))
			case len(args) == 1 && !undo:
				return badInput(errors.New("give an outcome after the id: accepted, declined, replied, screened or withdrawn (or --undo)"))
			case len(args) > 2:
				return badInput(fmt.Errorf("too many arguments (%d): give a message id and one outcome", len(args)))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			var o outreach.Outcome
			if len(args) == 2 {
				if o, err = outreach.ParseOutcome(strings.ToLower(strings.TrimSpace(args[1]))); err != nil {
					return badInput(err)
				}
			}
			req := app.OutcomeRequest{ID: id, Outcome: o, Undo: undo, Note: note, Backfill: backfill}
			now := a.Now()
			if cmd.Flags().Changed("at") {
				if undo {
					return badInput(errors.New("--at does not go with --undo: a correction is dated when you make it"))
				}
				if req.At, err = parseAt(at, now.Location()); err != nil {
					return badInput(err)
				}
			}
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			res, err := s.RecordOutcome(req)
			if err != nil {
				return err
			}
			w, ev := cmd.OutOrStdout(), res.Event
			if undo {
				fmt.Fprintf(w, "Undid %s dated %s (event %d) on message %d with event %d.\n",
					res.Undone.Outcome, clock(res.Undone.At, now), res.Undone.Seq, id, ev.Seq)
			} else {
				fmt.Fprintf(w, "Recorded %s for message %d at %s (event %d).\n", ev.Outcome, id, clock(ev.At, now), ev.Seq)
			}
			fmt.Fprintf(w, "%s · %s\n", res.Entry.Candidate.Display(), s.StatusLine(res.Entry))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&at, "at", "", "when it happened: `TIME` like \"2026-03-09 14:30\" (local) or RFC 3339 (default: now)")
	fl.StringVar(&note, "note", "", "a note to keep with the event")
	fl.BoolVar(&undo, "undo", false, "take back the latest outcome in force instead of recording one")
	fl.BoolVar(&backfill, "backfill", false, "allow an --at more than 90 days ago or before the seat's first month, to import history")
	return cmd
}
