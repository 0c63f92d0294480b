package demo

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// Demo candidates. Each candidate is made from its number alone (and the
// seed), so nothing about them is kept in memory between their messages.
// A profile carries four facts a mail merge could not fill: the matter of
// their current position, one from their previous position, a publication
// and a talk. Each fact is a tuple of made-up names taken, by a bijection
// of the candidate's number (see space), from a space of millions, so no
// two candidates share one; every personalization line names one fact of
// its candidate, and a candidate's messages name different facts, so every
// line in a history is unique and is about something on its candidate's
// profile. Profile URLs are in the member-id form LinkedIn Recruiter
// exports (linkedin.com/in/ACoAA…), numbered in the order candidates are
// made.

// factKind is which of a candidate's facts a line names.
type factKind uint8

const (
	factDeal    factKind = iota // experience[0]: the current matter
	factEarlier                 // experience[1]: a matter at the previous firm
	factPaper                   // publications[0]
	factTalk                    // projects[0]
	factKinds
)

// person is one made-up candidate with the facts their lines name.
type person struct {
	// profile is the whole profile (left empty when only the facts and
	// the name were asked for).
	profile profile.Profile
	// id is the candidate's id: the profile URL as the log keys it.
	first, last, name, url, id, firm, title, practice string
	// level is the index of their seniority level in the library.
	level int
	// facts[k] are the parts of fact k a line can name.
	deal, earlier dealFact
	paper         paperFact
	talk          talkFact
}

// dealFact is a matter: a client, what it did and with whom.
type dealFact struct {
	client, kind, other, firm string
	// amount is "£350m " or "" (see amounts).
	amount string
}

// what is the matter as a line names it: "its £350m acquisition of Halden
// Mining".
func (d dealFact) what() string { return "its " + d.amount + d.kind + " " + d.other }

type paperFact struct{ topic, angle, matter, client, outlet string }

// title is the publication's title: "Break fees: lessons from the Halden
// Mining carve-out".
func (p paperFact) title() string {
	return upperFirst(p.topic) + ": " + p.angle + " the " + p.client + " " + p.matter
}

type talkFact struct{ event, a, b, caseKind, topic string }

// caseName is the case the talk was about: "Fenwick Logistics v Halden
// Mining".
func (t talkFact) caseName() string { return t.a + " v " + t.b }

// The fact spaces. Each is a mixed-radix number: the product of its
// radices must exceed any candidate number a history reaches.
var (
	dealKinds = []string{"acquisition of", "merger with", "joint venture with", "dispute with", "bid for", "sale of its stake in"}
	amounts   = []string{"", "", "", "£85m ", "£120m ", "£240m ", "£350m ", "£410m ", "£575m ", "£900m ", "£1,200m ", "£1,800m "}
	// paperTopics complete "lessons from the X carve-out" titles.
	paperTopics  = []string{"W&I insurance", "earn-out disputes", "sanctions clauses", "ESG-linked loans", "continuation funds", "the National Security and Investment Act", "restructuring plans", "emergency arbitrators", "carried interest", "data-room discipline", "merger control", "pension trustees", "locked-box pricing", "break fees", "reverse due diligence", "minority protections"}
	paperMatters = []string{"carve-out", "refinancing", "arbitration", "restructuring", "flotation", "take-private", "spin-off", "recapitalisation"}
	paperAngles  = []string{"lessons from", "after", "inside", "what changed with", "notes on", "looking back at"}
	caseKinds    = []string{"appeal", "arbitration", "trial", "injunction"}
	talkEvents   = []string{"Legal Geek", "the IBA annual conference", "a Chambers panel", "the LSE Law Forum", "ICC Young Arbitrators", "City Week", "a Law Society webinar", "the Practical Law forum"}
	locations    = []string{"London", "London", "London", "Manchester", "Leeds", "Birmingham", "Bristol", "Edinburgh", "Glasgow", "Cardiff"}
	schools      = []string{"University of Bristol", "University of Edinburgh", "King's College London", "University of Oxford", "University of Cambridge", "University of Manchester", "LSE", "University of Leeds", "Durham University", "University of Warwick", "UCL", "University of Glasgow"}
	degrees      = []string{"LLB", "LLB", "BA Law", "BCL", "LLM"}
)

