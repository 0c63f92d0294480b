package profile

import (
	"strings"
	"testing"
)

// TestCardBelowUnknownChrome: lines above the card that no list of menu
// items knows (an upsell in Polish, a row of badges) do not hide a name
// that has the marks of a card under it; a name followed by capitalised
// post-nominals ("CEng MIChemE") is a name.
func TestCardBelowUnknownChrome(t *testing.T) {
	for _, c := range []struct{ top, name string }{
		{"Wypróbuj Premium za 0 zł\n\nAgnieszka Łukasiewicz-Bąk\nShe/Her\n · 2nd\n", "Agnieszka Łukasiewicz-Bąk"},
		{"12 3\n\nTomás Ó Súilleabháin\n· 3rd\n", "Tomás Ó Súilleabháin"},
		{"Reactivate Premium: 50% Off\n\nPriyanka Raghunathan, CEng MIChemE\n (She/Her)\n · 2nd\n", "Priyanka Raghunathan"},
		{"Prova Premium per 0 EUR\nLavoro\n\nGiulia Ferri\nContact info\n", "Giulia Ferri"},
	} {
		page := "Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\n" + c.top +
			"Director, Structured Export Finance at KUKE S.A.\nWarsaw, Mazowieckie, Poland\nContact info\n500+ connections\n\n" +
			"Experience\nDirector\nKUKE S.A. · Full-time\nJan 2020 - Present · 6 yrs\nArranged cover for 40 locomotives.\n"
		p, err := ReadPage(page)
		if err != nil {
			t.Errorf("%q: %v", c.name, err)
			continue
		}
		if p.Name != c.name {
			t.Errorf("name %q, want %q", p.Name, c.name)
		}
	}
	// A page whose first lines are not a card, with no card under them,
	// is still refused.
	if _, err := ReadPage("Loved the keynote on export finance yesterday!\nAnna Nowak\nLike\nComment\nRepost\nSend\n"); err == nil {
		t.Error("a page with no card read without an error")
	}
	for _, s := range []string{"Priyanka Raghunathan, CEng MIChemE", "Ben Ode, FRCPath MRCS"} {
		if !looksLikeName(s) {
			t.Errorf("%q not read as a name", s)
		}
	}
	for _, s := range []string{"Haruto Sato, New York", "Ana Lima, Rio de Janeiro", "Ana Lima, Constantinople"} {
		if looksLikeName(s) {
			t.Errorf("%q read as a name", s)
		}
	}
}

// TestFeedHeadsWithBullets: the feed may separate a name from a headline
// or a post's age with a bullet as well as a middle dot: "Name • 4mo"
// heads a post of theirs after someone else's item, and "Other Name •
// headline" names the author of what they reposted.
func TestFeedHeadsWithBullets(t *testing.T) {
	page := "Joaquim Gonçalves\nSenior Airside Pavement Engineer at VINCI Airports\nLisbon, Portugal\n\nActivity\n1,200 followers\n" +
		"Joaquim Gonçalves reposted this • 1mo\nTom Hughes • Baggage Systems Lead at Heathrow\n" +
		"Ten years since we switched on the Terminal 2 baggage system.\n\n" +
		"Joaquim Gonçalves • 4mo\nSlides from my Airport Infrastructure Summit talk in Dubai are up.\n\nExperience\n"
	p := ParsePaste(page)
	if len(p.Activity) != 2 {
		t.Fatalf("activity: %+v", p.Activity)
	}
	if a := p.Activity[0]; a.Kind != ActivityRepost || a.Of != "Tom Hughes" || strings.Contains(a.Text, "Dubai") {
		t.Errorf("repost: %+v", a)
	}
	if a := p.Activity[1]; a.Kind != ActivityPost || !a.Own() || !strings.HasPrefix(a.Text, "Slides from my") {
		t.Errorf("own post: %+v", a)
	}
}

// TestProjectLineWithADate: a project's line of where it was with its date
// ("AdTech Engineering Summit, Berlin · Sep 2025") is kept in what the
// project tells, not dropped with the date.
func TestProjectLineWithADate(t *testing.T) {
	page := "Hà Nguyễn\nStaff Software Engineer at Bidlane\nBerlin, Germany\n\n" +
		"Projects\nprebid-lite\nJan 2021 - Present\nA 14 kB header bidding wrapper.\n\n" +
		"\"Twelve milliseconds: building a bidder that doesn't blink\"\nAdTech Engineering Summit, Berlin · Sep 2025\n\nSkills\nGo\n"
	p := ParsePaste(page)
	if len(p.Projects) != 2 {
		t.Fatalf("projects: %+v", p.Projects)
	}
	if d := p.Projects[1].Description; !strings.Contains(d, "AdTech Engineering Summit") {
		t.Errorf("second project's description %q", d)
	}
	if d := p.Projects[0].Description; !strings.Contains(d, "14 kB header bidding wrapper") || strings.Contains(d, "Summit") {
		t.Errorf("first project's description %q", d)
	}
}
