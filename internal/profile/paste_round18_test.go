package profile

import (
	"strings"
	"testing"
)

// TestCompanyNameAboveItsRole: a line that only repeats the company of the
// role below it (the text of its logo, copied with the page) ends no
// description and starts none; the location under the role is its
// location.
func TestCompanyNameAboveItsRole(t *testing.T) {
	page := "Ane Etxeberria\nShe/Her\n· 2nd\nKarst Hydrogeologist\nDonostia-San Sebastián, Basque Country, Spain\nContact info\n\n" +
		"Experience\n\nKarstlab Ingeniería S.L.\nSenior Hydrogeologist\nKarstlab Ingeniería S.L. · Full-time\nJan 2018 - Present · 7 yrs\n" +
		"Donostia-San Sebastián, Basque Country, Spain\n- Dye-tracing study for the Añarbe reservoir catchment: 9 injection points.\n\n" +
		"Sener\nGeotechnical Technician\nSener · Full-time\nSep 2013 - Dec 2017 · 4 yrs 4 mos\nGetxo, Basque Country, Spain\nKarst risk mapping for the Basque Y rail tunnels.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Experience) != 2 {
		t.Fatalf("experience %+v", p.Experience)
	}
	first := p.Experience[0]
	if first.Company != "Karstlab Ingeniería S.L." || strings.Contains(first.Description, "Sener") || strings.Contains(first.Description, "Karstlab") {
		t.Errorf("first role %+v: its description holds a company's name", first)
	}
	if first.Location != "Donostia-San Sebastián, Basque Country, Spain" {
		t.Errorf("first role's location %q", first.Location)
	}
	if second := p.Experience[1]; second.Title != "Geotechnical Technician" || second.Company != "Sener" {
		t.Errorf("second role %+v", second)
	}
}

// TestDatesJoinedByAnUnspacedDash: "Jan. 2019–Heute" and "Sept.
// 2011–Dez. 2018", as LinkedIn's German pages write them, are the dates
// of two roles.
func TestDatesJoinedByAnUnspacedDash(t *testing.T) {
	page := "Lukas Brändle\n· 2nd\nProjektleiter Seilbahnbau\nChur, Schweiz\nKontaktinfo\n\nBerufserfahrung\n" +
		"Projektleiter Seilbahnbau\nAlpin Seiltechnik AG · Vollzeit\nJan. 2019–Heute · 7 J. 11 Mon.\nChur, Schweiz\nGesamtprojektleitung 10er-Gondelbahn Säntisblick.\n" +
		"Konstrukteur Seilbahnen\nBergwerk Fördertechnik GmbH · Vollzeit\nSept. 2011–Dez. 2018 · 7 J. 4 Mon.\nInnsbruck, Österreich\nBerechnung von Stützen.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Experience) != 2 {
		t.Fatalf("experience %+v", p.Experience)
	}
	if e := p.Experience[0]; e.Start != "Jan 2019" || e.End != "Present" || e.Description != "Gesamtprojektleitung 10er-Gondelbahn Säntisblick." {
		t.Errorf("first role %+v", e)
	}
	if e := p.Experience[1]; e.Company != "Bergwerk Fördertechnik GmbH" || e.Start != "Sep 2011" || e.End != "Dec 2018" || e.Location != "Innsbruck, Österreich" {
		t.Errorf("second role %+v", e)
	}
}
