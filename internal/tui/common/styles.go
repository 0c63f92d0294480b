package common

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// Styles are the colours and text styles of every screen. They are built
// from the terminal's background (an SSH session has its own terminal),
// passed down, and never kept in package globals.
//
// Nothing is told by colour alone: a highlight is also underlined, a
// failure also has ✗, a selected row also has ▸, so the screens read the
// same under NO_COLOR, where Bubble Tea drops every colour.
type Styles struct {
	IsDark bool

	// Text styles.
	Title    lipgloss.Style
	Subtle   lipgloss.Style
	Label    lipgloss.Style
	Selected lipgloss.Style
	Field    lipgloss.Style
	OK       lipgloss.Style
	Bad      lipgloss.Style
	Warning  lipgloss.Style
	Error    lipgloss.Style
	// Highlight marks profile text the personalization line references.
	Highlight lipgloss.Style
	// Focused marks the label of the field that has focus.
	Focused lipgloss.Style

	// Pane borders: Border around a pane, FocusedBorder around the one
	// that has focus.
	Border        lipgloss.Style
	FocusedBorder lipgloss.Style

	// Status bar.
	Status       lipgloss.Style
	StatusAccent lipgloss.Style
	StatusHint   lipgloss.Style

	// Styles for the bubbles the screens embed.
	Help      help.Styles
	TextInput textinput.Styles
	TextArea  textarea.Styles
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	accent := ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B4A2FF"))
	subtle := ld(lipgloss.Color("#5F5F5F"), lipgloss.Color("#A0A0A0"))
	border := ld(lipgloss.Color("#B0B0B0"), lipgloss.Color("#585858"))
	green := ld(lipgloss.Color("#1E7B34"), lipgloss.Color("#7BE495"))
	red := ld(lipgloss.Color("#B3261E"), lipgloss.Color("#FF8A80"))
	warn := ld(lipgloss.Color("#8A4B00"), lipgloss.Color("#FFC266"))
	field := ld(lipgloss.Color("#00677A"), lipgloss.Color("#6FD8E8"))
	hlBg := ld(lipgloss.Color("#FFE58A"), lipgloss.Color("#5C4A00"))
	hlFg := ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#FFF4C2"))

	ti := textinput.DefaultStyles(isDark)
	ti.Focused.Prompt = lipgloss.NewStyle().Foreground(accent)
	ti.Blurred.Prompt = lipgloss.NewStyle().Foreground(subtle)
	ta := textarea.DefaultStyles(isDark)
	ta.Focused.CursorLine = lipgloss.NewStyle()
	ta.Focused.Prompt = lipgloss.NewStyle().Foreground(accent)
	ta.Blurred.Prompt = lipgloss.NewStyle().Foreground(border)
	ta.Focused.Placeholder = lipgloss.NewStyle().Foreground(subtle)
	ta.Blurred.Placeholder = lipgloss.NewStyle().Foreground(subtle)

	return Styles{
		IsDark:        isDark,
		Title:         lipgloss.NewStyle().Bold(true).Foreground(accent),
		Subtle:        lipgloss.NewStyle().Foreground(subtle),
		Label:         lipgloss.NewStyle().Foreground(subtle),
		Selected:      lipgloss.NewStyle().Bold(true).Foreground(accent),
		Field:         lipgloss.NewStyle().Foreground(field),
		OK:            lipgloss.NewStyle().Foreground(green),
		Bad:           lipgloss.NewStyle().Foreground(red),
		Warning:       lipgloss.NewStyle().Foreground(warn),
		Error:         lipgloss.NewStyle().Bold(true).Foreground(red),
		Highlight:     lipgloss.NewStyle().Underline(true).Foreground(hlFg).Background(hlBg),
		Focused:       lipgloss.NewStyle().Bold(true).Foreground(accent),
		Border:        lipgloss.NewStyle().Foreground(border),
		FocusedBorder: lipgloss.NewStyle().Foreground(accent),
		Status:        lipgloss.NewStyle().Foreground(subtle),
		StatusAccent:  lipgloss.NewStyle().Bold(true).Foreground(accent),
		StatusHint:    lipgloss.NewStyle().Foreground(warn),
		Help:          help.DefaultStyles(isDark),
		TextInput:     ti,
		TextArea:      ta,
	}
}
