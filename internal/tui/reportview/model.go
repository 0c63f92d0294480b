// Package reportview is the Reports screen: template performance for team
// leads. It shows the table `inmail report` prints (the same numbers,
// from internal/report), sortable, grouped by template, seniority,
// recruiter, channel or template and seniority, over all time or a recent
// period; a chart of each template's weekly 7-day response rate; and a
// drill-down into one row's messages and the personalization lines that
// got responses.
//
// Every number comes from the fact records (outreach.Fact), read in a
// command while the first frame shows a spinner; only the drill-down rows
// on screen are decoded. A change of grouping or period runs the report
// again in a command, and an answer to an earlier request is dropped.
package reportview

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/tui/common"
)

// Deps are the screen's clock.
type Deps struct {
	// Now is the clock: the report is as of now, in now's zone (weeks
	// start on its Mondays).
	Now func() time.Time
}

// window is how many drill-down rows below the ones on screen are
// decoded (half as many above), and maxCache how many decoded messages are
// kept before the cache starts over with the rows on screen.
const (
	window   = 60
	maxCache = 2000
)

// Model is the reports screen.
type Model struct {
	store   Store
	deps    Deps
	styles  common.Styles
	keys    keyMap
	spinner spinner.Model

	group  grouping
	period period
	sort   sortKey
	desc   bool

	gen      int  // the report request being waited for
	drillGen int  // the drill-down request being waited for
	loading  bool // a report is on its way
	loaded   bool // a report arrived
	loadErr  error
	// req is the request the shown report answers.
	req   request
	rep   report.Report
	trend trend

	// rows are the report's groups in the sort order.
	rows           []report.Group
	cursor, offset int
	// keep is the group the cursor stays on when the rows change.
	keep string

	chartCursor, chartOffset int

	view  view
	drill drill
	// cache holds the messages decoded for the drill-down rows around the
	// screen.
	cache *common.Decoded[outreach.Message]

	width, height int
}

// drill is the drill-down into one group.
type drill struct {
	from    view // where esc goes back to
	key     report.Key
	label   string
	metrics report.Metrics
	query   report.Query
	gen     int
	loading bool
	err     error
	// rows are the group's messages, newest first; lines the indexes of
	// those that got a response within 7 days.
	rows  []outreach.Fact
	lines []int
	// tab is 0 for every message, 1 for the responded lines.
	tab            int
	cursor, offset [2]int
}

// New returns the reports screen. It draws at once and reads the log in
// Init.
func New(st common.Styles, s Store, deps Deps) *Model {
	if deps.Now == nil {
		deps.Now = time.Now
	}
	m := &Model{
		store: s, deps: deps, styles: st, keys: newKeyMap(),
		spinner: spinner.New(spinner.WithSpinner(spinner.MiniDot), spinner.WithStyle(st.Subtle)),
		cache:   common.NewDecoded[outreach.Message](window, maxCache),
	}
	m.setKeys()
	return m
}

// Init reads the log.
func (m *Model) Init() tea.Cmd { return m.reload() }

// Revealed reads the log again when the screen is back on top: messages
// may have been sent or answered meanwhile. An open drill-down stays as
// it was read.
func (m *Model) Revealed() tea.Cmd { return m.reload() }

// Title implements common.Titled.
func (m *Model) Title() string { return "Reports" }

// Typing implements common.KeyCapturer: the screen has no text field.
func (m *Model) Typing() bool { return false }

// CapturesEsc implements common.KeyCapturer: esc closes the chart or the
// drill-down before it leaves the screen.
func (m *Model) CapturesEsc() bool { return m.view != tableView }

// reload asks for the report again under a new request number; the answer
// to an older request is dropped.
func (m *Model) reload() tea.Cmd {
	m.gen++
	m.loading = true
	req := request{gen: m.gen, group: m.group, period: m.period, now: m.deps.Now().Truncate(time.Second)}
	m.setKeys()
	return tea.Batch(reportCmd(m.store, req), m.spinner.Tick)
}

// ShortHelp implements common.Screen.
func (m *Model) ShortHelp() []key.Binding { return m.keys.short() }

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.full() }

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.scroll()
	m.setKeys()
}

// SetStyles implements common.Screen.
func (m *Model) SetStyles(st common.Styles) {
	m.styles = st
	m.spinner.Style = st.Subtle
}

