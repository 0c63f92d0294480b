package reportview

import (
	"cmp"
	"fmt"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
)

// Store is what the reports screen reads from the log. *store.DB has every
// method.
type Store interface {
	// ForEachFact calls fn with every message's fact record, in id order,
	// until fn returns false. fn must not call the store.
	ForEachFact(fn func(outreach.Fact) bool) error
	// Dict returns the names behind the codes in fact records.
	Dict() (outreach.Dict, error)
	// Message returns one logged message (a drill-down row's candidate
	// and personalization line).
	Message(id uint64) (outreach.Message, error)
}

// grouping is what the table's rows are.
type grouping int

// The groupings, in the order the group key cycles through them.
const (
	byTemplate grouping = iota
	bySeniority
	byRecruiter
	byChannel
	byTemplateSeniority
	byBrief
	groupings // how many there are
)

// String names the grouping in the heading.
func (g grouping) String() string {
	switch g {
	case byTemplate:
		return "template"
	case bySeniority:
		return "seniority"
	case byRecruiter:
		return "recruiter"
	case byChannel:
		return "channel"
	case byTemplateSeniority:
		return "template × seniority"
	case byBrief:
		return "brief"
	}
	return fmt.Sprintf("grouping(%d)", int(g))
}

// dims are the report dimensions of the grouping, as `inmail report --by`
// takes them.
func (g grouping) dims() []report.Dimension {
	switch g {
	case bySeniority:
		return []report.Dimension{report.BySeniority}
	case byRecruiter:
		return []report.Dimension{report.ByRecruiter}
	case byChannel:
		return []report.Dimension{report.ByChannel}
	case byTemplateSeniority:
		return []report.Dimension{report.ByTemplate, report.BySeniority}
	case byBrief:
		return []report.Dimension{report.ByBrief}
	}
	return []report.Dimension{report.ByTemplate}
}

// period is the span of send times the screen covers.
type period int

// The periods, in the order the period key cycles through them.
const (
	allTime period = iota
	last30
	last90
	thisYear
	periods // how many there are
)

// String names the period in the heading.
func (p period) String() string {
	switch p {
	case allTime:
		return "all time"
	case last30:
		return "last 30 days"
	case last90:
		return "last 90 days"
	case thisYear:
		return "this year"
	}
	return fmt.Sprintf("period(%d)", int(p))
}

// since is when the period starts as of now (zero: open), the way
// `inmail report --since 30d` (or 2026-01-01) reads it.
func (p period) since(now time.Time) time.Time {
	switch p {
	case last30:
		return now.AddDate(0, 0, -30)
	case last90:
		return now.AddDate(0, 0, -90)
	case thisYear:
		return time.Date(now.Year(), 1, 1, 0, 0, 0, 0, now.Location())
	}
	return time.Time{}
}

// request is what one computation covers.
type request struct {
	gen    int
	group  grouping
	period period
	now    time.Time // to the second, in the local zone
}

// query is the table's report query: what `inmail report --by ...
// --since ...` asks.
func (r request) query() report.Query {
	return report.Query{By: r.group.dims(), Since: r.period.since(r.now), Now: r.now, Location: r.now.Location()}
}

// trendQuery is the chart's: every template by ISO week.
func (r request) trendQuery() report.Query {
	q := r.query()
	q.By = []report.Dimension{report.ByTemplate, report.ByWeek}
	return q
}

// reportMsg is a finished computation: the table's report and the
// weekly trend.
type reportMsg struct {
	req   request
	rep   report.Report
	trend trend
	err   error
}

// reportCmd runs the table's and the chart's reports in one scan of the
// fact records, off the update loop.
func reportCmd(s Store, req request) tea.Cmd {
	return func() tea.Msg {
		dict, err := s.Dict()
		if err != nil {
			return reportMsg{req: req, err: fmt.Errorf("read the log: %w", err)}
		}
		table := report.NewAggregator(req.query(), dict)
		weekly := report.NewAggregator(req.trendQuery(), dict)
		err = s.ForEachFact(func(f outreach.Fact) bool {
			table.Add(f)
			weekly.Add(f)
			return true
		})
		if err != nil {
			return reportMsg{req: req, err: fmt.Errorf("read the log: %w", err)}
		}
		return reportMsg{req: req, rep: table.Report(), trend: newTrend(weekly.Report())}
	}
}

