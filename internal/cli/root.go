// Package cli holds the inmail commands and is the composition root: the only
// package that wires concrete implementations (files, bbolt, the terminal)
// to the domain packages.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/fang"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/config"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/termsafe"
	"github.com/inmail/inmail/internal/words"
)

// The exit statuses, from the one table in internal/app.
const (
	ExitOK       = app.ExitOK
	ExitRefused  = app.ExitRefused
	ExitBadInput = app.ExitBadInput
	ExitBusy     = app.ExitBusy
	ExitDamaged  = app.ExitDamaged
	ExitFailed   = app.ExitFailed
)

// ExitError ends a command with a given status; see app.ExitError.
type ExitError = app.ExitError

// badInput wraps err so the command exits with ExitBadInput.
func badInput(err error) error { return app.BadInput(err) }

// refused exits with ExitRefused after the command printed its reasons.
func refused() error { return app.Refused() }

// App is everything a command tree needs from the outside world, for one
// invocation: the global flags, the clock, the environment, standard input
// and, for team mode, who acts and the log they act on. Tests build one
// with temporary paths and a fixed clock; Main builds the process's.
type App struct {
	// DBPath, TemplatesDir and ConfigPath are the global flags' values.
	DBPath       string
	TemplatesDir string
	ConfigPath   string

	// Now is the clock; every rule takes time from here.
	Now func() time.Time
	// Getenv reads the environment.
	Getenv func(string) string
	// Stdin is where "-" arguments and piped lines are read from.
	Stdin io.Reader
	// ConfigDir is the folder that holds config.yaml, the template overlay and
	// the team's personalization word lists.
	ConfigDir string
	// DataDir is the folder that holds the default database.
	DataDir string
	// NoTUI makes the root command fail instead of opening the terminal UI;
	// tests set it.
	NoTUI bool
	// StartCandidate and StartTemplate, when set (by `inmail compose`),
	// are the candidate id and template id the composer opens with.
	StartCandidate string
	StartTemplate  string
	// Copier is where copied messages go; nil means the process's terminal
	// (OSC52) and system clipboard. Tests set a fake.
	Copier *clipboard.Copier
	// LockTimeout is how long a command waits for another inmail to let
	// go of the database before it exits busy (0: the store's default).
	LockTimeout time.Duration

	// skips counts, for one Execute, the records the command's reads left
	// out because they could not be decoded.
	skips *store.Skips

	// Person, when set, is who the commands act as, instead of config.yaml's
	// recruiter, seat and sender: team mode sets it from the key a session
	// authenticated with.
	Person *app.Person
	// Store, when set, is the log the commands use instead of opening
	// --db: team mode lends the log its server holds.
	Store app.Store
	// Guest, when set, says the command line was handed over by another
	// process (an SSH session, the owner socket); see guest.go.
	Guest *Guest
}

// NewApp returns an App for the real process: XDG folders, the environment,
// the wall clock and standard input.
func NewApp() *App {
	return &App{
		Now:       time.Now,
		Getenv:    os.Getenv,
		Stdin:     os.Stdin,
		ConfigDir: filepath.Join(xdg.ConfigHome, "inmail"),
		DataDir:   filepath.Join(xdg.DataHome, "inmail"),
	}
}

// Config loads the config file named by --config.
func (a *App) Config() (config.Config, error) {
	cfg, err := config.Load(a.ConfigPath)
	if err != nil {
		return cfg, badInput(err)
	}
	return cfg, nil
}

