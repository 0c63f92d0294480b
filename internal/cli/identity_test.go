package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// TestCommandsAsAnInjectedPerson runs the command tree as team mode will:
// one log held open by the process, two people given as values (no
// config.yaml of theirs), each invocation with its own streams. The log
// records each send as its sender, and each sees their own seat.
func TestCommandsAsAnInjectedPerson(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "team.db"), store.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	held := app.HeldStore{DB: db}
	as := func(name string, preset outreach.Preset) *App {
		a, _ := sendTestApp(t) // its config.yaml says Jordan Blake; the injected person wins
		a.Person = &app.Person{Name: name, Preset: preset, Seat: preset.Seat(), SenderName: name}
		a.Store = held
		return a
	}
	sam, lee := as("Sam Reyes", outreach.PresetRecruiterLite), as("Lee Park", outreach.PresetRecruiter)

	if out, errOut, code := runCLI(t, sam, sendPriya("--personalization", sendLine, "--no-clipboard")...); code != ExitOK {
		t.Fatalf("Sam's send: code %d\n%s%s", code, out, errOut)
	} else if !strings.Contains(out, "29 left this month") || !strings.Contains(out, "Sam Reyes") {
		t.Errorf("Sam's send, on a Recruiter Lite seat and signed by Sam:\n%s", out)
	}

	out, errOut, code := runCLI(t, lee, "log", "--json")
	var entries []struct {
		Recruiter string `json:"recruiter"`
	}
	if code != ExitOK || json.Unmarshal([]byte(out), &entries) != nil || len(entries) != 1 || entries[0].Recruiter != "Sam Reyes" {
		t.Fatalf("log --json run by Lee: code %d, %s%s", code, out, errOut)
	}
	if out, _, code := runCLI(t, lee, "credits"); code != ExitOK || !strings.Contains(out, "Credits · Lee Park · Recruiter seat") || !strings.Contains(out, "left          150") {
		t.Errorf("Lee's credits count only Lee's sends:\n%s", out)
	}
	if out, _, code := runCLI(t, sam, "credits"); code != ExitOK || !strings.Contains(out, "Recruiter Lite seat") || !strings.Contains(out, "left          29") {
		t.Errorf("Sam's credits:\n%s", out)
	}
	// The held log is still open for the next session: nothing closed it.
	if _, err := db.Messages(outreach.Filter{}); err != nil {
		t.Errorf("the held log after the commands: %v", err)
	}
}
