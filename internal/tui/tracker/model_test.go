package tracker

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

var (
	enter = tea.KeyPressMsg{Code: tea.KeyEnter}
	esc   = tea.KeyPressMsg{Code: tea.KeyEscape}
)

func TestFirstFrameDoesNotWait(t *testing.T) {
	f := mixedLog()
	m := New(common.NewStyles(true), f, Deps{Now: func() time.Time { return f.Now }})
	m.SetSize(80, 24)
	cmd := m.Init()
	if f.Scans != 0 || f.Decoded != 0 {
		t.Errorf("New and Init read the log (%d scans, %d decoded); that belongs in the command", f.Scans, f.Decoded)
	}
	if out := ansi.Strip(m.View()); !strings.Contains(out, "Reading the log…") {
		t.Errorf("the first frame does not say the log is being read:\n%s", out)
	}
	if cmd == nil {
		t.Fatal("Init returned no command to load the log")
	}
}

func TestAttentionOrder(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24)
	// Awaiting, closing soonest first; then the rest newest first.
	want := []uint64{2, 1, 6, 7, 3, 5, 4, 8}
	if got := hs.ids(); !slices.Equal(got, want) {
		t.Errorf("rows %v, want %v", got, want)
	}
	// The same order as inmail log, which sorts decoded entries.
	var es []outreach.Entry
	for id := range uint64(len(f.Msgs)) {
		e, _ := f.Entry(id + 1)
		es = append(es, e)
	}
	outreach.SortByAttention(es)
	for i, e := range es {
		if e.ID != want[i] {
			t.Errorf("inmail log's order has %d at %d, the tracker %d", e.ID, i, want[i])
		}
	}
	out := hs.screen()
	for _, s := range []string{"8 messages · 2 awaiting", "awaiting · 2h left", "responded in 1d · scr", "late · after 9d 2h", "no response", "withdrawn"} {
		if !strings.Contains(out, s) {
			t.Errorf("no %q on the screen:\n%s", s, out)
		}
	}
}

// bigLog has n InMails, one an hour back from now.
func bigLog(n int) *fakeLog {
	f := newFakeLog()
	for i := range n {
		f.send(fmt.Sprintf("Candidate %d", i+1), "associate/direct-intro", library.InMail, f.Now.Add(-time.Duration(n-i)*time.Hour))
	}
	return f
}

func TestDecodesOnlyWhatIsShown(t *testing.T) {
	f := bigLog(5000)
	hs := newHarness(t, f, 80, 24)
	// The first table is a page of the index: no scan of the log.
	if len(hs.m.rows) != firstPage || f.Scans != 0 || f.Paged != firstPage {
		t.Fatalf("the first table read %d rows (%d fact records, %d scans), want a page of %d and no scan", len(hs.m.rows), f.Paged, f.Scans, firstPage)
	}
	if out := hs.screen(); !strings.Contains(out, "5,000 messages") || !strings.Contains(out, "row 1 of 5,000") {
		t.Errorf("the heading does not count the whole log:\n%s", out)
	}
	if f.Decoded > window+24 {
		t.Errorf("drawing one screen decoded %d messages", f.Decoded)
	}
	// The top of the table: the awaiting messages closing soonest.
	if out := hs.screen(); !strings.Contains(out, "Candidate 4833") || !strings.Contains(out, "Candidate 4851") {
		t.Errorf("the first rows are not decoded:\n%s", out)
	}
	// The last page is decoded when it is reached.
	hs.send(tea.KeyPressMsg{Code: tea.KeyEnd})
	if out := hs.screen(); !strings.Contains(out, "Candidate 1 ") || !strings.Contains(out, "row 5,000 of 5,000") {
		t.Errorf("the last page:\n%s", out)
	}
	if f.Decoded > 2*(window+24)+window/2 {
		t.Errorf("two screens decoded %d messages", f.Decoded)
	}
}

