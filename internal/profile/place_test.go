package profile

import (
	"strings"
	"testing"
)

func TestPlace(t *testing.T) {
	p := &Profile{
		Experience:      []Experience{{Title: "Senior Associate", Company: "Harlow & Pierce LLP"}, {Title: "Trainee"}},
		Education:       []Education{{School: "University of Edinburgh", Degree: "LLB"}},
		Projects:        []Project{{Name: "Pro bono clinic"}},
		Publications:    []Publication{{Title: "Earn-outs after Castell"}},
		Recommendations: []Recommendation{{Person: "Dana Okoro"}},
	}
	tests := []struct {
		field string
		want  string
	}{
		{"experience[0].description", "Experience · Harlow & Pierce LLP"},
		{"experience[1].title", "Experience · Trainee"},
		{"experience[7].description", "Experience"},
		{"education[0].school", "Education · University of Edinburgh"},
		{"projects[0].description", "Projects · Pro bono clinic"},
		{"publications[0].title", "Publications · Earn-outs after Castell"},
		{"recommendations[0].text", "Recommendations · Dana Okoro"},
		{"skills[2]", "Skills"},
		{"certifications[0]", "Licenses & certifications"},
		{"honors[1]", "Honors & awards"},
		{"about", "About"},
		{"headline", "Headline"},
		{"extra.bar_admissions[0]", "Bar admissions"},
		{"extra.matters.lead", "Matters"},
		{"", "Profile"},
	}
	for _, tc := range tests {
		if got := Place(p, tc.field, 0); got != tc.want {
			t.Errorf("Place(%q) = %q, want %q", tc.field, got, tc.want)
		}
	}
	if got := Place(nil, "experience[0].description", 0); got != "Experience" {
		t.Errorf("without the profile: %q, want the section alone", got)
	}
}

// TestPlaceInPastedText: a reference into a pasted page is placed by the
// section of the page that holds it.
func TestPlaceInPastedText(t *testing.T) {
	page := "Elena Petrova\nAssociate at Varden Legal · Employment law\nManchester, England, United Kingdom\n\n" +
		"About\nEmployment lawyer. I ran the firm's pro bono clinic for gig-economy couriers.\n\n" +
		"Experience\nAssociate\nVarden Legal · Full-time\nSep 2022 - Present · 3 yrs\nAdvised on the Fenwick Logistics collective redundancy consultation.\n\n" +
		"Education\nUniversity of Leeds\nLLB, Law\n2018 - 2021\n"
	p := &Profile{Text: page}
	for _, tc := range []struct{ text, want string }{
		{"Fenwick Logistics", "Experience · Varden Legal"},
		{"pro bono clinic", "About"},
		{"University of Leeds", "Education · University of Leeds"},
	} {
		at := strings.Index(page, tc.text)
		if got := Place(p, "text", at); got != tc.want {
			t.Errorf("%q in the page: %q, want %q", tc.text, got, tc.want)
		}
	}
}
