package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

func TestOutcomesInWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Fiona MacLeod", Title: "Senior Charge Nurse", Company: "NHS Highland",
		Experience: []profile.Experience{{Title: "Senior Charge Nurse, Ward 7", Company: "NHS Highland", Start: "2018", End: "present",
			Description: "Cut inpatient falls by 35% with a bay-nursing model. Grew the bank staff pool from 20 to 30 nurses. Cut C. diff cases by a third."}},
	}
	for _, c := range []struct {
		line string
		ok   bool
		says string
	}{
		{"Cutting inpatient falls by a third with bay nursing is a great result.", true, ""},
		{"Growing the bank staff pool by half is a great result.", true, ""},
		{"Cutting C. diff cases by a third on Ward 7 is a great result.", true, ""},
		{"Cutting C. diff cases by two thirds on Ward 7 is a great result.", false, `"Cutting C. diff cases by two thirds", but their profile says "a third"`},
		{"Cutting pressure ulcers by half on Ward 7 is a great result.", false, `says nothing of ulcers`},
		{"Halving agency spend on Ward 7 is a great result.", false, `says nothing of spend`},
		{"Cutting inpatient falls to zero on Ward 7 is a great result.", false, `"Cutting inpatient falls to zero", but their profile says "35%"`},
		{"Cutting inpatient falls by three quarters with bay nursing is a great result.", false, `"35%"`},
	} {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok || !c.ok && !strings.Contains(v.String(), c.says) {
			t.Errorf("%q: %v; want ok=%v saying %s", c.line, v, c.ok, c.says)
		}
	}
}

func TestLesserPartInflated(t *testing.T) {
	p := &profile.Profile{
		Name: "Ruth Achterberg", Title: "Ward Manager", Company: "Kelda Health NHS Trust",
		Experience: []profile.Experience{
			{Title: "Ward Manager, Ward 9", Company: "Kelda Health NHS Trust", Start: "2021", End: "present",
				Description: "Led the ward through its 2024 CQC inspection (rated Outstanding). Coordinated the move of 40 beds to the Aire Wing."},
			{Title: "Deputy Sister", Company: "Bradwell General Hospital", Start: "2015", End: "2021",
				Description: "Prepared the unit for its 2019 CQC inspection."}},
	}
	wantVerdicts(t, p, []lineWant{
		// Led for prepared or coordinated.
		{"Leading Bradwell General through its 2019 CQC inspection must have been intense.", false},
		{"Leading the move of 40 beds to the Aire Wing at Kelda Health is no small job.", false},
		// What the profile says they led, or the part it gives them.
		{"Leading Ward 9 through its 2024 CQC inspection to Outstanding is a real achievement.", true},
		{"Coordinating the move of 40 beds to the Aire Wing at Kelda Health is no small job.", true},
		{"Preparing Bradwell General for its 2019 CQC inspection must have been intense.", true},
	})
}

func TestWonForLesserHonour(t *testing.T) {
	p := &profile.Profile{
		Name: "Tobias Ekström", Title: "Creative Director", Company: "Fjäll Studio",
		Experience: []profile.Experience{{Title: "Creative Director", Company: "Fjäll Studio", Start: "2019", End: "present",
			Description: "Creative lead on the Polar Rail rebrand."}},
		Honors: []string{"Webby Awards 2023 - Best Travel Website (honoree)", "D&AD 2022 - Branding (bronze)"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Winning a Webby for Best Travel Website in 2023 is a nice nod.", false},
		{"Being a Webby honoree for Best Travel Website in 2023 is a nice nod.", true},
		{"Winning a D&AD Pencil for Branding in 2022 is a nice nod.", false},
	})
}

