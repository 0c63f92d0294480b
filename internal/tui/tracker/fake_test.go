package tracker

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// thursday is the tests' clock.
var thursday = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// fakeLog is the shared in-memory log, with the tracker's way of
// logging a message.
type fakeLog struct{ *tuitest.Log }

func newFakeLog() *fakeLog { return &fakeLog{tuitest.NewLog(thursday)} }

// send logs a message and returns its id.
func (f *fakeLog) send(name, template string, ch library.Channel, sent time.Time) uint64 {
	id := uint64(len(f.Msgs) + 1)
	slug := strings.ToLower(strings.ReplaceAll(name, " ", "-"))
	m := outreach.Message{
		Recruiter: "Jordan Blake", Seniority: strings.Split(template, "/")[0],
		Candidate:  outreach.CandidateRef{ID: "linkedin.com/in/" + slug, Name: name, URL: "https://www.linkedin.com/in/" + slug},
		TemplateID: template, Channel: ch,
		Body:            fmt.Sprintf("Hi %s,\n\nYour work on the Castell Pharma deal stood out.\n\nMy client is hiring. Open to a short call?\n\nJordan", strings.Fields(name)[0]),
		Personalization: fmt.Sprintf("Your work on the Castell Pharma deal stood out (%d)", id),
		References:      []outreach.Reference{{Field: "experience[0].description", Text: "Castell Pharma"}},
		SentAt:          sent, StartedAt: sent.Add(-5 * time.Minute),
	}
	if ch == library.InMail {
		m.Subject, m.Credits = "M&A associate at a top-10 firm", 1
	}
	return f.Add(m)
}

// event records an outcome as if it came from the store.
func (f *fakeLog) event(id uint64, o outreach.Outcome, at time.Time) {
	if _, err := f.AppendEvent(outreach.Event{MessageID: id, Outcome: o, At: at, Source: outreach.Manual}); err != nil {
		panic(err)
	}
}

// mixedLog has a message in every status, and one with an undone reply.
func mixedLog() *fakeLog {
	f := newFakeLog()
	d := func(month time.Month, day, hour int) time.Time {
		return time.Date(2026, month, day, hour, 0, 0, 0, time.UTC)
	}
	f.send("Priya Raman", "associate/direct-intro", library.InMail, d(3, 10, 9))                   // 1 awaiting, 5d 23h
	f.send("Tom Okafor", "senior-associate/passive-intro", library.InMail, d(3, 5, 12))            // 2 awaiting, 2h
	ana := f.send("Ana Lima", "associate/connect", library.Connection, d(3, 1, 9))                 // 3 responded
	f.send("Wei Chen", "associate/direct-intro", library.InMail, d(2, 20, 9))                      // 4 none
	sam := f.send("Sam Ortiz", "senior-associate/passive-intro", library.InMail, d(2, 25, 9))      // 5 late
	lena := f.send("Lena Fischer", "associate/direct-intro", library.InMail, d(3, 8, 9))           // 6 withdrawn
	omar := f.send("Omar Haddad", "senior-associate/passive-intro", library.InMail, d(3, 3, 9))    // 7 responded, screened
	priya := f.send("Priya Raman", "senior-associate/passive-intro", library.InMail, d(2, 10, 15)) // 8 none, undone reply
	f.event(ana, outreach.Replied, d(3, 2, 13))
	f.event(sam, outreach.Replied, d(3, 6, 11))
	f.event(lena, outreach.Withdrawn, d(3, 8, 10))
	f.event(omar, outreach.Accepted, d(3, 4, 9))
	f.event(omar, outreach.Screened, d(3, 6, 9))
	f.event(priya, outreach.Replied, d(2, 12, 9))
	if _, err := f.AppendEvent(outreach.Event{MessageID: priya, Retracts: 1, At: d(2, 12, 10), Source: outreach.Manual}); err != nil {
		panic(err)
	}
	return f
}

