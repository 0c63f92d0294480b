package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func aeroPlanner() *profile.Profile {
	return &profile.Profile{
		Name: "Rania Khoury", Title: "Maintenance Planner", Company: "Cedar Aero Technics", Location: "Beirut, Lebanon",
		Experience: []profile.Experience{
			{Title: "Maintenance Planner", Company: "Cedar Aero Technics", Start: "2020", End: "present",
				Description: "Plan heavy checks for the A320 fleet. Cut C-check turnaround from 21 to 16 days by re-sequencing the task cards."},
			{Title: "Graduate Engineer", Company: "Middle East Airlines", Start: "2017", End: "2020",
				Description: "Tracked about 8,000 task cards a year across two line stations."},
		},
		Projects: []profile.Project{{Name: "Composite repair bay", Description: "A dust-controlled bay for composite repairs, 400 square metres."}},
	}
}

func TestAreaWrittenInTwoWords(t *testing.T) {
	wantVerdicts(t, aeroPlanner(), []lineWant{
		// "square metres", "sq m" and "sqm" are one unit.
		{"The 400 square metre bay for composite repairs is a clever idea.", true},
		{"The 400 sq m bay for composite repairs is a clever idea.", true},
		{"The 400 sqm bay for composite repairs is a clever idea.", true},
		// Another unit of area, or another figure, is not the profile's.
		{"The 400 square foot bay for composite repairs is a clever idea.", false},
		{"The 600 square metre bay for composite repairs is a clever idea.", false},
	})
}

func TestCountBeforeAnOwnersWord(t *testing.T) {
	wantVerdicts(t, aeroPlanner(), []lineWant{
		// "two line stations' task cards" counts stations, not cards.
		{"Covering two line stations' task cards at Middle East Airlines is solid grounding.", true},
		{"Covering both stations' task cards, some 8,000 a year, at Middle East Airlines is solid grounding.", true},
		// ... so a number given to the stations is judged against them.
		{"Tracking 8,000 line stations' task cards at Middle East Airlines is serious volume.", false},
		{"Covering three line stations' task cards at Middle East Airlines is solid grounding.", false},
	})
}

