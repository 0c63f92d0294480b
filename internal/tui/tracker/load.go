package tracker

import (
	"cmp"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/words"
)

// Recorder is a Store that records outcomes on some of the messages it
// shows only (a lead's view of the team's log): CanRecord returns why this
// person may not record on m, or nil. A Store without it records on all.
type Recorder interface {
	CanRecord(m outreach.Message) error
}

// Store is what the tracker reads and writes in the log. *store.DB has
// every method.
type Store interface {
	// Attention returns up to n fact records in the order the tracker
	// lists messages at now: those of status want (0: every status), after
	// the message whose key is after (the zero key: from the top). It reads
	// about n records, not the log.
	Attention(now time.Time, want outreach.Status, after outreach.AttentionKey, n int) ([]outreach.Fact, error)
	// StatusCounts counts the messages by status at now, without reading
	// the log.
	StatusCounts(now time.Time) (outreach.Counts, error)
	// FactsSince calls fn with the fact record of each of recruiter's
	// messages (everyone's for "") sent at or after since, until fn
	// returns false. fn must not call the store.
	FactsSince(recruiter string, since time.Time, fn func(outreach.Fact) bool) error
	// ForEachFact calls fn with every message's fact record, in id order,
	// until fn returns false (the / filter reads them all). fn must not
	// call the store.
	ForEachFact(fn func(outreach.Fact) bool) error
	// Dict returns the names behind the codes in fact records.
	Dict() (outreach.Dict, error)
	// PriorLines returns every message's candidate and line from the reuse
	// index (no message decoded), for the / filter over names.
	PriorLines() ([]outreach.PriorLine, error)
	// Message returns one logged message (a name the reuse index lacks).
	Message(id uint64) (outreach.Message, error)
	// Entry returns a message with its events and its state now.
	Entry(id uint64) (outreach.Entry, error)
	// AppendEvent records an outcome or a correction (Retracts > 0).
	AppendEvent(ev outreach.Event) (outreach.Event, error)
}

// row is one message in the table, read from its fact record: everything
// the table shows but the candidate's name, which needs the message
// decoded. It is small because a log can hold a million of them.
type row struct {
	key      outreach.AttentionKey
	template uint32
	// first is the first response's delay after the send, in seconds
	// (responded and late messages).
	first    uint32
	channel  library.Channel
	screened bool
}

// at is the row's status and time left at now: the table was read at one
// moment, and an awaiting message whose window has closed since has no
// response (the clock in the status bar redraws the screen each minute).
func (r row) at(now time.Time) (outreach.Status, time.Duration) {
	if r.key.Status != outreach.StatusAwaiting {
		return r.key.Status, 0
	}
	left := outreach.Deadline(time.Unix(r.key.SentAt, 0)).Sub(now)
	if left < 0 {
		return outreach.StatusNone, 0
	}
	return outreach.StatusAwaiting, left
}

// words says where the row's message stands at now.
func (r row) words(now time.Time) string {
	s, left := r.at(now)
	return outreach.StatusWords(s, left, time.Duration(r.first)*time.Second, r.screened, words.Short)
}

// query is what the table shows: a status (0: every status) and the
// words of the / filter.
type query struct {
	status outreach.Status
	text   string
}

func (q query) words() []string { return strings.Fields(strings.ToLower(q.text)) }

// filtered reports whether the query hides anything.
func (q query) filtered() bool { return q.status != 0 || strings.TrimSpace(q.text) != "" }

// stats is what the heading says about the whole log.
type stats struct {
	total  int
	counts outreach.Counts
	health outreach.HealthState
}

// Pages: the first is a few screens, so the first table costs what it
// shows; each later one is as long as the rows read so far, up to
// maxPage, so a jump to the last of a million rows takes a few dozen reads.
const (
	firstPage = 200
	maxPage   = 50000
)

// pager is where the next page of the table starts. A / filter reads
// every match at once, so its table has no next page.
type pager struct {
	status outreach.Status       // the status filter (0: every status)
	after  outreach.AttentionKey // the key of the last row read
	more   bool                  // rows may follow
	// total is how many rows the view held by the counts when it was
	// read, for "row i of N" before the last page.
	total int
}

// indexMsg is the table's first rows, in attention order (every row,
// under a / filter), where the next page starts, and the stats.
type indexMsg struct {
	gen   int
	rows  []row
	page  pager
	stats stats
	dict  outreach.Dict
	names *nameIndex
	err   error
}

