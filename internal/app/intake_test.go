package app

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestIsConnectionsCSV(t *testing.T) {
	export, err := os.ReadFile("testdata/Connections.csv")
	if err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct {
		content string
		want    bool
	}{
		"export.csv":    {string(export), true},
		"no-notes.csv":  {"\uFEFFFirst Name,Last Name,URL,Company\nA,B,https://linkedin.com/in/ab,C\n", true},
		"profiles.csv":  {"name,id,title\nA B,https://linkedin.com/in/ab,C\n", false},
		"first-url.csv": {"name,url\nA,B\n", false},
	} {
		if got := isConnectionsCSV([]byte(tc.content)); got != tc.want {
			t.Errorf("%s: %v, want %v", name, got, tc.want)
		}
	}
}

// TestReadProfiles reads each kind of input: a Connections.csv seeds, a
// profile file says where each profile is, and "-" reads the reader it is
// given (a command's own standard input, which over SSH is the session's).
func TestReadProfiles(t *testing.T) {
	pf, err := ReadProfiles("testdata/Connections.csv", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !pf.Seed || len(pf.Profiles) == 0 || len(pf.Where) != len(pf.Profiles) || !strings.HasPrefix(pf.Where[0], "line ") {
		t.Errorf("Connections.csv: seed %v, %d profiles, where %q", pf.Seed, len(pf.Profiles), pf.Where)
	}

	pf, err = ReadProfiles("testdata/priya.json", nil)
	if err != nil || pf.Seed || len(pf.Profiles) != 1 || pf.Where[0] != "profile 1" || pf.Profiles[0].Name != "Priya Raman" {
		t.Errorf("priya.json: %+v, %v", pf, err)
	}

	page := "Ines Duarte\nHead of Growth at Lumen Pay\nLisbon, Portugal\n\nExperience\nHead of Growth\nLumen Pay\nJan 2021 - Present\n"
	pf, err = ReadProfiles("-", strings.NewReader(page))
	if err != nil || len(pf.Profiles) != 1 || pf.Profiles[0].Name != "Ines Duarte" || pf.Where[0] != "standard input" {
		t.Fatalf("- from the reader given: %+v, %v", pf, err)
	}

	for _, tc := range []struct{ path, want string }{
		{filepath.Join(t.TempDir(), "none.json"), "none.json does not exist"},
		{t.TempDir(), "is a folder"},
	} {
		if _, err := ReadProfiles(tc.path, nil); err == nil || !strings.Contains(err.Error(), tc.want) || ExitOf(err) != ExitBadInput {
			t.Errorf("ReadProfiles(%s): %v (exit %d), want bad input saying %q", tc.path, err, ExitOf(err), tc.want)
		}
	}
	if _, err := ReadProfiles("-", strings.NewReader(" \n")); err == nil || !strings.Contains(err.Error(), "standard input is empty") {
		t.Errorf("an empty standard input: %v", err)
	}
}

func TestPick(t *testing.T) {
	pf, err := ReadProfiles("testdata/Connections.csv", nil)
	if err != nil || len(pf.Profiles) < 2 {
		t.Fatalf("%d profiles, %v", len(pf.Profiles), err)
	}
	n := len(pf.Profiles)
	if p, err := pf.Pick("c.csv", 2); err != nil || p.Name != pf.Profiles[1].Name {
		t.Errorf("Pick 2: %q, %v", p.Name, err)
	}
	for _, tc := range []struct {
		index int
		want  string
	}{
		{0, "pick one with --candidate-index 1 to"},
		{n + 1, "no profile number"},
	} {
		if _, err := pf.Pick("c.csv", tc.index); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Pick %d: %v, want %q", tc.index, err, tc.want)
		}
	}
	if _, err := (ProfileFile{}).Pick("e.json", 0); err == nil || !strings.Contains(err.Error(), "holds no profile") {
		t.Errorf("Pick in an empty file: %v", err)
	}
}

