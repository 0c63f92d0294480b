package profile

import (
	"strings"
	"testing"
	"time"
)

// lawLevels are the shipped levels, with some of their titles.
var lawLevels = []Level{
	{ID: "associate", Label: "Associate", MinYears: 0, MaxYears: 4, Titles: []string{"trainee", "trainee solicitor", "NQ", "associate", "analyst"}},
	{ID: "senior-associate", Label: "Senior associate", MinYears: 4, MaxYears: 8, Titles: []string{"senior associate", "managing associate", "senior", "manager", "staff engineer"}},
	{ID: "partner-track", Label: "Partner track", MinYears: 8, Titles: []string{"counsel", "of counsel", "partner", "director", "vice president"}},
}

func TestSuggestFromEvidence(t *testing.T) {
	now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		p        Profile
		level    string
		evidence Evidence
		why      string
	}{
		{"a senior associate who graduated in 2013", Profile{Title: "Senior Associate", Education: []Education{{Year: 2013}}},
			"senior-associate", TitleEvidence, "Senior Associate in the current title"},
		{"an associate since 2022 who graduated in 2016", Profile{Title: "Associate, Capital Markets",
			Experience: []Experience{{Title: "Associate, Capital Markets", Start: "Jan 2022", End: "Present"}}, Education: []Education{{Year: 2016}}},
			"associate", TitleEvidence, "Associate in the current title"},
		{"of counsel over counsel", Profile{Title: "Of Counsel, Disputes"}, "partner-track", TitleEvidence, "Of Counsel in the current title"},
		{"the longest title wins", Profile{Title: "Senior Vice President"}, "partner-track", TitleEvidence, "Vice President in the current title"},
		{"a longer title over a modifier", Profile{Title: "Senior Staff Engineer"}, "senior-associate", TitleEvidence, "Staff Engineer in"},
		{"whole words only", Profile{Title: "Associateship Coordinator", Education: []Education{{Year: 2020}}}, "senior-associate", GraduationEvidence, "6 years since graduating (2020)"},
		{"the current position when there is no title", Profile{Experience: []Experience{{Title: "Trainee Solicitor", Start: "2024", End: "Present"}}},
			"associate", TitleEvidence, "Trainee Solicitor in the current title"},
		{"the headline when there is no position", Profile{Headline: "Managing Associate at Varden Legal | Funds"},
			"senior-associate", TitleEvidence, "Managing Associate in the headline"},
		{"admission for a lawyer, not graduation", Profile{Title: "Solicitor-Advocate (Higher Rights)",
			Certifications: []string{"Solicitor of the Senior Courts of England and Wales, Solicitors Regulation Authority, Issued Sep 2019"},
			Experience:     []Experience{{Title: "Solicitor-Advocate (Higher Rights)", Start: "2021"}, {Title: "Solicitor", Start: "2017"}},
			Education:      []Education{{Year: 2012}}},
			"senior-associate", AdmissionEvidence, "7 years since admission (Solicitor of the Senior Courts of England and Wales, 2019); Senior associate is 4-8 years"},
		{"the first qualified role, not the training contract", Profile{Title: "Legal Adviser",
			Experience: []Experience{{Title: "Legal Adviser", Start: "Mar 2022", End: "Present"}, {Title: "Adviser", Company: "Carrow & Lyle LLP", Start: "Sep 2020", End: "Feb 2022"},
				{Title: "Trainee", Company: "Carrow & Lyle LLP", Start: "Sep 2018", End: "Aug 2020"}, {Title: "Paralegal", Start: "2016", End: "2018"}},
			Education: []Education{{Year: 2015}}},
			"senior-associate", QualifiedEvidence, "6 years since their first qualified role (Adviser at Carrow & Lyle LLP, 2020)"},
		{"an internship does not count", Profile{Experience: []Experience{{Title: "Research Fellow", Start: "2023", End: "2024"},
			{Title: "Research Fellow", Type: "Internship", Start: "2010", End: "2011"}}},
			"associate", QualifiedEvidence, "3 years since their first qualified role (Research Fellow, 2023)"},
		{"graduation last", Profile{Education: []Education{{Year: 2014}, {Year: 2016}}}, "partner-track", GraduationEvidence, "12 years since graduating (2014); Partner track is 8+ years"},
		{"nothing", Profile{Headline: "Open to new opportunities"}, "", NoEvidence, "no level in the title"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Suggest(&tc.p, lawLevels, now)
			if s.Level != tc.level || s.Evidence != tc.evidence || !strings.HasPrefix(s.Why, tc.why) {
				t.Errorf("got %q from %v: %q; want %q from %v: %q", s.Level, s.Evidence, s.Why, tc.level, tc.evidence, tc.why)
			}
		})
	}
}

// TestSuggestFromPages reads pages of the corpus: the level follows the
// current title, not the years since graduating.
func TestSuggestFromPages(t *testing.T) {
	now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	for file, want := range map[string]string{
		"14-lawyer-three-roles-sam.txt":     "senior-associate",
		"15-sidebar-midpage-elena.txt":      "associate",
		"28-dense-no-blanks-ola.txt":        "partner-track",
		"03-screenreader-zoe-solicitor.txt": "senior-associate",
	} {
		names, texts, _ := readCorpus(t)
		for i, n := range names {
			if n != file {
				continue
			}
			p, err := ReadPage(texts[i])
			if err != nil {
				t.Fatal(err)
			}
			if s := Suggest(&p, lawLevels, now); s.Level != want {
				t.Errorf("%s: got %q (%s), want %q", file, s.Level, s.Why, want)
			}
		}
	}
}

// FuzzSuggest gives Suggest any title, headline and years: it never
// panics, and a title suggestion quotes text of the title.
func FuzzSuggest(f *testing.F) {
	f.Add("Senior Associate", "Associate at Varden", "Solicitor, Issued 2019", "2016")
	f.Add("İstanbul Partner ǅ", "", "", "")
	f.Add("\xcbsenior associate", "x | y", "bar 20", "Sep 2015")
	now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, title, headline, cert, start string) {
		p := Profile{Title: title, Headline: headline, Certifications: []string{cert},
			Experience: []Experience{{Title: title, Start: start}}, Education: []Education{{Year: lastYear(start)}}}
		s := Suggest(&p, lawLevels, now)
		if s.Evidence == TitleEvidence && s.Level == "" {
			t.Fatalf("a title suggestion with no level: %+v", s)
		}
	})
}
