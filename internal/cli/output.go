package cli

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/termsafe"
)

// Output hygiene. Every command prints text that came from outside: names
// and headlines from profiles, cells from imports, template files, the
// config. Any of it may hold escape sequences (a log written before intake
// stripped them, a template file, a config value), and a terminal would
// act on them: recolour the screen, retitle the window, or rewrite the
// clipboard with OSC 52. So every command's standard output and standard
// error pass through termsafe.Show, which makes each control character
// visible ("␛", "␇", "␍", "�") and keeps tab and newline; our own output
// holds no other control characters, so nothing of it changes. JSON output
// is escaped losslessly first (jsonWriter), so a program reads the value
// that was logged. Error messages get the same treatment in Execute's
// error handler.
//
// The commands that hand the terminal to the composer (inmail, inmail
// compose) are left out: Bubble Tea writes its own escape sequences, and
// the composer's frame is filtered instead (internal/tui).

// ownsTerminal is the annotation that marks a command whose output is the
// composer's screen.
const ownsTerminal = "inmail/owns-terminal"

// safeOutput wraps the RunE of c and every command under it so that what
// it writes goes through termsafe.Show.
func safeOutput(c *cobra.Command) {
	if run := c.RunE; run != nil && c.Annotations[ownsTerminal] == "" {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			out, errw := cmd.OutOrStdout(), cmd.ErrOrStderr()
			so, se := termsafe.NewWriter(out), termsafe.NewWriter(errw)
			cmd.SetOut(so)
			cmd.SetErr(se)
			defer func() {
				_ = so.Flush()
				_ = se.Flush()
				cmd.SetOut(out)
				cmd.SetErr(errw)
			}()
			return run(cmd, args)
		}
	}
	for _, sub := range c.Commands() {
		safeOutput(sub)
	}
}

// jsonWriter is where a command writes JSON: DEL and the C1 controls,
// which encoding/json leaves raw, are written as \u escapes, so the
// output is the logged value and holds nothing a terminal acts on.
func jsonWriter(w io.Writer) *termsafe.Writer { return termsafe.NewJSONWriter(w) }

// underlying is the writer beneath the output filters, to ask whether the
// output is a terminal and how wide.
func underlying(w io.Writer) io.Writer {
	for {
		u, ok := w.(interface{ Unwrap() io.Writer })
		if !ok {
			return w
		}
		w = u.Unwrap()
	}
}
