package cli

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// inmailTo is an InMail from Jordan Blake to a candidate, sent at sent.
func inmailTo(name, url string, sent time.Time) outreach.Message {
	first, _, _ := strings.Cut(name, " ")
	return outreach.Message{
		Recruiter:       "Jordan Blake",
		Candidate:       outreach.CandidateRef{ID: url, Name: name, URL: url},
		Seniority:       "senior-associate",
		TemplateID:      "senior-associate/passive-intro",
		TemplateHash:    "h1",
		Channel:         library.InMail,
		Subject:         "A senior M&A role with a top-10 firm",
		Body:            "Hi " + first + ",\n\nYour work on the " + name + " deal caught my eye.\n\nJordan",
		Personalization: "Your work on the " + name + " deal caught my eye.",
		References:      []outreach.Reference{{Field: "experience[0].description", Text: name + " deal"}},
		Role:            "Senior M&A associate",
		Client:          "a top-10 firm",
		StartedAt:       sent.Add(-5 * time.Minute),
		SentAt:          sent,
		Credits:         1,
	}
}

// openTestDB opens the test App's database with its clock; the caller
// closes it before running commands (the CLI takes the file lock).
func openTestDB(t testing.TB, a *App) *store.DB {
	t.Helper()
	db, err := store.Open(a.DBPath, store.Options{Now: a.Now})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// logSends logs msgs with store.Send, as `inmail send` does, and returns
// their ids.
func logSends(t testing.TB, a *App, msgs ...outreach.Message) []uint64 {
	t.Helper()
	db := openTestDB(t, a)
	defer db.Close()
	ids := make([]uint64, len(msgs))
	for i, m := range msgs {
		id, _, err := db.Send(m, "")
		if err != nil {
			t.Fatalf("send %d: %v", i, err)
		}
		ids[i] = id
	}
	return ids
}

// logWithEvents logs msgs with their events in one go (store.BulkLoad).
func logWithEvents(t *testing.T, a *App, msgs []outreach.Message, events [][]outreach.Event) []uint64 {
	t.Helper()
	db := openTestDB(t, a)
	defer db.Close()
	err := db.BulkLoad(func(yield func([]outreach.Message, [][]outreach.Event) bool) { yield(msgs, events) })
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]uint64, len(msgs))
	for i, m := range msgs {
		ids[i] = m.ID
	}
	return ids
}

// outcomeAt is a manual event of outcome o at at.
func outcomeAt(o outreach.Outcome, at time.Time) outreach.Event {
	return outreach.Event{Outcome: o, At: at, Source: outreach.Manual}
}

// logJSON runs `inmail log --json` with args and decodes it.
func logJSON(t *testing.T, a *App, args ...string) []map[string]any {
	t.Helper()
	out, errOut, code := runCLI(t, a, append([]string{"log", "--json"}, args...)...)
	if code != ExitOK {
		t.Fatalf("log --json %v: code %d, stderr %q", args, code, errOut)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("log --json %v: %v\n%s", args, err, out)
	}
	return got
}

// ids lists the "id" of each JSON object.
func ids(objs []map[string]any) []uint64 {
	var out []uint64
	for _, o := range objs {
		out = append(out, uint64(o["id"].(float64)))
	}
	return out
}

// trackerLog logs six messages, one in each situation, and returns their
// ids by name.
func trackerLog(t *testing.T, a *App) map[string]uint64 {
	t.Helper()
	now := testNow
	day := 24 * time.Hour
	type row struct {
		name string
		sent time.Time
		evs  []outreach.Event
	}
	rows := []row{
		{"late", now.Add(-20 * day), []outreach.Event{outcomeAt(outreach.Declined, now.Add(-11*day))}},
		{"responded", now.Add(-10 * day), []outreach.Event{outcomeAt(outreach.Replied, now.Add(-8*day)), outcomeAt(outreach.Screened, now.Add(-7*day))}},
		{"none", now.Add(-8 * day), nil},
		{"closing", now.Add(-6*day - 5*time.Hour), nil},
		{"withdrawn", now.Add(-3 * day), []outreach.Event{outcomeAt(outreach.Withdrawn, now.Add(-3*day+time.Hour))}},
		{"fresh", now.Add(-time.Hour), nil},
	}
	var msgs []outreach.Message
	var evs [][]outreach.Event
	for _, r := range rows {
		name := "Candidate " + strings.ToUpper(r.name[:1]) + r.name[1:]
		msgs = append(msgs, inmailTo(name, "https://www.linkedin.com/in/"+r.name, r.sent))
		evs = append(evs, r.evs)
	}
	got := logWithEvents(t, a, msgs, evs)
	out := map[string]uint64{}
	for i, r := range rows {
		out[r.name] = got[i]
	}
	return out
}

