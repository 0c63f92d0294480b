package profile

import "testing"

func TestNicknameInBracketsIsAName(t *testing.T) {
	if !nameWord("Sigríður (Sigga) Þórhallsdóttir", "sigga") {
		t.Error("the nickname in brackets is not read as a word of the name")
	}
	if nameWord("Sigríður (Sigga) Þórhallsdóttir", "jón") {
		t.Error("a word of no name is read as one")
	}
}

func TestVolunteeringKeepsItsYears(t *testing.T) {
	p := ParsePaste("Marek Zielonka\nSite Manager at Brackley Homes\n\nVolunteering\nFirst aider\nSilverstone Marshals Club\n2014 - Present · 10 yrs\nHealth\n\nSkills\nSite Management\n")
	if len(p.Volunteering) != 1 || p.Volunteering[0] != "First aider, Silverstone Marshals Club, Health, 2014 - Present" {
		t.Errorf("volunteering: %q", p.Volunteering)
	}
}
