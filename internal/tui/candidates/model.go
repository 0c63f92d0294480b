// Package candidates is the candidate list where every compose starts: the
// saved candidates, most recently used first, filterable by typing after /.
package candidates

import (
	"context"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// Store is what the list reads from the log.
type Store interface {
	// CandidatePage returns what the list shows of up to n saved
	// candidates after the place after (zero: the top), most recent
	// first, and how many are saved.
	CandidatePage(after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, int, error)
	// SearchCandidates returns the first n candidates after the place
	// after that the filter query matches (outreach.CandidateSummary.
	// Matches, with the levels' labels), in the list's order, and whether
	// more match; it stops when ctx is done.
	SearchCandidates(ctx context.Context, query string, labels map[string]string, after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, bool, error)
	// Candidate returns one saved candidate whole, for the screen that
	// opens on them.
	Candidate(id string) (outreach.Candidate, error)
	// Drafts returns every saved draft, to mark candidates with one.
	Drafts() ([]outreach.Draft, error)
}

// Model is the candidate list screen.
type Model struct {
	store  Store
	levels map[string]string // seniority id → label
	now    func() time.Time
	styles common.Styles
	keys   keyMap
	filter textinput.Model

	// autoAdd opens the add-candidate screen when the first load finds
	// nobody (the start of a fresh install).
	autoAdd   bool
	loaded    bool
	filtering bool
	// all is the list as far as it is read, a page at a time, of total
	// saved; more: there may be more to read. gen counts the loads, so a
	// page read for an earlier one is dropped; paging: a page is being
	// read.
	all    []outreach.CandidateSummary
	total  int
	more   bool
	gen    int
	paging bool
	drafts map[string]bool
	// history finds who on the team messaged each candidate (nil: not
	// shown); hist is what it found.
	history func(ids []string) (map[string]outreach.History, error)
	hist    map[string]outreach.History
	// A filter on a list read whole keeps the rows of all it matches in
	// shown. On a list not read whole, the store searches (see search.go):
	// found are its results once they come (remote), foundMore says more
	// match.
	shown     []int // indexes into all, in order
	remote    bool
	found     []outreach.CandidateSummary
	foundMore bool
	search    searchState
	cursor    int // index into the rows shown
	offset    int // first visible row
	width     int
	height    int
	// pageSize is how many candidates a read asks for (a few screens).
	pageSize int
}

// New returns the list. levels maps seniority ids to labels; now is the
// clock for "3 days ago". With autoAdd, finding no candidates opens the
// add-candidate screen.
func New(st common.Styles, store Store, levels map[string]string, now func() time.Time, autoAdd bool) *Model {
	fi := textinput.New()
	fi.Prompt = "/ "
	fi.Placeholder = "name, company, title or level"
	fi.SetStyles(st.TextInput)
	m := &Model{store: store, levels: levels, now: now, styles: st, keys: newKeyMap(), filter: fi, autoAdd: autoAdd, pageSize: pageSize}
	m.keys.set(false, 0, 0, false, false)
	return m
}

// WithHistory has the list say, for the selected candidate, who on the
// team messaged them, how often and where it stands ("messaged 2× · last
// 3 days ago by Sam Reyes · awaiting").
func (m *Model) WithHistory(f func(ids []string) (map[string]outreach.History, error)) *Model {
	m.history = f
	return m
}

// Title implements common.Titled.
func (m *Model) Title() string { return "Candidates" }

// Typing implements common.KeyCapturer: the filter takes printable keys.
func (m *Model) Typing() bool { return m.filtering }

// CapturesEsc implements common.KeyCapturer: esc clears a filter.
func (m *Model) CapturesEsc() bool { return m.filtering || m.filter.Value() != "" }

// Selected is the candidate under the cursor.
func (m *Model) Selected() (outreach.CandidateSummary, bool) {
	if m.cursor < 0 || m.cursor >= m.rows() {
		return outreach.CandidateSummary{}, false
	}
	return m.rowAt(m.cursor), true
}

// rows is how many rows are shown: the filter's matches, or the list.
func (m *Model) rows() int {
	if m.remote {
		return len(m.found)
	}
	return len(m.shown)
}

// rowAt is row i of those shown.
func (m *Model) rowAt(i int) outreach.CandidateSummary {
	if m.remote {
		return m.found[i]
	}
	return m.all[m.shown[i]]
}

// Update handles the list's keys and the loaded candidates, and finds the
// history of a candidate selected that has none yet.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	s, cmd := m.update(msg)
	if m.loaded {
		cmd = tea.Batch(cmd, m.needHistory(), m.needMore())
	}
	return s, cmd
}

