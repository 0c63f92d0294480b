package profile

import (
	"strings"
	"testing"
)

// TestOwnPostHeadInGerman: on a page in German, their name and headline
// over a post whose age is written in words ("5 Tage •") head their own
// post and are not its text.
func TestOwnPostHeadInGerman(t *testing.T) {
	page := "Sabine Krämer\nBrunnenbauerin | Krämer Brunnenbau GmbH\nKassel, Hessen, Deutschland\n\n" +
		"Aktivitäten\n412 Follower:innen\nBeiträge\n" +
		"Sabine Krämer\nBrunnenbauerin | Krämer Brunnenbau GmbH\n3 Wochen • \n" +
		"Heute den 120-m-Brunnen für die Gemeinde Fuldabrück abgenommen.\n" +
		"Berufserfahrung\nInhaberin\nKrämer Brunnenbau GmbH\nJan. 2015–Heute\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Activity) != 1 {
		t.Fatalf("got %d activity items %+v, want 1", len(p.Activity), p.Activity)
	}
	if got, want := p.Activity[0].Text, "Heute den 120-m-Brunnen für die Gemeinde Fuldabrück abgenommen."; got != want {
		t.Errorf("post text: got %q, want %q", got, want)
	}
}

// TestPublicationsHeadingInGerman: "Publikationen", as well as
// "Veröffentlichungen", heads the publications on a page in German, so a
// publication after the recommendations they gave is theirs and not part
// of the last recommendation.
func TestPublicationsHeadingInGerman(t *testing.T) {
	page := "Sabine Krämer\nBrunnenbauerin | Krämer Brunnenbau GmbH\nKassel, Hessen, Deutschland\n\n" +
		"Empfehlungen\nErhalten\nAusgesprochen\nJonas Weber\nGeologe\n3. Mai 2023, Sabine war Jonas' Kundin\nJonas hat unsere Pumpversuche sauber ausgewertet.\n" +
		"Publikationen\nTiefbrunnen im Buntsandstein: zehn Jahre Betriebsdaten\nbbr Fachmagazin · 15. März 2023\nPublikation anzeigen\n" +
		"Sprachen\nDeutsch\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Publications) != 1 || p.Publications[0].Title != "Tiefbrunnen im Buntsandstein: zehn Jahre Betriebsdaten" {
		t.Fatalf("publications: got %+v, want the one titled %q", p.Publications, "Tiefbrunnen im Buntsandstein: zehn Jahre Betriebsdaten")
	}
	for _, r := range p.Recommendations {
		if strings.Contains(r.Text, "Tiefbrunnen") {
			t.Errorf("recommendation %+v holds the publication", r)
		}
	}
}

// TestMoreForeignHeadings: the headings a page in French, Portuguese,
// Dutch, German or Turkish may use for About, awards, certificates,
// volunteering and interests ("Prix", "Certificações", "Over",
// "Zertifikate", "Ehrenamtliches Engagement", "İlgi alanları") start their
// sections.
func TestMoreForeignHeadings(t *testing.T) {
	page := "Inès Morel\nSellière | Atelier Morel\nSaumur, Pays de la Loire, France\n\n" +
		"À propos\nJe fabrique des selles de dressage sur mesure depuis 2009.\n" +
		"Prix\nMeilleur Ouvrier de France, sellerie\nÉmis par Comité d'organisation des expositions du travail · juin 2019\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.About, "selles de dressage") {
		t.Errorf("about: got %q, want the text under À propos", p.About)
	}
	if len(p.Honors) != 1 || !strings.HasPrefix(p.Honors[0], "Meilleur Ouvrier de France") {
		t.Errorf("honors: got %q, want the award under Prix", p.Honors)
	}
	for _, h := range []string{"Certificações", "Over", "Zertifikate", "Ehrenamtliches Engagement", "İlgi alanları", "İletişim bilgileri"} {
		if en, _ := localized(h); en == "" {
			t.Errorf("%q is no heading", h)
		}
	}
}
