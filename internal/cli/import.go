package cli

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/linkedin"
	"github.com/inmail/inmail/internal/words"
)

// newImportCmd groups the importers of other tools' files.
func newImportCmd(a *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "import",
		Short:   "Record outcomes from other tools' files",
		Long:    `Read files exported by other tools and record what they say about logged messages.`,
		Example: `  inmail import linkedin ~/Downloads/Basic_LinkedInDataExport/messages.csv`,
		GroupID: "track",
		Args:    cobra.NoArgs,
	}
	cmd.AddCommand(newImportLinkedInCmd(a), newImportHistoryCmd(a))
	return cmd
}

func newImportLinkedInCmd(a *App) *cobra.Command {
	var (
		recruiter string
		dryRun    bool
	)
	cmd := &cobra.Command{
		Use:   "linkedin FILE",
		Short: "Record candidates' replies from LinkedIn's messages.csv",
		Long: `Read messages.csv from LinkedIn's data export ("Get a copy of your data") and
record, for each logged message, the candidate's first reply with its real
time. A reply is matched to a logged send by the author's profile URL (any
spelling), else by exact name when only one logged candidate has it, and only
in a conversation that holds the send. Messages to or from anyone else are
skipped; a reply that could belong to several logged candidates is reported as
ambiguous and not recorded (record it with inmail outcome).

The file is read completely before anything is written, and all replies are
recorded in one transaction: a damaged file records nothing and exits 2 naming
the file and line. Importing the same file again records nothing twice. FILE
"-" reads standard input. The logged messages matched against are the
recruiter's, as inmail send logs them (recruiter in config.yaml, else $USER);
--recruiter "" matches everyone's.`,
		Example: `  inmail import linkedin messages.csv
  inmail import linkedin --dry-run ~/Downloads/Basic_LinkedInDataExport/messages.csv`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name, rows, err := a.readMessages(args[0])
			if err != nil {
				return err
			}
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("recruiter") {
				recruiter = s.Person.Name
			}
			res, err := s.ImportReplies(rows, recruiter, dryRun)
			if err != nil {
				return err
			}
			writeImport(cmd.OutOrStdout(), name, res, a.Now())
			return nil
		},
	}
	cmd.Flags().StringVar(&recruiter, "recruiter", "", "match this recruiter's logged messages (default: recruiter in config.yaml, else $USER; \"\" for everyone's)")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "say what would be recorded without recording it")
	return cmd
}

// readMessages parses the export, from standard input for "-", and returns
// the name messages use for it. Every problem is bad input naming the file
// (and line, for a bad row).
func (a *App) readMessages(path string) (string, []linkedin.Message, error) {
	name := path
	var r io.Reader = a.Stdin
	if path == "-" {
		name = "standard input"
	} else {
		f, err := app.OpenFile("messages file", path)
		if err != nil {
			return name, nil, err
		}
		defer f.Close()
		r = f
	}
	rows, err := linkedin.ReadMessages(name, r)
	if err != nil {
		return name, nil, badInput(err)
	}
	return name, rows, nil
}

// writeImport prints the summary: matched, already known, ambiguous,
// skipped.
func writeImport(w io.Writer, file string, r *app.ImportResult, now time.Time) {
	fmt.Fprintf(w, "Read %s from %s; matched against %s.\n", words.Count(r.Rows, "message"), file, words.Count(r.Logged, "logged message"))
	matched := "Matched (new)"
	if r.DryRun {
		matched = "Matched (new, not recorded: --dry-run)"
	}
	fmt.Fprintf(w, "%s: %d\n", matched, len(r.Added))
	writeReplies(w, r.Added, now, !r.DryRun)
	fmt.Fprintf(w, "Already known (recorded before): %d\n", len(r.Known))
	writeReplies(w, r.Known, now, false)
	fmt.Fprintf(w, "Ambiguous: %d\n", len(r.Ambiguous))
	for _, amb := range r.Ambiguous {
		fmt.Fprintf(w, "  line %d · %s · %s: %s\n", amb.Row.Line, oneLine(amb.Row.From, amb.Row.SenderURL), clock(amb.Row.Date, now), amb.Why)
	}
	total := 0
	reasons := make([]string, 0, len(r.Skipped))
	for why, n := range r.Skipped {
		total += n
		reasons = append(reasons, why)
	}
	slices.SortFunc(reasons, func(x, y string) int { return cmp.Or(cmp.Compare(r.Skipped[y], r.Skipped[x]), strings.Compare(x, y)) })
	fmt.Fprintf(w, "Skipped: %d\n", total)
	width := 0
	for _, why := range reasons {
		width = max(width, len(strconv.Itoa(r.Skipped[why])))
	}
	for _, why := range reasons {
		fmt.Fprintf(w, "  %*d  %s\n", width, r.Skipped[why], why)
	}
}

// writeReplies lists matched replies, with the message's status when it was
// just recorded.
func writeReplies(w io.Writer, rs []app.ImportedReply, now time.Time, withStatus bool) {
	for _, r := range rs {
		line := fmt.Sprintf("  message %d · %s · replied %s", r.Event.MessageID, r.Entry.Candidate.Display(), clock(r.Event.At, now))
		if withStatus {
			line += " · now " + r.Entry.Words(words.Long)
		}
		fmt.Fprintln(w, line)
	}
}
