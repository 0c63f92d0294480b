// Package common holds what every screen of the terminal UI shares: the
// Screen interface the root model drives, the Styles built from the
// terminal's background, the navigation messages a screen sends to ask the
// root for another screen, small widgets (the error banner, status bar
// pieces, text fitting), the words and cells more than one screen writes
// (counts, send times, candidate names), the list keys, and the cache of
// messages decoded for a long list's rows on screen.
//
// A screen never imports another screen. It asks for the next one with a
// message (GoTo, Back, CandidateChosen, …) and the root, which imports
// every screen, builds it.
package common

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Screen is one view of the app. Only the root returns a tea.View; a screen
// draws a string exactly the size it was given and says which keys it
// takes, so the root's help bar is always true.
type Screen interface {
	// Init returns the screen's first commands (loading what it shows);
	// the root runs it when the screen is opened.
	Init() tea.Cmd
	// Update handles a message. Keys the root keeps for itself (ctrl+c,
	// the section keys, ? and esc unless the screen captures them) never
	// arrive here.
	Update(tea.Msg) (Screen, tea.Cmd)
	// View draws the screen in the size given by SetSize.
	View() string
	// SetSize gives the screen its share of the terminal.
	SetSize(width, height int)
	// SetStyles replaces the styles, e.g. once the background is known.
	SetStyles(Styles)
	// ShortHelp and FullHelp are the screen's enabled key bindings (the
	// help.KeyMap interface); the root adds its own.
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// KeyCapturer is implemented by screens that sometimes need keys the root
// would otherwise take.
type KeyCapturer interface {
	// Typing reports that a text field has focus, so printable keys such
	// as ? and q are text, not commands.
	Typing() bool
	// CapturesEsc reports that esc closes something on the screen (a
	// prompt, a filter) instead of going back.
	CapturesEsc() bool
}

// Titled is implemented by screens that name themselves; the root puts
// the name in the terminal's window title.
type Titled interface {
	Title() string
}

// IsTyping reports whether s has a text field focused.
func IsTyping(s Screen) bool {
	c, ok := s.(KeyCapturer)
	return ok && c.Typing()
}

// CapturesEsc reports whether s uses esc itself.
func CapturesEsc(s Screen) bool {
	c, ok := s.(KeyCapturer)
	return ok && c.CapturesEsc()
}

// Revealer is implemented by screens that refresh when they come back on
// top (the candidate list after an add or a send).
type Revealer interface {
	Revealed() tea.Cmd
}

// Saver is implemented by screens that hold unsaved work (the composer's
// draft); the root runs SaveNow before quitting.
type Saver interface {
	SaveNow() tea.Cmd
}

// MouseUser is implemented by screens that take mouse clicks. The root
// turns mouse reporting on only for them, so on every other screen the
// terminal's own selection (to copy text by hand) works as usual.
type MouseUser interface {
	UsesMouse() bool
}
