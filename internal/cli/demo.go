package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/demo"
	"github.com/inmail/inmail/internal/words"
)

// defaultDemoMessages is the size of a demo history when --messages is not
// given: half a year of six recruiters, enough to fill every screen.
const defaultDemoMessages = 10_000

func newDemoCmd(a *App) *cobra.Command {
	var (
		messages int
		seed     uint64
		end      string
	)
	cmd := &cobra.Command{
		Use:   "demo --db PATH",
		Short: "Fill a new database with a realistic synthetic history",
		Long: `Fill a new database with a synthetic history of outreach: several recruiters
sending every template of the library to made-up lawyers, with outcomes that
arrive after realistic delays (most answers in 1 to 3 days, some late replies,
declines, screening calls, a few withdrawn messages) and response rates that
differ by template and seniority and rise over time. The same --seed gives the
same history (for the same --messages, --end and templates).

--db is required, so a demo never lands in your own log by accident, and the
database must be new or empty: demo refuses a file that already holds messages
(delete it, or pick another path).`,
		Example: `  inmail demo --db /tmp/demo.db
  inmail demo --db /tmp/big.db --messages 1000000 --seed 7
  inmail --db /tmp/demo.db report --by template`,
		GroupID: "lead",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("db") {
				return badInput(errors.New("give the database to fill with --db PATH: a demo history goes in a database of its own, never in your log"))
			}
			if messages < 1 || messages > 100_000_000 {
				return badInput(fmt.Errorf("--messages must be between 1 and 100,000,000, not %d", messages))
			}
			until := a.Now()
			if end != "" {
				t, err := parseTimeAt(end, until.Location(), false, until)
				if err != nil {
					return badInput(fmt.Errorf("--end: %w", err))
				}
				if t.After(until) {
					return badInput(fmt.Errorf("--end %s is in the future; a history ends at the latest now", end))
				}
				until = t
			}
			s, err := a.session(withTemplates)
			if err != nil {
				return err
			}
			reportProblems(cmd.ErrOrStderr(), s.Problems)
			started := time.Now()
			o := demo.Options{Messages: messages, Seed: seed, End: until}
			// config.yaml's recruiter is one of the history's, so the
			// tracker opens on their messages; a config that does not read
			// only loses that.
			if cfg, err := a.Config(); err == nil && strings.TrimSpace(cfg.Recruiter) != "" {
				o.Recruiters = []string{strings.TrimSpace(cfg.Recruiter)}
			}
			res, err := s.Demo(o)
			if err != nil {
				if app.Classified(err) {
					return err
				}
				return fmt.Errorf("demo: %w", err)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "Wrote %s messages (%s of them follow-ups), %s outcome events and %s candidates to %s: %d recruiters, %d templates, sent %s to %s (seed %d, %.1fs).\n",
				words.Thousands(res.Messages), words.Thousands(res.FollowUps), words.Thousands(res.Events), words.Thousands(res.Candidates),
				res.Path, len(res.Recruiters), res.Templates,
				res.Start.Format(time.DateOnly), res.End.Format(time.DateOnly), seed, time.Since(started).Seconds())
			if res.You != "" {
				fmt.Fprintf(w, "You (%s, config.yaml's recruiter) are one of its recruiters: the log has messages of yours to record outcomes on and follow up.\n", res.You)
			} else {
				names := strings.Join(res.Recruiters, ", ")
				if n := len(res.Recruiters); n > 5 {
					names = strings.Join(res.Recruiters[:4], ", ") + fmt.Sprintf(" and %d more (inmail --db %s report --by recruiter lists them)", n-4, res.Path)
				}
				fmt.Fprintf(w, "Its recruiters: %s. To open it as one, set recruiter: %q in config.yaml.\n", names, res.Recruiters[0])
			}
			fmt.Fprintf(w, "Try: inmail --db %s report --by template,seniority\n", res.Path)
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&messages, "messages", defaultDemoMessages, "how many messages to make")
	f.Uint64Var(&seed, "seed", 1, "which history to make; the same seed gives the same one")
	f.StringVar(&end, "end", "", "when the history ends (`TIME`, default now); nothing is dated after it")
	return cmd
}
