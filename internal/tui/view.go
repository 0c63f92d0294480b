package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/termsafe"
	"github.com/inmail/inmail/internal/tui/common"
)

// The layout, top to bottom: the status bar (one line), the banner (none
// to three lines), the screen on top, and the help bar (one line).

// screenY is the line the screen starts on.
func (m Model) screenY() int { return 1 + len(m.banner.lines(m.styles, m.width)) }

// screenHeight is the lines the bars leave the screen.
func (m Model) screenHeight() int {
	return max(m.height-m.screenY()-1, 0)
}

// layout gives the screens what the bars leave.
func (m *Model) layout() {
	m.help.SetWidth(m.width)
	for _, e := range m.stack {
		e.screen.SetSize(m.width, m.screenHeight())
	}
}

// View draws the bars and the current screen, and the full help over it
// when asked.
func (m Model) View() tea.View {
	var v tea.View
	v.AltScreen = true
	v.WindowTitle = "inmail"
	top := m.stack.top()
	if t, ok := top.(common.Titled); ok {
		v.WindowTitle = "inmail · " + t.Title()
	}
	if mu, ok := top.(common.MouseUser); ok && mu.UsesMouse() && m.state == showing {
		v.MouseMode = tea.MouseModeCellMotion
	}
	if m.width <= 0 || m.height <= 0 {
		return v
	}
	var b strings.Builder
	b.WriteString(m.status())
	for _, l := range m.banner.lines(m.styles, m.width) {
		b.WriteByte('\n')
		b.WriteString(l)
	}
	b.WriteByte('\n')
	h := m.screenHeight()
	switch {
	case m.state == opening || top == nil:
		b.WriteString(common.Lines(m.styles.Subtle.Render("Opening…"), m.width, h))
	case m.state == helping:
		b.WriteString(m.fullHelp(h))
	default:
		b.WriteString(top.View())
	}
	b.WriteByte('\n')
	b.WriteString(m.helpBar())
	out := b.String()
	if m.height < 3 {
		// Too small for the bars: the first lines only.
		out = strings.Join(strings.SplitN(out, "\n", m.height+1)[:min(m.height, strings.Count(out, "\n")+1)], "\n")
	}
	// Names, profiles, messages and templates came from outside: any
	// control in them is shown, never sent to the terminal (our own
	// styling, SGR only, is kept).
	v.SetContent(termsafe.ShowStyled(out))
	return v
}
