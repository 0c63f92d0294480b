package reportview

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/words"
)

func TestFirstFrameDoesNotWait(t *testing.T) {
	f := mixedLog()
	m := New(common.NewStyles(true), f, Deps{Now: func() time.Time { return f.Now }})
	m.SetSize(80, 24)
	cmd := m.Init()
	if f.Scans != 0 || f.Decoded != 0 {
		t.Errorf("New and Init read the log (%d scans, %d decoded); that belongs in the command", f.Scans, f.Decoded)
	}
	if out := ansi.Strip(m.View()); !strings.Contains(out, "Working out the report") {
		t.Errorf("the first frame does not say the report is being worked out:\n%s", out)
	}
	if cmd == nil {
		t.Fatal("Init returned no command to read the log")
	}
	for _, b := range []key.Binding{m.keys.Sort, m.keys.Group, m.keys.Period, m.keys.Chart, m.keys.Drill} {
		if b.Enabled() {
			t.Errorf("%q is offered before there is a report", b.Help().Key)
		}
	}
}

// cliRows is `inmail report`'s table, wide enough for every column: each
// group's line split into cells, by its first key value.
func cliRows(t *testing.T, r report.Report) (head []string, rows map[string][]string) {
	t.Helper()
	var b bytes.Buffer
	if err := r.Write(&b, report.Table, report.Options{Width: 400}); err != nil {
		t.Fatal(err)
	}
	rows = map[string][]string{}
	for i, l := range strings.Split(b.String(), "\n") {
		if l == "" {
			break
		}
		cells := totalKeys(strings.Fields(l), len(r.Query.By))
		if i == 0 {
			head = cells
			continue
		}
		rows[strings.Join(cells[:len(r.Query.By)], " ")] = cells
	}
	return head, rows
}

// totalKeys gives the TOTAL row its blank key cells back.
func totalKeys(cells []string, nk int) []string {
	if len(cells) > 0 && cells[0] == "TOTAL" {
		return append(append([]string{"TOTAL"}, make([]string, nk-1)...), cells[1:]...)
	}
	return cells
}

// TestSameNumbersAsReport checks the table against report.Build and the
// table `inmail report` prints, for every grouping with key values
// without spaces, and every period.
func TestSameNumbersAsReport(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 200, 40)
	for range periods {
		for range groupings {
			m := hs.m
			want := f.build(m.req.query())
			if m.req.now != f.Now {
				t.Fatalf("the report is as of %s, want %s", m.req.now, f.Now)
			}
			if !reflect.DeepEqual(m.rep.Groups, want.Groups) || !reflect.DeepEqual(m.rep.Total, want.Total) {
				t.Errorf("by %s, %s: the screen's report differs from report.Build", m.group, m.period)
			}
			if m.group == byTemplate || m.group == byTemplateSeniority {
				checkCells(t, hs, want)
			}
			hs.keys("b")
		}
		hs.keys("p")
	}
}

// checkCells compares each table line's cells with `inmail report`'s,
// column by column (BACK, which needs the seat, is not on the screen).
func checkCells(t *testing.T, hs *harness, want report.Report) {
	t.Helper()
	head, cli := cliRows(t, want)
	// Column titles are one word but for "RESP 7D", "95% CI", "1ST RESP".
	var names []string
	for i := 0; i < len(head); i++ {
		if i+1 < len(head) && (head[i] == "RESP" && head[i+1] == "7D" || head[i] == "95%" || head[i] == "1ST") {
			names = append(names, head[i]+" "+head[i+1])
			i++
			continue
		}
		names = append(names, head[i])
	}
	nk := len(want.Query.By)
	for _, line := range strings.Split(ansi.Strip(hs.m.View()), "\n")[2:] {
		cells := totalKeys(strings.Fields(strings.TrimPrefix(line, "▸")), nk)
		if len(cells) < nk {
			continue
		}
		row, ok := cli[strings.Join(cells[:nk], " ")]
		if !ok {
			continue
		}
		cells = slices.DeleteFunc(cells, func(c string) bool { return c == smallMark })
		got := cells
		var wantCells []string
		for i, name := range names {
			if name != "BACK" {
				wantCells = append(wantCells, row[i])
			}
		}
		if !slices.Equal(got, wantCells) {
			t.Errorf("by %s, %s: screen row\n%v\nwant (inmail report)\n%v", hs.m.group, hs.m.period, got, wantCells)
		}
		delete(cli, strings.Join(cells[:nk], " "))
	}
	for k := range cli {
		if len(want.Groups) == 1 && strings.HasPrefix(k, "TOTAL") {
			continue // one group: no TOTAL row, as in inmail report
		}
		t.Errorf("by %s, %s: group %q of inmail report is not on the screen", hs.m.group, hs.m.period, k)
	}
}

