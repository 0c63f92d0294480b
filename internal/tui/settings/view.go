package settings

import (
	"fmt"
	"strings"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// labelWidth is the width of the label column: the marker, the longest
// label ("Credits a month") and two spaces, so every value starts in one
// column.
const labelWidth = 19

var labels = [fieldCount]string{"Your name", "Sender name", "Signature", "Seat", "Credits a month"}

// hints say what a field is for, under it while it has focus.
var hints = [fieldCount]string{
	"Logged with every message you send; reports group by it.",
	"Signs your messages ({{sender_name}}). Leave it empty to sign with your name.",
	"Lines under your name at the end of an InMail: firm, phone — not your name again.",
	"Your LinkedIn licence, for the InMail credits you get. ←/→ changes it.",
	"InMail credits your seat gets a month.",
}

// View draws the form, what the end of an InMail will look like, and the
// error of a refused save.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	st := m.styles
	w := m.width
	var lines []string
	add := func(s ...string) { lines = append(lines, s...) }
	if m.deps.FirstRun {
		add(st.Title.Render("Welcome to inmail"))
		intro := "Before your first message: who is sending, and from which LinkedIn seat? ctrl+s saves them in " + m.path() + "; esc skips for now"
		if m.deps.Key != "" {
			intro += " (" + m.deps.Key + " brings this back)"
		}
		for _, l := range common.Wrap(intro+".", w) {
			add(st.Subtle.Render(l))
		}
	} else {
		add(st.Title.Render("Settings") + st.Subtle.Render(common.Cut(" · saved in "+m.path(), max(0, w-8))))
	}
	add("")
	for _, f := range m.fields() {
		marker, ls := "  ", st.Label
		if f == m.focus {
			marker, ls = "▸ ", st.Focused
		}
		prefix := marker + ls.Render(common.Fit(labels[f], labelWidth-2))
		var value string
		switch f {
		case fieldSeat:
			if f == m.focus {
				// The arrow sits in the gap, so the seat starts in the
				// value column like every other value.
				prefix = marker + ls.Render(common.Fit(labels[f], labelWidth-4)) + st.Selected.Render("◂ ")
			}
			value = m.seatView()
		case fieldSignature:
			n := library.Count(m.inputs[f].Value())
			value = m.inputs[f].View() + " " + st.Subtle.Render(fmt.Sprintf("%d/%d", n, library.SignatureLimit))
		default:
			value = m.inputs[f].View()
		}
		add(common.Cut(prefix+value, w))
		if f == m.focus {
			for _, l := range common.Wrap(hints[f], max(10, w-labelWidth)) {
				add(strings.Repeat(" ", labelWidth) + st.Subtle.Render(l))
			}
		}
	}
	if m.err != "" {
		add("")
		add(common.Banner(st, w, m.err, true, 2)...)
	}
	if m.deps.Save == nil {
		add("", st.Warning.Render(common.Cut("These settings cannot be saved from here; edit "+m.path()+".", w)))
	}
	if room := m.height - len(lines) - 2; room >= 3 {
		add("")
		add(m.ending(w, room)...)
	}
	return common.Lines(strings.Join(lines, "\n"), w, m.height)
}

// path is the config file as the screen names it.
func (m *Model) path() string {
	if m.deps.Path == "" {
		return "config.yaml"
	}
	return m.deps.Path
}

// seatView draws the seat choice with its allotment.
func (m *Model) seatView() string {
	st := m.styles
	s := outreach.Presets[m.seat]
	text := s.Label()
	if s != outreach.PresetCustom {
		text += fmt.Sprintf(" · %d InMail credits a month", s.Seat().Monthly)
	} else {
		text += " · your own allotment"
	}
	if m.focus == fieldSeat {
		return st.Selected.Render(text + " ▸")
	}
	return text
}

// ending shows how an InMail will end: the sender's name, then the
// signature, as the templates render them.
func (m *Model) ending(w, room int) []string {
	st := m.styles
	s := m.Setup()
	name := s.Sender()
	if name == "" {
		name = "{{sender_name}}"
	}
	body := name
	if s.Signature != "" {
		body += "\n\n" + s.Signature
	}
	out := []string{st.Label.Render("Your InMails will end:")}
	for _, l := range strings.Split(body, "\n") {
		for _, wl := range common.Wrap(l, max(10, w-4)) {
			out = append(out, "    "+wl)
		}
	}
	if len(out) > room {
		out = out[:room]
	}
	return out
}
