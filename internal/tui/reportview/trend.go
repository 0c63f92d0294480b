package reportview

import (
	"time"

	"github.com/inmail/inmail/internal/report"
)

// trend is the weekly 7-day response rate of every template: the report
// by template and ISO week, laid out for a chart.
type trend struct {
	// weeks are the Mondays (00:00, local) from the first week with a
	// message to the last, every week in between included.
	weeks  []time.Time
	series []series
}

// series is one template's weeks.
type series struct {
	template string
	// points are aligned with trend.weeks.
	points []point
	// total is the template's 7-day response rate over the whole period.
	total report.Rate
}

// point is one template's week.
type point struct {
	// decided messages (7-day window closed) and those of them that got a
	// response within 7 days; awaiting ones are in neither.
	decided, responded int
}

// known reports whether the week has a rate.
func (p point) known() bool { return p.decided > 0 }

// rate is responded / decided (0 when unknown).
func (p point) rate() float64 {
	if p.decided == 0 {
		return 0
	}
	return float64(p.responded) / float64(p.decided)
}

// small reports a week with too few decided messages for its rate to
// mean much (report.MinDecided).
func (p point) small() bool { return p.decided < report.MinDecided }

// newTrend lays out a report grouped by template and week.
func newTrend(r report.Report) trend {
	var t trend
	if len(r.Groups) == 0 {
		return t
	}
	first, last := r.Groups[0].Key.Week, r.Groups[0].Key.Week
	for _, g := range r.Groups {
		if g.Key.Week.Before(first) {
			first = g.Key.Week
		}
		if g.Key.Week.After(last) {
			last = g.Key.Week
		}
	}
	index := map[int64]int{}
	for w := first; !w.After(last); w = w.AddDate(0, 0, 7) {
		index[w.Unix()] = len(t.weeks)
		t.weeks = append(t.weeks, w)
	}
	for _, g := range r.Groups {
		if n := len(t.series); n == 0 || t.series[n-1].template != g.Key.Template {
			t.series = append(t.series, series{template: g.Key.Template, points: make([]point, len(t.weeks))})
		}
		s := &t.series[len(t.series)-1]
		i, ok := index[g.Key.Week.Unix()]
		if !ok {
			continue
		}
		s.points[i] = point{decided: g.Decided, responded: g.Responded}
		s.total.Count += g.Responded
		s.total.Of += g.Decided
	}
	return t
}

// find returns the index of template's series, or -1.
func (t trend) find(template string) int {
	for i, s := range t.series {
		if s.template == template {
			return i
		}
	}
	return -1
}
