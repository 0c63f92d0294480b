package report

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
	_ "time/tzdata" // Europe/London for the week tests, on any machine

	"github.com/charmbracelet/x/exp/golden"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/words"
)

// now is the moment the test reports are as of (a Tuesday).
var now = time.Date(2026, 3, 10, 9, 30, 0, 0, time.UTC)

const (
	day    = 24 * time.Hour
	window = outreach.ResponseWindow
)

// logged is one message of a hand-written log.
type logged struct {
	name      string // for failure messages
	sent      time.Time
	template  string
	seniority string
	recruiter string
	channel   library.Channel
	line      int // personalization length
	out       outreach.OutcomeTimes
}

// build turns a hand-written log into facts and the dictionary behind
// their codes, as the store would.
func build(log []logged) ([]outreach.Fact, outreach.Dict) {
	var dict outreach.Dict
	facts := make([]outreach.Fact, len(log))
	for i, l := range log {
		m := outreach.Message{
			ID: uint64(i + 1), Recruiter: l.recruiter, TemplateID: l.template, Seniority: l.seniority,
			Channel: l.channel, SentAt: l.sent, Personalization: string(bytes.Repeat([]byte("x"), l.line)),
		}
		if l.channel == library.InMail {
			m.Credits = 1
		}
		facts[i] = outreach.FactFrom(m, l.out, dict.Intern(m))
	}
	return facts, dict
}

const (
	tA = "associate/direct-intro"
	tB = "associate/connect"
)

// handLog is the log whose numbers are worked out by hand below. Template
// A's InMails (Jordan) cover the window edges, withdrawal, awaiting
// messages with and without an answer, a send after now and an outcome
// dated after now; template B's connection notes (Priya) are plainer.
func handLog() []logged {
	a := func(name string, sent time.Time, line int, o outreach.OutcomeTimes) logged {
		return logged{name, sent, tA, "associate", "Jordan Blake", library.InMail, line, o}
	}
	b := func(name string, sent time.Time, line int, o outreach.OutcomeTimes) logged {
		return logged{name, sent, tB, "associate", "Priya Shah", library.Connection, line, o}
	}
	s1, s2, s3 := now.Add(-8*day), now.Add(-window), now.Add(-window-time.Second)
	s4, s6, s7 := now.Add(-10*day), now.Add(-9*day), now.Add(-2*day)
	s10, sb1, sb3 := now.Add(-20*day), now.Add(-30*day), now.Add(-15*day)
	return []logged{
		// Replied at exactly 7 days: within the window.
		a("a1", s1, 10, outreach.OutcomeTimes{Replied: s1.Add(window)}),
		// Sent exactly 7 days ago: the window is still open (awaiting).
		a("a2", s2, 20, outreach.OutcomeTimes{}),
		// One second older: decided, no response.
		a("a3", s3, 30, outreach.OutcomeTimes{}),
		// Declined first, then replied: responded (declined), positive.
		a("a4", s4, 40, outreach.OutcomeTimes{Declined: s4.Add(time.Hour), Replied: s4.Add(2 * day)}),
		// Accepted one second after the window: late, not positive, refunded.
		a("a5", s4, 50, outreach.OutcomeTimes{Accepted: s4.Add(window + time.Second)}),
		// Withdrawn: in nothing but withdrawn, though accepted too.
		a("a6", s6, 60, outreach.OutcomeTimes{Withdrawn: s6.Add(time.Minute), Accepted: s6.Add(time.Hour)}),
		// Sent 2 days ago and already answered: window open all the same
		// (left out of the rates), but not awaiting.
		a("a7", s7, 70, outreach.OutcomeTimes{Replied: now.Add(-day)}),
		// Sent after now: left out.
		a("a8", now.Add(time.Hour), 75, outreach.OutcomeTimes{}),
		// A reply dated after now does not count yet: no response.
		a("a9", s4, 80, outreach.OutcomeTimes{Replied: now.Add(time.Hour)}),
		// Accepted in a day, screened later.
		a("a10", s10, 90, outreach.OutcomeTimes{Accepted: s10.Add(day), Screened: s10.Add(5 * day)}),

		b("b1", sb1, 15, outreach.OutcomeTimes{Accepted: sb1.Add(2 * time.Hour)}),
		b("b2", sb1, 25, outreach.OutcomeTimes{}),
		b("b3", sb3, 35, outreach.OutcomeTimes{Declined: sb3.Add(3 * day)}),
		// A late reply, then a screen: late, not positive, but screened.
		b("b4", sb3, 45, outreach.OutcomeTimes{Replied: sb3.Add(10 * day), Screened: sb3.Add(12 * day)}),
	}
}

