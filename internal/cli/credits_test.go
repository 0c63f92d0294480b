package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// creditsLog logs three months of Jordan's InMails on a Recruiter Lite seat
// (30 a month, holds 90), and some of Alex's that must not count:
//
//	January:  10 sent, 2 replied in January       → 0 + 30 - 10 + 2 = 22
//	February:  5 sent (1 withdrawn), 1 accepted in March
//	                                               → 22 + 30 - 4 + 0 = 48
//	March:     3 sent and a connection note, the February accept
//	                                               → 48 + 30 - 3 + 1 = 76
func creditsLog(t *testing.T, a *App) {
	t.Helper()
	writeFile(t, a.ConfigPath, "recruiter: Jordan Blake\nseat:\n  preset: recruiter-lite\n  start: 2026-01\n")
	var msgs []outreach.Message
	var evs [][]outreach.Event
	add := func(recruiter string, sent time.Time, ch library.Channel, e ...outreach.Event) {
		n := len(msgs)
		m := inmailTo(fmt.Sprintf("Candidate %d", n), fmt.Sprintf("https://www.linkedin.com/in/c-%d", n), sent)
		m.Recruiter = recruiter
		if ch == library.Connection {
			m.Channel, m.Subject, m.Credits = ch, "", 0
		}
		msgs = append(msgs, m)
		evs = append(evs, e)
	}
	jan := time.Date(2026, 1, 5, 10, 0, 0, 0, time.UTC)
	for i := range 10 {
		sent := jan.Add(time.Duration(i) * 24 * time.Hour)
		if i < 2 {
			add("Jordan Blake", sent, library.InMail, outcomeAt(outreach.Replied, sent.Add(48*time.Hour)))
		} else {
			add("Jordan Blake", sent, library.InMail)
		}
	}
	feb := time.Date(2026, 2, 20, 10, 0, 0, 0, time.UTC)
	add("Jordan Blake", feb, library.InMail, outcomeAt(outreach.Withdrawn, feb.Add(time.Hour)))
	add("Jordan Blake", feb, library.InMail, outcomeAt(outreach.Accepted, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)))
	for range 3 {
		add("Jordan Blake", feb, library.InMail)
	}
	mar := time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC)
	for range 3 {
		add("Jordan Blake", mar, library.InMail)
	}
	add("Jordan Blake", mar, library.Connection)
	for range 4 {
		add("Alex Kim", mar, library.InMail, outcomeAt(outreach.Replied, mar.Add(time.Hour)))
	}
	logWithEvents(t, a, msgs, evs)
}

func TestCredits(t *testing.T) {
	a := newTestApp(t)
	creditsLog(t, a)
	out, errOut, code := runCLI(t, a, "credits")
	want := `Credits · Jordan Blake · Recruiter Lite seat: 30 a month, holds up to 90, responses within 90 days give the credit back

March 2026
  allotment     30
  carried over  48
  spent          3
  returned       1
  left          76

Health: Response rate 0% (0 of 3 InMails in 14 days, 3 still awaiting); LinkedIn's 13% line applies from 100 InMails in 14 days.
`
	if code != ExitOK || errOut != "" || out != want {
		t.Errorf("code %d, stderr %q, stdout:\n%s\nwant:\n%s", code, errOut, out, want)
	}

	out, _, _ = runCLI(t, a, "credits", "--months", "3")
	want = `Credits · Jordan Blake · Recruiter Lite seat: 30 a month, holds up to 90, responses within 90 days give the credit back

MONTH    ALLOTMENT  CARRIED OVER  SPENT  RETURNED  LEFT
2026-01         30             0     10         2    22
2026-02         30            22      4         0    48
2026-03         30            48      3         1    76
`
	if !strings.HasPrefix(out, want) {
		t.Errorf("--months 3:\n%s\nwant it to start:\n%s", out, want)
	}
	// More months than the seat has shows what there is.
	if out2, _, _ := runCLI(t, a, "credits", "--months", "12"); !strings.HasPrefix(out2, want) {
		t.Errorf("--months 12:\n%s", out2)
	}

	out, _, _ = runCLI(t, a, "credits", "--recruiter", "")
	if !strings.HasPrefix(out, "Credits · all recruiters ·") || !strings.Contains(out, "spent          7") || !strings.Contains(out, "returned       5") {
		t.Errorf("--recruiter \"\" (everyone's):\n%s", out)
	}
	// Without a recruiter in config.yaml, $USER's messages count, as
	// inmail send logs them.
	writeFile(t, a.ConfigPath, "seat:\n  preset: recruiter-lite\n  start: 2026-01\n")
	a.Getenv = envOf(map[string]string{"USER": "Jordan Blake"})
	if out2, _, _ := runCLI(t, a, "credits", "--months", "3"); !strings.HasPrefix(out2, want) {
		t.Errorf("$USER Jordan Blake:\n%s\nwant it to start:\n%s", out2, want)
	}

	out, _, _ = runCLI(t, a, "credits", "--recruiter", "Alex Kim")
	if !strings.Contains(out, "Alex Kim") || !strings.Contains(out, "spent          4") || !strings.Contains(out, "returned       4") {
		t.Errorf("--recruiter Alex Kim:\n%s", out)
	}
}

