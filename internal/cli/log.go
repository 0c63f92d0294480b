package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/words"
)

// defaultLogRows is how many messages the log table shows unless --limit
// says otherwise.
const defaultLogRows = 50

// newLogCmd lists logged messages and holds show and copy.
func newLogCmd(a *App) *cobra.Command {
	var (
		statuses     []string
		template     string
		candidate    string
		since, until string
		limit        int
		asJSON       bool
	)
	cmd := &cobra.Command{
		Use:   "log",
		Short: "List logged messages, most in need of attention first",
		Long: `List logged messages with where each stands in its 7-day response window:
the ones still awaiting an answer first (the window closing soonest at the top),
then the rest, newest first.

Statuses: awaiting (with the time left), responded (within 7 days), late (a
first response after day 7), none (window closed, no response) and withdrawn
(never actually sent on LinkedIn). --status can be given more than once, or
as a comma-separated list. --candidate takes a name (exact, any case) or a
profile URL (any spelling). --since and --until take a date (2026-03-01, local;
--until includes that whole day) or a time like "2026-03-01 14:30" or RFC 3339.

The table shows the 50 most in need of attention unless --limit says
otherwise (--limit 0: all). --json prints a JSON array of every matching
message (or --limit of them), each with its id, the derived status, the
outcome times and the events.`,
		Example: `  inmail log
  inmail log --status awaiting
  inmail log --status responded,late --template associate/direct-intro
  inmail log --candidate https://www.linkedin.com/in/priya-raman --json
  inmail log --since 2026-03-01 --until 2026-03-31 --limit 20`,
		GroupID: "track",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			now := a.Now()
			f := outreach.Filter{TemplateID: strings.TrimSpace(template)}
			var err error
			if f.Statuses, err = parseStatuses(statuses); err != nil {
				return err
			}
			setCandidate(&f, candidate)
			if since != "" {
				if f.Since, err = parseBound("--since", since, now.Location(), false); err != nil {
					return err
				}
			}
			if until != "" {
				if f.Until, err = parseBound("--until", until, now.Location(), true); err != nil {
					return err
				}
			}
			if limit < 0 {
				return badInput(fmt.Errorf("--limit %d: give a number of messages, 1 or more (0 for all)", limit))
			}
			// A table is for reading: unless asked, it shows a screenful
			// and says there is more. JSON is for programs: all of it.
			paged := !asJSON && !cmd.Flags().Changed("limit")
			if paged {
				limit = defaultLogRows + 1
			}
			s, err := a.session(0)
			if err != nil {
				return err
			}
			es, err := s.Attention(f, limit)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), jsonEntries(es))
			}
			more := paged && len(es) > defaultLogRows
			if more {
				es = es[:defaultLogRows]
			}
			if err := writeLog(cmd.OutOrStdout(), es, now, f); err != nil {
				return err
			}
			if more {
				_, err = fmt.Fprintf(cmd.OutOrStdout(), "\nThe %d most in need of attention; --limit N shows more, --limit 0 all (or inmail export).\n", defaultLogRows)
			}
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&statuses, "status", nil, "keep messages with this `status`: awaiting, responded, late, none or withdrawn")
	fl.StringVar(&template, "template", "", "keep messages sent with this template `ID`")
	fl.StringVar(&candidate, "candidate", "", "keep messages to this candidate: `NAME` or profile URL")
	fl.StringVar(&since, "since", "", "keep messages sent at or after this `TIME`")
	fl.StringVar(&until, "until", "", "keep messages sent before this `TIME` (a date includes the whole day)")
	fl.IntVar(&limit, "limit", 0, "show at most `N` messages, the ones most in need of attention (table default: 50; 0: all)")
	fl.BoolVar(&asJSON, "json", false, "print a JSON array instead of a table")
	cmd.AddCommand(newLogShowCmd(a), newLogCopyCmd(a))
	return cmd
}

// parseStatuses reads --status values, each possibly a comma list.
func parseStatuses(vals []string) ([]outreach.Status, error) {
	var out []outreach.Status
	for _, v := range vals {
		for _, s := range strings.Split(v, ",") {
			st, err := outreach.ParseStatus(strings.ToLower(strings.TrimSpace(s)))
			if err != nil {
				return nil, badInput(fmt.Errorf("--status: %w", err))
			}
			if !slices.Contains(out, st) {
				out = append(out, st)
			}
		}
	}
	return out, nil
}

// setCandidate filters by profile URL (or a generated candidate id) when s
// looks like one, else by name.
func setCandidate(f *outreach.Filter, s string) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
	case strings.HasPrefix(s, "inmail:"), strings.Contains(s, "/") && outreach.NormalizeProfileURL(s) != "":
		f.CandidateID = s
	default:
		f.CandidateName = s
	}
}

