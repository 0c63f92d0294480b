package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

// savedCandidates lists the saved candidates in a's log, most recent
// first.
func savedCandidates(t *testing.T, a *App) []outreach.Candidate {
	t.Helper()
	s, err := a.session(0)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := s.Candidates()
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// savedIDs lists the saved candidates' ids, most recent first.
func savedIDs(t *testing.T, a *App) []string {
	t.Helper()
	cs := savedCandidates(t, a)
	var ids []string
	for _, c := range cs {
		ids = append(ids, c.ID)
	}
	return ids
}

func TestCandidatesImportConnections(t *testing.T) {
	a := newTestApp(t)
	out, errOut, code := runCLI(t, a, "candidates", "import", "testdata/candidates/Connections.csv")
	if code != ExitOK || out != "Connections.csv: 3 added, 0 updated, 0 skipped.\n" {
		t.Fatalf("exit %d\nstdout %q\nstderr %s", code, out, errOut)
	}
	db := openSendDB(t, a)
	c, err := db.Candidate("https://www.linkedin.com/in/marcus-chen-sample")
	if err != nil {
		t.Fatal(err)
	}
	if c.Profile.Name != "Marcus Chen" || c.Profile.Title != "Quantitative Analyst" || c.Profile.Company != "Bridgewell Capital" {
		t.Errorf("Marcus seeded as %+v", c.Profile)
	}
	db.Close()

	// Again: nothing changes, nothing is added twice.
	out, _, code = runCLI(t, a, "candidates", "import", "testdata/candidates/Connections.csv")
	want := "Connections.csv: 0 added, 0 updated, 3 skipped.\n" +
		"  skipped Priya Raman (line 5): already saved, unchanged\n" +
		"  skipped Marcus Chen (line 6): already saved, unchanged\n" +
		"  skipped Sam Ortiz (line 7): already saved, unchanged\n"
	if code != ExitOK || out != want {
		t.Errorf("re-import: exit %d\n%s\nwant\n%s", code, out, want)
	}
	if ids := savedIDs(t, a); len(ids) != 3 {
		t.Errorf("saved %v, want 3 candidates", ids)
	}
}

func TestCandidatesConnectionsKeepRicherProfiles(t *testing.T) {
	a := newTestApp(t)
	out, errOut, code := runCLI(t, a, "candidates", "import", "testdata/candidates/shortlist.json")
	if code != ExitOK || out != "shortlist.json: 2 added, 0 updated, 0 skipped.\n" {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	out, _, code = runCLI(t, a, "candidates", "import", "testdata/candidates/Connections.csv")
	// Priya's row says what the saved profile says: nothing to update.
	if code != ExitOK || !strings.HasPrefix(out, "Connections.csv: 2 added, 0 updated, 1 skipped.\n") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	c, err := openSendDB(t, a).Candidate("linkedin.com/in/priya-raman-sample")
	if err != nil {
		t.Fatal(err)
	}
	p := c.Profile
	if len(p.Experience) != 1 || len(p.Skills) != 2 || p.Seniority != "senior-associate" {
		t.Errorf("the seed wiped Priya's profile: %+v", p)
	}
}

func TestCandidatesImportFormats(t *testing.T) {
	tests := []struct {
		file, want string
		wantIDs    []string
	}{
		{"shortlist.json", "shortlist.json: 2 added, 0 updated, 0 skipped.\n",
			[]string{"inmail:1", "linkedin.com/in/priya-raman-sample"}},
		{"people.csv", "people.csv: 2 added, 0 updated, 0 skipped.\n",
			[]string{"inmail:1", "linkedin.com/in/marcus-chen-sample"}},
		{"people.yaml", "people.yaml: 1 added, 0 updated, 1 skipped.\n  skipped - (profile 2): no name and no profile URL\n",
			[]string{"linkedin.com/in/sam-ortiz-sample"}},
		{"people.jsonl", "people.jsonl: 1 added, 0 updated, 1 skipped.\n  skipped Marcus Chen (record 2): the same candidate as record 1\n",
			[]string{"linkedin.com/in/marcus-chen-sample"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			a := newTestApp(t)
			out, errOut, code := runCLI(t, a, "candidates", "import", "testdata/candidates/"+tc.file)
			if code != ExitOK || out != tc.want {
				t.Fatalf("exit %d\nstdout %q\nwant   %q\nstderr %s", code, out, tc.want, errOut)
			}
			if got := savedIDs(t, a); strings.Join(got, " ") != strings.Join(tc.wantIDs, " ") {
				t.Errorf("saved %v, want %v", got, tc.wantIDs)
			}
		})
	}
}

func TestCandidatesImportUpdates(t *testing.T) {
	a := newTestApp(t)
	if _, errOut, code := runCLI(t, a, "candidates", "import", "testdata/candidates/people.csv"); code != ExitOK {
		t.Fatal(errOut)
	}
	// Marcus by URL (written differently), Elena by name: both updated.
	dir := t.TempDir()
	writeFile(t, dir+"/update.csv", "name,id,title,company\n"+
		"Marcus Chen,http://www.linkedin.com/in/marcus-chen-sample,Senior Quant,Bridgewell Capital\n"+
		"elena  petrova,,Senior Associate,Varden Legal\n")
	a.Now = func() time.Time { return testNow.Add(time.Hour) }
	out, errOut, code := runCLI(t, a, "candidates", "import", dir+"/update.csv")
	if code != ExitOK || out != "update.csv: 0 added, 2 updated, 0 skipped.\n" {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	db := openSendDB(t, a)
	m, _ := db.Candidate("linkedin.com/in/marcus-chen-sample")
	e, _ := db.Candidate("inmail:1")
	if m.Profile.Title != "Senior Quant" || m.Profile.Seniority != "associate" || !m.UpdatedAt.After(m.AddedAt) {
		t.Errorf("Marcus %+v", m)
	}
	if e.Profile.Title != "Senior Associate" || e.Profile.ID != "inmail:1" {
		t.Errorf("Elena %+v", e.Profile)
	}
}

func TestCandidatesImportBadRow(t *testing.T) {
	tests := []struct {
		file string
		want string
	}{
		{"bad-seniority.csv", `bad-seniority.csv: row 2 (Elena Petrova): field seniority: "senior" is not a level; use one of associate, senior-associate, partner-track`},
		{"bad-connections.csv", `bad-connections.csv:6: column "Connected On": "last Tuesday" is not a date like 08 Oct 2026`},
		{"missing.json", "profile file testdata/candidates/missing.json does not exist"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			a := newTestApp(t)
			out, errOut, code := runCLI(t, a, "candidates", "import", "testdata/candidates/"+tc.file)
			if code != ExitBadInput || !strings.Contains(errOut, tc.want) || out != "" {
				t.Fatalf("exit %d\nstdout %q\nstderr %s\nwant %s", code, out, errOut, tc.want)
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
				t.Errorf("want one sentence, got %q", errOut)
			}
			if ids := savedIDs(t, a); len(ids) != 0 {
				t.Errorf("a bad file saved %v", ids)
			}
		})
	}
}

func TestCandidatesAddShowsWhatWasRead(t *testing.T) {
	a := newTestApp(t)
	a.Stdin = strings.NewReader(readTestFile(t, "testdata/send/paste.txt"))
	out, errOut, code := runCLI(t, a, "candidates", "add", "-")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		"standard input: 1 added, 0 updated, 0 skipped.",
		"Elena Petrova\n  id ",
		"inmail:1",
		"seniority   associate",
		"experience  Associate, Varden Legal, Sep 2022–Present",
		"about       Employment lawyer. I ran the firm's pro bono clinic for gig-economy couriers.",
		"University of Leeds",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("add output does not contain %q:\n%s", want, out)
		}
	}
}