func TestSmallSamplesAreMarked(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24)
	want := f.build(hs.m.req.query())
	var smallOnes int
	for _, g := range want.Groups {
		line := ""
		for _, l := range strings.Split(hs.screen(), "\n") {
			if strings.Contains(l, g.Key.Template) {
				line = l
			}
		}
		if isSmall := g.Decided < report.MinDecided; isSmall != strings.Contains(line, smallMark) {
			t.Errorf("%s has %d decided; its line %q", g.Key.Template, g.Decided, line)
		} else if isSmall {
			smallOnes++
		}
	}
	if smallOnes == 0 {
		t.Fatal("the test log has no small group")
	}
	if out := hs.screen(); !strings.Contains(out, "n<30 (dimmed)") || !strings.Contains(out, "awaiting") {
		t.Errorf("the notes do not explain n<30 and the awaiting messages:\n%s", out)
	}
}

// TestAwaitingLeftOutAndSaid: messages in their 7-day window are left out
// of the rates and the notes say how many, split into the awaiting ones
// (the tracker's and inmail log's meaning: no response yet) and those
// already answered.
func TestAwaitingLeftOutAndSaid(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24)
	tot := hs.m.rep.Total
	if tot.Awaiting == 0 || tot.WindowOpen == tot.Awaiting {
		t.Fatalf("the test log needs awaiting and early-answered messages: %+v", tot)
	}
	if tot.Decided != tot.Sent-tot.WindowOpen {
		t.Errorf("decided %d, want sent %d - window open %d", tot.Decided, tot.Sent, tot.WindowOpen)
	}
	awaiting := 0
	for _, fact := range f.Facts() {
		if fact.State(f.Now).Status == outreach.StatusAwaiting {
			awaiting++
		}
	}
	if tot.Awaiting != awaiting {
		t.Errorf("the screen counts %d awaiting, the log's statuses %d", tot.Awaiting, awaiting)
	}
	out := strings.Join(strings.Fields(hs.screen()), " ")
	for _, want := range []string{
		words.Count(tot.WindowOpen, "message") + " sent after",
		"left out of every rate",
		words.Thousands(awaiting) + " awaiting a response",
		words.Thousands(tot.WindowOpen-awaiting) + " already answered",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the notes do not say %q:\n%s", want, hs.screen())
		}
	}
}

