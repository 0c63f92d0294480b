// Package sent is the screen after a send: the message is logged, its
// body is put on the clipboard (the terminal's, over OSC52, and the
// system's where there is one) to paste into LinkedIn's message box, the
// subject is one key away for the subject line, and the candidate's
// profile can be opened. The screen says which part is on the clipboard;
// a copy that fails is said plainly and can be tried again; the message
// is logged either way.
package sent

import (
	"errors"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// Deps are the screen's ways out of the program, run in commands.
type Deps struct {
	// Copy puts text on the system clipboard (nil: none). The terminal's
	// clipboard is set with tea.SetClipboard.
	Copy func(text string) clipboard.Result
	// OpenURL opens a URL in the browser (nil: cannot).
	OpenURL func(url string) error
}

type keyMap struct {
	// Copy copies the body (a connection note: the note) again, Subject
	// the subject (InMails only).
	Copy, Subject, Open, Next key.Binding
}

// Model is the sent screen.
type Model struct {
	msg    outreach.Message
	url    string
	deps   Deps
	styles common.Styles
	keys   keyMap

	copying bool
	// part is what the last copy held and copied where it went (nil:
	// not back yet); copies counts the copies of each part.
	part    clipboard.Part
	copied  *clipboard.Result
	copies  map[clipboard.Part]int
	opened  string
	openErr string

	width, height int
}

// New returns the screen for a logged message; url is the candidate's
// profile URL ("" when unknown).
func New(st common.Styles, msg outreach.Message, url string, deps Deps) *Model {
	m := &Model{msg: msg, url: url, deps: deps, styles: st, copies: map[clipboard.Part]int{}}
	m.keys = keyMap{
		Copy:    key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy body")),
		Subject: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "copy subject")),
		Open:    key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open profile")),
		Next:    key.NewBinding(key.WithKeys("enter", "n"), key.WithHelp("enter", "next candidate")),
	}
	if !m.hasSubject() {
		m.keys.Copy.SetHelp("c", "copy again")
	}
	m.keys.Subject.SetEnabled(m.hasSubject())
	m.keys.Open.SetEnabled(url != "" && deps.OpenURL != nil)
	return m
}

// hasSubject reports whether the message has a subject to copy on its
// own (an InMail; a connection note has none).
func (m *Model) hasSubject() bool { return strings.TrimSpace(m.msg.Subject) != "" }

// Text is what a copy of part p holds.
func (m *Model) Text(p clipboard.Part) string {
	text, _ := p.Pick(m.msg.Subject, m.msg.Body)
	return text
}

type copiedMsg struct {
	part clipboard.Part
	r    clipboard.Result
}

type openedMsg struct {
	url string
	err error
}

// copyCmd copies part p of the message: the terminal's clipboard through
// Bubble Tea (OSC52), the system clipboard in a command.
func (m *Model) copyCmd(p clipboard.Part) tea.Cmd {
	m.copying, m.part, m.copied = true, p, nil
	return common.CopyCmd(m.Text(p), m.deps.Copy, func(r clipboard.Result) tea.Msg { return copiedMsg{part: p, r: r} })
}

// Init copies the body straight away: the message box is the paste that
// matters most, and the subject is one key away.
func (m *Model) Init() tea.Cmd { return m.copyCmd(clipboard.Body) }

// Title implements common.Titled.
func (m *Model) Title() string { return "Sent" }

// Update handles the keys and the copy and open results.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case copiedMsg:
		if msg.part != m.part {
			return m, nil // another key was pressed since
		}
		m.copying = false
		m.copies[msg.part]++
		r := msg.r
		m.copied = &r
	case openedMsg:
		if msg.err != nil {
			m.openErr = fmt.Sprintf("Could not open the browser (%v). Open %s yourself.", msg.err, msg.url)
		} else {
			m.opened, m.openErr = msg.url, ""
		}
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, m.keys.Copy):
			return m, m.copyCmd(clipboard.Body)
		case key.Matches(msg, m.keys.Subject):
			return m, m.copyCmd(clipboard.Subject)
		case key.Matches(msg, m.keys.Open):
			url, open := m.url, m.deps.OpenURL
			return m, func() tea.Msg { return openedMsg{url: url, err: open(url)} }
		case key.Matches(msg, m.keys.Next):
			return m, func() tea.Msg { return common.Home{} }
		}
	}
	return m, nil
}