func TestStatusFilter(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24)
	f := tea.KeyPressMsg{Code: 'f', Text: "f"}
	for _, step := range []struct {
		status string
		ids    []uint64
	}{
		{"awaiting", []uint64{2, 1}},
		{"responded", []uint64{7, 3}},
		{"late", []uint64{5}},
		{"none", []uint64{4, 8}},
		{"withdrawn", []uint64{6}},
		{"", []uint64{2, 1, 6, 7, 3, 5, 4, 8}},
	} {
		hs.send(f)
		// The cursor starts at the top, not on the message selected
		// under the last filter.
		if hs.m.cursor != 0 {
			t.Errorf("status %q: the cursor is on row %d", step.status, hs.m.cursor)
		}
		if got := hs.ids(); !slices.Equal(got, step.ids) {
			t.Errorf("status %q: rows %v, want %v", step.status, got, step.ids)
		}
		if step.status != "" && !strings.Contains(hs.screen(), "Filtered: status "+step.status) {
			t.Errorf("the heading does not say the status is %s:\n%s", step.status, hs.screen())
		}
		hs.send(tea.KeyPressMsg{Code: tea.KeyEnd})
	}
	// A status no message has is skipped.
	f2 := newFakeLog()
	f2.send("Priya Raman", "associate/direct-intro", library.InMail, thursday.Add(-time.Hour))
	f2.send("Wei Chen", "associate/direct-intro", library.InMail, thursday.Add(-30*24*time.Hour))
	hs = newHarness(t, f2, 80, 24)
	hs.send(f, f)
	if hs.m.q.status != outreach.StatusNone {
		t.Errorf("second f picked %v, want none (responded, late have no messages)", hs.m.q.status)
	}
	// esc clears the filters before it goes back.
	if !hs.m.CapturesEsc() {
		t.Error("with a status filter, esc is left to the root")
	}
	hs.send(esc)
	if hs.m.q.filtered() || len(hs.m.rows) != 2 {
		t.Errorf("esc left the filter %+v, %d rows", hs.m.q, len(hs.m.rows))
	}
}

func TestTextFilter(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24)
	hs.send(tea.KeyPressMsg{Code: '/', Text: "/"})
	if !hs.m.Typing() {
		t.Fatal("/ did not start the filter")
	}
	hs.keys("priya")
	if got, want := hs.ids(), []uint64{1, 8}; !slices.Equal(got, want) {
		t.Errorf("priya: rows %v, want %v", got, want)
	}
	// Every word must match, in the name or the template id; typed keys
	// that are outcome keys go into the filter.
	hs.keys(" passive")
	if got, want := hs.ids(), []uint64{8}; !slices.Equal(got, want) {
		t.Errorf("priya passive: rows %v, want %v", got, want)
	}
	if n := len(hs.log.Events[8]); n != 2 {
		t.Errorf("typing recorded events: message 8 has %d", n)
	}
	hs.send(enter)
	if hs.m.Typing() || hs.m.q.text != "priya passive" {
		t.Errorf("enter: typing %v, filter %q", hs.m.Typing(), hs.m.q.text)
	}
	if !strings.Contains(hs.screen(), `Filtered: matching "priya passive" · 1 shown`) {
		t.Errorf("the heading does not show the filter:\n%s", hs.screen())
	}
	hs.send(esc)
	if len(hs.m.rows) != 8 {
		t.Errorf("esc left %d rows", len(hs.m.rows))
	}
	// A paste is typed into the filter.
	hs.send(tea.KeyPressMsg{Code: '/', Text: "/"}, tea.PasteMsg{Content: "omar"})
	if got, want := hs.ids(), []uint64{7}; !slices.Equal(got, want) {
		t.Errorf("pasted omar: rows %v, want %v", got, want)
	}
	hs.send(esc)
	// Template ids alone.
	hs.send(tea.KeyPressMsg{Code: '/', Text: "/"}).keys("DIRECT")
	if got, want := hs.ids(), []uint64{1, 6, 4}; !slices.Equal(got, want) {
		t.Errorf("direct: rows %v, want %v", got, want)
	}
	// Nothing matches: said, and esc clears it while typing.
	hs.keys("zzz")
	if !strings.Contains(hs.screen(), "No messages match.") {
		t.Errorf("no match:\n%s", hs.screen())
	}
	hs.send(esc)
	if hs.m.Typing() || len(hs.m.rows) != 8 {
		t.Errorf("esc while typing: typing %v, %d rows", hs.m.Typing(), len(hs.m.rows))
	}
}

