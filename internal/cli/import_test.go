package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

// fixtureCSV is LinkedIn's messages.csv sample (see testdata/import/README.md):
// Priya replied within a day, Marcus on day 10, Elena not at all, and Sam's
// message has nothing to do with a logged send.
const fixtureCSV = "testdata/import/messages.csv"

// importNow is after every message in the fixture.
var importNow = time.Date(2026, 10, 20, 12, 0, 0, 0, time.UTC)

// logFixtureSends logs Jordan's three InMails of the fixture, a few minutes
// before LinkedIn dated them (the recruiter logs, then pastes), with the
// profile URLs spelt differently from the export.
func logFixtureSends(t testing.TB, a *App) {
	t.Helper()
	logSends(t, a,
		inmailTo("Priya Raman", "HTTPS://www.LinkedIn.com/in/Priya-Raman-Sample/", time.Date(2026, 10, 6, 9, 29, 0, 0, time.UTC)),
		inmailTo("Marcus Chen", "linkedin.com/in/marcus-chen-sample", time.Date(2026, 10, 6, 9, 44, 0, 0, time.UTC)),
		inmailTo("Elena Novak", "http://uk.linkedin.com/in/elena-novak-sample?trk=people", time.Date(2026, 10, 8, 8, 10, 0, 0, time.UTC)),
	)
}

// importApp is a test App for Jordan Blake, the recruiter of the fixture,
// with the clock after it.
func importApp(t *testing.T) *App {
	a := newTestApp(t)
	a.Now = func() time.Time { return importNow }
	writeFile(t, a.ConfigPath, "recruiter: Jordan Blake\n")
	return a
}

