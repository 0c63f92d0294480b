package reportview

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// thursday is the tests' clock.
var thursday = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

// fakeLog is the shared in-memory log, with the reports' way of logging
// a message.
type fakeLog struct{ *tuitest.Log }

func newFakeLog() *fakeLog { return &fakeLog{tuitest.NewLog(thursday)} }

// send logs a message sent at sent with outcomes o and returns its id.
func (f *fakeLog) send(name, template, recruiter string, ch library.Channel, sent time.Time, o outreach.OutcomeTimes) uint64 {
	id := uint64(len(f.Msgs) + 1)
	slug := strings.ToLower(strings.ReplaceAll(name, " ", "-"))
	m := outreach.Message{
		Recruiter: recruiter, Seniority: strings.Split(template, "/")[0],
		Candidate:  outreach.CandidateRef{ID: "linkedin.com/in/" + slug, Name: name},
		TemplateID: template, Channel: ch,
		Body:            "Hi,\n\nYour work stood out.",
		Personalization: fmt.Sprintf("Your work on the Castell Pharma deal stood out to me (%d)", id),
		SentAt:          sent, StartedAt: sent.Add(-5 * time.Minute),
	}
	if ch == library.InMail {
		m.Subject, m.Credits = "A role", 1
	}
	if recruiter == "Jordan Blake" {
		// Jordan's messages are for one search; the rest for none.
		m.Role, m.Client, m.Brief, m.BriefID = "Senior M&A Associate", "a top-10 firm", "Senior M&A Associate · a top-10 firm", 1
	}
	f.Add(m)
	for _, oc := range outreach.Outcomes {
		if at := o.At(oc); !at.IsZero() {
			f.Record(id, oc, at)
		}
	}
	return id
}

// build is report.Build over the log's facts, as of its clock.
func (f *fakeLog) build(q report.Query) report.Report {
	if q.Now.IsZero() {
		q.Now = f.Now
	}
	if q.Location == nil {
		q.Location = q.Now.Location()
	}
	dict, _ := f.Dict()
	return report.Build(q, dict, slices.Values(f.Facts()))
}

// mixedLog has three templates over ten weeks, one of them small, with
// messages in every status.
func mixedLog() *fakeLog {
	f := newFakeLog()
	names := []string{"Priya Raman", "Tom Okafor", "Ana Lima", "Wei Chen", "Sam Ortiz", "Lena Fischer", "Omar Haddad"}
	recruiters := []string{"Jordan Blake", "Riley Chen"}
	n := 0
	for w := 10; w >= 0; w-- {
		// Mondays to Fridays, ten weeks back to this week.
		for d := range 5 {
			sent := thursday.Add(-time.Duration(w*7+3-d) * day).Add(time.Duration(d) * time.Hour)
			if sent.After(thursday) {
				continue
			}
			for i := range 4 {
				n++
				name := names[n%len(names)]
				tmpl, ch := "associate/direct-intro", library.InMail
				switch {
				case i == 1:
					tmpl = "associate/connect"
					ch = library.Connection
				case i == 2 && n%3 == 0:
					tmpl = "senior-associate/lateral-move"
				}
				var o outreach.OutcomeTimes
				switch {
				case n%13 == 0:
					o.Withdrawn = sent.Add(time.Hour)
				case (n+w)%3 == 0:
					o.Accepted = sent.Add(time.Duration(20+n%50) * time.Hour)
					if n%4 == 0 {
						o.Screened = sent.Add(5 * day)
					}
				case n%5 == 0:
					o.Replied = sent.Add(9 * day)
				case n%7 == 0:
					o.Declined = sent.Add(2 * day)
				}
				// Outcomes after the clock have not happened yet.
				for _, oc := range outreach.Outcomes {
					if at := o.At(oc); !at.IsZero() && at.After(thursday) {
						o.Set(oc, time.Time{})
					}
				}
				f.send(name, tmpl, recruiters[n%2], ch, sent, o)
			}
		}
	}
	return f
}

