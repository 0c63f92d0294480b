package serve

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2/bubbletea"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/words"
)

// track counts the sessions in flight, so Shutdown waits for them, and
// refuses new ones while the server stops.
func (s *Server) track(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		s.mu.Lock()
		if s.closing {
			s.mu.Unlock()
			refuse(sess, "inmail: "+ShutdownNote, app.ExitBusy)
			return
		}
		s.active.Add(1)
		s.mu.Unlock()
		defer s.active.Done()
		next(sess)
	}
}

// limit holds the session limits: so many per person, so many in all.
func (s *Server) limit(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		p, _ := personOf(sess)
		s.mu.Lock()
		switch {
		case s.total >= s.cfg.Sessions:
			s.mu.Unlock()
			refuse(sess, fmt.Sprintf("inmail: the server has %s open, the most it allows; try again in a moment", words.Count(s.cfg.Sessions, "session")), app.ExitBusy)
			return
		case s.open[p.Name] >= s.cfg.PerPerson:
			s.mu.Unlock()
			refuse(sess, fmt.Sprintf("inmail: %s has %s open, the most one person may; close one first", p.Name, words.Count(s.cfg.PerPerson, "session")), app.ExitBusy)
			return
		}
		s.total++
		s.open[p.Name]++
		s.mu.Unlock()
		start := s.cfg.Now()
		defer func() {
			s.mu.Lock()
			s.total--
			s.open[p.Name]--
			s.mu.Unlock()
			s.cfg.Log.Info("session", "person", p.Name, "command", strings.Join(sess.Command(), " "), "took", time.Since(start).Round(time.Millisecond))
		}()
		next(sess)
	}
}

// safeEnv are the variables of the client's environment a session may
// set: how its terminal looks, never who the person is or which file or
// folder the server reads.
var safeEnv = []string{"TERM", "COLORTERM", "NO_COLOR", "INMAIL_THEME", "TMUX", "STY"}

// invocation is a session's work, for the command tree or the composer.
func (s *Server) invocation(sess ssh.Session) Invocation {
	p, _ := personOf(sess)
	env := map[string]string{}
	for _, kv := range sess.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		for _, ok := range safeEnv {
			if k == ok {
				env[k] = v
			}
		}
	}
	if pty, _, ok := sess.Pty(); ok && pty.Term != "" {
		env["TERM"] = pty.Term
	}
	mux := ""
	switch {
	case env["TMUX"] != "":
		mux = "tmux"
	case env["STY"] != "":
		mux = "screen"
	}
	// OSC52 goes to the recruiter's own terminal: standard error, which is
	// their terminal even when they redirect the output (the server's
	// clipboard is no one's).
	stderr := sess.Stderr()
	copier := &clipboard.Copier{
		OpenTerminal: func() (io.WriteCloser, error) { return nopCloser{stderr}, nil },
		Multiplexer:  mux,
	}
	return Invocation{
		Person: p, Args: sess.Command(),
		Stdin: sess, Stdout: sess, Stderr: stderr,
		Getenv: func(k string) string { return env[k] },
		Copier: copier,
		Remote: true,
	}
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// commandMode runs `ssh HOST COMMAND ARGS...`: the command tree as the
// person, and its exit status back to the client.
func (s *Server) commandMode(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if len(sess.Command()) == 0 {
			next(sess)
			return
		}
		code := s.cfg.Run(sess.Context(), s.invocation(sess))
		_ = sess.Exit(code)
	}
}

// composer is the program for `ssh HOST` with no command: the composer on
// the session's own terminal (its size, colour profile and background),
// wrapped so that the server can close it, draft saved, when the person
// is idle or the server stops.
func (s *Server) composer(sess ssh.Session) *tea.Program {
	if len(sess.Command()) > 0 {
		return nil
	}
	pty, _, ok := sess.Pty()
	if !ok {
		refuse(sess, "inmail: the composer needs a terminal: ssh -t, or give a command (ssh ... log)", app.ExitBadInput)
		return nil
	}
	inv := s.invocation(sess)
	ctx := sess.Context()
	m, err := s.cfg.Composer(ctx, inv)
	if err != nil {
		refuse(sess, "inmail: "+err.Error(), int(app.ExitOf(err)))
		return nil
	}
	idle := &idleInput{r: sess, now: s.cfg.Now, last: s.cfg.Now()}
	w := &wrapper{inner: m}
	opts := append(bubbletea.MakeOptions(sess),
		tea.WithContext(ctx),
		tea.WithInput(idle),
		tea.WithoutSignalHandler(),
		tea.WithFilter(sessionFilter),
	)
	if pty.Window.Width <= 0 || pty.Window.Height <= 0 {
		opts = append(opts, tea.WithWindowSize(80, 24))
	}
	p := tea.NewProgram(w, opts...)
	s.mu.Lock()
	s.programs[p] = sess
	s.mu.Unlock()
	done := make(chan struct{})
	go s.watchIdle(p, idle, w, done)
	sess.Context().SetValue(wrapperKey, w)
	go func() {
		p.Wait()
		close(done)
		s.mu.Lock()
		delete(s.programs, p)
		s.mu.Unlock()
	}()
	return p
}

