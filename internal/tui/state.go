package tui

import "fmt"

// state is what the root shows between its bars.
type state int

const (
	// opening waits for the start-up decision: "Opening…".
	opening state = iota
	// showing shows the screen on top.
	showing
	// helping shows every key, in a box over the screen on top; any key
	// closes it.
	helping
)

// String names the state, for test failures.
func (s state) String() string {
	switch s {
	case opening:
		return "opening"
	case showing:
		return "showing"
	case helping:
		return "helping"
	}
	return fmt.Sprintf("state %d", int(s))
}
