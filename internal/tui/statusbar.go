package tui

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/inmail/inmail/internal/tui/common"
)

// clockMsg refreshes the clock in the status bar.
type clockMsg struct{}

// clockTick waits for the next minute.
func (m Model) clockTick() tea.Cmd {
	next := m.now.Truncate(time.Minute).Add(time.Minute).Sub(m.now)
	if next <= 0 {
		next = time.Minute
	}
	return m.deps.After(next, clockMsg{})
}

// creditsCmd works out the credits left.
func creditsCmd(f func() (int, error)) tea.Cmd {
	if f == nil {
		return nil
	}
	return func() tea.Msg {
		n, err := f()
		return common.CreditsMsg{Left: n, Known: err == nil, Err: err}
	}
}

// status is the top line: who, credits, clock and timing hint.
func (m Model) status() string {
	st := m.styles
	pieces := []string{st.StatusAccent.Render("inmail")}
	switch {
	case m.needsSetup():
		pieces = append(pieces, st.StatusHint.Render("no name set: "+settingsKey.Help().Key))
	case m.deps.Recruiter != "":
		pieces = append(pieces, st.Status.Render(m.deps.Recruiter))
	}
	switch {
	case m.credits.Known && m.credits.Left <= 0:
		pieces = append(pieces, st.Bad.Render("no InMail credits left"))
	case m.credits.Known && m.credits.Left == 1:
		pieces = append(pieces, st.Status.Render("1 credit left"))
	case m.credits.Known:
		pieces = append(pieces, st.Status.Render(fmt.Sprintf("%d credits left", m.credits.Left)))
	}
	hint, good := common.SendTiming(m.now)
	clock := m.now.Format("Mon 15:04")
	hs := st.StatusHint
	if good {
		hs = st.Status
	}
	// The whole hint, else its first clause ("weekend: fewer replies"),
	// else the clock alone: on a narrow terminal the time stays.
	short := hint
	if i := strings.IndexAny(hint, ",("); i > 0 {
		short = strings.TrimSpace(hint[:i])
	}
	for _, last := range []string{st.Status.Render(clock+" ") + hs.Render(hint), st.Status.Render(clock+" ") + hs.Render(short), st.Status.Render(clock)} {
		all := append(pieces[:len(pieces):len(pieces)], last)
		if lipgloss.Width(strings.Join(all, st.Status.Render(" · "))) <= m.width {
			return common.JoinStatus(st, m.width, all...)
		}
	}
	return common.JoinStatus(st, m.width, pieces...)
}
