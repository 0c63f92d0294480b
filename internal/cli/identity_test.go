package cli

import (
	"encoding/json"
	"os"
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

// recordingStore is a log lent as team mode lends one, which notes how
// each use case asked for it.
type recordingStore struct {
	app.HeldStore
	uses *[]app.Access
}

func (r recordingStore) Use(acc app.Access, fn func(*store.DB) error) error {
	*r.uses = append(*r.uses, acc)
	return r.HeldStore.Use(acc, fn)
}

// TestCandidatesOnAnInjectedStore runs the candidates commands as team
// mode does: on the log the process lends (not --db, which is never made),
// each through the session's Store, asking to write only when they write,
// with the profile on the command's own standard input.
func TestCandidatesOnAnInjectedStore(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "team.db"), store.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var uses []app.Access
	a := newTestApp(t)
	a.Store = recordingStore{app.HeldStore{DB: db}, &uses}
	a.Person = &app.Person{Name: "Sam Reyes", Preset: outreach.PresetRecruiter, Seat: outreach.PresetRecruiter.Seat()}
	run := func(want app.Access, args ...string) string {
		t.Helper()
		uses = nil
		out, errOut, code := runCLI(t, a, args...)
		if code != ExitOK {
			t.Fatalf("%s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
		if len(uses) != 1 || uses[0] != want {
			t.Errorf("%s used the log as %v, want once as %v", strings.Join(args, " "), uses, want)
		}
		return out
	}

	if out := run(app.Read, "candidates", "import", "--dry-run", "testdata/candidates/people.csv"); !strings.Contains(out, "to add") {
		t.Errorf("dry run:\n%s", out)
	}
	run(app.Create, "candidates", "import", "testdata/candidates/people.csv")
	a.Stdin = strings.NewReader(pastePage(t, "01-desktop-priya-banker.txt"))
	if out := run(app.Create, "candidates", "add", "-"); !strings.HasPrefix(out, "standard input: 1 added") {
		t.Errorf("add - from the command's standard input:\n%s", out)
	}
	cs, err := db.Candidates()
	if err != nil || len(cs) < 3 {
		t.Fatalf("the held log has %d candidates, %v", len(cs), err)
	}
	if out := run(app.Read, "candidates", "list"); !strings.Contains(out, "Marcus Chen") {
		t.Errorf("list:\n%s", out)
	}
	if out := run(app.Read, "candidates", "show", "Marcus Chen"); !strings.Contains(out, "Bridgewell Capital") {
		t.Errorf("show:\n%s", out)
	}
	run(app.Write, "candidates", "remove", "Marcus Chen")
	if after, _ := db.Candidates(); len(after) != len(cs)-1 {
		t.Errorf("remove left %d of %d candidates in the held log", len(after), len(cs))
	}
	if _, err := os.Stat(a.DBPath); !os.IsNotExist(err) {
		t.Errorf("--db %s was opened: %v", a.DBPath, err)
	}
}
