package tui

import (
	"fmt"
	"regexp"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/library"
)

// templatesScreen lists the loaded templates by seniority and previews the
// selected one. It stands in for the composer until that lands.
type templatesScreen struct {
	lib    *library.Library
	styles Styles
	keys   listKeys

	rows   []row
	cursor int // index into rows; always a template row when any exist
	offset int // first visible row
	width  int
	height int
}

// row is a level heading (t nil) or a template.
type row struct {
	heading string
	t       *library.Template
}

func newTemplatesScreen(lib *library.Library, st Styles) *templatesScreen {
	s := &templatesScreen{lib: lib, styles: st, keys: newListKeys()}
	for _, lv := range lib.Levels {
		tpls := lib.ForLevel(lv.ID)
		if len(tpls) == 0 {
			continue
		}
		s.rows = append(s.rows, row{heading: lv.Label + " · " + library.YearsLabel(lv)})
		for _, t := range tpls {
			s.rows = append(s.rows, row{t: t})
		}
	}
	s.cursor = s.next(-1, 1)
	s.keys.setEnabled(lib.Len() > 1)
	return s
}

// SetSize gives the screen its share of the terminal.
func (s *templatesScreen) SetSize(w, h int) {
	s.width, s.height = w, h
	s.scroll()
}

// SetStyles replaces the styles, e.g. once the background is known.
func (s *templatesScreen) SetStyles(st Styles) { s.styles = st }

// ShortHelp implements help.KeyMap.
func (s *templatesScreen) ShortHelp() []key.Binding { return s.keys.ShortHelp() }

// FullHelp implements help.KeyMap.
func (s *templatesScreen) FullHelp() [][]key.Binding { return s.keys.FullHelp() }

// Update moves the selection.
func (s *templatesScreen) Update(msg tea.Msg) (Screen, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return s, nil
	}
	switch {
	case key.Matches(k, s.keys.Up):
		s.cursor = s.next(s.cursor, -1)
	case key.Matches(k, s.keys.Down):
		s.cursor = s.next(s.cursor, 1)
	case key.Matches(k, s.keys.Top):
		s.cursor = s.next(-1, 1)
	case key.Matches(k, s.keys.Bottom):
		s.cursor = s.next(len(s.rows), -1)
	}
	s.scroll()
	return s, nil
}

// next returns the next template row from i in direction d, or i when there
// is none.
func (s *templatesScreen) next(i, d int) int {
	for j := i + d; j >= 0 && j < len(s.rows); j += d {
		if s.rows[j].t != nil {
			return j
		}
	}
	if i < 0 || i >= len(s.rows) {
		return 0
	}
	return i
}

// Selected is the template under the cursor, if any.
func (s *templatesScreen) Selected() *library.Template {
	if s.cursor < len(s.rows) {
		return s.rows[s.cursor].t
	}
	return nil
}

// wide reports whether the preview sits beside the list.
func (s *templatesScreen) wide() bool { return s.width >= 100 }

// listHeight is how many rows of the list fit.
func (s *templatesScreen) listHeight() int {
	if s.wide() {
		return max(s.height, 1)
	}
	return max(s.height-3, 1) // a rule and two lines of detail below
}

// scroll keeps the cursor, and the heading above it when it fits, in view.
func (s *templatesScreen) scroll() {
	h := s.listHeight()
	top := s.cursor
	if top > 0 && s.rows[top-1].t == nil {
		top--
	}
	if top < s.offset {
		s.offset = top
	}
	if s.cursor >= s.offset+h {
		s.offset = s.cursor - h + 1
	}
	s.offset = max(0, min(s.offset, len(s.rows)-h))
}

// View draws the list and the preview of the selected template.
func (s *templatesScreen) View() string {
	if s.width <= 0 || s.height <= 0 {
		return ""
	}
	if len(s.rows) == 0 {
		return s.styles.Subtle.Render("No templates loaded. Run \"inmail templates lint\" to see why.")
	}
	if !s.wide() {
		list := s.list(s.width)
		rule := s.styles.Rule.Render(strings.Repeat("─", s.width))
		return lipgloss.JoinVertical(lipgloss.Left, list, rule, s.detail(s.width))
	}
	lw := min(72, s.width/2)
	list := lipgloss.NewStyle().Width(lw).Height(s.height).Render(s.list(lw))
	pw := s.width - lw - 2
	preview := s.styles.Pane.Width(pw + 2).Render(s.preview(pw))
	return lipgloss.JoinHorizontal(lipgloss.Top, list, preview)
}

// list draws the visible rows, each cut to width.
func (s *templatesScreen) list(width int) string {
	h := s.listHeight()
	end := min(len(s.rows), s.offset+h)
	lines := make([]string, 0, h)
	idW := 0
	for _, r := range s.rows {
		if r.t != nil {
			idW = max(idW, lipgloss.Width(r.t.Name))
		}
	}
	idW = min(idW, 24)
	for i := s.offset; i < end; i++ {
		r := s.rows[i]
		if r.t == nil {
			lines = append(lines, s.styles.Level.Render(ansi.Truncate(r.heading, width, "…")))
			continue
		}
		marker, style := "  ", s.styles.Item
		if i == s.cursor {
			marker, style = "▸ ", s.styles.Selected
		}
		name := pad(ansi.Truncate(r.t.Name, idW, "…"), idW)
		line := marker + style.Render(name) + "  " + s.styles.Channel.Render(fmt.Sprintf("%-10s", channelName(r.t.Channel))) + s.styles.Subtle.Render(r.t.ID)
		lines = append(lines, ansi.Truncate(line, width, "…"))
	}
	if s.wide() {
		for len(lines) < h {
			lines = append(lines, "")
		}
	}
	return strings.Join(lines, "\n")
}

// detail is the two-line summary under the list on narrow terminals.
func (s *templatesScreen) detail(width int) string {
	t := s.Selected()
	if t == nil {
		return "\n"
	}
	return ansi.Truncate(t.Description, width, "…") + "\n" +
		ansi.Truncate(s.styles.Label.Render("Personalize: ")+t.Hint, width, "…")
}

var placeholder = regexp.MustCompile(`\{\{[^{}\n]*\}\}`)

// preview shows the selected template in full, placeholders highlighted.
func (s *templatesScreen) preview(width int) string {
	t := s.Selected()
	if t == nil || width < 10 {
		return ""
	}
	hl := func(text string) string {
		return placeholder.ReplaceAllStringFunc(text, func(p string) string { return s.styles.Field.Render(p) })
	}
	wrap := lipgloss.NewStyle().Width(width)
	var b strings.Builder
	b.WriteString(s.styles.Title.Render(t.Name) + "\n")
	b.WriteString(s.styles.Subtle.Render(fmt.Sprintf("%s · %s · %s", t.ID, t.Channel.Label(), t.Source)) + "\n\n")
	b.WriteString(wrap.Render(t.Description) + "\n\n")
	b.WriteString(wrap.Render(s.styles.Label.Render("Personalize: ")+t.Hint) + "\n\n")
	if t.Subject != "" {
		b.WriteString(wrap.Render(s.styles.Label.Render("Subject: ")+hl(t.Subject)) + "\n\n")
	}
	b.WriteString(wrap.Render(hl(t.Body)))
	lines := strings.Split(b.String(), "\n")
	if len(lines) > s.height {
		lines = lines[:s.height]
	}
	return strings.Join(lines, "\n")
}

// pad fills s with spaces to w terminal cells (wide characters count two).
func pad(s string, w int) string {
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

func channelName(c library.Channel) string {
	if c == library.Connection {
		return "note"
	}
	return c.Label()
}
