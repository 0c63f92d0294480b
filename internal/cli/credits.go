package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/outreach"
)

// newCreditsCmd shows the seat's InMail credits and sending health.
func newCreditsCmd(a *App) *cobra.Command {
	var (
		months    int
		asJSON    bool
		recruiter string
	)
	cmd := &cobra.Command{
		Use:   "credits",
		Short: "Show this month's InMail credits and your 14-day response rate",
		Long: `Show the seat's InMail credits for this month: the monthly allotment, what was
carried over from last month (up to the seat's cap), what was spent, what came
back and what is left. It is worked out from the log every time, never kept as
a counter: one credit per InMail sent, none for a withdrawn one, and the credit
back when an InMail is accepted, declined or replied to within 90 days (when
the seat refunds). The seat comes from config.yaml (seat.preset, monthly, cap,
refunds, start); the messages counted are the recruiter's, as inmail send
logs them: recruiter in config.yaml, else $USER. --recruiter "" counts
everyone's.

Below it, the response rate of your InMails over the last 14 days against
LinkedIn's 13% line, which applies from 100 InMails in 14 days; inmail warns
before it is crossed.`,
		Example: `  inmail credits
  inmail credits --months 6
  inmail credits --json
  inmail credits --recruiter "Sam Reyes"`,
		GroupID: "track",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if months < 1 {
				return badInput(fmt.Errorf("--months %d: give 1 or more", months))
			}
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("recruiter") {
				recruiter = s.Person.Name
			}
			c, err := s.Credits(recruiter, months)
			if err != nil {
				return err
			}
			p := s.Person
			if asJSON {
				start := ""
				if !c.Start.IsZero() {
					start = c.Start.Format("2006-01")
				}
				return writeJSON(cmd.OutOrStdout(), creditsJSON{
					Recruiter: recruiter,
					Seat:      seatJSON{Preset: p.Preset.String(), Monthly: p.Seat.Monthly, Cap: p.Seat.Cap, Refunds: p.Seat.Refunds, Start: start},
					Month:     c.Month(),
					Months:    c.Months,
					Health:    c.Health,
				})
			}
			w := cmd.OutOrStdout()
			writeSeat(w, recruiter, p.Preset, p.Seat)
			if months == 1 {
				writeMonth(w, c.Months[0], a.Now())
			} else {
				writeMonths(w, c.Months, a.Now())
			}
			writeHealth(w, c.Health)
			return nil
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&months, "months", 1, "show the last `N` months")
	fl.BoolVar(&asJSON, "json", false, "print JSON instead of text")
	fl.StringVar(&recruiter, "recruiter", "", "count this recruiter's messages (default: recruiter in config.yaml, else $USER; \"\" for everyone's)")
	cmd.AddCommand(newCreditsSetCmd(a))
	return cmd
}

// newCreditsSetCmd is `inmail credits set N`: the balance LinkedIn shows,
// for the ledger to count from.
func newCreditsSetCmd(a *App) *cobra.Command {
	var at string
	cmd := &cobra.Command{
		Use:   "set N",
		Short: "Record the InMail credits LinkedIn shows, for the ledger to count from",
		Long: `Record N, the InMail credits LinkedIn shows for your seat now (or at --at), as
the balance the ledger counts from: that month starts from N, and only what
was sent and given back after it counts there. Use it when the log began
after the seat did, or missed sends made outside inmail. The latest balance
set wins; nothing is overwritten.

--at takes the time LinkedIn showed it: 2026-03-09 14:30 (local time) or
RFC 3339, not in the future and not before the seat's first month.`,
		Example: `  inmail credits set 112
  inmail credits set 76 --at "2026-03-02 09:00"`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			n, err := strconv.Atoi(strings.TrimSpace(args[0]))
			if err != nil {
				return badInput(fmt.Errorf("%q is not a number of credits: give the InMail credits LinkedIn shows, such as 112", args[0]))
			}
			var when time.Time
			if at != "" {
				if when, err = parseAt(at, a.Now().Location()); err != nil {
					return badInput(err)
				}
			}
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			anchor, m, err := s.SetCredits(n, when)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Set %s's credits to %d at %s; %d left this month.\n",
				anchor.Recruiter, anchor.Balance, clock(anchor.At, a.Now()), m.Left)
			return nil
		},
	}
	cmd.Flags().StringVar(&at, "at", "", "when LinkedIn showed the balance: 2026-03-09 14:30 (local time) or RFC 3339 (default: now)")
	return cmd
}

