package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/outreach"
)

// newOutcomeCmd records what happened to a sent message, or takes the last
// record back.
func newOutcomeCmd(a *App) *cobra.Command {
	var (
		at, note string
		undo     bool
	)
	cmd := &cobra.Command{
		Use:   "outcome ID accepted|declined|replied|screened|withdrawn",
		Short: "Record what happened to a sent message, or undo the last record",
		Long: `Record an outcome for a logged message: accepted, declined or replied (the
candidate responded), screened (a screening call was booked) or withdrawn (the
message was never actually sent on LinkedIn, so it spent no credit). The
outcome is dated now unless --at gives the time it happened, which cannot be
before the send or in the future. Then print where the message stands.

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
			now := a.Now()
			when := now
			if cmd.Flags().Changed("at") {
				if undo {
					return badInput(errors.New("--at does not go with --undo: a correction is dated when you make it"))
				}
				if when, err = parseAt(at, now.Location()); err != nil {
					return badInput(err)
				}
			}
			seat, _, err := a.seat()
			if err != nil {
				return err
			}
			if _, err := os.Stat(a.DBPath); errors.Is(err, fs.ErrNotExist) {
				// Opening for writing would create an empty log just to say so.
				return badInput(fmt.Errorf("no message %d: nothing has been logged in %s yet", id, a.DBPath))
			}
			db, err := a.openStore(false)
			if err != nil {
				return err
			}
			defer db.Close()

			var done string
			if undo {
				evs, err := db.Events(id)
				if err != nil {
					return err
				}
				target, ok := outreach.LatestInForce(evs, o)
				if !ok {
					if o != 0 {
						return badInput(fmt.Errorf("message %d has no %s outcome in force to undo (see inmail log show %d)", id, o, id))
					}
					return badInput(fmt.Errorf("message %d has no outcome in force to undo (see inmail log show %d)", id, id))
				}
				ev, err := db.AppendEvent(outreach.Event{MessageID: id, Retracts: target.Seq, At: now, Source: outreach.Manual, Note: note})
				if err != nil {
					return err
				}
				done = fmt.Sprintf("Undid %s dated %s (event %d) on message %d with event %d.",
					target.Outcome, clock(target.At, now), target.Seq, id, ev.Seq)
			} else {
				ev, err := db.AppendEvent(outreach.Event{MessageID: id, Outcome: o, At: when, Source: outreach.Manual, Note: note})
				if err != nil {
					return err
				}
				done = fmt.Sprintf("Recorded %s for message %d at %s (event %d).", ev.Outcome, id, clock(ev.At, now), ev.Seq)
			}
			e, err := db.Entry(id)
			if err != nil {
				return err
			}
			writeOutcome(cmd.OutOrStdout(), done, e, seat, now)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&at, "at", "", "when it happened: `TIME` like \"2026-03-09 14:30\" (local) or RFC 3339 (default: now)")
	fl.StringVar(&note, "note", "", "a note to keep with the event")
	fl.BoolVar(&undo, "undo", false, "take back the latest outcome in force instead of recording one")
	return cmd
}

// writeOutcome prints what was done and where the message now stands:
// "Priya Raman · responded in 1 day 4 hours · credit returned".
func writeOutcome(w io.Writer, done string, e outreach.Entry, seat outreach.Seat, now time.Time) {
	fmt.Fprintln(w, done)
	fmt.Fprintf(w, "%s · %s\n", oneLine(e.Candidate.Name, e.Candidate.ID), statusLine(e, seat, now))
}
