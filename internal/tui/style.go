package tui

import (
	"charm.land/lipgloss/v2"
)

// Styles are the colours and text styles of every screen. They are built
// from the terminal's background, so each terminal (an SSH session has its
// own) gets a readable palette; nothing here is a package global.
type Styles struct {
	IsDark bool

	Title    lipgloss.Style
	Subtle   lipgloss.Style
	Level    lipgloss.Style
	Item     lipgloss.Style
	Selected lipgloss.Style
	Channel  lipgloss.Style
	Label    lipgloss.Style
	Field    lipgloss.Style
	Warning  lipgloss.Style
	Rule     lipgloss.Style
	Pane     lipgloss.Style
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B4A2FF"))
	subtle := ld(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A"))
	warn := ld(lipgloss.Color("#A14A00"), lipgloss.Color("#FFB454"))
	field := ld(lipgloss.Color("#00748A"), lipgloss.Color("#5FD7E6"))
	return Styles{
		IsDark:   isDark,
		Title:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Subtle:   lipgloss.NewStyle().Foreground(subtle),
		Level:    lipgloss.NewStyle().Bold(true),
		Item:     lipgloss.NewStyle(),
		Selected: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Channel:  lipgloss.NewStyle().Foreground(subtle),
		Label:    lipgloss.NewStyle().Foreground(subtle),
		Field:    lipgloss.NewStyle().Foreground(field),
		Warning:  lipgloss.NewStyle().Foreground(warn),
		Rule:     lipgloss.NewStyle().Foreground(subtle),
		Pane:     lipgloss.NewStyle().PaddingLeft(2),
	}
}