// space is a fact space: numbers below size, reached from a candidate's
// number by n*mul+add mod size, a bijection since mul and size are
// coprime, so distinct candidates below size get distinct tuples.
type space struct {
	radices  []int
	size     uint64
	mul, add uint64
}

func newSpace(salt uint64, radices ...int) space {
	s := space{radices: radices, size: 1}
	for _, r := range radices {
		s.size *= uint64(r)
	}
	s.mul = (0x9E3779B97F4A7C15 ^ salt) % s.size
	for gcd(s.mul, s.size) != 1 {
		s.mul++
	}
	s.add = (0x632BE59BD9B4E019 * (salt + 1)) % s.size
	return s
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// of is candidate n's tuple: one digit per radix, least significant
// first (at most five).
func (s space) of(n uint64) (out [5]int) {
	hi, lo := bits.Mul64(n%s.size, s.mul)
	v := (bits.Rem64(hi, lo, s.size) + s.add) % s.size
	for i, r := range s.radices {
		out[i] = int(v % uint64(r))
		v /= uint64(r)
	}
	return out
}

// factSpaces are the generator's fact spaces.
type factSpaces struct{ deal, earlier, paper, talk space }

// newFactSpaces builds the spaces over nc companies: the current and the
// earlier matter (client × counterparty × kind × amount), the publication
// (client × topic × matter × outlet) and the talk (the two sides of a case
// × its kind × the event).
func newFactSpaces(nc int) factSpaces {
	deal := []int{nc, nc - 1, len(dealKinds), len(amounts)}
	return factSpaces{
		deal:    newSpace(1, deal...),
		earlier: newSpace(2, deal...),
		paper:   newSpace(3, nc, len(paperTopics), len(paperMatters), len(publicationOutlets), len(paperAngles)),
		talk:    newSpace(4, nc, nc-1, len(caseKinds), len(talkEvents)),
	}
}

// makePerson builds candidate n of level li: their name, profile URL,
// firm, title and facts, and with full their whole profile too.
func (g *Generator) makePerson(n uint64, li int, full bool) person {
	g.personSrc.Seed(g.o.Seed^0x70656f706c65, n)
	rng := g.personRng
	pick2 := func(d [5]int) (string, string) {
		a := d[0]
		b := d[1]
		if b >= a {
			b++ // never the company itself
		}
		return g.companies[a], g.companies[b]
	}
	var p person
	p.level = li
	sp := &g.spaces
	d := sp.deal.of(n)
	p.deal.client, p.deal.other = pick2(d)
	p.deal.kind, p.deal.amount = dealKinds[d[2]], amounts[d[3]]
	d = sp.earlier.of(n)
	p.earlier.client, p.earlier.other = pick2(d)
	p.earlier.kind, p.earlier.amount = dealKinds[d[2]], amounts[d[3]]
	d = sp.paper.of(n)
	p.paper = paperFact{client: g.companies[d[0]], topic: paperTopics[d[1]], matter: paperMatters[d[2]], outlet: publicationOutlets[d[3]], angle: paperAngles[d[4]]}
	d = sp.talk.of(n)
	p.talk.a, p.talk.b = pick2(d)
	p.talk.caseKind, p.talk.event = caseKinds[d[2]], talkEvents[d[3]]
	p.talk.topic = pick(rng, paperTopics)

	first, last := pick(rng, firstNames), pick(rng, lastNames)
	practice := pick(rng, practices)
	firm, prev := pick(rng, g.firms), pick(rng, g.firms)
	for prev == firm {
		prev = pick(rng, g.firms)
	}
	p.deal.firm, p.earlier.firm = firm, prev
	// The member-id form of a profile URL, as LinkedIn Recruiter exports
	// give it: candidates made later sort later, so a bulk load appends
	// them as it goes instead of sorting them at the end.
	id := strconv.FormatUint(n, 36)
	slug := "ACoAA" + strings.Repeat("0", max(0, 9-len(id))) + id
	title := levelTitle(li, len(g.levels), practice)
	p.first, p.last, p.name, p.firm, p.title, p.practice = first, last, first+" "+last, firm, title, practice
	p.url, p.id = "https://www.linkedin.com/in/"+slug, "linkedin.com/in/"+strings.ToLower(slug)
	if !full {
		return p
	}
	year := g.end.Year()
	joined := year - 1 - li*3 - rng.IntN(3)
	started := joined - 2 - rng.IntN(3)
	grad := started - 1 - rng.IntN(2)
	pr := profile.Profile{
		ID:        p.url,
		Name:      p.name,
		Title:     title,
		Company:   firm,
		Location:  pick(rng, locations),
		Seniority: g.levels[li].id,
		Skills:    []string{practice},
		Experience: []profile.Experience{
			{Title: title, Company: firm, Start: strconv.Itoa(joined), End: "present",
				Description: "Advised " + p.deal.client + " on " + p.deal.what() + "."},
			{Title: earlierTitle(li), Company: prev, Start: strconv.Itoa(started), End: strconv.Itoa(joined),
				Description: "Acted for " + p.earlier.client + " on " + p.earlier.what() + "."},
		},
		Education:    []profile.Education{{School: pick(rng, schools), Degree: pick(rng, degrees), Year: grad}},
		Publications: []profile.Publication{{Title: p.paper.title(), Publisher: p.paper.outlet, Year: year - 1 - rng.IntN(3)}},
		Projects: []profile.Project{{Name: "Talk at " + p.talk.event,
			Description: "Spoke on " + p.talk.topic + " in the " + p.talk.caseName() + " " + p.talk.caseKind + "."}},
	}
	p.profile = pr
	return p
}

// earlierTitle is the title of a candidate's previous position.
func earlierTitle(li int) string {
	if li == 0 {
		return "Trainee Solicitor"
	}
	return "Associate"
}

// line is a personalization line naming fact k of p, its wording picked
// with rng, at most room characters long (0: no limit) when it can be,
// and the reference it makes.
func (p *person) line(k factKind, rng *rand.Rand, room int) (string, outreach.Reference) {
	line, ref := p.wording(k, rng, true)
	if room > 0 && utf8Len(line) > room {
		line, ref = p.wording(k, rng, false)
	}
	return line, ref
}

// wording is line's text: a wording picked with rng and a closer, or
// (long false) the shortest wording with none.
func (p *person) wording(k factKind, rng *rand.Rand, long bool) (string, outreach.Reference) {
	pickf := func(fs []string) string {
		if !long {
			return fs[len(fs)-1]
		}
		return pick(rng, fs)
	}
	closer := "."
	if long {
		closer = pick(rng, closers)
	}
	switch k {
	case factDeal:
		d := p.deal
		f := pickf([]string{
			"Advising %s on %s is exactly the kind of matter my client runs every quarter",
			"Seeing that you advised %s on %s made me think of you first",
			"Your work advising %s on %s stood out",
			"I noticed you advised %s on %s",
		})
		return fmt.Sprintf(f, d.client, d.what()) + closer, outreach.Reference{Field: "experience[0].description", Text: d.client + " on " + d.what()}
	case factEarlier:
		d := p.earlier
		f := pickf([]string{
			"Acting for %s on %s at %s is the grounding my client wants",
			"Your time acting for %s on %s at %s caught my eye",
			"I saw you acted for %s on %s at %s",
		})
		return fmt.Sprintf(f, d.client, d.what(), d.firm) + closer, outreach.Reference{Field: "experience[1].description", Text: d.client + " on " + d.what()}
	case factPaper:
		pp := p.paper
		f := pickf([]string{
			"Your article in %s on %s, drawing on the %s %s, is why I am writing",
			"Your piece in %s on %s after the %s %s was sharp",
			"I read your piece in %s on %s and the %s %s",
		})
		return fmt.Sprintf(f, pp.outlet, pp.topic, pp.client, pp.matter) + closer, outreach.Reference{Field: "publications[0].title", Text: pp.title()}
	}
	t := p.talk
	f := pickf([]string{
		"Your talk at %s on %s in the %s %s was the clearest take on it I have heard",
		"Hearing you speak at %s about %s in the %s %s is why I am writing",
		"I caught your talk at %s on %s and the %s %s",
	})
	return fmt.Sprintf(f, t.event, t.topic, t.caseName(), t.caseKind) + closer, outreach.Reference{Field: "projects[0].description", Text: t.caseName() + " " + t.caseKind}
}

func upperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
