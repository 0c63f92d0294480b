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
	want := "testdata/load/bad.csv:3: row has 5 fields, the header has 4; quote values that contain commas"
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
	_, err = ReadYAML(strings.NewReader("name: A\neducation:\n  - school: X\n  year: [\n"), "p.yaml")
	if err == nil || !strings.HasPrefix(err.Error(), "p.yaml:") {
		t.Errorf("got %v, want an error naming p.yaml and a line", err)
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
		{"{\n\"name\": \"A\",\n\"skills\": [\"x\" \"y\"]\n}", "p.json:3: malformed JSON"},
		{"{\n\"name\": \"A\",\n\"skills\": [\"x\"", "p.json:3: malformed JSON"},
		{"[{\"name\": \"A\"}, 7]", "p.json:1: profile 2 is a number, not a profile object"},
		{"", "p.json: the file is empty"},
	} {
		_, err := ReadJSON(strings.NewReader(tc.in), "p.json")
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ReadJSON(%q): got %v, want prefix %q", tc.in, err, tc.want)
		}
	}
}

func TestReadJSONShapes(t *testing.T) {
	in := `{"name": "A", "skills": "Triage; Sepsis",
 "certifications": [{"name": "CIPS Level 6", "issuer": "CIPS", "year": 2019}, "ACA"],
 "volunteering": [{"role": "Treasurer", "organization": "Hackney Food Bank", "description": "Books and audits."}],
 "education": [{"school": "UCD", "year": "2012"}],
 "publications": [{"title": "Pay ladders", "venue": "Journal of Labor Economics", "year": 2021}],
 "experience": [{"title": "Captain", "company": "Skyline", "start": 2016, "end": "present", "fleet": "A320"}],
 "talks": [{"event": "RustConf", "title": "Async"}]}`
	ps, err := ReadJSON(strings.NewReader(in), "p.json")
	if err != nil {
		t.Fatal(err)
	}
	p := ps[0]
	checks := []struct {
		what      string
		got, want any
	}{
		{"skills", strings.Join(p.Skills, "|"), "Triage|Sepsis"},
		{"certification object", p.Certifications[0], "CIPS Level 6, CIPS, 2019"},
		{"certification string", p.Certifications[1], "ACA"},
		{"volunteering object", p.Volunteering[0], "Treasurer, Hackney Food Bank, Books and audits."},
		{"year as a string", p.Education[0].Year, 2012},
		{"unknown entry key", p.Publications[0].Description, "Journal of Labor Economics"},
		{"number as text", p.Experience[0].Start, "2016"},
		{"unknown key in experience", p.Experience[0].Description, "A320"},
		{"unknown top-level key", p.Extra["talks"] != nil, true},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.what, c.got, c.want)
		}
	}
	y, err := ReadYAML(strings.NewReader("name: A\ncertifications:\n  - name: CFA\n    issuer: CFA Institute\neducation:\n  - school: X\n    year: \"2010\"\n"), "p.yaml")
	if err != nil || y[0].Certifications[0] != "CFA, CFA Institute" || y[0].Education[0].Year != 2010 {
		t.Errorf("YAML shapes: got %+v, %v", y, err)
	}
}

func FuzzReadJSON(f *testing.F) {
	f.Add(`{"name": "A", "skills": "x; y", "certifications": [{"name": "CFA", "year": 2020}], "education": [{"year": "2012 - 2016"}]}`)
	f.Add(`[{"experience": "Led the audit", "volunteering": {"role": "Treasurer"}}, {"publications": [7, null, true]}]`)
	f.Fuzz(func(t *testing.T, in string) {
		ps, err := ReadJSON(strings.NewReader(in), "p.json")
		if err != nil && !strings.HasPrefix(err.Error(), "p.json") {
			t.Fatalf("error %q does not name the file", err)
		}
		for _, p := range ps {
			_, _ = json.Marshal(p)
		}
	})
}
