package profile

import "testing"

// TestNameAbovePronounsUnderUnknownChrome: menu lines this reader does not
// know ("Suchen", "Aller au contenu principal", "Produits", a count of
// notifications) above the card do not become the name: the name is the
// line the card's pronouns follow. A name written twice (in Latin letters
// and in its own script) above the pronouns is read as before, from the
// first.
func TestNameAbovePronounsUnderUnknownChrome(t *testing.T) {
	for _, c := range []struct{ top, name, pronouns string }{
		{"Suchen\nStartseite\nMein Netzwerk\nSie\nPremium 1 Monat gratis testen\n\n0 Mitteilungen\nJürgen Weißenböck\nEr/Ihm\n· 2nd\n", "Jürgen Weißenböck", "Er/Ihm"},
		{"Aller au contenu principal\nLinkedIn\nRechercher\nProduits\n\nMathilde Lefèvre-Dubois\nElle\n· 2e\n", "Mathilde Lefèvre-Dubois", "Elle"},
		{"Kavitha Sundaralingam\nகவிதா சுந்தரலிங்கம்\nShe/Her\n· 2nd\n", "Kavitha Sundaralingam", ""},
	} {
		page := c.top + "Lead Ventilation Engineer – Road Tunnels | Tunnel fire safety\nGraz, Steiermark, Österreich\nContact info\n487 connections\n\n" +
			"Experience\nLead Ventilation Engineer\nAlpinum Tunneltechnik GmbH · Full-time\nJan 2020 - Present · 6 yrs\nRan 5 MW hot smoke tests before the Hohenberg reopening.\n"
		p, err := ReadPage(page)
		if err != nil {
			t.Errorf("%q: %v", c.name, err)
			continue
		}
		if p.Name != c.name {
			t.Errorf("name %q, want %q", p.Name, c.name)
		}
		if c.pronouns != "" && p.Pronouns != c.pronouns {
			t.Errorf("%s: pronouns %q, want %q", c.name, p.Pronouns, c.pronouns)
		}
		if p.Headline != "Lead Ventilation Engineer – Road Tunnels | Tunnel fire safety" && c.pronouns != "" {
			t.Errorf("%s: headline %q", c.name, p.Headline)
		}
	}
}