func TestSortCyclesAndReverses(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 120, 30)
	byName := hs.groups()
	if !slices.IsSorted(byName) {
		t.Fatalf("first order %v, want by name", byName)
	}
	// The cursor's group stays under it across sorts.
	hs.send(down)
	sel := hs.groups()[hs.m.cursor]
	value := func(s sortKey) []float64 {
		var out []float64
		for _, g := range hs.m.rows {
			v, _ := s.value(g.Metrics)
			out = append(out, v)
		}
		return out
	}
	for _, s := range []sortKey{sortSent, sortRate, sortPositive, sortScreen} {
		hs.keys("s")
		if hs.m.sort != s {
			t.Fatalf("s gave sort %v, want %v", hs.m.sort, s)
		}
		v := value(s)
		if !slices.IsSortedFunc(v, func(a, b float64) int { return -cmpFloat(a, b) }) {
			t.Errorf("sorted by %v: %v, want highest first", s, v)
		}
		if got := hs.groups()[hs.m.cursor]; got != sel {
			t.Errorf("sorted by %v the cursor is on %q, want %q", s, got, sel)
		}
		if !strings.Contains(hs.screen(), "sorted by "+s.String()+" ↓") {
			t.Errorf("the heading does not say sorted by %v ↓:\n%s", s, hs.screen())
		}
	}
	hs.keys("r")
	if v := value(sortScreen); !slices.IsSorted(v) {
		t.Errorf("r: %v, want lowest first", v)
	}
	if !strings.Contains(hs.screen(), "sorted by screen rate ↑") || !strings.Contains(hs.screen(), "SCREEN↑") {
		t.Errorf("reversed, the heading and column do not say ↑:\n%s", hs.screen())
	}
	hs.keys("ss")
	if hs.m.sort != sortName || !slices.Equal(hs.groups(), byName) {
		t.Errorf("back to the name sort: %v, want %v", hs.groups(), byName)
	}
	if f.Scans != 1 {
		t.Errorf("sorting read the log again (%d scans; one report and its chart are one scan)", f.Scans)
	}
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func TestGroupingCycles(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 120, 30)
	for _, want := range []struct {
		g     grouping
		first string
	}{
		{bySeniority, "associate"},
		{byRecruiter, "Jordan Blake"},
		{byChannel, "inmail"},
		{byTemplateSeniority, "associate/connect · associate"},
		{byBrief, "(no brief)"},
		{byTemplate, "associate/connect"},
	} {
		hs.keys("b")
		if hs.m.req.group != want.g {
			t.Fatalf("b gave %v, want %v", hs.m.req.group, want.g)
		}
		if got := hs.groups(); len(got) == 0 || got[0] != want.first {
			t.Errorf("by %v: rows %v, want %q first", want.g, got, want.first)
		}
		if !strings.Contains(hs.screen(), "by "+want.g.String()) {
			t.Errorf("the heading does not say by %v:\n%s", want.g, hs.screen())
		}
		if n := len(f.build(hs.m.req.query()).Groups); n != len(hs.m.rows) {
			t.Errorf("by %v: %d rows, report.Build has %d groups", want.g, len(hs.m.rows), n)
		}
	}
}

func TestPeriodCycles(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 120, 30)
	all := hs.m.rep.Total.Sent
	for _, want := range []struct {
		p     period
		since time.Time
	}{
		{last30, f.Now.AddDate(0, 0, -30)},
		{last90, f.Now.AddDate(0, 0, -90)},
		{thisYear, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)},
		{allTime, time.Time{}},
	} {
		hs.keys("p")
		if hs.m.req.period != want.p || !hs.m.rep.Query.Since.Equal(want.since) {
			t.Fatalf("p gave %v since %v, want %v since %v", hs.m.req.period, hs.m.rep.Query.Since, want.p, want.since)
		}
		if !strings.Contains(hs.screen(), want.p.String()) {
			t.Errorf("the heading does not name %v:\n%s", want.p, hs.screen())
		}
		sent := 0
		for _, fact := range f.Facts() {
			st := fact.State(f.Now)
			if (want.since.IsZero() || fact.SentAt >= want.since.Unix()) && st.Status != outreach.StatusWithdrawn {
				sent++
			}
		}
		if hs.m.rep.Total.Sent != sent {
			t.Errorf("%v: %d sent, want %d", want.p, hs.m.rep.Total.Sent, sent)
		}
	}
	if hs.m.rep.Total.Sent != all {
		t.Errorf("back to all time: %d sent, want %d", hs.m.rep.Total.Sent, all)
	}
}

// TestStaleResultsAreDropped changes the grouping twice before either
// report arrives, then delivers them newest first: the older one must not
// replace the newer.
func TestStaleResultsAreDropped(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 120, 30)
	hs.hold = true
	hs.keys("b") // seniority
	hs.keys("b") // recruiter
	if len(hs.held) != 2 {
		t.Fatalf("%d reports asked for, want 2", len(hs.held))
	}
	if !hs.m.loading || !strings.Contains(hs.screen(), "by template") {
		t.Errorf("while the reports are computed the last table stays, with a spinner:\n%s", hs.screen())
	}
	hs.hold = false
	hs.run(hs.held[1])
	hs.run(hs.held[0])
	if hs.m.req.group != byRecruiter || hs.groups()[0] != "Jordan Blake" {
		t.Errorf("after both arrived the table is by %v (%v), want by recruiter", hs.m.req.group, hs.groups())
	}
	if hs.m.loading {
		t.Error("still loading after the newest report arrived")
	}
}

