// Package candidates is the candidate list where every compose starts: the
// saved candidates, most recently used first, filterable by typing after /.
package candidates

import (
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
	// CandidateSummaries returns what the list shows of every saved
	// candidate, most recent first.
	CandidateSummaries() ([]outreach.CandidateSummary, error)
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
	all       []outreach.CandidateSummary
	drafts    map[string]bool
	// history finds who on the team messaged each candidate (nil: not
	// shown); hist is what it found.
	history func(ids []string) (map[string]outreach.History, error)
	hist    map[string]outreach.History
	shown   []int // indexes into all, in order
	cursor  int   // index into shown
	offset  int   // first visible row
	width   int
	height  int
}

// New returns the list. levels maps seniority ids to labels; now is the
// clock for "3 days ago". With autoAdd, finding no candidates opens the
// add-candidate screen.
func New(st common.Styles, store Store, levels map[string]string, now func() time.Time, autoAdd bool) *Model {
	fi := textinput.New()
	fi.Prompt = "/ "
	fi.Placeholder = "name, company, title or level"
	fi.SetStyles(st.TextInput)
	m := &Model{store: store, levels: levels, now: now, styles: st, keys: newKeyMap(), filter: fi, autoAdd: autoAdd}
	m.keys.set(false, 0, 0, false, false)
	return m
}

type loadedMsg struct {
	all    []outreach.CandidateSummary
	drafts map[string]bool
	hist   map[string]outreach.History
	err    error
}

// WithHistory has the list say, for the selected candidate, who on the
// team messaged them, how often and where it stands ("messaged 2× · last
// 3 days ago by Sam Reyes · awaiting").
func (m *Model) WithHistory(f func(ids []string) (map[string]outreach.History, error)) *Model {
	m.history = f
	return m
}

// historyFirst is how many candidates, from the top of the list, the load
// finds the team's history of; the others' is found when one is selected.
const historyFirst = 200

// load reads the candidates, drafts and history in a command.
func load(s Store, history func([]string) (map[string]outreach.History, error)) tea.Cmd {
	return func() tea.Msg {
		all, err := s.CandidateSummaries()
		if err != nil {
			return loadedMsg{err: err}
		}
		ds, err := s.Drafts()
		drafts := map[string]bool{}
		for _, d := range ds {
			drafts[d.CandidateID] = true
		}
		msg := loadedMsg{all: all, drafts: drafts, err: err}
		if history != nil && err == nil {
			ids := make([]string, min(len(all), historyFirst))
			for i := range ids {
				ids[i] = all[i].ID
			}
			msg.hist, msg.err = history(ids)
		}
		return msg
	}
}

// Init loads the list.
func (m *Model) Init() tea.Cmd { return load(m.store, m.history) }

// Revealed reloads the list when the screen comes back on top (after an
// add, an edit or a send changed it).
func (m *Model) Revealed() tea.Cmd { return load(m.store, m.history) }

// Title implements common.Titled.
func (m *Model) Title() string { return "Candidates" }

// Typing implements common.KeyCapturer: the filter takes printable keys.
func (m *Model) Typing() bool { return m.filtering }

// CapturesEsc implements common.KeyCapturer: esc clears a filter.
func (m *Model) CapturesEsc() bool { return m.filtering || m.filter.Value() != "" }

// Selected is the candidate under the cursor.
func (m *Model) Selected() (outreach.CandidateSummary, bool) {
	if m.cursor < 0 || m.cursor >= len(m.shown) {
		return outreach.CandidateSummary{}, false
	}
	return m.all[m.shown[m.cursor]], true
}

// Update handles the list's keys and the loaded candidates, and finds the
// history of a candidate selected that has none yet.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	s, cmd := m.update(msg)
	if m.loaded {
		cmd = tea.Batch(cmd, m.needHistory())
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
		if msg.err != nil {
			return m, func() tea.Msg { return common.ErrorMsg{Err: msg.err} }
		}
		sel, _ := m.Selected()
		m.all, m.drafts, m.hist = msg.all, msg.drafts, msg.hist
		first := !m.loaded
		m.loaded = true
		m.refilter(sel.ID)
		if first && m.autoAdd && len(m.all) == 0 {
			return m, func() tea.Msg { return common.NewCandidate{Auto: true} }
		}
		return m, nil
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
		m.refilter("")
	}
	return m, nil
}

func (m *Model) updateFilter(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.ClearFilter):
		m.filter.SetValue("")
		m.filtering = false
		m.filter.Blur()
		m.refilter("")
		return m, nil
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
		m.refilter("")
	}
	return m, cmd
}

// refilter recomputes the visible rows, keeping the candidate keep
// selected when it is still shown.
func (m *Model) refilter(keep string) {
	words := strings.Fields(strings.ToLower(m.filter.Value()))
	m.shown = m.shown[:0]
	for i, c := range m.all {
		if matches(m.haystack(c), words) {
			m.shown = append(m.shown, i)
		}
	}
	m.cursor = 0
	for i, j := range m.shown {
		if keep != "" && m.all[j].ID == keep {
			m.cursor = i
		}
	}
	m.offset = 0
	m.scroll()
	m.setKeys()
}

func (m *Model) setKeys() {
	m.keys.set(m.loaded, len(m.all), len(m.shown), m.filtering, m.filter.Value() != "")
}

func (m *Model) haystack(c outreach.CandidateSummary) string {
	return strings.ToLower(strings.Join([]string{c.Name, c.Title, c.Company, c.Headline, c.Location, c.Seniority, m.levels[c.Seniority], c.ProfileID}, " "))
}

func matches(hay string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

func (m *Model) move(d int) {
	m.cursor = max(0, min(len(m.shown)-1, m.cursor+d))
	m.scroll()
}

// listHeight is how many rows fit under the heading (and filter line).
func (m *Model) listHeight() int {
	return max(1, m.height-2)
}

func (m *Model) scroll() {
	m.offset = common.InView(m.cursor, m.offset, len(m.shown), m.listHeight())
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
