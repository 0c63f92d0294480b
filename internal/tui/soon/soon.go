// Package soon is the stand-in for a screen that is not built yet: it says
// what will be there, so a reserved key already leads somewhere honest.
package soon

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/inmail/inmail/internal/tui/common"
)

// Model is a "coming soon" screen.
type Model struct {
	title, text string
	styles      common.Styles
	width       int
	height      int
}

// New returns a screen titled title that explains text.
func New(st common.Styles, title, text string) *Model {
	return &Model{title: title, text: text, styles: st}
}

// Init implements common.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// Update implements common.Screen; the screen takes no keys of its own.
func (m *Model) Update(tea.Msg) (common.Screen, tea.Cmd) { return m, nil }

// Title implements common.Titled.
func (m *Model) Title() string { return m.title }

// View draws the title and the text in the middle of the screen.
func (m *Model) View() string {
	w := min(m.width, 60)
	body := lipgloss.JoinVertical(lipgloss.Left,
		m.styles.Title.Render(m.title),
		"",
		lipgloss.NewStyle().Width(w).Render(m.text),
		"",
		m.styles.Subtle.Render("esc goes back."),
	)
	return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, body)
}

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// SetStyles implements common.Screen.
func (m *Model) SetStyles(st common.Styles) { m.styles = st }

// ShortHelp implements common.Screen: nothing beyond the root's keys.
func (m *Model) ShortHelp() []key.Binding { return nil }

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding { return nil }