func TestLogTableByAttention(t *testing.T) {
	a := newTestApp(t)
	trackerLog(t, a)
	out, errOut, code := runCLI(t, a, "log")
	if code != ExitOK || errOut != "" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	want := `ID  SENT              CANDIDATE            TEMPLATE                        CHANNEL  STATUS
4   2026-03-04 04:30  Candidate Closing    senior-associate/passive-intro  inmail   awaiting · 19h left
6   2026-03-10 08:30  Candidate Fresh      senior-associate/passive-intro  inmail   awaiting · 6d 23h left
5   2026-03-07 09:30  Candidate Withdrawn  senior-associate/passive-intro  inmail   withdrawn
3   2026-03-02 09:30  Candidate None       senior-associate/passive-intro  inmail   no response
2   2026-02-28 09:30  Candidate Responded  senior-associate/passive-intro  inmail   responded in 2d · screened
1   2026-02-18 09:30  Candidate Late       senior-associate/passive-intro  inmail   late · after 9d
`
	if out != want {
		t.Errorf("log:\n%s\nwant:\n%s", out, want)
	}

	// --limit keeps the top of the same order, whichever side of the
	// awaiting messages it falls.
	for _, tc := range []struct {
		args []string
		want []uint64
	}{
		{[]string{"--limit", "1"}, []uint64{4}},
		{[]string{"--limit", "2"}, []uint64{4, 6}},
		{[]string{"--limit", "4"}, []uint64{4, 6, 5, 3}},
		{[]string{"--limit", "40"}, []uint64{4, 6, 5, 3, 2, 1}},
		{[]string{"--limit", "1", "--status", "late,none"}, []uint64{3}},
		{[]string{"--limit", "2", "--status", "awaiting"}, []uint64{4, 6}},
	} {
		if got := ids(logJSON(t, a, tc.args...)); !slices.Equal(got, tc.want) {
			t.Errorf("log %v: ids %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestLogStatusFilterAgreesWithOutreach puts messages on both sides of every
// window boundary and checks that each --status lists exactly the messages
// outreach.StatusOf gives that status.
func TestLogStatusFilterAgreesWithOutreach(t *testing.T) {
	a := newTestApp(t)
	now := testNow
	week := outreach.ResponseWindow
	type row struct {
		sent time.Time
		evs  []outreach.Event
	}
	rows := []row{
		{now.Add(-week), nil},               // awaiting, nothing left
		{now.Add(-week - time.Second), nil}, // none
		{now.Add(-week + time.Second), nil}, // awaiting
		{now.Add(-2 * week), []outreach.Event{outcomeAt(outreach.Replied, now.Add(-week))}},             // responded, on the deadline
		{now.Add(-2 * week), []outreach.Event{outcomeAt(outreach.Replied, now.Add(-week+time.Second))}}, // late by a second
		{now.Add(-time.Minute), []outreach.Event{outcomeAt(outreach.Accepted, now)}},                    // responded now
		{now.Add(-time.Hour), []outreach.Event{outcomeAt(outreach.Screened, now)}},                      // awaiting, screened
		{now.Add(-3 * week), []outreach.Event{outcomeAt(outreach.Declined, now.Add(-3*week+time.Hour)), outcomeAt(outreach.Withdrawn, now.Add(-2*week))}},
		{now.Add(-2 * week), []outreach.Event{outcomeAt(outreach.Replied, now.Add(-2*week+time.Hour)), {Retracts: 1, At: now, Source: outreach.Manual}}}, // reply undone: none
	}
	var msgs []outreach.Message
	var evs [][]outreach.Event
	for i, r := range rows {
		msgs = append(msgs, inmailTo(fmt.Sprintf("Case %d", i), fmt.Sprintf("https://linkedin.com/in/case-%d", i), r.sent))
		evs = append(evs, r.evs)
	}
	logWithEvents(t, a, msgs, evs)

	want := map[outreach.Status][]uint64{}
	for i, m := range msgs {
		st := outreach.StatusOf(m.SentAt, outreach.Fold(evs[i]), now).Status
		want[st] = append(want[st], uint64(i+1))
	}
	for _, st := range outreach.Statuses {
		got := ids(logJSON(t, a, "--status", st.String()))
		slices.Sort(got)
		if !slices.Equal(got, want[st]) {
			t.Errorf("--status %s: ids %v, want %v", st, got, want[st])
		}
	}
	// Every status appears, so the cases above cover the boundaries.
	if len(want) != len(outreach.Statuses) {
		t.Errorf("the cases cover %d statuses, want all %d: %v", len(want), len(outreach.Statuses), want)
	}
	got := ids(logJSON(t, a, "--status", "late,withdrawn"))
	slices.Sort(got)
	if w := slices.Sorted(slices.Values(append(slices.Clone(want[outreach.StatusLate]), want[outreach.StatusWithdrawn]...))); !slices.Equal(got, w) {
		t.Errorf("--status late,withdrawn: %v, want %v", got, w)
	}
}

func TestLogJSON(t *testing.T) {
	a := newTestApp(t)
	names := trackerLog(t, a)
	objs := logJSON(t, a)
	if len(objs) != 6 {
		t.Fatalf("%d objects, want 6", len(objs))
	}
	byID := map[uint64]map[string]any{}
	for _, o := range objs {
		byID[uint64(o["id"].(float64))] = o
	}
	r := byID[names["responded"]]
	if r["status"] != "responded" || r["screened"] != true {
		t.Errorf("responded message: %v", r)
	}
	outcomes, _ := r["outcomes"].(map[string]any)
	if outcomes["replied"] != "2026-03-02T09:30:00Z" || outcomes["screened"] != "2026-03-03T09:30:00Z" {
		t.Errorf("outcomes = %v", outcomes)
	}
	if evs, _ := r["events"].([]any); len(evs) != 2 {
		t.Errorf("events = %v, want 2", r["events"])
	}
	c := byID[names["closing"]]
	if c["status"] != "awaiting" || c["left_seconds"] != float64(19*3600) || c["deadline"] != "2026-03-11T04:30:00Z" {
		t.Errorf("closing message: status %v, left_seconds %v, deadline %v", c["status"], c["left_seconds"], c["deadline"])
	}
	if _, ok := c["left"]; ok {
		t.Errorf("the nanosecond left field should not be printed: %v", c["left"])
	}
	if evs, ok := byID[names["none"]]["events"].([]any); !ok || len(evs) != 0 {
		t.Errorf("a message without events should have \"events\": [], got %v", byID[names["none"]]["events"])
	}
}

func TestLogFilters(t *testing.T) {
	a := newTestApp(t)
	names := trackerLog(t, a)
	other := inmailTo("Priya Raman", "https://www.linkedin.com/in/priya-raman", testNow.Add(-30*time.Minute))
	other.TemplateID = "associate/direct-intro"
	other.Channel = library.Connection
	other.Subject = ""
	other.Credits = 0
	priya := logSends(t, a, other)[0]

	for _, tc := range []struct {
		args []string
		want []uint64
	}{
		{[]string{"--candidate", "HTTP://LinkedIn.com/in/Priya-Raman/"}, []uint64{priya}},
		{[]string{"--candidate", "priya raman"}, []uint64{priya}},
		{[]string{"--candidate", "Nobody Here"}, nil},
		{[]string{"--template", "associate/direct-intro"}, []uint64{priya}},
		{[]string{"--template", "no/such"}, nil},
		{[]string{"--since", "2026-03-07", "--until", "2026-03-09"}, []uint64{names["withdrawn"]}},
		{[]string{"--since", "2026-03-10 08:30"}, []uint64{names["fresh"], priya}},
		{[]string{"--until", "2026-02-28T09:30:00Z"}, []uint64{names["late"]}},
		{[]string{"--status", "awaiting", "--template", "senior-associate/passive-intro"}, []uint64{names["closing"], names["fresh"]}},
	} {
		if got := ids(logJSON(t, a, tc.args...)); !slices.Equal(got, tc.want) {
			t.Errorf("log %v: ids %v, want %v", tc.args, got, tc.want)
		}
	}
	out, _, code := runCLI(t, a, "log", "--candidate", "Nobody Here")
	if code != ExitOK || out != "No logged messages match.\n" {
		t.Errorf("no match: code %d, %q", code, out)
	}
	out, _, _ = runCLI(t, a, "log", "--candidate", "priya raman")
	if !strings.Contains(out, "connection") || !strings.Contains(out, "awaiting · 6d 23h left") {
		t.Errorf("connection note row:\n%s", out)
	}
}

func TestLogRefusals(t *testing.T) {
	a := newTestApp(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"log", "--status", "ghosted"}, `unknown status "ghosted"`},
		{[]string{"log", "--since", "last week"}, `--since "last week" is not a date or time`},
		{[]string{"log", "--until", "2026-13-01"}, `--until "2026-13-01" is not a date or time`},
		{[]string{"log", "--limit", "-1"}, "--limit -1"},
		{[]string{"log", "extra"}, "unknown command"},
		{[]string{"log", "show"}, "accepts 1 arg"},
		{[]string{"log", "show", "abc"}, `"abc" is not a message id`},
		{[]string{"log", "show", "0"}, `"0" is not a message id`},
		{[]string{"log", "show", "7"}, "nothing has been logged"},
		{[]string{"log", "copy", "7"}, "nothing has been logged"},
		{[]string{"log", "copy"}, "accepts 1 arg"},
	} {
		_, errOut, code := runCLI(t, a, tc.args...)
		if code != ExitBadInput || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: code %d, stderr %q; want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
	logSends(t, a, inmailTo("Priya Raman", "https://www.linkedin.com/in/priya-raman", testNow))
	for _, sub := range []string{"show", "copy"} {
		_, errOut, code := runCLI(t, a, "log", sub, "7")
		if code != ExitBadInput || !strings.Contains(errOut, "no message 7") {
			t.Errorf("%s 7: code %d, stderr %q", sub, code, errOut)
		}
	}
}

func TestLogEmpty(t *testing.T) {
	a := newTestApp(t)
	out, errOut, code := runCLI(t, a, "log")
	if code != ExitOK || out != "No messages logged yet.\n" || errOut != "" {
		t.Errorf("log with no database: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	out, _, code = runCLI(t, a, "log", "--json")
	if code != ExitOK || out != "[]\n" {
		t.Errorf("log --json with no database: code %d, %q", code, out)
	}
}

func TestLogShow(t *testing.T) {
	a := newTestApp(t)
	sent := testNow.Add(-3 * 24 * time.Hour)
	m := inmailTo("Priya Raman", "https://www.linkedin.com/in/priya-raman", sent)
	logWithEvents(t, a, []outreach.Message{m}, [][]outreach.Event{{
		{Outcome: outreach.Accepted, At: sent.Add(2 * time.Hour), Source: outreach.Manual, Note: "clicked by mistake"},
		{Retracts: 1, At: sent.Add(3 * time.Hour), Source: outreach.Manual},
		{Outcome: outreach.Replied, At: sent.Add(26 * time.Hour), Recorded: testNow, Source: outreach.Import, Note: "LinkedIn reply: Thanks Jordan"},
	}})
	out, errOut, code := runCLI(t, a, "log", "show", "1")
	if code != ExitOK || errOut != "" {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	want := `Message 1 · InMail · sent 2026-03-07 09:30 by Jordan Blake
To:        Priya Raman <https://www.linkedin.com/in/priya-raman>
Template:  senior-associate/passive-intro
Seniority: senior-associate
Status:    responded in 1 day 2 hours · credit returned
Credits:   1
Role:      Senior M&A associate
Client:    a top-10 firm

Subject: A senior M&A role with a top-10 firm

Hi Priya,

Your work on the Priya Raman deal caught my eye.

Jordan

Personalization: Your work on the Priya Raman deal caught my eye.
References:
  Experience: "Priya Raman deal"

Events:
  1  2026-03-07 11:30  accepted              manual  taken back by 2 · "clicked by mistake"
  2  2026-03-07 12:30  undo of 1 (accepted)  manual
  3  2026-03-08 11:30  replied               import  recorded 2026-03-10 09:30 · "LinkedIn reply: Thanks Jordan"
`
	if out != want {
		t.Errorf("log show:\n%s\nwant:\n%s", out, want)
	}
	out, _, _ = runCLI(t, a, "log", "show", "1", "--json")
	var obj map[string]any
	if err := json.Unmarshal([]byte(out), &obj); err != nil || obj["status"] != "responded" || obj["body"] != m.Body || !strings.Contains(out, `"A senior M&A role`) {
		t.Errorf("log show --json: %v\n%s", err, out)
	}
}

func TestLogCopy(t *testing.T) {
	a := newTestApp(t)
	note := inmailTo("Marcus Chen", "https://www.linkedin.com/in/marcus-chen", testNow)
	note.Channel, note.Subject, note.Credits = library.Connection, "", 0
	logSends(t, a, inmailTo("Priya Raman", "https://www.linkedin.com/in/priya-raman", testNow), note)
	var copied []string
	a.Copier = &clipboard.Copier{System: func(s string) error { copied = append(copied, s); return nil }}

	out, errOut, code := runCLI(t, a, "log", "copy", "1")
	if code != ExitOK || errOut != "" || out != "Copied the body of message 1 (InMail to Priya Raman, 67 characters) to the system clipboard: paste it into the message box, and the subject into the subject line (inmail log copy 1 --copy subject copies it).\n" {
		t.Errorf("copy 1: code %d, stderr %q, stdout %q", code, errOut, out)
	}
	want := "Hi Priya,\n\nYour work on the Priya Raman deal caught my eye.\n\nJordan"
	if len(copied) != 1 || copied[0] != want {
		t.Errorf("copied %q, want %q", copied, want)
	}
	out, _, code = runCLI(t, a, "log", "copy", "1", "--copy", "subject")
	if code != ExitOK || !strings.HasPrefix(out, "Copied the subject of message 1 (InMail to Priya Raman, 36 characters)") || copied[1] != "A senior M&A role with a top-10 firm" {
		t.Errorf("copy 1 --copy subject: code %d, %q, copied %q", code, out, copied)
	}
	out, _, code = runCLI(t, a, "log", "copy", "2", "--copy", "both")
	if code != ExitOK || !strings.HasPrefix(out, "Copied the note of message 2 (connection note to Marcus Chen,") || copied[2] != note.Body {
		t.Errorf("copy 2: code %d, %q, copied %q", code, out, copied)
	}

	// When nothing takes the text, it is printed to copy by hand.
	a.Copier = &clipboard.Copier{System: func(string) error { return clipboard.ErrNoUtility }}
	out, errOut, code = runCLI(t, a, "log", "copy", "1")
	if code != ExitRefused || out != want+"\n" || !strings.Contains(errOut, "copy failed: system clipboard: no clipboard utility") || !strings.Contains(errOut, "here is the body of message 1 to copy by hand") {
		t.Errorf("failed copy: code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestLogTablePagesByDefault(t *testing.T) {
	a := newTestApp(t)
	var msgs []outreach.Message
	for i := range defaultLogRows + 5 {
		name := fmt.Sprintf("Person %d", i)
		msgs = append(msgs, inmailTo(name, fmt.Sprintf("https://www.linkedin.com/in/p%d", i), testNow.Add(-time.Duration(i+1)*time.Hour)))
	}
	logWithEvents(t, a, msgs, nil)

	out, _, code := runCLI(t, a, "log")
	rows := strings.Count(out, "Person ")
	if code != ExitOK || rows != defaultLogRows || !strings.Contains(out, "--limit 0 all") {
		t.Errorf("log: code %d, %d rows, want %d and a note that there is more:\n%s", code, rows, defaultLogRows, out)
	}
	out, _, _ = runCLI(t, a, "log", "--limit", "0")
	if rows := strings.Count(out, "Person "); rows != len(msgs) || strings.Contains(out, "--limit 0 all") {
		t.Errorf("log --limit 0: %d rows, want all %d and no note", rows, len(msgs))
	}
	if got := len(logJSON(t, a, "--json")); got != len(msgs) {
		t.Errorf("log --json: %d messages, want all %d", got, len(msgs))
	}
}