// followedUpLog is mixedLog with a follow-up, five days on, of every
// InMail of the first eight weeks that had no response by then; one in
// three of them answered within two days.
func followedUpLog() *fakeLog {
	f := mixedLog()
	n := len(f.Msgs)
	for i := range n {
		m := f.Msgs[i]
		at := m.SentAt.Add(5 * day)
		if m.Channel != library.InMail || at.After(thursday.Add(-14*day)) {
			continue
		}
		if _, _, answered := outreach.Fold(f.Events[m.ID]).FirstResponse(); answered {
			continue
		}
		fu := m
		fu.ID, fu.FollowUpOf, fu.Channel, fu.Subject, fu.Credits = 0, m.ID, library.FollowUp, "", 0
		fu.TemplateID = strings.Split(m.TemplateID, "/")[0] + "/follow-up"
		fu.Personalization = fmt.Sprintf("Your article on the Castell Pharma deal made me write again (%d)", m.ID)
		fu.SentAt, fu.StartedAt = at, at.Add(-5*time.Minute)
		id := f.Add(fu)
		if m.ID%3 == 0 {
			f.Record(id, outreach.Replied, at.Add(2*day))
		}
	}
	return f
}

// skewedLog has one template answered at 30% in full weeks of 40 decided
// messages, and one small week (9 messages) at 56%: the week a chart must
// not clip to the full weeks' top.
func skewedLog() *fakeLog {
	f := newFakeLog()
	for w := 8; w >= 2; w-- {
		n, answered := 40, 12
		if w == 5 {
			n, answered = 9, 5
		}
		monday := thursday.Add(-time.Duration(w*7+3) * day)
		for i := range n {
			sent := monday.Add(time.Duration(i%5)*day + time.Duration(i)*time.Minute)
			var o outreach.OutcomeTimes
			if i < answered {
				o.Replied = sent.Add(30 * time.Hour)
			}
			f.send(fmt.Sprintf("Candidate %d-%d", w, i), "associate/direct-intro", "Jordan Blake", library.InMail, sent, o)
		}
	}
	return f
}

// harness drives the screen the way the root does, with a
// tuitest.Driver, keeping the errors the root would show.
type harness struct {
	t    *testing.T
	m    *Model
	d    *tuitest.Driver
	log  *fakeLog
	errs []string
	// hold keeps the report commands' answers instead of delivering
	// them, to deliver them out of order.
	hold bool
	held []tea.Cmd
}

// newHarness opens the screen on f at w by h and runs its first commands.
func newHarness(t *testing.T, f *fakeLog, w, h int) *harness {
	t.Helper()
	hs := openHarness(t, f, w, h)
	hs.run(hs.m.Init())
	return hs
}

// openHarness opens the screen on f at w by h, its commands not run yet.
func openHarness(t *testing.T, f *fakeLog, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, log: f}
	hs.d = tuitest.NewDriver(t, func(msg tea.Msg) tea.Cmd {
		_, cmd := hs.m.Update(msg)
		return cmd
	})
	hs.d.Keep = func(msg tea.Msg) bool {
		switch msg := msg.(type) {
		case common.ErrorMsg:
			hs.errs = append(hs.errs, msg.Err.Error())
			return true
		case reportMsg:
			if hs.hold {
				hs.held = append(hs.held, func() tea.Msg { return msg })
				return true
			}
		}
		return false
	}
	hs.m = New(common.NewStyles(true), f, Deps{Now: func() time.Time { return f.Now }})
	hs.m.SetSize(w, h)
	return hs
}

// send feeds messages to the screen one by one and runs the commands
// each returns.
func (hs *harness) send(msgs ...tea.Msg) *harness {
	hs.t.Helper()
	for _, msg := range msgs {
		hs.d.Send(msg)
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
}

// screen is the stripped view with the help bar under it, as the root
// draws them.
func (hs *harness) screen() string { return tuitest.Screen(hs.m, hs.m.width) }

// groups are the table's rows, top to bottom, by their first key value.
func (hs *harness) groups() []string {
	var out []string
	for _, g := range hs.m.rows {
		out = append(out, keyLabel(hs.m.req.group, g.Key))
	}
	return out
}

var (
	enter    = tea.KeyPressMsg{Code: tea.KeyEnter}
	esc      = tea.KeyPressMsg{Code: tea.KeyEscape}
	tab      = tea.KeyPressMsg{Code: tea.KeyTab}
	down     = tea.KeyPressMsg{Code: tea.KeyDown}
	pageDown = tea.KeyPressMsg{Code: tea.KeyPgDown}
)
