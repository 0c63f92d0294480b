package profile

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestLoadCSV(t *testing.T) {
	ps, err := Load("testdata/load/people.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 {
		t.Fatalf("got %d profiles, want 2", len(ps))
	}
	a := ps[0]
	if a.Name != "Ana Lima" || a.Company != "St Brendan's" || len(a.Skills) != 2 || a.Skills[1] != "Sepsis protocols" {
		t.Errorf("got %+v", a)
	}
	if len(a.Experience) != 2 || a.Experience[0].Description != "Cut ED wait times by 40%" || a.Experience[1].Company != "Mercy Hospital" {
		t.Errorf("experience: got %+v", a.Experience)
	}
	if len(a.Education) != 1 || a.Education[0].Year != 2014 || a.Education[0].Field != "Nursing" {
		t.Errorf("education: got %+v", a.Education)
	}
	if a.Extra["github"] != "ana-l" {
		t.Errorf("extra: got %v, want github=ana-l", a.Extra)
	}
}

func TestLoadCSVErrors(t *testing.T) {
	_, err := Load("testdata/load/bad.csv")
	want := "bad.csv:3: row has 5 fields, the header has 4; quote values that contain commas"
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %q", err, want)
	}
	_, err = ReadCSV(strings.NewReader("name,education\nAna,UCC|BSc|Nursing|twenty\n"), "p.csv")
	if err == nil || !strings.Contains(err.Error(), "p.csv:2: field education") {
		t.Errorf("got %v, want an error naming p.csv:2 and the education field", err)
	}
}

func TestLoadYAML(t *testing.T) {
	ps, err := Load("testdata/load/one.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p := ps[0]
	if p.Name != "Tomás Ruiz" || p.Experience[0].Description != "Moved three DCs to one WMS." || p.Education[0].Year != 2012 {
		t.Errorf("got %+v", p)
	}
	if p.Extra["fleet_size"] != "240 trucks" {
		t.Errorf("extra: got %v", p.Extra)
	}
	_, err = ReadYAML(strings.NewReader("name: A\nskills: [x\n"), "p.yaml")
	if err == nil || !strings.HasPrefix(err.Error(), "p.yaml:") {
		t.Errorf("got %v, want an error starting with p.yaml:", err)
	}
	_, err = ReadYAML(strings.NewReader("name: A\neducation:\n  - school: X\n    year: soon\n"), "p.yaml")
	if err == nil || !strings.HasPrefix(err.Error(), "p.yaml:4:") {
		t.Errorf("got %v, want an error at p.yaml:4", err)
	}
}

func TestReadJSON(t *testing.T) {
	in := `[{"name": "A", "skills": ["x"], "patents": ["US 123"]},
{"name": "B", "about": "b"}]`
	ps, err := ReadJSON(strings.NewReader(in), "p.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 2 || ps[0].Extra["patents"] == nil || ps[1].About != "b" {
		t.Errorf("got %+v", ps)
	}
	// Extra survives a round trip.
	b, err := json.Marshal(ps[0])
	if err != nil || !strings.Contains(string(b), `"patents":["US 123"]`) {
		t.Errorf("marshal: got %s, %v", b, err)
	}
	for _, tc := range []struct{ in, want string }{
		{"{\n\"name\": \"A\",\n\"skills\": \"x\"\n}", "p.json:3: field skills: got a JSON string, want a list"},
		{"{\n\"name\": \"A\",\n\"skills\": [\"x\" \"y\"]\n}", "p.json:3: malformed JSON"},
		{"{\"education\": [{\"year\": \"2016\"}]}", "p.json:1: field education.year"},
		{"", "p.json: the file is empty"},
	} {
		_, err := ReadJSON(strings.NewReader(tc.in), "p.json")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ReadJSON(%q): got %v, want prefix %q", tc.in, err, tc.want)
		}
	}
}