var recruiterSeat = outreach.PresetRecruiter.Seat()

// Worked out by hand from handLog.
var (
	wantA = Metrics{
		Sent: 8, Withdrawn: 1, WindowOpen: 2, Awaiting: 1, Decided: 6,
		Responded: 3, Late: 1, NoResponse: 2, Accepted: 1, Declined: 1, Replied: 1,
		Positive: 3, Screened: 1, CreditsSpent: 8, CreditsReturned: 5,
		// [3600 s, 1 day, 7 days] → 1 day; lengths 10..90 without 60 → (40+50)/2.
		MedianFirstResponse: day, MedianPersonalization: 45,
	}
	wantB = Metrics{
		Sent: 4, Decided: 4, Responded: 2, Late: 1, NoResponse: 1, Accepted: 1, Declined: 1,
		Positive: 1, Screened: 1,
		// [2 h, 3 days] → 37 h; [15, 25, 35, 45] → 30.
		MedianFirstResponse: 37 * time.Hour, MedianPersonalization: 30,
	}
	wantTotal = Metrics{
		Sent: 12, Withdrawn: 1, WindowOpen: 2, Awaiting: 1, Decided: 10,
		Responded: 5, Late: 2, NoResponse: 3, Accepted: 2, Declined: 2, Replied: 1,
		Positive: 4, Screened: 2, CreditsSpent: 8, CreditsReturned: 5,
		// [1 h, 2 h, 1 day, 3 days, 7 days] → 1 day; the 12 lengths → (35+40)/2.
		MedianFirstResponse: day, MedianPersonalization: 37.5,
	}
)

func handReport(q Query) Report {
	facts, dict := build(handLog())
	if q.Now.IsZero() {
		q.Now = now
	}
	return Build(q, dict, slices.Values(facts))
}

func TestMetricsByTemplate(t *testing.T) {
	r := handReport(Query{By: []Dimension{ByTemplate}, Seat: recruiterSeat})
	if len(r.Groups) != 2 {
		t.Fatalf("%d groups, want 2: %+v", len(r.Groups), r.Groups)
	}
	for i, want := range []struct {
		template string
		m        Metrics
	}{{tB, wantB}, {tA, wantA}} {
		g := r.Groups[i]
		if g.Key.Template != want.template {
			t.Errorf("group %d is %q, want %q", i, g.Key.Template, want.template)
		}
		if g.Metrics != want.m {
			t.Errorf("%s:\n got %+v\nwant %+v", want.template, g.Metrics, want.m)
		}
	}
	if r.Total != wantTotal {
		t.Errorf("total:\n got %+v\nwant %+v", r.Total, wantTotal)
	}
	if got := r.Total.ResponseRate(); got != (Rate{5, 10}) || got.Value() != 0.5 {
		t.Errorf("response rate = %+v", got)
	}
	if got := wantA.PositiveRate(); got != (Rate{3, 6}) {
		t.Errorf("positive rate = %+v", got)
	}
	if got := wantB.ScreenRate(); got != (Rate{1, 4}) {
		t.Errorf("screen rate = %+v", got)
	}
}

func TestNoRefundsWithoutTheSeatsPolicy(t *testing.T) {
	r := handReport(Query{})
	if r.Total.CreditsReturned != 0 || r.Total.CreditsSpent != 8 {
		t.Errorf("credits = %d spent, %d returned; want 8, 0", r.Total.CreditsSpent, r.Total.CreditsReturned)
	}
}

