package tui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

var keyF = tea.KeyPressMsg{Code: 'F', Text: "F"}

// followUpWorld is a world whose library has a follow-up template for
// senior associates, and whose log holds one InMail to Priya sent ago
// before tuesday (answered when replied).
func followUpWorld(t *testing.T, ago time.Duration, replied bool) (*world, Deps) {
	t.Helper()
	fsys := testLibraryFS()
	fsys["senior-associate/follow-up.md"] = &fstest.MapFile{Data: []byte("---\nname: Follow-up\nchannel: followup\ndescription: A second note in the same conversation.\npersonalization: Another matter than the first note named\nmin_words: 8\n---\n" +
		"Hi {{first_name}},\n\nComing back to you once on the {{role}} role.\n\n{{personalization}}\n\nMy client, {{client}}, is still keen to speak.\n\n{{sender_name}}\n")}
	w := newWorld(112, priya())
	sent := tuesday.Add(-ago)
	id := w.store.Add(outreach.Message{
		Recruiter: "Jordan Blake", Candidate: outreach.CandidateRef{ID: "linkedin.com/in/priya-raman", Name: "Priya Raman"},
		Seniority: "senior-associate", TemplateID: "senior-associate/passive-intro", Channel: library.InMail, Subject: "A role", Credits: 1,
		Body: "Hi Priya,\n\nA line.", Personalization: "A line about the Castell deal", Role: "Senior M&A Associate", Client: "Halden & Vane",
		SentAt: sent, StartedAt: sent.Add(-time.Minute),
	})
	if replied {
		w.store.Record(id, outreach.Replied, sent.Add(time.Hour))
	}
	d := w.deps(t)
	d.Library = loadTestLibrary(t, fsys)
	return w, d
}

// TestTrackerFollowUp: F on an InMail with no response, 3 to 28 days old,
// opens the composer on the level's follow-up template with the first
// message's role and client, and its send is logged as the follow-up of
// that message; on a message that may not be followed up the help says
// why and F says it in the banner.
func TestTrackerFollowUp(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		name := fmt.Sprintf("%dx%d", size.w, size.h)
		t.Run("eligible "+name, func(t *testing.T) {
			w, d := followUpWorld(t, 5*24*time.Hour, false)
			// Priya's draft of a first message stays hers.
			draft := outreach.Draft{CandidateID: priya().ID, TemplateID: "senior-associate/passive-intro", Personalization: "A first message in progress", StartedAt: tuesday}
			if err := w.store.SaveDraft(draft); err != nil {
				t.Fatal(err)
			}
			a := startApp(t, d, size.w, size.h).send(ctrlT)
			if out := a.view(); !strings.Contains(out, "F follow up") || strings.Contains(out, "F follow up (disabled") {
				t.Fatalf("the tracker does not offer the follow-up:\n%s", out)
			}
			a.send(keyF)
			if got := a.top(); got != common.Compose {
				t.Fatalf("F opened %v, want the composer:\n%s", got, a.view())
			}
			a.send(tuitest.Type(genuineLine)...)
			out := checkScreen(t, a, size.w, size.h)
			for _, want := range []string{"Follow-up", "Coming back to you once on the Senior M&A", "Halden & Vane"} {
				if !strings.Contains(out, want) {
					t.Errorf("the follow-up compose lacks %q:\n%s", want, out)
				}
			}
			a.d.Wait(10 * time.Second) // past the draft's debounce
			if got, err := w.store.Draft(priya().ID); err != nil || got.Personalization != draft.Personalization {
				t.Errorf("the follow-up touched Priya's draft: %+v, %v", got, err)
			}
			a.send(ctrlS, yes)
			if len(w.store.Msgs) != 2 {
				t.Fatalf("%d messages logged, want the follow-up too:\n%s", len(w.store.Msgs), a.view())
			}
			if got := a.top(); got != common.Sent {
				t.Errorf("after the send %v is on top, want the sent screen (open: %v)", got, a.ids())
			}
			fu := w.store.Msgs[1]
			if fu.FollowUpOf != 1 || fu.Channel != library.FollowUp || fu.Subject != "" || fu.Client != "Halden & Vane" || fu.Personalization != genuineLine {
				t.Errorf("the follow-up logged: %+v", fu)
			}
			if e, _ := w.store.Entry(1); e.FollowedUpBy != 2 {
				t.Errorf("message 1 is not followed up by message 2: %+v", e)
			}
		})
		for _, c := range []struct {
			name    string
			ago     time.Duration
			replied bool
			short   string
		}{
			{"too soon", 2 * 24 * time.Hour, false, "too soon"},
			{"answered", 5 * 24 * time.Hour, true, "it was answered"},
			{"too late", 29 * 24 * time.Hour, false, "too late"},
		} {
			t.Run(c.name+" "+name, func(t *testing.T) {
				w, d := followUpWorld(t, c.ago, c.replied)
				a := startApp(t, d, size.w, size.h).send(ctrlT)
				if c.name == "too soon" {
					checkScreen(t, a, size.w, size.h)
				}
				if out := a.view(); !strings.Contains(out, "F follow up (disabled: "+c.short+")") {
					t.Errorf("the help does not say the follow-up is off (%s):\n%s", c.short, out)
				}
				a.send(keyF)
				if got := a.top(); got != common.Tracker || len(w.store.Msgs) != 1 {
					t.Fatalf("F on a message that may not be followed up opened %v", got)
				}
				if out := a.view(); !strings.Contains(out, "Message 1 ") {
					t.Errorf("F does not say why:\n%s", out)
				}
			})
		}
	}
	t.Run("a colleague's", func(t *testing.T) {
		w, d := followUpWorld(t, 5*24*time.Hour, false)
		w.store.Msgs[0].Recruiter = "Sam Reyes"
		a := startApp(t, d, 120, 40).send(ctrlT)
		if out := a.view(); !strings.Contains(out, "F follow up (disabled: Sam Reyes's message)") {
			t.Errorf("the help does not say whose message it is:\n%s", out)
		}
		a.send(keyF)
		if out := a.view(); a.top() != common.Tracker || !strings.Contains(out, "only they can send it") {
			t.Errorf("F on a colleague's message:\n%s", out)
		}
	})
	t.Run("already followed up", func(t *testing.T) {
		w, d := followUpWorld(t, 6*24*time.Hour, false)
		first := w.store.Msgs[0]
		first.Channel, first.TemplateID, first.FollowUpOf, first.Subject, first.Credits = library.FollowUp, "senior-associate/follow-up", 1, "", 0
		first.SentAt, first.StartedAt = tuesday.Add(-time.Hour), tuesday.Add(-2*time.Hour)
		w.store.Add(first)
		a := startApp(t, d, 120, 40).send(ctrlT)
		a.send(tea.KeyPressMsg{Code: tea.KeyUp}) // the first message, above its follow-up
		if out := a.view(); !strings.Contains(out, "F follow up (disabled: already followed up)") || !strings.Contains(out, " f-up ") {
			t.Errorf("the help does not say it was followed up, or the follow-up's channel does not fit:\n%s", out)
		}
	})
}