// harness drives a tracker the way the root does, with a
// tuitest.Driver, keeping the banner messages the root would show.
type harness struct {
	t       *testing.T
	m       *Model
	d       *tuitest.Driver
	log     *fakeLog
	notices []string
	errs    []string
	copied  []string // system clipboard texts
	system  bool     // the system clipboard works
}

// newHarness opens a tracker on log f at w by h.
func newHarness(t *testing.T, f *fakeLog, w, h int) *harness {
	t.Helper()
	return openHarness(t, f, f, func() time.Time { return f.Now }, w, h)
}

// openHarness opens a tracker on s (f, a test's wrapper of it, or a real
// store with f nil) with the clock now.
func openHarness(t *testing.T, s Store, f *fakeLog, now func() time.Time, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, log: f, system: true}
	hs.d = tuitest.NewDriver(t, func(msg tea.Msg) tea.Cmd {
		_, cmd := hs.m.Update(msg)
		return cmd
	})
	hs.d.Keep = func(msg tea.Msg) bool {
		switch msg := msg.(type) {
		case common.NoticeMsg:
			hs.notices = append(hs.notices, msg.Text)
			return true
		case common.ErrorMsg:
			hs.errs = append(hs.errs, msg.Err.Error())
			return true
		}
		return false
	}
	hs.m = New(common.NewStyles(true), s, Deps{
		Now:       now,
		Recruiter: "Jordan Blake",
		Copy: func(text string) clipboard.Result {
			if !hs.system {
				return clipboard.Result{SystemErr: clipboard.ErrNoUtility}
			}
			hs.copied = append(hs.copied, text)
			return clipboard.Result{System: true}
		},
		After: hs.d.After,
	})
	hs.m.SetSize(w, h)
	hs.run(hs.m.Init())
	return hs
}

// send feeds messages to the screen one by one, each followed by a
// second's pause (the / filter's debounce fires).
func (hs *harness) send(msgs ...tea.Msg) *harness {
	hs.t.Helper()
	for _, msg := range msgs {
		hs.d.Send(msg)
		hs.d.Wait(time.Second)
	}
	return hs
}

// keys sends each rune as a key press.
func (hs *harness) keys(s string) *harness {
	hs.t.Helper()
	return hs.send(tuitest.Type(s)...)
}

// run runs a command of the screen's and what follows from it.
func (hs *harness) run(cmd tea.Cmd) {
	hs.t.Helper()
	hs.d.Run(cmd)
	hs.d.Wait(time.Second)
}

// osc52 are the texts copied to the terminal's clipboard.
func (hs *harness) osc52() []string { return hs.d.Clipboard() }

// lastNotice is the banner the root would show.
func (hs *harness) lastNotice() string {
	if len(hs.notices) == 0 {
		return ""
	}
	return hs.notices[len(hs.notices)-1]
}

// screen is the stripped view with the help bar under it, as the root
// draws them.
func (hs *harness) screen() string { return tuitest.Screen(hs.m, hs.m.width) }

// ids are the table's message ids, top to bottom.
func (hs *harness) ids() []uint64 {
	var out []uint64
	for _, r := range hs.m.rows {
		out = append(out, r.key.ID)
	}
	return out
}

// selectID moves the cursor to message id with the arrow keys.
func (hs *harness) selectID(id uint64) *harness {
	hs.t.Helper()
	want := -1
	for i, r := range hs.m.rows {
		if r.key.ID == id {
			want = i
		}
	}
	if want < 0 {
		hs.t.Fatalf("message %d is not in the table %v", id, hs.ids())
	}
	for hs.m.cursor < want {
		hs.send(tea.KeyPressMsg{Code: tea.KeyDown})
	}
	for hs.m.cursor > want {
		hs.send(tea.KeyPressMsg{Code: tea.KeyUp})
	}
	return hs
}

// events is message id's events in the log.
func (hs *harness) events(id uint64) []outreach.Event { return hs.log.Events[id] }
