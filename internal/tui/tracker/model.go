// Package tracker is the Tracker screen: the log as a table in the order
// the recruiter should look at it (awaiting first, the window closing
// soonest at the top, then the rest newest first), filters by status and
// by candidate or template, one key per outcome with an undo that appends
// a correction, a detail pane with the whole message and its history, and
// copy-again.
//
// A log can hold a million messages, so the table is built from the fact
// records alone (outreach.Fact), read a page at a time from the store's
// attention index as the cursor moves down, and only the rows on screen
// are decoded; all of it happens in commands, and the first frame draws a
// spinner.
package tracker

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// Deps are the tracker's clock and ways out of the program.
type Deps struct {
	// Now is the clock: outcomes are dated now, and statuses derived at it.
	Now func() time.Time
	// Recruiter is whose 14-day health is shown ("": everyone's).
	Recruiter string
	// Copy puts text on the system clipboard (nil: none). The terminal's
	// clipboard is set with tea.SetClipboard.
	Copy func(text string) clipboard.Result
	// After waits for the / filter's debounce (nil: common.Tick, the wall
	// clock).
	After common.After
}

// debounce is how long the / filter waits for the next key before it
// reads the log again.
const debounce = 120 * time.Millisecond

// window is how many rows below the ones on screen are decoded (half as
// many above), and maxCache how many decoded messages are kept before the
// cache starts over with the rows on screen.
const (
	window   = 100
	maxCache = 2000
)

// Model is the tracker screen.
type Model struct {
	store   Store
	deps    Deps
	styles  common.Styles
	keys    keyMap
	filter  textinput.Model
	spinner spinner.Model

	q         query
	gen       int  // the index being waited for
	loading   bool // an index is on its way
	loaded    bool // an index arrived
	loadErr   error
	filtering bool

	rows []row
	// page is where the next page of rows starts; reading is set while
	// it is being read, and seen holds the ids of the rows read.
	page    pager
	reading bool
	seen    idSet
	stats   stats
	dict    outreach.Dict
	names   *nameIndex

	// cache holds the messages decoded for the rows around the screen.
	cache *common.Decoded[outreach.Entry]

	cursor, offset int
	// goal is the row the cursor is heading for beyond the rows read (a
	// page down or the last row), -1 for none: the cursor gets there as
	// pages arrive.
	goal int
	// toTop puts the cursor on the first row when the next index arrives
	// (the filters changed).
	toTop bool

	detail       bool // the detail pane has the keys
	detailOffset int
	confirm      uint64 // message awaiting "withdrawn?" (0: none)
	busy         bool   // an outcome is being recorded

	width, height int
}

// New returns the tracker. It draws at once and loads the log in Init.
func New(st common.Styles, s Store, deps Deps) *Model {
	if deps.Now == nil {
		deps.Now = time.Now
	}
	if deps.After == nil {
		deps.After = common.Tick
	}
	fi := textinput.New()
	fi.Prompt = "/ "
	fi.Placeholder = "candidate name or template id"
	fi.SetStyles(st.TextInput)
	m := &Model{
		store: s, deps: deps, styles: st, keys: newKeyMap(), filter: fi,
		spinner: spinner.New(spinner.WithSpinner(spinner.MiniDot), spinner.WithStyle(st.Subtle)),
		cache:   common.NewDecoded[outreach.Entry](window, maxCache),
		goal:    -1,
	}
	m.setKeys()
	return m
}

// Init loads the log.
func (m *Model) Init() tea.Cmd { return m.reload() }

// Revealed reloads the log when the tracker is back on top.
func (m *Model) Revealed() tea.Cmd {
	m.names = nil
	m.cache.Reset()
	m.setKeys()
	return m.reload()
}

// Title implements common.Titled.
func (m *Model) Title() string { return "Tracker" }

// Typing implements common.KeyCapturer: the / filter takes printable keys.
func (m *Model) Typing() bool { return m.filtering }

// CapturesEsc implements common.KeyCapturer: esc cancels a question,
// closes the detail pane, or clears the filters before it goes back.
func (m *Model) CapturesEsc() bool {
	return m.filtering || m.confirm != 0 || m.detail || m.q.filtered()
}

// UsesMouse implements common.MouseUser: clicks pick rows and the wheel
// scrolls, except while the detail pane has the keys, so its text can be
// selected by hand (the wheel then arrives as arrow keys, which scroll).
func (m *Model) UsesMouse() bool { return !m.detail }

// reload asks for the index again; the answer of an older request is
// dropped.
func (m *Model) reload() tea.Cmd {
	m.gen++
	return m.load()
}