// rowsMsg is a later page of rows.
type rowsMsg struct {
	gen  int
	rows []row
	page pager
	err  error
}

// statsMsg is the stats alone, read again after an outcome.
type statsMsg struct {
	stats stats
	err   error
}

// nameIndex is every message's candidate name, for the / filter: the
// distinct names lower-cased, and each message id's name (index+1; 0 for
// unknown). It is built from the reuse index on the first filter and kept
// until the tracker reloads.
type nameIndex struct {
	names []string
	of    []uint32
}

func (n *nameIndex) name(id uint64) (int, bool) {
	if id >= uint64(len(n.of)) || n.of[id] == 0 {
		return 0, false
	}
	return int(n.of[id] - 1), true
}

// buildNames reads the reuse index, and decodes the few messages it lacks
// (an empty personalization line is not indexed).
func buildNames(s Store) (*nameIndex, error) {
	lines, err := s.PriorLines()
	if err != nil {
		return nil, err
	}
	n := &nameIndex{}
	seen := map[string]uint32{}
	set := func(id uint64, name string) {
		name = strings.ToLower(strings.Join(strings.Fields(name), " "))
		c, ok := seen[name]
		if !ok {
			n.names = append(n.names, name)
			c = uint32(len(n.names))
			seen[name] = c
		}
		if id >= uint64(len(n.of)) {
			n.of = slices.Grow(n.of, int(id)+1-len(n.of))[:id+1]
		}
		n.of[id] = c
	}
	for _, p := range lines {
		set(p.MessageID, p.CandidateName)
	}
	var missing []uint64
	err = s.ForEachFact(func(f outreach.Fact) bool {
		if _, ok := n.name(f.ID); !ok {
			missing = append(missing, f.ID)
		}
		return true
	})
	if err != nil {
		return nil, err
	}
	for _, id := range missing {
		m, err := s.Message(id)
		if err != nil {
			return nil, err
		}
		set(id, m.Candidate.Name)
	}
	return n, nil
}

// matcher tests a message against the / filter's words: every word is in
// the candidate's name or the template id.
type matcher struct {
	all      uint64
	nameMask []uint64
	tmplMask []uint64
	names    *nameIndex
}

func newMatcher(words []string, names *nameIndex, dict outreach.Dict) *matcher {
	words = words[:min(len(words), 64)]
	mask := func(s string) uint64 {
		var m uint64
		for i, w := range words {
			if strings.Contains(s, w) {
				m |= 1 << i
			}
		}
		return m
	}
	mt := &matcher{all: 1<<len(words) - 1, names: names}
	mt.nameMask = make([]uint64, len(names.names))
	for i, n := range names.names {
		mt.nameMask[i] = mask(n)
	}
	mt.tmplMask = make([]uint64, len(dict.Templates))
	for i, t := range dict.Templates {
		mt.tmplMask[i] = mask(strings.ToLower(t))
	}
	return mt
}

func (mt *matcher) match(f outreach.Fact) bool {
	var m uint64
	if i, ok := mt.names.name(f.ID); ok {
		m = mt.nameMask[i]
	}
	if int64(f.Template) < int64(len(mt.tmplMask)) {
		m |= mt.tmplMask[f.Template]
	}
	return m == mt.all
}

// indexCmd reads the table's first n rows for q (n at least firstPage)
// from the store's attention index, and the stats from its counts and the
// recruiter's last 14 days: no sort of the log. A / filter reads every
// fact record instead, keeping the matches; no message is decoded, except
// the few whose name the reuse index lacks the first time a / filter needs
// names.
func indexCmd(s Store, q query, names *nameIndex, recruiter string, n int, now func() time.Time, gen int) tea.Cmd {
	return func() tea.Msg {
		t := now()
		msg := indexMsg{gen: gen}
		var err error
		if msg.dict, err = s.Dict(); err != nil {
			return indexMsg{gen: gen, err: err}
		}
		if msg.stats, err = readStats(s, recruiter, t); err != nil {
			return indexMsg{gen: gen, err: err}
		}
		words := q.words()
		if len(words) == 0 {
			p := pager{status: q.status, more: true, total: msg.stats.counts[q.status]}
			msg.rows, msg.page, err = readRows(s, p, max(n, firstPage), t)
			if err != nil {
				return indexMsg{gen: gen, err: err}
			}
			return msg
		}
		if names == nil {
			if names, err = buildNames(s); err != nil {
				return indexMsg{gen: gen, err: err}
			}
			msg.names = names
		}
		mt := newMatcher(words, names, msg.dict)
		err = s.ForEachFact(func(f outreach.Fact) bool {
			if r := factRow(f, t); (q.status == 0 || r.key.Status == q.status) && mt.match(f) {
				msg.rows = append(msg.rows, r)
			}
			return true
		})
		if err != nil {
			return indexMsg{gen: gen, err: err}
		}
		slices.SortFunc(msg.rows, func(a, b row) int { return outreach.CompareAttention(a.key, b.key) })
		return msg
	}
}

