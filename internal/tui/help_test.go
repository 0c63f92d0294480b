package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/tui/tuitest"
)

// TestHelpBarNeverEmpty: at any width the help bar shows the two keys
// that matter now, their descriptions cut when the line is short, even
// when the reason send is disabled is longer than the terminal is wide.
func TestHelpBarNeverEmpty(t *testing.T) {
	for _, width := range []int{160, 120, 80, 72, 60, 40, 30} {
		a := newWorld(112, priya()).start(t).toCompose(1).send(tuitest.Type(genericLine)...)
		a.send(tea.WindowSizeMsg{Width: width, Height: 24})
		lines := strings.Split(a.view(), "\n")
		bar := lines[len(lines)-1]
		if w := ansi.StringWidth(bar); w > width {
			t.Errorf("%d columns: the help bar is %d wide: %q", width, w, bar)
		}
		if !strings.HasPrefix(bar, "ctrl+s send") || !strings.Contains(bar, " • tab ") {
			t.Errorf("%d columns: the help bar %q does not show ctrl+s and tab", width, bar)
		}
		if width >= 120 && !strings.Contains(bar, "ctrl+s send (disabled: personalization names no profile detail (+1 more))") {
			t.Errorf("%d columns: the reason is cut although it fits: %q", width, bar)
		}
	}
}