// wrapperKey holds a session's composer wrapper, for closingNote.
var wrapperKey = &struct{ name string }{"inmail-composer"}

// closingNote runs after the composer has ended (the bubbletea middleware
// calls it then): it says why the server closed the composer, if it did.
func closingNote(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if w, ok := sess.Context().Value(wrapperKey).(*wrapper); ok {
			if note := w.closedWith(); note != "" {
				_, _ = io.WriteString(sess.Stderr(), note+"\r\n")
			}
		}
		next(sess)
	}
}

// watchIdle closes the composer when no key was pressed for the idle
// timeout: renders and the clock in the status bar do not count.
func (s *Server) watchIdle(p *tea.Program, in *idleInput, w *wrapper, done <-chan struct{}) {
	if s.cfg.IdleTimeout < 0 {
		return
	}
	tick := time.NewTicker(min(s.cfg.IdleTimeout/4, time.Minute))
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
			if idle := s.cfg.Now().Sub(in.lastRead()); idle >= s.cfg.IdleTimeout {
				p.Send(closeMsg{note: fmt.Sprintf("inmail: closed after %s without a key press; your draft is saved.", idleWords(s.cfg.IdleTimeout))})
				return
			}
		}
	}
}

// idleInput is the session's input, noting when a key last came in.
type idleInput struct {
	r    io.Reader
	now  func() time.Time
	mu   sync.Mutex
	last time.Time
}

func (i *idleInput) Read(b []byte) (int, error) {
	n, err := i.r.Read(b)
	if n > 0 {
		i.mu.Lock()
		i.last = i.now()
		i.mu.Unlock()
	}
	return n, err
}

func (i *idleInput) lastRead() time.Time {
	i.mu.Lock()
	defer i.mu.Unlock()
	return i.last
}

// closeMsg asks the composer to close, saving its draft, and say why.
type closeMsg struct{ note string }

// wrapper is the session's root program model: the composer, which it
// closes (as ctrl+c does, so the draft is saved) when told.
type wrapper struct {
	inner tea.Model
	mu    sync.Mutex
	note  string
}

func (w *wrapper) Init() tea.Cmd { return w.inner.Init() }

func (w *wrapper) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case shutdownMsg:
		return w.close(ShutdownNote)
	case closeMsg:
		return w.close(msg.note)
	}
	var cmd tea.Cmd
	w.inner, cmd = w.inner.Update(msg)
	return w, cmd
}

func (w *wrapper) close(note string) (tea.Model, tea.Cmd) {
	w.mu.Lock()
	w.note = note
	w.mu.Unlock()
	var cmd tea.Cmd
	w.inner, cmd = w.inner.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	return w, tea.Sequence(cmd, tea.Quit)
}

func (w *wrapper) closedWith() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.note
}

func (w *wrapper) View() tea.View { return w.inner.View() }

// idleWords is the idle timeout for the closing line: "30 minutes", or
// "3s" for one under a minute (tests use those).
func idleWords(d time.Duration) string {
	if d < time.Minute {
		return d.String()
	}
	return words.Duration(d, words.Long)
}

// sessionFilter is the program's message filter: a client that cannot
// tell its size (ssh -tt from a pipe) reports 0x0, which would leave the
// screen blank, so it gets the size the composer is made for; and, as
// wish's own filter does, a suspend (ctrl+z) is turned into a resume,
// since a session has no shell to suspend to.
func sessionFilter(_ tea.Model, msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		if msg.Width <= 0 || msg.Height <= 0 {
			return tea.WindowSizeMsg{Width: 80, Height: 24}
		}
	case tea.SuspendMsg:
		return tea.ResumeMsg{}
	}
	return msg
}