func TestCandidatesListShowRemove(t *testing.T) {
	a := newTestApp(t)
	out, _, code := runCLI(t, a, "candidates", "list")
	if code != ExitOK || !strings.Contains(out, "No saved candidates yet") {
		t.Errorf("empty list: exit %d, %q", code, out)
	}
	if out, _, _ = runCLI(t, a, "candidates", "list", "--json"); out != "[]\n" {
		t.Errorf("empty JSON list: %q", out)
	}
	runCLI(t, a, "candidates", "import", "testdata/candidates/Connections.csv")
	a.Now = func() time.Time { return testNow.Add(time.Hour) }
	runCLI(t, a, "candidates", "add", "testdata/send/priya.json")
	a.Now = func() time.Time { return testNow.Add(2 * time.Hour) }
	runCLI(t, a, "candidates", "add", "testdata/send/paste.txt")

	// Elena was added last; Priya was only updated.
	out, _, _ = runCLI(t, a, "candidates", "list")
	// Levels come from the titles: Connections.csv's Position for Marcus
	// ("Quantitative Analyst") and Sam ("Founder").
	want := "NAME           SENIORITY         COMPANY              ID\n" +
		"Elena Petrova  associate         Varden Legal         inmail:1\n" +
		"Marcus Chen    associate         Bridgewell Capital   linkedin.com/in/marcus-chen-sample\n" +
		"Priya Raman    senior-associate  Harlow & Pierce LLP  linkedin.com/in/priya-raman-sample\n" +
		"Sam Ortiz      partner-track     Ortiz Legal Tech     linkedin.com/in/sam-ortiz-sample\n"
	if out != want {
		t.Errorf("list:\n%s\nwant\n%s", out, want)
	}
	out, _, _ = runCLI(t, a, "candidates", "list", "--json")
	var cs []outreach.Candidate
	if err := json.Unmarshal([]byte(out), &cs); err != nil || len(cs) != 4 || cs[2].ID != "linkedin.com/in/priya-raman-sample" || cs[2].Profile.Company != "Harlow & Pierce LLP" {
		t.Errorf("list --json: %v\n%s", err, out)
	}

	out, errOut, code := runCLI(t, a, "candidates", "show", "https://www.LinkedIn.com/in/Priya-Raman-Sample/")
	if code != ExitOK || !strings.Contains(out, "Priya Raman\n  id  ") || !strings.Contains(out, "Castell Pharma") ||
		!strings.Contains(out, "saved       added 2026-03-10 09:30 · updated 2026-03-10 10:30") {
		t.Errorf("show: exit %d\n%s\n%s", code, out, errOut)
	}
	if out, _, code = runCLI(t, a, "candidates", "show", "marcus chen", "--json"); code != ExitOK || !strings.Contains(out, `"id": "linkedin.com/in/marcus-chen-sample"`) {
		t.Errorf("show by name --json: exit %d\n%s", code, out)
	}
	_, errOut, code = runCLI(t, a, "candidates", "show", "nobody")
	if code != ExitBadInput || !strings.Contains(errOut, `no saved candidate "nobody"`) {
		t.Errorf("show unknown: exit %d, %s", code, errOut)
	}

	out, _, code = runCLI(t, a, "candidates", "remove", "Sam Ortiz")
	if code != ExitOK || out != "Removed Sam Ortiz (linkedin.com/in/sam-ortiz-sample); messages sent to them stay in the log.\n" {
		t.Errorf("remove: exit %d, %q", code, out)
	}
	if _, errOut, code = runCLI(t, a, "candidates", "remove", "Sam Ortiz"); code != ExitBadInput || !strings.Contains(errOut, "no saved candidate") {
		t.Errorf("remove again: exit %d, %s", code, errOut)
	}
	if ids := savedIDs(t, a); len(ids) != 3 {
		t.Errorf("after remove: %v", ids)
	}
}

func readTestFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// pastePage is a whole profile page of the profile reader's corpus.
func pastePage(t *testing.T, name string) string {
	t.Helper()
	return readTestFile(t, "../profile/testdata/pages/"+name)
}

// TestCandidatesTwoPastesAreTwoPeople pastes two different people's whole
// pages (top bar, sidebars and footer included) one after the other: they
// are two candidates, neither named after the menus, and the first keeps
// her level.
func TestCandidatesTwoPastesAreTwoPeople(t *testing.T) {
	a := newTestApp(t)
	for _, page := range []string{"01-desktop-priya-banker.txt", "04-german-pronouns-katharina.txt"} {
		a.Stdin = strings.NewReader(pastePage(t, page))
		out, errOut, code := runCLI(t, a, "candidates", "add", "-")
		if code != ExitOK || !strings.HasPrefix(out, "standard input: 1 added, 0 updated, 0 skipped.") {
			t.Fatalf("%s: exit %d\n%s\n%s", page, code, out, errOut)
		}
	}
	cs := savedCandidates(t, a)
	if len(cs) != 2 {
		t.Fatalf("saved %d candidates, want 2", len(cs))
	}
	names := map[string]string{}
	for _, c := range cs {
		names[c.Profile.Name] = c.Profile.Seniority
		if strings.Contains(c.Profile.Text, "My Network") || strings.Contains(c.Profile.Text, "People you may know") {
			t.Errorf("%s's saved text keeps the page's menus or sidebars", c.Profile.Name)
		}
	}
	if names["Priya Raman"] != "partner-track" || names["Katharina Vogt"] != "senior-associate" {
		t.Errorf("saved %v", names)
	}
	// The same page again changes nothing.
	a.Stdin = strings.NewReader(pastePage(t, "01-desktop-priya-banker.txt"))
	out, _, code := runCLI(t, a, "candidates", "import", "-")
	if code != ExitOK || out != "standard input: 0 added, 0 updated, 1 skipped.\n  skipped Priya Raman (standard input): already saved, unchanged\n" {
		t.Errorf("the same page again: exit %d\n%s", code, out)
	}
}

