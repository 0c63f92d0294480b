package cli

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
)

// newCheckCmd is `inmail check`: the personalization validator on one line
// or on a JSON Lines file of cases.
func newCheckCmd(a *App) *cobra.Command {
	var (
		profilePath, jsonlPath string
		minWords, maxChars     int
	)
	cmd := &cobra.Command{
		Use:   `check (--profile FILE ["LINE"] | --jsonl FILE)`,
		Short: "Check that a personalization line references the candidate's profile",
		Long: `Check a personalization line against a candidate's profile with the rules every
send must pass: long enough, no leftover placeholder, a specific reference to
the profile (not only name, title, company or location), nothing that is not
on the profile, not a stock phrase.

With --profile, the profile is a JSON, YAML or CSV file (one candidate) or a
text file pasted from their LinkedIn page (- reads standard input, a pasted
page or a file in any of those formats); the line is the argument, or standard input when there is
none. The verdict is printed in words.

With --jsonl, each input line is {"id": ..., "profile": {...},
"personalization": "..."} and each output line, in the same order, is
{"id", "ok", "reasons": [{"rule", "message"}], "references": [{"field",
"text"}]}, or {"id", "error"} for an input line that cannot be read.

Stock phrases and common profile words can be extended with stock-phrases.txt
and common-words.txt in the config folder, one a line.

Exit status: 0 accepted (all accepted), 1 rejected (any rejected), 2 bad input
(any input line malformed).`,
		Example: `  inmail check --profile nadia.json "Leading the IFRS 9 audit for Penwick Bank is what our client needs."
  echo "Your fuzzing work at Copperline..." | inmail check --profile victor.yaml
  pbpaste | inmail check --profile - "Your fuzzing work at Copperline..."
  inmail check --profile paste.txt --min-words 10 "..."
  inmail check --jsonl cases.jsonl > verdicts.jsonl
  cat cases.jsonl | inmail check --jsonl -`,
		GroupID: "compose",
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.session(withLists)
			if err != nil {
				return err
			}
			lim := app.CheckLimits{MinWords: minWords, MaxChars: maxChars}
			switch {
			case profilePath != "" && jsonlPath != "":
				return badInput(errors.New("use either --profile or --jsonl, not both"))
			case jsonlPath != "":
				if len(args) > 0 {
					return badInput(errors.New("--jsonl reads its lines from the file; drop the line argument"))
				}
				return a.checkJSONL(cmd, s, jsonlPath, lim)
			case profilePath != "":
				if len(args) > 1 {
					return badInput(fmt.Errorf("got %d arguments; quote the line so it is one argument", len(args)))
				}
				return a.checkOne(cmd, s, profilePath, args, lim)
			}
			return badInput(errors.New(`say what to check: --profile FILE "line", or --jsonl FILE`))
		},
	}
	f := cmd.Flags()
	f.StringVar(&profilePath, "profile", "", "candidate profile `file` (.json, .yaml, .csv, or pasted text; - for standard input)")
	f.StringVar(&jsonlPath, "jsonl", "", "check every case in a JSON Lines `file` (- for standard input)")
	f.IntVar(&minWords, "min-words", personalize.DefaultMinWords, "minimum words in the line")
	f.IntVar(&maxChars, "max-chars", 0, "maximum characters in the line (0: no limit)")
	return cmd
}

// checkOne checks one line against the profile in path, read as every
// command reads a profile file ("-": text pasted on standard input).
func (a *App) checkOne(cmd *cobra.Command, s *app.Session, path string, args []string, lim app.CheckLimits) error {
	if path == "-" && len(args) == 0 {
		return badInput(errors.New(`with --profile -, standard input is the profile: pass the line as an argument`))
	}
	pf, err := app.ReadProfiles(path, a.Stdin)
	if err != nil {
		return err
	}
	ps := pf.Profiles
	if len(ps) != 1 {
		return badInput(fmt.Errorf("%s holds %d profiles; check takes one (use --jsonl for many)", path, len(ps)))
	}
	var line string
	if len(args) == 1 {
		line = args[0]
	} else {
		b, err := io.ReadAll(a.Stdin)
		if err != nil {
			return badInput(fmt.Errorf("read the line from standard input: %w", err))
		}
		line = strings.TrimSpace(string(b))
		if line == "" {
			return badInput(errors.New(`no line to check: pass it as an argument or on standard input`))
		}
	}
	v := s.CheckLine(&ps[0], line, lim)
	out := cmd.OutOrStdout()
	if v.OK {
		fmt.Fprintln(out, "Accepted: the line references their profile:")
		for _, r := range v.References {
			fmt.Fprintf(out, "  %q (%s) in %q\n", r.InLine(line), profile.Place(&ps[0], r.Field, r.FieldStart), r.Text)
		}
		return nil
	}
	fmt.Fprintln(out, "Rejected:")
	for _, f := range v.Failures {
		fmt.Fprintf(out, "  - %s\n", f.Message)
	}
	return refused()
}

// checkJSONL writes the verdicts of the cases in a JSON Lines file (- for
// standard input), one output line per input line in order.
func (a *App) checkJSONL(cmd *cobra.Command, s *app.Session, path string, lim app.CheckLimits) error {
	var r io.Reader = a.Stdin
	if path != "-" {
		f, err := app.OpenFile("cases file", path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	if a.Guest == nil {
		// A batch allocates many short-lived profiles in a small heap:
		// collecting less often saves an eighth to a fifth of the CPU time
		// on bench/check.sh's cases (0.85 s against 0.98 s when every
		// profile differs) for some 40 MB more. The setting is the process's, so a server running the
		// command for a guest, perhaps for several at once, keeps its own.
		defer debug.SetGCPercent(debug.SetGCPercent(400))
	}
	res, err := s.CheckCases(r, path, cmd.OutOrStdout(), lim)
	switch {
	case err != nil:
		return err
	case res.Bad:
		return &ExitError{Code: ExitBadInput}
	case res.Rejected:
		return refused()
	}
	return nil
}