func TestDrillDownAndBack(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24)
	hs.send(down) // associate/direct-intro
	sel, _ := hs.m.selected()
	if sel.Key.Template != "associate/direct-intro" {
		t.Fatalf("selected %q", sel.Key.Template)
	}
	hs.send(enter)
	if hs.m.view != drillView {
		t.Fatalf("enter did not open the drill-down:\n%s", hs.screen())
	}
	if !reflect.DeepEqual(hs.m.drill.metrics, sel.Metrics) {
		t.Errorf("the drill-down's numbers %+v differ from the table row's %+v", hs.m.drill.metrics, sel.Metrics)
	}
	var want []uint64
	for _, fact := range f.Facts() {
		if f.Msgs[fact.ID-1].TemplateID == "associate/direct-intro" {
			want = append(want, fact.ID)
		}
	}
	slices.Reverse(want)
	var got []uint64
	for _, r := range hs.m.drill.rows {
		got = append(got, r.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("drill-down rows %v, want the template's messages newest first %v", got, want)
	}
	out := hs.screen()
	first := f.Msgs[want[0]-1]
	for _, s := range []string{"associate/direct-intro", "All messages " + words.Thousands(len(want)), first.Candidate.Name, "esc back to the table"} {
		if !strings.Contains(out, s) {
			t.Errorf("no %q in the drill-down:\n%s", s, out)
		}
	}
	if f.Decoded > hs.m.drillPage()+window {
		t.Errorf("%d messages decoded for a page of %d", f.Decoded, hs.m.drillPage())
	}

	// The lines that got responses: responded within 7 days, newest first.
	hs.send(tab)
	var lines []uint64
	for _, id := range want {
		if f.Facts()[id-1].State(f.Now).Status == outreach.StatusResponded {
			lines = append(lines, id)
		}
	}
	got = nil
	for i := range hs.m.drillLen() {
		got = append(got, hs.m.drillFact(i).ID)
	}
	if len(lines) == 0 || !slices.Equal(got, lines) {
		t.Errorf("responded lines %v, want %v", got, lines)
	}
	out = hs.screen()
	if top := f.Msgs[lines[0]-1]; !strings.Contains(out, top.Personalization[:40]) || !strings.Contains(out, "[ Lines that got responses") {
		t.Errorf("the newest responded line %q is not shown first:\n%s", top.Personalization, out)
	}
	hs.send(pageDown, pageDown)
	if c := hs.m.drill.cursor[1]; c != min(2*hs.m.drillPage(), len(lines)-1) {
		t.Errorf("two pages down the cursor is on %d", c)
	}

	hs.send(esc)
	if hs.m.view != tableView {
		t.Fatalf("esc did not go back to the table:\n%s", hs.screen())
	}
	if s, _ := hs.m.selected(); s.Key != sel.Key {
		t.Errorf("back on the table the cursor is on %v, want %v", s.Key, sel.Key)
	}
	if hs.m.CapturesEsc() {
		t.Error("on the table esc should go back to the composer")
	}
}

func TestDrillFromTheChart(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 120, 40)
	hs.send(down, down, tab) // senior-associate/lateral-move in the table, then the chart
	if hs.m.view != chartView || hs.m.trend.series[hs.m.chartCursor].template != "senior-associate/lateral-move" {
		t.Fatalf("tab did not open the chart on the selected template:\n%s", hs.screen())
	}
	if !hs.m.CapturesEsc() || hs.m.keys.Sort.Enabled() || hs.m.keys.Group.Enabled() {
		t.Error("on the chart esc should close it, and sort and group (table keys) be off")
	}
	hs.send(enter)
	if hs.m.view != drillView || hs.m.drill.label != "senior-associate/lateral-move" {
		t.Fatalf("enter on the chart did not drill into the template:\n%s", hs.screen())
	}
	if !strings.Contains(hs.screen(), "esc back to the chart") {
		t.Errorf("the help does not say esc goes back to the chart:\n%s", hs.screen())
	}
	hs.send(esc)
	if hs.m.view != chartView {
		t.Errorf("esc went to %v, want the chart", hs.m.view)
	}
	hs.send(esc)
	if hs.m.view != tableView {
		t.Errorf("esc went to %v, want the table", hs.m.view)
	}
}

func TestTableFollowsTheChartsTemplate(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24)
	hs.send(tab, down).keys("t")
	if s, _ := hs.m.selected(); hs.m.view != tableView || s.Key.Template != "associate/direct-intro" {
		t.Errorf("back from the chart the table is on %q, want the template chosen on the chart", s.Key.Template)
	}
}