// TestReadProfilesFromStdin: "-" reads every format a file may be in, told
// apart by its content, with each format's limits and errors naming
// standard input.
func TestReadProfilesFromStdin(t *testing.T) {
	priya, err := os.ReadFile("testdata/priya.json")
	if err != nil {
		t.Fatal(err)
	}
	conns, err := os.ReadFile("testdata/Connections.csv")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, in  string
		n         int
		where     string
		firstName string
		seed      bool
	}{
		{"json", string(priya), 1, "profile 1", "Priya Raman", false},
		{"json array", `[{"name": "Ana Silva", "company": "Varden"}, {"name": "Sam Ortiz"}]`, 2, "profile 1", "Ana Silva", false},
		{"json lines", "{\"name\": \"Ana Silva\"}\n{\"name\": \"Sam Ortiz\"}\n{\"name\": \"Jo Kim\"}\n", 3, "record 1", "Ana Silva", false},
		{"yaml", "- name: Ana Silva\n  company: Varden Legal\n- name: Sam Ortiz\n", 2, "profile 1", "Ana Silva", false},
		{"csv", "name,title,company\nAna Silva,Associate,Varden Legal\n", 1, "row 1", "Ana Silva", false},
		{"connections", string(conns), 0, "line ", "", true},
		{"page", "Ines Duarte\nHead of Growth at Lumen Pay\nLisbon, Portugal\n\nExperience\nHead of Growth\nLumen Pay\nJan 2021 - Present\n", 1, Stdin, "Ines Duarte", false},
	} {
		pf, err := ReadProfiles("-", strings.NewReader(tc.in))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if pf.Seed != tc.seed || (tc.n > 0 && len(pf.Profiles) != tc.n) || len(pf.Profiles) == 0 || !strings.HasPrefix(pf.Where[0], tc.where) {
			t.Errorf("%s: seed %v, %d profiles, where %q; want seed %v, %d, %q", tc.name, pf.Seed, len(pf.Profiles), pf.Where, tc.seed, tc.n, tc.where)
		}
		if tc.firstName != "" && pf.Profiles[0].Name != tc.firstName {
			t.Errorf("%s: first profile %q, want %q", tc.name, pf.Profiles[0].Name, tc.firstName)
		}
	}

	for _, tc := range []struct{ name, in, want string }{
		{"broken json", "{\n  \"name\": \"Ana\"\n  \"title\": \"x\"\n}\n", "standard input:3: malformed JSON"},
		{"a csv row too short", "name,title,company\nAna Silva,Associate\n", "standard input:2: row has 2 fields"},
		{"a long paste", "Ana Silva\n" + strings.Repeat("Advised on many matters. ", 50_000), "copy one profile page at a time"},
		{"a huge json array", "[" + strings.Repeat(`{"name": "A"},`, 1_300_000) + `{"name": "B"}]`, "split it into files of fewer profiles"},
	} {
		_, err := ReadProfiles("-", strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) || ExitOf(err) != ExitBadInput {
			t.Errorf("%s: %v (exit %d), want bad input saying %q", tc.name, err, ExitOf(err), tc.want)
		}
	}
}

// TestReadTextOnlyProfile: a JSON profile that is only a page's text is
// read as the page is, card and sections; one with a name is kept as
// written, and text with no card stays text.
func TestReadTextOnlyProfile(t *testing.T) {
	dir := t.TempDir()
	page := "Rhiannon Pryce-Davies\nSenior Quantity Surveyor at Tollgate Construction\nCardiff, Wales\n\n" +
		"Experience\nSenior Quantity Surveyor\nTollgate Construction · Full-time\nApr 2019 - Present · 5 yrs\nCommercial lead on the £62m Ysgol Bro Taf rebuild.\n"
	for _, tc := range []struct{ body, name, title string }{
		{`{"id": "linkedin.com/in/rhiannon", "text": ` + strconv.Quote(page) + `}`, "Rhiannon Pryce-Davies", "Senior Quantity Surveyor"},
		{`{"name": "Rhi Pryce", "text": ` + strconv.Quote(page) + `}`, "Rhi Pryce", ""},
		{`{"text": "Built the Ysgol Bro Taf rebuild."}`, "", ""},
	} {
		path := filepath.Join(dir, "p.json")
		if err := os.WriteFile(path, []byte(tc.body), 0o600); err != nil {
			t.Fatal(err)
		}
		pf, err := ReadProfiles(path, nil)
		if err != nil || len(pf.Profiles) != 1 {
			t.Fatalf("%s: %v, %+v", tc.body, err, pf)
		}
		p := pf.Profiles[0]
		if p.Name != tc.name || p.Title != tc.title || p.Text == "" {
			t.Errorf("%.40s: name %q, title %q, text kept %v", tc.body, p.Name, p.Title, p.Text != "")
		}
		if tc.name == "Rhiannon Pryce-Davies" && p.ID != "linkedin.com/in/rhiannon" {
			t.Errorf("id %q", p.ID)
		}
	}
}