// moreCmd reads the n rows after page's. Each page is read at the clock's
// time: the store answers from its index only as of a moment after every
// outcome recorded, and the tracker records them as it goes. A message
// whose place changed since the rows before were read (an outcome, a
// window that closed) can come again; the table leaves it out.
func moreCmd(s Store, page pager, n int, now func() time.Time, gen int) tea.Cmd {
	return func() tea.Msg {
		rows, page, err := readRows(s, page, n, now())
		return rowsMsg{gen: gen, rows: rows, page: page, err: err}
	}
}

// readRows reads up to n rows from page on at now, in reads of maxPage
// at most, and returns where the next page starts.
func readRows(s Store, page pager, n int, now time.Time) ([]row, pager, error) {
	var rows []row
	for n > 0 && page.more {
		size := min(n, maxPage)
		facts, err := s.Attention(now, page.status, page.after, size)
		if err != nil {
			return nil, page, err
		}
		for _, f := range facts {
			rows = append(rows, factRow(f, now))
		}
		n -= len(facts)
		page.more = len(facts) == size
		if len(facts) > 0 {
			page.after = facts[len(facts)-1].AttentionKey(now)
		}
	}
	return rows, page, nil
}

// factRow is fact f's row at now.
func factRow(f outreach.Fact, now time.Time) row {
	st := f.State(now)
	r := row{
		key:      outreach.AttentionKey{ID: f.ID, SentAt: f.SentAt, Status: st.Status, Left: st.Left},
		template: f.Template,
		channel:  f.Channel,
		screened: st.Screened,
	}
	if off, ok := f.FirstResponseOffset(); ok {
		r.first = off
	}
	return r
}

// statsCmd reads the stats again.
func statsCmd(s Store, recruiter string, now func() time.Time) tea.Cmd {
	return func() tea.Msg {
		st, err := readStats(s, recruiter, now())
		return statsMsg{stats: st, err: err}
	}
}

// readStats counts the messages by status at t from the store's index and
// measures the recruiter's ("": everyone's) 14-day health from the
// messages they sent in that time.
func readStats(s Store, recruiter string, t time.Time) (stats, error) {
	var out stats
	var err error
	if out.counts, err = s.StatusCounts(t); err != nil {
		return out, err
	}
	out.total = out.counts[0]
	var recent []outreach.Fact
	err = s.FactsSince(recruiter, t.Add(-outreach.HealthPeriod), func(f outreach.Fact) bool {
		recent = append(recent, f)
		return true
	})
	out.health = outreach.Health(slices.Values(recent), t)
	return out, err
}

// pageMsg carries decoded messages for the rows on screen.
type pageMsg struct {
	entries []outreach.Entry
	err     error
}

// pageCmd decodes the messages with ids. One that cannot be read is left
// out and its error returned with the rest.
func pageCmd(s Store, ids []uint64) tea.Cmd {
	return func() tea.Msg {
		msg := pageMsg{entries: make([]outreach.Entry, 0, len(ids))}
		for _, id := range ids {
			e, err := s.Entry(id)
			if err != nil {
				msg.err = cmp.Or(msg.err, err)
				continue
			}
			msg.entries = append(msg.entries, e)
		}
		return msg
	}
}

// idSet holds message ids, a bit each: the rows of a paged table, so a
// message that comes again on a later page is not listed twice. Ids are
// dense from 1, so a million take 125 kB.
type idSet []uint64

func (s idSet) has(id uint64) bool { return id/64 < uint64(len(s)) && s[id/64]&(1<<(id%64)) != 0 }

func (s *idSet) add(id uint64) {
	if i := int(id / 64); i >= len(*s) {
		*s = append(*s, make([]uint64, i+1-len(*s))...)
	}
	(*s)[id/64] |= 1 << (id % 64)
}
