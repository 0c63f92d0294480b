package picker

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
	builtin "github.com/inmail/inmail/templates"
)

// ratedLog has a senior associate's templates in every state of their
// rate: decided by the hundred, a small sample, sent only inside the
// window, and never sent.
func ratedLog(now time.Time) *tuitest.Log {
	l := tuitest.NewLog(now)
	send := func(template string, n, answered int, ago time.Duration) {
		for i := range n {
			sent := now.Add(-ago - time.Duration(i)*time.Minute)
			id := l.Add(outreach.Message{
				Recruiter: "Sam Reyes", Seniority: "senior-associate", TemplateID: template, Channel: library.InMail,
				Candidate: outreach.CandidateRef{ID: fmt.Sprintf("linkedin.com/in/c-%s-%d", template, i), Name: "C"},
				SentAt:    sent, Credits: 1,
			})
			if i < answered {
				l.Record(id, outreach.Replied, sent.Add(30*time.Hour))
			}
		}
	}
	send("senior-associate/lateral-move", 120, 50, 20*24*time.Hour)
	send("senior-associate/practice-build", 9, 2, 20*24*time.Hour)
	send("senior-associate/specialist-move", 1, 1, 2*24*time.Hour)
	return l
}

// TestGolden keeps the picker at 80x24 and 120x40 (where the preview sits
// beside the list): each template's channel, typical length against
// LinkedIn's guidance, and rate in the words the issue asks for.
func TestGolden(t *testing.T) {
	lib, probs := library.Load(library.Layer{Source: library.BuiltIn, FS: builtin.FS})
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	c := outreach.Candidate{ID: "a", Profile: profile.Profile{Name: "Priya Raman", Seniority: "senior-associate"}}
	sample := profile.Profile{Name: "Priya Raman", Title: "Senior Associate", Company: "Harlow & Finch LLP"}
	length := func(t *library.Template) int {
		return library.Render(t, &sample, library.Fields{Role: "senior corporate associate", Client: "a top-50 City firm",
			Hook: "The team closed four deals over £1bn last year.", SenderName: "Sam Reyes",
			Personalization: strings.Repeat("x", 120)}).BodyLen
	}
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			m := New(common.NewStyles(true), ratedLog(now), lib, c, func() time.Time { return now }, "senior-associate/practice-build", common.CreditsMsg{Left: 40, Known: true}, length)
			m.SetSize(sz[0], sz[1]-1)
			m.Update(m.Init()())
			out := tuitest.Screen(m, sz[0])
			for i, l := range strings.Split(out, "\n") {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Errorf("line %d is %d cells wide", i+1, w)
				}
			}
			for _, want := range []string{
				"42% answered in 7 days (of 120)",
				"2 of 9 answered in 7 days",
				"1 sent · no rate yet (window op",
				"not sent yet",
				"chars, within 400 · ",
				" of 300 chars · ",
			} {
				if !strings.Contains(out, want) {
					t.Errorf("no %q:\n%s", want, out)
				}
			}
			golden.RequireEqual(t, out)
		})
	}
}
