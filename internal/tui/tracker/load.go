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

// Store is what the tracker reads and writes in the log. *store.DB has
// every method.
type Store interface {
	// ForEachFact calls fn with every message's fact record, in id order,
	// until fn returns false. fn must not call the store.
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
	counts [outreach.StatusWithdrawn + 1]int
	health outreach.HealthState
}

// indexMsg is the table's rows, in attention order, and the stats.
type indexMsg struct {
	gen   int
	rows  []row
	stats stats
	dict  outreach.Dict
	names *nameIndex
	err   error
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

// indexCmd reads every fact record once: the rows that match q in
// attention order, and the stats. No message is decoded, except the few
// whose name the reuse index lacks the first time a / filter needs names.
func indexCmd(s Store, q query, names *nameIndex, recruiter string, now func() time.Time, gen int) tea.Cmd {
	return func() tea.Msg {
		t := now()
		msg := indexMsg{gen: gen}
		var err error
		if msg.dict, err = s.Dict(); err != nil {
			return indexMsg{gen: gen, err: err}
		}
		var mt *matcher
		if words := q.words(); len(words) > 0 {
			if names == nil {
				if names, err = buildNames(s); err != nil {
					return indexMsg{gen: gen, err: err}
				}
				msg.names = names
			}
			mt = newMatcher(words, names, msg.dict)
		}
		msg.stats, err = scan(s, msg.dict, recruiter, t, func(f outreach.Fact, st outreach.State) {
			if (q.status != 0 && st.Status != q.status) || (mt != nil && !mt.match(f)) {
				return
			}
			r := row{
				key:      outreach.AttentionKey{ID: f.ID, SentAt: f.SentAt, Status: st.Status, Left: st.Left},
				template: f.Template,
				channel:  f.Channel,
				screened: st.Screened,
			}
			if off, ok := f.FirstResponseOffset(); ok {
				r.first = off
			}
			msg.rows = append(msg.rows, r)
		})
		if err != nil {
			return indexMsg{gen: gen, err: err}
		}
		slices.SortFunc(msg.rows, func(a, b row) int { return outreach.CompareAttention(a.key, b.key) })
		return msg
	}
}

// statsCmd reads the stats again.
func statsCmd(s Store, recruiter string, now func() time.Time) tea.Cmd {
	return func() tea.Msg {
		dict, err := s.Dict()
		if err != nil {
			return statsMsg{err: err}
		}
		st, err := scan(s, dict, recruiter, now(), nil)
		return statsMsg{stats: st, err: err}
	}
}

// scan reads every fact record, counting messages by status at t and
// measuring the recruiter's ("": everyone's) 14-day health; visit, when
// set, sees each fact and its state.
func scan(s Store, dict outreach.Dict, recruiter string, t time.Time, visit func(outreach.Fact, outreach.State)) (stats, error) {
	var out stats
	code, everyone := uint32(0), recruiter == ""
	known := everyone
	if !everyone {
		code, known = dict.Recruiters.Code(recruiter)
	}
	var recent []outreach.Fact // the recruiter's last 14 days, for Health
	from := t.Add(-outreach.HealthPeriod).Unix()
	err := s.ForEachFact(func(f outreach.Fact) bool {
		out.total++
		st := f.State(t)
		out.counts[st.Status]++
		if known && (everyone || f.Recruiter == code) && f.SentAt > from {
			recent = append(recent, f)
		}
		if visit != nil {
			visit(f, st)
		}
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
