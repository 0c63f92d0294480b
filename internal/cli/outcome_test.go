package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// priyaSentAt is when the outcome tests' message went out: a day and a bit
// before testNow.
var priyaSentAt = time.Date(2026, 3, 8, 9, 30, 0, 0, time.UTC)

func priya() outreach.Message {
	return inmailTo("Priya Raman", "https://www.linkedin.com/in/priya-raman", priyaSentAt)
}

// events reads a message's events straight from the store.
func events(t *testing.T, a *App, id uint64) []outreach.Event {
	t.Helper()
	db := openTestDB(t, a)
	defer db.Close()
	evs, err := db.Events(id)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

func TestOutcomeRecords(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"reply with a time", []string{"replied", "--at", "2026-03-09 13:40"},
			"Recorded replied for message 1 at 2026-03-09 13:40 (event 1).\nPriya Raman · responded in 1 day 4 hours · credit returned\n"},
		{"now by default", []string{"accepted"},
			"Recorded accepted for message 1 at 2026-03-10 09:30 (event 1).\nPriya Raman · responded in 2 days · credit returned\n"},
		{"RFC 3339 in another zone", []string{"declined", "--at", "2026-03-08T12:00:00+01:00"},
			"Recorded declined for message 1 at 2026-03-08 11:00 (event 1).\nPriya Raman · responded in 1 hour 30 minutes · credit returned\n"},
		{"screened", []string{"screened", "--at", "2026-03-10 09:00"},
			"Recorded screened for message 1 at 2026-03-10 09:00 (event 1).\nPriya Raman · awaiting · 5 days left · screened\n"},
		{"withdrawn", []string{"withdrawn", "--note", "pasted into the wrong tab"},
			"Recorded withdrawn for message 1 at 2026-03-10 09:30 (event 1).\nPriya Raman · withdrawn · credit not spent\n"},
		{"case and space", []string{" Replied ", "--at", "2026-03-08 09:30"},
			"Recorded replied for message 1 at 2026-03-08 09:30 (event 1).\nPriya Raman · responded in under a minute · credit returned\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestApp(t)
			logSends(t, a, priya())
			out, errOut, code := runCLI(t, a, append([]string{"outcome", "1"}, tc.args...)...)
			if code != ExitOK || errOut != "" {
				t.Fatalf("code %d, stderr %q", code, errOut)
			}
			if out != tc.want {
				t.Errorf("stdout:\n%s\nwant:\n%s", out, tc.want)
			}
			evs := events(t, a, 1)
			if len(evs) != 1 || evs[0].Source != outreach.Manual {
				t.Errorf("events = %+v, want one manual event", evs)
			}
		})
	}
}

func TestOutcomeRefusals(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"before the send", []string{"outcome", "1", "replied", "--at", "2026-03-08 09:29"},
			"the replied event is dated 2026-03-08 09:29:00, before the message was sent (2026-03-08 09:30:00); give a time after the send"},
		{"before the send, other zone", []string{"outcome", "1", "accepted", "--at", "2026-03-08T10:00:00+01:00"}, "before the message was sent"},
		{"in the future", []string{"outcome", "1", "replied", "--at", "2026-03-10 09:31"},
			"the replied event is dated 2026-03-10 09:31:00, in the future (it is now 2026-03-10 09:30:00); give a time that has passed"},
		{"a year typed wrong", []string{"outcome", "1", "replied", "--at", "2016-03-09 09:30"},
			"--at 2016-03-09 09:30 is more than 90 days ago: check the year, or add --backfill"},
		{"backfilled, still before the send", []string{"outcome", "1", "replied", "--at", "2016-03-09 09:30", "--backfill"}, "before the message was sent"},
		{"before 2003", []string{"outcome", "1", "replied", "--at", "1600-03-09 09:30", "--backfill"}, "before 2003, when LinkedIn began"},
		{"unknown id", []string{"outcome", "9", "replied"}, "no message 9 (see inmail log for the ids)"},
		{"not an id", []string{"outcome", "priya", "replied"}, `"priya" is not a message id`},
		{"unknown outcome", []string{"outcome", "1", "ghosted"}, `unknown outcome "ghosted": use accepted, declined, replied, screened or withdrawn`},
		{"no outcome", []string{"outcome", "1"}, "give an outcome after the id"},
		{"nothing", []string{"outcome"}, "give a message id and an outcome"},
		{"too many", []string{"outcome", "1", "replied", "accepted"}, "too many arguments"},
		{"bad time", []string{"outcome", "1", "replied", "--at", "yesterday"}, `"yesterday" given with --at`},
		{"a date is not a time", []string{"outcome", "1", "replied", "--at", "2026-03-09"}, `"2026-03-09" given with --at`},
		{"undo with --at", []string{"outcome", "1", "--undo", "--at", "2026-03-09 10:00"}, "--at does not go with --undo"},
		{"undo with nothing to undo", []string{"outcome", "1", "--undo"}, "message 1 has no outcome in force to undo"},
		{"undo of an unknown message", []string{"outcome", "9", "--undo"}, "no message 9"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestApp(t)
			logSends(t, a, priya())
			out, errOut, code := runCLI(t, a, tc.args...)
			if code != ExitBadInput || !strings.Contains(errOut, tc.want) || out != "" {
				t.Errorf("code %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errOut, tc.want)
			}
			if evs := events(t, a, 1); len(evs) != 0 {
				t.Errorf("a refused outcome recorded %+v", evs)
			}
		})
	}
}

