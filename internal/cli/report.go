package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // --tz works on machines without a zoneinfo database

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/report"
)

// reportFlags are the selection flags report, compare and export share.
type reportFlags struct {
	since, until string
	recruiters   []string
	templates    []string
	asOf         string
	tz           string
	format       string
}

func (rf *reportFlags) add(cmd *cobra.Command, formats, format string) {
	f := cmd.Flags()
	f.StringVar(&rf.since, "since", "", "only messages sent at or after `TIME` (2025-01-31, 2025-01, 2025-01-31T09:00, RFC 3339, or 90d / 12w ago)")
	f.StringVar(&rf.until, "until", "", "only messages sent before `TIME`; a date or month includes that whole day or month")
	f.StringSliceVar(&rf.recruiters, "recruiter", nil, "only messages from these recruiters (`NAME`, repeat or comma-separate)")
	f.StringSliceVar(&rf.templates, "template", nil, "only messages with these templates (`ID`, repeat or comma-separate)")
	f.StringVar(&rf.asOf, "as-of", "", "report as of `TIME` (default now): later sends and outcomes are left out")
	f.StringVar(&rf.tz, "tz", "", "time zone for dates, weeks and months (`ZONE`, e.g. Europe/London; default local)")
	f.StringVar(&rf.format, "format", format, "output `format`: "+formats)
}

// query turns the flags into a report query. The recruiters and
// templates it names are checked against the log by the use case.
func (rf *reportFlags) query(a *App) (report.Query, error) {
	loc := a.Now().Location()
	if rf.tz != "" {
		l, err := time.LoadLocation(rf.tz)
		if err != nil {
			return report.Query{}, badInput(fmt.Errorf("--tz %q is not a time zone inmail knows (use a name such as Europe/London or UTC)", rf.tz))
		}
		loc = l
	}
	now := a.Now().In(loc).Truncate(time.Second)
	q := report.Query{Now: now, Location: loc, Recruiters: names(rf.recruiters), Templates: names(rf.templates)}
	if rf.asOf != "" {
		t, err := parseTimeAt(rf.asOf, loc, false, now)
		if err != nil {
			return q, badInput(fmt.Errorf("--as-of: %w", err))
		}
		q.Now = t
	}
	var err error
	if rf.since != "" {
		if q.Since, err = parseTimeAt(rf.since, loc, false, now); err != nil {
			return q, badInput(fmt.Errorf("--since: %w", err))
		}
	}
	if rf.until != "" {
		if q.Until, err = parseTimeAt(rf.until, loc, true, now); err != nil {
			return q, badInput(fmt.Errorf("--until: %w", err))
		}
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && !q.Until.After(q.Since) {
		return q, badInput(fmt.Errorf("--until (%s) must come after --since (%s)", q.Until.Format(time.DateTime), q.Since.Format(time.DateTime)))
	}
	return q, nil
}

// names are a repeated flag's values, trimmed, without empty ones.
func names(vals []string) []string {
	var out []string
	for _, n := range vals {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// tableWidth is the terminal's width when w is one, else 80.
func tableWidth(w io.Writer) int {
	if f, ok := underlying(w).(*os.File); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width >= 40 {
			return width
		}
	}
	return 80
}

// writeReport writes a report or a comparison to out in format, JSON
// through jsonWriter, a table as wide as the terminal.
func writeReport(out io.Writer, format report.Format, write func(io.Writer, report.Format, report.Options) error) error {
	opts := report.Options{Width: tableWidth(out)}
	if format != report.JSON {
		return write(out, format, opts)
	}
	jw := jsonWriter(out)
	if err := write(jw, format, opts); err != nil {
		return err
	}
	return jw.Flush()
}

func newReportCmd(a *App) *cobra.Command {
	var (
		rf reportFlags
		by string
	)
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Response rates by template, brief, seniority, recruiter, channel, week or month",
		Long: `Report 7-day response rates and everything around them: sent, window open,
awaiting, responded, its rate with a 95% Wilson interval, positive (accepted or replied
within 7 days), accepted, declined, replied, late, no response, screened and the
sent-to-screen conversion, credits spent and returned, the median time to first
response and the median personalization length.

Rates count decided messages only: those whose 7-day window has closed.
Messages sent in the last 7 days are in their window and left out of every rate
until it closes, even those already answered; the report says how many, and how
many of them are awaiting (no response yet, as inmail log --status awaiting
lists them). Withdrawn messages are left out of everything.

--by takes one or more of template, brief (the search a message was sent for:
see inmail briefs), seniority, recruiter, channel, week (ISO, Monday first)
and month, comma-separated. The table fits the terminal (80
columns when not a terminal) by leaving out its least important columns; csv,
json and markdown have every number.`,
		Example: `  inmail report
  inmail report --by template,seniority
  inmail report --by brief --since 90d
  inmail report --by week --template associate/direct-intro --since 12w
  inmail report --by recruiter --since 2025-01 --until 2025-03 --format csv > q1.csv
  inmail report compare associate/direct-intro associate/next-step`,
		GroupID: "lead",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dims, err := report.ParseDimensions(by)
			if err != nil {
				return badInput(err)
			}
			format, err := report.ParseFormat(rf.format)
			if err != nil {
				return badInput(err)
			}
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			q, err := rf.query(a)
			if err != nil {
				return err
			}
			q.By = dims
			r, err := s.Report(q)
			if err != nil {
				return err
			}
			return writeReport(cmd.OutOrStdout(), format, r.Write)
		},
	}
	rf.add(cmd, "table, csv, json or markdown", "table")
	cmd.Flags().StringVar(&by, "by", "template", "group by `DIMS`: template, brief, seniority, recruiter, channel, week, month (comma-separated)")
	cmd.AddCommand(newCompareCmd(a))
	return cmd
}