// TestCandidatesSameNameOtherFirm imports two people with one name at two
// firms, with no profile URL: two candidates.
func TestCandidatesSameNameOtherFirm(t *testing.T) {
	a := newTestApp(t)
	writeFile(t, a.ConfigDir+"/one.json", `{"name": "Sam Ortiz", "title": "Associate", "company": "Varden Legal"}`)
	writeFile(t, a.ConfigDir+"/two.json", `{"name": "Sam Ortiz", "title": "Partner", "company": "Ortiz Legal Tech"}`)
	for _, f := range []string{"one.json", "two.json"} {
		if out, errOut, code := runCLI(t, a, "candidates", "import", a.ConfigDir+"/"+f); code != ExitOK || !strings.HasPrefix(out, f+": 1 added") {
			t.Fatalf("%s: exit %d\n%s%s", f, code, out, errOut)
		}
	}
	if ids := savedIDs(t, a); len(ids) != 2 {
		t.Errorf("saved %v, want two candidates", ids)
	}
	// The same name and firm again is an update, listed field by field by
	// a dry run, which saves nothing.
	writeFile(t, a.ConfigDir+"/again.json", `{"name": "Sam Ortiz", "title": "Senior Associate", "company": "Varden Legal", "skills": ["Employment"]}`)
	out, errOut, code := runCLI(t, a, "candidates", "import", a.ConfigDir+"/again.json", "--dry-run")
	want := "again.json (dry run, nothing saved): 0 to add, 1 to update, 0 skipped.\n" +
		"  update Sam Ortiz (profile 1), saved as inmail:1:\n" +
		"    title: \"Associate\" → \"Senior Associate\"\n" +
		"    skills: + Employment\n"
	if code != ExitOK || out != want {
		t.Errorf("dry run: exit %d\n%s%s\nwant\n%s", code, out, errOut, want)
	}
	c, err := openSendDB(t, a).Candidate("inmail:1")
	if err != nil || c.Profile.Title != "Associate" {
		t.Errorf("the dry run saved: %+v, %v", c.Profile, err)
	}
}

// TestCandidatesDryRunConnections plans a Connections.csv import: who
// would be added, at which level and why, and nothing is saved.
func TestCandidatesDryRunConnections(t *testing.T) {
	a := newTestApp(t)
	out, errOut, code := runCLI(t, a, "candidates", "import", "testdata/candidates/Connections.csv", "--dry-run")
	want := "Connections.csv (dry run, nothing saved): 3 to add, 0 to update, 0 skipped.\n" +
		"  add Priya Raman (line 5), senior-associate (Senior Associate in the current title)\n" +
		"  add Marcus Chen (line 6), associate (Analyst in the current title)\n" +
		"  add Sam Ortiz (line 7), partner-track (Founder in the current title)\n"
	if code != ExitOK || out != want {
		t.Errorf("exit %d\n%s%s\nwant\n%s", code, out, errOut, want)
	}
	if ids := savedIDs(t, a); len(ids) != 0 {
		t.Errorf("a dry run saved %v", ids)
	}
}