func TestKeysFollowTheView(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24)
	k := &hs.m.keys
	type want struct{ sort, group, period, chart, drill, tab, close bool }
	check := func(where string, w want) {
		t.Helper()
		got := want{k.Sort.Enabled(), k.Group.Enabled(), k.Period.Enabled(), k.Chart.Enabled(), k.Drill.Enabled(), k.Tab.Enabled(), k.Close.Enabled()}
		if got != w {
			t.Errorf("%s: keys %+v, want %+v", where, got, w)
		}
	}
	check("table", want{sort: true, group: true, period: true, chart: true, drill: true})
	hs.send(tab)
	check("chart", want{period: true, chart: true, drill: true, close: true})
	hs.send(enter)
	check("drill-down", want{tab: true, close: true})
	hs.send(esc, esc)
	check("table again", want{sort: true, group: true, period: true, chart: true, drill: true})
}

func TestEmptyLog(t *testing.T) {
	hs := newHarness(t, newFakeLog(), 80, 24)
	out := hs.screen()
	if !strings.Contains(out, "No messages logged yet.") {
		t.Errorf("the empty log does not say so:\n%s", out)
	}
	if hs.m.keys.Drill.Enabled() || hs.m.keys.Sort.Enabled() {
		t.Errorf("enter or s offered with nothing to show:\n%s", out)
	}
	hs.send(enter)
	if hs.m.view != tableView {
		t.Error("enter on an empty table opened something")
	}
}

func TestChartShowsEveryTemplate(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24)
	hs.send(tab)
	out := hs.screen()
	for _, s := range []string{"a/connect", "a/direct-intro", "sa/lateral-move", "weekly 7-day response rate", "▸ associate/connect · 43.2%"} {
		if !strings.Contains(out, s) {
			t.Errorf("no %q on the chart:\n%s", s, out)
		}
	}
	want := f.build(report.Query{By: []report.Dimension{report.ByTemplate, report.ByWeek}})
	s := hs.m.trend.series[0]
	for _, g := range want.Groups {
		if g.Key.Template != s.template {
			continue
		}
		for i, w := range hs.m.trend.weeks {
			if w.Equal(g.Key.Week) && (s.points[i].decided != g.Decided || s.points[i].responded != g.Responded) {
				t.Errorf("week %s of %s: %+v, want %d of %d decided", w.Format(time.DateOnly), s.template, s.points[i], g.Responded, g.Decided)
			}
		}
	}
}

func TestLevelsAndScale(t *testing.T) {
	for _, c := range []struct {
		rate, scale float64
		want        rune
	}{
		{0, 0.5, '▁'}, {0.5, 0.5, '█'}, {0.25, 0.5, '▅'}, {0.6, 0.5, '█'}, {0.07, 0.5, '▂'},
	} {
		if got := level(c.rate, c.scale); got != c.want {
			t.Errorf("level(%v, %v) = %c, want %c", c.rate, c.scale, got, c.want)
		}
	}
	for _, c := range []struct {
		points []point
		want   float64
	}{
		{[]point{{decided: 100, responded: 41}}, 0.5},
		// A small sample sets the top too: nothing is clipped.
		{[]point{{decided: 100, responded: 41}, {decided: 3, responded: 3}}, 1},
		{[]point{{decided: 100, responded: 30}, {decided: 9, responded: 5}}, 0.6},
		{[]point{{decided: 100, responded: 0}, {}}, 0.1},
	} {
		m := &Model{trend: trend{series: []series{{points: c.points}}}}
		if got := m.scale(0); got != c.want {
			t.Errorf("scale of %+v: %v, want %v", c.points, got, c.want)
		}
	}
}

