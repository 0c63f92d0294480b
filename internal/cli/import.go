package cli

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/linkedin"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
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
	cmd.AddCommand(newImportLinkedInCmd(a))
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
			cfg, err := a.Config()
			if err != nil {
				return err
			}
			if !cmd.Flags().Changed("recruiter") {
				recruiter = a.recruiterName(cfg)
			}
			db, err := a.openStore(dryRun)
			if err != nil {
				return err
			}
			defer db.Close()
			res, err := importReplies(db, rows, recruiter, a.Now(), dryRun)
			if err != nil {
				return err
			}
			res.file = name
			res.write(cmd.OutOrStdout(), a.Now())
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
		f, err := os.Open(path)
		if err != nil {
			return name, nil, badInput(fmt.Errorf("cannot read %s: %w", path, unwrapPath(err)))
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

// unwrapPath drops the *PathError's repetition of the file name.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// importResult is what an import did, for the summary.
type importResult struct {
	file      string
	rows      int
	logged    int
	dryRun    bool
	added     []importedReply
	known     []importedReply
	ambiguous []linkedin.Ambiguous
	skipped   map[string]int
}

// importedReply is one matched reply and where its message stands after the
// import.
type importedReply struct {
	ev    outreach.Event
	entry outreach.Entry
}

// skipFuture is the reason for replies dated after the computer's clock,
// which the store would refuse (and with them the whole import).
const skipFuture = "replies dated in the future (check the computer's clock)"

// importReplies matches rows against the log and records the new replies in
// one transaction (none with dryRun).
func importReplies(db *store.DB, rows []linkedin.Message, recruiter string, now time.Time, dryRun bool) (*importResult, error) {
	entries, err := db.Entries(outreach.Filter{Recruiter: recruiter})
	if err != nil {
		return nil, err
	}
	byID := make(map[uint64]outreach.Entry, len(entries))
	var sent []linkedin.Sent
	for _, e := range entries {
		byID[e.ID] = e
		if e.Status == outreach.StatusWithdrawn {
			// Never sent on LinkedIn, so nothing there can answer it.
			continue
		}
		sent = append(sent, linkedin.Sent{
			ID:            e.ID,
			CandidateID:   e.Candidate.ID,
			CandidateName: e.Candidate.Name,
			CandidateURL:  cmp.Or(e.Candidate.URL, e.Candidate.ID),
			SentAt:        e.SentAt,
		})
	}
	m := linkedin.MatchReplies(rows, sent, now)
	res := &importResult{rows: len(rows), logged: len(sent), dryRun: dryRun, ambiguous: m.Ambiguous, skipped: m.Skipped}

	var write []outreach.Event
	for _, ev := range m.Events {
		e := byID[ev.MessageID]
		r := importedReply{ev: ev, entry: e}
		switch {
		case slices.ContainsFunc(e.Events, func(old outreach.Event) bool { return old.Key == ev.Key }):
			res.known = append(res.known, r)
		case outreach.ValidateEvent(e.SentAt, ev, now) != nil:
			res.skipped[skipFuture]++
		default:
			res.added = append(res.added, r)
			write = append(write, ev)
		}
	}
	if dryRun || len(write) == 0 {
		return res, nil
	}
	if _, _, err := db.AppendEvents(write); err != nil {
		return nil, err
	}
	// Re-read the messages for their new status. A key the store already
	// knew under another message (a send logged again since the last
	// import) was not added: list it as known, as the store counted it.
	added := res.added[:0]
	for _, r := range res.added {
		if r.entry, err = db.Entry(r.ev.MessageID); err != nil {
			return nil, err
		}
		if slices.ContainsFunc(r.entry.Events, func(old outreach.Event) bool { return old.Key == r.ev.Key }) {
			added = append(added, r)
		} else {
			res.known = append(res.known, r)
		}
	}
	res.added = added
	return res, nil
}

// write prints the summary: matched, already known, ambiguous, skipped.
func (r *importResult) write(w io.Writer, now time.Time) {
	fmt.Fprintf(w, "Read %s from %s; matched against %s.\n", words.Count(r.rows, "message"), r.file, words.Count(r.logged, "logged message"))
	matched := "Matched (new)"
	if r.dryRun {
		matched = "Matched (new, not recorded: --dry-run)"
	}
	fmt.Fprintf(w, "%s: %d\n", matched, len(r.added))
	writeReplies(w, r.added, now, !r.dryRun)
	fmt.Fprintf(w, "Already known (recorded before): %d\n", len(r.known))
	writeReplies(w, r.known, now, false)
	fmt.Fprintf(w, "Ambiguous: %d\n", len(r.ambiguous))
	for _, amb := range r.ambiguous {
		fmt.Fprintf(w, "  line %d · %s · %s: %s\n", amb.Row.Line, oneLine(amb.Row.From, amb.Row.SenderURL), clock(amb.Row.Date, now), amb.Why)
	}
	total := 0
	reasons := make([]string, 0, len(r.skipped))
	for why, n := range r.skipped {
		total += n
		reasons = append(reasons, why)
	}
	slices.SortFunc(reasons, func(x, y string) int { return cmp.Or(cmp.Compare(r.skipped[y], r.skipped[x]), strings.Compare(x, y)) })
	fmt.Fprintf(w, "Skipped: %d\n", total)
	width := 0
	for _, why := range reasons {
		width = max(width, len(strconv.Itoa(r.skipped[why])))
	}
	for _, why := range reasons {
		fmt.Fprintf(w, "  %*d  %s\n", width, r.skipped[why], why)
	}
}

// writeReplies lists matched replies, with the message's status when it was
// just recorded.
func writeReplies(w io.Writer, rs []importedReply, now time.Time, withStatus bool) {
	for _, r := range rs {
		line := fmt.Sprintf("  message %d · %s · replied %s", r.ev.MessageID, oneLine(r.entry.Candidate.Name, r.entry.Candidate.ID), clock(r.ev.At, now))
		if withStatus {
			line += " · now " + r.entry.Words(words.Long)
		}
		fmt.Fprintln(w, line)
	}
}
