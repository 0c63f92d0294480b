package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
)

// sendLine passes the gate for testdata/send/priya.json.
const sendLine = "Your work on Castell Pharma's acquisition of Norvane Therapeutics is the kind of deal my client leads."

const sendConfig = `recruiter: Jordan Blake
sender:
  name: Jordan Blake
  signature: Jordan Blake · Harbour Legal Search
seat:
  preset: recruiter
defaults:
  role: Senior M&A Associate
  client: a top-10 firm
  hook: Hybrid, two days in the office.
`

// sendTestApp is a test App with a recruiter's config and a clipboard that
// records what was copied.
func sendTestApp(t *testing.T) (*App, *[]string) {
	t.Helper()
	a := newTestApp(t)
	writeFile(t, a.ConfigPath, sendConfig)
	copied := new([]string)
	a.Copier = &clipboard.Copier{System: func(s string) error { *copied = append(*copied, s); return nil }}
	return a, copied
}

// sendPriya is `inmail send` to Priya with the lateral-move template.
func sendPriya(extra ...string) []string {
	return append([]string{"send", "--profile", "testdata/send/priya.json", "--template", "senior-associate/lateral-move"}, extra...)
}

// openSendDB opens the test App's database; it is closed with the test.
func openSendDB(t *testing.T, a *App) *store.DB {
	t.Helper()
	db, err := store.Open(a.DBPath, store.Options{Now: a.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// loggedMessages lists what the test App's database holds, oldest first;
// none when it was never made.
func loggedMessages(t *testing.T, a *App) []outreach.Message {
	t.Helper()
	db, err := store.Open(a.DBPath, store.Options{Now: a.Now, ReadOnly: true})
	if outreach.ErrorCode(err) == outreach.ENOTFOUND {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ms, err := db.Messages(outreach.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(ms)
	return ms
}

func TestSendLogsTheMessage(t *testing.T) {
	a, copied := sendTestApp(t)
	out, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine)...)
	if code != ExitOK {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	for _, want := range []string{
		"Logged message 1: InMail to Priya Raman with senior-associate/lateral-move; 1 credit, 149 left this month.",
		"Profile: https://www.linkedin.com/in/priya-raman-sample/",
		"Subject: Lateral move: a Senior M&A Associate role with a top-10 firm",
		"Hi Priya,\n\n" + sendLine,
		"My client, a top-10 firm, wants a Senior M&A Associate and is open about partnership.",
		"Jordan Blake · Harbour Legal Search",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout does not contain %q:\n%s", want, out)
		}
	}
	if want := "Copied the body (347 characters) to the system clipboard: paste it into the message box, and the subject above into the subject line (inmail log copy 1 --copy subject copies it).\n"; errOut != want {
		t.Errorf("stderr %q does not say what was copied: want %q", errOut, want)
	}
	// Priya graduated in 2016, but her title says Senior Associate: the
	// template is for her level, and nothing is noted.
	if strings.Contains(errOut, "note:") {
		t.Errorf("stderr %q notes a seniority mismatch", errOut)
	}

	db := openSendDB(t, a)
	m, err := db.Message(1)
	if err != nil {
		t.Fatal(err)
	}
	lib, _, _ := a.Library()
	tpl, _ := lib.Get("senior-associate/lateral-move")
	if len(*copied) != 1 || (*copied)[0] != m.Body {
		t.Errorf("copied %q, want the body alone", *copied)
	}
	want := outreach.Message{
		ID: 1, Recruiter: "Jordan Blake",
		Candidate:  outreach.CandidateRef{ID: "linkedin.com/in/priya-raman-sample", Name: "Priya Raman", URL: "https://www.linkedin.com/in/priya-raman-sample/"},
		Seniority:  "senior-associate",
		TemplateID: "senior-associate/lateral-move", TemplateHash: tpl.Hash, Channel: library.InMail,
		Personalization: sendLine,
		Role:            "Senior M&A Associate", Client: "a top-10 firm", Hook: "Hybrid, two days in the office.",
		Brief: "Senior M&A Associate · a top-10 firm", BriefID: 1,
		Credits: 1,
	}
	got := m
	got.Subject, got.Body, got.References, got.StartedAt, got.SentAt = "", "", nil, time.Time{}, time.Time{}
	if !equalJSON(got, want) {
		t.Errorf("logged\n%+v\nwant\n%+v", got, want)
	}
	if !m.SentAt.Equal(testNow) || !m.StartedAt.Equal(testNow) {
		t.Errorf("sent %v, started %v; want %v", m.SentAt, m.StartedAt, testNow)
	}
	if !strings.Contains(m.Body, sendLine) || m.Subject == "" {
		t.Errorf("subject %q body %q", m.Subject, m.Body)
	}
	if len(m.References) == 0 || m.References[0].Field != "experience[0].description" {
		t.Errorf("references %+v, want the experience description", m.References)
	}
	var facts []outreach.Fact
	if err := db.ForEachFact(func(f outreach.Fact) bool { facts = append(facts, f); return true }); err != nil {
		t.Fatal(err)
	}
	if len(facts) != 1 || facts[0].ID != 1 || facts[0].Credits != 1 || facts[0].Channel != library.InMail || !facts[0].Sent().Equal(testNow) {
		t.Errorf("facts %+v", facts)
	}
	uses, err := db.LineUses(sendLine)
	if err != nil || len(uses) != 1 || uses[0].MessageID != 1 {
		t.Errorf("line uses %+v, %v", uses, err)
	}
	c, err := db.Candidate("https://linkedin.com/in/Priya-Raman-Sample")
	if err != nil || !c.LastUsed.Equal(testNow) || c.Profile.Seniority != "senior-associate" {
		t.Errorf("candidate %+v, %v", c, err)
	}
}

func equalJSON(a, b any) bool {
	var x, y strings.Builder
	if writeJSON(&x, a) != nil || writeJSON(&y, b) != nil {
		return false
	}
	return x.String() == y.String()
}

func TestSendConnectionNoteAt(t *testing.T) {
	a, copied := sendTestApp(t)
	line := "Building the volatility surface calibration for FX options is exactly what the desk needs."
	args := []string{"send", "--profile", "testdata/send/marcus.json", "--template", "associate/connect",
		"--personalization", line, "--at", "2026-03-09 16:05", "--no-clipboard"}
	out, errOut, code := runCLI(t, a, args...)
	if code != ExitOK || !strings.Contains(out, "Logged message 1: connection note to Marcus Chen with associate/connect, sent 2026-03-09 16:05.") {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	if strings.Contains(out, "Subject:") || strings.Contains(out, "credit") {
		t.Errorf("a connection note has no subject and costs no credit:\n%s", out)
	}
	if len(*copied) != 0 || errOut != "" {
		t.Errorf("--no-clipboard copied %q; stderr %q", *copied, errOut)
	}
	ms := loggedMessages(t, a)
	if len(ms) != 1 || ms[0].Credits != 0 || !ms[0].SentAt.Equal(time.Date(2026, 3, 9, 16, 5, 0, 0, time.UTC)) {
		t.Fatalf("logged %+v", ms)
	}
	// The same earlier send logged again is the same message.
	out, _, code = runCLI(t, a, args...)
	if code != ExitOK || !strings.Contains(out, "Already logged as message 1 (2026-03-09 16:05); not logged again.") {
		t.Errorf("again: exit %d\n%s", code, out)
	}
	// RFC 3339 for the same moment, too.
	args[len(args)-2] = "2026-03-09T17:05:00+01:00"
	if out, _, code = runCLI(t, a, args...); code != ExitOK || !strings.Contains(out, "Already logged as message 1") {
		t.Errorf("RFC 3339: exit %d\n%s", code, out)
	}
	if n := len(loggedMessages(t, a)); n != 1 {
		t.Errorf("%d messages logged, want 1", n)
	}
}

func TestSendIdempotent(t *testing.T) {
	a, copied := sendTestApp(t)
	args := sendPriya("--personalization", sendLine)
	if _, errOut, code := runCLI(t, a, args...); code != ExitOK {
		t.Fatalf("first: exit %d, %s", code, errOut)
	}
	for _, after := range []time.Duration{0, 20 * time.Second, 50 * time.Second} {
		a.Now = func() time.Time { return testNow.Add(after) }
		out, errOut, code := runCLI(t, a, args...)
		if code != ExitOK || !strings.Contains(out, "Already logged as message 1 (2026-03-10 09:30); not logged again.") {
			t.Errorf("again %v later: exit %d\nstdout %s\nstderr %s", after, code, out, errOut)
		}
	}
	if n := len(loggedMessages(t, a)); n != 1 {
		t.Fatalf("%d messages logged by repeated runs, want 1", n)
	}
	if len(*copied) != 4 {
		t.Errorf("copied %d times, want every run to copy", len(*copied))
	}
	// Minutes later the same message is a deliberate second send, which
	// the contact rule asks a reason for.
	a.Now = func() time.Time { return testNow.Add(5 * time.Minute) }
	if out, errOut, code := runCLI(t, a, args...); code != ExitRefused || !strings.Contains(errOut, "needs a reason") {
		t.Errorf("five minutes later without a reason: exit %d\n%s%s", code, out, errOut)
	}
	out, _, code := runCLI(t, a, append(args, "--recontact", "they asked me to resend it")...)
	if code != ExitOK || !strings.Contains(out, "Logged message 2:") || !strings.Contains(out, "148 left") {
		t.Errorf("five minutes later: exit %d\n%s", code, out)
	}
}

func TestSendCopyFails(t *testing.T) {
	a, _ := sendTestApp(t)
	a.Copier = &clipboard.Copier{System: func(string) error { return clipboard.ErrNoUtility }}
	out, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine)...)
	if code != ExitOK || !strings.Contains(out, "Logged message 1") {
		t.Fatalf("exit %d, stdout %s", code, out)
	}
	if !strings.Contains(errOut, "copy failed: system clipboard: no clipboard utility") || !strings.Contains(errOut, "run inmail log copy 1 --copy body") {
		t.Errorf("stderr %q", errOut)
	}
}

// TestSendCopyParts: --copy picks the part on the clipboard and the
// output says which; a bad value is refused before anything is logged.
func TestSendCopyParts(t *testing.T) {
	a, copied := sendTestApp(t)
	_, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine, "--copy", "title")...)
	if code != ExitBadInput || !strings.Contains(errOut, `--copy: "title" is not a part of a message to copy: use body, subject or both`) || len(loggedMessages(t, a)) != 0 {
		t.Fatalf("--copy title: exit %d, %s", code, errOut)
	}
	_, errOut, code = runCLI(t, a, sendPriya("--personalization", sendLine, "--copy", "subject")...)
	subject := "Lateral move: a Senior M&A Associate role with a top-10 firm"
	if code != ExitOK || len(*copied) != 1 || (*copied)[0] != subject ||
		!strings.Contains(errOut, "Copied the subject (60 characters) to the system clipboard: paste it into the subject line; inmail log copy 1 --copy body copies the body.") {
		t.Errorf("--copy subject: exit %d, copied %q, stderr %q", code, *copied, errOut)
	}
	_, _, code = runCLI(t, a, sendPriya("--personalization", sendLine, "--copy", "both")...)
	m, err := openSendDB(t, a).Message(1)
	if err != nil {
		t.Fatal(err)
	}
	if code != ExitOK || len(*copied) != 2 || (*copied)[1] != clipboard.Text(m.Subject, m.Body) {
		t.Errorf("--copy both: exit %d, copied %q", code, *copied)
	}
}