// writeLog prints the table, or a sentence when there is nothing to show.
func writeLog(w io.Writer, es []outreach.Entry, now time.Time, f outreach.Filter) error {
	if len(es) == 0 {
		if f.CandidateID == "" && f.CandidateName == "" && f.TemplateID == "" && len(f.Statuses) == 0 && f.Since.IsZero() && f.Until.IsZero() {
			_, err := fmt.Fprintln(w, "No messages logged yet.")
			return err
		}
		_, err := fmt.Fprintln(w, "No logged messages match.")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSENT\tCANDIDATE\tTEMPLATE\tCHANNEL\tSTATUS")
	for _, e := range es {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\n", e.ID, clock(e.SentAt, now), e.Candidate.Display(),
			oneLine(e.TemplateID, "-"), e.Channel, e.Words(words.Short))
	}
	return tw.Flush()
}

// oneLine is s on one line for a table cell, or def when s is empty.
func oneLine(s, def string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" {
		return def
	}
	return s
}

// clock writes t in now's location to the minute, as tables show times.
func clock(t, now time.Time) string { return t.In(now.Location()).Format("2006-01-02 15:04") }

// entryJSON is a logged message as `inmail log --json` prints it: the
// message, its derived state, its outcome times and its events.
type entryJSON struct {
	outreach.Entry
	// Left shadows State.Left, a Go duration in nanoseconds that no reader
	// of the JSON wants; LeftSeconds and Deadline say the same plainly.
	Left        json.RawMessage `json:"left,omitempty"`
	LeftSeconds int64           `json:"left_seconds,omitempty"`
	// Deadline is the end of the 7-day response window.
	Deadline time.Time `json:"deadline"`
}

func jsonEntry(e outreach.Entry) entryJSON {
	return entryJSON{Entry: e, LeftSeconds: int64(e.State.Left / time.Second), Deadline: outreach.Deadline(e.SentAt)}
}

func jsonEntries(es []outreach.Entry) []entryJSON {
	out := make([]entryJSON, len(es))
	for i, e := range es {
		out[i] = jsonEntry(e)
	}
	return out
}

// writeJSON prints v indented, with a final newline, through jsonWriter.
func writeJSON(w io.Writer, v any) error {
	jw := jsonWriter(w)
	enc := json.NewEncoder(jw)
	enc.SetIndent("", "  ")
	// Messages are full of "&" (M&A) and no browser reads this output.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return jw.Flush()
}