// A message whose line is not in the reuse index is still found by name.
func TestTextFilterDecodesNamesTheIndexLacks(t *testing.T) {
	f := mixedLog()
	f.Msgs[3].Personalization = "" // Wei Chen
	hs := newHarness(t, f, 80, 24)
	hs.send(tea.KeyPressMsg{Code: '/', Text: "/"}).keys("wei")
	if got, want := hs.ids(), []uint64{4}; !slices.Equal(got, want) {
		t.Errorf("wei: rows %v, want %v", got, want)
	}
}

func TestOutcomeKeys(t *testing.T) {
	for _, tt := range []struct {
		key     rune
		outcome outreach.Outcome
		status  string
	}{
		{'a', outreach.Accepted, "now responded in 2d 1h"},
		{'d', outreach.Declined, "now responded in 2d 1h"},
		{'r', outreach.Replied, "now responded in 2d 1h"},
		{'s', outreach.Screened, "now awaiting · 4d 23h left · screened"},
	} {
		t.Run(tt.outcome.String(), func(t *testing.T) {
			hs := newHarness(t, mixedLog(), 80, 24).selectID(1)
			hs.keys(string(tt.key))
			evs := hs.events(1)
			if len(evs) != 1 {
				t.Fatalf("message 1 has %d events, want 1", len(evs))
			}
			ev := evs[0]
			if ev.Outcome != tt.outcome || !ev.At.Equal(thursday) || ev.Source != outreach.Manual || ev.Retracts != 0 {
				t.Errorf("event %+v, want %s at %s, manual", ev, tt.outcome, thursday)
			}
			want := fmt.Sprintf("Recorded %s for message 1 to Priya Raman · %s.", tt.outcome, tt.status)
			if got := hs.lastNotice(); got != want {
				t.Errorf("banner %q, want %q", got, want)
			}
			if r, _ := hs.m.selected(); r.key.ID != 1 {
				t.Errorf("the cursor moved to message %d; it stays on the message changed", r.key.ID)
			}
			// The same outcome is not offered twice.
			if hs.m.keys.outcome(tt.outcome).Enabled() {
				t.Errorf("%c is still offered once %s is recorded", tt.key, tt.outcome)
			}
		})
	}
}

func TestWithdrawnAsksFirst(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24).selectID(1)
	hs.keys("w")
	if out := hs.screen(); !strings.Contains(out, "Withdrawn?") || !strings.Contains(out, "Record that message 1 to Priya Raman was never actually") || !strings.Contains(out, "y yes, withdrawn") {
		t.Fatalf("w did not ask:\n%s", out)
	}
	if !hs.m.CapturesEsc() {
		t.Error("the question leaves esc to the root")
	}
	hs.keys("r") // not an answer: nothing happens
	hs.keys("n")
	if n := len(hs.events(1)); n != 0 {
		t.Fatalf("n recorded %d events", n)
	}
	hs.keys("w").send(esc)
	if n := len(hs.events(1)); n != 0 || hs.m.confirm != 0 {
		t.Fatalf("esc recorded %d events, question open %v", n, hs.m.confirm != 0)
	}
	hs.keys("wy")
	evs := hs.events(1)
	if len(evs) != 1 || evs[0].Outcome != outreach.Withdrawn {
		t.Fatalf("y recorded %+v, want withdrawn", evs)
	}
	if got := hs.lastNotice(); got != "Recorded withdrawn for message 1 to Priya Raman · now withdrawn." {
		t.Errorf("banner %q", got)
	}
}

