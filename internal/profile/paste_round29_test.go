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
