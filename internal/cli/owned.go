package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"
	"github.com/charmbracelet/x/term"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/owner"
)

// One owner per log: while the composer or inmail serve holds a database,
// inmail commands run on this machine for it are handed to that process
// through the owner socket beside the database (internal/owner) and run
// there on the log it holds, on the same command path as SSH command mode,
// instead of failing because the file is locked.

// listenOwner serves the owner socket of the log held in h until the
// returned listener is closed.
func (a *App) listenOwner(h app.HeldStore) (*owner.Listener, error) {
	return owner.Listen(owner.Path(h.DB.Path()), func(ctx context.Context, req owner.Request, stdin, stdout, stderr *os.File) int {
		return Execute(ctx, a.ownedApp(h, req, stdin, stdout), req.Args, stdout, stderr)
	})
}

// ownedApp is the App a command handed over the owner socket runs in:
// the client's environment (the same user's: the peer's uid was checked),
// so its config, templates and person are as if it ran itself; its
// standard input; its folder for relative file names; the log h.
func (a *App) ownedApp(h app.HeldStore, req owner.Request, stdin, stdout *os.File) *App {
	env := map[string]string{}
	for _, kv := range req.Env {
		k, v, _ := strings.Cut(kv, "=")
		env[k] = v
	}
	getenv := func(k string) string { return env[k] }
	configHome, dataHome := xdg.ConfigHome, xdg.DataHome
	if v := env["XDG_CONFIG_HOME"]; v != "" {
		configHome = v
	}
	if v := env["XDG_DATA_HOME"]; v != "" {
		dataHome = v
	}
	mux := ""
	switch {
	case env["TMUX"] != "":
		mux = "tmux"
	case env["STY"] != "":
		mux = "screen"
	}
	copier := &clipboard.Copier{Multiplexer: mux, System: clipboard.SystemClipboard}
	if term.IsTerminal(stdout.Fd()) {
		copier.OpenTerminal = func() (io.WriteCloser, error) { return nopCloser{stdout}, nil }
	}
	return &App{
		DBPath: h.DB.Path(),
		Now:    a.Now, Getenv: getenv, Stdin: stdin,
		ConfigDir: filepath.Join(configHome, "inmail"), DataDir: filepath.Join(dataHome, "inmail"),
		NoTUI: true, Copier: copier,
		Store: h,
		Guest: &Guest{WorkDir: req.Dir},
	}
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// notHandedOver are the commands that always run in their own process:
// the composer and the server hold the log themselves.
var notHandedOver = map[string]bool{"inmail": true, "inmail compose": true, "inmail serve": true, "inmail demo": true}

// handOver runs args through the owner of their database when one
// answers. ok is false when the command runs here: no owner, a command
// that holds the log itself, or a command line Cobra cannot parse (it
// says why when it runs here).
func handOver(ctx context.Context, a *App, args []string) (code int, ok bool) {
	probe := *a
	root := NewRootCmd(&probe)
	cmd, rest, err := root.Find(args)
	if err != nil || notHandedOver[cmd.CommandPath()] {
		return 0, false
	}
	if err := cmd.ParseFlags(rest); err != nil {
		return 0, false
	}
	if h, _ := cmd.Flags().GetBool("help"); h {
		return 0, false
	}
	dir, _ := os.Getwd()
	code, ok, err = owner.Run(ctx, owner.Path(probe.DBPath), owner.Request{Args: args, Env: os.Environ(), Dir: dir}, os.Stdin, os.Stdout, os.Stderr)
	if err != nil {
		printError(os.Stderr, err)
		return int(ExitBusy), true
	}
	return code, ok
}