// creditsJSON is what `inmail credits --json` prints.
type creditsJSON struct {
	Recruiter string   `json:"recruiter"`
	Seat      seatJSON `json:"seat"`
	// Month is the current month; Months the last --months months, ending
	// with it.
	Month  outreach.Month       `json:"month"`
	Months []outreach.Month     `json:"months"`
	Health outreach.HealthState `json:"health"`
}

type seatJSON struct {
	Preset  string `json:"preset"`
	Monthly int    `json:"monthly"`
	Cap     int    `json:"cap"`
	Refunds bool   `json:"refunds"`
	Start   string `json:"start,omitempty"`
}

// writeSeat prints whose credits these are and the seat's rules.
func writeSeat(w io.Writer, recruiter string, preset outreach.Preset, s outreach.Seat) {
	who := recruiter
	if who == "" {
		who = "all recruiters"
	}
	refunds := "responses within 90 days give the credit back"
	if !s.Refunds {
		refunds = "no credits back"
	}
	fmt.Fprintf(w, "Credits · %s · %s seat: %d a month, holds up to %d, %s\n\n",
		who, preset.Label(), s.Monthly, s.Cap, refunds)
}

// writeMonth prints one month's ledger.
func writeMonth(w io.Writer, m outreach.Month, now time.Time) {
	fmt.Fprintln(w, m.Start.Format("January 2006"))
	type row struct {
		name string
		n    int
	}
	rows := []row{{"allotment", m.Allotment}, {"carried over", m.CarriedOver}}
	if !m.SetAt.IsZero() {
		rows = []row{{"set", m.Set}}
	}
	rows = append(rows, row{"spent", m.Spent}, row{"returned", m.Returned}, row{"left", m.Left})
	width := 0
	for _, r := range rows {
		width = max(width, len(strconv.Itoa(r.n)))
	}
	for _, r := range rows {
		fmt.Fprintf(w, "  %-12s  %*d\n", r.name, width, r.n)
	}
	if !m.SetAt.IsZero() {
		fmt.Fprintf(w, "Counted from the %d credits set for %s (inmail credits set); spent and returned are since then.\n", m.Set, clock(m.SetAt, now))
	}
	if m.Left < 0 {
		fmt.Fprintln(w, "More InMails were logged than the seat had credits for; check seat in config.yaml.")
	}
}

// writeMonths prints a table of months, the current one last. A month
// counted from a balance set by hand shows it as "set N" and says when.
func writeMonths(w io.Writer, ms []outreach.Month, now time.Time) {
	header := []string{"MONTH", "ALLOTMENT", "CARRIED OVER", "SPENT", "RETURNED", "LEFT"}
	rows := [][]string{header}
	var notes []string
	for _, m := range ms {
		allot, carried := strconv.Itoa(m.Allotment), strconv.Itoa(m.CarriedOver)
		if !m.SetAt.IsZero() {
			allot, carried = "set "+strconv.Itoa(m.Set), "-"
			notes = append(notes, fmt.Sprintf("%s: counted from the %d credits set for %s (inmail credits set).", m.Start.Format("2006-01"), m.Set, clock(m.SetAt, now)))
		}
		rows = append(rows, []string{m.Start.Format("2006-01"), allot, carried,
			strconv.Itoa(m.Spent), strconv.Itoa(m.Returned), strconv.Itoa(m.Left)})
	}
	widths := make([]int, len(header))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	for _, r := range rows {
		// The month reads left to right; the numbers line up on the right.
		line := fmt.Sprintf("%-*s", widths[0], r[0])
		for i, c := range r[1:] {
			line += fmt.Sprintf("  %*s", widths[i+1], c)
		}
		fmt.Fprintln(w, line)
	}
	for _, n := range notes {
		fmt.Fprintln(w, n)
	}
}

// writeHealth prints the 14-day response rate, flagged when it is low.
func writeHealth(w io.Writer, h outreach.HealthState) {
	label := "Health"
	switch h.Level {
	case outreach.LevelWarn:
		label = "Warning"
	case outreach.LevelDanger:
		label = "Danger"
	}
	fmt.Fprintf(w, "\n%s: %s\n", label, h.Message)
}
