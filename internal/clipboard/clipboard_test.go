package clipboard

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"strings"
	"testing"
)

type bufCloser struct {
	bytes.Buffer
	closed bool
}

func (b *bufCloser) Close() error { b.closed = true; return nil }

func TestCopy(t *testing.T) {
	errNo := errors.New("xclip: Can't open display")
	tests := []struct {
		name       string
		system     func(string) error
		terminal   bool
		termErr    error
		wantString string
		wantOK     bool
	}{
		{"both", func(string) error { return nil }, true, nil, "copied (system clipboard and terminal)", true},
		{"system only", func(string) error { return nil }, false, nil, "copied (system clipboard)", true},
		{"terminal only, no utility", func(string) error { return ErrNoUtility }, true, nil, "copied (terminal)", true},
		{"nothing works", func(string) error { return errNo }, true, ErrNoTerminal,
			"copy failed: system clipboard: xclip: Can't open display; terminal: no terminal", false},
		{"nothing set up", nil, false, nil, "copy failed: copying is turned off", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got string
			var tty bufCloser
			c := Copier{}
			if tc.system != nil {
				c.System = func(s string) error { got = s; return tc.system(s) }
			}
			if tc.terminal {
				c.OpenTerminal = func() (io.WriteCloser, error) {
					if tc.termErr != nil {
						return nil, tc.termErr
					}
					return &tty, nil
				}
			}
			r := c.Copy("Subject\n\nBody")
			if r.String() != tc.wantString || r.OK() != tc.wantOK {
				t.Errorf("got %q (ok %v), want %q (ok %v)", r.String(), r.OK(), tc.wantString, tc.wantOK)
			}
			if tc.system != nil && got != "Subject\n\nBody" {
				t.Errorf("system clipboard got %q", got)
			}
			if tc.terminal && tc.termErr == nil {
				if !tty.closed {
					t.Error("terminal not closed after the write")
				}
				if want := OSC52("Subject\n\nBody", ""); tty.String() != want {
					t.Errorf("terminal got %q, want %q", tty.String(), want)
				}
			}
			if (r.Err() == nil) != tc.wantOK {
				t.Errorf("Err() = %v with OK %v", r.Err(), r.OK())
			}
		})
	}
}

func TestOSC52(t *testing.T) {
	text := "Hi Priya,\n\nYour work on Castell Pharma…"
	enc := base64.StdEncoding.EncodeToString([]byte(text))
	plain := "\x1b]52;c;" + enc + "\x07"
	if got := OSC52(text, ""); got != plain {
		t.Errorf("plain: got %q, want %q", got, plain)
	}
	tmux := OSC52(text, "tmux")
	if !strings.HasPrefix(tmux, plain) || !strings.Contains(tmux, "\x1bPtmux;\x1b\x1b]52;c;"+enc) {
		t.Errorf("tmux: got %q", tmux)
	}
	long := strings.Repeat("x", 2000)
	screen := OSC52(long, "screen")
	if !strings.HasPrefix(screen, "\x1bP") || strings.Count(screen, "\x1bP") < 3 {
		t.Errorf("screen: want chunked DCS passthrough, got %d chunks", strings.Count(screen, "\x1bP"))
	}
}

func TestDefaultMultiplexer(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, ""},
		{map[string]string{"TMUX": "/tmp/tmux-0/default,1,0"}, "tmux"},
		{map[string]string{"STY": "1234.pts-0.host"}, "screen"},
	}
	for _, tc := range tests {
		c := Default(func(k string) string { return tc.env[k] })
		if c.Multiplexer != tc.want || c.System == nil || c.OpenTerminal == nil {
			t.Errorf("env %v: multiplexer %q, want %q; system and terminal set: %v %v",
				tc.env, c.Multiplexer, tc.want, c.System != nil, c.OpenTerminal != nil)
		}
	}
}

func TestText(t *testing.T) {
	if got := Text("A role", "Hi"); got != "A role\n\nHi" {
		t.Errorf("InMail: got %q", got)
	}
	if got := Text("", "Hi Sam, …"); got != "Hi Sam, …" {
		t.Errorf("connection note: got %q", got)
	}
	// A body logged before intake stripped controls: a paste must not
	// carry an ESC (the end of bracketed paste is ESC [ 201 ~).
	if got := Text("A \x1b[31mrole", "Hi\x1b[201~\r\nrm -rf ~\x07"); got != "A role\n\nHi\nrm -rf ~" {
		t.Errorf("controls: got %q", got)
	}
}

func TestPart(t *testing.T) {
	tests := []struct {
		part               Part
		subject, body      string
		wantText, wantWhat string
	}{
		{Body, "A role", "Hi", "Hi", "the body"},
		{Subject, "A role", "Hi", "A role", "the subject"},
		{Both, "A role", "Hi", "A role\n\nHi", "the subject and body"},
		{Subject, "", "Hi Sam, …", "Hi Sam, …", "the note"},
		{Both, " ", "Hi Sam, …", "Hi Sam, …", "the note"},
	}
	for _, tc := range tests {
		text, what := tc.part.Pick(tc.subject, tc.body)
		if text != tc.wantText || what != tc.wantWhat {
			t.Errorf("%v of (%q, %q) = %q, %q; want %q, %q", tc.part, tc.subject, tc.body, text, what, tc.wantText, tc.wantWhat)
		}
	}
	for _, p := range Parts {
		if got, err := ParsePart(strings.ToUpper(p.String())); err != nil || got != p {
			t.Errorf("ParsePart(%q) = %v, %v", strings.ToUpper(p.String()), got, err)
		}
	}
	if _, err := ParsePart("title"); err == nil || !strings.Contains(err.Error(), "use body, subject or both") {
		t.Errorf("ParsePart(title) = %v", err)
	}
}
