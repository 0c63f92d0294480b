// Package tui is inmail's terminal interface: the root Bubble Tea model,
// which owns the keys, styles and layout shared by every screen, and the
// screens themselves.
package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/library"
)

// Screen is one view of the app. Only the root model returns a tea.View;
// screens draw strings into the size they are given.
type Screen interface {
	Update(tea.Msg) (Screen, tea.Cmd)
	View() string
	SetSize(width, height int)
	SetStyles(Styles)
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
}

// Model is the root model.
type Model struct {
	styles Styles
	keys   appKeys
	help   help.Model
	screen Screen
	// problems are the template files that were skipped, and why.
	problems []library.Problem
	width    int
	height   int
}

// New returns the root model showing the template library. problems are
// shown in a banner so the recruiter knows which files were skipped.
func New(lib *library.Library, problems []library.Problem) Model {
	st := NewStyles(true)
	h := help.New()
	h.Styles = help.DefaultStyles(true)
	return Model{
		styles:   st,
		keys:     newAppKeys(),
		help:     h,
		screen:   newTemplatesScreen(lib, st),
		problems: problems,
	}
}

// Run opens the app on the terminal and returns when the recruiter quits.
func Run(ctx context.Context, lib *library.Library, problems []library.Problem, opts ...tea.ProgramOption) error {
	opts = append([]tea.ProgramOption{tea.WithContext(ctx)}, opts...)
	_, err := tea.NewProgram(New(lib, problems), opts...).Run()
	if err != nil {
		return fmt.Errorf("terminal UI: %w", err)
	}
	return nil
}

// Init asks for the terminal's background so styles can match it.
func (m Model) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update handles app-wide keys and sizes, and passes the rest to the screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		m.styles = NewStyles(msg.IsDark())
		m.help.Styles = help.DefaultStyles(msg.IsDark())
		m.screen.SetStyles(m.styles)
		return m, nil
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.help.SetWidth(msg.Width)
		m.layout()
		return m, nil
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Quit):
			return m, tea.Quit
		case key.Matches(msg, m.keys.Help):
			m.help.ShowAll = !m.help.ShowAll
			m.layout()
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.screen, cmd = m.screen.Update(msg)
	return m, cmd
}

// layout gives the screen what the header, banner and help leave.
func (m *Model) layout() {
	used := 2 + len(m.bannerLines()) + lineCount(m.help.View(m.helpKeys()))
	m.screen.SetSize(m.width, max(m.height-used, 1))
}

func (m Model) helpKeys() helpKeys { return helpKeys{screen: m.screen, app: m.keys} }

// maxBanner is how many problems the banner lists before summing up.
func (m Model) maxBanner() int {
	if m.height >= 30 {
		return 5
	}
	return 2
}

// bannerLines lists skipped files: a heading, then up to maxBanner
// problems, then how many more.
func (m Model) bannerLines() []string {
	if len(m.problems) == 0 {
		return nil
	}
	files := map[string]bool{}
	for _, p := range m.problems {
		files[p.File] = true
	}
	head := fmt.Sprintf("⚠ %d template problem(s) in %d file(s); files with problems are skipped. Details: inmail templates lint", len(m.problems), len(files))
	lines := []string{m.styles.Warning.Render(ansi.Truncate(head, m.width, "…"))}
	n := min(len(m.problems), m.maxBanner())
	for _, p := range m.problems[:n] {
		lines = append(lines, ansi.Truncate("  "+p.String(), m.width, "…"))
	}
	if rest := len(m.problems) - n; rest > 0 {
		lines = append(lines, m.styles.Subtle.Render(fmt.Sprintf("  … and %d more", rest)))
	}
	return lines
}

// View draws the header, the problems banner, the screen and the help.
func (m Model) View() tea.View {
	var b strings.Builder
	if m.width > 0 && m.height > 0 {
		title := m.styles.Title.Render("inmail") + m.styles.Subtle.Render(" · template library")
		b.WriteString(ansi.Truncate(title, m.width, "…") + "\n")
		for _, l := range m.bannerLines() {
			b.WriteString(l + "\n")
		}
		b.WriteString(m.screen.View() + "\n\n")
		b.WriteString(m.help.View(m.helpKeys()))
	}
	v := tea.NewView(b.String())
	v.AltScreen = true
	v.WindowTitle = "inmail"
	return v
}

func lineCount(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, "\n") + 1
}