func TestOutcomeUndo(t *testing.T) {
	a := newTestApp(t)
	logSends(t, a, priya())
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"accepted", "--at", "2026-03-08 12:00"}, "Recorded accepted for message 1 at 2026-03-08 12:00 (event 1).\nPriya Raman · responded in 2 hours 30 minutes · credit returned\n"},
		{[]string{"screened", "--at", "2026-03-09 12:00"}, "Recorded screened for message 1 at 2026-03-09 12:00 (event 2).\nPriya Raman · responded in 2 hours 30 minutes · screened · credit returned\n"},
		{[]string{"accepted", "--undo", "--note", "wrong candidate"}, "Undid accepted dated 2026-03-08 12:00 (event 1) on message 1 with event 3.\nPriya Raman · awaiting · 5 days left · screened\n"},
		{[]string{"--undo"}, "Undid screened dated 2026-03-09 12:00 (event 2) on message 1 with event 4.\nPriya Raman · awaiting · 5 days left\n"},
	}
	for _, s := range steps {
		out, errOut, code := runCLI(t, a, append([]string{"outcome", "1"}, s.args...)...)
		if code != ExitOK || out != s.want {
			t.Errorf("outcome 1 %v: code %d, stderr %q, stdout:\n%s\nwant:\n%s", s.args, code, errOut, out, s.want)
		}
	}
	// Two undos took back two outcomes; a third has nothing left.
	_, errOut, code := runCLI(t, a, "outcome", "1", "--undo")
	if code != ExitBadInput || !strings.Contains(errOut, "no outcome in force to undo") {
		t.Errorf("third undo: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = runCLI(t, a, "outcome", "1", "replied", "--undo")
	if code != ExitBadInput || !strings.Contains(errOut, "no replied outcome in force to undo") {
		t.Errorf("undo of an outcome never recorded: code %d, stderr %q", code, errOut)
	}
	evs := events(t, a, 1)
	if len(evs) != 4 || evs[2].Retracts != 1 || evs[2].Note != "wrong candidate" || evs[3].Retracts != 2 || !evs[3].At.Equal(testNow) {
		t.Errorf("events = %+v", evs)
	}
	if o := outreach.Fold(evs); o != (outreach.OutcomeTimes{}) {
		t.Errorf("after two undos the outcomes are %+v, want none", o)
	}
}

func TestOutcomeCredits(t *testing.T) {
	a := newTestApp(t)
	note := priya()
	note.Channel, note.Subject, note.Credits = library.Connection, "", 0
	late := inmailTo("Marcus Chen", "https://www.linkedin.com/in/marcus-chen", testNow.Add(-100*24*time.Hour))
	logSends(t, a, note, late, priya())
	for _, tc := range []struct {
		args []string
		want string
	}{
		// A connection note spends no credit, so none comes back.
		{[]string{"outcome", "1", "accepted"}, "Priya Raman · responded in 2 days\n"},
		// A reply after LinkedIn's 90 days earns nothing back.
		{[]string{"outcome", "2", "replied"}, "Marcus Chen · late response after 100 days\n"},
	} {
		out, errOut, code := runCLI(t, a, tc.args...)
		if code != ExitOK || !strings.HasSuffix(out, tc.want) {
			t.Errorf("%v: code %d, stderr %q, stdout %q; want it to end %q", tc.args, code, errOut, out, tc.want)
		}
	}
	// A seat without refunds gives nothing back.
	writeFile(t, a.ConfigPath, "seat:\n  preset: recruiter\n  refunds: false\n")
	out, _, code := runCLI(t, a, "outcome", "3", "replied")
	if code != ExitOK || !strings.HasSuffix(out, "Priya Raman · responded in 2 days\n") {
		t.Errorf("no refunds: code %d, %q", code, out)
	}
	// A broken config is named before anything is recorded.
	writeFile(t, a.ConfigPath, "seat:\n  preset: platinum\n")
	_, errOut, code := runCLI(t, a, "outcome", "3", "declined")
	if code != ExitBadInput || !strings.Contains(errOut, filepath.Base(a.ConfigPath)) || !strings.Contains(errOut, "platinum") {
		t.Errorf("bad config: code %d, stderr %q", code, errOut)
	}
	if evs := events(t, a, 3); len(evs) != 1 {
		t.Errorf("message 3 has %d events, want 1", len(evs))
	}
}

func TestOutcomeWithoutLog(t *testing.T) {
	a := newTestApp(t)
	_, errOut, code := runCLI(t, a, "outcome", "1", "replied")
	if code != ExitBadInput || !strings.Contains(errOut, "no message 1: nothing has been logged in "+a.DBPath+" yet") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(a.DBPath); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a refused outcome created the database: %v", err)
	}
}