func (m *Model) setKeys() {
	s := keyState{loaded: m.loaded, view: m.view, from: m.drill.from, lines: m.drill.tab == 1, groups: len(m.rows)}
	s.empty = m.loaded && m.empty() && m.req.period == allTime
	switch m.view {
	case tableView:
		s.rows = len(m.rows)
		s.drillOK = len(m.rows) > 0
	case chartView:
		s.rows = len(m.trend.series)
		s.drillOK = len(m.trend.series) > 0
	case drillView:
		s.rows = m.drillLen()
	}
	m.keys.set(s)
}

// Update handles keys, the computed reports and decoded messages.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case reportMsg:
		cmd = m.reported(msg)
	case drillMsg:
		cmd = m.drilled(msg)
	case pageMsg:
		cmd = m.paged(msg)
	case spinner.TickMsg:
		if m.loading || m.drill.loading {
			m.spinner, cmd = m.spinner.Update(msg)
		}
		return m, cmd
	case tea.KeyPressMsg:
		cmd = m.key(msg)
	}
	m.setKeys()
	return m, tea.Batch(cmd, m.fetch())
}

// reported takes a finished report, unless a later request is on its way.
func (m *Model) reported(msg reportMsg) tea.Cmd {
	if msg.req.gen != m.gen {
		return nil
	}
	m.loading = false
	if msg.err != nil {
		m.loadErr = msg.err
		return errorCmd(msg.err)
	}
	m.loaded, m.loadErr = true, nil
	m.req, m.rep, m.trend = msg.req, msg.rep, msg.trend
	m.arrange()
	m.chartCursor = min(m.chartCursor, max(len(m.trend.series)-1, 0))
	m.scroll()
	return nil
}

// arrange sorts the rows and keeps the cursor on the same group.
func (m *Model) arrange() {
	if r, ok := m.selected(); ok {
		m.keep = keyID(r.Key)
	}
	m.rows = sortGroups(m.rep.Groups, m.sort, m.desc)
	m.cursor = 0
	for i, g := range m.rows {
		if keyID(g.Key) == m.keep {
			m.cursor = i
			break
		}
	}
	m.scroll()
}

// selected is the table row under the cursor.
func (m *Model) selected() (report.Group, bool) {
	if m.cursor < 0 || m.cursor >= len(m.rows) {
		return report.Group{}, false
	}
	return m.rows[m.cursor], true
}

// key handles a key press in the current view.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.keys
	if d, ok := k.Move(msg, m.pageSize()); ok {
		m.move(d)
		return nil
	}
	switch {
	case key.Matches(msg, k.Sort):
		m.sort = (m.sort + 1) % sortKeys
		if m.sort == sortAfterFollowUp && m.rep.Total.FollowedUp == 0 {
			m.sort = (m.sort + 1) % sortKeys // nothing followed up to sort by
		}
		m.desc = m.sort.descending()
		m.arrange()
	case key.Matches(msg, k.Reverse):
		m.desc = !m.desc
		m.arrange()
	case key.Matches(msg, k.Group):
		m.group = (m.group + 1) % groupings
		m.cursor, m.offset, m.keep = 0, 0, ""
		return m.reload()
	case key.Matches(msg, k.Period):
		m.period = (m.period + 1) % periods
		return m.reload()
	case key.Matches(msg, k.Drill):
		return m.drillSelected()
	case key.Matches(msg, k.Tab):
		m.drill.tab = 1 - m.drill.tab
	case key.Matches(msg, k.Chart):
		m.toggleChart()
	case key.Matches(msg, k.Close):
		if m.view == drillView {
			m.view = m.drill.from
			m.drill = drill{}
		} else {
			m.closeChart()
		}
		m.scroll()
	}
	return nil
}

// toggleChart switches between the table and the chart, the chart's
// cursor on the template selected in the table.
func (m *Model) toggleChart() {
	if m.view == chartView {
		m.closeChart()
		return
	}
	m.view = chartView
	if r, ok := m.selected(); ok && r.Key.Template != "" {
		if i := m.trend.find(r.Key.Template); i >= 0 {
			m.chartCursor = i
		}
	}
	m.scroll()
}

// closeChart goes back to the table, its cursor on the template selected
// in the chart when the table is by template.
func (m *Model) closeChart() {
	m.view = tableView
	if m.req.group != byTemplate || m.chartCursor >= len(m.trend.series) {
		return
	}
	t := m.trend.series[m.chartCursor].template
	for i, g := range m.rows {
		if g.Key.Template == t {
			m.cursor = i
		}
	}
	m.scroll()
}

