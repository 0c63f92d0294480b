package common

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// After is how a screen waits: a command whose message, msg, arrives d
// from now (a debounce, the status bar's clock). The app passes Tick;
// tests pass a tuitest.Driver's After, whose timers fire only when the
// test lets that much time pass, so no test waits on the wall clock.
type After func(d time.Duration, msg tea.Msg) tea.Cmd

// Tick is After on the wall clock.
func Tick(d time.Duration, msg tea.Msg) tea.Cmd {
	return tea.Tick(d, func(time.Time) tea.Msg { return msg })
}
