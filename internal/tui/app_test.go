package tui

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// The in-memory log has every method the screens ask for: a screen's new
// store method goes there.
var _ Store = (*tuitest.Log)(nil)

var tuesday = time.Date(2026, 3, 3, 9, 40, 0, 0, time.UTC)

// app is the root model run by a tuitest.Driver, as a program would run
// it: commands at once, timers when the test lets time pass.
type app struct {
	t *testing.T
	m Model
	d *tuitest.Driver
}

// newApp builds the root model on deps without starting it.
func newApp(t *testing.T, deps Deps) *app {
	t.Helper()
	a := &app{t: t}
	a.d = tuitest.NewDriver(t, func(msg tea.Msg) tea.Cmd {
		next, cmd := a.m.Update(msg)
		a.m = next.(Model)
		return cmd
	})
	deps.After = a.d.After
	a.m = New(deps)
	return a
}

// startApp starts the root model on deps in a w by h terminal.
func startApp(t *testing.T, deps Deps, w, h int) *app {
	t.Helper()
	a := newApp(t, deps)
	a.d.Run(a.m.Init())
	return a.send(tea.WindowSizeMsg{Width: w, Height: h})
}

// send hands the model msgs, typed faster than any command answers, then
// lets a second pass, so the debounces fire.
func (a *app) send(msgs ...tea.Msg) *app {
	a.t.Helper()
	a.d.Send(msgs...)
	a.d.Wait(time.Second)
	return a
}

// press hands the model msgs without letting any time pass.
func (a *app) press(msgs ...tea.Msg) *app {
	a.t.Helper()
	a.d.Send(msgs...)
	return a
}

// view is the screen as the recruiter reads it.
func (a *app) view() string { return ansi.Strip(a.m.View().Content) }

// ids are the open screens, bottom to top.
func (a *app) ids() []common.ID { return a.m.stack.ids() }

// top is the screen on top.
func (a *app) top() common.ID {
	ids := a.ids()
	if len(ids) == 0 {
		return 0
	}
	return ids[len(ids)-1]
}

var (
	enter = tea.KeyPressMsg{Code: tea.KeyEnter}
	esc   = tea.KeyPressMsg{Code: tea.KeyEscape}
	down  = tea.KeyPressMsg{Code: tea.KeyDown}
	ctrlS = tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}
	ctrlT = tea.KeyPressMsg{Code: 't', Mod: tea.ModCtrl}
	ctrlR = tea.KeyPressMsg{Code: 'r', Mod: tea.ModCtrl}
	ctrlC = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	ctrlG = tea.KeyPressMsg{Code: 'g', Mod: tea.ModCtrl}
	yes   = tea.KeyPressMsg{Code: 'y', Text: "y"}
)
