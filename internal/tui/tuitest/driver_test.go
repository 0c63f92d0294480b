package tuitest

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
)

// recorder is a model that notes every message it gets and answers with
// the command its reply gives for the message.
type recorder struct {
	got   []tea.Msg
	reply func(tea.Msg) tea.Cmd
}

func (r *recorder) deliver(msg tea.Msg) tea.Cmd {
	r.got = append(r.got, msg)
	if r.reply == nil {
		return nil
	}
	return r.reply(msg)
}

func msgCmd(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// TestSendBeforeCommands hands over every message sent together before
// any command they return answers, as keys typed faster than commands.
func TestSendBeforeCommands(t *testing.T) {
	r := &recorder{}
	r.reply = func(msg tea.Msg) tea.Cmd {
		if s, ok := msg.(string); ok && len(s) == 1 {
			return msgCmd(s + "!")
		}
		return nil
	}
	d := NewDriver(t, r.deliver)
	d.Send("a", "b")
	if want := []tea.Msg{"a", "b", "a!", "b!"}; !slices.Equal(r.got, want) {
		t.Errorf("delivered %v, want %v", r.got, want)
	}
}

// TestBatchAndSequence queues a batch's commands and runs a sequence in
// its order, each command of the sequence settled before the next.
func TestBatchAndSequence(t *testing.T) {
	r := &recorder{}
	r.reply = func(msg tea.Msg) tea.Cmd {
		if msg == "1" {
			return msgCmd("1.1")
		}
		return nil
	}
	d := NewDriver(t, r.deliver)
	d.Run(tea.Batch(msgCmd("x"), msgCmd("y")), tea.Sequence(msgCmd("1"), msgCmd("2")))
	if want := []tea.Msg{"1", "1.1", "2", "x", "y"}; !slices.Equal(r.got, want) {
		t.Errorf("delivered %v, want %v", r.got, want)
	}
}

// TestTimers holds After's messages until Wait lets their time pass, and
// fires them in the order they fall due, with timers they start.
func TestTimers(t *testing.T) {
	r := &recorder{}
	var d *Driver
	r.reply = func(msg tea.Msg) tea.Cmd {
		if msg == "tick" {
			return d.After(100*time.Millisecond, "tock")
		}
		return nil
	}
	d = NewDriver(t, r.deliver)
	d.Run(d.After(time.Second, "late"), d.After(200*time.Millisecond, "tick"), d.After(time.Minute, "never"))
	if len(r.got) != 0 || d.Pending() != 3 {
		t.Fatalf("delivered %v before any time passed, %d pending", r.got, d.Pending())
	}
	d.Wait(299 * time.Millisecond)
	if want := []tea.Msg{"tick"}; !slices.Equal(r.got, want) {
		t.Fatalf("after 299ms delivered %v, want %v", r.got, want)
	}
	d.Wait(time.Second)
	if want := []tea.Msg{"tick", "tock", "late"}; !slices.Equal(r.got, want) {
		t.Errorf("after 1.3s delivered %v, want %v", r.got, want)
	}
	if d.Pending() != 1 {
		t.Errorf("%d timers pending, want the minute's", d.Pending())
	}
}

// TestDropsAndKeeps drops spinner ticks and cursor blinks, keeps the
// terminal's messages and tea.Quit from the model, and lets Keep take
// what a harness wants.
func TestDropsAndKeeps(t *testing.T) {
	r := &recorder{}
	d := NewDriver(t, r.deliver)
	var kept []tea.Msg
	d.Keep = func(msg tea.Msg) bool {
		if msg == "for the root" {
			kept = append(kept, msg)
			return true
		}
		return false
	}
	ta := textarea.New()
	start := time.Now()
	d.Run(ta.Focus(), spinner.New().Tick, tea.SetClipboard("copied"), msgCmd("for the root"), msgCmd("for the model"), tea.Quit)
	if time.Since(start) > 400*time.Millisecond {
		t.Errorf("the cursor's blink was waited for (%s)", time.Since(start))
	}
	if want := []tea.Msg{"for the model"}; !slices.Equal(r.got, want) {
		t.Errorf("the model got %v, want %v", r.got, want)
	}
	if !slices.Equal(kept, []tea.Msg{"for the root"}) {
		t.Errorf("Keep took %v", kept)
	}
	if got := d.Clipboard(); !slices.Equal(got, []string{"copied"}) {
		t.Errorf("clipboard %q", got)
	}
	if !d.Quit {
		t.Error("tea.Quit was not seen")
	}
}

// fatal records a test's failure instead of ending it.
type fatal struct {
	testing.TB
	msg string
}

func (f *fatal) Helper() {}
func (f *fatal) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
}

// TestWallClockFails fails a test whose code waits with tea.Tick, which
// the Driver cannot hold.
func TestWallClockFails(t *testing.T) {
	f := &fatal{TB: t}
	d := NewDriver(f, (&recorder{}).deliver)
	d.Run(tea.Tick(time.Millisecond, func(time.Time) tea.Msg { return nil }))
	if f.msg == "" {
		t.Error("a tea.Tick went through")
	}
}
