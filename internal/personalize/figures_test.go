package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

func TestCountedBy(t *testing.T) {
	for _, c := range []struct {
		in   string
		num  string
		want string
	}{
		{"Supervise 9 electricians and 4 apprentices", "9", "electrician"},
		{"Fitted 310 EV chargers on the site", "310", "charger"},
		{"a 28-cot neonatal unit", "28", "cot unit"},
		{"a caseload of 1,100.", "1100", "caseload"},
		{"cut rework by 40%.", "40", "rework pct"},
		{"They cut claims leakage by £6m.", "6000000", "leakag claim"},
		{"£120m of indirect spend", "120000000", "spend"},
		{"60 Year 11 pupils", "60", "pupil"},
		{"46 nurses certified in 3 years", "46", "nurs"},
		{"in Year 11 this summer", "11", ""},
		{"on COVID-19 wards", "19", ""},
		{"from 11 weeks to 18 days", "11", "week"},
	} {
		toks := tokenize(c.in, nil)
		got := "?"
		for i, tk := range toks {
			if tk.number && tk.key == c.num {
				got = strings.Join(countedBy(toks, i, nil, false), " ")
			}
		}
		if got != c.want {
			t.Errorf("%q: %s counts %q, want %q", c.in, c.num, got, c.want)
		}
	}
}

func TestNumberInWordsCounted(t *testing.T) {
	p := &profile.Profile{
		Name: "Darren Hale", Title: "Electrical Supervisor", Company: "Halden Homes",
		Experience: []profile.Experience{{Title: "Electrical Supervisor", Company: "Halden Homes", Start: "2019", End: "present",
			Description: "Supervise 9 electricians and 4 apprentices across three sites. Fitted 310 EV chargers at Brindle Fold."}},
	}
	wantVerdicts(t, p, []lineWant{
		// What the number counts is counted on the profile: it is a
		// figure, checked as digits are.
		{"Supervising twelve electricians across three sites is no small job.", false},
		{"Nine electricians and four apprentices across three sites is a real team to run.", true},
		{"Three hundred and ten EV chargers at Brindle Fold is serious volume.", true},
		// What it counts is not: a number in passing.
		{"Fitting 310 EV chargers at Brindle Fold in two phases is going some.", true},
	})
}

func TestOrdinalOfAThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Aoife Byrne", Title: "Barrister", Company: "Keating Row Chambers",
		Experience: []profile.Experience{{Title: "Barrister", Company: "Keating Row Chambers", Start: "2015", End: "present",
			Description: "Junior counsel (second chair) in Halden v Mereworth Council. Took first place in the 2016 Inner Temple moot."}},
	}
	for _, c := range []lineWant{
		{"Sitting as first chair in Halden v Mereworth Council is a strong credential.", false},
		{"Second chair in Halden v Mereworth Council is a strong credential for your call.", true},
		{"First place in the Inner Temple moot and then Halden v Mereworth Council: a strong start.", true},
	} {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok || !c.ok && !strings.Contains(v.String(), `"second chair"`) {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
}

func TestMultiples(t *testing.T) {
	p := &profile.Profile{
		Name: "Lena Vogt", Title: "Head of Customer Operations", Company: "Brightline Energy",
		Experience: []profile.Experience{
			{Title: "Head of Customer Operations", Company: "Brightline Energy", Start: "2021", End: "present",
				Description: "Grew first-contact resolution from 58% to 81%. Took the team from 40 to 120 advisers during the 2022 price crisis."},
			{Title: "Operations Manager", Company: "Northwell Water", Start: "2016", End: "2021",
				Description: "Doubled online account sign-ups in two years. Cut average call wait by 50% to 3 minutes."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Tripling the team from 40 to 120 advisers during the price crisis is a big scale-up.", true},
		{"Doubling online account sign-ups at Northwell Water in two years is exactly our client's brief.", true},
		{"Halving the average call wait at Northwell Water is what our client's COO wants.", true},
		{"Doubling the team to 120 advisers during the 2022 price crisis is a big scale-up.", false},
		{"Tripling first-contact resolution at Brightline Energy is remarkable.", false},
	})
}

// lineWant is a line and whether Check should accept it.
type lineWant struct {
	line string
	ok   bool
}

// wantVerdicts checks each line against p.
// pageProfile reads a pasted page for a test, failing the test when the
// reader cannot.
func pageProfile(t *testing.T, page string) *profile.Profile {
	t.Helper()
	p, err := profile.ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	return &p
}

func wantVerdicts(t *testing.T, p *profile.Profile, lines []lineWant) {
	t.Helper()
	for _, c := range lines {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
}
func TestFigureCountsAnotherThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Darren Hale", Title: "Electrical Supervisor", Company: "Halden Homes",
		Experience: []profile.Experience{{Title: "Electrical Supervisor", Company: "Halden Homes", Start: "2019", End: "present",
			Description: "Supervise 9 electricians and 4 apprentices across three sites. Cut rework call-backs by 40%. Fitted 310 EV chargers at Brindle Fold."}},
	}
	for _, c := range []struct {
		line string
		ok   bool
		says string
	}{
		{"Supervising 40 electricians across three sites is no small job.", false, `"40 electricians"`},
		{"Supervising 310 electricians at Halden Homes is no small job.", false, `"9 electricians", and its 310 is "310 EV chargers"`},
		{"Fitting 9 EV chargers a day at Brindle Fold is going some.", false, `"310 EV chargers", and its 9 is "9 electricians"`},
		{"Nine electricians and four apprentices across three sites is a real team to run.", true, ""},
		{"Supervising 9 sparks and 4 apprentices while cutting rework by 40% is impressive.", true, ""},
		{"Leading 9 people while fitting 310 EV chargers at Brindle Fold is impressive.", true, ""},
	} {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok || !c.ok && !strings.Contains(v.String(), c.says) {
			t.Errorf("%q: %v; want ok=%v saying %s", c.line, v, c.ok, c.says)
		}
	}
}

func TestChangeOfRange(t *testing.T) {
	p := &profile.Profile{
		Name: "Rhys Pritchard", Title: "Head of Logistics", Company: "Cadwyn Freight",
		Experience: []profile.Experience{{Title: "Head of Logistics", Company: "Cadwyn Freight", Start: "2020", End: "present",
			Description: "Cut empty running from 24% to 15% across a fleet of 85 HGVs."}},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Cutting empty running by 9 points across 85 HGVs is remarkable.", true},
		{"Cutting empty running by 9 percentage points across 85 HGVs is remarkable.", true},
		{"Cutting empty running by 38% across 85 HGVs is remarkable.", true},
		{"Cutting empty running by 37.5% across 85 HGVs is remarkable.", true},
		{"Cutting empty running by 12 points across 85 HGVs is remarkable.", false},
		{"Cutting empty running by 50% across 85 HGVs is remarkable.", false},
	} {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
	// A length of time in words is its figure as digits are: the profile
	// gives the cycle in weeks.
	p = &profile.Profile{
		Name: "Siobhan Kerr", Title: "Senior Actuary", Company: "Liffey Mutual",
		Experience: []profile.Experience{{Title: "Senior Actuary", Company: "Liffey Mutual", Start: "2020", End: "present",
			Description: "Rebuilt the pricing model; pricing cycle down from 9 weeks to 2 weeks."}},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Cutting the pricing cycle from nine weeks to two is a great efficiency win.", true},
		{"Cutting the pricing cycle from 9 weeks to 2 is a great efficiency win.", true},
		{"Cutting the pricing cycle from nine days to two is a great efficiency win.", false},
		{"Cutting the pricing cycle from 9 days to 2 is a great efficiency win.", false},
	} {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
}

func TestFigureUnitAndCurrency(t *testing.T) {
	p := &profile.Profile{
		Name: "Olumide Adeyemi", Title: "Senior Associate", Company: "Fenwick Lyle LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Fenwick Lyle LLP", Start: "2020", End: "present",
			Description: "Acted for the lenders on the £240m unitranche refinancing of Holloway Care. Cut closing times by 35% with a new CP tracker. Advised on a S$90m facility and a €60m bond."}},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Acting for the lenders on the £240m Holloway Care unitranche is great experience.", true},
		{"Acting for the lenders on the 240 million pound Holloway Care unitranche is great experience.", true},
		{"Acting for the lenders on the $240m Holloway Care unitranche is great experience.", false},
		{"Acting for the lenders on the €240m Holloway Care unitranche is great experience.", false},
		{"Acting for the lenders on the GBP 240m Holloway Care unitranche is great experience.", true},
		{"Your $90m facility and CP tracker work stand out.", true}, // any dollar
		{"Your 60 million euro bond and CP tracker work stand out.", true},
		{"Cutting closing times by 35% with a CP tracker is impressive.", true},
		{"Cutting closing times by 35 points with a CP tracker is impressive.", false},
	} {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
	// The refusal gives both figures.
	v := Check(p, "Acting for the lenders on the $240m Holloway Care unitranche is great experience.", Options{})
	if want := `Says "$240m", but their profile has "£240m"`; !strings.Contains(v.String(), want) {
		t.Errorf("%v; want %s", v, want)
	}
}

func TestPeopleCountedAsThings(t *testing.T) {
	p := &profile.Profile{
		Name: "Fiona MacLeod", Title: "Senior Charge Nurse", Company: "NHS Highland",
		Experience: []profile.Experience{{Title: "Senior Charge Nurse", Company: "NHS Highland", Start: "2018", End: "present",
			Description: "Lead a team of 30 on a 28-bed acute medical ward. Trained 12 nurses in NIV. Published 4,000 audit reports."}},
	}
	for _, c := range []struct {
		line string
		ok   bool
		says string
	}{
		{"Leading 28 staff on an acute medical ward is a big job.", false, `profile's 28 is "28-bed"`},
		{"Leading 30 staff on a 28-bed acute ward is a big job.", true, ""},
		{"Training 12 people in NIV on an acute ward is great.", true, ""},
		{"Publishing 4,000 audit reports on an acute ward is a lot.", true, ""},
	} {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok || !c.ok && !strings.Contains(v.String(), c.says) {
			t.Errorf("%q: %v; want ok=%v saying %s", c.line, v, c.ok, c.says)
		}
	}
	l := DefaultLists()
	for w, want := range map[string]bool{"routes": true, "beds": true, "nurses": false, "staff": false, "team": false, "hcas": false} {
		if got := l.countsThings(w); got != want {
			t.Errorf("countsThings(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestFigureInsideReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Nkechi Obi", Title: "Ward Manager", Company: "Mercy Hospital",
		Experience: []profile.Experience{
			{Title: "Ward Manager", Company: "Mercy Hospital", Start: "2020", End: "present", Description: "Run a 36-bed acute medical unit with 58 nurses."},
			{Title: "Charge Nurse", Company: "St Anne's", Start: "2014", End: "2020", Description: "Trained 30 nurses in NIV on the respiratory unit."},
		},
	}
	for _, c := range []struct {
		line string
		ok   bool
		says string
	}{
		{"Training 58 nurses in NIV on the respiratory unit is exactly the background we need.", false, `their profile has "30 nurses" there`},
		{"Training 30 nurses in NIV on the respiratory unit is exactly the background we need.", true, ""},
		{"Running a 36-bed acute medical unit with 58 nurses is a big job.", true, ""},
	} {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok || !c.ok && !strings.Contains(v.String(), c.says) {
			t.Errorf("%q: %v; want ok=%v saying %s", c.line, v, c.ok, c.says)
		}
	}
}

// A figure joined to a unit or to a noun by a hyphen counts that; a line
// that counts people with it, or things where the profile counts only
// people, gives a figure for another thing.
func TestFigureCountsPeopleOrThings(t *testing.T) {
	p := &profile.Profile{
		Name: "Carla Moss", Title: "Site Operations Manager", Company: "Transvia Logistics",
		Experience: []profile.Experience{
			{Title: "Site Operations Manager", Company: "Transvia Logistics", Start: "2020", End: "present",
				Description: "Run a 62,000 m² cross-dock with 310 staff across three shifts. Opened a 14-bay annexe."},
			{Title: "Clinical Trial Manager", Company: "Norvik Pharma", Start: "2014", End: "2020",
				Description: "Ran the STEP-AHEAD trial with 4,100 patients in 22 countries; trained 57 women as site coordinators."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running a Rotterdam cross-dock with 62,000 staff is a huge operation.", false},
		{"Running a 62,000 m² cross-dock with 310 staff is a huge operation.", true},
		{"Running STEP-AHEAD across 4,100 sites in 22 countries is a huge operation.", false},
		{"Running STEP-AHEAD with 4,100 patients in 22 countries is a huge operation.", true},
		{"Running STEP-AHEAD with 4,100 participants in 22 countries is a huge operation.", true},
		{"Training 57 women as site coordinators on STEP-AHEAD is a great legacy.", true},
		{"Opening a 14-bay annexe at the Transvia cross-dock is the project we need.", true},
		{"Adding an annexe with 14 staff at the Transvia cross-dock is the project we need.", false},
	})
}

// An acronym that owns something ("DLUHC's") is still the acronym.
func TestPossessiveAcronym(t *testing.T) {
	p := &profile.Profile{
		Name: "Gosia Hart", Title: "Head of Housing Strategy", Company: "Calderbridge Council",
		Experience: []profile.Experience{{Title: "Senior Policy Officer", Company: "Department for Levelling Up, Housing and Communities",
			Start: "2016", End: "2020", Description: "Worked on the funding formula for the Rough Sleeping Initiative."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your work on DLUHC's Rough Sleeping Initiative funding formula is just what we need.", true},
		{"Your work on the DWP's Rough Sleeping Initiative funding formula is just what we need.", false},
	})
	for _, w := range []string{"DLUHC's", "ECU’s"} {
		if wi := readWord(w); !wi.acronym || strings.ContainsAny(wi.lower, "'’") {
			t.Errorf("%s: acronym %v, lower %q; want an acronym without the 's", w, wi.acronym, wi.lower)
		}
	}
}

// A closed compound of two English words counts what its last word does.
func TestCompoundCountsItsHead(t *testing.T) {
	l := DefaultLists()
	if !l.countsThings("caseload") {
		t.Error("caseload: want a count of things, as load is")
	}
	if l.countsThings("xqzload") {
		t.Error("xqzload: no English word before load; want unknown")
	}
	p := &profile.Profile{
		Name: "Amara Nwosu", Title: "Team Manager", Company: "Northumberland CMHT",
		Experience: []profile.Experience{{Title: "Team Manager", Company: "Northumberland CMHT", Start: "2020", End: "present",
			Description: "Manage a 32-strong multidisciplinary team with a caseload of 1,100."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Managing a team of 1,100 staff at Northumberland CMHT is a big leadership job.", false},
		{"Managing a 32-strong multidisciplinary team with a caseload of 1,100 is a big job.", true},
	})
}

// A figure right before a reference ("$210m of claims leakage") must be
// the one the profile gives there for it.
func TestFigureBeforeReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Sethi", Title: "Head of Underwriting, Property", Company: "Aldgate Re",
		Experience: []profile.Experience{{Title: "Head of Underwriting, Property", Company: "Aldgate Re", Start: "2020", End: "present",
			Description: "Run a $210m property portfolio (gross written premium) across 14 underwriters. Cut claims leakage by £6m with a new referral process."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting $210m of claims leakage with a new referral process is remarkable.", false},
		{"Cutting £6m of claims leakage with a new referral process is remarkable.", true},
		{"Running a $210m property portfolio across 14 underwriters is a big book.", true},
	})
}

// A length of time other than a tenure is a figure: "3 days" is not the
// profile's "from 12 weeks to 3", even at the end of its field.
func TestDaysAreNotWeeks(t *testing.T) {
	p := &profile.Profile{
		Name: "Mei Chen", Title: "Service Designer", Company: "Kestrel Council",
		Experience: []profile.Experience{{Title: "Senior Service Designer", Company: "Kestrel Council", Start: "2021", End: "present",
			Description: "Redesigned the blue badge application: processing time cut from 12 weeks to 3. Set up the council's first design system, Wren."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting blue badge processing to 3 days is amazing.", false},
		{"Cutting blue badge processing to 3 weeks is amazing.", true},
		{"Cutting blue badge processing from 12 weeks to 3wks is amazing.", true},
		{"Cutting blue badge processing to 5 weeks is amazing.", false},
		{"Four years of redesigning services like the blue badge application at Kestrel is great.", true},
	})
}

// A share in words agrees with a range of percentages by how much the
// range changes its start: "from 24% to 15%" is more than a third off.
func TestShareOfARange(t *testing.T) {
	p := &profile.Profile{
		Name: "Rhys Pritchard", Title: "Head of Logistics", Company: "Cadwyn Freight",
		Experience: []profile.Experience{{Title: "Head of Logistics", Company: "Cadwyn Freight", Start: "2020", End: "present",
			Description: "Run a fleet of 85 HGVs and 140 drivers. Cut empty running from 24% to 15%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running 85 HGVs while cutting empty running by more than a third is remarkable.", true},
		{"Running 85 HGVs while cutting empty running by half is remarkable.", false},
		{"Running 85 HGVs while cutting empty running by two thirds is remarkable.", false},
	})
}

// A change in words that the profile's sentence gives in figures refers to
// that sentence.
func TestOutcomeInWordsRefers(t *testing.T) {
	p := &profile.Profile{
		Name: "Rhys Pritchard", Headline: "Head of Logistics at Cadwyn Freight", Title: "Head of Logistics", Company: "Cadwyn Freight",
		Experience: []profile.Experience{{Title: "Head of Logistics", Company: "Cadwyn Freight", Start: "2020", End: "present",
			Description: "Run a fleet of 85 HGVs and 140 drivers. Cut empty running from 24% to 15%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Bringing empty running down by more than a third at Cadwyn is remarkable.", true},
		{"Bringing empty running down by half at Cadwyn is remarkable.", false},
		{"Bringing fuel costs down by more than a third at Cadwyn is remarkable.", false},
	})
	v := Check(p, "Bringing empty running down by more than a third at Cadwyn is remarkable.", Options{})
	if len(v.References) == 0 || v.References[0].Text != "Cut empty running from 24% to 15%" {
		t.Errorf("references %+v; want the sentence with the range", v.References)
	}
}

func TestUnitsWrittenAnotherWay(t *testing.T) {
	p := &profile.Profile{
		Name: "Ines Varga", Title: "Lead Engineer", Company: "Brückner Structures", Location: "Dubai",
		Experience: []profile.Experience{{Title: "Lead Engineer", Company: "Brückner Structures", Start: "2019", End: "present",
			Description: "Designed the 85 m span of the Al Qudra footbridge. Brought sensor latency from 450 ms to <200 ms. Signed AED 30m of new work in 2023."}},
	}
	wantVerdicts(t, p, []lineWant{
		// A unit on its number, in words or with a hyphen, is the unit
		// the profile writes apart.
		{"Your 85-metre span on the Al Qudra footbridge is elegant work.", true},
		{"Getting sensor latency from 450ms to sub-200ms on the Al Qudra footbridge is hard-won.", true},
		// Another unit or currency is another figure.
		{"Your 85 km span on the Al Qudra footbridge is elegant work.", false},
		{"Signing $30m of new work at Brückner Structures in 2023 is a big year.", false},
		{"Signing AED 30m of new work at Brückner Structures in 2023 is a big year.", true},
	})
}

func TestChangeForLevel(t *testing.T) {
	p := &profile.Profile{
		Name: "Owen Pryce", Title: "Operations Director", Company: "Tarrant Freight",
		Experience: []profile.Experience{{Title: "Operations Director", Company: "Tarrant Freight", Start: "2018", End: "present",
			Description: "Cut late deliveries from 40 to 12 a week. On-time collections at 97%. Hit 120% of plan in 2023. Cut fuel costs by 9%."}},
	}
	wantVerdicts(t, p, []lineWant{
		// Where a range starts or ends is not the change.
		{"Cutting late deliveries by 40 a week at Tarrant Freight is great work.", false},
		{"Cutting late deliveries from 40 to 12 a week at Tarrant Freight is great work.", true},
		{"Cutting late deliveries by 28 a week at Tarrant Freight is great work.", true},
		// A level or a share is not a growth.
		{"Improving on-time collections by 97% at Tarrant Freight is great work.", false},
		{"Posting 120% growth at Tarrant Freight in 2023 is great work.", false},
		{"Hitting 120% of plan at Tarrant Freight in 2023 is great work.", true},
		// A change the profile gives as one.
		{"Cutting fuel costs by 9% at Tarrant Freight is great work.", true},
	})
}

func TestCrowdCounted(t *testing.T) {
	p := &profile.Profile{
		Name: "Grace Adeyemi", Title: "Headteacher", Company: "Holm Park School",
		Experience: []profile.Experience{{Title: "Headteacher", Company: "Holm Park School", Start: "2019", End: "present",
			Description: "Lead 85 staff at a school of 900 pupils. Raised attendance for 240 disadvantaged students."}},
	}
	wantVerdicts(t, p, []lineWant{
		// Those who work there are not those they serve, nor the
		// other way round.
		{"Leading 900 staff at Holm Park School is a big job.", false},
		{"Teaching 85 pupils a day at Holm Park School is a big job.", false},
		{"Leading 85 staff at Holm Park School is a big job.", true},
		{"Leading a school of 900 pupils at Holm Park is a big job.", true},
		{"Raising attendance for 240 disadvantaged pupils at Holm Park School matters.", true},
		{"Leading 85 teachers and support staff at Holm Park School is a big job.", true},
	})
}

func TestSavingForSize(t *testing.T) {
	p := &profile.Profile{
		Name: "Aoife Brennan", Title: "Procurement Lead", Company: "Corrib Water",
		Experience: []profile.Experience{{Title: "Procurement Lead", Company: "Corrib Water", Start: "2020", End: "present",
			Description: "Ran the tender for a €90m pipe renewal contract. Saved €4m on chemicals. Negotiated the sale of the Galway depot (€12m). Delivered the €2.5m Shannon intake upgrade."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The size of a deal is not a saving.
		{"Saving Corrib Water €90m on pipe renewal is a big result.", false},
		{"Saving €12m on the Galway depot sale at Corrib Water is a big result.", false},
		{"Saving Corrib Water €2.5m on the Shannon intake is a big result.", false},
		// A saving the profile gives, and a size given as one.
		{"Saving Corrib Water €4m on chemicals is a big result.", true},
		{"Running the tender for a €90m pipe renewal contract at Corrib Water is a big job.", true},
		{"Negotiating the €12m sale of the Galway depot at Corrib Water is a big job.", true},
	})
}

func TestCountOfOneThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Hamid Rostami", Title: "Senior Associate", Company: "Vance Orr LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Vance Orr LLP", Start: "2019", End: "present",
			Description: "Second chair in an LCIA arbitration over a gas supply contract. Ran 14 disclosure exercises. Led a team of 6 paralegals."}},
	}
	wantVerdicts(t, p, []lineWant{
		// One thing on the profile is not several.
		{"Second-chairing three LCIA arbitrations at Vance Orr is rare at your stage.", false},
		{"Second-chairing 2 LCIA arbitrations at Vance Orr is rare at your stage.", false},
		// As many as it gives.
		{"Second-chairing an LCIA arbitration over a gas supply contract at Vance Orr is rare at your stage.", true},
		{"Running 14 disclosure exercises at Vance Orr takes real organisation.", true},
		{"Leading 6 paralegals at Vance Orr takes real organisation.", true},
	})
}

func TestFigureOfAnotherMeasure(t *testing.T) {
	p := &profile.Profile{
		Name: "Wanjiru Kamau", Title: "Head of Fundraising", Company: "Rift Aid",
		Experience: []profile.Experience{{Title: "Head of Fundraising", Company: "Rift Aid", Start: "2021", End: "present",
			Description: "Raised KES 180m in 2024, up 28% on 2023. Grew monthly donors from 3,000 to 9,400. Cut cost per pound raised by 12%."}},
	}
	wantVerdicts(t, p, []lineWant{
		// A figure the profile gives for one measure, said of another
		// that it counts otherwise.
		{"Growing monthly donors 28% at Rift Aid is serious work.", false},
		// The figure with its own measure, or with words the profile
		// does not use.
		{"Raising KES 180m in 2024, up 28% on 2023, at Rift Aid is serious work.", true},
		{"Lifting income 28% in a year at Rift Aid is serious work.", true},
		{"Cutting cost per pound raised by 12% at Rift Aid is serious work.", true},
	})
}

func TestSavingOfARange(t *testing.T) {
	p := &profile.Profile{
		Name: "Maeve Doyle", Title: "Clinical Nurse Manager", Company: "Beaumont Hospital",
		Experience: []profile.Experience{{Title: "Clinical Nurse Manager", Company: "Beaumont Hospital", Start: "2019", End: "present",
			Description: "Reduced agency spend from €1.1m to €400k."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The change a range gives refers to it.
		{"Saving €700k on agency spend at Beaumont is brilliant work.", true},
		{"Cutting agency spend by €700k at Beaumont is brilliant work.", true},
		// Another change does not.
		{"Saving €500k on agency spend at Beaumont is brilliant work.", false},
	})
}

func TestStaffForRooms(t *testing.T) {
	p := &profile.Profile{
		Name: "Inès Moreau", Title: "General Manager", Company: "Hôtel Belvédère",
		Experience: []profile.Experience{{Title: "General Manager", Company: "Hôtel Belvédère", Start: "2020", End: "present",
			Description: "160 rooms, 95 staff, two restaurants."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "rooms" counts things in its most frequent sense.
		{"Running 160 staff at the Belvédère is impressive.", false},
		{"Running 95 staff across 160 rooms at the Belvédère is impressive.", true},
	})
}

func TestChangeInOtherTerms(t *testing.T) {
	p := &profile.Profile{
		Name: "Peter Okoye", Title: "Energy Manager", Company: "Castlegate Trust",
		Experience: []profile.Experience{{Title: "Energy Manager", Company: "Castlegate Trust", Start: "2019", End: "present",
			Description: "Cut energy spend by 18% (£1.2m) across 14 schools. Achieved a 15% year-on-year improvement in meter accuracy."}},
	}
	wantVerdicts(t, p, []lineWant{
		// A figure in brackets after a change, and a change phrase after
		// an article, are changes.
		{"Saving £1.2m on energy across 14 schools at Castlegate is great work.", true},
		{"Improving meter accuracy by 15% a year at Castlegate is great work.", true},
		{"Cutting energy spend by £1.2m across 14 schools at Castlegate is great work.", true},
	})
}

// TestFigureOfAnotherWord: a figure a word takes as its object is that
// word's measure; the line may not give the word a figure the profile
// gives something else.
func TestFigureOfAnotherWord(t *testing.T) {
	p := &profile.Profile{
		Name: "Nikos Georgiou", Title: "Principal Highways Engineer", Company: "Egnatia Consult",
		Experience: []profile.Experience{{Title: "Principal Highways Engineer", Company: "Egnatia Consult", Start: "2021", End: "present",
			Description: "Design lead for the Stavroupoli grade-separated interchange (€64m, opened 2023). Value engineering on the Kalamaria flood relief culvert, saving €3.2m."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Saving €64m on the Stavroupoli interchange is an extraordinary result.", false},
		{"Saving €3.2m on the Kalamaria culvert through value engineering is a great result.", true},
		{"Value engineering that saved 3.2 million euros on the Kalamaria culvert stands out.", true},
		{"Leading the design of the €64m Stavroupoli interchange is a big job.", true},
		{"Delivering the Stavroupoli interchange for €64m is a real achievement.", true},
	})
}

// TestCountForAShare: a number the line gives as a count ("62 pupils") is
// not the profile's share or amount ("down 62%").
func TestCountForAShare(t *testing.T) {
	p := &profile.Profile{
		Name: "Siobhán Ní Bhriain", Title: "Assistant Headteacher", Company: "Wavertree Park Academy",
		Experience: []profile.Experience{{Title: "Assistant Headteacher", Company: "Wavertree Park Academy", Start: "2019", End: "present",
			Description: "Rebuilt the school's SEN provision map; exclusions of pupils with EHCPs down 62% in two years. Set up The Harbour, an 18-place resourced provision for autistic pupils."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Reducing exclusions by 62 pupils in two years is a fantastic result.", false},
		{"Cutting exclusions of pupils with EHCPs by 62% in two years is a fantastic result.", true},
		{"Cutting exclusions of pupils with EHCPs by 62 % in two years is a fantastic result.", true},
		{"Setting up The Harbour with 18 places for autistic pupils is a fantastic result.", true},
	})
}

// TestAmountAsAThingsValue: an amount the line gives as the value of a
// deal or a launch must be one on the profile, not a level of something
// else.
func TestAmountAsAThingsValue(t *testing.T) {
	p := &profile.Profile{
		Name: "Nadia Haddad", Title: "Sales Director, MENA", Company: "Cobalt Cloud",
		Experience: []profile.Experience{{Title: "Sales Director, MENA", Company: "Cobalt Cloud", Start: "2020", End: "present",
			Description: "Grew MENA ARR from $6m to $21m. Closed a $3.2m five-year contract with Gulf Ports Authority. Negotiated the sale of the Dubai office lease ($1.5m)."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Closing a $21m deal is a huge achievement.", false},
		{"Growing MENA ARR from $6m to $21m is a huge achievement.", true},
		{"Closing a $3.2m deal with Gulf Ports Authority is a huge achievement.", true},
		{"Negotiating the $1.5m sale of the Dubai office lease is a huge achievement.", true},
	})
	// A thing of another kind: a grant is not a deal.
	p.Experience[0].Description += " Won a £1.6m research grant on light-driven chemistry."
	wantVerdicts(t, p, []lineWant{
		{"Your £1.6m licensing deal is a great example of translation.", false},
		{"Your £1.6m research grant on light-driven chemistry is a great example of translation.", true},
	})
	// Said of a name's thing, as the subject of its own clause.
	p.Experience[0].Description = "Produced Tidebreaker (PC/console) from vertical slice to launch; 4 million players in year one."
	wantVerdicts(t, p, []lineWant{
		{"Tidebreaker's $4m launch is a great result for a studio that size.", false},
		{"Tidebreaker's launch, with 4 million players in year one, is a great result for a studio that size.", true},
	})
}

// TestRoundAndBoundFigures: a figure written as a bound or a round figure
// is true of a profile figure near it on the right side.
func TestRoundAndBoundFigures(t *testing.T) {
	p := &profile.Profile{
		Name: "Ananya Joshi", Title: "Superintendent Pharmacist", Company: "Joshi Chemists",
		Experience: []profile.Experience{{Title: "Superintendent Pharmacist", Company: "Joshi Chemists", Start: "2018", End: "present",
			Description: "Delivered 2,400 blood pressure checks under the hypertension case-finding service in 2023, with 310 GP referrals."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Two thousand four hundred blood pressure checks and over three hundred GP referrals in a year is a serious record.", true},
		{"2,400 blood pressure checks and more than 300 GP referrals in a year is a serious record.", true},
		{"Nearly 2,500 blood pressure checks with 310 GP referrals in a year is a serious record.", true},
		{"2,400 blood pressure checks and over 400 GP referrals in a year is a serious record.", false},
		{"2,400 blood pressure checks and nearly 300 GP referrals in a year is a serious record.", false},
		// A round figure in words is a figure rounded, by a tenth at most.
		{"Three hundred GP referrals and 2,400 blood pressure checks in a year is a serious record.", true},
		{"Two hundred GP referrals and 2,400 blood pressure checks in a year is a serious record.", false},
	})
}

// TestShareOfAThing: a share the line gives of a thing must be one the
// profile gives of it, in the clause of the figure.
func TestShareOfAThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucía Castillo", Title: "Team Manager", Company: "London Borough of Greywell",
		Experience: []profile.Experience{{Title: "Policy Lead", Company: "Greywell Council", Start: "2017", End: "2021",
			Description: "Wrote the £4.6m business case for the Homes First pilot, housing 240 rough sleepers; 81% still housed after 12 months. Cut 30% of agency spend in children's services."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Housing 81% of the region's rough sleepers through Homes First is a remarkable achievement.", false},
		{"Keeping 81% of the 240 rough sleepers housed through Homes First after a year is a remarkable achievement.", true},
		{"Cutting 30% of agency spend in children's services is a remarkable achievement.", true},
	})
	// A change in a thing, likewise.
	p.Experience[0].Description = "Launched the Lunchbox Rescue campaign: 18m organic views, app installs up 240% in 6 weeks."
	wantVerdicts(t, p, []lineWant{
		{"Lunchbox Rescue driving a 240% jump in revenue is a standout result.", false},
		{"Lunchbox Rescue driving a 240% jump in app installs is a standout result.", true},
	})
}