// NewRootCmd builds the inmail command tree around a.
func NewRootCmd(a *App) *cobra.Command {
	root := &cobra.Command{
		Use:   "inmail",
		Short: "Compose personalized InMails, log every send, and see which templates get answers",
		Long: `inmail is a terminal composer for recruiters. It will not send an InMail until its
personalization line references something specific on the candidate's profile,
logs every message and outcome, and reports which templates get responses.

Run with no command to open the composer.

Exit status, for every command: ` + app.ExitSummary() + ` (see the README).`,
		Example: `  inmail                                  # open the composer
  inmail templates list                   # the template library
  inmail check --profile priya.json "Your work on the Castell Pharma deal..."
  inmail --db team.db report --by template`,
		Args:          cobra.NoArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       versionString(),
		Annotations:   map[string]string{ownsTerminal: "yes"},
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return a.guard(cmd, args)
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if a.NoTUI {
				return badInput(errors.New("the composer needs a terminal"))
			}
			s, err := a.session(withPerson | withTemplates | withLists)
			if err != nil {
				return err
			}
			return a.runTUI(cmd, s)
		},
	}
	root.SetVersionTemplate("inmail {{.Version}}\n")

	env := a.Getenv
	if env == nil {
		env = os.Getenv
	}
	dbDefault := firstNonEmpty(env("INMAIL_DB"), a.DBPath, filepath.Join(a.DataDir, "inmail.db"))
	tplDefault := firstNonEmpty(env("INMAIL_TEMPLATES"), a.TemplatesDir)
	cfgDefault := firstNonEmpty(a.ConfigPath, filepath.Join(a.ConfigDir, "config.yaml"))
	pf := root.PersistentFlags()
	pf.StringVar(&a.DBPath, "db", dbDefault, "database `file` (env INMAIL_DB)")
	pf.StringVar(&a.TemplatesDir, "templates", tplDefault,
		"template `folder` to use instead of the built-in library (env INMAIL_TEMPLATES; default: built-in, overlaid by templates/ in the config folder)")
	pf.StringVar(&a.ConfigPath, "config", cfgDefault, "settings `file`")

	root.AddGroup(
		&cobra.Group{ID: "compose", Title: "Compose and send"},
		&cobra.Group{ID: "track", Title: "Track outcomes"},
		&cobra.Group{ID: "lead", Title: "Team leads"},
	)
	for _, c := range []*cobra.Command{
		newTemplatesCmd(a),
		newCheckCmd(a),
		newComposeCmd(a),
		newSendCmd(a),
		newBriefsCmd(a),
		newCandidatesCmd(a),
		newOutcomeCmd(a),
		newLogCmd(a),
		newCreditsCmd(a),
		newImportCmd(a),
		newReportCmd(a),
		newExportCmd(a),
		newDemoCmd(a),
		newTeamCmd(a),
		newServeCmd(a),
		newDoctorCmd(a),
	} {
		root.AddCommand(c)
	}
	statusAtRun(root)
	safeOutput(root)
	return root
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// Execute runs one command line against a, with a's Stdin and the given
// output streams, and returns the exit status; nothing in the command tree
// exits the process. It is what the process runs (see Main) and what the
// tests run: fang styles the help and the errors, which are plain text
// when stderr is not a terminal.
func Execute(ctx context.Context, a *App, args []string, stdout, stderr io.Writer) int {
	a.skips = &store.Skips{}
	root := NewRootCmd(a)
	root.SetArgs(args)
	out, flush := stdout, func() error { return nil }
	if !isTerminal(stdout) && helpRequested(root, args) {
		out, flush = trimmedOutput(stdout)
	}
	root.SetOut(out)
	root.SetErr(stderr)
	root.SetIn(a.Stdin)
	plainFlagUsage(root)
	if a.Guest != nil {
		return a.executeGuest(ctx, root, stderr)
	}
	err := fang.Execute(ctx, root,
		fang.WithVersion(versionString()),
		fang.WithoutManpage(),
		fang.WithErrorHandler(func(w io.Writer, styles fang.Styles, err error) {
			if ee, ok := errors.AsType[*ExitError](err); ok && ee.Err == nil {
				return
			}
			if !isTerminal(stderr) {
				printError(w, err)
				return
			}
			// fang's own handler capitalises the first letter and adds a
			// full stop; our messages start with file names and end with
			// their own punctuation, so print them as written.
			fmt.Fprintln(w, styles.ErrorHeader.String())
			fmt.Fprintln(w, styles.ErrorText.UnsetTransform().Render(termsafe.Show(err.Error())))
			fmt.Fprintln(w)
		}),
	)
	if ferr := flush(); ferr != nil && err == nil {
		err = &ExitError{Code: ExitFailed, Err: ferr}
	}
	code := exitCode(err)
	if n := a.skips.Count(); n > 0 {
		// Everything readable was shown; say once what was not.
		fmt.Fprintf(stderr, "inmail: %s in %s could not be read and %s left out (the first: %s); inmail doctor --db %s says what is wrong\n",
			words.Count(n, "record"), a.DBPath, words.Plural(n, "was", "were"), termsafe.Show(a.skips.First()), a.DBPath)
		if code == ExitOK {
			code = ExitDamaged
		}
	}
	return code
}

// Main is the process: the real folders, environment, clock and standard
// streams, and a context that an interrupt or SIGTERM cancels, so a
// command in flight (the composer, an import) ends cleanly.
func Main(ctx context.Context, args []string) int {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	a := NewApp()
	if code, ok := handOver(ctx, a, args); ok {
		return code
	}
	return Execute(ctx, a, args, os.Stdout, os.Stderr)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// plainFlagUsage drops the backquotes that name a flag's value in Cobra's
// own help ("a `file`"): fang prints flag descriptions as written.
func plainFlagUsage(c *cobra.Command) {
	strip := func(f *pflag.Flag) {
		markFileFlag(f)
		f.Usage = strings.ReplaceAll(f.Usage, "`", "")
	}
	c.Flags().VisitAll(strip)
	c.PersistentFlags().VisitAll(strip)
	for _, sub := range c.Commands() {
		plainFlagUsage(sub)
	}
}

func printError(w io.Writer, err error) {
	var ee *ExitError
	if errors.As(err, &ee) && ee.Err == nil {
		return
	}
	fmt.Fprintf(w, "inmail: %s\n", termsafe.Show(err.Error()))
}

// exitCode is the process status for err. An error a command's RunE
// returned has its status fixed there (see statusAtRun); one that still
// says none comes from Cobra parsing the command line (an unknown flag or
// command, a wrong number of arguments), which is bad input.
func exitCode(err error) int {
	if err != nil && !app.Classified(err) {
		return int(ExitBadInput)
	}
	return int(app.ExitOf(err))
}

// statusAtRun wraps every command's RunE so that an error it returns keeps
// the status the exit table gives it: a plain error from a command (a full
// disk, a permission) is ExitFailed, where the same error from Cobra's
// parsing would be bad input.
func statusAtRun(c *cobra.Command) {
	if run := c.RunE; run != nil {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			err := run(cmd, args)
			if err != nil && !app.Classified(err) {
				err = &ExitError{Code: ExitFailed, Err: err}
			}
			return err
		}
	}
	for _, sub := range c.Commands() {
		statusAtRun(sub)
	}
}