// TestChartIsNotClipped: a template whose small-sample week is at 56%
// and whose full weeks are at 30% draws the 56% week taller than the 30%
// ones, on a scale that reaches it, in the column chart and the
// sparkline.
func TestChartIsNotClipped(t *testing.T) {
	f := newFakeLog()
	hs := newHarness(t, f, 80, 24)
	weeks := []time.Time{thursday.AddDate(0, 0, -21), thursday.AddDate(0, 0, -14)}
	hs.m.trend = trend{weeks: weeks, series: []series{{
		template: "associate/direct-intro",
		points:   []point{{decided: 100, responded: 30}, {decided: 9, responded: 5}},
		total:    report.Rate{Count: 35, Of: 109},
	}}}
	c := hs.m.chartLayout()
	if c.scale < 5.0/9 {
		t.Fatalf("scale %v is under the 56%% week", c.scale)
	}
	rows := hs.m.columnChart(hs.m.trend.series[0], c, 10)
	height := func(col int) int {
		n := 0
		for _, r := range rows {
			cells := []rune(ansi.Strip(r))[c.plotX:]
			if col*c.colW < len(cells) && cells[col*c.colW] != ' ' {
				n++
			}
		}
		return n
	}
	if h30, h56 := height(0), height(1); h56 <= h30 {
		t.Errorf("the 30%% week is %d rows high and the 56%% week %d (scale %v):\n%s", h30, h56, c.scale, strings.Join(rows, "\n"))
	}
	spark := []rune(ansi.Strip(hs.m.spark(hs.m.trend.series[0], c)))
	if spark[0] >= spark[len(spark)-1] {
		t.Errorf("sparkline %q does not set 56%% above 30%%", string(spark))
	}
}

func TestFitsEverySize(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24)
	for _, sz := range [][2]int{{80, 24}, {60, 20}, {140, 45}, {100, 12}} {
		hs.m.SetSize(sz[0], sz[1])
		for _, do := range []func(){func() {}, func() { hs.send(tab) }, func() { hs.send(enter) }, func() { hs.send(tab) }, func() { hs.send(esc, esc) }} {
			do()
			lines := strings.Split(ansi.Strip(hs.m.View()), "\n")
			if len(lines) != sz[1] {
				t.Errorf("%dx%d, view %v: %d lines", sz[0], sz[1], hs.m.view, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w != sz[0] {
					t.Errorf("%dx%d, view %v: line %d is %d cells wide", sz[0], sz[1], hs.m.view, i+1, w)
				}
			}
		}
	}
}

// TestDrillEveryGrouping drills into the first row of each grouping and
// period: the messages listed are the group's, sent and withdrawn, and
// its numbers are the row's.
func TestDrillEveryGrouping(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 100, 30)
	for range periods {
		for range groupings {
			sel, ok := hs.m.selected()
			if !ok {
				t.Fatalf("by %s, %s: no row", hs.m.group, hs.m.period)
			}
			hs.send(enter)
			if got, want := len(hs.m.drill.rows), sel.Sent+sel.Withdrawn; got != want {
				t.Errorf("by %s, %s, %s: %d messages, want %d sent and withdrawn", hs.m.group, hs.m.period, hs.m.drill.label, got, want)
			}
			if !reflect.DeepEqual(hs.m.drill.metrics, sel.Metrics) {
				t.Errorf("by %s, %s, %s: drill-down numbers differ from the row's", hs.m.group, hs.m.period, hs.m.drill.label)
			}
			hs.send(esc).keys("b")
		}
		hs.keys("p")
	}
}

// TestDrillIntoABrief: grouped by brief, enter on a brief lists its
// messages and no others, with the row's numbers.
func TestDrillIntoABrief(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24)
	for hs.m.req.group != byBrief {
		hs.keys("b")
	}
	hs.send(down) // after "(no brief)"
	sel, _ := hs.m.selected()
	if sel.Key.Brief != "Senior M&A Associate · a top-10 firm" {
		t.Fatalf("selected %q", sel.Key.Brief)
	}
	hs.send(enter)
	if hs.m.view != drillView || !reflect.DeepEqual(hs.m.drill.metrics, sel.Metrics) {
		t.Fatalf("the brief's drill-down: numbers %+v, want the row's %+v", hs.m.drill.metrics, sel.Metrics)
	}
	n := 0
	for _, m := range f.Msgs {
		if m.BriefID == 1 {
			n++
		}
	}
	if len(hs.m.drill.rows) != n || n == 0 {
		t.Errorf("the drill-down lists %d messages, the brief has %d", len(hs.m.drill.rows), n)
	}
	for _, r := range hs.m.drill.rows {
		if f.Msgs[r.ID-1].Recruiter != "Jordan Blake" {
			t.Errorf("message %d of another search in the brief's drill-down", r.ID)
		}
	}
}
