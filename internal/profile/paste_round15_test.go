package profile

import (
	"strings"
	"testing"
)

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

// TestOwnPostBylineDropped: the post and company the feed shows under
// their own name, above the post's age, is no part of the post.
func TestOwnPostBylineDropped(t *testing.T) {
	page := "Séverine Lemaître\nShe/Her\n· 2nd\nHead of Clinical Pharmacology | PK/PD modelling\nLyon, France\nContact info\n500+ connections\n\n" +
		"Activity\n1,204 followers\nPosts\n\nSéverine Lemaître • You\nHead of Clinical Pharmacology at Rhônalys Clinical Research\n3w •\n" +
		"Proud moment: the adaptive dose-escalation design for RX-1187 completed in 14 months instead of 20.\n…see more\n\n" +
		"Experience\nHead of Clinical Pharmacology\nRhônalys Clinical Research · Full-time\nJan 2020 - Present · 5 yrs 11 mos\nLed the RX-1187 first-in-human study.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Activity) != 1 {
		t.Fatalf("activity %+v", p.Activity)
	}
	if a := p.Activity[0]; strings.Contains(a.Text, "Rhônalys") || !strings.Contains(a.Text, "RX-1187") {
		t.Errorf("own post text %q", a.Text)
	}
}
