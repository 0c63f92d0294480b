// Package picker is the template picker: the templates for the chosen
// candidate's seniority (a key shows every level), each with its channel,
// description and 7-day response rate from the log.
package picker

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// Store is what the picker reads from the log: the fact records and the
// dictionary behind their codes, for the response rates.
type Store interface {
	ForEachFact(fn func(outreach.Fact) bool) error
	Dict() (outreach.Dict, error)
}

// row is a level heading (t nil) or a template.
type row struct {
	heading string
	t       *library.Template
}

// Model is the template picker.
type Model struct {
	store  Store
	lib    *library.Library
	cand   outreach.Candidate
	now    func() time.Time
	styles common.Styles
	keys   keyMap

	// level is the candidate's level id when the library has it.
	level   string
	all     bool
	rows    []row
	cursor  int
	offset  int
	rates   map[string]Rate
	credits common.CreditsMsg
	// length is a template's typical rendered body length (nil: not
	// shown).
	length func(*library.Template) int

	width, height int
}

// New returns the picker for candidate c, the template with id selected
// first when it is listed ("" for the first), the credits as known, and
// length, a template's typical rendered body length (nil: not shown).
func New(st common.Styles, store Store, lib *library.Library, c outreach.Candidate, now func() time.Time, selected string, credits common.CreditsMsg, length func(*library.Template) int) *Model {
	m := &Model{store: store, lib: lib, cand: c, now: now, styles: st, keys: newKeyMap(), credits: credits, length: length}
	if _, ok := lib.Level(c.Profile.Seniority); ok {
		m.level = c.Profile.Seniority
	}
	if t, ok := lib.Get(selected); ok && m.level != "" && t.Seniority != m.level {
		m.all = true
	}
	m.build(selected)
	return m
}

type ratesMsg struct {
	rates map[string]Rate
	err   error
}

// loadRates works out the response rates in a command.
func loadRates(s Store, now time.Time) tea.Cmd {
	return func() tea.Msg {
		dict, err := s.Dict()
		if err != nil {
			return ratesMsg{err: err}
		}
		r, err := Rates(s.ForEachFact, dict, now)
		return ratesMsg{rates: r, err: err}
	}
}

// Init loads the response rates.
func (m *Model) Init() tea.Cmd { return loadRates(m.store, m.now()) }

// Revealed reloads the rates when the picker is back on top (after a
// send).
func (m *Model) Revealed() tea.Cmd { return loadRates(m.store, m.now()) }

// UsesMouse implements common.MouseUser: a click selects a template, a
// second one picks it.
func (m *Model) UsesMouse() bool { return true }

// Title implements common.Titled.
func (m *Model) Title() string { return "Templates" }

// Selected is the template under the cursor.
func (m *Model) Selected() *library.Template {
	if m.cursor >= 0 && m.cursor < len(m.rows) {
		return m.rows[m.cursor].t
	}
	return nil
}

// build lists the rows for the level (or all levels), keeping id selected.
func (m *Model) build(id string) {
	m.rows = m.rows[:0]
	for _, lv := range m.lib.Levels {
		if !m.all && m.level != "" && lv.ID != m.level {
			continue
		}
		tpls := m.lib.ForLevel(lv.ID)
		if len(tpls) == 0 {
			continue
		}
		m.rows = append(m.rows, row{heading: lv.Label + " · " + library.YearsLabel(lv)})
		for _, t := range tpls {
			m.rows = append(m.rows, row{t: t})
		}
	}
	m.cursor = m.next(-1, 1)
	for i, r := range m.rows {
		if r.t != nil && r.t.ID == id {
			m.cursor = i
		}
	}
	if id == "" && m.credits.Known && m.credits.Left <= 0 {
		// No credits: start on a connection note.
		for i, r := range m.rows {
			if r.t != nil && r.t.Channel == library.Connection {
				m.cursor = i
				break
			}
		}
	}
	m.offset = 0
	m.scroll()
	m.setKeys()
}

func (m *Model) setKeys() {
	n := 0
	for _, r := range m.rows {
		if r.t != nil {
			n++
		}
	}
	for _, b := range []*key.Binding{&m.keys.Up, &m.keys.Down, &m.keys.Top, &m.keys.Bottom} {
		b.SetEnabled(n > 1)
	}
	m.keys.Choose.SetEnabled(n > 0)
	m.keys.AllLevels.SetEnabled(m.level != "")
	if m.all {
		m.keys.AllLevels.SetHelp("a", "only "+m.levelLabel())
	} else {
		m.keys.AllLevels.SetHelp("a", "all levels")
	}
}

func (m *Model) levelLabel() string {
	if l, ok := m.lib.Level(m.level); ok {
		return l.Label
	}
	return m.level
}

// next returns the next template row from i in direction d, or i when
// there is none.
func (m *Model) next(i, d int) int {
	for j := i + d; j >= 0 && j < len(m.rows); j += d {
		if m.rows[j].t != nil {
			return j
		}
	}
	if i < 0 || i >= len(m.rows) {
		return 0
	}
	return i
}

// Update moves the selection, toggles the levels and picks a template.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case ratesMsg:
		if msg.err != nil {
			return m, func() tea.Msg { return common.ErrorMsg{Err: msg.err} }
		}
		m.rates = msg.rates
	case common.CreditsMsg:
		m.credits = msg
	case tea.MouseClickMsg:
		if i := m.rowAt(msg.Y); i >= 0 {
			if i == m.cursor {
				return m, m.choose()
			}
			m.cursor = i
		}
	case tea.KeyPressMsg:
		k := m.keys
		switch {
		case key.Matches(msg, k.Up):
			m.cursor = m.next(m.cursor, -1)
		case key.Matches(msg, k.Down):
			m.cursor = m.next(m.cursor, 1)
		case key.Matches(msg, k.Top):
			m.cursor = m.next(-1, 1)
		case key.Matches(msg, k.Bottom):
			m.cursor = m.next(len(m.rows), -1)
		case key.Matches(msg, k.AllLevels):
			m.all = !m.all
			id := ""
			if t := m.Selected(); t != nil {
				id = t.ID
			}
			m.build(id)
		case key.Matches(msg, k.Choose):
			return m, m.choose()
		}
		m.scroll()
	}
	return m, nil
}

func (m *Model) choose() tea.Cmd {
	t := m.Selected()
	if t == nil {
		return nil
	}
	c := m.cand
	return func() tea.Msg { return common.TemplateChosen{Candidate: c, Template: t} }
}

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	// From the top again: the list may have been scrolled for a smaller
	// size (or none, before the first), and only scrolls as far as the
	// cursor needs.
	m.offset = 0
	m.scroll()
}

// SetStyles implements common.Screen.
func (m *Model) SetStyles(st common.Styles) { m.styles = st }

// ShortHelp implements common.Screen.
func (m *Model) ShortHelp() []key.Binding { return m.keys.short() }

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.full() }