// TestAsOfThePast moves the report's moment back: messages and outcomes
// after it disappear and windows reopen.
func TestAsOfThePast(t *testing.T) {
	r := handReport(Query{Now: now.Add(-9 * day), By: []Dimension{ByTemplate}, Templates: []string{tA}, Seat: recruiterSeat})
	// Left: a4, a5, a9 (sent 10 days before now: 1 day old, window open), a10
	// (decided, accepted after a day, screened at day 5), a6 (sent at that
	// moment, not withdrawn yet).
	want := Metrics{
		Sent: 5, WindowOpen: 4, Awaiting: 3, Decided: 1, Responded: 1, Accepted: 1,
		Positive: 1, Screened: 1, CreditsSpent: 5, CreditsReturned: 2,
		MedianFirstResponse: day, MedianPersonalization: 60,
	}
	if len(r.Groups) != 1 || r.Groups[0].Metrics != want {
		t.Errorf("as of 9 days ago:\n got %+v\nwant %+v", r.Groups, want)
	}
}

func TestFilters(t *testing.T) {
	tests := []struct {
		name string
		q    Query
		sent int
	}{
		{"recruiter", Query{Recruiters: []string{"Priya Shah"}}, 4},
		{"two recruiters", Query{Recruiters: []string{"Priya Shah", "Jordan Blake"}}, 12},
		{"template", Query{Templates: []string{tA}}, 8},
		{"unknown template", Query{Templates: []string{"associate/nope"}}, 0},
		{"unknown recruiter", Query{Recruiters: []string{"Nobody"}}, 0},
		// since is inclusive: a3 (7 days + 1 s) is out, a2 (exactly 7 days) in.
		{"since", Query{Since: now.Add(-window)}, 2},
		// until is exclusive: the three sent 10 days ago are out.
		{"until", Query{Until: now.Add(-10 * day)}, 5},
		{"since and until", Query{Since: now.Add(-10 * day), Until: now.Add(-9 * day)}, 3},
	}
	for _, tt := range tests {
		r := handReport(tt.q)
		if r.Total.Sent != tt.sent {
			t.Errorf("%s: sent %d, want %d", tt.name, r.Total.Sent, tt.sent)
		}
	}
}

func TestGroupByEveryDimension(t *testing.T) {
	r := handReport(Query{By: []Dimension{ByRecruiter, ByChannel, BySeniority}})
	var got []string
	for _, g := range r.Groups {
		got = append(got, g.Key.Value(ByRecruiter)+" "+g.Key.Value(ByChannel)+" "+g.Key.Value(BySeniority))
	}
	want := []string{"Jordan Blake inmail associate", "Priya Shah connection associate"}
	if !slices.Equal(got, want) {
		t.Errorf("groups = %q, want %q", got, want)
	}

	// A week that spans two months splits in two when grouped by both.
	r = handReport(Query{By: []Dimension{ByMonth, ByWeek}})
	got = nil
	for _, g := range r.Groups {
		got = append(got, g.Key.Value(ByMonth)+" "+g.Key.Value(ByWeek)+" "+g.Key.Week.Format("Mon 2006-01-02"))
	}
	want = []string{
		"2026-02 2026-W06 Mon 2026-02-02", // b1, b2 (Sun Feb 8)
		"2026-02 2026-W08 Mon 2026-02-16", // a10 (Wed Feb 18)
		"2026-02 2026-W09 Mon 2026-02-23", // b3, b4 (Mon Feb 23); a4, a5, a9 (Sat Feb 28)
		"2026-03 2026-W09 Mon 2026-02-23", // a6 (Sun Mar 1)
		"2026-03 2026-W10 Mon 2026-03-02", // a1, a2, a3, a7
	}
	if !slices.Equal(got, want) {
		t.Errorf("month, week groups:\n got %q\nwant %q", got, want)
	}
}

