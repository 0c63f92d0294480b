package candidates

import (
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// The list reads the candidates a page at a time (Store.CandidatePage): the
// first page when it opens or comes back on top, the next ones in commands
// as the cursor nears the end of what it has, so a team's 600,000
// candidates cost a page read, not a scan, and keys never wait.

// pageSize is how many candidates a read asks for: a few screens.
const pageSize = 300

// historyFirst is how many candidates, from the top of the list, the load
// finds the team's history of; the others' is found when one is selected.
const historyFirst = 200

type loadedMsg struct {
	gen    int
	rows   []outreach.CandidateSummary
	total  int
	more   bool
	drafts map[string]bool
	hist   map[string]outreach.History
	err    error
}

// pageMsg is a page read after the place after, for the load gen.
type pageMsg struct {
	gen   int
	after outreach.CandidateCursor
	rows  []outreach.CandidateSummary
	total int
	more  bool
	err   error
}

// load reads the first n candidates, the drafts and the history of the
// first historyFirst, in a command.
func load(s Store, history func([]string) (map[string]outreach.History, error), gen, n int) tea.Cmd {
	return func() tea.Msg {
		rows, total, err := s.CandidatePage(outreach.CandidateCursor{}, n)
		if err != nil {
			return loadedMsg{gen: gen, err: err}
		}
		ds, err := s.Drafts()
		drafts := map[string]bool{}
		for _, d := range ds {
			drafts[d.CandidateID] = true
		}
		msg := loadedMsg{gen: gen, rows: rows, total: total, more: len(rows) == n, drafts: drafts, err: err}
		if history != nil && err == nil {
			ids := make([]string, min(len(rows), historyFirst))
			for i := range ids {
				ids[i] = rows[i].ID
			}
			msg.hist, msg.err = history(ids)
		}
		return msg
	}
}

// Init loads the list's first page.
func (m *Model) Init() tea.Cmd {
	m.gen++
	return load(m.store, m.history, m.gen, m.pageSize)
}

// Revealed reloads the list when the screen comes back on top (after an
// add, an edit or a send changed it): as many rows as were read, so the
// cursor stays where it was.
func (m *Model) Revealed() tea.Cmd {
	m.gen++
	return load(m.store, m.history, m.gen, max(m.pageSize, len(m.all)))
}

// loadedPage takes the first page of the latest load.
func (m *Model) loadedPage(msg loadedMsg) (common.Screen, tea.Cmd) {
	if msg.gen != m.gen {
		return m, nil // an earlier load's
	}
	if msg.err != nil {
		return m, func() tea.Msg { return common.ErrorMsg{Err: msg.err} }
	}
	sel, _ := m.Selected()
	m.all, m.total, m.more, m.drafts, m.hist = msg.rows, msg.total, msg.more, msg.drafts, msg.hist
	m.paging = false
	first := !m.loaded
	m.loaded = true
	cmd := m.refilter(sel.ID)
	if first && m.autoAdd && m.total == 0 && len(m.all) == 0 {
		return m, func() tea.Msg { return common.NewCandidate{Auto: true} }
	}
	return m, cmd
}

// morePage appends a page read after the last row.
func (m *Model) morePage(msg pageMsg) tea.Cmd {
	if msg.gen != m.gen {
		return nil
	}
	m.paging = false
	if msg.err != nil {
		return func() tea.Msg { return common.ErrorMsg{Err: msg.err} }
	}
	if len(m.all) == 0 || m.all[len(m.all)-1].Cursor() != msg.after {
		return nil
	}
	from := len(m.all)
	m.all = append(m.all, msg.rows...)
	m.total, m.more = msg.total, msg.more
	if !m.remote && m.filter.Value() == "" {
		for i := from; i < len(m.all); i++ {
			m.shown = append(m.shown, i)
		}
	}
	m.setKeys()
	return nil
}

// ahead is how many rows below the cursor the list keeps read.
func (m *Model) ahead() int { return 2 * m.listHeight() }

// needMore reads the next page, of the list or of the filter's matches,
// when the cursor nears the last row read.
func (m *Model) needMore() tea.Cmd {
	near := m.cursor+m.ahead() >= m.rows()
	switch {
	case !near:
	case m.remote:
		if m.foundMore && !m.search.running() && len(m.found) > 0 {
			return m.searchOn()
		}
	case m.filter.Value() == "" && m.more && !m.paging && len(m.all) > 0:
		m.paging = true
		s, gen, after, n := m.store, m.gen, m.all[len(m.all)-1].Cursor(), m.pageSize
		return func() tea.Msg {
			rows, total, err := s.CandidatePage(after, n)
			return pageMsg{gen: gen, after: after, rows: rows, total: total, more: len(rows) == n, err: err}
		}
	}
	return nil
}