func TestUndo(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24).selectID(7) // accepted (1), then screened (2)
	hs.keys("u")
	evs := hs.events(7)
	if len(evs) != 3 || evs[2].Retracts != 2 || evs[2].Outcome != outreach.Screened || !evs[2].At.Equal(thursday) {
		t.Fatalf("first undo: events %+v, want a correction of event 2 (screened) at now", evs)
	}
	want := "Took back screened (2026-03-06 09:00, event 2) on message 7 to Omar Haddad · now responded in 1d."
	if got := hs.lastNotice(); got != want {
		t.Errorf("banner %q, want %q", got, want)
	}
	hs.keys("u")
	evs = hs.events(7)
	if len(evs) != 4 || evs[3].Retracts != 1 {
		t.Fatalf("second undo: events %+v, want a correction of event 1", evs)
	}
	if r, _ := hs.m.selected(); r.key.ID != 7 || r.key.Status != outreach.StatusNone {
		t.Errorf("after two undos the cursor is on %d (%v), want 7 with no response", r.key.ID, r.key.Status)
	}
	// The same rule as inmail outcome --undo: nothing left in force.
	if hs.m.keys.Undo.Enabled() {
		t.Error("u is offered with no outcome in force")
	}
	hs.keys("u")
	if n := len(hs.events(7)); n != 4 {
		t.Errorf("a third u recorded an event (%d events)", n)
	}
	if !strings.Contains(hs.screen(), "a/d/r/s/w record") || strings.Contains(hs.screen(), "u undo") {
		t.Errorf("help bar after the undos:\n%s", hs.screen())
	}
}

// An outcome changes the message's row where it is: the table keeps its
// order and filters, the cursor stays, u undoes on the same message, and
// j goes on to the next.
func TestChangedMessageStaysInPlace(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24)
	hs.selectID(1).keys("r")
	if got, want := hs.ids(), []uint64{2, 1, 6, 7, 3, 5, 4, 8}; !slices.Equal(got, want) {
		t.Errorf("rows %v, want %v (the order as it was)", got, want)
	}
	if r, _ := hs.m.selected(); r.key.ID != 1 || r.key.Status != outreach.StatusResponded {
		t.Errorf("selected %d (%v), want 1, responded", r.key.ID, r.key.Status)
	}
	if !strings.Contains(hs.screen(), "▸  1 Mar 10 Priya Raman") || !strings.Contains(hs.screen(), "responded in 2d 1h") {
		t.Errorf("the row does not show the reply:\n%s", hs.screen())
	}
	if !strings.Contains(hs.screen(), "8 messages · 1 awaiting") {
		t.Errorf("the heading's counts were not read again:\n%s", hs.screen())
	}
	hs.keys("u")
	if evs := hs.events(1); len(evs) != 2 || evs[1].Retracts != 1 {
		t.Errorf("u after r: events %+v", evs)
	}
	hs.keys("j")
	if r, _ := hs.m.selected(); r.key.ID != 6 {
		t.Errorf("j went to %d, want 6", r.key.ID)
	}

	// Under a status filter the message stays until the filters change.
	hs = newHarness(t, mixedLog(), 80, 24)
	hs.keys("f") // awaiting: 2, 1
	hs.selectID(1).keys("r")
	if got, want := hs.ids(), []uint64{2, 1}; !slices.Equal(got, want) {
		t.Errorf("rows %v, want %v (message 1 kept)", got, want)
	}
	if !strings.Contains(hs.lastNotice(), "kept in view until the filters change") {
		t.Errorf("banner %q does not say the message is kept", hs.lastNotice())
	}
	hs.keys("ff") // responded, then late
	if got, want := hs.ids(), []uint64{5}; !slices.Equal(got, want) {
		t.Errorf("late: rows %v, want %v", got, want)
	}
}

