package profile

import (
	"encoding/json"
	"strings"
	"testing"
)

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

func TestOtherToolsFieldNames(t *testing.T) {
	var p Profile
	err := json.Unmarshal([]byte(`{"name": "Ana Ruiz", "title": "Buyer", "company": "Orbe",
		"awards": [{"title": "Buyer of the Year", "year": 2023}],
		"licenses": ["MCIPS"],
		"activity": [{"type": "repost", "author": "CIPS", "text": "Applications open for the CIPS Excellence Awards."},
			{"type": "post", "text": "Our tender portal went live."}],
		"recommendations_given": [{"to": "Luis Gil", "text": "Luis rebuilt our supplier scorecard."}]}`), &p)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Honors) != 1 || !strings.Contains(p.Honors[0], "Buyer of the Year") || len(p.Certifications) != 1 {
		t.Errorf("honors %q, certifications %q", p.Honors, p.Certifications)
	}
	if len(p.Activity) != 2 || p.Activity[0].Kind != ActivityRepost || p.Activity[0].Of != "CIPS" || p.Activity[0].Own() || !p.Activity[1].Own() {
		t.Errorf("activity: %+v", p.Activity)
	}
	if len(p.Recommendations) != 1 || !p.Recommendations[0].Given || p.Recommendations[0].Person != "Luis Gil" {
		t.Errorf("recommendations: %+v", p.Recommendations)
	}
	if len(p.Extra) != 0 {
		t.Errorf("extra: %v", p.Extra)
	}
}

func TestActivityAndRecommendationsListedByKind(t *testing.T) {
	var p Profile
	err := json.Unmarshal([]byte(`{"name": "Ana Ruiz", "title": "Buyer",
		"posts": [{"text": "Our tender portal went live."}],
		"reposts": [{"author": "CIPS", "text": "CIPS Excellence Awards are open."}],
		"comments": ["Great work by the Leeds team."],
		"recommendations": [{"direction": "given", "to": "Luis Gil", "text": "Luis rebuilt our scorecard."},
			{"direction": "received", "from": "Eva Mar", "text": "Ana ran our largest tender."}]}`), &p)
	if err != nil {
		t.Fatal(err)
	}
	own := 0
	for _, a := range p.Activity {
		if a.Own() {
			own++
		}
	}
	if len(p.Activity) != 3 || own != 1 {
		t.Errorf("activity: %+v", p.Activity)
	}
	if len(p.Recommendations) != 2 || !p.Recommendations[0].Given || p.Recommendations[1].Given {
		t.Errorf("recommendations: %+v", p.Recommendations)
	}
}

func TestGermanPageDurations(t *testing.T) {
	page := "Matthias Oberhuber\nLeiter Qualitätssicherung\n\nBerufserfahrung\nLeiter Qualitätssicherung\nBrainlab AG · Vollzeit\nJan. 2020 – Heute · 5 J.\nMünchen, Bayern, Deutschland\nLeitung der MDR-Umstellung.\n" +
		"Qualitätsingenieur\nSiemens Healthineers · Vollzeit\nOkt. 2012 – Dez. 2019 · 7 J. 3 Mon.\nErlangen, Bayern, Deutschland\nCAPA-Prozess neu aufgesetzt.\n"
	p := ParsePaste(page)
	if len(p.Experience) != 2 {
		t.Fatalf("experience: %+v", p.Experience)
	}
	if e := p.Experience[0]; e.Company != "Brainlab AG" || e.Start != "Jan 2020" || e.End != "Present" {
		t.Errorf("first: %+v", e)
	}
	if e := p.Experience[1]; e.Company != "Siemens Healthineers" || e.Start != "Oct 2012" || e.End != "Dec 2019" {
		t.Errorf("second: %+v", e)
	}
}

func TestPolishAndDutchPageDates(t *testing.T) {
	for _, c := range []struct{ date, start, end string }{
		{"sty 2020 – obecnie · 5 lat", "Jan 2020", "Present"},
		{"paź 2012 – gru 2019 · 7 lat 3 mies.", "Oct 2012", "Dec 2019"},
		{"mrt 2019 - heden · 3 jr 2 mnd", "Mar 2019", "Present"},
	} {
		p := ParsePaste("Anna Nowak\nKierownik\n\nDoświadczenie\nKierownik budowy\nBudimex · Pełny etat\n" + c.date + "\nWarszawa, Polska\nBudowa 3 mostów.\n")
		if len(p.Experience) != 1 || p.Experience[0].Start != c.start || p.Experience[0].End != c.end {
			t.Errorf("%q: %+v", c.date, p.Experience)
		}
	}
}
