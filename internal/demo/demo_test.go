package demo

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/templates"
)

var end = time.Date(2026, 3, 10, 9, 30, 0, 0, time.UTC)

func builtIn(t *testing.T) *library.Library {
	t.Helper()
	lib, probs := library.Load(library.Layer{Source: library.BuiltIn, FS: templates.FS})
	if len(probs) > 0 {
		t.Fatalf("built-in library: %v", probs)
	}
	return lib
}

// history makes a whole history in memory.
func history(t *testing.T, o Options) ([]outreach.Message, [][]outreach.Event) {
	t.Helper()
	msgs, events, _ := historyWith(t, o)
	return msgs, events
}

// historyWith makes a whole history in memory, with its candidates.
func historyWith(t *testing.T, o Options) ([]outreach.Message, [][]outreach.Event, []outreach.Candidate) {
	t.Helper()
	g, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	var msgs []outreach.Message
	var events [][]outreach.Event
	var cands []outreach.Candidate
	for b := range g.Batches() {
		msgs = append(msgs, b.Messages...)
		cands = append(cands, b.Candidates...)
		for _, evs := range b.Events {
			if len(evs) == 0 {
				evs = nil // an empty list is empty, whichever buffer it came from
			}
			events = append(events, slices.Clone(evs))
		}
	}
	return msgs, events, cands
}

func TestDeterministicForASeed(t *testing.T) {
	lib := builtIn(t)
	o := Options{Messages: 3000, Seed: 42, End: end, Library: lib, Batch: 700}
	m1, e1 := history(t, o)
	o.Batch = 0 // batch size does not change the history
	m2, e2 := history(t, o)
	if len(m1) != 3000 || !reflect.DeepEqual(m1, m2) || !reflect.DeepEqual(e1, e2) {
		t.Fatal("the same seed gave two histories")
	}
	o.Seed = 43
	m3, _ := history(t, o)
	if reflect.DeepEqual(m1, m3) {
		t.Fatal("seeds 42 and 43 gave the same history")
	}
}

// TestHistoryIsValidAndComplete checks what the store and the reports rely
// on: every message and event passes validation, sends are in order and on
// weekdays, every template is used, and each recruiter's credits never run
// out.
func TestHistoryIsValidAndComplete(t *testing.T) {
	lib := builtIn(t)
	msgs, events := history(t, Options{Messages: 20_000, Seed: 1, End: end, Library: lib})
	used := map[string]bool{}
	var dict outreach.Dict
	facts := map[string][]outreach.Fact{}
	var all []outreach.Fact
	withdrawn, corrections, imported := 0, 0, 0
	for i, m := range msgs {
		m.ID = uint64(i + 1)
		if err := m.Validate(); err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
		if i > 0 && m.SentAt.Before(msgs[i-1].SentAt) {
			t.Fatalf("message %d sent before the one before it", i)
		}
		if wd := m.SentAt.Weekday(); wd == time.Saturday || wd == time.Sunday || m.SentAt.After(end) {
			t.Fatalf("message %d sent %v", i, m.SentAt)
		}
		if strings.Contains(m.Body, "{{") || strings.Contains(m.Subject, "{{") || !strings.Contains(m.Body, m.Personalization) {
			t.Fatalf("message %d is not filled in:\n%s\n%s", i, m.Subject, m.Body)
		}
		used[m.TemplateID] = true
		for j, e := range events[i] {
			if err := outreach.ValidateEvent(m.SentAt, e, end); err != nil {
				t.Fatalf("message %d event %d: %v", i, j, err)
			}
			if e.Seq != j+1 || (j > 0 && e.Recorded.Before(events[i][j-1].Recorded)) {
				t.Fatalf("message %d: events out of order: %+v", i, events[i])
			}
			switch {
			case e.Retracts > 0:
				corrections++
			case e.Outcome == outreach.Withdrawn:
				withdrawn++
			case e.Source == outreach.Import:
				imported++
			}
		}
		f := outreach.FactFrom(m, outreach.Fold(events[i]), dict.Intern(m))
		facts[m.Recruiter] = append(facts[m.Recruiter], f)
		all = append(all, f)
	}
	for _, tpl := range lib.Templates() {
		if !used[tpl.ID] {
			t.Errorf("template %s is never used", tpl.ID)
		}
	}
	if withdrawn == 0 || corrections == 0 || imported == 0 {
		t.Errorf("withdrawn %d, corrections %d, imported %d: want some of each", withdrawn, corrections, imported)
	}
	seat := outreach.PresetRecruiter.Seat()
	for name, fs := range facts {
		// From the recruiter's first send (the history's first month).
		for _, month := range outreach.Ledger(seat, fs[0].Sent(), outreach.Anchor{}, slices.Values(fs), end) {
			if month.Left < 0 {
				t.Errorf("%s has %d credits left in %s", name, month.Left, month.Start.Format("2006-01"))
			}
		}
	}

	// Realistic shape: rates between 10% and 60%, most answers in 1 to 3
	// days, connection notes ahead of InMails, and a visible rise from the
	// first quarter of the history to the last.
	q := report.Query{Now: end, Seat: seat}
	byChannel := report.Build(report.Query{Now: end, By: []report.Dimension{report.ByChannel}}, dict, slices.Values(all))
	inmail, connection := byChannel.Groups[0].ResponseRate().Value(), byChannel.Groups[1].ResponseRate().Value()
	if inmail < 0.1 || inmail > connection || connection > 0.6 {
		t.Errorf("7-day response rates: InMail %.3f, connection %.3f", inmail, connection)
	}
	total := report.Build(q, dict, slices.Values(all)).Total
	if d := total.MedianFirstResponse; d < 20*time.Hour || d > 50*time.Hour {
		t.Errorf("median time to first response %v", d)
	}
	if total.Late == 0 || total.Declined == 0 || total.Screened == 0 || total.Awaiting == 0 {
		t.Errorf("want late replies, declines, screens and awaiting messages: %+v", total)
	}
	g, _ := New(Options{Messages: 20_000, Seed: 1, End: end, Library: lib})
	s := g.Summary()
	span := s.End.Sub(s.Start)
	early, late := q, q
	early.Until = s.Start.Add(span / 4)
	late.Since, late.Until = s.Start.Add(3*span/4), end.Add(-outreach.ResponseWindow)
	r1 := report.Build(early, dict, slices.Values(all)).Total.ResponseRate().Value()
	r2 := report.Build(late, dict, slices.Values(all)).Total.ResponseRate().Value()
	if r2 < r1*1.25 {
		t.Errorf("response rate %.3f in the first quarter, %.3f in the last: want a visible rise", r1, r2)
	}
}

