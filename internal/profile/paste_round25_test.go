package profile

import (
	"strings"
	"testing"
)

// germanPage is a page copied from LinkedIn's German interface: the tab
// bar of Activity with "Reposts", a repost whose author line carries the
// degree "3.+", endorsement counts under skills, and Recommendations with
// the "Erhalten" and "Ausgesprochen" tabs and relation lines dated in
// German.
const germanPage = `Katrin Vogelsang
Sie/Ihr
· 2.
Leiterin Instandhaltung bei Elbwerk Papier GmbH
Lüneburg, Niedersachsen, Deutschland  Kontaktinfo

Aktivitäten
845 Follower:innen
Beiträge
Kommentare
Reposts

Katrin Vogelsang hat dies repostet
Ole Brandt • 3.+
Sicherheitsingenieur | Papierindustrie
1.204 Follower:innen
3 Wochen •
Unsere Studie zu Walzenbrüchen ist jetzt online.
…mehr anzeigen

Erfahrung
Leiterin Instandhaltung
Elbwerk Papier GmbH · Vollzeit
März 2019 – Heute · 5 Jahre 9 Monate
Verantwortlich für 44 Techniker:innen an zwei Papiermaschinen.

Kenntnisse
Schwingungsanalyse
17 Bestätigungen
Instandhaltungsplanung
Bestätigt von Jan Reuter und 8 weiteren Kontakten

Empfehlungen
Erhalten
Henrik Saalfeld · 2.
Werksleiter bei Elbwerk Papier GmbH
3. März 2022, Henrik war Katrins Vorgesetzter
Katrin hat die Stillstandszeit der PM3 in einem Jahr um ein Drittel gesenkt.

Ausgesprochen
Mira Kuhn · 2.
Instandhalterin bei Elbwerk Papier GmbH
11. Oktober 2023, Katrin war Miras Vorgesetzte
Mira hat das Ersatzteillager neu geordnet.
`

// TestAGermanPagesRecommendationsAndActivity: the reader knows the German
// interface's tabs, counts, degree marks and dated relation lines, so the
// recommendations are read as such, received and given, and nothing of
// the interface is taken for the candidate's words.
func TestAGermanPagesRecommendationsAndActivity(t *testing.T) {
	p, err := ReadPage(germanPage)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Recommendations) != 2 {
		t.Fatalf("recommendations %+v", p.Recommendations)
	}
	r, g := p.Recommendations[0], p.Recommendations[1]
	if r.Person != "Henrik Saalfeld" || r.Given || r.Relation != "Henrik war Katrins Vorgesetzter" || !strings.HasPrefix(r.Text, "Katrin hat die Stillstandszeit") {
		t.Errorf("received recommendation %+v", r)
	}
	if g.Person != "Mira Kuhn" || !g.Given || !strings.HasPrefix(g.Text, "Mira hat das Ersatzteillager") {
		t.Errorf("given recommendation %+v", g)
	}
	if strings.Join(p.Skills, "|") != "Schwingungsanalyse|Instandhaltungsplanung" {
		t.Errorf("skills %q", p.Skills)
	}
	if len(p.Activity) != 1 {
		t.Fatalf("activity %+v", p.Activity)
	}
	if a := p.Activity[0]; a.Kind != ActivityRepost || a.Of != "Ole Brandt" || a.Text != "Unsere Studie zu Walzenbrüchen ist jetzt online." {
		t.Errorf("repost %+v", a)
	}
}

// TestRelationLinesDatedInOtherLanguages: a line under a recommender's
// name that starts with a full date in another language says how the two
// knew each other; a line that starts with a date that is not a full one,
// or with other words, does not.
func TestRelationLinesDatedInOtherLanguages(t *testing.T) {
	for _, c := range []struct {
		line, rel string
	}{
		{"14. Juni 2021, Jörg war Kunde von Dariusz", "Jörg war Kunde von Dariusz"},
		{"14 de junio de 2021, Lucía trabajaba con Marta en el mismo equipo", "Lucía trabajaba con Marta en el mismo equipo"},
		{"3 marca 2020, Anna była przełożoną Piotra", "Anna była przełożoną Piotra"},
		{"2021年6月14日、佐藤さんは田中さんの上司でした", "佐藤さんは田中さんの上司でした"},
		{"Februar 2024, Thomas war Jürgs Vorgesetzter", "Thomas war Jürgs Vorgesetzter"},
		{"Juni 2021, wir haben die Halle in nur elf Wochen gemeinsam umgebaut und dabei nie einen Liefertermin verpasst.", ""},
		{"14. Juni, Jörg war Kunde von Dariusz", ""},
		{"Im Juni 2021 haben wir, Jörg und ich, die Halle umgebaut", ""},
		{"2021, ein gutes Jahr", ""},
	} {
		rel, ok := relationOf(c.line)
		if ok != (c.rel != "") || rel != c.rel {
			t.Errorf("relationOf(%q) = %q, %v; want %q", c.line, rel, ok, c.rel)
		}
	}
}

