package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Guest commands: a command line another process handed to this one, run
// on the log this process holds. Over SSH (Remote) the person is whoever
// the key says, the files are the server's, and so a command reads files
// only from standard input and may not name another database, config or
// template folder. From the owner socket (WorkDir) the person is the
// machine's own user, whose relative file names are resolved in the
// folder they ran inmail in.

// Guest says how a command line handed over by another process runs.
type Guest struct {
	// Remote: an SSH session's command.
	Remote bool
	// WorkDir is the folder relative file names are resolved in (the
	// owner socket's client's).
	WorkDir string
}

// fileAnnotation marks a flag that names a file or folder (its usage says
// "`file`" or "`folder`", the convention Cobra shows as the value's name).
const fileAnnotation = "inmail/file"

// markFileFlag annotates f when its usage names a file or folder; it runs
// before the backquotes are dropped from the help.
func markFileFlag(f *pflag.Flag) {
	for _, w := range []string{"`file`", "`folder`", "`FILE`", "`DIR`"} {
		if strings.Contains(f.Usage, w) {
			if f.Annotations == nil {
				f.Annotations = map[string][]string{}
			}
			f.Annotations[fileAnnotation] = []string{"true"}
			return
		}
	}
}

// fileArgs returns the indexes of a command's positional arguments that
// name files, read from its Use line ("import FILE", "lint [DIR]"); all is
// true when the last one takes several ("FILE...").
func fileArgs(c *cobra.Command) (idx []int, all bool) {
	words := strings.Fields(c.Use)
	n := 0
	for i, w := range words[min(1, len(words)):] {
		prev := ""
		if i > 0 {
			prev = words[i]
		}
		bare := strings.Trim(w, "[]()|\"")
		if strings.HasPrefix(bare, "-") || strings.HasPrefix(strings.TrimLeft(prev, "[("), "-") {
			continue // a flag, or a flag's value
		}
		if strings.TrimSuffix(bare, "...") == "FILE" || strings.TrimSuffix(bare, "...") == "DIR" {
			idx = append(idx, n)
			all = strings.HasSuffix(bare, "...")
		}
		if bare != "|" && bare != "" {
			n++
		}
	}
	return idx, all
}

// remoteRefused are the commands a guest may not run: they would hold the
// terminal or the database themselves, or write a file of the server's.
var remoteRefused = map[string]string{
	"inmail serve":   "the server is already running",
	"inmail demo":    "a demo history is made on a log of its own: run inmail demo on your own machine",
	"inmail compose": "open the composer with ssh -p PORT HOST and no command, then add the candidate there",
}

// guard runs before every guest command: it refuses what a guest may not
// run and checks or resolves the files it names.
func (a *App) guard(cmd *cobra.Command, args []string) error {
	g := a.Guest
	if g == nil {
		return nil
	}
	if why, ok := remoteRefused[cmd.CommandPath()]; ok {
		return badInput(fmt.Errorf("%s is not run for others: %s", cmd.CommandPath(), why))
	}
	var err error
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if err != nil || f.Annotations[fileAnnotation] == nil {
			return
		}
		var v string
		if v, err = g.file("--"+f.Name, f.Value.String()); err == nil && v != f.Value.String() {
			err = f.Value.Set(v)
		}
	})
	if err != nil {
		return err
	}
	idx, all := fileArgs(cmd)
	if all && len(idx) > 0 {
		for i := idx[len(idx)-1] + 1; i < len(args); i++ {
			idx = append(idx, i)
		}
	}
	for _, i := range idx {
		if i < len(args) {
			if args[i], err = g.file("FILE", args[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// errRemoteFile is how a remote command is told that files come on
// standard input.
var errRemoteFile = errors.New("over SSH, files come on standard input")

// file checks or resolves one file name a guest command gave for what.
func (g *Guest) file(what, name string) (string, error) {
	switch {
	case name == "-" || name == "":
		return name, nil
	case g.Remote:
		return "", badInput(fmt.Errorf("%s %s: %w: give - and pipe the file (ssh ... inmail ... %s - < %s); --db, --config and --templates are the server's",
			what, name, errRemoteFile, what, filepath.Base(name)))
	case g.WorkDir != "" && !filepath.IsAbs(name):
		return filepath.Join(g.WorkDir, name), nil
	}
	return name, nil
}

// executeGuest runs a guest command line with Cobra alone: fang reads the
// process's own terminal and environment for the help's width and colours
// (and, on an error, asks that terminal for its background), which are not
// the guest's. Help and errors come out as plain text.
func (a *App) executeGuest(ctx context.Context, root *cobra.Command, stderr io.Writer) int {
	err := root.ExecuteContext(ctx)
	if err != nil {
		printError(stderr, err)
	}
	return exitCode(err)
}
