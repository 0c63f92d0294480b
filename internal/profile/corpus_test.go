package profile

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// The corpus: whole profile pages as recruiters paste them, in
// testdata/pages, each NAME.txt with NAME.want.json saying what it holds.
// A want file has the expected profile (only the fields it gives are
// checked) and the strings that must appear nowhere in what was read:
// the names and headlines of other people in sidebars and menus.

type pageWant struct {
	Profile profileFields `json:"profile"`
	Absent  []string      `json:"absent"`
}

// fieldCheck is one expected value compared with what was read.
type fieldCheck struct {
	field     string
	got, want any
}

func (c fieldCheck) ok() bool { return reflect.DeepEqual(c.got, c.want) }

// pageChecks lists a check for each field the want profile gives.
func pageChecks(got Profile, want Profile) []fieldCheck {
	var cs []fieldCheck
	str := func(field, g, w string) {
		if w != "" {
			cs = append(cs, fieldCheck{field, g, w})
		}
	}
	list := func(field string, g, w []string) {
		if w != nil {
			cs = append(cs, fieldCheck{field, g, w})
		}
	}
	str("name", got.Name, want.Name)
	str("pronouns", got.Pronouns, want.Pronouns)
	str("headline", got.Headline, want.Headline)
	str("title", got.Title, want.Title)
	str("company", got.Company, want.Company)
	str("location", got.Location, want.Location)
	str("about", got.About, want.About)
	list("skills", got.Skills, want.Skills)
	list("certifications", got.Certifications, want.Certifications)
	list("volunteering", got.Volunteering, want.Volunteering)
	list("honors", got.Honors, want.Honors)
	list("team_honors", got.TeamHonors, want.TeamHonors)
	list("languages", got.Languages, want.Languages)
	list("interests", got.Interests, want.Interests)
	count := func(field string, g, w int) bool {
		if w == 0 {
			return false
		}
		cs = append(cs, fieldCheck{field + " count", g, w})
		return true
	}
	if count("experience", len(got.Experience), len(want.Experience)) {
		for i, w := range want.Experience {
			var g Experience
			if i < len(got.Experience) {
				g = got.Experience[i]
			}
			f := fieldPath("experience", i, ".")
			str(f+"title", g.Title, w.Title)
			str(f+"company", g.Company, w.Company)
			str(f+"start", g.Start, w.Start)
			str(f+"end", g.End, w.End)
			str(f+"location", g.Location, w.Location)
			str(f+"type", g.Type, w.Type)
			str(f+"description", g.Description, w.Description)
		}
	}
	if count("education", len(got.Education), len(want.Education)) {
		for i, w := range want.Education {
			var g Education
			if i < len(got.Education) {
				g = got.Education[i]
			}
			f := fieldPath("education", i, ".")
			str(f+"school", g.School, w.School)
			str(f+"degree", g.Degree, w.Degree)
			str(f+"field", g.Field, w.Field)
			if w.Year != 0 {
				cs = append(cs, fieldCheck{f + "year", g.Year, w.Year})
			}
		}
	}
	if count("projects", len(got.Projects), len(want.Projects)) {
		for i, w := range want.Projects {
			var g Project
			if i < len(got.Projects) {
				g = got.Projects[i]
			}
			str(fieldPath("projects", i, ".name"), g.Name, w.Name)
			str(fieldPath("projects", i, ".description"), g.Description, w.Description)
		}
	}
	if count("publications", len(got.Publications), len(want.Publications)) {
		for i, w := range want.Publications {
			var g Publication
			if i < len(got.Publications) {
				g = got.Publications[i]
			}
			str(fieldPath("publications", i, ".title"), g.Title, w.Title)
			str(fieldPath("publications", i, ".publisher"), g.Publisher, w.Publisher)
		}
	}
	if count("activity", len(got.Activity), len(want.Activity)) {
		for i, w := range want.Activity {
			var g Activity
			if i < len(got.Activity) {
				g = got.Activity[i]
			}
			f := fieldPath("activity", i, ".")
			cs = append(cs, fieldCheck{f + "kind", g.Kind, w.Kind}, fieldCheck{f + "of", g.Of, w.Of},
				fieldCheck{f + "featured", g.Featured, w.Featured})
			str(f+"title", g.Title, w.Title)
			str(f+"text", g.Text, w.Text)
		}
	}
	if count("recommendations", len(got.Recommendations), len(want.Recommendations)) {
		for i, w := range want.Recommendations {
			var g Recommendation
			if i < len(got.Recommendations) {
				g = got.Recommendations[i]
			}
			f := fieldPath("recommendations", i, ".")
			cs = append(cs, fieldCheck{f + "given", g.Given, w.Given})
			str(f+"person", g.Person, w.Person)
			str(f+"relation", g.Relation, w.Relation)
			str(f+"text", g.Text, w.Text)
		}
	}
	return cs
}

