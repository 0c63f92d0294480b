package common

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/clipboard"
)

// Fit cuts s to w cells with an ellipsis and pads it with spaces to
// exactly w cells. ANSI styling in s is kept.
func Fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", max(0, w-ansi.StringWidth(s)))
}

// Cut cuts s to w cells with an ellipsis, without padding.
func Cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) > w {
		return ansi.Truncate(s, w, "…")
	}
	return s
}

// Wrap word-wraps text to w cells and returns the lines (at least one).
// Lines break at spaces, not hyphens, so "wl-clipboard" or "take-private"
// stays whole; words longer than w are broken.
func Wrap(s string, w int) []string {
	if w <= 0 {
		return []string{""}
	}
	// ansi.Wrap always breaks after a hyphen: hide them from it.
	const nbHyphen = "\u2011"
	if strings.Contains(s, "-") && !strings.Contains(s, nbHyphen) {
		out := strings.Split(ansi.Wrap(strings.ReplaceAll(s, "-", nbHyphen), w, ""), "\n")
		for i, l := range out {
			out[i] = strings.ReplaceAll(l, nbHyphen, "-")
		}
		return out
	}
	return strings.Split(ansi.Wrap(s, w, ""), "\n")
}

// Lines pads or cuts the lines of s to exactly h lines of w cells, so a
// screen always fills the space it was given.
func Lines(s string, w, h int) string {
	if h <= 0 {
		return ""
	}
	ls := strings.Split(s, "\n")
	if len(ls) > h {
		ls = ls[:h]
	}
	var b strings.Builder
	for i := 0; i < h; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(ls) {
			b.WriteString(Fit(ls[i], w))
		} else {
			b.WriteString(strings.Repeat(" ", max(w, 0)))
		}
	}
	return b.String()
}

// Box draws lines in a rounded border of w by h cells, the title set in the
// top edge ("╭ Profile ────╮"). Lines are cut or padded to fit. focused
// draws the border in the accent colour.
func Box(st Styles, title string, lines []string, w, h int, focused bool) string {
	if w < 4 || h < 2 {
		return Lines(strings.Join(lines, "\n"), w, h)
	}
	bs := st.Border
	if focused {
		bs = st.FocusedBorder
	}
	inner := w - 2
	var b strings.Builder
	b.Grow((w + 16) * h)
	top := "╭"
	if title != "" {
		t := Cut(" "+title+" ", inner-1)
		top += "─" + t + strings.Repeat("─", max(0, inner-1-ansi.StringWidth(t)))
	} else {
		top += strings.Repeat("─", inner)
	}
	b.WriteString(bs.Render(top + "╮"))
	left, right := bs.Render("│"), bs.Render("│")
	for i := 0; i < h-2; i++ {
		b.WriteByte('\n')
		b.WriteString(left)
		if i < len(lines) {
			b.WriteString(Fit(lines[i], inner))
		} else {
			b.WriteString(strings.Repeat(" ", inner))
		}
		b.WriteString(right)
	}
	b.WriteByte('\n')
	b.WriteString(bs.Render("╰" + strings.Repeat("─", inner) + "╯"))
	return b.String()
}

// Banner draws a message across the full width, wrapped to at most
// maxLines lines: an error in the error style with a ✗, a notice subtle.
func Banner(st Styles, width int, text string, isErr bool, maxLines int) []string {
	if text == "" || width <= 0 {
		return nil
	}
	prefix, style := "· ", st.Subtle
	if isErr {
		prefix, style = "✗ ", st.Error
	}
	lines := Wrap(prefix+text, width)
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		lines[maxLines-1] = Cut(lines[maxLines-1]+" …", width)
	}
	for i, l := range lines {
		lines[i] = style.Render(l)
	}
	return lines
}

// JoinStatus joins status bar pieces with " · ", dropping pieces from the
// end while the whole does not fit width, and cutting the first if it
// alone is too wide.
func JoinStatus(st Styles, width int, pieces ...string) string {
	sep := st.Status.Render(" · ")
	var kept []string
	for _, p := range pieces {
		if p != "" {
			kept = append(kept, p)
		}
	}
	for len(kept) > 1 && lipgloss.Width(strings.Join(kept, sep)) > width {
		kept = kept[:len(kept)-1]
	}
	return Cut(strings.Join(kept, sep), width)
}

// PasteText normalizes pasted text: terminals send line breaks in a paste
// as carriage returns, and some pages carry non-breaking spaces.
func PasteText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\u00a0", " ")
}

// Popup draws box centred over base, a screen of width by height cells:
// two lipgloss layers, the box's above. The result is width by height,
// as base was.
func Popup(base, box string, width, height int) string {
	x := max(0, (width-lipgloss.Width(box))/2)
	y := max(0, (height-lipgloss.Height(box))/2)
	out := lipgloss.NewCompositor(
		lipgloss.NewLayer(base),
		lipgloss.NewLayer(box).X(x).Y(y).Z(1),
	).Render()
	// The canvas trims the spaces that end a line; a screen fills its
	// width.
	return Lines(out, width, height)
}

// CopyCmd puts text on the terminal's clipboard (OSC52, through Bubble
// Tea) and, in a command, on the system clipboard with system (nil: the
// machine has none); done turns how that went into the screen's message.
func CopyCmd(text string, system func(string) clipboard.Result, done func(clipboard.Result) tea.Msg) tea.Cmd {
	return tea.Batch(tea.SetClipboard(text), func() tea.Msg {
		r := clipboard.Result{SystemErr: clipboard.ErrNoUtility}
		if system != nil {
			r = system(text)
		}
		return done(r)
	})
}