func TestChangeOfTheThingNamedBefore(t *testing.T) {
	p := &profile.Profile{
		Name: "Agnieszka Wiśniewska", Title: "Clinical Lead", Company: "Brightsmile Dental Group",
		Experience: []profile.Experience{
			{Title: "Clinical Lead", Company: "Brightsmile Dental Group", Start: "2021", End: "present",
				Description: "Moved the group from plaster models to intraoral scanning in 2022."},
			{Title: "Specialist Orthodontist", Company: "Aire Valley Orthodontics", Start: "2016", End: "2021",
				Description: "Ran the practice's audit of bracket failures, which fell from 9% to 4%."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Moving Brightsmile from plaster models to intraoral scanning in 2022 is a big change to lead.", true},
		// "from ... to ..." after a name is a change of what it names.
		{"Moving the Aire Valley practice from plaster models to intraoral scanning in 2022 is a big change to lead.", false},
		// A step up from an employer is where they came from, not a post.
		{"Moving nine practices to intraoral scanning at Brightsmile is a great step up from Aire Valley.", true},
	})
}

func TestScaledUnitsAndTenureAfterWhatTheyAre(t *testing.T) {
	p := &profile.Profile{
		Name: "Callum O'Halloran", Title: "Principal Resource Geologist", Company: "Yilgarn Ridge Mining",
		About: "Resource geologist with 14 years across WA goldfields and the Copperbelt.",
		Experience: []profile.Experience{
			{Title: "Principal Resource Geologist", Company: "Yilgarn Ridge Mining", Start: "2021", End: "present",
				Description: "Competent Person for the Mt Clifford gold resource, which grew from 1.1 to 2.4 million ounces after infill drilling. Rebuilt the grade control model in Leapfrog."},
			{Title: "Senior Geologist", Company: "Kansanshi Copper Partners", Start: "2015", End: "2021",
				Description: "Logged and modelled the oxide cap of the Kansanshi North pit."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "Moz" holds its scale: 2.4 Moz is 2.4 million ounces.
		{"Growing the Mt Clifford resource from 1.1 to 2.4 Moz is a serious result.", true},
		{"Being CP on Mt Clifford as it more than doubled to 2.4Moz is a big deal.", true},
		{"Growing the Mt Clifford resource from 1.1 to 3.4 Moz is a serious result.", false},
		// Years in a field after what they are is tenure all the same.
		{"Your 14 years across the WA goldfields and the Copperbelt make you a strong fit.", false},
		// A verb the profile writes otherwise ("Rebuilding", "Rebuilt")
		// does not hide which entry the rest is in; nor does a title
		// their description gives.
		{"Rebuilding the grade control model in Leapfrog at Kansanshi is a big deal.", false},
		{"Being Competent Person for the Kansanshi North pit is a big deal.", false},
	})
}

func TestNamesOverTheirSmallWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Hélène Marchetti", Title: "Responsable des collections textiles", Company: "Musée des Tissus de Lyon",
		About: "J'ai dirigé le récolement décennal des collections textiles (42 000 objets).",
		Experience: []profile.Experience{
			{Title: "Responsable des collections textiles", Company: "Musée des Tissus de Lyon", Start: "2019", End: "present",
				Description: "Récolement décennal : 42 000 objets inventoriés en 4 ans."},
			{Title: "Conservatrice adjointe", Company: "Musée de la Toile de Jouy", Start: "2014", End: "2018",
				Description: "Acquisition de 130 planches de gravure."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Acquiring 130 engraving plates for the Toile de Jouy museum is a real coup.", true},
		// "Musée des Tissus" is the one museum, not any "Musée".
		{"Acquiring 130 engraving plates for the Musée des Tissus is a real coup.", false},
	})
}

func TestKilometresAreThousandsOfMetres(t *testing.T) {
	p := &profile.Profile{
		Name: "Ana Ruiz", Title: "Project Engineer", Company: "Vialta",
		Experience: []profile.Experience{{Title: "Project Engineer", Company: "Vialta", Start: "2019", End: "present",
			Description: "Delivered the 120 km Segovia gas pipeline a month early. Laid 4.5 kilometres of district heating mains in Burgos. Drilled 68,000 m of RC holes at Riaza."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Delivering the 120 kilometre Segovia pipeline a month early is impressive.", true},
		{"The 4.5 km of district heating mains in Burgos caught my eye.", true},
		{"The 68 km of RC drilling at Riaza must have been some campaign.", true},
		{"Delivering the 210 km Segovia gas pipeline a month early is impressive.", false},
		{"Laying 45 km of district heating mains in Burgos caught my eye.", false},
	})
}

func TestMoneyIsNotAMeasure(t *testing.T) {
	p := &profile.Profile{
		Name: "Thandi Mokoena", Title: "Port Logistics Manager", Company: "Bayline Bulk",
		Experience: []profile.Experience{{Title: "Port Logistics Manager", Company: "Bayline Bulk", Start: "2019", End: "present",
			Description: "Shipped 2.1 Mt of iron ore through Richards Bay in 2023. Negotiated a R45m rail contract with Transnet."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Shipping 2.1 million tonnes of iron ore through Richards Bay in 2023 is a big number.", true},
		{"Moving 2.1Mt of ore through Richards Bay last year is a big number.", true},
		{"Moving $2.1m of ore through Richards Bay in 2023 is a big number.", false},
		{"Moving 2.1 million dollars of ore through Richards Bay in 2023 is a big number.", false},
	})
}

func TestAwardNameWordsAndInitialsPastOrgWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Maricel Dela Cruz", Title: "Senior Sister", Company: "Manchester University NHS Foundation Trust",
		Experience: []profile.Experience{{Title: "Senior Sister", Company: "Manchester University NHS Foundation Trust", Start: "2020", End: "present",
			Description: "Set up a preceptorship programme for internationally educated nurses."}},
		Honors: []string{"Chief Nurse's Award for Education, 2023"},
	}
	wantVerdicts(t, p, []lineWant{
		// MFT: the initials skip "University" as they skip "NHS".
		{"Your preceptorship programme for internationally educated nurses at MFT is the kind of thing our client wants.", true},
		{"Congratulations on the Chief Nurse's Award for Education in 2023!", true},
		// An everyday word inside an award's name is part of the name.
		{"Winning the Chief Nurse's Award for Leadership in 2023 is impressive.", false},
	})
}

func TestTeamAwardGivenToTheTeam(t *testing.T) {
	p := &profile.Profile{
		Name: "Ngozi Adeyemi", Title: "Team Manager", Company: "Birmingham Children's Trust",
		Experience: []profile.Experience{{Title: "Team Manager", Company: "Birmingham Children's Trust", Start: "2020", End: "present",
			Description: "Led the locality's move to Signs of Safety."}},
		TeamHonors: []string{"Team of the Year (highly commended), Social Worker of the Year Awards 2023"},
	}
	wantVerdicts(t, p, []lineWant{
		// Their team's award, said to be their team's, is on the profile.
		{"Your team being highly commended for Team of the Year at the Social Worker of the Year Awards 2023 is brilliant.", true},
		{"Being highly commended at the Social Worker of the Year Awards in 2023 is a credit to your team.", true},
		// Not theirs alone, and not won.
		{"Congratulations on winning Team of the Year at the Social Worker of the Year Awards 2023!", false},
		{"Your team winning Team of the Year at the Social Worker of the Year Awards 2023 is brilliant.", false},
		{"Being highly commended at the Social Worker of the Year Awards 2023 is a credit to you.", false},
	})
}

func TestWordInMixedCapitalsSpeltFromWordStarts(t *testing.T) {
	p := &profile.Profile{
		Name: "Agnieszka Wiśniewska", Title: "Orthodontist", Company: "Brightsmile",
		Publications: []profile.Publication{{Title: "Planning aligner attachments for rotated premolars", Publisher: "Journal of Orthodontics", Year: 2022}},
		Education:    []profile.Education{{School: "University of Leeds", Degree: "MOrth", Year: 2016}},
		Experience: []profile.Experience{{Title: "Orthodontist", Company: "Brightsmile", Start: "2016", End: "present",
			Description: "Dissertation: fathers' voices in child protection conferences."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Loved your JOrthod paper on attachment planning for rotated premolars.", true},
		{"Loved your JOrthoSurg paper on attachment planning for rotated premolars.", false},
		// A dissertation is research a line may call research.
		{"Your research on fathers' voices in child protection conferences is so important.", true},
	})
}

func TestAwardNamedOtherwise(t *testing.T) {
	p := &profile.Profile{
		Name: "Lena Ortiz", Title: "Engineer", Company: "Arden",
		Experience: []profile.Experience{{Title: "Engineer", Company: "Arden", Start: "2018", End: "present", Description: "Led the Ribble footbridge retrofit."}},
		Honors: []string{"IET Young Engineer of the Year 2019", "Best Newcomer, Structural Awards 2020",
			"Highly Commended, Sustainability Award, ICE North West 2021", "Japan Game Awards 2023 – Award for Excellence (Tidebound)"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Winning IET Young Engineer of the Year in 2019 and then leading the Ribble footbridge retrofit is a great arc.", true},
		// A commendation is what "highly commended" says.
		{"Congratulations on your ICE North West Sustainability Award commendation in 2021.", true},
		{"Congrats on the Award for Excellence at the Japan Game Awards 2023 for Tidebound.", true},
		// A word left out of the middle of its name, or another
		// category, is another award.
		{"Winning IET Engineer of the Year in 2019 is a great marker.", false},
		{"Winning Young Engineer of the Year at the Structural Awards 2020 is brilliant.", false},
		{"Winning IET Young of the Year in 2019 is a great marker.", false},
		{"Winning Game of the Year at the Japan Game Awards 2023 for Tidebound is amazing.", false},
		{"Winning the ICE North West Sustainability Award in 2021 is impressive.", false},
	})
}

func TestTitleBeforeTheNameInOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Katarzyna Nowak", Title: "Kierowniczka Działu Zakupów", Company: "Mlekpol",
		Experience: []profile.Experience{{Title: "Kierowniczka Działu Zakupów", Company: "Mlekpol", Start: "2020", End: "present",
			Description: "Wdrożenie platformy e-aukcji dla 230 dostawców."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Pani" before her name in the vocative is how a Polish line
		// addresses her, not a name the profile lacks.
		{"Pani Katarzyno, wdrożenie e-aukcji dla 230 dostawców to świetny projekt.", true},
		{"Pani Agnieszko, wdrożenie e-aukcji dla 230 dostawców w Orlenie to świetny projekt.", false},
	})
}

func TestFigureInBracketsIsOfWhatComesBefore(t *testing.T) {
	p := &profile.Profile{
		Name: "María José Fernández", Title: "Directora de Operaciones", Company: "Grupo Alboran Hoteles",
		Experience: []profile.Experience{
			{Title: "Directora de Operaciones", Company: "Grupo Alboran Hoteles", Start: "2019", End: "present",
				Description: "Reabrimos los 11 hoteles en junio de 2021 en solo 3 semanas."},
			{Title: "Directora de Hotel", Company: "Hotel Marbella Playa", Start: "2013", End: "2019",
				Description: "Hotel de 320 habitaciones. Lideré la renovación integral de 2016 (24 millones de euros) sin cerrar el hotel."},
		},
		Education: []profile.Education{{School: "Les Roches Marbella", Degree: "BBA", Year: 2006}, {School: "IE Business School", Degree: "Executive MBA", Year: 2015}},
	}
	wantVerdicts(t, p, []lineWant{
		// The renovation the bracketed sum is of, in English.
		{"Running a €24m full refurbishment of the 320-room Marbella Playa without closing is seriously impressive.", true},
		// Two schools and the names of their degrees are two mail-merge
		// fields, "Executive" included.
		{"Your Les Roches degree and IE Executive MBA make you a strong candidate.", false},
	})
}

func TestCountriesNamedInTheProfilesLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Jan Novák", Title: "Kupiec", Company: "Maspex",
		Experience: []profile.Experience{
			{Title: "Kupiec", Company: "Maspex", Start: "2014", End: "2020", Description: "Zakupy koncentratów owocowych z Hiszpanii i Włoch."},
			{Title: "Einkäufer", Company: "Lidl", Start: "2010", End: "2014", Description: "Einkauf von Obst aus Spanien und Ungarn."},
			{Title: "Epidemiologist", Company: "Institut National d'Hygiène (Maroc)", Start: "2006", End: "2010"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// Declined in Polish, or in German, the countries are Spain,
		// Italy and Hungary.
		{"Sourcing fruit concentrates from Spain and Italy at Maspex is great background.", true},
		{"Buying fruit from Spain and Hungary at Lidl is great background.", true},
		{"Sourcing fruit concentrates from France and Italy at Maspex is great background.", false},
		{"Buying fruit from Spain and Austria at Lidl is great background.", false},
	})
	for k, want := range map[string]string{"hiszpanii": stem("spain"), "wloch": stem("italy"), "francesco": ""} {
		if got := countryKeyLoose(k); got != want {
			t.Errorf("countryKeyLoose(%q) = %q, want %q", k, got, want)
		}
	}
}

