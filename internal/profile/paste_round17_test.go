package profile

import (
	"slices"
	"strings"
	"testing"
)

// TestNameUnderAPaidSeatsMenu: the top bar of a recruiter's or a sales
// seat ("Sales Nav", "Try Recruiter Lite", "Recruiter") is menu, not the
// name; a name with academic titles after a comma ("Dipl.-Ing.
// Dr.techn.") is the name.
func TestNameUnderAPaidSeatsMenu(t *testing.T) {
	for _, c := range []struct{ top, name string }{
		{"Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\nSales Nav\n\nFrançois-Xavier Moreau\n· 2nd\n", "François-Xavier Moreau"},
		{"Skip to main content\nLinkedIn\nSearch\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\nTry Recruiter Lite\n\nAurélie Duchamp\nShe/Her\n · 2nd\n", "Aurélie Duchamp"},
		{"Skip to main content\nLinkedIn\nSearch\nHome\nMy Network\nJobs\nMessaging\nNotifications\n12\nMe\nWork\nRecruiter\nAdvertise\n\nBackground Image\nJürgen Weißenbach, Dipl.-Ing. Dr.techn.\nHe/Him\n· 2nd\n", "Jürgen Weißenbach"},
	} {
		page := c.top + "Lead Ventilation Engineer – Road Tunnels\nTauern Tunnelbau GmbH\nGraz, Steiermark, Österreich\nContact info\n487 connections\n\n" +
			"Experience\nLead Ventilation Engineer\nTauern Tunnelbau GmbH · Full-time\nJan 2020 - Present · 6 yrs\nRan 5 MW hot smoke tests before the Hohenberg reopening.\n"
		p, err := ReadPage(page)
		if err != nil {
			t.Errorf("%q: %v", c.name, err)
			continue
		}
		if p.Name != c.name {
			t.Errorf("name %q, want %q", p.Name, c.name)
		}
	}
}

// TestCompanyEndingInALegalFormsDot: "Jöklaleiðir ehf. · Full-time" is the
// entry's company, not a sentence of its description; and "Tourism · 19"
// under Skills is a skill and its count of endorsements.
func TestCompanyEndingInALegalFormsDot(t *testing.T) {
	page := "Þórdís Jónsdóttir\nShe/Her\n· 2nd\nHead of Glacier Operations\nHöfn, Eastern Region, Iceland\nContact info\n298 connections\n\n" +
		"Experience\n\nHead of Glacier Operations\nJöklaleiðir ehf. · Full-time\nMay 2019 - Present · 5 yrs 7 mos\nHöfn, Iceland\n" +
		"Runs day-to-day operations for 38 guides on Breiðamerkurjökull.\n\n" +
		"Skills\nGlacier Guiding · 27 endorsements\nTourism · 19\nRisk Management\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Experience) == 0 || p.Experience[0].Title != "Head of Glacier Operations" || p.Experience[0].Company != "Jöklaleiðir ehf." {
		t.Fatalf("experience %+v", p.Experience)
	}
	if strings.Contains(p.Experience[0].Description, "Jöklaleiðir") {
		t.Errorf("description %q holds the company", p.Experience[0].Description)
	}
	if want := []string{"Glacier Guiding", "Tourism", "Risk Management"}; !slices.Equal(p.Skills, want) {
		t.Errorf("skills %q, want %q", p.Skills, want)
	}
}

// TestEntryHeadedByAPlaceInEverydayWords: a role's company in everyday
// words ("Farâhâni family workshop") heads its entry; a company's logo
// text ("... GmbH Logo") is no description; endorsement lines in other
// languages ("Bestätigt von ... und 31 weiteren Personen") are no skills.
func TestEntryHeadedByAPlaceInEverydayWords(t *testing.T) {
	page := "Shirin Farahani\nShe/Her\n· 2nd\nHead of Studio at Tabriz Loom House\nManchester, United Kingdom\nContact info\n\n" +
		"Experience\nRhein Loom GmbH Logo\nHead of Studio\nTabriz Loom House · Self-employed\nMay 2016 - Present · 8 yrs 7 mos\nManchester, United Kingdom\n" +
		"Conserved the 1670s Kashan 'Garden' carpet for the Whitworth Gallery.\n\n" +
		"Weaver\nFarâhâni family workshop\n2001 - 2008\nKāshān, Iran\n\n" +
		"Skills\nCarpet conservation\nBestätigt von Torsten Bähr und 31 weiteren Personen\nNatural dyes\nValidado por Javier Olmedo y 52 personas más\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Experience) != 2 || p.Experience[1].Title != "Weaver" || p.Experience[1].Company != "Farâhâni family workshop" {
		t.Fatalf("experience %+v", p.Experience)
	}
	if strings.Contains(p.Experience[0].Description, "Weaver") || strings.Contains(p.Experience[0].Description, "Logo") {
		t.Errorf("description %q", p.Experience[0].Description)
	}
	if want := []string{"Carpet conservation", "Natural dyes"}; !slices.Equal(p.Skills, want) {
		t.Errorf("skills %q, want %q", p.Skills, want)
	}
}