// View says what happened and shows the message.
func (m *Model) View() string {
	st := m.styles
	w := m.width
	if w <= 0 || m.height <= 0 {
		return ""
	}
	var lines []string
	add := func(s string) { lines = append(lines, s) }
	wrap := func(style func(...string) string, s string) {
		for _, l := range common.Wrap(s, w) {
			add(style(l))
		}
	}
	name := common.CandidateName(m.msg.Candidate)
	add(st.OK.Render("✓ ") + st.Title.Render(fmt.Sprintf("Logged message %d to %s", m.msg.ID, name)) +
		st.Subtle.Render(fmt.Sprintf(" · %s · %s", m.msg.Channel.Label(), m.msg.SentAt.Format("Mon 15:04"))))
	_, what := m.part.Pick(m.msg.Subject, m.msg.Body)
	switch {
	case m.copying && m.copied == nil:
		add(st.Subtle.Render("Copying " + what + "…"))
	case m.copied != nil && m.copied.System:
		again := ""
		if m.copies[m.part] > 1 {
			again = " again"
		}
		wrap(st.OK.Render, "Copied "+what+again+": "+m.pasteWhere())
	case m.copied != nil:
		why := fmt.Sprintf("the system clipboard failed (%v)", m.copied.SystemErr)
		switch {
		case errors.Is(m.copied.SystemErr, clipboard.ErrRemote):
			why = "over SSH it can reach no other clipboard"
		case errors.Is(m.copied.SystemErr, clipboard.ErrNoUtility):
			why = "this machine has no clipboard tool of its own (xclip, xsel or wl-clipboard)"
		}
		wrap(st.Warning.Render, fmt.Sprintf("Copied %s through your terminal only: %s. Nothing to paste? Press %s, run inmail log copy %d --copy %s, or copy it from below; it is logged either way.",
			what, why, m.keyFor(m.part), m.msg.ID, m.part))
	}
	switch {
	case m.url == "":
		wrap(st.Subtle.Render, fmt.Sprintf("No profile URL is saved for %s: open their profile in LinkedIn yourself (e on the candidate list adds the URL).", name))
	case m.openErr != "":
		wrap(st.Bad.Render, m.openErr)
	case m.opened != "":
		add(st.Subtle.Render(common.Cut("Opened "+m.opened, w)))
	case m.deps.OpenURL != nil:
		add(common.Cut("o opens "+m.url, w))
	default:
		add(common.Cut("Profile: "+m.url, w))
	}
	add("")
	if m.hasSubject() {
		wrap(st.Label.Render, "Subject: "+m.msg.Subject)
		add("")
	}
	for _, para := range strings.Split(m.msg.Body, "\n") {
		for _, l := range common.Wrap(para, w) {
			add(l)
		}
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
		lines[m.height-1] = st.Subtle.Render(common.Cut(fmt.Sprintf("… (inmail log show %d prints it all)", m.msg.ID), w))
	}
	return common.Lines(strings.Join(lines, "\n"), w, m.height)
}

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) { m.width, m.height = w, h }

// SetStyles implements common.Screen.
func (m *Model) SetStyles(st common.Styles) { m.styles = st }

// pasteWhere says where the part on the clipboard goes in LinkedIn, and
// the key for the other part of an InMail.
func (m *Model) pasteWhere() string {
	switch {
	case !m.hasSubject():
		return "paste it into LinkedIn."
	case m.part == clipboard.Subject:
		return "paste it into the subject line; c copies the body."
	}
	return "paste it into the message box; s copies the subject."
}

// keyFor is the key that copies part p.
func (m *Model) keyFor(p clipboard.Part) string {
	if p == clipboard.Subject {
		return m.keys.Subject.Help().Key
	}
	return m.keys.Copy.Help().Key
}

// ShortHelp implements common.Screen: the subject's key first after a
// body is copied, since the subject is the paste still to do.
func (m *Model) ShortHelp() []key.Binding {
	if m.part == clipboard.Subject {
		return []key.Binding{m.keys.Copy, m.keys.Subject, m.keys.Next, m.keys.Open}
	}
	return []key.Binding{m.keys.Subject, m.keys.Copy, m.keys.Next, m.keys.Open}
}

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Copy, m.keys.Subject, m.keys.Open, m.keys.Next}}
}