// drillSelected opens the drill-down on the selected table row or chart
// template.
func (m *Model) drillSelected() tea.Cmd {
	switch m.view {
	case tableView:
		if r, ok := m.selected(); ok {
			return m.openDrill(tableView, m.req.query(), r.Key, keyLabel(m.req.group, r.Key))
		}
	case chartView:
		if m.chartCursor < len(m.trend.series) {
			t := m.trend.series[m.chartCursor].template
			q := m.req.query()
			q.By = []report.Dimension{report.ByTemplate}
			return m.openDrill(chartView, q, report.Key{Template: t}, t)
		}
	}
	return nil
}

// openDrill reads the messages of group k under query q (the shown
// report's).
func (m *Model) openDrill(from view, q report.Query, k report.Key, label string) tea.Cmd {
	m.drillGen++
	m.drill = drill{from: from, key: k, label: label, query: q, gen: m.drillGen, loading: true}
	m.view = drillView
	return tea.Batch(drillCmd(m.store, q, k, m.drillGen), m.spinner.Tick)
}

// drilled takes a group's messages.
func (m *Model) drilled(msg drillMsg) tea.Cmd {
	if msg.gen != m.drill.gen || m.view != drillView {
		return nil
	}
	m.drill.loading = false
	if msg.err != nil {
		m.drill.err = msg.err
		return errorCmd(msg.err)
	}
	m.drill.rows, m.drill.metrics = msg.rows, msg.metrics
	m.drill.lines = nil
	now := m.drill.query.Now
	for i, f := range msg.rows {
		if f.State(now).Status == outreach.StatusResponded {
			m.drill.lines = append(m.drill.lines, i)
		}
	}
	m.scroll()
	return nil
}

// drillLen is how many rows the current tab has.
func (m *Model) drillLen() int {
	if m.drill.tab == 1 {
		return len(m.drill.lines)
	}
	return len(m.drill.rows)
}

// drillFact is the current tab's row i.
func (m *Model) drillFact(i int) outreach.Fact {
	if m.drill.tab == 1 {
		return m.drill.rows[m.drill.lines[i]]
	}
	return m.drill.rows[i]
}

// move moves the cursor of the current view by d rows.
func (m *Model) move(d int) {
	clamp := func(c, n int) int { return max(0, min(n-1, c+d)) }
	switch m.view {
	case tableView:
		if len(m.rows) > 0 {
			m.cursor = clamp(m.cursor, len(m.rows))
		}
	case chartView:
		if len(m.trend.series) > 0 {
			m.chartCursor = clamp(m.chartCursor, len(m.trend.series))
		}
	case drillView:
		if n := m.drillLen(); n > 0 {
			t := m.drill.tab
			m.drill.cursor[t] = clamp(m.drill.cursor[t], n)
		}
	}
	m.scroll()
}

// pageSize is how many rows a page up or down moves.
func (m *Model) pageSize() int {
	switch m.view {
	case chartView:
		return m.sparkHeight()
	case drillView:
		return m.drillPage()
	}
	return m.tableHeight()
}

// scroll keeps each view's cursor on screen.
func (m *Model) scroll() {
	m.offset = common.InView(m.cursor, m.offset, len(m.rows), m.tableHeight())
	m.chartOffset = common.InView(m.chartCursor, m.chartOffset, len(m.trend.series), m.sparkHeight())
	if m.view == drillView {
		d, t := &m.drill, m.drill.tab
		d.offset[t] = common.InView(d.cursor[t], d.offset[t], m.drillLen(), m.drillPage())
	}
}

// paged keeps decoded messages. One that could not be read stays pending,
// so it is not asked for again and again; the banner says why.
func (m *Model) paged(msg pageMsg) tea.Cmd {
	m.cache.Add(msg.msgs, func(e outreach.Message) uint64 { return e.ID })
	if msg.err != nil {
		return errorCmd(msg.err)
	}
	return nil
}

// fetch decodes the drill-down rows around the screen that are not
// decoded yet.
func (m *Model) fetch() tea.Cmd {
	if m.view != drillView || m.drill.loading {
		return nil
	}
	ids := m.cache.Ask(m.drill.offset[m.drill.tab], m.drillPage(), m.drillLen(), func(i int) uint64 { return m.drillFact(i).ID })
	if len(ids) == 0 {
		return nil
	}
	return pageCmd(m.store, ids)
}

func errorCmd(err error) tea.Cmd {
	return func() tea.Msg { return common.ErrorMsg{Err: err} }
}
