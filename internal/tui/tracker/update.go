package tracker

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

// key handles a key press in the current state.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.keys
	if m.filtering {
		return m.filterKey(msg)
	}
	if m.confirm != 0 {
		switch {
		case key.Matches(msg, k.Confirm):
			id := m.confirm
			m.confirm = 0
			return m.record(id, outreach.Withdrawn)
		case key.Matches(msg, k.Cancel):
			m.confirm = 0
		}
		return nil
	}
	e := m.selEntry()
	for _, o := range outreach.Outcomes {
		if key.Matches(msg, *k.outcome(o)) && e != nil {
			if o == outreach.Withdrawn {
				m.confirm = e.ID
				return nil
			}
			return m.record(e.ID, o)
		}
	}
	if d, ok := k.Move(msg, m.tableHeight()); ok {
		return m.move(d)
	}
	switch {
	case key.Matches(msg, k.Record) && m.notYours(e) != "":
		// An outcome key on someone else's message says why it does
		// nothing.
		return errorCmd(m.store.(Recorder).CanRecord(e.Message))
	case key.Matches(msg, k.Undo) && e != nil:
		m.busy = true
		return undoCmd(m.store, e.ID, m.deps.Now())
	case key.Matches(msg, k.FollowUp) && e != nil:
		return m.followUp(*e)
	case key.Matches(msg, k.Copy) && e != nil:
		return m.copy(*e, clipboard.Body)
	case key.Matches(msg, k.CopySubject) && e != nil:
		return m.copy(*e, clipboard.Subject)
	case key.Matches(msg, k.Detail):
		m.detail, m.detailOffset = true, 0
	case key.Matches(msg, k.CloseDetail):
		m.detail = false
	case key.Matches(msg, k.ScrollUp):
		m.scrollDetail(-m.scrollStep(msg))
	case key.Matches(msg, k.ScrollDown):
		m.scrollDetail(m.scrollStep(msg))
	case key.Matches(msg, k.Status):
		m.q.status, m.toTop = m.nextStatus(), true
		return m.reload()
	case key.Matches(msg, k.Filter):
		m.filtering = true
		return m.filter.Focus()
	case key.Matches(msg, k.ClearFilter):
		m.filter.SetValue("")
		m.q, m.toTop = query{}, true
		return m.reload()
	}
	return nil
}

// filterKey handles a key while the / filter is being typed: the table
// follows the words after a short pause.
func (m *Model) filterKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.ClearFilter):
		m.filtering = false
		m.filter.Blur()
		m.filter.SetValue("")
		if m.q.text == "" {
			return nil
		}
		m.q.text, m.toTop = "", true
		return m.reload()
	case key.Matches(msg, m.keys.AcceptFilter):
		m.filtering = false
		m.filter.Blur()
		return nil
	}
	var cmd tea.Cmd
	m.filter, cmd = m.filter.Update(msg)
	return tea.Batch(cmd, m.filterChanged())
}

// filterChanged reads the log again, after a short pause, when the / filter
// holds other words than the table shows.
func (m *Model) filterChanged() tea.Cmd {
	if m.filter.Value() == m.q.text {
		return nil
	}
	m.q.text, m.toTop = m.filter.Value(), true
	m.gen++
	m.loading = true
	return tea.Batch(m.spinner.Tick, m.deps.After(debounce, filterTickMsg{gen: m.gen}))
}

// nextStatus is the status filter after the current one: every status,
// then each status that some message has.
func (m *Model) nextStatus() outreach.Status {
	order := append([]outreach.Status{0}, outreach.Statuses...)
	i := 0
	for j, s := range order {
		if s == m.q.status {
			i = j
		}
	}
	for n := 1; n < len(order); n++ {
		s := order[(i+n)%len(order)]
		if s == 0 || m.stats.counts[s] > 0 {
			return s
		}
	}
	return 0
}

// move moves the cursor d rows. A row beyond the rows read becomes the
// cursor's goal: it stops on the last row read, and the spinner turns
// until the pages up to the goal arrive.
func (m *Model) move(d int) tea.Cmd {
	if len(m.rows) == 0 {
		return nil
	}
	was := m.goal
	target := max(0, min(m.count()-1, m.cursor+d))
	m.goal = -1
	if target >= len(m.rows) {
		m.goal, target = target, len(m.rows)-1
	}
	m.cursor = target
	m.detailOffset = 0
	m.scroll()
	if m.goal >= 0 && was < 0 && !m.loading {
		return m.spinner.Tick
	}
	return nil
}

// scroll keeps the cursor on screen.
func (m *Model) scroll() {
	m.offset = common.InView(m.cursor, m.offset, len(m.rows), m.tableHeight())
}

func (m *Model) scrollStep(msg tea.KeyPressMsg) int {
	switch msg.String() {
	case "pgup", "pgdown", "space":
		return max(m.detailHeight()-2, 1)
	}
	return 1
}

func (m *Model) scrollDetail(d int) {
	m.detailOffset = max(0, min(m.maxDetailOffset(), m.detailOffset+d))
}

// wheel scrolls the table, or the detail pane when it has the keys.
func (m *Model) wheel(msg tea.MouseWheelMsg) tea.Cmd {
	d := common.WheelLines(msg)
	if m.filtering || m.confirm != 0 || d == 0 {
		return nil
	}
	if m.detail || (m.wide() && msg.X >= m.tableWidth()) {
		m.scrollDetail(d)
		return nil
	}
	return m.move(d)
}

