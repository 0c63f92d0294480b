package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestRecommendationsOfAGermanPage: on a page copied from LinkedIn's
// German interface, the recommendation received is read as what someone
// said of the candidate, and the one they gave as another's work, so a
// line may cite the first and is refused the second, as on an English
// page.
func TestRecommendationsOfAGermanPage(t *testing.T) {
	page := "Mareike Thiessen\nLeiterin Technischer Service bei Nordhafen Krane GmbH\nBremerhaven, Bremen, Deutschland\n\n" +
		"Erfahrung\nLeiterin Technischer Service\nNordhafen Krane GmbH · Vollzeit\nJan. 2019 – Heute · 5 Jahre 11 Monate\n" +
		"Verantwortlich für den Service von 46 Containerbrücken.\n\n" +
		"Empfehlungen\nErhalten\nAusgesprochen\nLars Petersen · 2.\nTerminalleiter bei Weserport Container GmbH\n" +
		"12. März 2023, Lars war Kunde von Mareike\n" +
		"Mareike hat die Umrüstung unserer sechs Brücken auf Fernwartung in nur vier Monaten durchgezogen.\n" +
		"Ausgesprochen\nTimo Brandt · 1.\nServicetechniker bei Nordhafen Krane GmbH\n" +
		"2. Mai 2024, Mareike war Timos Vorgesetzte\n" +
		"Timo hat das Ersatzteillager auf Barcode-Scanner umgestellt und die Suchzeiten halbiert.\n"
	p, err := profile.ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	wantVerdicts(t, &p, []lineWant{
		// Lars Petersen's words about her: the refit of six cranes.
		{"Lars Petersen schreibt, dass Sie die Umrüstung von sechs Brücken auf Fernwartung in vier Monaten geschafft haben – beeindruckend.", true},
		// Timo's work, which her recommendation of him tells.
		{"Dass Sie das Ersatzteillager auf Barcode-Scanner umgestellt und die Suchzeiten halbiert haben, ist beeindruckend.", false},
	})
}
