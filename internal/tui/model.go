package tui

import (
	"context"
	"errors"
	"fmt"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/termsafe"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// Model is the root model: it owns the stack of screens, the chrome
// around the screen on top (status bar, banner, help bar) and the keys
// that work everywhere. Each concern has its file: stack.go and
// navigate.go the screens and the moves between them, open.go how each
// screen is built, start.go the first stack, input.go where keys and
// clicks go, statusbar.go, banner.go and help.go the chrome, view.go the
// layout.
type Model struct {
	deps   Deps
	styles common.Styles
	keys   appKeys
	help   help.Model

	stack stack
	state state
	// preparing is true while a compose is prepared in a command, so a
	// second enter on a template does not open a second composer. It is
	// not a state: the help, a section or the quit key work meanwhile.
	preparing bool

	width, height int
	now           time.Time
	credits       common.CreditsMsg
	banner        banner
}

// New returns the root model. It shows "Opening…" until the start-up
// command has looked for a draft to restore.
func New(deps Deps) Model {
	deps.defaults()
	if deps.Store != nil {
		deps.Store = showStore{deps.Store}
	}
	termsafe.ShowAll(&deps.Setup)
	deps.Recruiter = termsafe.Show(deps.Recruiter)
	st := common.NewStyles(deps.Theme != "light")
	h := help.New()
	h.Styles = st.Help
	m := Model{deps: deps, styles: st, keys: newAppKeys(), help: h, now: deps.Now()}
	if n := len(deps.Problems); n > 0 {
		m.banner = notice(fmt.Sprintf("%s: those files are skipped. Details: inmail templates lint", words.Count(n, "template problem")))
	}
	return m
}

// Run opens the app on the terminal and returns when the recruiter quits.
func Run(ctx context.Context, deps Deps, opts ...tea.ProgramOption) error {
	opts = append([]tea.ProgramOption{tea.WithContext(ctx)}, opts...)
	_, err := tea.NewProgram(New(deps), opts...).Run()
	if err != nil && !errors.Is(err, tea.ErrInterrupted) {
		return fmt.Errorf("terminal UI: %w", err)
	}
	return nil
}

// Init looks for a draft to restore, works out the credits, starts the
// clock and asks for the background colour (unless the theme is set).
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{startCmd(m.deps), creditsCmd(m.deps.Credits), m.clockTick()}
	if m.deps.Theme == "" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Update routes a message: keys, pastes and clicks to the root's bindings
// or the current screen (input.go), a screen's request for another screen
// to the stack (navigate.go), and everything else to every open screen,
// so a screen under another still gets its own commands' results.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.BackgroundColorMsg:
		if m.deps.Theme == "" {
			m.setStyles(common.NewStyles(msg.IsDark()))
		}
		return m, nil
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, nil
	case clockMsg:
		m.now = m.deps.Now()
		return m, m.clockTick()
	case startMsg:
		return m.start(msg)
	case common.CreditsMsg:
		m.credits = msg
		return m.broadcast(msg)
	case common.OutcomeRecorded:
		return m, creditsCmd(m.deps.Credits)
	case common.ErrorMsg:
		m.setBanner(failure(msg.Err))
		return m, nil
	case common.NoticeMsg:
		m.setBanner(notice(msg.Text))
		return m, nil
	case common.SetupSaved:
		return m.setupSaved(msg)
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.MouseMsg:
		return m.mouse(msg)
	case tea.PasteMsg, tea.PasteStartMsg, tea.PasteEndMsg:
		return m.toTop(msg)
	}
	if next, cmd, ok := m.navigate(msg); ok {
		return next, cmd
	}
	return m.broadcast(msg)
}

// setStyles passes new styles to the help and every screen.
func (m *Model) setStyles(st common.Styles) {
	m.styles = st
	m.help.Styles = st.Help
	for _, e := range m.stack {
		e.screen.SetStyles(st)
	}
}
