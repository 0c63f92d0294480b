package profile

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/termsafe"
)

// TestReadRefuses checks that input that is not a profile is refused with
// a sentence naming the input and saying what was expected.
func TestReadRefuses(t *testing.T) {
	big := strings.Repeat("Priya Raman\n", MaxProfile/12+1)
	tests := []struct {
		name, file, content, want string
	}{
		{"null", "p.json", "null", "p.json holds null, not a profile: expected an object with profile keys"},
		{"a string", "p.json", `"Priya"`, "p.json holds a string, not a profile"},
		{"not a profile", "p.json", `{"foo": 1}`, `p.json:1: the object has "foo", not a profile's keys with values: expected profile keys such as "name"`},
		{"only null keys", "p.json", `{"name": null, "bar": 2}`, `the object has "bar", "name", not a profile's keys with values`},
		{"empty object", "p.json", `{}`, "p.json:1: the object is empty, not a profile"},
		{"a list of numbers", "p.json", `[1, 2]`, "p.json:1: profile 1 is a number, not a profile object"},
		{"empty", "p.json", "  \n", "p.json: the file is empty"},
		{"binary", "p.txt", "Priya\x00\x01\x02Raman", "p.txt holds binary data"},
		{"invalid UTF-8", "p.txt", "Priya Ra\xffman\nBanker\n", "p.txt is not UTF-8 text"},
		{"invalid UTF-8 in JSON", "p.json", "{\"name\": \"Ra\xffman\"}", "p.json is not UTF-8 text"},
		{"empty paste", "p.txt", "\n \n", "p.txt is empty"},
		{"no card", "p.txt", "About\nI build robots.\n", "p.txt: no profile card"},
		{"over 1 MB of text", "p.txt", big, "p.txt is over 1 MB"},
		{"over 1 MB of JSON", "p.json", `{"name": "A", "about": "` + strings.Repeat("a", MaxProfile) + `"}`, "p.json is over 1 MB"},
		{"YAML scalar", "p.yaml", "just a line\n", "p.yaml:1: the file holds the value \"just a line\", not a profile"},
		{"YAML null", "p.yaml", "~\n", "holds null, not a profile"},
		{"YAML not a profile", "p.yaml", "foo: 1\nbar: [2]\n", `p.yaml:1: the object has "bar", "foo", not a profile's keys with values`},
		{"YAML list of scalars", "p.yaml", "- a\n- b\n", "p.yaml:1: profile 1 is the value \"a\", not a mapping"},
		{"JSON Lines not objects", "p.jsonl", "{\"name\": \"A\"}\n[1]\n", "p.jsonl:2: the line holds a list, not a profile object"},
		{"JSON Lines not a profile", "p.jsonl", "{\"name\": \"A\"}\n{\"x\": 1}\n", `p.jsonl:2: the object has "x"`},
		{"CSV with no profile column", "p.csv", "foo,bar\n1,2\n", "p.csv:1: the header names no profile field"},
	}
	dir := t.TempDir()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
				t.Fatal(err)
			}
			ps, err := Load(path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %d profiles, error %v; want an error saying %q", len(ps), err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.file) {
				t.Errorf("the error %q does not name the file", err)
			}
		})
	}
}

// TestCandidateJSONIsAProfile reads back what inmail candidates show
// --json and list --json write: a candidate with the profile inside.
func TestCandidateJSONIsAProfile(t *testing.T) {
	c := map[string]any{
		"id":         "inmail:7",
		"profile":    Profile{Name: "Priya Raman", Title: "Associate", Skills: []string{"LBOs"}},
		"added_at":   time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC),
		"updated_at": time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC),
	}
	one, _ := json.MarshalIndent(c, "", "  ")
	ps, err := ReadJSON(bytes.NewReader(one), "show.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 || ps[0].Name != "Priya Raman" || ps[0].ID != "inmail:7" || ps[0].Skills[0] != "LBOs" || ps[0].Extra != nil {
		t.Errorf("show --json: got %+v", ps)
	}
	list, _ := json.Marshal([]any{c, c})
	if ps, err := ReadJSON(bytes.NewReader(list), "list.json"); err != nil || len(ps) != 2 || ps[1].Name != "Priya Raman" {
		t.Errorf("list --json: got %+v, %v", ps, err)
	}
	// A profile with a "profile" key and other keys of its own is a
	// profile, the key kept in Extra.
	ps, err = ReadJSON(strings.NewReader(`{"name": "A", "profile": {"x": 1}}`), "p.json")
	if err != nil || ps[0].Name != "A" || ps[0].Extra["profile"] == nil {
		t.Errorf("got %+v, %v", ps, err)
	}
}

// TestReadLimitedStops checks that reading stops at the limit: a reader
// of endless input is refused after limit+1 bytes.
func TestReadLimitedStops(t *testing.T) {
	r := &countingReader{}
	_, err := ReadLimited(r, "standard input", MaxProfile)
	if err == nil || !strings.Contains(err.Error(), "standard input is over 1 MB") {
		t.Fatalf("got %v", err)
	}
	if r.n > MaxProfile+64<<10 {
		t.Errorf("read %d bytes of endless input, want at most about %d", r.n, MaxProfile+1)
	}
}

