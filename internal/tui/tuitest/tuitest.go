// Package tuitest is the terminal UI's one test driver and its shared
// fakes. A Driver runs a screen or the root model as a Bubble Tea program
// would, in the test's goroutine and on a clock of its own (no test waits
// on the wall clock); Log is an in-memory log with every screen's Store
// methods; Key and Type are key presses as a terminal sends them; Screen
// is a screen as the recruiter reads it, stripped of styles.
package tuitest

import (
	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/tui/common"
)

// Screen is s's view with its short help under it, stripped of styles,
// as the root draws them (the root's own keys left out).
func Screen(s common.Screen, width int) string {
	hm := help.New()
	hm.SetWidth(width)
	return ansi.Strip(s.View()) + "\n" + ansi.Strip(common.Cut(hm.ShortHelpView(s.ShortHelp()), width))
}
