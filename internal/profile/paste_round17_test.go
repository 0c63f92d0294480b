package profile

import "testing"

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