func newCompareCmd(a *App) *cobra.Command {
	var (
		rf      reportFlags
		periods []string
	)
	cmd := &cobra.Command{
		Use:   "compare A B | compare TEMPLATE --period P1 --period P2",
		Short: "Compare two templates, or one template in two periods",
		Long: `Compare the 7-day response rates of two templates (compare A B), or of one
template in two periods (compare TEMPLATE --period P1 --period P2): both rates
with their 95% Wilson intervals, the difference with its 95% interval
(Newcombe) and a two-proportion z-test.

A winner is named only when each side has at least 30 decided messages (7-day
window closed) and p < 0.05; otherwise it says "not enough data yet" or "no
clear difference yet".

A period is FROM..TO (dates, TO included; either end may be left open), a
month (2025-03), a quarter (2025-Q1) or an ISO week (2025-W07). --since,
--until and --recruiter narrow both sides.`,
		Example: `  inmail report compare associate/direct-intro associate/next-step
  inmail report compare associate/direct-intro associate/next-step --since 2025-01
  inmail report compare associate/direct-intro --period 2025-Q1 --period 2025-Q2
  inmail report compare partner-track/connect --period 2025-01-01..2025-03-31 --period 2025-04-01.. --format json`,
		Args: cobra.RangeArgs(1, 2),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch {
			case len(periods) == 0 && len(args) != 2:
				return badInput(errors.New("compare needs two templates (compare A B), or one template and two --period flags"))
			case len(periods) > 0 && (len(args) != 1 || len(periods) != 2):
				return badInput(errors.New("to compare periods give one template and exactly two --period flags: compare TEMPLATE --period P1 --period P2"))
			case len(rf.templates) > 0:
				return badInput(errors.New("compare takes its templates as arguments, not --template"))
			}
			format, err := report.ParseFormat(rf.format)
			if err != nil {
				return badInput(err)
			}
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			base, err := rf.query(a)
			if err != nil {
				return err
			}
			var sides [2]app.CompareSide
			for i := range sides {
				q := base
				if len(periods) == 0 {
					q.Templates = []string{args[i]}
					sides[i].Label = args[i]
				} else {
					q.Templates = []string{args[0]}
					since, until, err := parsePeriod(periods[i], q.Location, base.Now)
					if err != nil {
						return badInput(fmt.Errorf("--period %q: %w", periods[i], err))
					}
					q.Since, q.Until = later(q.Since, since), earlier(q.Until, until)
					sides[i].Label = periods[i]
				}
				sides[i].Query = q
			}
			c, err := s.Compare(sides[0], sides[1])
			if err != nil {
				return err
			}
			return writeReport(cmd.OutOrStdout(), format, c.Write)
		},
	}
	rf.add(cmd, "table, json, markdown or csv", "table")
	cmd.Flags().StringArrayVar(&periods, "period", nil, "a `PERIOD` to compare (twice): FROM..TO, 2025-03, 2025-Q1 or 2025-W07")
	return cmd
}

var (
	quarterRe = regexp.MustCompile(`^(\d{4})-[Qq]([1-4])$`)
	weekRe    = regexp.MustCompile(`^(\d{4})-[Ww](\d{1,2})$`)
)

// parsePeriod reads a period: [since, until), either zero when open.
func parsePeriod(s string, loc *time.Location, now time.Time) (since, until time.Time, err error) {
	s = strings.TrimSpace(s)
	if from, to, ok := strings.Cut(s, ".."); ok {
		if from != "" {
			if since, err = parseTimeAt(from, loc, false, now); err != nil {
				return
			}
		}
		if to != "" {
			if until, err = parseTimeAt(to, loc, true, now); err != nil {
				return
			}
		}
		if since.IsZero() && until.IsZero() {
			err = errors.New("give at least one end: FROM..TO, FROM.. or ..TO")
		} else if !since.IsZero() && !until.IsZero() && !until.After(since) {
			err = errors.New("the period ends before it starts")
		}
		return
	}
	if m := quarterRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		q, _ := strconv.Atoi(m[2])
		since = time.Date(y, time.Month(3*(q-1)+1), 1, 0, 0, 0, 0, loc)
		return since, since.AddDate(0, 3, 0), nil
	}
	if m := weekRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		// ISO week 1 holds January 4th.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, loc)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		if wy, ww := monday.ISOWeek(); w < 1 || wy != y || ww != w {
			return since, until, fmt.Errorf("%d has no ISO week %d", y, w)
		}
		return monday, monday.AddDate(0, 0, 7), nil
	}
	if t, e := time.ParseInLocation("2006-01", s, loc); e == nil {
		return t, t.AddDate(0, 1, 0), nil
	}
	return since, until, errors.New("use FROM..TO (dates, TO included), a month (2025-03), a quarter (2025-Q1) or an ISO week (2025-W07)")
}

// later and earlier combine bounds where zero means open.
func later(a, b time.Time) time.Time {
	if a.IsZero() || b.After(a) {
		return b
	}
	return a
}

func earlier(a, b time.Time) time.Time {
	if a.IsZero() || (!b.IsZero() && b.Before(a)) {
		return b
	}
	return a
}