// backup is the whole database file as store.Backup writes it.
func backup(t *testing.T, a *App) []byte {
	t.Helper()
	db := openTestDB(t, a)
	defer db.Close()
	var b bytes.Buffer
	if _, err := db.Backup(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// statuses is each message's status by candidate name, from log --json.
func statuses(t *testing.T, a *App) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, o := range logJSON(t, a) {
		out[o["candidate"].(map[string]any)["name"].(string)] = o["status"].(string)
	}
	return out
}

func TestImportLinkedInFixture(t *testing.T) {
	a := importApp(t)
	logFixtureSends(t, a)

	out, errOut, code := runCLI(t, a, "import", "linkedin", fixtureCSV)
	want := `Read 6 messages from testdata/import/messages.csv; matched against 3 logged messages.
Matched (new): 2
  message 1 · Priya Raman · replied 2026-10-07 14:12 · now responded in 1 day 4 hours
  message 2 · Marcus Chen · replied 2026-10-16 18:02 · now late response after 10 days 8 hours
Already known (recorded before): 0
Ambiguous: 0
Skipped: 4
  3  messages from you or to people you did not log
  1  messages from people with no logged message
`
	if code != ExitOK || errOut != "" || out != want {
		t.Fatalf("first import: code %d, stderr %q, stdout:\n%s\nwant:\n%s", code, errOut, out, want)
	}
	wantStatus := map[string]string{"Priya Raman": "responded", "Marcus Chen": "late", "Elena Novak": "none"}
	if got := statuses(t, a); !equalMaps(got, wantStatus) {
		t.Errorf("after the import: %v, want %v", got, wantStatus)
	}
	evs := events(t, a, 1)
	if len(evs) != 1 || evs[0].Source != outreach.Import || evs[0].Outcome != outreach.Replied ||
		!evs[0].At.Equal(time.Date(2026, 10, 7, 14, 12, 9, 0, time.UTC)) || !evs[0].Recorded.Equal(importNow) ||
		!strings.HasPrefix(evs[0].Note, "LinkedIn reply: Thanks Jordan") {
		t.Errorf("Priya's events: %+v", evs)
	}

	// The second run finds the same replies and records nothing.
	before := backup(t, a)
	out, _, code = runCLI(t, a, "import", "linkedin", fixtureCSV)
	want = `Read 6 messages from testdata/import/messages.csv; matched against 3 logged messages.
Matched (new): 0
Already known (recorded before): 2
  message 1 · Priya Raman · replied 2026-10-07 14:12
  message 2 · Marcus Chen · replied 2026-10-16 18:02
Ambiguous: 0
Skipped: 4
  3  messages from you or to people you did not log
  1  messages from people with no logged message
`
	if code != ExitOK || out != want {
		t.Errorf("second import: code %d, stdout:\n%s\nwant:\n%s", code, out, want)
	}
	if !bytes.Equal(before, backup(t, a)) {
		t.Error("the second import changed the database")
	}
	if got := statuses(t, a); !equalMaps(got, wantStatus) {
		t.Errorf("after the second import: %v, want %v", got, wantStatus)
	}
	for id := uint64(1); id <= 3; id++ {
		if n := len(events(t, a, id)); n != map[uint64]int{1: 1, 2: 1, 3: 0}[id] {
			t.Errorf("message %d has %d events after two imports", id, n)
		}
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestImportLinkedInDryRunAndStdin(t *testing.T) {
	a := importApp(t)
	logFixtureSends(t, a)
	before := backup(t, a)
	out, _, code := runCLI(t, a, "import", "linkedin", "--dry-run", fixtureCSV)
	if code != ExitOK || !strings.Contains(out, "Matched (new, not recorded: --dry-run): 2\n  message 1 · Priya Raman · replied 2026-10-07 14:12\n") {
		t.Errorf("--dry-run: code %d:\n%s", code, out)
	}
	if !bytes.Equal(before, backup(t, a)) {
		t.Error("--dry-run changed the database")
	}
	data, err := os.ReadFile(fixtureCSV)
	if err != nil {
		t.Fatal(err)
	}
	a.Stdin = bytes.NewReader(data)
	out, _, code = runCLI(t, a, "import", "linkedin", "-")
	if code != ExitOK || !strings.HasPrefix(out, "Read 6 messages from standard input;") || !strings.Contains(out, "Matched (new): 2\n") {
		t.Errorf("from stdin: code %d:\n%s", code, out)
	}
}

func TestImportLinkedInBadFileWritesNothing(t *testing.T) {
	a := importApp(t)
	logFixtureSends(t, a)
	dir := t.TempDir()
	good, err := os.ReadFile(fixtureCSV)
	if err != nil {
		t.Fatal(err)
	}
	// Priya's reply (line 2) is fine; a later row has a date LinkedIn never
	// writes, so the whole file is refused and her reply is not recorded.
	bad := strings.Replace(string(good), "2026-10-16 18:02:51 UTC", "16/10/2026 18:02", 1)
	for _, tc := range []struct {
		name, content, want string
	}{
		{"bad-date.csv", bad, `bad-date.csv:11: column "DATE": "16/10/2026 18:02" is not a date like 2026-10-06 09:31:44 UTC`},
		{"unclosed.csv", string(good) + "3-x,,Sam Ortiz,,Jordan Blake,,2026-10-10 10:00:00 UTC,,\"never closed,INBOX\n", "unclosed.csv:14: a quote is not closed"},
		{"not-an-export.csv", "name,email\nPriya,p@example.com\n", "not-an-export.csv: no header row with CONVERSATION ID, FROM, DATE, CONTENT"},
		{"empty.csv", "", "empty.csv: no header row"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := backup(t, a)
			path := filepath.Join(dir, tc.name)
			writeFile(t, path, tc.content)
			out, errOut, code := runCLI(t, a, "import", "linkedin", path)
			if code != ExitBadInput || !strings.Contains(errOut, tc.want) || out != "" {
				t.Errorf("code %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errOut, tc.want)
			}
			if !bytes.Equal(before, backup(t, a)) {
				t.Error("a refused import changed the database")
			}
		})
	}
	_, errOut, code := runCLI(t, a, "import", "linkedin", filepath.Join(dir, "missing.csv"))
	if code != ExitBadInput || !strings.Contains(errOut, "messages file "+filepath.Join(dir, "missing.csv")+" does not exist") {
		t.Errorf("missing file: code %d, stderr %q", code, errOut)
	}
	_, errOut, code = runCLI(t, a, "import", "linkedin")
	if code != ExitBadInput || !strings.Contains(errOut, "accepts 1 arg") {
		t.Errorf("no file: code %d, stderr %q", code, errOut)
	}
}

func TestImportLinkedInAmbiguousAndWithdrawn(t *testing.T) {
	a := importApp(t)
	sent := time.Date(2026, 10, 6, 9, 0, 0, 0, time.UTC)
	alex1 := inmailTo("Alex Kim", "https://www.linkedin.com/in/alex-kim-1", sent)
	alex2 := inmailTo("Alex Kim", "https://www.linkedin.com/in/alex-kim-2", sent.Add(time.Minute))
	alex2.Personalization = "Your talk on payment rails at Money20/20 was the clearest I have heard."
	logSends(t, a, alex1, alex2, inmailTo("Elena Novak", "https://www.linkedin.com/in/elena-novak-sample", sent))
	if _, errOut, code := runCLI(t, a, "outcome", "3", "withdrawn", "--at", "2026-10-06 10:00"); code != ExitOK {
		t.Fatalf("withdraw: %s", errOut)
	}
	csv := `CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
c1,Jordan Blake,https://www.linkedin.com/in/jordan,Alex Kim,https://www.linkedin.com/in/alex-kim-3,2026-10-06 09:05:00 UTC,Hi,Hello Alex,INBOX
c1,Alex Kim,https://www.linkedin.com/in/alex-kim-3,Jordan Blake,https://www.linkedin.com/in/jordan,2026-10-07 09:05:00 UTC,,Thanks!,INBOX
c2,Elena Novak,https://www.linkedin.com/in/elena-novak-sample,Jordan Blake,https://www.linkedin.com/in/jordan,2026-10-07 10:00:00 UTC,,Which message?,INBOX
`
	path := filepath.Join(t.TempDir(), "messages.csv")
	writeFile(t, path, csv)
	out, _, code := runCLI(t, a, "import", "linkedin", path)
	for _, want := range []string{
		"matched against 2 logged messages.", // Elena's was withdrawn
		"Matched (new): 0\n",
		"Ambiguous: 1\n  line 3 · Alex Kim · 2026-10-07 09:05: 2 logged candidates are named \"Alex Kim\" and the row's profile URL matches none of them; record it by hand with inmail outcome\n",
		"1  messages from people with no logged message\n",
	} {
		if code != ExitOK || !strings.Contains(out, want) {
			t.Errorf("code %d, output:\n%s\nwant it to contain %q", code, out, want)
		}
	}
}

func TestImportLinkedInRecruiter(t *testing.T) {
	a := importApp(t)
	logFixtureSends(t, a)
	writeFile(t, a.ConfigPath, "recruiter: Sam Reyes\n")
	out, _, code := runCLI(t, a, "import", "linkedin", "--dry-run", fixtureCSV)
	if code != ExitOK || !strings.Contains(out, "matched against 0 logged messages") || !strings.Contains(out, "Matched (new, not recorded: --dry-run): 0") {
		t.Errorf("another recruiter's log: code %d:\n%s", code, out)
	}
	out, _, _ = runCLI(t, a, "import", "linkedin", "--dry-run", "--recruiter", "", fixtureCSV)
	if !strings.Contains(out, "matched against 3 logged messages") || !strings.Contains(out, "Matched (new, not recorded: --dry-run): 2") {
		t.Errorf("--recruiter \"\" (everyone's):\n%s", out)
	}
	out, _, _ = runCLI(t, a, "import", "linkedin", "--recruiter", "Jordan Blake", fixtureCSV)
	if !strings.Contains(out, "Matched (new): 2") {
		t.Errorf("--recruiter Jordan Blake:\n%s", out)
	}
	// With no recruiter in config.yaml, the sends of $USER are matched, as
	// inmail send logs them.
	writeFile(t, a.ConfigPath, "")
	a.Getenv = envOf(map[string]string{"USER": "jordan"})
	out, _, _ = runCLI(t, a, "import", "linkedin", "--dry-run", fixtureCSV)
	if !strings.Contains(out, "matched against 0 logged messages") {
		t.Errorf("$USER jordan has logged nothing:\n%s", out)
	}
}

// FuzzImportLinkedIn runs the whole import on arbitrary files: it must not
// panic, must exit 0 or 2, and a file it refuses must leave the database
// exactly as it was.
func FuzzImportLinkedIn(f *testing.F) {
	good, err := os.ReadFile(fixtureCSV)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(strings.Replace(string(good), "2026-10-16 18:02:51 UTC", "yesterday", 1)))
	f.Add([]byte("CONVERSATION ID,FROM,DATE,CONTENT\n"))
	f.Add([]byte("Notes:\n\"x\"\n\nCONVERSATION ID,FROM,DATE,CONTENT\nc,Priya Raman,2026-10-07 14:12:09 UTC,hi\n"))
	f.Add([]byte("\xef\xbb\xbfCONVERSATION ID,FROM,DATE,CONTENT\nc,\"Priya\nRaman\",2026-10-07 14:12:09 UTC,\"a\"\"b\"\n"))

	// newTestApp needs a *testing.T; this is the same App for the fuzzer.
	dir := f.TempDir()
	a := &App{
		DBPath:     filepath.Join(dir, "inmail.db"),
		ConfigPath: filepath.Join(dir, "config.yaml"),
		ConfigDir:  dir,
		DataDir:    dir,
		Now:        func() time.Time { return importNow },
		Getenv:     func(string) string { return "" },
		Stdin:      strings.NewReader(""),
		NoTUI:      true,
	}
	if err := os.WriteFile(a.ConfigPath, []byte("recruiter: Jordan Blake\n"), 0o644); err != nil {
		f.Fatal(err)
	}
	logFixtureSends(f, a)
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "messages.csv")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		before := backup(t, a)
		_, errOut, code := runCLI(t, a, "import", "linkedin", path)
		switch code {
		case ExitOK:
		case ExitBadInput:
			if !bytes.Equal(before, backup(t, a)) {
				t.Errorf("a refused import (%s) changed the database", errOut)
			}
		default:
			t.Errorf("exit %d: %s", code, errOut)
		}
	})
}