// click selects the row clicked.
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.filtering || m.confirm != 0 || (m.detail && !m.wide()) || msg.X >= m.tableWidth() {
		return nil
	}
	i := m.offset + msg.Y - m.tableTop()
	if msg.Y >= m.tableTop() && i >= 0 && i < len(m.rows) && i < m.offset+m.tableHeight() {
		m.cursor = i
		m.detail = false
		m.detailOffset = 0
	}
	return nil
}

// recordedMsg is an outcome or an undo written to the log, with the
// message as it stands after it.
type recordedMsg struct {
	ev    outreach.Event
	undid *outreach.Event // the event an undo took back
	entry outreach.Entry
	err   error
}

// record appends outcome o for message id, dated now.
func (m *Model) record(id uint64, o outreach.Outcome) tea.Cmd {
	m.busy = true
	s, now := m.store, m.deps.Now()
	return func() tea.Msg {
		ev, err := s.AppendEvent(outreach.Event{MessageID: id, Outcome: o, At: now, Source: outreach.Manual})
		if err != nil {
			return recordedMsg{err: err}
		}
		e, err := s.Entry(id)
		return recordedMsg{ev: ev, entry: e, err: err}
	}
}

// undoCmd appends a correction that takes back message id's latest
// outcome in force (the rule of inmail outcome --undo), read afresh from
// the log.
func undoCmd(s Store, id uint64, now time.Time) tea.Cmd {
	return func() tea.Msg {
		e, err := s.Entry(id)
		if err != nil {
			return recordedMsg{err: err}
		}
		target, ok := outreach.LatestInForce(e.Events, 0)
		if !ok {
			return recordedMsg{err: outreach.Errorf(outreach.EINVALID, "message %d has no outcome in force to undo", id)}
		}
		ev, err := s.AppendEvent(outreach.Event{MessageID: id, Retracts: target.Seq, At: now, Source: outreach.Manual})
		if err != nil {
			return recordedMsg{err: err}
		}
		e, err = s.Entry(id)
		return recordedMsg{ev: ev, undid: &target, entry: e, err: err}
	}
}

// recorded says what was recorded and updates the message's row where it
// is: the table keeps its order (and its filters) until they change, so
// the cursor stays on the message, u undoes on it, and j goes on to the
// next one. The heading's counts and health are read again.
func (m *Model) recorded(msg recordedMsg) tea.Cmd {
	m.busy = false
	if msg.err != nil {
		return errorCmd(msg.err)
	}
	e := msg.entry
	m.cache.Set(e.ID, e)
	i := m.cursor
	if r, ok := m.selected(); !ok || r.key.ID != e.ID {
		i = slices.IndexFunc(m.rows, func(r row) bool { return r.key.ID == e.ID })
	}
	if i >= 0 {
		m.rows[i] = rowOf(e, m.rows[i])
	}
	var done string
	if msg.undid != nil {
		done = fmt.Sprintf("Took back %s (%s, event %d) on message %d to %s", msg.undid.Outcome, clock(msg.undid.At, m.deps.Now()), msg.undid.Seq, e.ID, common.CandidateName(e.Candidate))
	} else {
		done = fmt.Sprintf("Recorded %s for message %d to %s", msg.ev.Outcome, e.ID, common.CandidateName(e.Candidate))
	}
	now := "now " + e.Words(words.Short)
	if m.q.status != 0 && e.Status != m.q.status {
		now += " (kept in view until the filters change)"
	}
	return tea.Batch(noticeCmd("%s · %s.", done, now), statsCmd(m.store, m.deps.Recruiter, m.deps.Now),
		func() tea.Msg { return common.OutcomeRecorded{} })
}

// rowOf is old's row with the state of e.
func rowOf(e outreach.Entry, old row) row {
	r := old
	r.key = e.AttentionKey()
	r.screened = e.Screened
	r.first = 0
	if !e.FirstResponse.IsZero() {
		r.first = uint32(e.FirstResponse.Sub(e.SentAt) / time.Second)
	}
	return r
}

// copiedMsg says where a copy went.
type copiedMsg struct {
	id    uint64
	what  string
	chars int
	r     clipboard.Result
}

// copy puts part p of the message on the terminal's clipboard (OSC52,
// through Bubble Tea) and the system clipboard (in a command).
func (m *Model) copy(e outreach.Entry, p clipboard.Part) tea.Cmd {
	text, what := p.Pick(e.Subject, e.Body)
	what = strings.TrimPrefix(what, "the ")
	id := e.ID
	return common.CopyCmd(text, m.deps.Copy, func(r clipboard.Result) tea.Msg {
		return copiedMsg{id: id, what: what, chars: utf8.RuneCountInString(text), r: r}
	})
}

func (m *Model) copied(msg copiedMsg) tea.Cmd {
	what := fmt.Sprintf("message %d (%s, %s)", msg.id, msg.what, words.Count(msg.chars, "character"))
	if msg.r.System {
		return noticeCmd("Copied %s to the system clipboard and the terminal's: paste it into LinkedIn.", what)
	}
	why := strings.TrimPrefix(fmt.Sprint(msg.r.SystemErr), "system clipboard: ")
	return noticeCmd("Sent %s to the terminal's clipboard (OSC52); no system clipboard: %s. If paste gives nothing: inmail log copy %d.", what, why, msg.id)
}
