// Package serve is inmail serve: one process holds the team's log and
// serves it over SSH (charm.land/wish). `ssh -p PORT HOST` opens the
// composer as the person whose key signed in; `ssh -p PORT HOST COMMAND
// ARGS...` runs the same command tree as the local CLI, its output on the
// session and its exit status passed back.
//
// The package knows the SSH side: keys, people, sessions, limits, idle
// time and shutdown. What a session runs (the command tree, the composer)
// is handed in by internal/cli as functions, so the server never reads a
// config file or the environment itself.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/store"
)

// The defaults of Config.
const (
	DefaultAddr         = ":23234"
	DefaultIdleTimeout  = 30 * time.Minute
	DefaultPerPerson    = 4
	DefaultSessions     = 64
	DefaultShutdownWait = 30 * time.Second
)

// Invocation is one session's work: who acts, what they asked, and the
// session's own streams, environment and clipboard.
type Invocation struct {
	// Person is who the key that signed in belongs to.
	Person app.Person
	// Args is the command line (none: the composer).
	Args []string
	// Stdin, Stdout and Stderr are the session's.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Getenv reads the few variables of the client's environment a
	// session may set (TERM, COLORTERM, NO_COLOR, INMAIL_THEME, TMUX, STY);
	// never the person, a file or a folder.
	Getenv func(string) string
	// Copier writes OSC52 to the session's own terminal.
	Copier *clipboard.Copier
	// Remote is true for an SSH session's editor: none is run on the
	// server, and the composer's help says so.
	Remote bool
}

// Config is the server's.
type Config struct {
	// Addr is where to listen (DefaultAddr when empty).
	Addr string
	// HostKeyPath is the host key, made (ed25519, 0600) when missing.
	HostKeyPath string
	// DB is the team's log, held open by the server for its whole life.
	DB *store.DB
	// Now is the clock.
	Now func() time.Time
	// IdleTimeout closes a session with no key pressed for this long
	// (DefaultIdleTimeout when 0; negative: never).
	IdleTimeout time.Duration
	// PerPerson and Sessions limit the open sessions of one person and in
	// all (defaults when 0).
	PerPerson, Sessions int
	// ShutdownWait is how long Shutdown lets sessions finish before
	// closing them (DefaultShutdownWait when 0).
	ShutdownWait time.Duration
	// Log gets one line per session and per refusal (nil: discarded).
	Log *slog.Logger
	// Run runs a command line for a session and returns its exit status.
	Run func(ctx context.Context, inv Invocation) int
	// Composer builds the composer for a session with a terminal.
	Composer func(ctx context.Context, inv Invocation) (tea.Model, error)
}

// Server is a running inmail serve.
type Server struct {
	cfg  Config
	ssh  *ssh.Server
	held app.HeldStore

	mu       sync.Mutex
	open     map[string]int // sessions per person
	total    int
	programs map[*tea.Program]ssh.Session
	closing  bool
	active   sync.WaitGroup
}

// New sets the server up around cfg.DB. It always has a public-key
// handler: without one, wish would let anyone in.
func New(cfg Config) (*Server, error) {
	if cfg.DB == nil || cfg.Run == nil || cfg.Composer == nil {
		return nil, errors.New("serve: a server needs a log, a command runner and a composer")
	}
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.PerPerson <= 0 {
		cfg.PerPerson = DefaultPerPerson
	}
	if cfg.Sessions <= 0 {
		cfg.Sessions = DefaultSessions
	}
	if cfg.ShutdownWait <= 0 {
		cfg.ShutdownWait = DefaultShutdownWait
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		cfg:      cfg,
		held:     app.HeldStore{DB: cfg.DB, Writes: new(sync.Mutex), Lines: new(app.Lines)},
		open:     map[string]int{},
		programs: map[*tea.Program]ssh.Session{},
	}
	srv, err := wish.NewServer(
		wish.WithAddress(cfg.Addr),
		wish.WithHostKeyPath(cfg.HostKeyPath),
		wish.WithPublicKeyAuth(s.knownKey),
		wish.WithKeyboardInteractiveAuth(s.refuseUnknown),
		withPreAuthConn(),
		wish.WithMiddleware(
			closingNote,
			bubbletea.MiddlewareWithProgramHandler(s.composer),
			s.commandMode,
			s.limit,
			s.identify,
			s.track,
		),
	)
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	if srv.PublicKeyHandler == nil {
		return nil, errors.New("serve: no public-key handler; refusing to start a server that lets anyone in")
	}
	s.ssh = srv
	return s, nil
}

// Store is the log as the server lends it to sessions (and to the owner
// socket): the held log, with one writer at a time and one reuse index
// for all.
func (s *Server) Store() app.HeldStore { return s.held }

// Warm reads the log's personalization lines into the shared reuse index,
// so the first send does not wait for it.
func (s *Server) Warm() error {
	_, err := s.held.Lines.Index(s.cfg.DB)
	return err
}

// Serve accepts sessions on l until Shutdown or Close. It returns
// ssh.ErrServerClosed after a shutdown.
func (s *Server) Serve(l net.Listener) error { return s.ssh.Serve(l) }

// Listen opens the server's address.
func (s *Server) Listen() (net.Listener, error) {
	l, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", s.cfg.Addr, err)
	}
	return l, nil
}

// Shutdown stops the server gracefully: it stops accepting sessions, tells
// each composer to save its draft and close with a line saying why, lets
// commands in flight finish (up to ShutdownWait, or ctx), then closes what
// is left and waits for the write in progress, so no write is cut in half.
// The log stays open; the caller closes it.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	programs := make(map[*tea.Program]ssh.Session, len(s.programs))
	for p, sess := range s.programs {
		programs[p] = sess
	}
	s.mu.Unlock()
	for p, sess := range programs {
		p.Send(shutdownMsg{})
		_ = sess // the line is written when the program has ended
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.ShutdownWait)
	defer cancel()
	err := s.ssh.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		err = s.ssh.Close()
	}
	s.active.Wait()
	// A use case that writes holds this for all its transactions.
	s.held.Writes.Lock()
	defer s.held.Writes.Unlock()
	if errors.Is(err, ssh.ErrServerClosed) {
		err = nil
	}
	return err
}

// shutdownMsg tells a composer the server is stopping.
type shutdownMsg struct{}

// ShutdownNote is the line a session is closed with when the server
// stops.
const ShutdownNote = "inmail serve is stopping; your draft is saved. Connect again in a minute."
