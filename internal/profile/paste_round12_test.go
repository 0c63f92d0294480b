package profile

import (
	"strings"
	"testing"
)

// TestRecommendationsInThreeLinesUnderTheirTab: "Received" and "Given" on
// lines of their own head the name, headline and text under each, which
// are read as recommendations though no relation line says who wrote them.
func TestRecommendationsInThreeLinesUnderTheirTab(t *testing.T) {
	page := "Kwame Asante-Darko\nLead Game Designer at Ironbark Studios\nMelbourne\n\nRecommendations\nReceived\n" +
		"Priya Nand\nProducer at Ironbark Studios\nKwame's simulator saved us months. He also mentored half the design team.\n" +
		"Given\nLachlan Webb\nEngineer at Halfbrick Studios\nLachlan single-handedly built the Blitz tournament backend.\n\nSkills\nGame Design\n"
	p := ParsePaste(page)
	if len(p.Recommendations) != 2 {
		t.Fatalf("recommendations: %+v", p.Recommendations)
	}
	r0, r1 := p.Recommendations[0], p.Recommendations[1]
	if r0.Person != "Priya Nand" || r0.Given || !strings.HasPrefix(r0.Text, "Kwame's simulator") {
		t.Errorf("received: %+v", r0)
	}
	if r1.Person != "Lachlan Webb" || !r1.Given || !strings.HasPrefix(r1.Text, "Lachlan single-handedly") {
		t.Errorf("given: %+v", r1)
	}
}
