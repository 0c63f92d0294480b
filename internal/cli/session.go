package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/config"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/store"
)

// This file is the edge between the command line and internal/app: it
// reads config.yaml, the template folders and the word lists, and builds
// the app.Session a command runs its use case in.

// needs says what a command's session holds beyond the clock and the log.
type needs int

const (
	// withPerson: config.yaml's person (recruiter, seat, sender) and the
	// compose defaults.
	withPerson needs = 1 << iota
	// withTemplates: the template library.
	withTemplates
	// withLists: the validator's word lists.
	withLists
)

// session builds the session a command runs in, reading only what n asks
// for, so that a command that needs no config is not stopped by a broken
// one. Errors name the file and are bad input.
func (a *App) session(n needs) (*app.Session, error) {
	var cfg config.Config
	if n&withPerson != 0 {
		var err error
		if cfg, err = a.Config(); err != nil {
			return nil, err
		}
	}
	return a.sessionFrom(cfg, n)
}

// sessionFrom is session with config.yaml already read.
func (a *App) sessionFrom(cfg config.Config, n needs) (*app.Session, error) {
	s := &app.Session{Now: a.Now, Store: a.store()}
	if a.Person != nil {
		// Team mode: who acts is always known, whatever the command needs
		// (the use cases limit what a role may see by it).
		s.Person = *a.Person
	}
	if n&withPerson != 0 {
		p, err := a.person(cfg)
		if err != nil {
			return nil, err
		}
		s.Person = p
		s.Defaults = app.Defaults{Role: cfg.Defaults.Role, Client: cfg.Defaults.Client, Hook: cfg.Defaults.Hook, MinWords: cfg.Defaults.MinWords}
		s.RecontactWindow = cfg.Team.RecontactWindow()
	}
	if n&withTemplates != 0 {
		lib, probs, err := a.Library()
		if err != nil {
			return nil, err
		}
		s.Library, s.Problems = lib, probs
	}
	if n&withLists != 0 {
		// The embedded tables are built on every core while the rest
		// starts; the first check waits only for what is left.
		go personalize.Warm()
	}
	if n&withLists != 0 && customLists(a.ConfigDir) {
		// Without the recruiter's own lists the validator builds the
		// embedded ones at its first check: some 10 ms the composer's
		// first frame does not wait for.
		lists, err := personalize.LoadLists(a.ConfigDir)
		if err != nil {
			return nil, badInput(err)
		}
		s.Lists = lists
	}
	return s, nil
}

// customLists reports whether the config folder holds a word list of the
// recruiter's own (one that exists but cannot be read counts: LoadLists
// says why).
func customLists(dir string) bool {
	for _, name := range []string{personalize.StockPhrasesFile, personalize.CommonWordsFile} {
		if _, err := os.Stat(filepath.Join(dir, name)); !errors.Is(err, fs.ErrNotExist) {
			return true
		}
	}
	return false
}

// person is who the commands act as: a.Person when set (team mode), else
// config.yaml's recruiter (else $USER), seat and sender.
func (a *App) person(cfg config.Config) (app.Person, error) {
	if a.Person != nil {
		return *a.Person, nil
	}
	seat, err := seatOf(cfg, a.ConfigPath)
	if err != nil {
		return app.Person{}, err
	}
	start, _ := cfg.Seat.StartMonth(a.Now().Location())
	return app.Person{
		Name:       a.recruiterName(cfg),
		Preset:     cfg.Seat.Kind(),
		Seat:       seat,
		SeatStart:  start,
		SenderName: strings.TrimSpace(cfg.SenderName()),
		Signature:  strings.TrimSpace(cfg.Sender.Signature),
	}, nil
}

// recruiterName is the name logged with every message: config's
// recruiter, else $USER, else "recruiter".
func (a *App) recruiterName(cfg config.Config) string {
	if r := strings.TrimSpace(cfg.Recruiter); r != "" {
		return r
	}
	if a.Getenv != nil {
		if u := strings.TrimSpace(a.Getenv("USER")); u != "" {
			return u
		}
	}
	return "recruiter"
}

// seatOf is the seat's credit policy from config.
func seatOf(cfg config.Config, configPath string) (outreach.Seat, error) {
	seat, err := cfg.Seat.Policy()
	if err != nil {
		return seat, badInput(fmt.Errorf("%s: seat: %s", configPath, outreach.ErrorMessage(err)))
	}
	return seat, nil
}

// store is the log the commands use: a.Store when set, else the --db file,
// opened for each use case.
func (a *App) store() app.Store {
	if a.Store != nil {
		return a.Store
	}
	return app.FileStore{Path: a.DBPath, Now: a.Now, Timeout: a.LockTimeout, Skips: a.skips}
}

// openStore opens the database named by --db for the composer, which
// holds it for its whole session (and meanwhile runs other commands for
// it, see owned.go); every command reaches the log through its session's
// Store instead (see store).
func (a *App) openStore() (*store.DB, error) {
	return store.Open(a.DBPath, store.Options{Now: a.Now, Timeout: a.LockTimeout, Skips: a.skips})
}
