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
	"github.com/inmail/inmail/internal/team"
)

const marcusBriefLine = "Building the volatility surface calibration for FX options is exactly what the desk needs."

// TestBriefsFromSend: a send starts the brief of its role and client and
// says so; --brief fills another send's role, client and hook from it;
// briefs list, show and archive; an archived brief is refused by --brief.
func TestBriefsFromSend(t *testing.T) {
	a, _ := sendTestApp(t)
	out, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine, "--no-clipboard",
		"--role", "Senior M&A Associate", "--client", "Harlow & Pierce", "--hook", "Four days remote.")...)
	if code != ExitOK || !strings.Contains(out, "Brief:   1 · Senior M&A Associate · Harlow & Pierce (--brief 1 sends the next one with it)") {
		t.Fatalf("first send: exit %d\n%s%s", code, out, errOut)
	}
	// config.yaml's defaults say a top-10 firm; the brief overrides them
	// and the flags override the brief.
	a.Now = func() time.Time { return testNow.Add(time.Hour) }
	out, errOut, code = runCLI(t, a, "send", "--profile", "testdata/send/marcus.json", "--template", "associate/direct-intro",
		"--personalization", marcusBriefLine, "--no-clipboard", "--brief", "senior m&a associate · HARLOW & PIERCE")
	if code != ExitOK || !strings.Contains(out, "Brief:   1 · Senior M&A Associate · Harlow & Pierce") || !strings.Contains(out, "Four days remote.") || strings.Contains(out, "top-10") {
		t.Fatalf("--brief by name: exit %d\n%s%s", code, out, errOut)
	}

	out, _, code = runCLI(t, a, "briefs", "list")
	want := "ID  NAME                                    LEVEL             SENT  LAST SENT                         MADE BY\n" +
		"1   Senior M&A Associate · Harlow & Pierce  senior-associate  2     2026-03-10 10:30 by Jordan Blake  Jordan Blake\n"
	if code != ExitOK || out != want {
		t.Errorf("briefs list:\n%s\nwant:\n%s", out, want)
	}
	out, _, _ = runCLI(t, a, "briefs", "show", "1")
	for _, w := range []string{"Brief 1 · Senior M&A Associate · Harlow & Pierce\n", "Hook:      Four days remote.\n", "Made by:   Jordan Blake, 2026-03-10 09:30\n", "Sent:      2 messages\n", "Last sent: 2026-03-10 10:30 by Jordan Blake\n"} {
		if !strings.Contains(out, w) {
			t.Errorf("briefs show does not say %q:\n%s", w, out)
		}
	}
	out, _, _ = runCLI(t, a, "log", "show", "2")
	if !strings.Contains(out, "Brief:     1 · Senior M&A Associate · Harlow & Pierce\n") {
		t.Errorf("log show does not name the brief:\n%s", out)
	}
	out, _, _ = runCLI(t, a, "briefs", "list", "--json")
	var list []map[string]any
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != 1 || list[0]["name"] != "Senior M&A Associate · Harlow & Pierce" || list[0]["sent"] != 2.0 {
		t.Errorf("briefs list --json: %v\n%s", err, out)
	}

	_, errOut, code = runCLI(t, a, "briefs", "show", "Tax associate")
	if code != ExitBadInput || !strings.Contains(errOut, `no brief "Tax associate"; open briefs: "Senior M&A Associate · Harlow & Pierce"`) {
		t.Errorf("an unknown brief: exit %d, %s", code, errOut)
	}
	out, _, code = runCLI(t, a, "briefs", "archive", "1")
	if code != ExitOK || out != "Archived brief 1 (Senior M&A Associate · Harlow & Pierce), 2026-03-10 10:30 by Jordan Blake; its 2 messages keep it.\n" {
		t.Errorf("archive: exit %d, %q", code, out)
	}
	if out, _, _ := runCLI(t, a, "briefs", "list"); !strings.HasPrefix(out, "No briefs yet") {
		t.Errorf("an archived brief is still listed:\n%s", out)
	}
	if out, _, _ := runCLI(t, a, "briefs", "list", "--all"); !strings.Contains(out, "ARCHIVED") || !strings.Contains(out, "2026-03-10 10:30 by Jordan Blake\n") {
		t.Errorf("briefs list --all:\n%s", out)
	}
	_, errOut, code = runCLI(t, a, "send", "--profile", "testdata/send/marcus.json", "--template", "associate/direct-intro",
		"--personalization", marcusBriefLine, "--brief", "1")
	if code != ExitBadInput || !strings.Contains(errOut, "brief 1 (Senior M&A Associate · Harlow & Pierce) was archived on 10 Mar 2026: its search is over") {
		t.Errorf("--brief of an archived brief: exit %d, %s", code, errOut)
	}
}

// TestBriefsInTeamMode: briefs are the team's; a recruiter may archive the
// briefs they made, a lead any.
func TestBriefsInTeamMode(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "team.db"), store.Options{Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	as := func(name string, r team.Role) *App {
		a, _ := sendTestApp(t)
		a.Person = &app.Person{Name: name, Role: r, Seat: outreach.PresetRecruiter.Seat(), SenderName: name}
		a.Store = app.HeldStore{DB: db}
		return a
	}
	sam, jo, lee := as("Sam Reyes", team.Recruiter), as("Jo Kim", team.Recruiter), as("Lee Park", team.Lead)
	if _, errOut, code := runCLI(t, sam, sendPriya("--personalization", sendLine, "--no-clipboard")...); code != ExitOK {
		t.Fatalf("Sam's send: %s", errOut)
	}
	out, _, _ := runCLI(t, jo, "briefs", "list")
	if !strings.Contains(out, "Senior M&A Associate · a top-10 firm") || !strings.HasSuffix(out, "Sam Reyes\n") {
		t.Errorf("Jo does not see Sam's brief, or who made it:\n%s", out)
	}
	if _, errOut, code := runCLI(t, jo, "briefs", "archive", "1"); code != ExitRefused || !strings.Contains(errOut, "brief 1 was made by Sam Reyes, who may archive it (so may a lead)") {
		t.Errorf("Jo archives Sam's brief: exit %d, %s", code, errOut)
	}
	if _, errOut, code := runCLI(t, lee, "briefs", "archive", "1"); code != ExitOK {
		t.Errorf("the lead archives it: exit %d, %s", code, errOut)
	}
}