func TestPostNamedWithItsEmployer(t *testing.T) {
	p := &profile.Profile{
		Name: "Aoife Brennan", Title: "Head of Underwriting, Marine Cargo", Company: "Northgate Specialty",
		Experience: []profile.Experience{
			{Title: "Head of Underwriting, Marine Cargo", Company: "Northgate Specialty", Start: "2022", End: "present",
				Description: "Grew the cargo book from $48m to $71m GWP."},
			{Title: "Partner", Company: "Hollis Ward", Start: "2016", End: "2022"},
			{Title: "Assistant Underwriter", Company: "Washington Marine", Start: "2014", End: "2016"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// The employer around a post, at it or before it, is where it
		// was, not a word of the title.
		{"Being promoted to head of marine cargo underwriting at Northgate in 2022 and growing the book to $71m is impressive.", true},
		{"Becoming Northgate's head of cargo underwriting, then growing the book to $71m, is a great story.", true},
		// ... and it must be where that post was.
		{"Being made partner at Northgate and growing the cargo book to $71m is impressive.", false},
		// A place alone is still what they became.
		{"Being promoted to Washington and growing the cargo book to $71m is impressive.", false},
	})
}

func TestRangeStartOfItsOwnSize(t *testing.T) {
	p := &profile.Profile{
		Name: "Ravi Menon", Title: "Growth Lead", Company: "Tapwell",
		Experience: []profile.Experience{{Title: "Growth Lead", Company: "Tapwell", Start: "2021", End: "present",
			Description: "Grew monthly active users from 120,000 to 1.2 million in 18 months. Grew revenue from 11 to 18.4 million euros."}},
	}
	wantVerdicts(t, p, []lineWant{
		// 120,000 is no 120,000 million: a start of a thousand or more
		// keeps its own size ...
		{"Taking Tapwell from 120k to 1.2m monthly actives in 18 months is a rare growth story.", true},
		{"Growing MAU tenfold, from 120,000 to 1,200,000, at Tapwell is a rare growth story.", true},
		// ... a small one takes the end's scale.
		{"Growing revenue from €11m to €18.4m at Tapwell is a rare story.", true},
		{"Taking Tapwell from 120k to 2.1m monthly actives is a rare growth story.", false},
	})
}

func TestSharesInWordsAndFigures(t *testing.T) {
	p := &profile.Profile{
		Name: "Greta Lindqvist", Title: "CFO", Company: "Nordvik Foods",
		Experience: []profile.Experience{{Title: "CFO", Company: "Nordvik Foods", Start: "2020", End: "present",
			Description: "Cut working capital by €500k in the first year. Reduced audit fees by a fifth."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "by a fifth" on the profile is the line's "by 20%" ...
		{"Cutting audit fees by 20% at Nordvik caught my eye.", true},
		{"Cutting audit fees by 30% at Nordvik caught my eye.", false},
		// ... and "half a million" is 500,000.
		{"Freeing up half a million euros of working capital at Nordvik in year one is great.", true},
		{"Freeing up half a billion euros of working capital at Nordvik in year one is great.", false},
	})
}

func TestNamesOfBodiesAndEmployersNamedForPlaces(t *testing.T) {
	p := &profile.Profile{
		Name: "Siobhán Nic Aodha", Title: "Senior Planner", Company: "Dublin City Council", Location: "Dublin, Ireland",
		Experience: []profile.Experience{
			{Title: "Senior Planner", Company: "Dublin City Council", Start: "2019", End: "present",
				Description: "Led the Poolbeg West SDZ planning scheme: 3,500 homes."},
			{Title: "Planner", Company: "Cork County Council", Start: "2013", End: "2019", Description: "Drafted the Carrigtwohill local area plan."},
		},
		Publications: []profile.Publication{{Title: "Density without dread: lessons from Poolbeg", Publisher: "Irish Planning Institute Journal", Year: 2022}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your IPI Journal piece, \"Density without dread\", was a great read.", true},
		{"Drafting the Carrigtwohill local area plan at Cork County Council caught my eye.", true},
		// "Law" is a word of the journal's name, which is not theirs.
		{"Your article on density in the Journal of Planning Law was a great read.", false},
		// "Dublin City Council" is the employer, not the place Dublin.
		{"Drafting the Carrigtwohill local area plan at Dublin City Council caught my eye.", false},
	})
}

func TestRankWordInAnAwardsName(t *testing.T) {
	p := &profile.Profile{
		Name: "Declan Ó Súilleabháin", Title: "Contracts Manager", Company: "Brightline Electrical Services",
		Experience: []profile.Experience{
			{Title: "Contracts Manager", Company: "Brightline Electrical Services", Start: "2020", End: "present", Description: "Run 6 sites at once."},
			{Title: "Approved Electrician", Company: "Avon Building Services", Start: "2012", End: "2020", Description: "Ran the apprentice programme for 9 apprentices."},
		},
		Honors: []string{"Apprentice Mentor of the Year, JTL Awards 2019"},
	}
	wantVerdicts(t, p, []lineWant{
		// "Apprentice" in an award's name is no rank a line must keep.
		{"Mentoring nine apprentices at Avon and winning JTL's mentor award for it is brilliant.", true},
		{"Winning Apprentice of the Year at the JTL Awards 2019 is brilliant.", false},
	})
}

func TestCasesCountAnything(t *testing.T) {
	p := &profile.Profile{
		Name: "Thabo Mokoena", Title: "Clinical Director", Company: "Harrowgate Equine Hospital",
		Experience: []profile.Experience{{Title: "Clinical Director", Company: "Harrowgate Equine Hospital", Start: "2019", End: "present",
			Description: "Set up the standing surgery service: 300+ cases a year. Cut post-operative colic surgery infection rates from 18% to 7%."}},
		Publications: []profile.Publication{{Title: "Incisional infection after colic surgery: a single-centre audit of 412 horses", Publisher: "Equine Veterinary Journal", Year: 2022}},
	}
	wantVerdicts(t, p, []lineWant{
		// "412 colic cases" are the audit's 412 horses, not the service's
		// 300+ cases.
		{"Your EVJ audit of incisional infection in 412 colic cases was excellent.", true},
		{"Your EVJ audit of 214 colic cases was excellent.", false},
	})
}

func TestYearsOfAnAwardAndOfAnEmployer(t *testing.T) {
	p := &profile.Profile{
		Text: "Thabo Mokoena\nClinical Director at Harrowgate Equine Hospital\n\nAbout\nI set up Harrowgate's standing surgery service, which now handles over 300 cases a year.\n\n" +
			"Experience\nClinical Director\nHarrowgate Equine Hospital · Full-time\nJun 2019 - Present · 5 yrs 7 mos\nLead a team of 14 vets.\n" +
			"Equine Surgeon\nRossdales Equine Hospital\nSep 2012 - May 2019 · 6 yrs 9 mos\nEmergency colic surgery rota.\n\n" +
			"Honors & awards\nBEVA Clinical Impact Award\nBritish Equine Veterinary Association · Sep 2023\n\nSkills\nEquine Surgery\n",
	}
	wantVerdicts(t, p, []lineWant{
		{"Winning the BEVA Clinical Impact Award in 2023 is a big deal.", true},
		{"Setting up Harrowgate's standing surgery service in 2020 is impressive.", true},
		// The award's year is under its issuer; the service's, the
		// years of the employer the line names.
		{"Winning the BEVA Clinical Impact Award in 2021 is a big deal.", false},
		{"Setting up Harrowgate's standing surgery service back in 2016 is impressive.", false},
	})
}

func TestYearOutsideTheDatesOfTheEntryReferred(t *testing.T) {
	p := &profile.Profile{
		Name: "Oluwaseun Adebayo", Title: "Finance Director", Company: "Kestrel Precision Engineering",
		Experience: []profile.Experience{
			{Title: "Finance Director", Company: "Kestrel Precision Engineering", Start: "2021", End: "present",
				Description: "Cut month-end close from 11 working days to 4."},
			{Title: "Financial Controller", Company: "Halden Foundry", Start: "2017", End: "2020",
				Description: "Part of the turnaround team: from a £3.1m loss in 2018 to a £2.4m profit in 2020."},
		},
		Recommendations: []profile.Recommendation{{Person: "Mark Halden", Text: "Seun kept us calm when the bank nearly pulled our overdraft in 2019."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting month-end close at Kestrel from 11 days to 4 is a great result.", true},
		{"Taking Halden Foundry from a £3.1m loss to a £2.4m profit is exactly what our client wants.", true},
		// 2019 is on the profile, but not in the years of the Kestrel
		// work the line tells of.
		{"Cutting month-end close from 11 days to 4 in 2019 is a great result.", false},
		// The turnaround was Halden's.
		{"Taking Kestrel from a £3.1m loss to a £2.4m profit is exactly what our client wants.", false},
	})
}

func TestYearBeforeANounIsWhen(t *testing.T) {
	p := &profile.Profile{
		Name: "Hana Kovářová", Title: "Data Scientist", Company: "Brnobank",
		Experience: []profile.Experience{{Title: "Data Scientist", Company: "Brnobank", Start: "2020", End: "present",
			Description: "Built the fraud model that cut card fraud losses by 41% in 2022."}},
		Education:    []profile.Education{{School: "Masaryk University", Degree: "MSc", Field: "Statistics", Year: 2016}},
		Publications: []profile.Publication{{Title: "Gradient boosting for card fraud", Publisher: "Journal of Risk Analytics", Year: 2023}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your 2023 paper on gradient boosting for card fraud was excellent.", true},
		// The year of a degree named beside a position's fact is the
		// degree's.
		{"Your 2016 statistics MSc from Masaryk and the fraud model at Brnobank make a great mix.", true},
		{"Building the fraud model that cut card fraud losses by 41% in 2019 is impressive.", false},
		// A paper's year is in a field of its own.
		{"Your 2021 paper on gradient boosting for card fraud was excellent.", false},
		// The year after the employer named after the reference is the
		// reference's.
		{"Building the fraud model at Brnobank in 2022 was impressive.", true},
		{"Building the fraud model at Brnobank in 2021 was impressive.", false},
	})
}