func newLogShowCmd(a *App) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Print one logged message in full, with its event history",
		Long: `Print a logged message as it was sent (subject, body, personalization line and
the profile details it referenced), where it stands now, and every event
recorded for it, corrections included.`,
		Example: `  inmail log show 12
  inmail log show 12 --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			// The person's seat says whether the message's credit came back.
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			e, err := s.Entry(id)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), jsonEntry(e))
			}
			writeEntry(cmd.OutOrStdout(), e, s.StatusLine(e), a.Now())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON object instead of text")
	return cmd
}

// parseID reads a message id argument.
func parseID(s string) (uint64, error) {
	id, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	if err != nil || id == 0 {
		return 0, badInput(fmt.Errorf("%q is not a message id; ids are whole numbers like 12 (see inmail log)", s))
	}
	return id, nil
}

// writeEntry prints a message in full and its history.
func writeEntry(w io.Writer, e outreach.Entry, status string, now time.Time) {
	fmt.Fprintf(w, "Message %d · %s · sent %s", e.ID, e.Channel.Label(), clock(e.SentAt, now))
	if e.Recruiter != "" {
		fmt.Fprintf(w, " by %s", e.Recruiter)
	}
	fmt.Fprintln(w)
	to := e.Candidate.Display()
	if e.Candidate.URL != "" {
		to += " <" + e.Candidate.URL + ">"
	}
	var thread string
	switch {
	case e.FollowUpOf != 0:
		thread = fmt.Sprintf("a follow-up of message %d, in its conversation", e.FollowUpOf)
	case e.FollowedUpBy != 0 && e.FollowUpWithdrawn:
		thread = fmt.Sprintf("followed up by message %d, withdrawn: it may be followed up again", e.FollowedUpBy)
	case e.FollowedUpBy != 0:
		thread = fmt.Sprintf("followed up by message %d", e.FollowedUpBy)
	}
	fields := [][2]string{
		{"To", to},
		{"Thread", thread},
		{"Template", oneLine(e.TemplateID, "-")},
		{"Seniority", e.Seniority},
		{"Status", status},
		{"Credits", strconv.Itoa(e.Credits)},
		{"Brief", briefWords(e.Message)},
		{"Role", e.Role},
		{"Client", e.Client},
		{"Hook", e.Hook},
	}
	tw := tabwriter.NewWriter(w, 0, 4, 1, ' ', 0)
	for _, f := range fields {
		if f[1] != "" {
			fmt.Fprintf(tw, "%s:\t%s\n", f[0], f[1])
		}
	}
	_ = tw.Flush()
	if e.Subject != "" {
		fmt.Fprintf(w, "\nSubject: %s\n", e.Subject)
	}
	fmt.Fprintf(w, "\n%s\n", strings.TrimRight(e.Body, "\n"))
	fmt.Fprintf(w, "\nPersonalization: %s\n", e.Personalization)
	if e.Recontact != "" {
		fmt.Fprintf(w, "Messaged again because: %s\n", e.Recontact)
	}
	if len(e.References) > 0 {
		fmt.Fprintln(w, "References:")
		for _, r := range e.References {
			fmt.Fprintf(w, "  %s: %q\n", r.Place(), r.Text)
		}
	}
	fmt.Fprintln(w)
	writeEvents(w, e.Events, now)
}

// briefWords names a message's brief with its number ("" when none).
func briefWords(m outreach.Message) string {
	if m.Brief == "" {
		return ""
	}
	return fmt.Sprintf("%d · %s", m.BriefID, m.Brief)
}

// writeEvents prints a message's history, oldest first, marking events a
// correction took back.
func writeEvents(w io.Writer, evs []outreach.Event, now time.Time) {
	if len(evs) == 0 {
		fmt.Fprintln(w, "Events: none recorded yet.")
		return
	}
	fmt.Fprintln(w, "Events:")
	in := outreach.InForce(evs)
	takenBy := map[int]int{}
	for _, ev := range evs {
		if ev.Retracts > 0 && in[ev.Seq] {
			takenBy[ev.Retracts] = ev.Seq
		}
	}
	var buf bytes.Buffer
	tw := tabwriter.NewWriter(&buf, 0, 4, 2, ' ', 0)
	for _, ev := range evs {
		what := ev.Outcome.String()
		if ev.Retracts > 0 {
			what = fmt.Sprintf("undo of %d (%s)", ev.Retracts, ev.Outcome)
		}
		var extra []string
		if by, ok := takenBy[ev.Seq]; ok {
			extra = append(extra, fmt.Sprintf("taken back by %d", by))
		}
		if !ev.Recorded.IsZero() && ev.Recorded.Sub(ev.At) >= time.Minute {
			extra = append(extra, "recorded "+clock(ev.Recorded, now))
		}
		if ev.Note != "" {
			extra = append(extra, strconv.Quote(ev.Note))
		}
		fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\t%s\n", ev.Seq, clock(ev.At, now), what, ev.Source, strings.Join(extra, " · "))
	}
	_ = tw.Flush()
	// An event without notes would end in the padding of an empty column.
	for line := range strings.Lines(buf.String()) {
		fmt.Fprintln(w, strings.TrimRight(line, " \n"))
	}
}

func newLogCopyCmd(a *App) *cobra.Command {
	var partName string
	cmd := &cobra.Command{
		Use:   "copy ID",
		Short: "Copy a logged message to the clipboard again",
		Long: `Copy a logged message's body (for a connection note, the note) to the
clipboard again, to paste into LinkedIn's message box; --copy subject copies
the subject on its own, for the subject line, and --copy both the two as one
block. The copy goes through the terminal (OSC52, which also works over SSH)
and the system clipboard where one exists. When neither works, the text is
printed so it can be copied by hand, and the command exits 1.`,
		Example: `  inmail log copy 12
  inmail log copy 12 --copy subject`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseID(args[0])
			if err != nil {
				return err
			}
			part, err := clipboard.ParsePart(partName)
			if err != nil {
				return badInput(fmt.Errorf("--copy: %w", err))
			}
			s, err := a.session(0)
			if err != nil {
				return err
			}
			e, err := s.Entry(id)
			if err != nil {
				return err
			}
			if strings.TrimSpace(e.Body) == "" {
				return badInput(fmt.Errorf("message %d has no text to copy: it was imported from another log's export, which carries no subjects or bodies", id))
			}
			text, what := part.Pick(e.Subject, e.Body)
			res := a.copyText(text)
			if !res.OK() {
				fmt.Fprintf(cmd.ErrOrStderr(), "inmail: %s; here is %s of message %d to copy by hand:\n", res, what, id)
				fmt.Fprintln(cmd.OutOrStdout(), text)
				return refused()
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Copied %s of message %d (%s to %s, %s) to the %s: %s\n",
				what, id, e.Channel.Label(), e.Candidate.Display(),
				words.Count(utf8.RuneCountInString(text), "character"), res.Where(),
				pasteHint(part, e.Message, "the subject", "inmail log copy %d --copy %s"))
			return nil
		},
	}
	cmd.Flags().StringVar(&partName, "copy", "body", "what to copy: `body`, subject or both")
	return cmd
}
