// Package clipboard copies a finished message so the recruiter can paste it
// into LinkedIn: to the terminal with OSC52 (which also reaches the
// recruiter's own machine over SSH) and to the system clipboard where a
// clipboard utility exists (pbcopy, xclip, xsel, wl-copy). Neither is
// guaranteed, so Copy says what worked and why the rest did not; a failed
// copy is never fatal, because the message is already logged.
package clipboard

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/inmail/inmail/internal/termsafe"
)

// ErrNoTerminal: there is no terminal to send the OSC52 sequence to.
var ErrNoTerminal = errors.New("no terminal")

// ErrRemote: the program runs on a server for an SSH session, whose
// system clipboard is no one's; only the session's terminal (OSC52) can
// take a copy.
var ErrRemote = errors.New("over SSH only your terminal's clipboard is reached")

// ErrNoUtility: the machine has no clipboard utility (or no display for it).
var ErrNoUtility = errors.New("no clipboard utility (install xclip, xsel or wl-clipboard)")

// Result says where a copy went. Terminal means the OSC52 sequence was
// written; whether the terminal honours it cannot be known (some ignore
// it), so a copy that reached only the terminal is reported as such.
type Result struct {
	System   bool
	Terminal bool
	// SystemErr and TerminalErr say why a way did not work; nil when it
	// worked or was not tried.
	SystemErr, TerminalErr error
}

// OK reports whether the text went anywhere.
func (r Result) OK() bool { return r.System || r.Terminal }

// Where names the ways that worked: "system clipboard", "terminal",
// "system clipboard and terminal", or "" when none did.
func (r Result) Where() string {
	switch {
	case r.System && r.Terminal:
		return "system clipboard and terminal"
	case r.System:
		return "system clipboard"
	case r.Terminal:
		return "terminal"
	}
	return ""
}

// Err explains a copy that went nowhere; nil when it went somewhere.
func (r Result) Err() error {
	if r.OK() {
		return nil
	}
	var msgs []string
	for _, err := range []error{r.SystemErr, r.TerminalErr} {
		if err != nil {
			msgs = append(msgs, err.Error())
		}
	}
	if len(msgs) == 0 {
		return errors.New("copying is turned off")
	}
	return errors.New(strings.Join(msgs, "; "))
}

// String is the result for people: "copied (system clipboard)" or
// "copy failed: no clipboard utility …; no terminal".
func (r Result) String() string {
	if r.OK() {
		return "copied (" + r.Where() + ")"
	}
	return "copy failed: " + r.Err().Error()
}

// Copier copies text to the places it is set up with. The zero value
// copies nowhere; Default is set up for the running process.
type Copier struct {
	// OpenTerminal returns where the OSC52 sequence goes; nil skips the
	// terminal. Its Close is called after the write.
	OpenTerminal func() (io.WriteCloser, error)
	// Multiplexer is "tmux" or "screen" when the terminal is inside one,
	// so the sequence is also wrapped to reach the outer terminal.
	Multiplexer string
	// System writes the system clipboard; nil skips it.
	System func(text string) error
}

// Copy puts text on the clipboard in every way the Copier has, and says
// which worked.
func (c Copier) Copy(text string) Result {
	var r Result
	if c.System != nil {
		if err := c.System(text); err != nil {
			r.SystemErr = fmt.Errorf("system clipboard: %w", err)
		} else {
			r.System = true
		}
	}
	if c.OpenTerminal != nil {
		if err := c.writeTerminal(text); err != nil {
			r.TerminalErr = fmt.Errorf("terminal: %w", err)
		} else {
			r.Terminal = true
		}
	}
	return r
}

func (c Copier) writeTerminal(text string) error {
	w, err := c.OpenTerminal()
	if err != nil {
		return err
	}
	_, werr := io.WriteString(w, OSC52(text, c.Multiplexer))
	cerr := w.Close()
	return errors.Join(werr, cerr)
}

// OSC52 is the escape sequence that asks a terminal to put text on the
// system clipboard. Inside tmux or screen (mux "tmux" or "screen") the
// plain sequence is followed by one wrapped to pass through to the outer
// terminal: tmux honours the plain one with set-clipboard on, the wrapped
// one with allow-passthrough on, and setting the clipboard twice with the
// same text is harmless.
func OSC52(text, mux string) string {
	seq := ansi.SetSystemClipboard(text)
	switch mux {
	case "tmux":
		return seq + ansi.TmuxPassthrough(seq)
	case "screen":
		// screen cuts string sequences at 768 bytes.
		return ansi.ScreenPassthrough(seq, 768)
	}
	return seq
}

// Default is the Copier for this process: the system clipboard, and OSC52
// written to standard output when it is a terminal, else to /dev/tty (so
// `inmail send … > out.txt` still copies), with the multiplexer read from
// getenv (nil: os.Getenv).
func Default(getenv func(string) string) Copier {
	if getenv == nil {
		getenv = os.Getenv
	}
	mux := ""
	switch {
	case getenv("TMUX") != "":
		mux = "tmux"
	case getenv("STY") != "":
		mux = "screen"
	}
	return Copier{OpenTerminal: openTerminal, Multiplexer: mux, System: SystemClipboard}
}

// openTerminal is standard output when it is a terminal, else the
// process's controlling terminal.
func openTerminal() (io.WriteCloser, error) {
	if term.IsTerminal(os.Stdout.Fd()) {
		return nopCloser{os.Stdout}, nil
	}
	f, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0)
	if err != nil {
		return nil, ErrNoTerminal
	}
	if !term.IsTerminal(f.Fd()) {
		f.Close()
		return nil, ErrNoTerminal
	}
	return f, nil
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

// Text is what a copy of a message holds: for an InMail the subject, a
// blank line and the body; for a connection note (no subject) the body.
// `inmail send`, `inmail log copy` and the composer copy the same text.
// Control characters and escape sequences (in a message logged before
// intake stripped them) are removed: the text is pasted into LinkedIn, or
// by mistake into a terminal, where an ESC could end bracketed paste.
func Text(subject, body string) string {
	subject, body = termsafe.Strip(subject), termsafe.Strip(body)
	if strings.TrimSpace(subject) == "" {
		return body
	}
	return subject + "\n\n" + body
}