// TestPublicationsWithDaysInTheirDates: "Journal · Jun 12, 2020" is a
// paper's publisher and date; "Other authors" is the page's; a long title
// heads the next paper.
func TestPublicationsWithDaysInTheirDates(t *testing.T) {
	page := "Siobhán Ní Bhriain\nShe/Her\n· 2nd\nVeterinary Dentist\nDublin, Ireland\nContact info\n\n" +
		"Publications\nPrevalence of periodontal disease in brachycephalic dogs presented for airway surgery: 212 cases\n" +
		"Journal of Veterinary Dentistry · Jun 12, 2020\nOther authors\n" +
		"Food effect on a novel oral anti-fibrotic: a randomised crossover study in healthy volunteers and in cats\n" +
		"Frontiers in Veterinary Science · 3 Mar 2023\n\nHonors & awards\nYoung Investigator Award\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	want := []Publication{
		{Title: "Prevalence of periodontal disease in brachycephalic dogs presented for airway surgery: 212 cases", Publisher: "Journal of Veterinary Dentistry", Year: 2020},
		{Title: "Food effect on a novel oral anti-fibrotic: a randomised crossover study in healthy volunteers and in cats", Publisher: "Frontiers in Veterinary Science", Year: 2023},
	}
	if !slices.Equal(p.Publications, want) {
		t.Errorf("publications %+v, want %+v", p.Publications, want)
	}
}

// TestRecommendationsGivenInShortForms: recommendations the candidate
// wrote, copied as "Given:" and a name over the text, as "Name — Headline"
// under the tab bar, with a relation line "X reported to Y", or under the
// French tabs, are given, not received; a hyphenated first name
// ("Marc-André") is found in a text that splits it.
func TestRecommendationsGivenInShortForms(t *testing.T) {
	head := "Chloé Tremblay\nShe/Her\n· 2nd\nCaptain\nQuébec, Canada\nContact info\n\n"
	for _, c := range []struct{ recs, person string }{
		{"Recommendations\nGiven:\nRohan Mehta\n\"Rohan designed the Indonesia THR calculation engine; I just tested it.\"\n", "Rohan Mehta"},
		{"Recommendations\nReceived\nGiven\nMette Rasmussen — Firmware Lead at Demant\n\"Mette led our whole Bluetooth LE Audio migration in 2022.\"\n", "Mette Rasmussen"},
		{"Recommendations\nReceived\nGiven\nMarc Lévesque\n· 2nd\nChief Pilot, Aéro Boréal\nDecember 2023, Chloé reported to Marc\nMarc led our 2023 night-scooping trials with great care.\n", "Marc Lévesque"},
		{"Recommandations\nReçues\nDonnées\nMarc-André Roy\nJurilinguiste principal\nChloé a travaillé avec Marc-André dans la même équipe\nMarc-André led the translation of the Civil Code chapters on trusts.\n", "Marc-André Roy"},
	} {
		p, err := ReadPage(head + c.recs + "\nSkills\nFlying\n")
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Recommendations) != 1 || !p.Recommendations[0].Given || p.Recommendations[0].Person != c.person {
			t.Errorf("%s: recommendations %+v, want one given to %s", c.person, p.Recommendations, c.person)
		}
	}
}

// TestWhatAnAwardWasForUnderItsIssuer: the line under an award's issuer
// and date that names no award ("Manglar 72% Los Ríos") is what it was
// for, not another award; one with a year or an issuer of its own is.
func TestWhatAnAwardWasForUnderItsIssuer(t *testing.T) {
	page := "Mariana Peñaloza\nElla\n· 2º\nMaestra Chocolatera\nGuayaquil, Ecuador\nInformación de contacto\n\n" +
		"Reconocimientos y premios\nOro\nEmitido por International Chocolate Awards – Americas · sept. 2022\nManglar 72% Los Ríos\n\n" +
		"Plata\nEmitido por Academy of Chocolate Awards · jun. 2020\nBarra Cacao y Sal\n\nBest New Bar 2019\nEmitido por Salon du Chocolat · nov. 2019\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Oro, Emitido por International Chocolate Awards – Americas, sept. 2022, Manglar 72% Los Ríos",
		"Plata, Emitido por Academy of Chocolate Awards, jun. 2020, Barra Cacao y Sal", "Best New Bar 2019, Emitido por Salon du Chocolat, nov. 2019"}
	if !slices.Equal(p.Honors, want) {
		t.Errorf("honors %q, want %q", p.Honors, want)
	}
}

// TestActivityMarkersInGermanFrenchAndSpanish: "hat dies geteilt" is a
// repost, "a commenté ceci" and "ha comentado esto" comments: someone
// else's posts, not the candidate's.
func TestActivityMarkersInGermanFrenchAndSpanish(t *testing.T) {
	for _, c := range []struct{ marker, kind string }{
		{"hat dies geteilt", ActivityRepost}, {"hat dies direkt geteilt", ActivityRepost}, {"hat dies repostet", ActivityRepost},
		{"a commenté ceci", ActivityComment}, {"ha comentado esto", ActivityComment},
	} {
		page := "Annelies Grob\nShe/Her\n· 2nd\nSnow Scientist\nDavos, Switzerland\nContact info\n\n" +
			"Activity\n2,044 followers\nAnnelies Grob " + c.marker + "\nMarco Bühler\nProduktmanager Digitale Dienste\n1 Monat •\n" +
			"Meilenstein: Die Lawinenbulletin-App hat 1 Million Downloads erreicht!\n\nExperience\nSnow Scientist\nSLF · Full-time\n2014 - Present\n"
		p, err := ReadPage(page)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Activity) != 1 || p.Activity[0].Kind != c.kind {
			t.Errorf("%s: activity %+v, want one %s", c.marker, p.Activity, c.kind)
		}
	}
}

// TestAwardTitleByWordStarts: award words count at the start of a word
// only.
func TestAwardTitleByWordStarts(t *testing.T) {
	for s, want := range map[string]bool{"Oro": true, "Nominated – Best Bar": true, "Designer of the Year": true,
		"Toronto flagship store": false, "Data platform migration": false, "Immigrant support line": false} {
		if got := awardTitle(s); got != want {
			t.Errorf("awardTitle(%q) = %v, want %v", s, got, want)
		}
	}
}