func TestScaleRecruitersWithSize(t *testing.T) {
	lib := builtIn(t)
	for _, tt := range []struct{ messages, recruiters int }{{100, 4}, {10_000, 4}, {100_000, 15}, {1_000_000, 100}} {
		g, err := New(Options{Messages: tt.messages, Seed: 1, End: end, Library: lib})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(g.Summary().Recruiters); got != tt.recruiters {
			t.Errorf("%d messages: %d recruiters, want %d", tt.messages, got, tt.recruiters)
		}
	}
}

// TestCompiledRenderIsLibraryRender checks the fast renderer against
// library.Render for every template and random values.
func TestCompiledRenderIsLibraryRender(t *testing.T) {
	lib := builtIn(t)
	rng := rand.New(rand.NewPCG(5, 6))
	var b strings.Builder
	for _, tpl := range lib.Templates() {
		ct := compile(tpl, "\n"+agency)
		for range 50 {
			first, last := pick(rng, firstNames), pick(rng, lastNames)
			v := values{
				slotFirst: first, slotLast: last, slotCompany: pick(rng, firmNames) + " LLP", slotTitle: pick(rng, practices) + " Associate",
				slotRole: pick(rng, practices) + " Partner", slotClient: pick(rng, clients), slotHook: pick(rng, hooks),
				slotSender: pick(rng, firstNames) + " " + pick(rng, lastNames), slotLine: "Your work on the " + pick(rng, companyStems) + " deal stood out.",
			}
			p := profile.Profile{Name: first + " " + last, Company: v[slotCompany], Title: v[slotTitle]}
			want := library.Render(tpl, &p, library.Fields{
				Role: v[slotRole], Client: v[slotClient], Hook: v[slotHook], SenderName: v[slotSender],
				Signature: v[slotSender] + "\n" + agency, Personalization: v[slotLine],
			})
			if got := ct.body.fill(&v, &b); got != want.Body {
				t.Fatalf("%s body:\n got %q\nwant %q", tpl.ID, got, want.Body)
			}
			if got := ct.subject.fill(&v, &b); tpl.Channel == library.InMail && got != want.Subject {
				t.Fatalf("%s subject:\n got %q\nwant %q", tpl.ID, got, want.Subject)
			}
		}
	}
}

func TestNewRefuses(t *testing.T) {
	lib := builtIn(t)
	for _, o := range []Options{
		{Messages: 0, End: end, Library: lib},
		{Messages: 10, End: end},
		{Messages: 10, Library: lib},
	} {
		if _, err := New(o); err == nil {
			t.Errorf("New(%+v) accepted", o)
		}
	}
}
