package report

import (
	"cmp"
	"iter"
	"math/bits"
	"slices"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// Window lengths in seconds, as facts store outcome offsets.
const (
	windowSeconds = int64(outreach.ResponseWindow / time.Second)
	refundSeconds = int64(outreach.RefundWindow / time.Second)
)

// gkey is a group's key while aggregating: dictionary codes and period
// starts (Unix seconds), zero for dimensions not grouped by. Small and
// comparable, so the per-fact map lookup is cheap.
type gkey struct {
	template, seniority, recruiter, brief uint32
	channel                               library.Channel
	week, month                           int64
}

// acc accumulates one group.
type acc struct {
	m Metrics
	// firstResponse holds the seconds to first response of the responded
	// messages; plen the personalization lengths of the sent ones. Both
	// give exact medians.
	firstResponse []uint32
	plen          []uint16
}

// period caches the calendar period (a week or a month) of the last fact:
// facts come in id order, which is nearly send order, so most facts fall
// in the period of the one before and need no calendar arithmetic.
type period struct {
	lo, hi int64 // [lo, hi) in Unix seconds
	month  bool
	loc    *time.Location
	// idx numbers the periods seen, in order of first sight, so a group
	// key can hold a period in a few bits.
	idx   uint64
	index map[int64]uint64
}

// number returns the number of the period holding sent, and its start.
func (p *period) number(sent int64) (uint64, int64) {
	if sent < p.lo || sent >= p.hi {
		p.start(sent)
		i, ok := p.index[p.lo]
		if !ok {
			i = uint64(len(p.index))
			p.index[p.lo] = i
		}
		p.idx = i
	}
	return p.idx, p.lo
}

// start returns the start of the period holding sent.
func (p *period) start(sent int64) int64 {
	if sent >= p.lo && sent < p.hi {
		return p.lo
	}
	t := time.Unix(sent, 0).In(p.loc)
	y, m, d := t.Date()
	var lo, hi time.Time
	if p.month {
		lo = time.Date(y, m, 1, 0, 0, 0, 0, p.loc)
		hi = time.Date(y, m+1, 1, 0, 0, 0, 0, p.loc)
	} else {
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		lo = time.Date(y, m, d-back, 0, 0, 0, 0, p.loc)
		hi = time.Date(y, m, d-back+7, 0, 0, 0, 0, p.loc)
	}
	p.lo, p.hi = lo.Unix(), hi.Unix()
	return p.lo
}

// Aggregator builds a report one fact at a time, so a caller can feed it
// from a store scan (and show progress, or stop) without holding the facts.
// It is not safe for concurrent use.
type Aggregator struct {
	q    Query
	dict outreach.Dict
	now  int64
	// since and until bound SentAt; hasSince/hasUntil say whether they
	// apply.
	since, until       int64
	hasSince, hasUntil bool
	// recruiters and templates, when non-nil, are the codes kept.
	recruiters, templates outreach.CodeSet
	by                    [dimensions]bool
	refunds               bool
	week, month           period

	// Groups are found by a packed key: each grouped dimension's code (or
	// period number) in the bits its dictionary needs (widths), looked up
	// in dense when the key has at most denseBits bits, else in packed.
	// A code too wide for its field (a name logged after the dictionary
	// was read) goes through index, keyed by the whole gkey.
	widths [dimensions]uint8
	dense  []int32 // group number + 1; 0 for none
	packed map[uint64]int
	index  map[gkey]int
	keys   []gkey
	accs   []*acc
	// last is the most recent packed key, a one-entry cache.
	last    uint64
	lastAcc *acc
	// followed holds the group of each message counted so far with a
	// follow-up whose fact has not come yet, by the message's id.
	followed map[uint64]*acc
}

// denseBits is the widest packed key looked up in a slice (64K entries).
const denseBits = 16

// periodBits is the width of a week or month number in a packed key.
const periodBits = 14

// NewAggregator starts a report for q over facts whose codes are in dict.
func NewAggregator(q Query, dict outreach.Dict) *Aggregator {
	a := &Aggregator{
		q:       q,
		dict:    dict,
		now:     q.Now.Unix(),
		refunds: q.Seat.Refunds,
		index:   map[gkey]int{},
	}
	if !q.Since.IsZero() {
		a.since, a.hasSince = q.Since.Unix(), true
	}
	if !q.Until.IsZero() {
		a.until, a.hasUntil = q.Until.Unix(), true
	}
	a.recruiters = dict.Recruiters.Set(q.Recruiters)
	a.templates = dict.Templates.Set(q.Templates)
	for _, d := range q.By {
		if d >= ByTemplate && d < dimensions {
			a.by[d] = true
		}
	}
	loc := q.location()
	a.week = period{lo: 1, hi: 0, loc: loc, index: map[int64]uint64{}}
	a.month = period{lo: 1, hi: 0, month: true, loc: loc, index: map[int64]uint64{}}
	width := func(n int) uint8 { return uint8(bits.Len(uint(max(n-1, 1)))) }
	total := 0
	for d, on := range a.by {
		if !on {
			continue
		}
		switch Dimension(d) {
		case ByTemplate:
			a.widths[d] = width(len(dict.Templates))
		case BySeniority:
			a.widths[d] = width(len(dict.Seniorities))
		case ByRecruiter:
			a.widths[d] = width(len(dict.Recruiters))
		case ByBrief:
			a.widths[d] = width(len(dict.Briefs))
		case ByChannel:
			a.widths[d] = 8
		case ByWeek, ByMonth:
			a.widths[d] = periodBits
		}
		total += int(a.widths[d])
	}
	switch {
	case total <= denseBits:
		a.dense = make([]int32, 1<<total)
	case total <= 64:
		a.packed = map[uint64]int{}
	default:
		a.widths = [dimensions]uint8{} // every fact takes the gkey path
	}
	return a
}

// Add counts one fact. Facts the query leaves out are ignored. A
// follow-up is counted in the group of the message it follows up, which
// comes before it; feed facts in id order, as the store scans them.
func (a *Aggregator) Add(f outreach.Fact) {
	if f.IsFollowUp() {
		// Its first message came before it (ids follow the log's order):
		// count it in that message's group, if the query kept it.
		if g, ok := a.followed[f.FollowUpOf]; ok {
			delete(a.followed, f.FollowUpOf)
			a.followUp(f, &g.m)
		}
		return
	}
	age := a.now - f.SentAt
	if age < 0 ||
		(a.hasSince && f.SentAt < a.since) || (a.hasUntil && f.SentAt >= a.until) ||
		!a.recruiters.Has(f.Recruiter) || !a.templates.Has(f.Template) {
		return
	}
	g := a.group(f)
	m := &g.m

	// occurred returns outcome o's offset when it happened by now.
	occurred := func(o outreach.Outcome) (int64, bool) {
		d, ok := f.Offset(o)
		return int64(d), ok && int64(d) <= age
	}
	if _, ok := occurred(outreach.Withdrawn); ok {
		m.Withdrawn++
		return
	}
	m.Sent++
	g.plen = append(g.plen, f.PersonalizationLen)

	// The first accept, decline or reply by now; on a tie the order is
	// accepted, declined, replied, as outreach.OutcomeTimes.FirstResponse.
	first, which := int64(-1), outreach.Outcome(0)
	for _, o := range [3]outreach.Outcome{outreach.Accepted, outreach.Declined, outreach.Replied} {
		if d, ok := occurred(o); ok && (which == 0 || d < first) {
			first, which = d, o
		}
	}
	if f.Channel == library.InMail {
		spent := int(f.Credits)
		m.CreditsSpent += spent
		if a.refunds && which != 0 && first <= refundSeconds {
			m.CreditsReturned += spent
		}
	}
	if f.FollowedUp() {
		if a.followed == nil {
			a.followed = map[uint64]*acc{}
		}
		a.followed[f.ID] = g
	}
	if age <= windowSeconds {
		m.WindowOpen++
		if which == 0 {
			m.Awaiting++ // outreach.StatusOf's awaiting: window open, no response by now
		}
		return
	}
	m.Decided++
	switch {
	case which != 0 && first <= windowSeconds:
		m.Responded++
		switch which {
		case outreach.Accepted:
			m.Accepted++
		case outreach.Declined:
			m.Declined++
		default:
			m.Replied++
		}
		g.firstResponse = append(g.firstResponse, uint32(first))
	case which != 0:
		m.Late++
	default:
		m.NoResponse++
	}
	// The window has closed, so an offset within it has happened by now.
	if d, ok := f.Offset(outreach.Accepted); ok && int64(d) <= windowSeconds {
		m.Positive++
	} else if d, ok := f.Offset(outreach.Replied); ok && int64(d) <= windowSeconds {
		m.Positive++
	}
	if _, ok := occurred(outreach.Screened); ok {
		m.Screened++
	}
}

// followUp counts the follow-up fu in m, its first message's group: sent
// by the report's moment and not withdrawn, it is a follow-up; its credit,
// when it charged one, is spent (and given back for a response within the
// refund window); once its own 7-day window has closed it is decided, and
// responded after the follow-up when its first accept, decline or reply
// came within 7 days of it.
func (a *Aggregator) followUp(fu outreach.Fact, m *Metrics) {
	age := a.now - fu.SentAt
	if age < 0 {
		return
	}
	occurred := func(o outreach.Outcome) (int64, bool) {
		d, ok := fu.Offset(o)
		return int64(d), ok && int64(d) <= age
	}
	if _, ok := occurred(outreach.Withdrawn); ok {
		return
	}
	m.FollowedUp++
	first, answered := int64(-1), false
	for _, o := range [3]outreach.Outcome{outreach.Accepted, outreach.Declined, outreach.Replied} {
		if d, ok := occurred(o); ok && (!answered || d < first) {
			first, answered = d, true
		}
	}
	if fu.Channel == library.FollowUp {
		spent := int(fu.Credits)
		m.CreditsSpent += spent
		if a.refunds && answered && first <= refundSeconds {
			m.CreditsReturned += spent
		}
	}
	if age <= windowSeconds {
		return
	}
	m.FollowUpDecided++
	if answered && first <= windowSeconds {
		m.AfterFollowUp++
	}
}

// group returns the accumulator of f's group, creating it.
func (a *Aggregator) group(f outreach.Fact) *acc {
	var key uint64
	fits := a.dense != nil || a.packed != nil
	put := func(v uint64, w uint8) {
		fits = fits && v < 1<<w
		key = key<<w | v
	}
	var week, month int64
	if a.by[ByTemplate] {
		put(uint64(f.Template), a.widths[ByTemplate])
	}
	if a.by[BySeniority] {
		put(uint64(f.Seniority), a.widths[BySeniority])
	}
	if a.by[ByRecruiter] {
		put(uint64(f.Recruiter), a.widths[ByRecruiter])
	}
	if a.by[ByChannel] {
		put(uint64(f.Channel), a.widths[ByChannel])
	}
	if a.by[ByBrief] {
		put(uint64(f.Brief), a.widths[ByBrief])
	}
	if a.by[ByWeek] {
		var n uint64
		n, week = a.week.number(f.SentAt)
		put(n, a.widths[ByWeek])
	}
	if a.by[ByMonth] {
		var n uint64
		n, month = a.month.number(f.SentAt)
		put(n, a.widths[ByMonth])
	}
	if fits && a.lastAcc != nil && key == a.last {
		return a.lastAcc
	}
	k := gkey{week: week, month: month}
	if a.by[ByTemplate] {
		k.template = f.Template
	}
	if a.by[BySeniority] {
		k.seniority = f.Seniority
	}
	if a.by[ByRecruiter] {
		k.recruiter = f.Recruiter
	}
	if a.by[ByChannel] {
		k.channel = f.Channel
	}
	if a.by[ByBrief] {
		k.brief = f.Brief
	}
	var i int
	switch {
	case fits && a.dense != nil:
		if i = int(a.dense[key]) - 1; i < 0 {
			i = a.newGroup(k)
			a.dense[key] = int32(i + 1)
		}
	case fits:
		var ok bool
		if i, ok = a.packed[key]; !ok {
			i = a.newGroup(k)
			a.packed[key] = i
		}
	default:
		return a.accs[a.newGroup(k)]
	}
	a.last, a.lastAcc = key, a.accs[i]
	return a.lastAcc
}

// newGroup returns the number of k's group, making it when it is new.
// Every group is in index, so a group reached both by a packed key and,
// after a code outgrew its field, by its gkey is one group.
func (a *Aggregator) newGroup(k gkey) int {
	i, ok := a.index[k]
	if !ok {
		i = len(a.accs)
		a.index[k] = i
		a.keys = append(a.keys, k)
		a.accs = append(a.accs, &acc{})
	}
	return i
}

// Report returns the report of the facts added so far. The aggregator can
// take more facts afterwards.
func (a *Aggregator) Report() Report {
	loc := a.q.location()
	r := Report{Query: a.q, Groups: make([]Group, len(a.accs))}
	var allFirst []uint32
	var allLen []uint16
	for i, g := range a.accs {
		k := a.keys[i]
		key := Key{
			Template:  a.dict.Templates.Name(k.template),
			Seniority: a.dict.Seniorities.Name(k.seniority),
			Recruiter: a.dict.Recruiters.Name(k.recruiter),
			Brief:     a.dict.Briefs.Name(k.brief),
			Channel:   k.channel,
		}
		if a.by[ByWeek] {
			key.Week = time.Unix(k.week, 0).In(loc)
		}
		if a.by[ByMonth] {
			key.Month = time.Unix(k.month, 0).In(loc)
		}
		m := g.m
		m.MedianFirstResponse = medianSeconds(g.firstResponse)
		m.MedianPersonalization = medianLength(g.plen)
		r.Groups[i] = Group{Key: key, Metrics: m}
		r.Total.add(g.m)
		if len(a.accs) > 1 {
			allFirst = append(allFirst, g.firstResponse...)
			allLen = append(allLen, g.plen...)
		} else {
			allFirst, allLen = g.firstResponse, g.plen
		}
	}
	r.Total.MedianFirstResponse = medianSeconds(allFirst)
	r.Total.MedianPersonalization = medianLength(allLen)
	slices.SortFunc(r.Groups, func(x, y Group) int {
		for _, d := range a.q.By {
			if c := compareKeys(d, x.Key, y.Key); c != 0 {
				return c
			}
		}
		return 0
	})
	return r
}

// add sums the counts of o into m (medians are not summable; the caller
// sets them).
func (m *Metrics) add(o Metrics) {
	m.Sent += o.Sent
	m.Withdrawn += o.Withdrawn
	m.WindowOpen += o.WindowOpen
	m.Awaiting += o.Awaiting
	m.Decided += o.Decided
	m.Responded += o.Responded
	m.Late += o.Late
	m.NoResponse += o.NoResponse
	m.Accepted += o.Accepted
	m.Declined += o.Declined
	m.Replied += o.Replied
	m.Positive += o.Positive
	m.Screened += o.Screened
	m.CreditsSpent += o.CreditsSpent
	m.CreditsReturned += o.CreditsReturned
	m.FollowedUp += o.FollowedUp
	m.FollowUpDecided += o.FollowUpDecided
	m.AfterFollowUp += o.AfterFollowUp
}

func compareKeys(d Dimension, x, y Key) int {
	switch d {
	case ByTemplate:
		return cmp.Compare(x.Template, y.Template)
	case BySeniority:
		return cmp.Compare(x.Seniority, y.Seniority)
	case ByRecruiter:
		return cmp.Compare(x.Recruiter, y.Recruiter)
	case ByChannel:
		return cmp.Compare(x.Channel, y.Channel)
	case ByWeek:
		return x.Week.Compare(y.Week)
	case ByMonth:
		return x.Month.Compare(y.Month)
	case ByBrief:
		return cmp.Compare(x.Brief, y.Brief)
	}
	return 0
}

// Build runs q over facts: the whole report in one call, for callers that
// have an iterator (a store scan wrapped as one, or a slice in a test).
func Build(q Query, dict outreach.Dict, facts iter.Seq[outreach.Fact]) Report {
	a := NewAggregator(q, dict)
	for f := range facts {
		a.Add(f)
	}
	return a.Report()
}