func TestSendCandidateIndex(t *testing.T) {
	a, _ := sendTestApp(t)
	line := "Building the volatility surface calibration for FX options is exactly what the desk needs."
	base := []string{"send", "--profile", "testdata/send/two.json", "--template", "associate/connect", "--personalization", line}
	_, errOut, code := runCLI(t, a, base...)
	if code != ExitBadInput || !strings.Contains(errOut, "holds 2 profiles; pick one with --candidate-index 1 to 2") {
		t.Errorf("no index: exit %d, %s", code, errOut)
	}
	_, errOut, code = runCLI(t, a, append(base, "--candidate-index", "3")...)
	if code != ExitBadInput || !strings.Contains(errOut, "no profile number 3") {
		t.Errorf("index 3: exit %d, %s", code, errOut)
	}
	out, errOut, code := runCLI(t, a, append(base, "--candidate-index", "1")...)
	if code != ExitOK || !strings.Contains(out, "connection note to Marcus Chen") {
		t.Errorf("index 1: exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestSendPastedProfile(t *testing.T) {
	a, _ := sendTestApp(t)
	send := func(line string, more ...string) (string, string, int) {
		return runCLI(t, a, append([]string{"send", "--profile", "testdata/send/paste.txt", "--template", "associate/direct-intro",
			"--personalization", line, "--client", "Halden Employment", "--role", "Employment Associate"}, more...)...)
	}
	out, errOut, code := send("Running the pro bono clinic for gig-economy couriers is work my client admires.")
	if code != ExitOK || !strings.Contains(out, "InMail to Elena Petrova") || !strings.Contains(out, "A Employment Associate role with Halden Employment") {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
	// A pasted profile has no URL: sending to her again finds her by name
	// instead of saving a second Elena (and, an hour after the first
	// message, the contact rule asks why).
	a.Now = func() time.Time { return testNow.Add(time.Hour) }
	if out, errOut, code = send("Advising on the Fenwick Logistics collective redundancy consultation is what the role is about.",
		"--recontact", "a second role that fits her better"); code != ExitOK {
		t.Fatalf("again: exit %d\n%s\n%s", code, out, errOut)
	}
	cs, err := openSendDB(t, a).Candidates()
	if err != nil || len(cs) != 1 || cs[0].ID != "inmail:1" {
		t.Errorf("candidates %+v, %v; want one Elena", cs, err)
	}
}

func TestSendRefusals(t *testing.T) {
	const marcusLine = "Building the volatility surface calibration for FX options is exactly what the desk needs."
	tests := []struct {
		name     string
		config   string
		setup    func(t *testing.T, a *App)
		args     []string
		wantCode int
		want     []string // in stderr
	}{
		{name: "placeholder left in the line", args: sendPriya("--personalization", "Your work on Castell Pharma's acquisition of [target] is the kind of deal my client leads."),
			wantCode: ExitRefused, want: []string{"Not sent to Priya Raman (senior-associate/lateral-move):", "still has a placeholder (\"[target]\")"}},
		{name: "placeholder left in the template", config: "recruiter: Jordan Blake\nsender:\n  name: Jordan Blake\n",
			args: sendPriya("--personalization", sendLine, "--role", "Senior M&A Associate"), wantCode: ExitRefused,
			want: []string{"  - The template uses {{client}} but no client was given: fill it in.\n  - The template uses {{hook}} but no hook was given: fill it in.\n",
				"Role, client and hook come from --role, --client and --hook, or defaults in config.yaml."}},
		{name: "no sender name", config: "defaults:\n  role: R\n  client: C\n  hook: H.\n",
			args: sendPriya("--personalization", sendLine), wantCode: ExitRefused, want: []string{"no sender name is set: set sender.name (or recruiter) in config.yaml"}},
		{name: "generic line", args: sendPriya("--personalization", "I came across your profile and think you would be a great fit."),
			wantCode: ExitRefused, want: []string{"does not mention anything from their profile", "is a stock phrase"}},
		{name: "name-only line", args: sendPriya("--personalization", "As a Senior Associate at Harlow & Pierce LLP in London, you would suit this role."),
			wantCode: ExitRefused, want: []string{"names only their"}},
		{name: "over the limit", args: sendPriya("--personalization", sendLine, "--hook", strings.Repeat("Partnership track within two years. ", 55)),
			wantCode: ExitRefused, want: []string{"The message is 2,", "LinkedIn allows 1,900. Cut"}},
		{name: "connection note over the limit", args: []string{"send", "--profile", "testdata/send/priya.json", "--template", "associate/connect",
			"--personalization", strings.Repeat("Your work on Castell Pharma's acquisition of Norvane Therapeutics stands out. ", 4)},
			wantCode: ExitRefused, want: []string{"this channel leaves room for", "The connection note is", "LinkedIn allows 300"}},
		{name: "no credits",
			setup: func(t *testing.T, a *App) {
				writeFile(t, a.ConfigPath, strings.Replace(sendConfig, "preset: recruiter", "preset: custom\n  monthly: 1", 1))
				if _, errOut, code := runCLI(t, a, "send", "--profile", "testdata/send/marcus.json", "--template", "associate/direct-intro",
					"--personalization", marcusLine, "--at", "2026-03-02 10:00"); code != ExitOK {
					t.Fatalf("first InMail: %s", errOut)
				}
			},
			args: sendPriya("--personalization", sendLine), wantCode: ExitRefused,
			want: []string{"No InMail credits left this month (0). Send a connection note instead (senior-associate/connect), or wait for next month's allotment."}},
		{name: "line reused for another candidate",
			setup: func(t *testing.T, a *App) {
				db := openSendDB(t, a)
				m := outreach.Message{Recruiter: "Jordan Blake", Candidate: outreach.CandidateRef{ID: "linkedin.com/in/marcus-chen-sample", Name: "Marcus Chen"},
					TemplateID: "associate/direct-intro", Channel: library.InMail, Body: "Hi Marcus, " + sendLine, Personalization: sendLine,
					StartedAt: testNow.Add(-24 * time.Hour), SentAt: testNow.Add(-24 * time.Hour), Credits: 1}
				if _, _, err := db.Send(m, ""); err != nil {
					t.Fatal(err)
				}
				db.Close()
			},
			args: sendPriya("--personalization", sendLine), wantCode: ExitRefused,
			want: []string{"This personalization line was already sent to Marcus Chen (message 1, 9 Mar 2026): write a line for this candidate."}},
		{name: "--at in the future", args: sendPriya("--personalization", sendLine, "--at", "2026-03-10 09:31"),
			wantCode: ExitBadInput, want: []string{"cannot log a send in the future: --at 2026-03-10 09:31 is after now (2026-03-10 09:30)"}},
		{name: "--at unreadable", args: sendPriya("--personalization", sendLine, "--at", "yesterday"),
			wantCode: ExitBadInput, want: []string{`cannot read the time "yesterday" given with --at`}},
		{name: "unknown template", args: []string{"send", "--profile", "testdata/send/priya.json", "--template", "lateral-move", "--personalization", sendLine},
			wantCode: ExitBadInput, want: []string{`no template "lateral-move" (did you mean senior-associate/lateral-move?)`}},
		{name: "bad profile file", args: []string{"send", "--profile", "testdata/send/bad.json", "--template", "associate/connect", "--personalization", sendLine},
			wantCode: ExitBadInput, want: []string{"testdata/send/bad.json:3: malformed JSON", "missing comma"}},
		{name: "unknown seniority on the profile", setup: func(t *testing.T, a *App) {
			writeFile(t, a.ConfigDir+"/priya-senior.json", strings.Replace(readTestFile(t, "testdata/send/priya.json"), `"name"`, `"seniority": "senior", "name"`, 1))
		}, args: []string{"send", "--profile", "PRIYA-SENIOR", "--template", "associate/connect", "--personalization", sendLine},
			wantCode: ExitBadInput, want: []string{`priya-senior.json: field seniority: "senior" is not a level; use one of associate, senior-associate, partner-track`}},
		{name: "missing profile file", args: []string{"send", "--profile", "testdata/send/nobody.json", "--template", "associate/connect", "--personalization", sendLine},
			wantCode: ExitBadInput, want: []string{"profile file testdata/send/nobody.json does not exist"}},
		{name: "no --profile", args: []string{"send", "--template", "associate/connect", "--personalization", sendLine},
			wantCode: ExitBadInput, want: []string{"missing --profile FILE"}},
		{name: "no --template", args: []string{"send", "--profile", "testdata/send/priya.json", "--personalization", sendLine},
			wantCode: ExitBadInput, want: []string{"missing --template ID"}},
		{name: "no --personalization", args: sendPriya(),
			wantCode: ExitBadInput, want: []string{"missing --personalization TEXT"}},
		{name: "bad seat in config", config: "recruiter: Jordan Blake\nseat:\n  preset: custom\n",
			args: sendPriya("--personalization", sendLine), wantCode: ExitBadInput, want: []string{"config.yaml:3:11: seat.preset: a custom seat needs seat.monthly"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, copied := sendTestApp(t)
			if tc.config != "" {
				writeFile(t, a.ConfigPath, tc.config)
			}
			before := 0
			if tc.setup != nil {
				tc.setup(t, a)
				before = len(loggedMessages(t, a))
				*copied = nil
			}
			candidates := savedIDs(t, a)
			args := slices.Clone(tc.args)
			for i, arg := range args {
				if arg == "PRIYA-SENIOR" {
					args[i] = a.ConfigDir + "/priya-senior.json"
				}
			}
			out, errOut, code := runCLI(t, a, args...)
			if code != tc.wantCode {
				t.Fatalf("exit %d, want %d\nstdout %s\nstderr %s", code, tc.wantCode, out, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr does not contain %q:\n%s", w, errOut)
				}
			}
			if n := len(loggedMessages(t, a)); n != before {
				t.Errorf("%d messages logged, want %d", n, before)
			}
			// A send the gate refuses saves no new candidate.
			if after := savedIDs(t, a); !slices.Equal(after, candidates) {
				t.Errorf("saved candidates %v, were %v", after, candidates)
			}
			if len(*copied) > 0 || out != "" {
				t.Errorf("a refused send printed %q and copied %q", out, *copied)
			}
			if tc.wantCode == ExitRefused {
				// Every reason on a line of its own.
				for _, l := range strings.Split(strings.TrimSpace(errOut), "\n") {
					if !strings.HasPrefix(l, "note:") && !strings.HasPrefix(l, "Not sent") && !strings.HasPrefix(l, "  - ") && !strings.HasPrefix(l, "Role, client") {
						t.Errorf("stray line %q", l)
					}
				}
			}
		})
	}
}

func TestSendUnknownTemplateSavesNothing(t *testing.T) {
	a, _ := sendTestApp(t)
	runCLI(t, a, "send", "--profile", "testdata/send/priya.json", "--template", "x/y", "--personalization", sendLine)
	if _, err := store.Open(a.DBPath, store.Options{ReadOnly: true}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("bad input touched the database: %v", err)
	}
}

func TestComposeSavesThenNeedsATerminal(t *testing.T) {
	a, _ := sendTestApp(t)
	_, errOut, code := runCLI(t, a, "compose", "--profile", "testdata/send/priya.json", "--template", "senior-associate/lateral-move")
	if code != ExitBadInput || !strings.Contains(errOut, "the composer needs a terminal (Priya Raman is saved;") {
		t.Fatalf("exit %d, stderr %s", code, errOut)
	}
	if a.StartCandidate != "linkedin.com/in/priya-raman-sample" || a.StartTemplate != "senior-associate/lateral-move" {
		t.Errorf("StartCandidate %q, StartTemplate %q", a.StartCandidate, a.StartTemplate)
	}
	c, err := openSendDB(t, a).Candidate("linkedin.com/in/priya-raman-sample")
	if err != nil || c.Profile.Name != "Priya Raman" {
		t.Errorf("candidate %+v, %v", c, err)
	}
	_, errOut, code = runCLI(t, a, "compose", "--profile", "testdata/send/priya.json", "--template", "nope/nope")
	if code != ExitBadInput || !strings.Contains(errOut, `no template "nope/nope"`) {
		t.Errorf("unknown template: exit %d, %s", code, errOut)
	}
}

// creditsLeft is this month's balance as inmail credits --json says it.
func creditsLeft(t *testing.T, a *App) int {
	t.Helper()
	out, errOut, code := runCLI(t, a, "credits", "--json")
	if code != ExitOK {
		t.Fatalf("credits: exit %d, %s", code, errOut)
	}
	var got struct {
		Month struct {
			Left int `json:"left"`
		} `json:"month"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("credits --json: %v\n%s", err, out)
	}
	return got.Month.Left
}

// TestSendAtCannotMakeCredits is issue 12's finding 2: one send backdated
// with --at 1970-01-01 (or a year typed as 2016) raised this month's
// credits from 149 to 599, since the ledger's months began at the earliest
// send; a date in 1600 was accepted. Now the months begin at the seat's
// start (the month the log was made, or seat.start), --at is refused
// before 2003, and more than 90 days back or before the seat's start only
// --backfill logs it, without making credits.
func TestSendAtCannotMakeCredits(t *testing.T) {
	a, _ := sendTestApp(t)
	if _, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine, "--no-clipboard")...); code != ExitOK {
		t.Fatalf("send: exit %d, %s", code, errOut)
	}
	if left := creditsLeft(t, a); left != 149 {
		t.Fatalf("after one send: %d left, want 149", left)
	}
	marcus := func(extra ...string) []string {
		return append([]string{"send", "--profile", "testdata/send/marcus.json", "--template", "associate/direct-intro", "--no-clipboard",
			"--personalization", "Building the volatility surface calibration for FX options is exactly what the desk needs."}, extra...)
	}
	for _, tt := range []struct {
		at, want string
	}{
		{"1970-01-01 00:00", "--at 1970-01-01 00:00 is before 2003, when LinkedIn began: check the year"},
		{"1600-01-01 00:00", "is before 2003"},
		{"2016-03-09 09:00", "--at 2016-03-09 09:00 is more than 90 days ago: check the year, or add --backfill"},
		{"2026-02-10 09:00", "--at 2026-02-10 09:00 is before the seat's first month, 2026-03: add --backfill"},
	} {
		_, errOut, code := runCLI(t, a, marcus("--at", tt.at)...)
		if code != ExitBadInput || !strings.Contains(errOut, tt.want) {
			t.Errorf("--at %s: exit %d, stderr %q; want %d and %q", tt.at, code, errOut, ExitBadInput, tt.want)
		}
	}
	if _, errOut, code := runCLI(t, a, marcus("--at", "1970-01-01 00:00", "--backfill")...); code != ExitBadInput || !strings.Contains(errOut, "before 2003") {
		t.Errorf("--backfill 1970: exit %d, %s", code, errOut)
	}
	out, errOut, code := runCLI(t, a, marcus("--at", "2016-03-09 09:00", "--backfill")...)
	if code != ExitOK || !strings.Contains(out, "Logged message 2") || !strings.Contains(out, "149 left this month") {
		t.Fatalf("--backfill 2016: exit %d\n%s\n%s", code, out, errOut)
	}
	if left := creditsLeft(t, a); left != 149 {
		t.Errorf("after a backfilled send from 2016: %d left, want 149 (no credits made)", left)
	}
	if n := len(loggedMessages(t, a)); n != 2 {
		t.Errorf("%d messages logged, want 2", n)
	}
}

// TestSendAtSeatStart: with seat.start in config.yaml the ledger runs from
// that month, and a send dated since then is logged without --backfill;
// send prints the balance inmail credits shows.
func TestSendAtSeatStart(t *testing.T) {
	a, _ := sendTestApp(t)
	writeFile(t, a.ConfigPath, strings.Replace(sendConfig, "  preset: recruiter\n", "  preset: recruiter\n  start: 2026-01\n", 1))
	out, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine, "--at", "2026-02-10 09:00", "--no-clipboard")...)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	// January 150, February 150 + 150 - 1, March capped at 600 - 150 + 150.
	left := creditsLeft(t, a)
	if want := fmt.Sprintf("%d left this month", left); left != 449 || !strings.Contains(out, want) {
		t.Errorf("send said\n%s\nwant %q (inmail credits: %d)", out, want, left)
	}
}

// TestCreditsSet: the ledger counts from the balance set by hand.
func TestCreditsSet(t *testing.T) {
	a, _ := sendTestApp(t)
	out, errOut, code := runCLI(t, a, "credits", "set", "76")
	if code != ExitOK || out != "Set Jordan Blake's credits to 76 at 2026-03-10 09:30; 76 left this month.\n" {
		t.Fatalf("credits set: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	a.Now = func() time.Time { return testNow.Add(time.Minute) }
	if _, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine, "--no-clipboard")...); code != ExitOK {
		t.Fatalf("send: exit %d, %s", code, errOut)
	}
	if left := creditsLeft(t, a); left != 75 {
		t.Errorf("after a send: %d left, want 75", left)
	}
	out, _, _ = runCLI(t, a, "credits")
	if !strings.Contains(out, "  set           76\n") || !strings.Contains(out, "Counted from the 76 credits set for 2026-03-10 09:30") {
		t.Errorf("credits:\n%s", out)
	}
	// An earlier balance does not replace the latest.
	if _, errOut, code := runCLI(t, a, "credits", "set", "10", "--at", "2026-03-10 09:00"); code != ExitOK {
		t.Fatalf("credits set --at: exit %d, %s", code, errOut)
	}
	if left := creditsLeft(t, a); left != 75 {
		t.Errorf("after an earlier balance: %d left, want 75", left)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"credits", "set", "--", "-1"}, "not a credit balance"},
		{[]string{"credits", "set", "many"}, `"many" is not a number of credits`},
		{[]string{"credits", "set", "5", "--at", "2026-03-10 10:00"}, "is in the future"},
		{[]string{"credits", "set", "5", "--at", "2026-02-01 10:00"}, "before the seat's first month, 2026-03"},
	} {
		if _, errOut, code := runCLI(t, a, tt.args...); code != ExitBadInput || !strings.Contains(errOut, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want %q", tt.args, code, errOut, tt.want)
		}
	}
}
