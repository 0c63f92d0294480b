package tui

import (
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// dirty is text a log written before intake stripped controls may hold: a
// colour, an OSC 52 clipboard write ended by BEL, a carriage return, a
// tmux passthrough (DCS, which Bubble Tea's renderer would pass on) and C1
// controls.
const dirty = "\x1b[31m\x1b]52;c;b3duZWQ=\x07\r\x1bPtmux;\x1b\x1b]52;c;AAAA\x07\x1b\\\u009b2J\u0085"

// rawControls returns the control characters in a frame other than
// newline and the SGR sequences (ESC [ … m) the screens style with.
func rawControls(frame string) []string {
	var found []string
	for i := 0; i < len(frame); i++ {
		c := frame[i]
		switch {
		case c == '\x1b':
			j := i + 2
			if i+1 < len(frame) && frame[i+1] == '[' {
				for j < len(frame) && (frame[j] >= '0' && frame[j] <= '9' || frame[j] == ';' || frame[j] == ':') {
					j++
				}
				if j < len(frame) && frame[j] == 'm' {
					i = j
					continue
				}
			}
			found = append(found, frame[i:min(i+8, len(frame))])
		case c < 0x20 && c != '\n' || c == 0x7f:
			found = append(found, string(c))
		case c == 0xc2 && i+1 < len(frame) && frame[i+1] >= 0x80 && frame[i+1] <= 0x9f:
			found = append(found, frame[i:i+2])
		}
	}
	return found
}

// TestScreensShowControls opens every screen that shows a candidate or a
// message whose text holds escape sequences, and checks that no control
// reaches the terminal but the screens' own colours, and that the
// recruiter sees that something was there.
func TestScreensShowControls(t *testing.T) {
	c := priya()
	c.Profile.Name = "Priya " + dirty + "Raman"
	c.Profile.Headline = "M&A " + dirty
	c.Profile.Experience[0].Description += dirty
	w := newWorld(112, c)
	w.store.Add(outreach.Message{
		Recruiter: "Jordan " + dirty + "Blake", Candidate: outreach.CandidateRef{ID: c.ID, Name: c.Profile.Name},
		TemplateID: "senior-associate/passive-intro", Channel: library.InMail, Subject: "A role " + dirty, Credits: 1,
		Body: "Hi,\n\n" + dirty + "A line.", Personalization: "A line " + dirty, SentAt: tuesday.Add(-time.Hour), StartedAt: tuesday.Add(-2 * time.Hour),
	})
	a := w.start(t)
	check := func(where string) {
		t.Helper()
		frame := a.m.View().Content
		if got := rawControls(frame); len(got) > 0 {
			t.Errorf("%s: controls reach the terminal: %q", where, got)
		}
		if !strings.Contains(frame, "␛") {
			t.Errorf("%s: the controls are not shown:\n%s", where, a.view())
		}
	}
	check("candidate list")
	a.toCompose(0)
	check("composer")
	a.send(ctrlT)
	if a.top() != common.Tracker {
		t.Fatalf("on %v, want the tracker", a.top())
	}
	check("tracker")
	a.send(enter)
	check("tracker, the message")
	a.send(esc, esc, ctrlR)
	if a.top() != common.Reports {
		t.Fatalf("on %v, want the reports", a.top())
	}
	a.send(tuitest.Type("bb")...)
	if !strings.Contains(a.view(), "Jordan") {
		t.Fatalf("the reports are not by recruiter:\n%s", a.view())
	}
	check("reports by recruiter")
}
