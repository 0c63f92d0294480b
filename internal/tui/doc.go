// Package tui is inmail's terminal interface, built on Bubble Tea v2.
//
// # Layout
//
// The root Model (this package) owns a stack of screens and draws, top to
// bottom: the status bar (recruiter, credits left, clock and timing hint),
// a banner for errors and notices, the current screen, and the help bar.
// Each screen lives in its own package and implements common.Screen:
//
//	Init() tea.Cmd
//	Update(tea.Msg) (common.Screen, tea.Cmd)
//	View() string                 // exactly the size given by SetSize
//	SetSize(width, height int)
//	SetStyles(common.Styles)      // built from the terminal's background
//	ShortHelp() []key.Binding     // enabled bindings only: the help bar
//	FullHelp() [][]key.Binding    // never offers a key that does nothing
//
// and, optionally, common.KeyCapturer (a text field has focus, or esc
// closes something on the screen), common.Revealer (refresh when back on
// top), common.Saver (save before quitting), common.MouseUser and
// common.Titled.
//
// The screens: candidates (the list), addcandidate, picker (the template
// picker), compose, sent, tracker, reportview (the Reports screen) and
// settings.
//
// # Files
//
//	model.go      the Model, New, Run, Init and Update, which routes
//	state.go      opening (before the start-up decision), showing, helping
//	stack.go      the open screens, a stack of {id, screen} entries
//	navigate.go   the screens' requests for another screen, and the moves
//	open.go       how each screen is built from the deps
//	sections.go   the screens a global key opens
//	start.go      the first stack, the first-run setup, a saved setup
//	input.go      keys, clicks and pastes; what goes to every screen
//	statusbar.go  the top line and its clock
//	banner.go     the line under it: a failure or a notice
//	help.go       the help bar and the full help over the screen
//	keymap.go     the keys that work everywhere, enabled per screen
//	view.go       the layout, top to bottom
//	deps.go       Store and Deps, which internal/cli builds
//
// # Messages
//
// Screens never import each other. To move on, a screen returns a command
// whose message the root acts on: common.GoTo{Screen: common.Tracker},
// common.Back{}, common.Home{}, common.NewCandidate, common.EditCandidate,
// common.CandidateChosen, common.TemplateChosen, common.MessageSent,
// common.SetupSaved. A failure is common.ErrorMsg (shown in the banner
// until the next key).
// Keys, pastes and mouse clicks go to the current screen only (clicks in
// the screen's own coordinates); every other message goes to every open
// screen, so a composer under the tracker still gets its own results.
//
// # Keys that work everywhere
//
// ctrl+c quits (after each open screen's SaveNow, so the draft is kept),
// esc goes back, ? (f1 while typing) shows every key, and the section keys
// open a section from anywhere: ctrl+t the Tracker, ctrl+r Reports, ctrl+g
// Settings. A section key pressed before the start screen arrives is kept:
// the start opens its screens under it.
//
// # Adding a screen
//
// A section (a screen a global key opens) is one line in sections.go: its
// common.ID, its key and how to build it. If it reads the log, embed its
// own Store interface in Store (deps.go): *store.DB already has the
// methods, so internal/cli needs no change. Store and file I/O happen in
// commands, never in Update or View; commands capture values, not the
// model. A screen that waits (a debounce) takes a common.After, so its
// tests run on tuitest's clock.
//
// # Tests
//
// Every screen and the root are tested on tuitest.Driver, which runs
// commands at once in the test's goroutine and fires timers only when the
// test lets time pass, over tuitest.Log, the in-memory log with every
// screen's Store methods. Golden files are of the stripped view.
//
// # Flow
//
// Start: a candidate given with --profile, else the latest draft's
// candidate, goes straight to its templates (and the draft to the
// composer); with no candidates at all, straight to adding one. With no
// recruiter name in the config, the first-run setup (the Settings screen)
// opens over that, once; esc skips it. Then candidates → templates →
// compose → sent, esc going back a step.
package tui
