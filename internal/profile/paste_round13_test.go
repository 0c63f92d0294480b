package profile

import (
	"strings"
	"testing"
)

// TestMenuArrowsAndDottedCredentials: "Me ▾" and "For Business ▾" are menu
// items, not the name; a name followed by dotted credentials ("Dr. Eng.")
// is a name, and the card is read.
func TestMenuArrowsAndDottedCredentials(t *testing.T) {
	page := "Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe ▾\nFor Business ▾\n" +
		"Reactivate Premium: 50% Off\n\nHaruto Sato (佐藤 陽翔), Dr. Eng.\nHe/Him\n· 2nd\nReactor Safety Engineer | PSA\nOsaka, Japan\nContact info\n\n" +
		"Experience\nReactor Safety Engineer\nKansai Nuclear Services · Full-time\nApr 2015 - Present · 10 yrs\nBuilt the Level 2 PSA model.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p.Name, "Haruto Sato") || p.Headline != "Reactor Safety Engineer | PSA" || p.Location != "Osaka, Japan" {
		t.Errorf("card: name %q, headline %q, location %q", p.Name, p.Headline, p.Location)
	}
	// A place after a comma is still no credential.
	for _, s := range []string{"Haruto Sato, New York", "Ana Lima, Rio de Janeiro"} {
		if looksLikeName(s) {
			t.Errorf("%q read as a name", s)
		}
	}
	for _, s := range []string{"Jane Doe, MD PhD", "Haruto Sato, Dr. Eng.", "Jane Doe, CPA"} {
		if !looksLikeName(s) {
			t.Errorf("%q not read as a name", s)
		}
	}
}
