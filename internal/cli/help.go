package cli

import (
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/spf13/cobra"
)

// Help output without trailing spaces.
//
// fang draws the help with lipgloss styles of a fixed width: the command's
// description in a block as wide as the terminal (120 columns when the
// output is not one), the usage and examples in a code block, titles with
// a margin. lipgloss pads every line of a block to its width. On a
// terminal that padding is the code block's background; piped to a pager,
// a file or a diff, each line of `inmail --help` ended in spaces up to
// column 120. fang has no option for it, and its help function is set
// inside fang.Execute, so the help's output stream is wrapped instead:
// when stdout is not a terminal and the command line asks for help, stdout
// drops the spaces (and only the spaces) at the end of each line. The
// wrapper keeps the file and its descriptor, so fang detects colours
// (CLICOLOR_FORCE) as it would.

// helpRequested reports whether args make cobra print help: -h or --help
// anywhere before "--", the help command, or a command that only groups
// others (inmail templates).
func helpRequested(root *cobra.Command, args []string) bool {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd(args...)
	cmd, rest, err := root.Find(args)
	if err != nil || cmd == nil {
		return false
	}
	if cmd.Name() == "help" && cmd.Parent() == root {
		return true
	}
	for _, a := range rest {
		if a == "--" {
			break
		}
		if a == "-h" || a == "--help" || strings.HasPrefix(a, "--help=") {
			return true
		}
	}
	return !cmd.Runnable()
}

// trailing is the end of a line that trimWriter drops: spaces and tabs,
// and the SGR sequences among them, which it keeps.
var (
	trailing = regexp.MustCompile(`(?:[ \t]|\x1b\[[0-9;:]*m)+$`)
	sgr      = regexp.MustCompile(`\x1b\[[0-9;:]*m`)
)

// trimWriter writes to w without the spaces at the end of each line. A
// line not yet ended is held until its newline comes or Flush is called.
type trimWriter struct {
	w    io.Writer
	tail []byte
}

func (t *trimWriter) Write(p []byte) (int, error) {
	t.tail = append(t.tail, p...)
	i := strings.LastIndexByte(string(t.tail), '\n')
	if i < 0 {
		return len(p), nil
	}
	lines := strings.SplitAfter(string(t.tail[:i+1]), "\n")
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(trimLine(strings.TrimSuffix(l, "\n")))
		if strings.HasSuffix(l, "\n") {
			b.WriteByte('\n')
		}
	}
	t.tail = append(t.tail[:0], t.tail[i+1:]...)
	if _, err := io.WriteString(t.w, b.String()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes the line still held, trimmed.
func (t *trimWriter) Flush() error {
	if len(t.tail) == 0 {
		return nil
	}
	_, err := io.WriteString(t.w, trimLine(string(t.tail)))
	t.tail = t.tail[:0]
	return err
}

// trimLine drops l's trailing spaces, keeping the style sequences among
// them so the terminal's style is reset as before.
func trimLine(l string) string {
	loc := trailing.FindStringIndex(l)
	if loc == nil {
		return l
	}
	return l[:loc[0]] + strings.Join(sgr.FindAllString(l[loc[0]:], -1), "")
}

// trimmedFile is a terminal's stdout with trimWriter's Write: fang (through
// colorprofile) still sees the file and its descriptor, so it styles the
// help for the terminal as it would.
type trimmedFile struct {
	*os.File
	t *trimWriter
}

func (f trimmedFile) Write(p []byte) (int, error) { return f.t.Write(p) }

// WriteString and ReadFrom shadow *os.File's, which io.WriteString and
// io.Copy would call instead of Write.
func (f trimmedFile) WriteString(s string) (int, error) { return f.t.Write([]byte(s)) }

// ReadFrom copies r through Write.
func (f trimmedFile) ReadFrom(r io.Reader) (int64, error) { return io.Copy(f.t, r) }

// trimmedOutput wraps w for help output, and returns the function that
// writes what is still held.
func trimmedOutput(w io.Writer) (io.Writer, func() error) {
	t := &trimWriter{w: w}
	if f, ok := w.(*os.File); ok {
		return trimmedFile{File: f, t: t}, t.Flush
	}
	return t, t.Flush
}
