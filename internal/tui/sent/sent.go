// Package sent is the screen after a send: the message is logged, it is
// put on the clipboard (the terminal's, over OSC52, and the system's where
// there is one) to paste into LinkedIn, and the candidate's profile can be
// opened. A copy that fails is said plainly and can be tried again; the
// message is logged either way.
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
	Copy, Open, Next key.Binding
}

// Model is the sent screen.
type Model struct {
	msg    outreach.Message
	url    string
	deps   Deps
	styles common.Styles
	keys   keyMap

	copying bool
	copied  *clipboard.Result
	copies  int
	opened  string
	openErr string

	width, height int
}

// New returns the screen for a logged message; url is the candidate's
// profile URL ("" when unknown).
func New(st common.Styles, msg outreach.Message, url string, deps Deps) *Model {
	m := &Model{msg: msg, url: url, deps: deps, styles: st}
	m.keys = keyMap{
		Copy: key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy again")),
		Open: key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "open profile")),
		Next: key.NewBinding(key.WithKeys("enter", "n"), key.WithHelp("enter", "next candidate")),
	}
	m.keys.Open.SetEnabled(url != "" && deps.OpenURL != nil)
	return m
}

// Text is what is copied: subject, blank line, body.
func (m *Model) Text() string { return clipboard.Text(m.msg.Subject, m.msg.Body) }

type copiedMsg struct{ r clipboard.Result }

type openedMsg struct {
	url string
	err error
}

// copyCmd copies the message: the terminal's clipboard through Bubble Tea
// (OSC52), the system clipboard in a command.
func (m *Model) copyCmd() tea.Cmd {
	m.copying = true
	return common.CopyCmd(m.Text(), m.deps.Copy, func(r clipboard.Result) tea.Msg { return copiedMsg{r: r} })
}

// Init copies the message straight away.
func (m *Model) Init() tea.Cmd { return m.copyCmd() }

// Title implements common.Titled.
func (m *Model) Title() string { return "Sent" }

// Update handles the keys and the copy and open results.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case copiedMsg:
		m.copying = false
		m.copies++
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
			return m, m.copyCmd()
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
	switch {
	case m.copying && m.copied == nil:
		add(st.Subtle.Render("Copying…"))
	case m.copied != nil && m.copied.System:
		again := ""
		if m.copies > 1 {
			again = " again"
		}
		wrap(st.OK.Render, "Copied"+again+" to the clipboard: paste it into LinkedIn.")
	case m.copied != nil:
		why := fmt.Sprintf("the system clipboard failed (%v)", m.copied.SystemErr)
		switch {
		case errors.Is(m.copied.SystemErr, clipboard.ErrRemote):
			why = "over SSH it can reach no other clipboard"
		case errors.Is(m.copied.SystemErr, clipboard.ErrNoUtility):
			why = "this machine has no clipboard tool of its own (xclip, xsel or wl-clipboard)"
		}
		wrap(st.Warning.Render, fmt.Sprintf("Copied through your terminal only: %s. Nothing to paste? Press c, run inmail log copy %d, or copy it from below; it is logged either way.", why, m.msg.ID))
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
	if m.msg.Subject != "" {
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

// ShortHelp implements common.Screen.
func (m *Model) ShortHelp() []key.Binding {
	return []key.Binding{m.keys.Copy, m.keys.Open, m.keys.Next}
}

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }
