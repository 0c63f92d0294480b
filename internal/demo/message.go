package demo

import (
	"container/heap"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// Messages: a first message to a new candidate, and a follow-up planned
// when it gets no answer.

const (
	// otherLevelShare is how often a first message uses an InMail template
	// of a neighbouring level (a senior associate's template to an
	// associate, say), so that template × seniority is worth reading.
	otherLevelShare = 0.12
	// followUpShare is how many InMails with no answer get a follow-up.
	followUpShare = 0.35
	// recontactShare is how many candidates are contacted again, months
	// later (for another role, by anyone on the team).
	recontactShare = 0.6
)

// plannedContact is a candidate's next first message, due from at.
type plannedContact struct {
	at     int64
	person uint64
	level  int
	// fact is what their first contact named.
	fact factKind
}

// contactHeap orders planned contacts by time, then candidate.
type contactHeap []plannedContact

func (h contactHeap) Len() int { return len(h) }
func (h contactHeap) Less(i, j int) bool {
	return h[i].at < h[j].at || (h[i].at == h[j].at && h[i].person < h[j].person)
}
func (h contactHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *contactHeap) Push(x any)   { *h = append(*h, x.(plannedContact)) }
func (h *contactHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

// plannedFollowUp is a follow-up that will be sent unless the history
// ends first.
type plannedFollowUp struct {
	at        int64  // when, in Unix seconds
	first     uint64 // the id of the InMail it follows up
	person    uint64 // the candidate's number
	level     int
	recruiter int
	// fact is the fact the first message named; the follow-up names the
	// next one.
	fact               factKind
	role, client, hook string
	// chance is the first message's chance of an answer; the follow-up's
	// is a share of it (the follow-up template's base).
	chance float64
}

// followUpHeap orders planned follow-ups by time, then by the id they
// follow up.
type followUpHeap []*plannedFollowUp

func (h followUpHeap) Len() int { return len(h) }
func (h followUpHeap) Less(i, j int) bool {
	return h[i].at < h[j].at || (h[i].at == h[j].at && h[i].first < h[j].first)
}
func (h followUpHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *followUpHeap) Push(x any)   { *h = append(*h, x.(*plannedFollowUp)) }
func (h *followUpHeap) Pop() any {
	old := *h
	v := old[len(old)-1]
	*h = old[:len(old)-1]
	return v
}

// fill renders template t with v into m's subject and body.
func (g *Generator) fill(m *outreach.Message, t *library.Template, v *values) {
	ct, ok := g.compiled[t]
	if !ok {
		ct = compile(t, "\n"+agency)
		g.compiled[t] = ct
	}
	m.Subject = ""
	if t.Channel == library.InMail {
		m.Subject = ct.subject.fill(v, &g.buf)
	}
	m.Body = ct.body.fill(v, &g.buf)
}

// room is how long the line may be in t filled with v (whose line is
// empty), when the channel's limit is near: a connection note's 300
// characters (0 otherwise: no limit). m is scratch.
func (g *Generator) room(m *outreach.Message, t *library.Template, v *values) int {
	if t.Channel != library.Connection {
		return 0
	}
	g.fill(m, t, v)
	return t.Channel.BodyLimit() - utf8Len(m.Body)
}

// message makes the next first message, sent at sentUnix, and its
// events: to a candidate met months before when one is due again,
// otherwise to a new one (appended to cands). It plans its follow-up when
// it gets no answer, and a new candidate's next contact.
func (g *Generator) message(m *outreach.Message, evs []outreach.Event, sentUnix int64, cands *[]outreach.Candidate) []outreach.Event {
	rng := g.rng
	loc := g.end.Location()
	sent := time.Unix(sentUnix, 0).In(loc)
	ri := rng.IntN(len(g.recruiters))
	r := &g.recruiters[ri]
	r.settle(sentUnix, loc)

	// The candidate: one due for another contact, or a new one of a level
	// picked by weight.
	var (
		who   person
		n     uint64
		li    int
		fact  factKind
		fresh = true
	)
	if len(g.recontacts) > 0 && g.recontacts[0].at <= sentUnix {
		c := heap.Pop(&g.recontacts).(plannedContact)
		n, li, fresh = c.person, c.level, false
		who = g.makePerson(n, li, false)
		fact = (c.fact + 2) % factKinds // their first contact named c.fact and, in a follow-up, the next
	} else {
		var total float64
		for _, l := range g.levels {
			total += l.weight
		}
		x := rng.Float64() * total
		for li < len(g.levels)-1 && x >= g.levels[li].weight {
			x -= g.levels[li].weight
			li++
		}
		n = g.people
		g.people++
		who = g.makePerson(n, li, true)
		fact = factKind(rng.IntN(int(factKinds)))
	}

	// A template the seat can pay for: most often one of their level's,
	// sometimes a neighbouring level's InMail.
	lv := &g.levels[li]
	t := pick(rng, lv.all)
	if len(g.levels) > 1 && rng.Float64() < otherLevelShare {
		other := li + 1
		if other == len(g.levels) || (li > 0 && rng.IntN(2) == 0) {
			other = li - 1
		}
		if ims := g.levels[other].inmails; len(ims) > 0 {
			t = pick(rng, ims)
		}
	}
	if t.Channel == library.InMail && r.balance <= 0 {
		switch {
		case lv.connection != nil:
			t = lv.connection
		case g.anyConnect != nil:
			t = g.anyConnect
		}
	}

	role, client, hook := roleFor(li, len(g.levels), who.practice), pick(rng, clients), pick(rng, hooks)
	line := g.compose(m, r, &who, lv.id, t, fact, role, client, hook, sent, 2, 14)
	if t.Channel == library.InMail {
		m.Credits = 1
	}

	chance := g.responseChance(t, r, lv, utf8Len(line), sent)
	evs = g.outcomes(evs, m, chance)
	if m.Credits > 0 && (len(evs) == 0 || evs[0].Outcome != outreach.Withdrawn) {
		r.balance--
		if at, _, ok := outreach.Fold(evs).FirstResponse(); ok && at.Sub(sent) <= outreach.RefundWindow {
			heap.Push(&r.refunds, at.Unix())
		}
	}
	last := sent
	if t.Channel == library.InMail && len(evs) == 0 && lv.followUp != nil && rng.Float64() < followUpShare {
		at := g.followUpTime(sent)
		if !at.After(g.end) {
			heap.Push(&g.pending, &plannedFollowUp{
				at: at.Unix(), first: g.o.FirstID + g.emitted, person: n, level: li, recruiter: ri,
				fact: fact, role: role, client: client, hook: hook, chance: chance,
			})
			last = at
		}
	}
	if !fresh {
		return evs
	}
	if rng.Float64() < recontactShare {
		// Contacted again two months to a year and a half on, by whoever
		// has a role for them then.
		at := sent.Add(time.Duration(60+rng.IntN(480)) * 24 * time.Hour)
		if !at.After(g.end) {
			heap.Push(&g.recontacts, plannedContact{at: at.Unix(), person: n, level: li, fact: fact})
			last = at
		}
	}
	added := m.StartedAt.Add(-time.Duration(1+rng.IntN(3*24*60)) * time.Minute)
	*cands = append(*cands, outreach.Candidate{ID: who.id, Profile: who.profile, AddedAt: added, UpdatedAt: added, LastUsed: last})
	return evs
}

// followUpTime is when a follow-up of a message sent at sent goes: mostly
// a week on (LinkedIn Recruiter's default), some sooner or later, always 3
// to 28 days after it and in working hours on a weekday.
func (g *Generator) followUpTime(sent time.Time) time.Time {
	days := 7.0 + 2*g.rng.NormFloat64()
	if g.rng.Float64() < 0.2 {
		days = 8 + g.rng.ExpFloat64()*6
	}
	d := time.Duration(min(max(days, 3), 26) * float64(24*time.Hour)).Truncate(time.Minute)
	at := sent.Add(d)
	y, mo, day := at.Date()
	switch h := at.Hour(); {
	case h < 8:
		at = time.Date(y, mo, day, 8, at.Minute(), 0, 0, at.Location())
	case h >= 18:
		at = time.Date(y, mo, day, 17, at.Minute(), 0, 0, at.Location())
	}
	for at.Weekday() == time.Saturday || at.Weekday() == time.Sunday {
		at = at.AddDate(0, 0, 1)
	}
	if at.Sub(sent) < outreach.FollowUpEarliest {
		at = sent.Add(outreach.FollowUpEarliest)
	}
	return at
}

// followUp makes the planned follow-up p: the same recruiter, candidate,
// role, client and hook, the level's follow-up template, and a line that
// names another fact of the candidate's.
func (g *Generator) followUp(m *outreach.Message, evs []outreach.Event, p *plannedFollowUp) []outreach.Event {
	lv := &g.levels[p.level]
	r := &g.recruiters[p.recruiter]
	sent := time.Unix(p.at, 0).In(g.end.Location())
	who := g.makePerson(p.person, p.level, false)
	t := lv.followUp
	g.compose(m, r, &who, lv.id, t, (p.fact+1)%factKinds, p.role, p.client, p.hook, sent, 1, 6)
	m.FollowUpOf = p.first
	return g.outcomes(evs, m, min(max(p.chance*g.base[t.ID], 0.02), 0.9))
}

// compose writes to m recruiter r's message to who with template t: the
// line about their fact k, the brief (role, client, hook), sent at sent
// after from to from+spread-1 minutes of writing, rendered. It returns
// the line.
func (g *Generator) compose(m *outreach.Message, r *recruiter, who *person, seniority string, t *library.Template, k factKind,
	role, client, hook string, sent time.Time, from, spread int) string {
	v := values{
		slotFirst: who.first, slotLast: who.last, slotCompany: who.firm, slotTitle: who.title,
		slotRole: role, slotClient: client, slotHook: hook, slotSender: r.name,
	}
	line, ref := who.line(k, g.rng, g.room(m, t, &v))
	v[slotLine] = line
	*m = outreach.Message{
		Recruiter:       r.name,
		Candidate:       outreach.CandidateRef{ID: who.id, Name: who.name, URL: who.url},
		Seniority:       seniority,
		TemplateID:      t.ID,
		TemplateHash:    t.Hash,
		Channel:         t.Channel,
		Personalization: line,
		References:      []outreach.Reference{ref},
		Role:            role,
		Client:          client,
		Hook:            hook,
		StartedAt:       sent.Add(-time.Duration(from+g.rng.IntN(spread)) * time.Minute),
		SentAt:          sent,
	}
	g.fill(m, t, &v)
	return line
}