// TestCandidatesShowJSONIsAProfile adds back what candidates show --json
// prints: the same candidate, updated in place, not a nameless new one.
func TestCandidatesShowJSONIsAProfile(t *testing.T) {
	a := newTestApp(t)
	a.Stdin = strings.NewReader(readTestFile(t, "testdata/send/paste.txt"))
	if _, errOut, code := runCLI(t, a, "candidates", "add", "-"); code != ExitOK {
		t.Fatal(errOut)
	}
	shown, _, code := runCLI(t, a, "candidates", "show", "Elena Petrova", "--json")
	if code != ExitOK {
		t.Fatal(shown)
	}
	writeFile(t, a.ConfigDir+"/elena.json", strings.Replace(shown, `"title": "Associate"`, `"title": "Senior Associate"`, 1))
	out, errOut, code := runCLI(t, a, "candidates", "import", a.ConfigDir+"/elena.json")
	if code != ExitOK || out != "elena.json: 0 added, 1 updated, 0 skipped.\n" {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if ids := savedIDs(t, a); len(ids) != 1 || ids[0] != "inmail:1" {
		t.Errorf("saved %v, want inmail:1 only", ids)
	}
}

// TestCandidatesRefuseNonProfiles gives add input that is not a profile:
// each is refused with exit 2 and a sentence, and nothing is saved.
func TestCandidatesRefuseNonProfiles(t *testing.T) {
	tests := []struct {
		name, file, content, stdin, want string
	}{
		{name: "not a profile object", file: "foo.json", content: `{"foo": 1}`, want: `the object has "foo", not a profile's keys with values: expected profile keys such as "name"`},
		{name: "null", file: "null.json", content: "null", want: "holds null, not a profile"},
		{name: "empty", file: "empty.json", content: "", want: "the file is empty"},
		{name: "binary", file: "photo.txt", content: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", want: "holds binary data"},
		{name: "invalid UTF-8", file: "latin1.txt", content: "In\xe8s Moreau\nHead of Growth\n", want: "is not UTF-8 text"},
		{name: "menus only", stdin: "Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\n", want: "but no profile card after them"},
		{name: "a sentence", stdin: "Hi Priya, hope you are well!\n", want: "which is not a name"},
		{name: "over 1 MB", stdin: strings.Repeat("Priya Raman\n", 100000), want: "standard input is over 1 MB"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newTestApp(t)
			arg := "-"
			if tc.file != "" {
				arg = a.ConfigDir + "/" + tc.file
				writeFile(t, arg, tc.content)
			} else {
				a.Stdin = strings.NewReader(tc.stdin)
			}
			_, errOut, code := runCLI(t, a, "candidates", "add", arg)
			if code != ExitBadInput || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 saying %q", code, errOut, tc.want)
			}
			if ids := savedIDs(t, a); len(ids) != 0 {
				t.Errorf("saved %v", ids)
			}
		})
	}
}

// TestCandidatesListPages: the list is read and printed a page at a time,
// every candidate once, most recent first.
func TestCandidatesListPages(t *testing.T) {
	a := newTestApp(t)
	if _, errOut, code := runCLI(t, a, "candidates", "import", "testdata/candidates/Connections.csv"); code != ExitOK {
		t.Fatal(errOut)
	}
	whole, _, _ := runCLI(t, a, "candidates", "list")
	saved := listPage
	listPage = 2
	t.Cleanup(func() { listPage = saved })
	out, errOut, code := runCLI(t, a, "candidates", "list")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
		f := strings.Fields(l)
		ids = append(ids, f[len(f)-1])
	}
	if want := savedIDs(t, a); strings.Join(ids, " ") != strings.Join(want, " ") {
		t.Errorf("listed %v in pages of 2, want %v", ids, want)
	}
	if strings.Count(out, "NAME") != 1 || strings.Count(whole, "\n") != strings.Count(out, "\n") {
		t.Errorf("pages of 2:\n%s\nin one page:\n%s", out, whole)
	}
}

// TestCandidatesShowSaysWhoRecommendedThem: a page's recommendation keeps
// the line under its writer's name, and show says who they are.
func TestCandidatesShowSaysWhoRecommendedThem(t *testing.T) {
	a := newTestApp(t)
	page := filepath.Join(t.TempDir(), "gareth.txt")
	text := "Gareth Pryce\nPayroll Bureau Manager at Cwm Payroll Services\nCardiff, Wales, United Kingdom\n\n" +
		"Experience\nPayroll Bureau Manager\nCwm Payroll Services · Full-time\nMar 2018 - Present · 6 yrs 9 mos\nRuns payroll for 40 clients.\n\n" +
		"Recommendations\nReceived\nGiven\nRhian Morgan\n · 2nd\nFinance Director at Taff Valley Care Homes\n" +
		"July 4, 2022, Rhian was Gareth's client\nGareth spotted £14,000 of overpaid holiday pay before it went out.\n"
	if err := os.WriteFile(page, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := runCLI(t, a, "candidates", "add", page); code != ExitOK {
		t.Fatalf("add: exit %d, %s", code, errOut)
	}
	out, errOut, code := runCLI(t, a, "candidates", "show", "Gareth Pryce")
	if code != ExitOK || !strings.Contains(out, "from Rhian Morgan (Finance Director at Taff Valley Care Homes): Gareth spotted £14,000") {
		t.Errorf("show: exit %d\n%s\n%s", code, out, errOut)
	}
}
