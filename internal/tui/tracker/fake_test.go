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

// fakeLog is an in-memory log that behaves like the store: facts from the
// folded events, Seq and Recorded set on append, corrections validated.
type fakeLog struct {
	now    time.Time
	msgs   []outreach.Message // id i+1 at i
	events map[uint64][]outreach.Event
	dict   outreach.Dict
	codes  []outreach.Codes
	// decoded counts the messages read whole (Entry, Message), and scans
	// the fact scans.
	decoded, scans int
	// fail, when set, is what AppendEvent returns.
	fail error
}

func newFakeLog() *fakeLog {
	return &fakeLog{now: thursday, events: map[uint64][]outreach.Event{}}
}

// send logs a message and returns its id.
func (f *fakeLog) send(name, template string, ch library.Channel, sent time.Time) uint64 {
	id := uint64(len(f.msgs) + 1)
	slug := strings.ToLower(strings.ReplaceAll(name, " ", "-"))
	m := outreach.Message{
		ID: id, Recruiter: "Jordan Blake", Seniority: strings.Split(template, "/")[0],
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
	f.msgs = append(f.msgs, m)
	f.codes = append(f.codes, f.dict.Intern(m))
	return id
}

// event records an outcome as if it came from the store.
func (f *fakeLog) event(id uint64, o outreach.Outcome, at time.Time) {
	if _, err := f.AppendEvent(outreach.Event{MessageID: id, Outcome: o, At: at, Source: outreach.Manual}); err != nil {
		panic(err)
	}
}

func (f *fakeLog) ForEachFact(fn func(outreach.Fact) bool) error {
	f.scans++
	for i, m := range f.msgs {
		if !fn(outreach.FactFrom(m, outreach.Fold(f.events[m.ID]), f.codes[i])) {
			return nil
		}
	}
	return nil
}

func (f *fakeLog) Dict() (outreach.Dict, error) { return f.dict, nil }

func (f *fakeLog) PriorLines() ([]outreach.PriorLine, error) {
	var out []outreach.PriorLine
	for _, m := range f.msgs {
		if m.Personalization != "" {
			out = append(out, outreach.PriorLine{MessageID: m.ID, CandidateID: m.Candidate.ID, CandidateName: m.Candidate.Name, Line: m.Personalization, SentAt: m.SentAt})
		}
	}
	return out, nil
}

func (f *fakeLog) Message(id uint64) (outreach.Message, error) {
	if id == 0 || id > uint64(len(f.msgs)) {
		return outreach.Message{}, outreach.Errorf(outreach.ENOTFOUND, "no message %d", id)
	}
	f.decoded++
	return f.msgs[id-1], nil
}

func (f *fakeLog) Entry(id uint64) (outreach.Entry, error) {
	m, err := f.Message(id)
	if err != nil {
		return outreach.Entry{}, err
	}
	return outreach.NewEntry(m, append([]outreach.Event(nil), f.events[id]...), f.now), nil
}

func (f *fakeLog) AppendEvent(ev outreach.Event) (outreach.Event, error) {
	if f.fail != nil {
		return outreach.Event{}, f.fail
	}
	if ev.MessageID == 0 || ev.MessageID > uint64(len(f.msgs)) {
		return ev, outreach.Errorf(outreach.ENOTFOUND, "no message %d", ev.MessageID)
	}
	if err := outreach.ValidateEvent(f.msgs[ev.MessageID-1].SentAt, ev, f.now); err != nil {
		return ev, err
	}
	evs := f.events[ev.MessageID]
	ev.Seq, ev.Recorded = len(evs)+1, f.now
	if ev.Retracts > 0 {
		if !outreach.InForce(evs)[ev.Retracts] {
			return ev, outreach.Errorf(outreach.EINVALID, "event %d was already taken back", ev.Retracts)
		}
		ev.Outcome = evs[ev.Retracts-1].Outcome
	}
	f.events[ev.MessageID] = append(evs, ev)
	return ev, nil
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

// harness drives a tracker the way the root does, running commands at
// once and collecting what the root would show.
type harness struct {
	t       *testing.T
	m       *Model
	log     *fakeLog
	notices []string
	errs    []string
	osc52   []string // tea.SetClipboard texts
	copied  []string // system clipboard texts
	system  bool     // the system clipboard works
}

func newHarness(t *testing.T, f *fakeLog, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, log: f, system: true}
	m := New(common.NewStyles(true), f, Deps{
		Now:       func() time.Time { return f.now },
		Recruiter: "Jordan Blake",
		Copy: func(text string) clipboard.Result {
			if !hs.system {
				return clipboard.Result{SystemErr: clipboard.ErrNoUtility}
			}
			hs.copied = append(hs.copied, text)
			return clipboard.Result{System: true}
		},
	})
	m.debounce = 0
	// A blinking cursor's timer would hold every typed key for half a
	// second.
	fs := m.filter.Styles()
	fs.Cursor.Blink = false
	m.filter.SetStyles(fs)
	m.SetSize(w, h)
	hs.m = m
	hs.run(m.Init())
	return hs
}

// send feeds messages to the screen and runs the commands they return.
func (hs *harness) send(msgs ...tea.Msg) *harness {
	hs.t.Helper()
	for _, msg := range msgs {
		_, cmd := hs.m.Update(msg)
		hs.run(cmd)
	}
	return hs
}

// keys sends each rune as a key press.
func (hs *harness) keys(s string) *harness {
	hs.t.Helper()
	for _, r := range s {
		hs.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return hs
}

func (hs *harness) run(cmd tea.Cmd) {
	hs.t.Helper()
	tuitest.Drain(hs.t, cmd, func(msg tea.Msg) tea.Cmd {
		switch msg := msg.(type) {
		case common.NoticeMsg:
			hs.notices = append(hs.notices, msg.Text)
			return nil
		case common.ErrorMsg:
			hs.errs = append(hs.errs, msg.Err.Error())
			return nil
		}
		if fmt.Sprintf("%T", msg) == "tea.setClipboardMsg" {
			hs.osc52 = append(hs.osc52, fmt.Sprint(msg))
			return nil
		}
		_, next := hs.m.Update(msg)
		return next
	})
}

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
func (hs *harness) events(id uint64) []outreach.Event { return hs.log.events[id] }