func (m *Model) update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case historyMsg:
		for id, h := range msg {
			m.hist[id] = h
		}
		return m, nil
	case loadedMsg:
		return m.loadedPage(msg)
	case pageMsg:
		return m, m.morePage(msg)
	case searchMsg:
		return m, m.searched(msg)
	case tea.PasteMsg:
		if m.filtering {
			break
		}
		// A profile pasted on the list is a new candidate.
		return m, func() tea.Msg { return common.NewCandidate{Paste: msg.Content} }
	case tea.KeyPressMsg:
		if m.filtering {
			return m.updateFilter(msg)
		}
		return m.updateList(msg)
	}
	if m.filtering {
		var cmd tea.Cmd
		m.filter, cmd = m.filter.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m *Model) updateList(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	k := &m.keys
	if d, ok := k.Move(msg, m.listHeight()); ok {
		m.move(d)
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Choose):
		if c, ok := m.Selected(); ok {
			return m, m.whole(c.ID, func(c outreach.Candidate) tea.Msg { return common.CandidateChosen{Candidate: c} })
		}
	case key.Matches(msg, k.Edit):
		if c, ok := m.Selected(); ok {
			return m, m.whole(c.ID, func(c outreach.Candidate) tea.Msg { return common.EditCandidate{Candidate: c} })
		}
	case key.Matches(msg, k.Add):
		return m, func() tea.Msg { return common.NewCandidate{} }
	case key.Matches(msg, k.Filter):
		m.filtering = true
		m.setKeys()
		return m, m.filter.Focus()
	case key.Matches(msg, k.ClearFilter):
		m.filter.SetValue("")
		return m, m.refilter("")
	}
	return m, nil
}

func (m *Model) updateFilter(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.ClearFilter):
		m.filter.SetValue("")
		m.filtering = false
		m.filter.Blur()
		return m, m.refilter("")
	case key.Matches(msg, m.keys.AcceptFilter):
		m.filtering = false
		m.filter.Blur()
		m.setKeys()
		return m, nil
	}
	var cmd tea.Cmd
	before := m.filter.Value()
	m.filter, cmd = m.filter.Update(msg)
	if m.filter.Value() != before {
		cmd = tea.Batch(cmd, m.refilter(""))
	}
	return m, cmd
}

// refilter recomputes the visible rows for the filter typed, keeping the
// candidate keep selected when it is still shown. A list read whole is
// filtered here; a longer one is searched in the store, by the command it
// returns, and shows what it showed until the results come.
func (m *Model) refilter(keep string) tea.Cmd {
	query := m.filter.Value()
	if query != "" && m.more {
		n := m.pageSize
		if m.remote && query == m.search.query {
			n = max(n, len(m.found)) // a reload: as many as were shown
		}
		return m.startSearch(query, keep, n)
	}
	m.stopSearch()
	m.remote, m.found, m.foundMore = false, nil, false
	words := strings.Fields(strings.ToLower(query))
	m.shown = m.shown[:0]
	for i, c := range m.all {
		if c.Matches(words, m.levels) {
			m.shown = append(m.shown, i)
		}
	}
	m.reselect(keep)
	return nil
}

// reselect puts the cursor on the candidate keep when shown, else on the
// first row.
func (m *Model) reselect(keep string) {
	m.cursor = 0
	for i := range m.rows() {
		if keep != "" && m.rowAt(i).ID == keep {
			m.cursor = i
			break
		}
	}
	m.offset = 0
	m.scroll()
	m.setKeys()
}

func (m *Model) setKeys() {
	m.keys.set(m.loaded, m.total, m.rows(), m.filtering, m.filter.Value() != "")
}

func (m *Model) move(d int) {
	m.cursor = max(0, min(m.rows()-1, m.cursor+d))
	m.scroll()
}

// listHeight is how many rows fit under the heading (and filter line).
func (m *Model) listHeight() int {
	return max(1, m.height-2)
}

func (m *Model) scroll() {
	m.offset = common.InView(m.cursor, m.offset, m.rows(), m.listHeight())
}

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.filter.SetWidth(max(10, w-4))
	m.scroll()
}

// SetStyles implements common.Screen.
func (m *Model) SetStyles(st common.Styles) {
	m.styles = st
	m.filter.SetStyles(st.TextInput)
}

// ShortHelp implements common.Screen.
func (m *Model) ShortHelp() []key.Binding { return m.keys.short() }

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.full() }

// when says how long ago t was, briefly.
func when(t, now time.Time) string {
	if t.IsZero() {
		return ""
	}
	y1, m1, d1 := t.Date()
	y2, m2, d2 := now.Date()
	day1 := time.Date(y1, m1, d1, 0, 0, 0, 0, time.UTC)
	day2 := time.Date(y2, m2, d2, 0, 0, 0, 0, time.UTC)
	days := int(day2.Sub(day1).Hours() / 24)
	switch {
	case days <= 0:
		return "today " + t.Format("15:04")
	case days == 1:
		return "yesterday"
	case days < 7:
		return fmt.Sprintf("%d days ago", days)
	case y1 == y2:
		return t.Format("2 Jan")
	}
	return t.Format("2 Jan 2006")
}

// whole reads the candidate with id whole and makes msg of them; a read
// that fails is the banner's.
func (m *Model) whole(id string, msg func(outreach.Candidate) tea.Msg) tea.Cmd {
	s := m.store
	return func() tea.Msg {
		c, err := s.Candidate(id)
		if err != nil {
			return common.ErrorMsg{Err: err}
		}
		return msg(c)
	}
}

// historyMsg is the team's history of candidates found after the load.
type historyMsg map[string]outreach.History

// needHistory finds the selected candidate's history when the load did
// not (they are below the first historyFirst).
func (m *Model) needHistory() tea.Cmd {
	c, ok := m.Selected()
	if !ok || m.history == nil {
		return nil
	}
	if _, known := m.hist[c.ID]; known {
		return nil
	}
	if m.hist == nil {
		m.hist = map[string]outreach.History{}
	}
	m.hist[c.ID] = outreach.History{} // asked once
	history := m.history
	return func() tea.Msg {
		h, err := history([]string{c.ID})
		if err != nil {
			return common.ErrorMsg{Err: err}
		}
		return historyMsg(h)
	}
}