type countingReader struct{ n int }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.n += len(p)
	return len(p), nil
}

var _ io.Reader = (*countingReader)(nil)

// TestCleanStripsEverything puts an escape sequence in every string a
// profile carries and checks that none survives Clean.
func TestCleanStripsEverything(t *testing.T) {
	const bad = "x\x1b]52;c;ZXZpbA==\x07\x1b[2J\u009b1m\ry"
	p := Profile{ID: bad, Name: bad, Headline: bad, Title: bad, Company: bad, Location: bad, Seniority: bad,
		Skills: []string{bad}, Certifications: []string{bad}, Volunteering: []string{bad}, Honors: []string{bad},
		TeamHonors: []string{bad}, Languages: []string{bad}, Interests: []string{bad}, About: bad, Pronouns: bad, Text: bad,
		Experience:      []Experience{{Title: bad, Company: bad, Start: bad, End: bad, Description: bad, Location: bad, Type: bad}},
		Education:       []Education{{School: bad, Degree: bad, Field: bad}},
		Projects:        []Project{{Name: bad, Description: bad}},
		Publications:    []Publication{{Title: bad, Publisher: bad, Description: bad}},
		Activity:        []Activity{{Kind: bad, Of: bad, Title: bad, Text: bad}},
		Recommendations: []Recommendation{{Person: bad, Relation: bad, Text: bad}},
		Extra:           map[string]any{bad: []any{bad, map[string]any{bad: bad}}},
	}
	before := mustJSON(t, p)
	c := Clean(p)
	j := mustJSON(t, c)
	var decoded any
	if err := json.Unmarshal([]byte(j), &decoded); err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if !termsafe.IsClean(v) || v != "" && v != "xy" && !strings.Contains(v, "xy") {
				t.Errorf("Clean left %q", v)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		case map[string]any:
			for k, e := range v {
				if !termsafe.IsClean(k) {
					t.Errorf("Clean left the key %q", k)
				}
				walk(e)
			}
		}
	}
	walk(decoded)
	if strings.Count(j, "xy") < 40 {
		t.Errorf("Clean missed fields: %s", j)
	}
	if mustJSON(t, p) != before {
		t.Error("Clean changed the profile it was given")
	}
}

// TestLenientNewFields reads the fields the page reader fills from JSON
// and YAML in shapes other than Profile's own.
func TestLenientNewFields(t *testing.T) {
	in := `{"name": "A", "pronouns": "she/her", "languages": "Tamil; English", "team_honors": ["Team of the Year"],
 "interests": [{"name": "Women in Finance"}],
 "activity": [{"kind": "repost", "of": "Halden", "text": "League tables", "likes": 12}, "My own post"],
 "recommendations": [{"given": "true", "person": "Tom", "text": "Great"}, {"person": "James", "text": "Ran it", "date": "2023"}],
 "experience": [{"title": "VP", "company": "Halden", "location": "London", "type": "Full-time", "team": "LevFin"}]}`
	ps, err := ReadJSON(strings.NewReader(in), "p.json")
	if err != nil {
		t.Fatal(err)
	}
	p := ps[0]
	checks := []struct {
		what      string
		got, want any
	}{
		{"pronouns", p.Pronouns, "she/her"},
		{"languages", strings.Join(p.Languages, "|"), "Tamil|English"},
		{"team honors", strings.Join(p.TeamHonors, "|"), "Team of the Year"},
		{"interests", strings.Join(p.Interests, "|"), "Women in Finance"},
		{"repost", p.Activity[0].Kind + " of " + p.Activity[0].Of, "repost of Halden"},
		{"activity as a string", p.Activity[1].Text, "My own post"},
		{"activity extra key", p.Activity[0].Text, "League tables\n12"},
		{"given as a string", p.Recommendations[0].Given, true},
		{"received", p.Recommendations[1].Given, false},
		{"recommendation extra key", p.Recommendations[1].Text, "Ran it\n2023"},
		{"position location", p.Experience[0].Location, "London"},
		{"position type", p.Experience[0].Type, "Full-time"},
		{"position extra key", p.Experience[0].Description, "LevFin"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.what, c.got, c.want)
		}
	}
	y, err := ReadYAML(strings.NewReader("name: A\nactivity:\n  - kind: comment\n    of: Tom\n    text: Agreed\n    when: 2w\n"), "p.yaml")
	if err != nil || y[0].Activity[0].Of != "Tom" || y[0].Activity[0].Text != "Agreed\n2w" {
		t.Errorf("YAML: got %+v, %v", y, err)
	}
	var pe *PageError
	if _, err := ReadPaste(strings.NewReader("Home\nMy Network\nJobs\n"), "standard input"); !errors.As(err, &pe) {
		t.Errorf("a paste of menus: got %v, want a *PageError", err)
	}
}