func TestCreditsJSON(t *testing.T) {
	a := newTestApp(t)
	creditsLog(t, a)
	out, errOut, code := runCLI(t, a, "credits", "--json", "--months", "2")
	if code != ExitOK {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	var got struct {
		Recruiter string
		Seat      struct {
			Preset  string
			Monthly int
			Cap     int
			Refunds bool
			Start   string
		}
		Month  outreach.Month
		Months []outreach.Month
		Health struct {
			Sent, Responded int
			Level           string
		}
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if got.Recruiter != "Jordan Blake" || got.Seat.Preset != "recruiter-lite" || got.Seat.Monthly != 30 || got.Seat.Cap != 90 || !got.Seat.Refunds || got.Seat.Start != "2026-01" {
		t.Errorf("recruiter and seat: %+v", got)
	}
	if got.Month.Left != 76 || len(got.Months) != 2 || got.Months[0].Left != 48 || got.Months[1] != got.Month {
		t.Errorf("months: %+v, %+v", got.Month, got.Months)
	}
	if got.Health.Sent != 3 || got.Health.Responded != 0 || got.Health.Level != "ok" {
		t.Errorf("health: %+v", got.Health)
	}
}

// TestCreditsHealthWarns sends 60 InMails in 14 days with 6 responses:
// under LinkedIn's 100, but 10% would be under the line, so warn now.
func TestCreditsHealthWarns(t *testing.T) {
	for _, tc := range []struct {
		sent, responded int
		want            string
	}{
		{60, 6, "Warning: Response rate 10% (6 of 60 InMails in 14 days) would be near or under LinkedIn's 13% line"},
		{100, 12, "Danger: Response rate 12% (12 of 100 InMails in 14 days) is under LinkedIn's 13% line"},
		{100, 30, "Health: Response rate 30% (30 of 100 InMails in 14 days) is above LinkedIn's 13% line."},
	} {
		t.Run(fmt.Sprint(tc.sent, tc.responded), func(t *testing.T) {
			a := newTestApp(t)
			writeFile(t, a.ConfigPath, "recruiter: Jordan Blake\n")
			var msgs []outreach.Message
			var evs [][]outreach.Event
			for i := range tc.sent {
				sent := testNow.Add(-13*24*time.Hour + time.Duration(i)*time.Minute)
				msgs = append(msgs, inmailTo(fmt.Sprintf("C %d", i), fmt.Sprintf("https://linkedin.com/in/c%d", i), sent))
				var e []outreach.Event
				if i < tc.responded {
					e = append(e, outcomeAt(outreach.Declined, sent.Add(time.Hour)))
				}
				evs = append(evs, e)
			}
			logWithEvents(t, a, msgs, evs)
			out, _, code := runCLI(t, a, "credits")
			if code != ExitOK || !strings.Contains(out, "\n"+tc.want) {
				t.Errorf("code %d:\n%s\nwant a line starting %q", code, out, tc.want)
			}
		})
	}
}

func TestCreditsWithoutLog(t *testing.T) {
	a := newTestApp(t)
	out, errOut, code := runCLI(t, a, "credits")
	want := `Credits · recruiter · Recruiter seat: 150 a month, holds up to 600, responses within 90 days give the credit back

March 2026
  allotment     150
  carried over    0
  spent           0
  returned        0
  left          150

Health: No InMails sent in the last 14 days.
`
	if code != ExitOK || errOut != "" || out != want {
		t.Errorf("code %d, stderr %q, stdout:\n%s\nwant:\n%s", code, errOut, out, want)
	}
	writeFile(t, a.ConfigPath, "seat:\n  preset: custom\n  monthly: 40\n  refunds: false\n")
	out, _, _ = runCLI(t, a, "credits")
	if !strings.HasPrefix(out, "Credits · recruiter · Custom seat: 40 a month, holds up to 160, no credits back\n") {
		t.Errorf("custom seat:\n%s", out)
	}
}

func TestCreditsRefusals(t *testing.T) {
	a := newTestApp(t)
	_, errOut, code := runCLI(t, a, "credits", "--months", "0")
	if code != ExitBadInput || !strings.Contains(errOut, "--months 0") {
		t.Errorf("--months 0: code %d, stderr %q", code, errOut)
	}
	writeFile(t, a.ConfigPath, "seat:\n  preset: platinum\n")
	_, errOut, code = runCLI(t, a, "credits")
	if code != ExitBadInput || !strings.Contains(errOut, "seat.preset") {
		t.Errorf("bad preset: code %d, stderr %q", code, errOut)
	}
}
