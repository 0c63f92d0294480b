package profile

import (
	"strings"
	"testing"
)

// recommendedPage is a page whose Recommendations section gives each
// recommender's headline under their name, as LinkedIn shows it.
const recommendedPage = `Gareth Pryce
Payroll Bureau Manager at Cwm Payroll Services
Cardiff, Wales, United Kingdom

Experience
Payroll Bureau Manager
Cwm Payroll Services · Full-time
Mar 2018 - Present · 6 yrs 9 mos
Runs payroll for 40 care and hospitality clients.

Recommendations
Received
Given
Rhian Morgan
 · 2nd
Finance Director at Taff Valley Care Homes
July 4, 2022, Rhian was Gareth's client
Gareth spotted £14,000 of overpaid holiday pay across our three homes before it went out.
`

// TestARecommendersHeadlineIsKeptAsTheirs: the line under a recommender's
// name is who they are, kept with their recommendation, not with the
// candidate's experience or in the cleaned text.
func TestARecommendersHeadlineIsKeptAsTheirs(t *testing.T) {
	head, _, _ := strings.Cut(recommendedPage, "Recommendations\n")
	for name, page := range map[string]string{
		"as the page shows it": recommendedPage,
		// Copied without the relation line: the name and headline on
		// one line, or on two.
		"on one line": head + "Recommendations\nRhian Morgan · Finance Director at Taff Valley Care Homes\n" +
			"Gareth spotted £14,000 of overpaid holiday pay across our three homes before it went out.\n",
		"on two lines": head + "Recommendations\nReceived\nRhian Morgan\nFinance Director at Taff Valley Care Homes\n" +
			"Gareth spotted £14,000 of overpaid holiday pay across our three homes before it went out.\n",
	} {
		p, err := ReadPage(page)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Recommendations) != 1 {
			t.Fatalf("%s: recommendations %+v", name, p.Recommendations)
		}
		r := p.Recommendations[0]
		if r.Person != "Rhian Morgan" || r.Headline != "Finance Director at Taff Valley Care Homes" || r.Given {
			t.Errorf("%s: recommendation %+v", name, r)
		}
		if name != "on one line" && strings.Contains(p.Text, "Taff Valley") {
			// (A name and headline on one line stay in the text as the
			// line that heads the recommendation.)
			t.Errorf("%s: the cleaned text holds the recommender's headline:\n%s", name, p.Text)
		}
		for _, e := range p.Experience {
			if strings.Contains(e.Description, "Taff Valley") {
				t.Errorf("%s: experience %+v holds the recommender's headline", name, e)
			}
		}
	}
}
