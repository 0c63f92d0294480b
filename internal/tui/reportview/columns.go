package reportview

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/inmail/inmail/internal/report"
)

// sortKey is what the table is sorted by.
type sortKey int

// The sort keys, in the order the sort key cycles through them.
const (
	sortName sortKey = iota
	sortSent
	sortRate
	sortPositive
	sortScreen
	sortFirst
	sortAfterFollowUp
	sortKeys // how many there are
)

// String names the sort key in the heading.
func (s sortKey) String() string {
	switch s {
	case sortName:
		return "name"
	case sortSent:
		return "sent"
	case sortRate:
		return "7-day rate"
	case sortPositive:
		return "positive rate"
	case sortScreen:
		return "screen rate"
	case sortFirst:
		return "time to first response"
	case sortAfterFollowUp:
		return "after-follow-up rate"
	}
	return fmt.Sprintf("sortKey(%d)", int(s))
}

// descending is the sort key's first direction: the biggest numbers on
// top, names and times to first response from the smallest.
func (s sortKey) descending() bool { return s != sortName && s != sortFirst }

// value is a group's number for sorting; ok is false when there is none
// (a rate with nothing decided), which sorts last either way.
func (s sortKey) value(m report.Metrics) (v float64, ok bool) {
	rate := func(r report.Rate) (float64, bool) { return r.Value(), r.Known() }
	switch s {
	case sortSent:
		return float64(m.Sent), true
	case sortRate:
		return rate(m.ResponseRate())
	case sortPositive:
		return rate(m.PositiveRate())
	case sortScreen:
		return rate(m.ScreenRate())
	case sortFirst:
		return float64(m.MedianFirstResponse), m.Responded > 0
	case sortAfterFollowUp:
		return rate(m.AfterFollowUpRate())
	}
	return 0, false
}

// sortGroups orders groups by s (desc: biggest first), unknown values
// last, ties (and the name sort) in the report's order, which is by name.
func sortGroups(gs []report.Group, s sortKey, desc bool) []report.Group {
	out := slices.Clone(gs)
	if s == sortName {
		if desc {
			slices.Reverse(out)
		}
		return out
	}
	slices.SortStableFunc(out, func(a, b report.Group) int {
		va, oka := s.value(a.Metrics)
		vb, okb := s.value(b.Metrics)
		switch {
		case !oka || !okb:
			// Known before unknown, whatever the direction.
			return cmp.Compare(boolInt(!oka), boolInt(!okb))
		case desc:
			return cmp.Compare(vb, va)
		}
		return cmp.Compare(va, vb)
	})
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// column is one metric column of the table: report.Columns' heading, rank
// and cell, and the sort key it offers.
type column struct {
	head string
	// rank orders what is left out when the table is too wide: rank 0
	// always shows, then 1, 2 ... while they fit (report.Columns' ranks).
	rank int
	sort sortKey // sortName: not a sort column
	cell func(report.Metrics) string
	// followUps: shown only when something was followed up.
	followUps bool
}

// sortBy is the sort key of each sortable column, by heading.
var sortBy = map[string]sortKey{
	"SENT": sortSent, "RESP 7D": sortRate, "POSITIVE": sortPositive, "SCREEN": sortScreen, "1ST RESP": sortFirst,
	"AFTER FU": sortAfterFollowUp,
}

// columns are the table's metric columns, in the order shown:
// report.Columns without credits returned (BACK in inmail report), which
// depend on the seat in config.yaml that the screen does not read.
var columns = func() []column {
	var cs []column
	for _, c := range report.Columns {
		if !c.Seat {
			cs = append(cs, column{head: c.Head, rank: c.Rank, sort: sortBy[c.Head], cell: c.Cell, followUps: c.FollowUps})
		}
	}
	return cs
}()

// small reports a group with too few decided messages for its rates to
// mean much: the row is dimmed and marked n<30.
func small(m report.Metrics) bool { return m.Decided < report.MinDecided }

// smallMark is the small-sample marker.
const smallMark = "n<30"

// keyCells are a group's key values in the grouping's order.
func keyCells(g grouping, k report.Key) []string {
	dims := g.dims()
	cells := make([]string, len(dims))
	for i, d := range dims {
		cells[i] = k.Value(d)
	}
	return cells
}

// keyLabel is a group's name in a heading: "associate/connect",
// "associate/connect · associate".
func keyLabel(g grouping, k report.Key) string {
	return strings.Join(keyCells(g, k), " · ")
}

// keyID identifies a group across reports, to keep the cursor on it.
func keyID(k report.Key) string {
	return strings.Join([]string{k.Template, k.Seniority, k.Recruiter, k.Channel.String(), k.Brief}, "\x00")
}