// drillMsg is one group's messages, newest first, and their numbers.
type drillMsg struct {
	gen     int
	rows    []outreach.Fact
	metrics report.Metrics
	err     error
}

// matcher tells whether a fact belongs to a group, by dictionary codes.
type matcher struct {
	template, seniority, recruiter uint32
	brief                          uint32
	byTemplate, bySeniority        bool
	byRecruiter, byChannel         bool
	byBrief                        bool
	channel                        library.Channel
	since, now                     int64
	open                           bool // no start
}

// newMatcher matches the facts of group k under query q: the same
// messages the report counted in the group, withdrawn ones included. ok
// is false when a name of the key is not in the dictionary (nothing
// matches).
func newMatcher(q report.Query, k report.Key, dict outreach.Dict) (mt matcher, ok bool) {
	mt = matcher{now: q.Now.Unix(), open: q.Since.IsZero()}
	if !mt.open {
		mt.since = q.Since.Unix()
	}
	ok = true
	code := func(names outreach.Names, name string) uint32 {
		c, found := names.Code(name)
		ok = ok && found
		return c
	}
	for _, d := range q.By {
		switch d {
		case report.ByTemplate:
			mt.byTemplate, mt.template = true, code(dict.Templates, k.Template)
		case report.BySeniority:
			mt.bySeniority, mt.seniority = true, code(dict.Seniorities, k.Seniority)
		case report.ByRecruiter:
			mt.byRecruiter, mt.recruiter = true, code(dict.Recruiters, k.Recruiter)
		case report.ByChannel:
			mt.byChannel, mt.channel = true, k.Channel
		case report.ByBrief:
			mt.byBrief, mt.brief = true, code(dict.Briefs, k.Brief)
		}
	}
	return mt, ok
}

func (mt matcher) match(f outreach.Fact) bool {
	return f.SentAt <= mt.now && (mt.open || f.SentAt >= mt.since) &&
		(!mt.byTemplate || f.Template == mt.template) &&
		(!mt.bySeniority || f.Seniority == mt.seniority) &&
		(!mt.byRecruiter || f.Recruiter == mt.recruiter) &&
		(!mt.byChannel || f.Channel == mt.channel) &&
		(!mt.byBrief || f.Brief == mt.brief)
}

// drillCmd reads the fact records of group k's messages, newest first,
// and works out the group's numbers from them (the same as the table's
// row). Only the rows on screen are decoded later (pageCmd).
func drillCmd(s Store, q report.Query, k report.Key, gen int) tea.Cmd {
	return func() tea.Msg {
		dict, err := s.Dict()
		if err != nil {
			return drillMsg{gen: gen, err: fmt.Errorf("read the log: %w", err)}
		}
		mt, ok := newMatcher(q, k, dict)
		total := q
		total.By = nil
		agg := report.NewAggregator(total, dict)
		var rows []outreach.Fact
		if ok {
			err = s.ForEachFact(func(f outreach.Fact) bool {
				if mt.match(f) {
					rows = append(rows, f)
					agg.Add(f)
				}
				return true
			})
		}
		if err != nil {
			return drillMsg{gen: gen, err: fmt.Errorf("read the log: %w", err)}
		}
		slices.SortFunc(rows, func(a, b outreach.Fact) int {
			return cmp.Or(cmp.Compare(b.SentAt, a.SentAt), cmp.Compare(b.ID, a.ID))
		})
		return drillMsg{gen: gen, rows: rows, metrics: agg.Report().Total}
	}
}

// pageMsg carries decoded messages for the drill-down rows on screen.
type pageMsg struct {
	msgs []outreach.Message
	err  error
}

// pageCmd decodes the messages with ids. One that cannot be read is left
// out and its error returned with the rest.
func pageCmd(s Store, ids []uint64) tea.Cmd {
	return func() tea.Msg {
		msg := pageMsg{msgs: make([]outreach.Message, 0, len(ids))}
		for _, id := range ids {
			m, err := s.Message(id)
			if err != nil {
				msg.err = cmp.Or(msg.err, err)
				continue
			}
			msg.msgs = append(msg.msgs, m)
		}
		return msg
	}
}
