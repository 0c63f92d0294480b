package demo

import (
	"container/heap"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// Model constants; the package documentation (demo.go) explains them.
const (
	perRecruiterMonth = 280
	withdrawnShare    = 0.012
	lateShare         = 0.07
	correctionShare   = 0.005
	importShare       = 0.05
	agency            = "Harbour Legal Search"
)

// seat is every recruiter's licence: LinkedIn Recruiter, as outreach.Ledger
// and `inmail credits` count it by default.
var seat = outreach.PresetRecruiter.Seat()

// Options describe a history.
type Options struct {
	// Messages is how many messages to make (at least 1).
	Messages int
	// Seed picks the history; the same seed gives the same one.
	Seed uint64
	// End is when the history ends (normally now); nothing is dated after
	// it. Its location is where the working day is.
	End time.Time
	// Library is the template library; every template in it is used.
	Library *library.Library
	// Batch is how many messages Batches yields at a time (0: BatchSize).
	// It does not change the history.
	Batch int
	// Recruiters are names the history's recruiters start with (the
	// recruiter in config.yaml, so that the log is theirs too); the rest
	// are made up.
	Recruiters []string
	// FirstID is the id the log gives the first message (0: 1, an empty
	// log's): follow-ups name the message they follow up by it.
	FirstID uint64
}

// Summary describes a history before it is made.
type Summary struct {
	Messages   int
	Recruiters []string
	// Templates is how many templates the history uses.
	Templates int
	// Start and End bound the send times.
	Start, End time.Time
}

// recruiter is one sender and their seat.
type recruiter struct {
	name  string
	skill float64
	// balance is the seat's credits left now; month the calendar month it
	// was last topped up (year*12 + month-1).
	balance int
	month   int
	refunds refundHeap
}

// refundHeap holds the Unix times credits come back, earliest first.
type refundHeap []int64

func (h refundHeap) Len() int           { return len(h) }
func (h refundHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h refundHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *refundHeap) Push(x any)        { *h = append(*h, x.(int64)) }
func (h *refundHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

// workSpan is one working day's sending hours, in Unix seconds.
type workSpan struct{ start, length int64 }

// level is one seniority level's templates.
type level struct {
	id         string
	weight     float64
	inmails    []*library.Template
	connection *library.Template // nil when the level has none
	all        []*library.Template
	followUp   *library.Template // nil when the library has none
	// inMailFactor scales InMail response rates (senior lawyers answer
	// fewer InMails).
	inMailFactor float64
}

// Generator makes a history a batch at a time.
type Generator struct {
	o          Options
	rng        *rand.Rand
	start, end time.Time
	recruiters []recruiter
	levels     []level
	anyConnect *library.Template
	base       map[string]float64
	work       []workSpan
	workTotal  int64
	// span and cum track where the last send time fell in work.
	span int
	cum  int64
	// firms and companies are pools of made-up names.
	firms, companies []string
	compiled         map[*library.Template]compiledTemplate
	buf              strings.Builder
	// spaces are the candidates' fact spaces (see people.go); personRng,
	// on personSrc, makes a candidate from their number.
	spaces    factSpaces
	personSrc *rand.PCG
	personRng *rand.Rand
	// emitted counts the messages made so far, follow-ups included;
	// people counts the candidates.
	emitted, people uint64
	// pending are the follow-ups planned and not made yet, soonest first;
	// recontacts the candidates due for another first message.
	pending    followUpHeap
	recontacts contactHeap
}

// New plans a history.
func New(o Options) (*Generator, error) {
	switch {
	case o.Messages < 1:
		return nil, errors.New("a demo history needs at least one message")
	case o.Library == nil || o.Library.Len() == 0:
		return nil, errors.New("a demo history needs at least one template")
	case o.End.IsZero():
		return nil, errors.New("a demo history needs an end time")
	}
	g := &Generator{o: o, rng: rand.New(rand.NewPCG(o.Seed, 0x696e6d61696c)), end: o.End.Truncate(time.Second), base: map[string]float64{}, compiled: map[*library.Template]compiledTemplate{}}
	months := 36
	switch {
	case o.Messages <= 5_000:
		months = 6
	case o.Messages <= 50_000:
		months = 12
	case o.Messages <= 250_000:
		months = 24
	}
	loc := g.end.Location()
	y, m, d := g.end.Date()
	g.start = time.Date(y, m-time.Month(months), d, 0, 0, 0, 0, loc)
	g.planWork()
	if g.workTotal == 0 {
		return nil, errors.New("a demo history needs working days before its end")
	}

	n := max(4, int(math.Ceil(float64(o.Messages)/float64(months*perRecruiterMonth))))
	seen := map[string]bool{}
	for _, name := range o.Recruiters {
		if name = strings.TrimSpace(name); name != "" && !seen[name] {
			seen[name] = true
			g.recruiters = append(g.recruiters, recruiter{name: name, skill: 0.9 + 0.2*g.rng.Float64(), month: -1})
		}
	}
	for len(g.recruiters) < n {
		name := pick(g.rng, firstNames) + " " + pick(g.rng, lastNames)
		if seen[name] {
			continue
		}
		seen[name] = true
		g.recruiters = append(g.recruiters, recruiter{name: name, skill: 0.8 + 0.4*g.rng.Float64(), month: -1})
	}
	for range 120 {
		a, b := pick(g.rng, firmNames), pick(g.rng, firmNames)
		switch g.rng.IntN(3) {
		case 0:
			g.firms = append(g.firms, a+" "+b+" LLP")
		case 1:
			g.firms = append(g.firms, a+" & "+b)
		default:
			g.firms = append(g.firms, a+" "+b+" & "+pick(g.rng, firmNames))
		}
	}
	for _, s := range companyStems {
		for _, k := range companyKinds {
			g.companies = append(g.companies, s+" "+k)
		}
	}
	g.spaces = newFactSpaces(len(g.companies))
	g.personSrc = rand.NewPCG(0, 0)
	g.personRng = rand.New(g.personSrc)

	levels := o.Library.Levels
	for i, lv := range levels {
		l := level{id: lv.ID, weight: 1 / float64(1+i), inMailFactor: 1.1}
		if len(levels) > 1 {
			l.inMailFactor = 1.1 - 0.3*float64(i)/float64(len(levels)-1)
		}
		for _, t := range o.Library.ForLevel(lv.ID) {
			l.all = append(l.all, t)
			if t.Channel == library.Connection {
				if l.connection == nil {
					l.connection = t
				}
				if g.anyConnect == nil {
					g.anyConnect = t
				}
			} else {
				l.inmails = append(l.inmails, t)
			}
		}
		l.followUp, _ = o.Library.FollowUpFor(lv.ID)
		if len(l.all) > 0 {
			g.levels = append(g.levels, l)
		}
	}
	if len(g.levels) == 0 {
		return nil, errors.New("a demo history needs templates in the library's levels")
	}
	for _, t := range o.Library.Templates() {
		h := fnv.New64a()
		h.Write([]byte(t.ID))
		u := float64(h.Sum64()%10_000) / 10_000
		switch t.Channel {
		case library.Connection:
			g.base[t.ID] = 0.30 + 0.14*u
		case library.FollowUp:
			g.base[t.ID] = 0.55 + 0.2*u // of the first message's rate
		default:
			g.base[t.ID] = 0.15 + 0.13*u
		}
	}
	if g.o.FirstID == 0 {
		g.o.FirstID = 1
	}
	return g, nil
}

// planWork lists the sending hours of every weekday from start to end.
func (g *Generator) planWork() {
	loc := g.end.Location()
	for d := g.start; d.Before(g.end); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		y, m, day := d.Date()
		from := time.Date(y, m, day, 8, 0, 0, 0, loc)
		to := time.Date(y, m, day, 18, 0, 0, 0, loc)
		if to.After(g.end) {
			to = g.end
		}
		if to.After(from) {
			g.work = append(g.work, workSpan{from.Unix(), to.Unix() - from.Unix()})
			g.workTotal += to.Unix() - from.Unix()
		}
	}
}

// Summary describes the planned history.
func (g *Generator) Summary() Summary {
	s := Summary{Messages: g.o.Messages, Start: g.start, End: g.end}
	seen := map[*library.Template]bool{}
	for _, l := range g.levels {
		for _, t := range append(slices.Clip(l.all), l.followUp) {
			if t != nil && !seen[t] {
				seen[t] = true
				s.Templates++
			}
		}
	}
	for _, r := range g.recruiters {
		s.Recruiters = append(s.Recruiters, r.name)
	}
	return s
}

// Batch is a part of a history: messages in send order, each with its
// events, and the candidates first messaged in it.
type Batch struct {
	Messages   []outreach.Message
	Events     [][]outreach.Event
	Candidates []outreach.Candidate
}

// Next fills b's Messages and Events (of the same length) with the next
// messages of the history, follow-ups among them when they are due, and
// sets b.Candidates to the candidates they first go to. It returns how
// many messages it made: fewer than len(b.Messages) at the end, then 0.
// b's backing arrays are reused, so the caller must be done with a batch
// before the next call.
func (g *Generator) Next(b *Batch) int {
	b.Candidates = b.Candidates[:0]
	n := 0
	for n < len(b.Messages) && g.emitted < uint64(g.o.Messages) {
		at := g.sendTime()
		evs := b.Events[n][:0]
		if len(g.pending) > 0 && g.pending[0].at <= at {
			p := heap.Pop(&g.pending).(*plannedFollowUp)
			evs = g.followUp(&b.Messages[n], evs, p)
		} else {
			evs = g.message(&b.Messages[n], evs, at, &b.Candidates)
		}
		b.Events[n] = evs
		g.emitted++
		n++
	}
	return n
}

func pick[T any](rng *rand.Rand, s []T) T { return s[rng.IntN(len(s))] }

// sendTime spreads the messages evenly over the working hours, in order:
// the next first message's time, a follow-up due by then going first.
func (g *Generator) sendTime() int64 {
	pos := int64((float64(g.emitted) + g.rng.Float64()) / float64(g.o.Messages) * float64(g.workTotal))
	pos = min(max(pos, 0), g.workTotal-1)
	for g.span < len(g.work)-1 && pos >= g.cum+g.work[g.span].length {
		g.cum += g.work[g.span].length
		g.span++
	}
	return g.work[g.span].start + pos - g.cum
}

// settle brings r's seat up to the moment at: refunds that came before it,
// and a new month's allotment (after the month's refunds, before the cap).
func (r *recruiter) settle(at int64, loc *time.Location) {
	t := time.Unix(at, 0).In(loc)
	y, m, _ := t.Date()
	month := y*12 + int(m) - 1
	for r.month < month {
		if r.month >= 0 {
			// Refunds of the month that is ending count in it.
			next := time.Date(r.month/12, time.Month(r.month%12+2), 1, 0, 0, 0, 0, loc).Unix()
			for len(r.refunds) > 0 && r.refunds[0] < next {
				heap.Pop(&r.refunds)
				r.balance++
			}
			r.month++
		} else {
			r.month = month
		}
		r.balance = min(max(r.balance, 0), seat.Cap-seat.Monthly) + seat.Monthly
	}
	for len(r.refunds) > 0 && r.refunds[0] <= at {
		heap.Pop(&r.refunds)
		r.balance++
	}
}

func utf8Len(s string) int { return len([]rune(s)) }

// responseChance is the chance that a message of template t to level lv,
// from r, with a line of lineLen characters, sent at sent, is answered.
func (g *Generator) responseChance(t *library.Template, r *recruiter, lv *level, lineLen int, sent time.Time) float64 {
	p := g.base[t.ID] * r.skill
	if t.Channel == library.InMail {
		p *= lv.inMailFactor
	}
	progress := float64(sent.Unix()-g.start.Unix()) / float64(g.end.Unix()-g.start.Unix())
	p *= 0.75 + 0.5*progress
	p *= 0.85 + 0.3*float64(min(lineLen, 200))/200
	if sent.Weekday() == time.Friday {
		p *= 0.85
	}
	return min(max(p, 0.02), 0.9)
}

// outcomes makes a message's events, answered with chance p.
func (g *Generator) outcomes(evs []outreach.Event, m *outreach.Message, p float64) []outreach.Event {
	rng := g.rng
	sent := m.SentAt
	var rec time.Time // the last Recorded, so events are recorded in order
	add := func(o outreach.Outcome, at time.Time) {
		if at.After(g.end) {
			return
		}
		ev := outreach.Event{Seq: len(evs) + 1, Outcome: o, At: at, Source: outreach.Manual}
		recorded := at.Add(time.Duration(5+rng.IntN(18*60)) * time.Minute)
		if recorded.Before(rec) {
			recorded = rec
		}
		if recorded.After(g.end) {
			recorded = g.end
		}
		ev.Recorded, rec = recorded, recorded
		if o == outreach.Replied && rng.Float64() < importShare {
			ev.Source = outreach.Import
			ev.Key = fmt.Sprintf("demo:%d:%010d", g.o.Seed, g.emitted)
		}
		evs = append(evs, ev)
	}
	if rng.Float64() < withdrawnShare {
		add(outreach.Withdrawn, sent.Add(time.Duration(2+rng.IntN(58))*time.Minute))
		return evs
	}

	var delay time.Duration
	u := rng.Float64()
	switch {
	case u < p:
		// Log-normal, median 30 hours, inside the window.
		h := 30 * math.Exp(0.85*rng.NormFloat64())
		delay = time.Duration(h * float64(time.Hour))
		if delay > outreach.ResponseWindow || delay < time.Minute {
			delay = time.Duration(rng.Int64N(int64(outreach.ResponseWindow-time.Hour))) + time.Hour
		}
	case u < p+lateShare*(1-p):
		days := min(7+1.0/24+rng.ExpFloat64()*6, 60)
		delay = time.Duration(days * float64(24*time.Hour))
	default:
		return evs
	}
	delay = delay.Truncate(time.Second)
	var kind outreach.Outcome
	v := rng.Float64()
	if m.Channel == library.Connection {
		kind = outreach.Accepted
		if v >= 0.80 {
			kind = outreach.Replied
		}
		if v >= 0.95 {
			kind = outreach.Declined
		}
	} else {
		kind = outreach.Accepted
		if v >= 0.45 {
			kind = outreach.Declined
		}
		if v >= 0.75 {
			kind = outreach.Replied
		}
	}
	at := sent.Add(delay)
	if rng.Float64() < correctionShare {
		// A wrong outcome recorded, then taken back.
		wrong := outreach.Declined
		if kind == outreach.Declined {
			wrong = outreach.Accepted
		}
		before := len(evs)
		add(wrong, at)
		if len(evs) > before {
			wrongEv := evs[len(evs)-1]
			evs = append(evs, outreach.Event{Seq: len(evs) + 1, Outcome: wrong, Retracts: wrongEv.Seq,
				At: wrongEv.Recorded, Recorded: wrongEv.Recorded, Source: outreach.Manual})
		}
	}
	add(kind, at)
	positive := kind != outreach.Declined
	switch {
	case kind == outreach.Accepted && rng.Float64() < 0.35:
		add(outreach.Replied, at.Add(time.Duration(2+rng.IntN(46))*time.Hour))
	case kind == outreach.Declined && rng.Float64() < 0.05:
		add(outreach.Replied, at.Add(time.Duration(24+rng.IntN(48))*time.Hour))
		positive = true
	}
	screen := 0.30
	if delay > outreach.ResponseWindow {
		screen = 0.18
	}
	if positive && rng.Float64() < screen {
		add(outreach.Screened, at.Add(time.Duration(24+rng.IntN(7*24))*time.Hour+time.Duration(rng.IntN(3600))*time.Second))
	}
	return evs
}

// levelTitle is a plausible current title for a level (0 most junior).
func levelTitle(i, n int, practice string) string {
	switch {
	case n > 1 && i == n-1:
		return practice + " Counsel"
	case i > 0:
		return "Senior Associate, " + practice
	}
	return "Associate, " + practice
}

// roleFor is the role a recruiter pitches to a level.
func roleFor(i, n int, practice string) string {
	switch {
	case n > 1 && i == n-1:
		return practice + " Partner"
	case i > 0:
		return "Senior " + practice + " Associate"
	}
	return practice + " Associate"
}
