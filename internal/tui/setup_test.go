package tui

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// setupWorld is a world whose sender comes from the saved setup, as the
// CLI wires it.
type setupWorld struct {
	world
	setup common.Setup
	saved []common.Setup
}

func (w *setupWorld) deps(t *testing.T) Deps {
	d := w.world.deps(t)
	d.Setup = w.setup
	d.ConfigPath = "/home/sam/.config/inmail/config.yaml"
	d.SaveSetup = func(s common.Setup) (common.Setup, error) {
		w.saved = append(w.saved, s)
		w.setup = s
		return s, nil
	}
	d.Prepare = func(c outreach.Candidate, tpl *library.Template) (*gate.Composer, error) {
		p := c.Profile
		comp := gate.NewComposer(tpl, &p, library.Fields{Role: "Senior M&A Associate", Client: "a top-10 firm", SenderName: w.setup.Sender()},
			personalize.Options{CandidateID: c.ID, Reuse: personalize.NewReuseIndex()})
		comp.CreditsLeft = w.credits
		return comp, nil
	}
	return d
}

// statusLine is the status bar's text.
func statusLine(a *app) string { return strings.TrimRight(strings.SplitN(a.view(), "\n", 2)[0], " ") }

// TestFirstRunSetup starts with no name in the config: the setup opens
// over the add screen; esc skips it and the status bar and the send gate
// say how to come back; ctrl+g brings it back over the composer, and
// saving signs the open message with the name.
func TestFirstRunSetup(t *testing.T) {
	w := &setupWorld{world: *newWorld(112)}
	a := startApp(t, w.deps(t), 80, 24)
	if got := a.ids(); len(got) != 3 || got[1] != common.AddCandidate || got[2] != common.Settings {
		t.Fatalf("the first run opened %v, want the setup over the add screen", got)
	}
	if out := a.view(); !strings.Contains(out, "Welcome to inmail") || !strings.Contains(out, "esc skip for now") {
		t.Errorf("the first run does not welcome, or esc does not skip:\n%s", out)
	}
	if got, want := statusLine(a), "inmail · no name set: ctrl+g · 112 credits left · Tue 09:40 good time to send"; got != want {
		t.Errorf("status bar = %q, want %q", got, want)
	}
	a.send(esc)
	if got := a.top(); got != common.AddCandidate || len(w.saved) != 0 {
		t.Fatalf("esc went to %v and saved %v; want the add screen and nothing saved", got, w.saved)
	}

	// A candidate is added; the message cannot be signed.
	w.store.Cands = []outreach.Candidate{priya()}
	a = startApp(t, w.deps(t), 80, 24)
	a.send(esc)
	if got := a.ids(); len(got) != 1 {
		t.Fatalf("esc on the setup left %v, want the list", got)
	}
	a.toCompose(1).send(tuitest.Type(genuineLine)...)
	if out := a.view(); !strings.Contains(out, "send (disabled: no sender name: ctrl+g sets it)") {
		t.Errorf("the help bar does not say how to set the sender:\n%s", out)
	}
	a.send(ctrlS)
	if out := a.view(); !strings.Contains(out, "no name is set to fill") || !strings.Contains(out, "press ctrl+g to set your name.") {
		t.Errorf("the reasons do not say how to set the sender:\n%s", out)
	}
	a.send(esc)

	// ctrl+g from the composer, a name, ctrl+s: back to the message, signed.
	a.send(ctrlG)
	if got := a.top(); got != common.Settings {
		t.Fatalf("ctrl+g opened %v", got)
	}
	if strings.Contains(a.view(), "skip") {
		t.Error("the settings opened by their key offer to skip")
	}
	a.send(tuitest.Type("Sam Reyes")...)
	a.send(ctrlS)
	if len(w.saved) != 1 || w.saved[0].Recruiter != "Sam Reyes" {
		t.Fatalf("saved %+v", w.saved)
	}
	if got := a.top(); got != common.Compose {
		t.Fatalf("after saving the app shows %v, want the composer", got)
	}
	out := a.view()
	for _, want := range []string{"Saved your settings in /home/sam/.config/inmail/config.yaml.", "ctrl+s send •"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q after saving:\n%s", want, out)
		}
	}
	if got := statusLine(a); !strings.HasPrefix(got, "inmail · Sam Reyes · 112 credits left") {
		t.Errorf("status bar after saving = %q", got)
	}
	a.send(ctrlS, yes)
	if sent := w.store.Msgs; len(sent) != 1 || !strings.HasSuffix(sent[0].Body, "\n\nSam Reyes") || sent[0].Recruiter != "Sam Reyes" {
		t.Errorf("sent %+v", sent)
	}
}