// TestWeeksInALocation checks ISO weeks across a year boundary and a
// daylight-saving change, in the query's location rather than UTC.
func TestWeeksInALocation(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time {
		v, err := time.ParseInLocation(time.DateTime, s, london)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	log := []logged{
		// 2026-01-01 is a Thursday: ISO week 1 of 2026 starts on Monday
		// 2025-12-29, in December.
		{sent: at("2025-12-28 23:59:59"), template: tA, channel: library.InMail},
		{sent: at("2025-12-29 00:00:00"), template: tA, channel: library.InMail},
		{sent: at("2026-01-04 23:59:59"), template: tA, channel: library.InMail},
		// Clocks go forward on Sunday 2026-03-29. 23:30 on Sunday in London
		// is 22:30 UTC; 00:30 on Monday is 23:30 UTC on Sunday: in UTC both
		// are in week 13, in London the second starts week 14.
		{sent: at("2026-03-29 23:30:00"), template: tA, channel: library.InMail},
		{sent: at("2026-03-30 00:30:00"), template: tA, channel: library.InMail},
	}
	facts, dict := build(log)
	for _, tt := range []struct {
		loc  *time.Location
		want []string
	}{
		{london, []string{"2025-W52 2025-12 1", "2026-W01 2025-12 1", "2026-W01 2026-01 1", "2026-W13 2026-03 1", "2026-W14 2026-03 1"}},
		{time.UTC, []string{"2025-W52 2025-12 1", "2026-W01 2025-12 1", "2026-W01 2026-01 1", "2026-W13 2026-03 2"}},
	} {
		r := Build(Query{Now: at("2026-06-01 00:00:00"), Location: tt.loc, By: []Dimension{ByWeek, ByMonth}}, dict, slices.Values(facts))
		var got []string
		for _, g := range r.Groups {
			got = append(got, g.Key.Value(ByWeek)+" "+g.Key.Value(ByMonth)+" "+itoa(g.Sent))
			if g.Key.Week.Location() != tt.loc || g.Key.Week.Hour() != 0 || g.Key.Week.Weekday() != time.Monday {
				t.Errorf("%s: week starts %v", tt.loc, g.Key.Week)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s:\n got %q\nwant %q", tt.loc, got, tt.want)
		}
	}
}

func itoa(n int) string { return words.Thousands(n) }

// TestAgreesWithStatusOf checks the aggregator's fast integer arithmetic
// against outreach's rules, fact by fact, on random facts crowded around
// the window's edges.
func TestAgreesWithStatusOf(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	seat := recruiterSeat
	edges := []time.Duration{0, time.Second, window - time.Second, window, window + time.Second,
		outreach.RefundWindow, outreach.RefundWindow + time.Second, 3 * day, 40 * day}
	offset := func() time.Duration {
		if rng.IntN(3) == 0 {
			return edges[rng.IntN(len(edges))]
		}
		return time.Duration(rng.Int64N(int64(100*day/time.Second))) * time.Second
	}
	for i := range 20000 {
		sent := now.Add(-edges[rng.IntN(len(edges))] + time.Duration(rng.IntN(3)-1)*time.Second)
		if rng.IntN(2) == 0 {
			sent = now.Add(-time.Duration(rng.Int64N(int64(120*day/time.Second))) * time.Second)
		}
		var o outreach.OutcomeTimes
		for _, c := range outreach.Outcomes {
			if rng.IntN(3) == 0 {
				o.Set(c, sent.Add(offset()))
			}
		}
		ch := library.Channel(1 + rng.IntN(2))
		facts, dict := build([]logged{{sent: sent, template: tA, channel: ch, out: o}})
		f := facts[0]
		m := Build(Query{Now: now, Seat: seat}, dict, slices.Values(facts)).Total
		st := f.State(now)
		age := now.Sub(sent)
		if age < 0 {
			// Sent after the report's moment: not in the report at all.
			if m != (Metrics{}) {
				t.Fatalf("fact %d, sent after now, is counted: %+v", i, m)
			}
			continue
		}
		check := func(what string, got, want int) {
			if got != want {
				t.Fatalf("fact %d (sent %v ago, outcomes %+v): %s = %d, want %d (state %+v)", i, age, o, what, got, want, st)
			}
		}
		b := func(v bool) int {
			if v {
				return 1
			}
			return 0
		}
		check("withdrawn", m.Withdrawn, b(st.Status == outreach.StatusWithdrawn))
		if st.Status == outreach.StatusWithdrawn {
			check("sent", m.Sent, 0)
			continue
		}
		spent := outreach.Spent(f, now)
		returned, _ := seat.Returned(f, now)
		check("credits spent", m.CreditsSpent, spent)
		check("credits returned", m.CreditsReturned, returned)
		if age <= window {
			check("window open", m.WindowOpen, 1)
			check("awaiting", m.Awaiting, b(st.Status == outreach.StatusAwaiting))
			if st.Status != outreach.StatusAwaiting && st.Status != outreach.StatusResponded {
				t.Fatalf("fact %d: open window but status %v", i, st.Status)
			}
			continue
		}
		check("decided", m.Decided, 1)
		check("responded", m.Responded, b(st.Status == outreach.StatusResponded))
		check("late", m.Late, b(st.Status == outreach.StatusLate))
		check("no response", m.NoResponse, b(st.Status == outreach.StatusNone))
		check("positive", m.Positive, b(st.Positive))
		check("screened", m.Screened, b(st.Screened))
		if st.Status == outreach.StatusResponded {
			check("accepted", m.Accepted, b(st.FirstResponseOutcome == outreach.Accepted))
			check("declined", m.Declined, b(st.FirstResponseOutcome == outreach.Declined))
			check("replied", m.Replied, b(st.FirstResponseOutcome == outreach.Replied))
			if m.MedianFirstResponse != st.FirstResponse.Sub(sent) {
				t.Fatalf("fact %d: time to first response %v, want %v", i, m.MedianFirstResponse, st.FirstResponse.Sub(sent))
			}
		}
	}
}

func TestMedians(t *testing.T) {
	secs := func(v ...uint32) time.Duration { return medianSeconds(v) }
	if got := secs(); got != 0 {
		t.Errorf("median of nothing = %v", got)
	}
	if got := secs(5); got != 5*time.Second {
		t.Errorf("median(5) = %v", got)
	}
	if got := secs(9, 1, 4); got != 4*time.Second {
		t.Errorf("median(9, 1, 4) = %v", got)
	}
	if got := secs(10, 1, 4, 7); got != 5500*time.Millisecond {
		t.Errorf("median(10, 1, 4, 7) = %v, want 5.5s", got)
	}
	lens := func(v ...uint16) float64 { return medianLength(v) }
	for _, tt := range []struct {
		in   []uint16
		want float64
	}{
		{nil, 0}, {[]uint16{7}, 7}, {[]uint16{3, 1, 2}, 2}, {[]uint16{4, 1, 3, 2}, 2.5},
		{[]uint16{0, 0, 65535}, 0}, {[]uint16{65535, 65535, 1, 1}, 32768}, {[]uint16{5, 5, 5, 9}, 5},
	} {
		if got := lens(tt.in...); got != tt.want {
			t.Errorf("medianLength(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
	// Against sorting, on random, sorted, reversed and constant data.
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 3, 10, 101, 1000, 5000} {
		for shape := range 5 {
			v := make([]uint32, n)
			for i := range v {
				switch shape {
				case 0:
					v[i] = rng.Uint32N(1000)
				case 1:
					v[i] = uint32(i)
				case 2:
					v[i] = uint32(n - i)
				case 3:
					v[i] = 7
				default:
					v[i] = rng.Uint32N(3)
				}
			}
			s := slices.Sorted(slices.Values(v))
			want := time.Duration(uint64(s[(n-1)/2])+uint64(s[n/2])) * time.Second / 2
			if got := medianSeconds(v); got != want {
				t.Fatalf("medianSeconds(n %d, shape %d) = %v, want %v", n, shape, got, want)
			}
		}
	}
	for range 200 {
		n := 1 + rng.IntN(50)
		v := make([]uint16, n)
		for i := range v {
			v[i] = uint16(rng.IntN(20))
		}
		s := slices.Sorted(slices.Values(v))
		want := (float64(s[(n-1)/2]) + float64(s[n/2])) / 2
		if got := medianLength(v); got != want {
			t.Fatalf("medianLength(%v) = %v, want %v", v, got, want)
		}
	}
}

func TestParseDimensions(t *testing.T) {
	got, err := ParseDimensions("template, Seniority,week")
	if err != nil || !slices.Equal(got, []Dimension{ByTemplate, BySeniority, ByWeek}) {
		t.Errorf("ParseDimensions = %v, %v", got, err)
	}
	for _, bad := range []string{"templates", "template,template", "day"} {
		if _, err := ParseDimensions(bad); err == nil {
			t.Errorf("ParseDimensions(%q) accepted", bad)
		}
	}
}

// TestFormats pins each output format of the hand log, grouped by
// template and seniority, with golden files.
func TestFormats(t *testing.T) {
	r := handReport(Query{By: []Dimension{ByTemplate, BySeniority}, Seat: recruiterSeat})
	for _, f := range Formats {
		t.Run(f.String(), func(t *testing.T) {
			var b bytes.Buffer
			if err := r.Write(&b, f, Options{}); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.Bytes())
		})
	}
}

// TestTableNarrow shows how the table gives up columns, least important
// first, and says so.
func TestTableNarrow(t *testing.T) {
	r := handReport(Query{By: []Dimension{ByTemplate}, Seat: recruiterSeat})
	for _, width := range []int{60, 120} {
		var b bytes.Buffer
		if err := r.Write(&b, Table, Options{Width: width}); err != nil {
			t.Fatal(err)
		}
		for i, l := range bytes.Split(b.Bytes(), []byte("\n")) {
			if n := len([]rune(string(l))); n > width {
				t.Errorf("width %d: line %d is %d wide: %q", width, i+1, n, l)
			}
		}
		hidden := bytes.Contains(b.Bytes(), []byte("Left out at"))
		if hidden != (width == 60) {
			t.Errorf("width %d: left-out note present = %v:\n%s", width, hidden, b.String())
		}
	}
}

// TestCodesBeyondTheDictionary covers a name logged between reading the
// dictionary and scanning the facts: its code does not fit the packed key,
// and its messages still count, in a group of their own.
func TestCodesBeyondTheDictionary(t *testing.T) {
	facts, dict := build(handLog())
	short := dict
	short.Templates = dict.Templates[:2] // knows "" and tA only
	short.Recruiters = dict.Recruiters[:1]
	for _, by := range [][]Dimension{{ByTemplate}, {ByTemplate, ByRecruiter, ByWeek}} {
		r := Build(Query{Now: now, By: by, Seat: recruiterSeat}, short, slices.Values(facts))
		if r.Total != wantTotal {
			t.Errorf("by %v: total\n got %+v\nwant %+v", by, r.Total, wantTotal)
		}
		full := Build(Query{Now: now, By: by, Seat: recruiterSeat}, dict, slices.Values(facts))
		if len(r.Groups) != len(full.Groups) {
			t.Errorf("by %v: %d groups, want %d", by, len(r.Groups), len(full.Groups))
		}
	}
}

// TestGroupByBrief: messages group by the brief they were sent for, with
// the ones sent without a brief as a group of their own, sorted by name.
func TestGroupByBrief(t *testing.T) {
	var dict outreach.Dict
	var facts []outreach.Fact
	for i, b := range []struct {
		id   uint64
		name string
		ok   bool // replied within a day
	}{{2, "Tax associate · Varden", true}, {1, "Senior M&A Associate · a top-10 firm", false}, {2, "Tax associate · Varden", false}, {0, "", true}} {
		m := outreach.Message{ID: uint64(i + 1), Recruiter: "Jordan Blake", TemplateID: tA, Channel: library.InMail, Credits: 1,
			SentAt: now.Add(-20 * day), Brief: b.name, BriefID: b.id}
		var o outreach.OutcomeTimes
		if b.ok {
			o.Replied = m.SentAt.Add(day)
		}
		facts = append(facts, outreach.FactFrom(m, o, dict.Intern(m)))
	}
	r := Build(Query{By: []Dimension{ByBrief}, Now: now}, dict, slices.Values(facts))
	var got []string
	for _, g := range r.Groups {
		got = append(got, fmt.Sprintf("%s %d/%d", g.Key.Value(ByBrief), g.Metrics.Responded, g.Metrics.Decided))
	}
	want := []string{"(no brief) 1/1", "Senior M&A Associate · a top-10 firm 0/1", "Tax associate · Varden 1/2"}
	if !slices.Equal(got, want) {
		t.Errorf("groups by brief = %q, want %q", got, want)
	}
	if d, err := ParseDimensions("brief,template"); err != nil || !slices.Equal(d, []Dimension{ByBrief, ByTemplate}) {
		t.Errorf("ParseDimensions(brief,template) = %v, %v", d, err)
	}
}