func TestKeysFollowTheState(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24)
	enabled := func(b key.Binding) bool { return b.Enabled() }
	k := &hs.m.keys

	hs.selectID(6) // withdrawn
	for _, o := range outreach.Outcomes {
		if enabled(*k.outcome(o)) {
			t.Errorf("withdrawn message: %s offered", o)
		}
	}
	if !enabled(k.Undo) || strings.Contains(hs.screen(), "record") {
		t.Errorf("withdrawn message: help bar\n%s", hs.screen())
	}
	hs.keys("r")
	if n := len(hs.events(6)); n != 1 {
		t.Errorf("r on a withdrawn message recorded an event")
	}

	hs.selectID(3) // replied
	if got := k.Record.Help().Key; got != "a/d/s/w" {
		t.Errorf("replied message: record keys %q, want a/d/s/w", got)
	}

	hs.selectID(4) // nothing recorded
	if enabled(k.Undo) {
		t.Error("undo offered on a message with no events")
	}

	hs.send(tea.KeyPressMsg{Code: '/', Text: "/"})
	for _, b := range []key.Binding{k.Accepted, k.Undo, k.Copy, k.Status, k.Up} {
		if enabled(b) {
			t.Errorf("while typing, %q is offered", b.Help().Key)
		}
	}
	if !enabled(k.AcceptFilter) || !enabled(k.ClearFilter) {
		t.Error("while typing, enter and esc are not offered")
	}

	empty := newHarness(t, newFakeLog(), 80, 24)
	for _, b := range empty.m.ShortHelp() {
		if b.Enabled() {
			t.Errorf("empty log: %q offered", b.Help().Key)
		}
	}
}

func TestCopy(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24).selectID(1)
	hs.keys("c")
	want := "Hi Priya,\n\nYour work on the Castell Pharma deal stood out.\n\nMy client is hiring. Open to a short call?\n\nJordan"
	if len(hs.osc52()) != 1 || hs.osc52()[0] != want {
		t.Errorf("terminal clipboard %q, want the body %q", hs.osc52(), want)
	}
	if len(hs.copied) != 1 || hs.copied[0] != want {
		t.Errorf("system clipboard %q", hs.copied)
	}
	if got := hs.lastNotice(); got != "Copied message 1 (body, 110 characters) to the system clipboard and the terminal's: paste it into LinkedIn." {
		t.Errorf("banner %q", got)
	}
	// C copies the subject on its own.
	hs.keys("C")
	if len(hs.copied) != 2 || hs.copied[1] != "M&A associate at a top-10 firm" || !strings.HasPrefix(hs.lastNotice(), "Copied message 1 (subject, 30 characters)") {
		t.Errorf("C copied %q: %q", hs.copied, hs.lastNotice())
	}
	// No system clipboard: what worked and what did not.
	hs.system = false
	hs.selectID(3).keys("c")
	got := hs.lastNotice()
	for _, s := range []string{"Sent message 3 (", "terminal's clipboard (OSC52)", "no clipboard utility", "inmail log copy 3"} {
		if !strings.Contains(got, s) {
			t.Errorf("banner %q lacks %q", got, s)
		}
	}
}

func TestDetail(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24).selectID(8)
	hs.send(enter)
	if !hs.m.detail || !hs.m.CapturesEsc() {
		t.Fatal("enter did not open the detail pane")
	}
	// Scroll to the history.
	for range 30 {
		hs.send(tea.KeyPressMsg{Code: tea.KeyDown})
	}
	if hs.m.keys.ScrollDown.Enabled() || !hs.m.keys.ScrollUp.Enabled() {
		t.Error("at the bottom of the detail, the help bar still offers to scroll down")
	}
	out := hs.screen()
	for _, s := range []string{"Message 8", "1  2026-02-12 09:00  replied · ✗ taken back by 2", "2  2026-02-12 10:00  undo: took back 1 (replied)"} {
		if !strings.Contains(out, s) {
			t.Errorf("no %q in the detail:\n%s", s, out)
		}
	}
	// Outcome keys work on the message shown.
	hs.keys("s")
	if evs := hs.events(8); len(evs) != 3 || evs[2].Outcome != outreach.Screened {
		t.Errorf("s in the detail: events %+v", evs)
	}
	hs.send(esc)
	if hs.m.detail {
		t.Error("esc did not close the detail pane")
	}
	if hs.m.CapturesEsc() {
		t.Error("with nothing to close, esc is not left to the root")
	}
}

