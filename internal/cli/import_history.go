package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/words"
)

func newImportHistoryCmd(a *App) *cobra.Command {
	var as string
	cmd := &cobra.Command{
		Use:   "inmail FILE",
		Short: "Merge the history of another inmail log (inmail export --format jsonl) into this one",
		Long: `Read the JSON Lines that inmail export --format jsonl writes and log each
message (subject, body, line, template, channel, candidate, recontact
reason) with its outcomes and corrections, attributed to --as NAME (default:
each row's recruiter; over SSH, yourself; only an admin imports for someone
else). The rows are logged 500 to a transaction.

A message is known by the original message's identity: its candidate,
template, send time and personalization line, never by whom it is
attributed to. Running the import again, or again with another --as, adds
nothing twice, and neither does importing an export of this very log; for a
message already here only the outcomes it lacks are added. A row whose
personalization line was already sent to another candidate here, or that
cannot be read, is skipped and named; the rest are imported. Rows of an
export made before it carried bodies are imported with a placeholder body
and their outcomes' first times. FILE "-" reads standard input (over SSH,
pipe the file).`,
		Example: `  inmail export --format jsonl --db ~/old.db > mine.jsonl
  inmail import inmail mine.jsonl --as "Sam Reyes"
  ssh -p 23234 team.example.com import inmail - < mine.jsonl`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name, rows, err := a.readHistory(args[0])
			if err != nil {
				return err
			}
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			res, err := s.ImportHistory(rows, as)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			who := "each row's recruiter"
			if res.As != "" {
				who = res.As
			}
			fmt.Fprintf(w, "Read %s from %s, attributed to %s: %s new, %s already logged, %s.\n",
				words.Count(res.Rows, "message"), name, who, words.Thousands(res.Added), words.Thousands(res.Known), words.Count(res.Outcomes, "outcome")+" added")
			for _, sk := range res.Skipped {
				fmt.Fprintf(cmd.ErrOrStderr(), "skipped %s\n", sk)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&as, "as", "", "the person the messages are attributed to (default: each row's recruiter)")
	return cmd
}

// readHistory reads inmail export's JSON Lines ("-": standard input). A
// line that is not a JSON object is bad input naming the line.
func (a *App) readHistory(path string) (string, []app.HistoryRow, error) {
	name := path
	var r io.Reader = a.Stdin
	if path == "-" {
		name = "standard input"
	} else {
		f, err := os.Open(path)
		if err != nil {
			return name, nil, badInput(fmt.Errorf("cannot read %s: %w", path, app.UnwrapPath(err)))
		}
		defer f.Close()
		r = f
	}
	var rows []app.HistoryRow
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var row app.HistoryRow
		if err := json.Unmarshal(line, &row); err != nil {
			return name, nil, badInput(fmt.Errorf("%s:%d: not a row of inmail export --format jsonl (%v)", name, n, err))
		}
		row.Line = n
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		return name, nil, badInput(fmt.Errorf("read %s: %w", name, err))
	}
	return name, rows, nil
}