// TestATabAloneOutweighsTheRelationsOrder: a page written by hand may put
// the candidate first in the relation line of a recommendation they
// received ("Jürgen war Annas Vorgesetzter" under "Erhalten"); the tab
// alone above it, or the text's names, say whose it is. Under the tab bar
// alone, which says nothing, the relation line's order does.
func TestATabAloneOutweighsTheRelationsOrder(t *testing.T) {
	head := "Jürgen Hasselmann\nWerkleiter bei Tonwerk Erding GmbH\n\nEmpfehlungen\n"
	rec := "Anna Gruber\nQualitätsleiterin bei Tonwerk Erding GmbH\n14. Mai 2022, Jürgen war Annas Vorgesetzter\n" +
		"Er hört zu, bevor er entscheidet, und kennt jede Brennkurve auswendig.\n"
	for _, c := range []struct {
		name, page string
		given      bool
	}{
		{"under the tab Received", head + "Erhalten\n" + rec, false},
		{"under the tab Given", head + "Ausgesprochen\n" + rec, true},
		{"under the tab bar", head + "Erhalten\nAusgesprochen\n" + rec, true},
		{"the text naming him", head + "Erhalten\nAusgesprochen\n" + strings.Replace(rec, "Er hört", "Jürgen hört", 1), false},
	} {
		p, err := ReadPage(c.page)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Recommendations) != 1 || p.Recommendations[0].Person != "Anna Gruber" || p.Recommendations[0].Given != c.given {
			t.Errorf("%s: recommendations %+v, want given %v", c.name, p.Recommendations, c.given)
		}
	}
}

// TestTheMenusAboveTheCardInOtherLanguages: the top bar's items in other
// languages ("Hoppa till huvudinnehåll", "Mon réseau"), and two items on
// one line of which one is never anything else ("Skip to main content
// Search"), are menus, not the candidate's name.
func TestTheMenusAboveTheCardInOtherLanguages(t *testing.T) {
	card := "Mikael Åström\nhan/honom\n · 2:a\nProduktionschef PM53 | Tidningspapper\nNorrköping, Östergötlands län, Sverige\n"
	for name, top := range map[string]string{
		"Swedish": "Hoppa till huvudinnehåll\nLinkedIn\nSök\nHem\nMitt nätverk\nJobb\nMeddelanden\nNotiser\nJag\nFör företag\n\n",
		"French":  "Passer au contenu principal\nAccueil\nMon réseau\nEmplois\nMessagerie\nNotifications\nVous\n\n",
		"English": "Skip to main content  Search\nHome  My Network  Jobs  Messaging  Notifications  Me  For Business\n\n",
	} {
		p, err := ReadPage(top + card)
		if err != nil {
			t.Fatal(err)
		}
		if p.Name != "Mikael Åström" || p.Pronouns != "han/honom" || !strings.HasPrefix(p.Headline, "Produktionschef") {
			t.Errorf("%s: name %q, pronouns %q, headline %q", name, p.Name, p.Pronouns, p.Headline)
		}
	}
}

// TestADutchFirstDegree: "· 1e" under a recommender's name is their
// degree, as "· 2e" is, so the name above it is theirs.
func TestADutchFirstDegree(t *testing.T) {
	page := "Joëlle van den Broek\nPresentator bij Omroep Gelderland\nArnhem, Gelderland, Nederland\n\n" +
		"Aanbevelingen\nOntvangen\nGegeven\nMehmet Yıldız\n· 1e\nEindredacteur bij Omroep Gelderland\n" +
		"14 februari 2023, Joëlle werkte met Mehmet in hetzelfde team\n" +
		"Mehmet regelde in 2022 het exclusieve interview voor onze ochtendshow.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Recommendations) != 1 || p.Recommendations[0].Person != "Mehmet Yıldız" || p.Recommendations[0].Headline != "Eindredacteur bij Omroep Gelderland" {
		t.Errorf("recommendations %+v", p.Recommendations)
	}
}