func TestWideShowsDetailBeside(t *testing.T) {
	hs := newHarness(t, mixedLog(), 140, 45).selectID(7)
	out := hs.screen()
	if !strings.Contains(out, "Message 7") || !strings.Contains(out, "Omar Haddad") || !strings.Contains(out, "Tom Okafor") {
		t.Errorf("at 140 columns the detail is not beside the table:\n%s", out)
	}
}

func TestStoreErrorsGoToTheBanner(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24).selectID(1)
	f.EventErr = outreach.Errorf(outreach.EINVALID, "the replied event is dated in the future")
	hs.keys("r")
	if len(hs.errs) != 1 || !strings.Contains(hs.errs[0], "dated in the future") {
		t.Errorf("errors %q", hs.errs)
	}
	if hs.m.busy || !hs.m.keys.Replied.Enabled() {
		t.Error("after a failure the outcome keys stay off")
	}
}

func TestHealthWarning(t *testing.T) {
	f := newFakeLog()
	for i := range 60 {
		id := f.send(fmt.Sprintf("Candidate %d", i), "associate/direct-intro", library.InMail, thursday.Add(-time.Duration(i+1)*5*time.Hour))
		if i%12 == 0 {
			f.event(id, outreach.Replied, thursday.Add(-time.Duration(i+1)*5*time.Hour+time.Hour))
		}
	}
	hs := newHarness(t, f, 80, 24)
	if hs.m.stats.health.Level != outreach.LevelWarn {
		t.Fatalf("health %+v, want a warning", hs.m.stats.health)
	}
	if out := hs.screen(); !strings.Contains(out, "! Response rate 8% (5 of 60 InMails in 14 days") {
		t.Errorf("no health warning at the top:\n%s", out)
	}
	// Someone else's messages do not count.
	hs = newHarness(t, f, 80, 24)
	hs.m.deps.Recruiter = "Sam Reyes"
	hs.run(hs.m.reload())
	if hs.m.stats.health.Sent != 0 || len(hs.m.healthLines()) != 0 {
		t.Errorf("Sam's health counts Jordan's messages: %+v", hs.m.stats.health)
	}
}

// TestSizes checks every state at sizes from tiny to wide: the view is
// exactly the size given and nothing is wider.
func TestSizes(t *testing.T) {
	states := map[string]func(*harness){
		"table":   func(*harness) {},
		"detail":  func(hs *harness) { hs.send(enter) },
		"filter":  func(hs *harness) { hs.keys("/pri") },
		"confirm": func(hs *harness) { hs.keys("w") },
	}
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {140, 45}, {60, 12}, {40, 10}, {20, 5}, {3, 2}, {1, 1}} {
		for name, do := range states {
			hs := newHarness(t, mixedLog(), sz[0], sz[1])
			do(hs)
			out := ansi.Strip(hs.m.View())
			lines := strings.Split(out, "\n")
			if len(lines) != sz[1] {
				t.Errorf("%dx%d %s: %d lines", sz[0], sz[1], name, len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w != sz[0] {
					t.Errorf("%dx%d %s: line %d is %d cells: %q", sz[0], sz[1], name, i+1, w, l)
				}
			}
		}
	}
}

func TestFitColumns(t *testing.T) {
	for w := 10; w <= 200; w++ {
		c := fitColumns(w, 4, 30, 26)
		if c.width() > w {
			t.Errorf("width %d: columns take %d (%+v)", w, c.width(), c)
		}
		if w >= 80 && (c.ch == 0 || c.sent == 0 || c.tmpl == 0 || c.status < 22) {
			t.Errorf("width %d drops a column: %+v", w, c)
		}
	}
}