// load asks for the index under the current generation: a first page,
// or as many rows as keep the cursor's message in it when the filters
// stay (the tracker revealed again).
func (m *Model) load() tea.Cmd {
	m.loading = true
	n := firstPage
	if !m.toTop {
		n = max(n, m.cursor+1+2*m.tableHeight())
	}
	return tea.Batch(indexCmd(m.store, m.q, m.names, m.deps.Recruiter, n, m.deps.Now, m.gen), m.spinner.Tick)
}

// count is how many rows the table holds: the rows read, or as many as
// the counts said while pages remain.
func (m *Model) count() int {
	if m.page.more {
		return max(m.page.total, len(m.rows))
	}
	return len(m.rows)
}

// waiting reports that the screen waits for the log: an index, or the
// pages up to the cursor's goal.
func (m *Model) waiting() bool { return m.loading || m.goal >= 0 }

// selected is the row under the cursor.
func (m *Model) selected() (row, bool) {
	if m.cursor < 0 || m.cursor >= len(m.rows) {
		return row{}, false
	}
	return m.rows[m.cursor], true
}

// selEntry is the selected message, when it is decoded.
func (m *Model) selEntry() *outreach.Entry {
	r, ok := m.selected()
	if !ok {
		return nil
	}
	if e, ok := m.cache.Get(r.key.ID); ok {
		return &e
	}
	return nil
}

func (m *Model) setKeys() {
	most := m.maxDetailOffset() // lays the whole message out
	m.keys.set(keyState{
		loaded:    m.loaded,
		total:     m.stats.total,
		rows:      m.count(),
		filtering: m.filtering,
		filtered:  m.q.filtered(),
		confirm:   m.confirm != 0,
		detail:    m.detail,
		up:        m.detailOffset > 0,
		down:      m.detailOffset < most,
		wide:      m.wide(),
		fits:      most == 0,
		busy:      m.busy,
		sel:       m.selEntry(),
		notYours:  m.notYours(m.selEntry()),
		followUp:  m.followUpState(m.selEntry()),
	})
	if m.filtering {
		m.keys.ClearFilter.SetHelp("esc", "clear filter")
	} else {
		m.keys.ClearFilter.SetHelp("esc", "clear filters")
	}
}

// ShortHelp implements common.Screen.
func (m *Model) ShortHelp() []key.Binding { return m.keys.short() }

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.full() }

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.filter.SetWidth(max(w-4, 1))
	m.scroll()
	m.detailOffset = min(m.detailOffset, m.maxDetailOffset())
	m.setKeys()
}

// SetStyles implements common.Screen.
func (m *Model) SetStyles(st common.Styles) {
	m.styles = st
	m.filter.SetStyles(st.TextInput)
	m.spinner.Style = st.Subtle
}

// filterTickMsg fires when the / filter has been still for debounce.
type filterTickMsg struct{ gen int }

// Update handles keys, the loaded index and pages, and the results of
// outcomes and copies.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case indexMsg:
		cmd = m.indexed(msg)
	case rowsMsg:
		cmd = m.more(msg)
	case pageMsg:
		cmd = m.paged(msg)
	case filterTickMsg:
		if msg.gen == m.gen {
			cmd = m.load()
		}
	case recordedMsg:
		cmd = m.recorded(msg)
	case statsMsg:
		if msg.err != nil {
			cmd = errorCmd(msg.err)
		} else {
			m.stats = msg.stats
		}
	case copiedMsg:
		cmd = m.copied(msg)
	case spinner.TickMsg:
		if m.waiting() {
			m.spinner, cmd = m.spinner.Update(msg)
		}
		return m, cmd
	case tea.KeyPressMsg:
		cmd = m.key(msg)
	case tea.MouseWheelMsg:
		cmd = m.wheel(msg)
	case tea.MouseClickMsg:
		cmd = m.click(msg)
	default:
		if m.filtering {
			// A paste, or the cursor's blink.
			m.filter, cmd = m.filter.Update(msg)
			cmd = tea.Batch(cmd, m.filterChanged())
		}
	}
	m.setKeys()
	return m, tea.Batch(cmd, m.readMore(), m.fetch())
}

// indexed takes a new index, keeping the cursor on the same message.
func (m *Model) indexed(msg indexMsg) tea.Cmd {
	if msg.gen != m.gen {
		return nil
	}
	m.loading = false
	m.loadErr = msg.err
	if msg.err != nil {
		return errorCmd(msg.err)
	}
	var keep uint64
	if r, ok := m.selected(); ok && !m.toTop {
		keep = r.key.ID
	}
	m.toTop = false
	m.loaded = true
	m.rows, m.page, m.stats, m.dict = msg.rows, msg.page, msg.stats, msg.dict
	m.reading, m.goal, m.seen = false, -1, nil
	for _, r := range m.rows {
		m.seen.add(r.key.ID)
	}
	if msg.names != nil {
		m.names = msg.names
	}
	// The same message stays under the cursor; when it is gone (the
	// filters changed), the cursor goes to the top.
	m.cursor = 0
	for i, r := range m.rows {
		if r.key.ID == keep {
			m.cursor = i
			break
		}
	}
	if len(m.rows) == 0 {
		m.detail = false
	}
	m.scroll()
	return nil
}

