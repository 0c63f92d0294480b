package profile

import "testing"

// A French page: the connection degree "3e et +", titles kept in lower
// case after their first word, and "Distinctions" for the awards.
func TestFrenchPage(t *testing.T) {
	p := ParsePaste("Hélène Marchetti\nElle\n· 3e et +\nConservatrice du patrimoine | Musée des Tissus\nLyon, France\n\n" +
		"Expérience\nResponsable des collections textiles\nMusée des Tissus de Lyon\njanv. 2019 - aujourd’hui · 6 ans\nLyon, France\n" +
		"Récolement décennal de 42 000 objets.\nChargée d'études documentaires\nMusée de la Toile de Jouy\nsept. 2014 - déc. 2018 · 4 ans 4 mois\n\n" +
		"Distinctions\nPrix de l'Académie de Lyon\n2024\n\nCompétences\nRécolement\n")
	if p.Headline != "Conservatrice du patrimoine | Musée des Tissus" {
		t.Errorf("headline %q", p.Headline)
	}
	if len(p.Experience) != 2 {
		t.Fatalf("experience: %+v", p.Experience)
	}
	for i, want := range [][2]string{{"Responsable des collections textiles", "Musée des Tissus de Lyon"}, {"Chargée d'études documentaires", "Musée de la Toile de Jouy"}} {
		if x := p.Experience[i]; x.Title != want[0] || x.Company != want[1] {
			t.Errorf("experience[%d]: %q at %q, want %q at %q", i, x.Title, x.Company, want[0], want[1])
		}
	}
	if len(p.Honors) != 1 || len(p.Publications) != 0 {
		t.Errorf("honors %q, publications %+v", p.Honors, p.Publications)
	}
}

func TestSentenceCaseTitlesAreNotSentences(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Responsable des collections textiles", false},
		{"Jefa de proyectos de ingeniería", false},
		{"Ran the audit of bracket failures", true},
		// A sentence in French is still one.
		{"Direction du récolement décennal des collections, avec 42 000 objets inventoriés.", true},
	} {
		if got := sentence(c.s); got != c.want {
			t.Errorf("sentence(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// A year on a line of its own under an award is when it was won.
func TestAwardKeepsItsYearLine(t *testing.T) {
	p := ParsePaste("Jane Roe\nEngineer at Arden\n\nHonors & awards\nYoung Engineer of the Year\n2024\nFor the bridge retrofit.\n\nSkills\nBridges\n")
	if len(p.Honors) != 1 || p.Honors[0] != "Young Engineer of the Year, 2024, For the bridge retrofit." {
		t.Errorf("honors: %q", p.Honors)
	}
}

// A page copied from LinkedIn in Polish: its menus, employment type and
// counts are page furniture.
func TestPolishPageChrome(t *testing.T) {
	p := ParsePaste("Przejdź do treści głównej\nStrona główna\nMoja sieć\nPraca\nWiadomości\nPowiadomienia\n\n" +
		"Katarzyna Nowak\nOna/jej\n· 2.\nKierowniczka Działu Zakupów\nPoznań, Wielkopolskie, Polska\nInformacje kontaktowe\n500+ kontaktów\n\n" +
		"Doświadczenie\nKierowniczka Działu Zakupów\nMlekpol Spółdzielnia Mleczarska · Pełny etat\nmar 2020 – obecnie · 4 lata 10 mies.\nPoznań\n" +
		"Centralizacja zakupów opakowań w 6 zakładach.\n")
	if p.Name != "Katarzyna Nowak" || p.Location != "Poznań, Wielkopolskie, Polska" {
		t.Errorf("name %q, location %q", p.Name, p.Location)
	}
	if len(p.Experience) != 1 || p.Experience[0].Company != "Mlekpol Spółdzielnia Mleczarska" || p.Experience[0].Description != "Centralizacja zakupów opakowań w 6 zakładach." {
		t.Errorf("experience: %+v", p.Experience)
	}
}