func readCorpus(t testing.TB) (names []string, texts []string, wants []pageWant) {
	t.Helper()
	files, err := filepath.Glob("testdata/pages/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no pages in testdata/pages: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		wb, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".want.json")
		if err != nil {
			t.Fatalf("%s has no want file: %v", f, err)
		}
		var w pageWant
		dec := json.NewDecoder(strings.NewReader(string(wb)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&w); err != nil {
			t.Fatalf("%s.want.json: %v", strings.TrimSuffix(f, ".txt"), err)
		}
		names = append(names, filepath.Base(f))
		texts = append(texts, string(b))
		wants = append(wants, w)
	}
	return names, texts, wants
}

// TestCorpus reads every page of the corpus and checks each field its
// want file gives, that no sidebar or menu text was read, and that the
// cleaned text kept with the profile reads back to the same profile.
func TestCorpus(t *testing.T) {
	names, texts, wants := readCorpus(t)
	if len(names) < 25 {
		t.Errorf("the corpus has %d pages; it should have at least 25", len(names))
	}
	var right, total, full int
	for i, name := range names {
		got, err := ReadPage(texts[i])
		if err != nil {
			t.Errorf("%s: refused: %v", name, err)
		}
		var bad []string
		checks := pageChecks(got, Profile(wants[i].Profile))
		for _, c := range checks {
			total++
			if c.ok() {
				right++
				continue
			}
			bad = append(bad, fmt.Sprintf("%s: got %q, want %q", c.field, fmt.Sprint(c.got), fmt.Sprint(c.want)))
		}
		// A recommender's headline is kept as theirs, not the
		// candidate's: what must be absent is absent from the rest.
		j, _ := json.Marshal(withoutHeadlines(got))
		for _, a := range wants[i].Absent {
			total++
			if strings.Contains(string(j), a) {
				bad = append(bad, fmt.Sprintf("holds %q, which is not theirs", a))
				continue
			}
			right++
		}
		if len(bad) == 0 {
			full++
		} else {
			t.Errorf("%s:\n  %s", name, strings.Join(bad, "\n  "))
		}
		again, err := ReadPage(got.Text)
		if err != nil {
			t.Errorf("%s: the cleaned text is refused: %v", name, err)
		}
		got.Text, again.Text = "", ""
		// The cleaned text holds the candidate's page, not the headlines
		// of the people who recommended them.
		if ja, jg := mustJSON(t, again), mustJSON(t, withoutHeadlines(got)); ja != jg {
			t.Errorf("%s: the cleaned text reads differently:\n got %s\nwant %s", name, ja, jg)
		}
	}
	t.Logf("corpus: %d of %d field checks right (%.1f%%), %d of %d pages fully right",
		right, total, 100*float64(right)/float64(max(total, 1)), full, len(names))
}

// withoutHeadlines returns p with its recommendations' headlines left out.
func withoutHeadlines(p Profile) Profile {
	p.Recommendations = slices.Clone(p.Recommendations)
	for i := range p.Recommendations {
		p.Recommendations[i].Headline = ""
	}
	return p
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