// more adds a later page of rows, leaving out a message already listed,
// and moves the cursor on towards its goal.
func (m *Model) more(msg rowsMsg) tea.Cmd {
	if msg.gen != m.gen {
		return nil
	}
	m.reading = false
	if msg.err != nil {
		// No page after a failed one: the table is what was read.
		m.page.more, m.goal = false, -1
		return errorCmd(msg.err)
	}
	m.page = msg.page
	for _, r := range msg.rows {
		if !m.seen.has(r.key.ID) {
			m.seen.add(r.key.ID)
			m.rows = append(m.rows, r)
		}
	}
	if m.goal >= 0 && len(m.rows) > 0 {
		m.cursor = min(m.goal, len(m.rows)-1)
		if m.cursor == m.goal || !m.page.more {
			m.goal = -1
		}
		m.scroll()
	}
	return nil
}

// readMore asks for the next page when the rows read end less than two
// screens below the one shown, or before the cursor's goal. Pages grow
// with the rows read, so a long way down takes few reads.
func (m *Model) readMore() tea.Cmd {
	if !m.loaded || m.loading || m.reading || !m.page.more {
		return nil
	}
	h := max(m.tableHeight(), 1)
	need := m.offset + 3*h
	if m.goal >= 0 {
		need = max(need, m.goal+h)
	}
	if need <= len(m.rows) {
		return nil
	}
	m.reading = true
	return moreCmd(m.store, m.page, min(maxPage, max(firstPage, len(m.rows))), m.deps.Now, m.gen)
}

// paged stores decoded messages. A message that could not be read stays
// pending, so it is not asked for again and again; the banner says why.
func (m *Model) paged(msg pageMsg) tea.Cmd {
	m.cache.Add(msg.entries, func(e outreach.Entry) uint64 { return e.ID })
	if msg.err != nil {
		return errorCmd(msg.err)
	}
	return nil
}

// fetch decodes the rows around the screen that are not decoded yet
// (none on the way to the cursor's goal).
func (m *Model) fetch() tea.Cmd {
	if !m.loaded || len(m.rows) == 0 || m.goal >= 0 {
		return nil
	}
	ids := m.cache.Ask(m.offset, m.tableHeight(), len(m.rows), func(i int) uint64 { return m.rows[i].key.ID })
	if len(ids) == 0 {
		return nil
	}
	return pageCmd(m.store, ids)
}

// notYours is whose message e is when the store refuses this person
// outcomes on it, or "".
func (m *Model) notYours(e *outreach.Entry) string {
	r, ok := m.store.(Recorder)
	if !ok || e == nil || r.CanRecord(e.Message) == nil {
		return ""
	}
	return e.Recruiter
}

// followUpState says whether e may be followed up now: only by whoever
// sent it (Deps.Recruiter, when set), and as outreach.FollowUpOfEntry
// says.
func (m *Model) followUpState(e *outreach.Entry) outreach.FollowUpState {
	if e == nil {
		return outreach.FollowUpState{}
	}
	who := m.notYours(e)
	if who == "" && m.deps.Recruiter != "" && e.Recruiter != m.deps.Recruiter {
		who = e.Recruiter
	}
	if who != "" {
		return outreach.FollowUpState{Short: who + "'s message",
			Why: fmt.Sprintf("Message %d was sent by %s: a follow-up goes in their conversation on LinkedIn, so only they can send it.", e.ID, who)}
	}
	return outreach.FollowUpOfEntry(*e, m.deps.Now())
}

// followUp opens the composer on a follow-up of e, or says why it cannot.
func (m *Model) followUp(e outreach.Entry) tea.Cmd {
	if st := m.followUpState(&e); !st.Eligible {
		return noticeCmd("%s", st.Why)
	}
	return func() tea.Msg { return common.FollowUpChosen{Of: e.ID} }
}

func errorCmd(err error) tea.Cmd {
	return func() tea.Msg { return common.ErrorMsg{Err: err} }
}

func noticeCmd(format string, args ...any) tea.Cmd {
	text := fmt.Sprintf(format, args...)
	return func() tea.Msg { return common.NoticeMsg{Text: text} }
}