func TestLeadingWithALesserPart(t *testing.T) {
	p := &profile.Profile{
		Name: "Amara Nwosu", Title: "Family Support Lead", Company: "Harbour Families",
		Experience: []profile.Experience{{Title: "Family Support Lead", Company: "Harbour Families", Start: "2020", End: "present",
			Description: "Supported 40 families through the court process each year. Lead a team of 6 family workers."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading a team of 6 supporting 40 families through the court process is hard work.", true},
	})
}

// TestLeadingForPartOfATeam: "part of the team" or "member of" on the
// profile is a place in the work, not its lead.
func TestLeadingForPartOfATeam(t *testing.T) {
	p := &profile.Profile{
		Name: "Zsófia Farkas", Title: "Project Architect", Company: "Duna Studio",
		Experience: []profile.Experience{{Title: "Architect", Company: "Kő & Fény", Start: "2014", End: "2019",
			Description: "Part of the competition team for the Győr Rába riverside library (1st prize, 2019); developed the façade details."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the winning design for the Győr riverside library must have been a career highlight.", false},
		{"Your façade details for the prize-winning Győr riverside library caught my eye.", true},
		{"Being part of the competition team behind the Győr riverside library is a fine credential.", true},
	})
}

// TestWonTheAwardNotTheEmployer: a win is judged against the award that
// holds its words, not an employer or a qualification that shares them,
// and against the award won rather than a nomination of the same words.
func TestWonTheAwardNotTheEmployer(t *testing.T) {
	p := &profile.Profile{
		Name: "Julien Lefèvre", Title: "Lead Heat Pump Engineer", Company: "Heat Pump Installer Network",
		Certifications: []string{"LCL Level 3 Heat Pump Installation"},
		Honors:         []string{"Highly Commended — Heat Pump Installer of the Year, Installer Awards 2023"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on winning Heat Pump Installer of the Year at the Installer Awards!", false},
		{"Being highly commended for Heat Pump Installer of the Year at the Installer Awards is a fine result.", true},
	})
	p = &profile.Profile{
		Name: "Yasmin Rahman", Title: "Series Producer", Company: "Loch Films",
		Honors: []string{"BAFTA Scotland 2023 - nominated, Factual Series (The Ward)", "RTS Scotland Awards 2023 - Best Documentary Series (The Ward)"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Winning Best Documentary Series at the RTS Scotland Awards for The Ward is a great result.", true},
		{"Winning the BAFTA Scotland for The Ward's factual series is a great result.", false},
	})
}

// TestLeadingForALesserPartInCompounds: a word of leading inside a
// compound ("a Nigerian-owned hangar") is no verb of leading, and "worked
// on" is a lesser part than leading.
func TestLeadingForALesserPartInCompounds(t *testing.T) {
	p := &profile.Profile{
		Name: "Adebayo Okafor", Title: "Shift Lead", Company: "Skyreach Technics",
		Experience: []profile.Experience{
			{Title: "Licensed Aircraft Engineer", Company: "Osun Aero Services", Start: "2015", End: "2021",
				Description: "Base maintenance C-checks on the A330-200 fleet. Supported the quality team that achieved the first EASA Part-145 approval for a Nigerian-owned hangar at Lagos."},
			{Title: "Architect", Company: "Kiln & Hart", Start: "2012", End: "2015", Description: "Worked on the Walthamstow library extension."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on leading Osun Aero to the first EASA Part-145 approval for a Nigerian-owned hangar.", false},
		{"Supporting the team behind the first EASA Part-145 approval for a Nigerian-owned hangar is a real credential.", true},
		{"Leading the design of the Walthamstow library extension is exactly what our client needs.", false},
		{"Your work on the Walthamstow library extension is exactly what our client needs.", true},
	})
	p.Experience[1].Description += " Co-author of the RIBA guidance on timber in schools."
	wantVerdicts(t, p, []lineWant{
		{"Leading the RIBA guidance on timber in schools is a real credential.", false},
		{"Co-authoring the RIBA guidance on timber in schools is a real credential.", true},
	})
}

// TestDiscoveredOrFounded: discovering, inventing or founding something
// needs the profile to say so, not only to name it.
func TestDiscoveredOrFounded(t *testing.T) {
	p := &profile.Profile{
		Name: "Grace Kiplagat", Title: "Principal Geologist", Company: "Rift Minerals",
		Experience: []profile.Experience{
			{Title: "Principal Geologist", Company: "Rift Minerals", Start: "2019", End: "present",
				Description: "Competent Person for the Kalinga lithium deposit Mineral Resource estimate. Led the team that discovered the Tana graphite prospect in 2021."},
			{Title: "Co-founder", Company: "Core Logic Labs", Start: "2015", End: "2019", Description: "Core-logging software for junior miners."},
		},
		Education: []profile.Education{{School: "Kenya School of Mines Foundation", Degree: "BSc"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on discovering the Kalinga lithium deposit!", false},
		{"Leading the team that discovered the Tana graphite prospect is a rare credential.", true},
		{"Founding Core Logic Labs to build core-logging software for junior miners is impressive.", true},
		{"Signing off the Kalinga lithium deposit Mineral Resource estimate as Competent Person is a rare credential.", true},
	})
}

// TestWonTheirFirmsAward: winning an award that holds the line's words
// only over the lines of one of their own awards (its issuer), when an
// award to their firm holds them, credits them with the firm's.
func TestWonTheirFirmsAward(t *testing.T) {
	page := "Ananya Joshi\nCommunity Pharmacist\nLeicester\n\nExperience\nSuperintendent Pharmacist\nJoshi Chemists · Full-time\nJan 2018 - Present · 7 yrs\nRun a two-branch pharmacy.\n\n" +
		"Honors & awards\nCommunity Pharmacist of the Year\nIssued by Midlands Pharmacy Awards · Sep 2024\n\nPharmacy of the Year (Midlands) 2023\nIssued by Midlands Pharmacy Awards\nAwarded to Joshi Chemists\n\nLanguages\nGujarati\n"
	p := &profile.Profile{Text: page}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on winning Pharmacy of the Year (Midlands) in 2023!", false},
		{"Congratulations on winning Community Pharmacist of the Year at the Midlands Pharmacy Awards!", true},
	})
}