func TestMouse(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24)
	hs.send(tea.MouseClickMsg{X: 10, Y: hs.m.tableTop() + 3, Button: tea.MouseLeft})
	if r, _ := hs.m.selected(); r.key.ID != 7 {
		t.Errorf("a click on the fourth row selected %d", r.key.ID)
	}
	hs.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	if hs.m.cursor != 6 {
		t.Errorf("the wheel moved the cursor to %d, want 6", hs.m.cursor)
	}
}

func TestRevealedReloads(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24)
	f.send("Nina Park", "associate/direct-intro", library.InMail, thursday.Add(-time.Minute))
	hs.run(hs.m.Revealed())
	// Awaiting with 6d 23h left: after 2 (2h) and 1 (4d 23h).
	if len(hs.m.rows) != 9 || hs.m.rows[2].key.ID != 9 {
		t.Errorf("after Revealed: rows %v", hs.ids())
	}
}

func TestMouseOffInDetail(t *testing.T) {
	hs := newHarness(t, mixedLog(), 80, 24)
	var _ common.MouseUser = hs.m
	if !hs.m.UsesMouse() {
		t.Error("the table does not take the mouse")
	}
	hs.send(enter)
	if hs.m.UsesMouse() {
		t.Error("the detail pane takes the mouse; its text cannot be selected by hand")
	}
}

func TestFitTemplate(t *testing.T) {
	for _, tt := range []struct {
		id    string
		w     int
		short bool
		want  string
	}{
		{"associate/connect", 20, false, "associate/connect"},
		{"associate/connect", 20, true, "a/connect"},
		{"senior-associate/lateral-move", 20, true, "sa/lateral-move"},
		{"partner-track/confidential-search", 16, true, "pt/confidential…"},
		{"no-level", 5, true, "no-l…"},
	} {
		if got := fitTemplate(tt.id, tt.w, tt.short); got != tt.want {
			t.Errorf("fitTemplate(%q, %d, %v) = %q, want %q", tt.id, tt.w, tt.short, got, tt.want)
		}
	}
}

func TestWideDetailScrollsOnlyWhenLong(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 140, 45)
	if hs.m.keys.Detail.Enabled() {
		t.Error("at 140 columns a short message shows whole beside the table, yet enter is offered")
	}
	f.Msgs[1].Body = strings.Repeat("A long paragraph about the role and the client.\n", 60)
	hs = newHarness(t, f, 140, 45)
	if !hs.m.keys.Detail.Enabled() || hs.m.keys.Detail.Help().Desc != "scroll details" {
		t.Fatalf("a long message beside the table: enter %v %q", hs.m.keys.Detail.Enabled(), hs.m.keys.Detail.Help().Desc)
	}
	hs.send(enter, tea.KeyPressMsg{Code: tea.KeyDown})
	if out := hs.screen(); !strings.Contains(out, "▸ Message 2 · ↑↓ more") || !strings.Contains(out, "esc back to the table") {
		t.Errorf("the focused pane:\n%s", out)
	}
}

// A window that closes while the tracker is open reads as closed.
func TestRowsFollowTheClock(t *testing.T) {
	f := mixedLog()
	hs := newHarness(t, f, 80, 24) // message 2 has 2h left
	f.Now = f.Now.Add(3 * time.Hour)
	out := hs.screen()
	if !strings.Contains(out, "▸  2 Mar 05 Tom Okafor") || strings.Contains(out, "2h left") {
		t.Errorf("three hours on:\n%s", out)
	}
	if r, _ := hs.m.selected(); !strings.HasPrefix(r.words(f.Now), "no response") {
		t.Errorf("message 2 reads %q three hours on, want no response", r.words(f.Now))
	}
}

// brokenLog fails to read some messages, or the whole log.
type brokenLog struct {
	*fakeLog
	bad     uint64 // a message that cannot be decoded
	noFacts bool
	entries int
}

func (b *brokenLog) Entry(id uint64) (outreach.Entry, error) {
	b.entries++
	if id == b.bad {
		return outreach.Entry{}, fmt.Errorf("read message %d: unexpected end of JSON input", id)
	}
	return b.fakeLog.Entry(id)
}

