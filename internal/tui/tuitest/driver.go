package tuitest

import (
	"cmp"
	"go/token"
	"reflect"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
)

// Driver runs a model the way a Bubble Tea program does, but in the test's
// goroutine and on a clock of its own, so a test never waits on the wall
// clock and every run goes the same way:
//
//   - Send hands the model its messages, then runs the commands they
//     returned and every command that follows from them, each at once, in
//     the order they were returned: a batch's commands join the end of the
//     queue, a sequence's run one after the other, each with all that
//     follows from it, before the next in the queue.
//   - A command from the Driver's After is a timer: it is held, not run,
//     until Wait lets its time pass.
//   - Spinner ticks and cursor blinks are dropped (they go on for ever and
//     change nothing a test reads).
//   - Messages for the terminal (a clipboard write, a colour request) are
//     kept in Terminal, and tea.Quit sets Quit; neither reaches the model.
//
// A chain of commands that never settles, or a tea.Tick the Driver cannot
// hold, fails the test.
type Driver struct {
	t       testing.TB
	deliver func(tea.Msg) tea.Cmd
	now     time.Duration
	seq     int
	timers  []timer

	// Keep, when set, sees every message before the model does and keeps
	// those it returns true for: a screen's harness takes the banner
	// messages (common.ErrorMsg, common.NoticeMsg) the root would show.
	Keep func(tea.Msg) bool
	// Terminal are the messages meant for the terminal rather than the
	// model, in order: tea.SetClipboard's, tea.RequestBackgroundColor's.
	Terminal []tea.Msg
	// Quit is set once tea.Quit's message arrives.
	Quit bool
}

// timer is a message held until its time.
type timer struct {
	due time.Duration
	seq int
	msg tea.Msg
}

// timerMsg is what an After command returns at once: the timer to hold.
type timerMsg struct {
	d   time.Duration
	msg tea.Msg
}

// NewDriver returns a Driver that hands messages to deliver, which
// updates the model and returns its command.
func NewDriver(t testing.TB, deliver func(tea.Msg) tea.Cmd) *Driver {
	return &Driver{t: t, deliver: deliver}
}

// After is a common.After on the Driver's clock: msg arrives when Wait has
// let d pass.
func (d *Driver) After(dur time.Duration, msg tea.Msg) tea.Cmd {
	return func() tea.Msg { return timerMsg{d: dur, msg: msg} }
}

// Send hands msgs to the model one after the other, as keys typed faster
// than any command answers, then runs the commands they returned. No time
// passes.
func (d *Driver) Send(msgs ...tea.Msg) {
	d.t.Helper()
	var cmds []tea.Cmd
	for _, msg := range msgs {
		if c := d.handle(msg); c != nil {
			cmds = append(cmds, c)
		}
	}
	d.Run(cmds...)
}

// Run runs cmds and every command that follows from them.
func (d *Driver) Run(cmds ...tea.Cmd) {
	d.t.Helper()
	queue := slices.Clone(cmds)
	for n := 0; len(queue) > 0; n++ {
		if n > 10000 {
			d.t.Fatal("tuitest: the commands do not settle")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil || d.skip(c) {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if seq, ok := sequence(msg); ok {
				for _, sc := range seq {
					d.Run(sc)
				}
				continue
			}
			if next := d.handle(msg); next != nil {
				queue = append(queue, next)
			}
		}
	}
}

// Wait lets dur pass: the timers due by then fire in order, each message
// delivered and its commands run before the next timer.
func (d *Driver) Wait(dur time.Duration) {
	d.t.Helper()
	end := d.now + dur
	for len(d.timers) > 0 && d.timers[0].due <= end {
		tm := d.timers[0]
		d.timers = d.timers[1:]
		d.now = tm.due
		d.Run(func() tea.Msg { return tm.msg })
	}
	d.now = end
}

// Pending is how many timers wait for their time.
func (d *Driver) Pending() int { return len(d.timers) }

// Clipboard are the texts written to the terminal's clipboard with
// tea.SetClipboard (OSC52), in order.
func (d *Driver) Clipboard() []string {
	var out []string
	for _, msg := range d.Terminal {
		if t := reflect.TypeOf(msg); t.Name() == "setClipboardMsg" {
			out = append(out, reflect.ValueOf(msg).String())
		}
	}
	return out
}

// handle takes one message: a timer to hold, a message to drop or keep,
// or one for the model, whose command it returns.
func (d *Driver) handle(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case nil, spinner.TickMsg:
		return nil
	case timerMsg:
		d.seq++
		d.timers = append(d.timers, timer{due: d.now + msg.d, seq: d.seq, msg: msg.msg})
		slices.SortStableFunc(d.timers, func(a, b timer) int { return cmp.Compare(a.due, b.due) })
		return nil
	case tea.QuitMsg:
		d.Quit = true
		return nil
	case tea.BatchMsg:
		return tea.Batch(msg...)
	}
	if seq, ok := sequence(msg); ok {
		return tea.Sequence(seq...)
	}
	switch t := reflect.TypeOf(msg); {
	case strings.HasSuffix(t.PkgPath(), "bubbles/v2/cursor"):
		return nil
	case strings.HasSuffix(t.PkgPath(), "bubbletea/v2") && !token.IsExported(t.Name()):
		// Bubble Tea's own unexported messages are requests to the
		// terminal: a clipboard write, a colour query, a title.
		d.Terminal = append(d.Terminal, msg)
		return nil
	}
	if d.Keep != nil && d.Keep(msg) {
		return nil
	}
	return d.deliver(msg)
}

// sequence is the commands of tea.Sequence's message, which Bubble Tea
// does not export.
func sequence(msg tea.Msg) ([]tea.Cmd, bool) {
	if msg == nil {
		return nil, false
	}
	v := reflect.ValueOf(msg)
	t := v.Type()
	if t.Name() != "sequenceMsg" || !strings.HasSuffix(t.PkgPath(), "bubbletea/v2") || t.Kind() != reflect.Slice {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i], _ = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

// ticks are the wall-clock timers the Driver cannot hold (the closures of
// tea.Tick and tea.Every), and blinks a text field's cursor blinking.
var (
	ticks  = regexp.MustCompile(`\.(Tick|Every)\.func\d+$`)
	blinks = regexp.MustCompile(`bubbles/v2/cursor\.\(\*Model\)\.Blink\.func\d+$`)
)

// skip reports whether c is a cursor blink, which the Driver drops
// without running (it waits half a second). A tea.Tick fails the test:
// the code under test should wait with the common.After it was given.
func (d *Driver) skip(c tea.Cmd) bool {
	d.t.Helper()
	name := runtime.FuncForPC(reflect.ValueOf(c).Pointer()).Name()
	switch {
	case blinks.MatchString(name):
		return true
	case ticks.MatchString(name):
		d.t.Fatalf("tuitest: %s waits on the wall clock; wait with the common.After the screen was given", name)
	}
	return false
}
