package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/serve"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/team"
)

// serveFlags are `inmail serve`'s flags.
type serveFlags struct {
	listen, hostKey     string
	idle                time.Duration
	sessions, perPerson int
}

// newServeCmd is `inmail serve`: the team's log over SSH.
func newServeCmd(a *App) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve [--listen ADDR] [--host-key FILE] [--db FILE]",
		Short: "Serve the team's log over SSH: the composer and every command, as each person",
		Long: `Hold the team's log and serve it over SSH. Each person signs in with their
key (inmail team add); ssh -p 23234 HOST opens the composer, and
ssh -p 23234 HOST COMMAND ARGS... runs a command as that person, with its
output and exit status. Files come on standard input (--profile -,
import linkedin -, candidates import -, import inmail -).

The host key is made (ed25519, 0600) in the data folder on first start.
A session with no key pressed for --idle is closed with its draft saved; a
person may have --per-person sessions open, the server --sessions in all.
SIGTERM (or ctrl+c) stops it gracefully: composers save their drafts and
are told, commands in flight finish, and no write is cut in half.

While it runs, inmail commands on this machine, for this database, go
through it (the owner socket beside the database) instead of failing.`,
		Example: `  inmail serve --db /srv/inmail/team.db
  inmail serve --listen 127.0.0.1:2222 --host-key /etc/inmail/host_ed25519`,
		GroupID: "lead",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.serve(cmd.Context(), cmd, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", serve.DefaultAddr, "the `address` to listen on, host:port")
	fl.StringVar(&f.hostKey, "host-key", "", "the host key `file` (default: host_ed25519 in the data folder, made on first start)")
	fl.DurationVar(&f.idle, "idle", serve.DefaultIdleTimeout, "close a session after this long without a key press")
	fl.IntVar(&f.sessions, "sessions", serve.DefaultSessions, "the most sessions open at once")
	fl.IntVar(&f.perPerson, "per-person", serve.DefaultPerPerson, "the most sessions one person may have open")
	return cmd
}

func (a *App) serve(ctx context.Context, cmd *cobra.Command, f serveFlags) error {
	if f.hostKey == "" {
		f.hostKey = filepath.Join(a.DataDir, "host_ed25519")
	}
	if err := os.MkdirAll(filepath.Dir(f.hostKey), 0o700); err != nil {
		return fmt.Errorf("host key folder: %w", err)
	}
	db, err := store.Open(a.DBPath, store.Options{Now: a.Now})
	if err != nil {
		return err
	}
	defer db.Close()
	errw := cmd.ErrOrStderr()
	log := slog.New(slog.NewTextHandler(errw, nil))
	srv, err := serve.New(serve.Config{
		Addr: f.listen, HostKeyPath: f.hostKey, DB: db, Now: a.Now,
		IdleTimeout: f.idle, Sessions: f.sessions, PerPerson: f.perPerson, Log: log,
		Run: func(ctx context.Context, inv serve.Invocation) int {
			return Execute(ctx, a.guestApp(inv), inv.Args, inv.Stdout, inv.Stderr)
		},
		Composer: func(ctx context.Context, inv serve.Invocation) (tea.Model, error) {
			return a.guestApp(inv).composerFor(ctx)
		},
	})
	if err != nil {
		return err
	}
	a.Store = srv.Store()
	if err := srv.Warm(); err != nil {
		return err
	}
	l, err := srv.Listen()
	if err != nil {
		return badInput(err)
	}
	own, err := a.listenOwner(srv.Store())
	if err != nil {
		fmt.Fprintf(errw, "inmail serve: no owner socket (%v); local commands wait for the server to stop\n", err)
	}
	members, _ := db.Members()
	fmt.Fprintf(cmd.OutOrStdout(), "inmail serve: listening on %s for %s; log %s\n", l.Addr(), teamWords(members), db.Path())
	if len(members) == 0 {
		fmt.Fprintln(cmd.OutOrStdout(), "No one can sign in yet: inmail team add NAME --key-file KEY.pub --role admin")
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	select {
	case err = <-done:
	case <-ctx.Done():
		fmt.Fprintln(errw, "inmail serve: stopping; sessions are told, commands in flight finish")
		err = srv.Shutdown(context.Background())
		if serr := <-done; err == nil && !errors.Is(serr, ssh.ErrServerClosed) && !errors.Is(serr, net.ErrClosed) {
			err = serr
		}
	}
	if own != nil {
		own.Close()
	}
	if errors.Is(err, ssh.ErrServerClosed) {
		err = nil
	}
	return err
}

func teamWords(ms []team.Member) string {
	if len(ms) == 1 {
		return "a team of 1"
	}
	return fmt.Sprintf("a team of %d", len(ms))
}

// guestApp is the App an SSH session's command runs in: the server's
// folders, config and templates, the session's person, streams, clipboard
// and the few environment variables that describe its terminal, and the
// log the server holds.
func (a *App) guestApp(inv serve.Invocation) *App {
	p := inv.Person
	return &App{
		DBPath: a.DBPath, TemplatesDir: a.TemplatesDir, ConfigPath: a.ConfigPath,
		ConfigDir: a.ConfigDir, DataDir: a.DataDir,
		Now: a.Now, Getenv: inv.Getenv, Stdin: inv.Stdin,
		NoTUI: true, Copier: inv.Copier,
		Person: &p, Store: a.Store,
		Guest: &Guest{Remote: true},
	}
}

// heldDB is the log this App was lent (team mode, the owner socket).
func (a *App) heldDB() (app.HeldStore, bool) {
	h, ok := a.Store.(app.HeldStore)
	return h, ok
}