var errDamaged = fmt.Errorf("/tmp/x.db is damaged (page 12); inmail left it unchanged")

func (b *brokenLog) ForEachFact(fn func(outreach.Fact) bool) error {
	if b.noFacts {
		return errDamaged
	}
	return b.fakeLog.ForEachFact(fn)
}

func (b *brokenLog) Attention(now time.Time, want outreach.Status, after outreach.AttentionKey, n int) ([]outreach.Fact, error) {
	if b.noFacts {
		return nil, errDamaged
	}
	return b.fakeLog.Attention(now, want, after, n)
}

func TestUnreadableMessages(t *testing.T) {
	b := &brokenLog{fakeLog: mixedLog(), bad: 7}
	hs := openHarness(t, b, b.fakeLog, func() time.Time { return b.Now }, 80, 24)
	if len(hs.errs) != 1 || !strings.Contains(hs.errs[0], "read message 7") {
		t.Errorf("errors %q", hs.errs)
	}
	before := b.entries
	hs.send(tea.KeyPressMsg{Code: tea.KeyDown}, tea.KeyPressMsg{Code: tea.KeyDown})
	if b.entries != before {
		t.Errorf("the unreadable message was asked for again (%d more reads)", b.entries-before)
	}
	if out := hs.screen(); !strings.Contains(out, "Priya Raman") || !strings.Contains(out, "   7 Mar 03 …") {
		t.Errorf("the other rows are not shown:\n%s", out)
	}

	b = &brokenLog{fakeLog: mixedLog(), noFacts: true}
	hs = openHarness(t, b, b.fakeLog, func() time.Time { return b.Now }, 80, 24)
	if out := hs.screen(); !strings.Contains(out, "✗ Could not read the log: /tmp/x.db is damaged") {
		t.Errorf("a log that cannot be read:\n%s", out)
	}
}

// colleagueLog is the team's log as a lead's tracker sees it: every
// message, outcomes only on the lead's own.
type colleagueLog struct{ *fakeLog }

func (c colleagueLog) CanRecord(m outreach.Message) error {
	if m.Recruiter != "Lee Park" {
		return fmt.Errorf("message %d is %s's; a lead records outcomes only on their own", m.ID, m.Recruiter)
	}
	return nil
}

// TestColleaguesMessagesAreReadOnly: on a colleague's message the outcome
// keys do nothing, the help says why, and a key pressed says it too.
func TestColleaguesMessagesAreReadOnly(t *testing.T) {
	f := mixedLog()
	hs := openHarness(t, colleagueLog{f}, f, func() time.Time { return f.Now }, 100, 24).selectID(1)
	for _, o := range outreach.Outcomes {
		if hs.m.keys.outcome(o).Enabled() {
			t.Errorf("%s is offered on Jordan Blake's message", o)
		}
	}
	if out := hs.screen(); !strings.Contains(out, "record (disabled: Jordan Blake's message)") {
		t.Errorf("the help does not say why outcomes are off:\n%s", out)
	}
	hs.keys("r")
	if n := len(hs.events(1)); n != 0 {
		t.Fatalf("r recorded %d events on a colleague's message", n)
	}
	if len(hs.errs) == 0 || !strings.Contains(hs.errs[len(hs.errs)-1], "message 1 is Jordan Blake's") {
		t.Errorf("r did not say why: %q", hs.errs)
	}
	// Their own message takes outcomes as before.
	f.send("Nadia Osei", "associate/direct-intro", library.InMail, f.Now.Add(-time.Hour))
	id := uint64(len(f.Msgs))
	f.Msgs[id-1].Recruiter = "Lee Park"
	hs = openHarness(t, colleagueLog{f}, f, func() time.Time { return f.Now }, 100, 24).selectID(id)
	hs.keys("r")
	if evs := hs.events(id); len(evs) != 1 || evs[0].Outcome != outreach.Replied {
		t.Errorf("r on their own message recorded %+v", evs)
	}
}
