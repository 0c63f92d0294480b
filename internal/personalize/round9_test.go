package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func TestFigureOfTheOtherMeasureInAClause(t *testing.T) {
	p := &profile.Profile{
		Name: "Ilse Varga", Title: "Senior Process Engineer", Company: "Northfell Aggregates",
		Experience: []profile.Experience{
			{Title: "Senior Process Engineer", Company: "Northfell Aggregates", Start: "2019", End: "present",
				Description: "Retuned the crushing circuit at the Brackenhill quarry, cutting power draw by 14% and conveyor downtime by 320 hours a year."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting power draw by 14% on the Brackenhill crushing circuit is a strong result.", true},
		{"Retuning the Brackenhill crushing circuit and cutting conveyor downtime by 320 hours a year is a strong result.", true},
		// The 14% is the power draw's, not the downtime's.
		{"Cutting conveyor downtime by 14% on the Brackenhill crushing circuit is a strong result.", false},
	})
}

func TestFigureOfAThingWithAnotherWord(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomasz Okafor-Lind", Title: "Head of Retail Operations", Company: "Eastmere Building Society",
		Experience: []profile.Experience{
			{Title: "Head of Retail Operations", Company: "Eastmere Building Society", Start: "2020", End: "present",
				Description: "Cut business loan decisions from 9 days to 3. Moved 80,000 savings accounts onto the new Corvid ledger in one weekend."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Moving 80,000 savings accounts onto the Corvid ledger in a weekend is rare.", true},
		{"Moving 80,000 accounts onto the Corvid ledger in a weekend is rare.", true},
		// The 80,000 accounts were savings accounts; business is another
		// sentence's word.
		{"Moving 80,000 business accounts onto the Corvid ledger in a weekend is rare.", false},
	})
}

func TestPostGivenForAPieceOfWork(t *testing.T) {
	p := &profile.Profile{
		Name: "Aoife Brennan-Oyelaran", Title: "Deputy Head of Planning", Company: "Mereford District Council",
		Experience: []profile.Experience{
			{Title: "Deputy Head of Planning", Company: "Mereford District Council", Start: "2021", End: "present",
				Description: "Took the Mereford Local Plan through examination in 2023."},
			{Title: "Planning Officer", Company: "Harlow Vale Council", Start: "2015", End: "2021",
				Description: "Decided around 400 householder applications a year."},
			{Title: "Trustee", Company: "Vale Housing Trust", Start: "2019", End: "present",
				Description: "Chair the trust's development committee."},
		},
		Publications: []profile.Publication{{Title: "Residents as partners in plan-making", Publisher: "Town Planning Review"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Taking the Mereford Local Plan through examination as deputy head of planning is a real achievement.", true},
		{"Deciding 400 householder applications a year as a planning officer is solid grounding.", true},
		{"Chairing the development committee as a trustee of Vale Housing is a useful second view.", true},
		// Posts about others are not theirs.
		{"Your Town Planning Review piece on residents as partners in plan-making was sharp.", true},
		// The title says deputy; the line leaves it out.
		{"Taking the Mereford Local Plan through examination as head of planning is a real achievement.", false},
		// Another position's post for this one's work.
		{"Deciding 400 householder applications a year as a trustee is solid grounding.", false},
	})
}

func TestYearIsNoRoundingOfACount(t *testing.T) {
	p := &profile.Profile{
		Name: "Imogen Saxby", Title: "Principal Dentist", Company: "Kestrel Dental",
		Experience: []profile.Experience{{Title: "Principal Dentist", Company: "Kestrel Dental", Start: "2016", End: "present",
			Description: "Placed over 900 implants."}},
		Honors: []string{"Private Dentistry Awards 2022 - Best Practice (finalist)"},
	}
	line := "Placing over 2,000 implants puts you in the top tier of uk implantologists."
	for _, opts := range []Options{{}, {Index: NewIndex(p)}} {
		if v := Check(p, line, opts); v.OK {
			t.Errorf("%q accepted (index given: %v): %v", line, opts.Index != nil, v)
		}
	}
}

func TestLineSaysTheSharedPartItself(t *testing.T) {
	p := &profile.Profile{
		Name: "Defne Karaca", Title: "Project Architect", Company: "Studio Orfoz",
		Experience: []profile.Experience{{Title: "Architect", Company: "Atölye Marmara", Start: "2014", End: "2020",
			Description: "Part of the competition team for the Kadıköy pier library (1st prize, 2018)."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Being part of the team that won the Kadikoy pier library competition is a great story for our client.", true},
		{"Helping to win the Kadikoy pier library competition in 2018 is a great story for our client.", true},
		{"Winning the Kadikoy pier library competition yourself is a great story for our client.", false},
		{"You led the Kadikoy pier library competition team, which is a great story for our client.", false},
	})
}

func TestLabelNumberInPluralCountsNothing(t *testing.T) {
	p := &profile.Profile{
		Name: "Rhiannon Oduya", Title: "Head of English", Company: "Castlegate Academy",
		Experience: []profile.Experience{{Title: "Head of English", Company: "Castlegate Academy", Start: "2019", End: "present",
			Description: "Ran the Fluent Start programme: 85 Year 8 pupils reading below age gained 11 months' reading age in a term."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Fluent Start programme, with eighty-five Year 8s gaining eleven months of reading age in a term, is impressive.", true},
		{"Your Fluent Start programme, with 85 Year 8s gaining 11 months of reading age in a term, is impressive.", true},
		{"Your Fluent Start programme, with 40 Year 8s gaining 11 months of reading age in a term, is impressive.", false},
		// Another year group: 11 is on the profile, but not as a year.
		{"Your Fluent Start programme, with 85 Year 11s gaining 11 months of reading age in a term, is impressive.", false},
	})
}

func TestAwardInitialsInTheHeadlineAndWrittenOut(t *testing.T) {
	p := &profile.Profile{
		Name: "Wiktoria Adebayo-Kral", Headline: "Senior Physiotherapist | CSP Award winner 2021 | Falls prevention",
		Title: "Senior Physiotherapist", Company: "Northgate Community Health",
		Experience: []profile.Experience{{Title: "Senior Physiotherapist", Company: "Northgate Community Health", Start: "2018", End: "present",
			Description: "Set up the Steady Steps falls clinic."}},
		Honors: []string{"Excellence in Community Rehabilitation, Chartered Society of Physiotherapy Awards"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on your CSP award for Excellence in Community Rehabilitation.", true},
		{"Congratulations on your CSP award for Excellence in Falls Research.", false},
	})
}

func TestStepOfAScaleInLowerCase(t *testing.T) {
	p := &profile.Profile{
		Name: "Niamh Okwuosa", Title: "Head of Science", Company: "Brookfield Academy",
		Experience: []profile.Experience{{Title: "Head of Science", Company: "Brookfield Academy", Start: "2019", End: "present",
			Description: "Led a department of 7 teachers. Rebuilt the KS4 scheme of work; GCSE combined science grade 5+ rose from 44% to 61% in two years."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Taking GCSE combined science grade 5+ from 44% to 61% in two years is a rare result.", true},
		{"Taking GCSE combined science grade 7+ from 44% to 61% in two years is a rare result.", false},
	})
}

func TestTimeAtANameThatIsNoEmployer(t *testing.T) {
	p := &profile.Profile{
		Name: "Emre Aksoy-Lindgren", Title: "Security Operations Lead", Company: "Tekirdağ Finans",
		Experience: []profile.Experience{{Title: "Security Operations Lead", Company: "Tekirdağ Finans", Start: "2019", End: "present",
			Description: "Built the SOC's threat-hunting practice."}},
		Education:    []profile.Education{{School: "Boğaziçi University", Degree: "BSc", Field: "Computer Engineering"}},
		Volunteering: []string{"Mentor, Code Kızlar, a programme funded by a Microsoft grant"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your time at Tekirdag Finans building the SOC's threat-hunting practice is what our client needs.", true},
		{"Your years at Bogazici and the SOC threat-hunting practice you built make a strong mix.", true},
		{"Your time at Microsoft must have given you a view of threat hunting at scale.", false},
		// Tekirdağ is only in the employer's name.
		{"Your years working in Tekirdag must have been quite an experience, and the SOC threat-hunting practice too.", false},
	})
}

func TestPostThatGivesTheAward(t *testing.T) {
	p := &profile.Profile{
		Name: "Folasade Oyelaran-Kent", Title: "Consultant Midwife", Company: "Harrowgate Hospitals NHS Trust",
		Experience: []profile.Experience{{Title: "Consultant Midwife", Company: "Harrowgate Hospitals NHS Trust", Start: "2020", End: "present",
			Description: "Set up the perinatal pelvic health service."}},
		Honors: []string{"Chief Nursing Officer's Gold Award, NHS England, 2023"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on the Chief Nursing Officer's Gold Award for the perinatal pelvic health service.", true},
		{"Congratulations on your appointment as Chief Nursing Officer, a big step up from the pelvic health service.", false},
	})
}

func TestChangeFromANumberBindsToTheThingBefore(t *testing.T) {
	p := &profile.Profile{
		Name: "Dewi Hartono", Title: "Lead Data Scientist", Company: "Lanternfish Games",
		Experience: []profile.Experience{
			{Title: "Lead Data Scientist", Company: "Lanternfish Games", Start: "2022", End: "present",
				Description: "Built the churn model for Tidewalker Saga, our flagship title."},
			{Title: "Data Scientist", Company: "Lanternfish Games", Start: "2019", End: "2022",
				Description: "Cut matchmaking queue times from 80 seconds to 30 across our shooters."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting matchmaking queue times from 80 seconds down to 30 is a real player-facing win.", true},
		{"Getting lobby waits on Tidewalker Saga from 80 seconds down to 30 is a real player-facing win.", false},
	})
}

func TestOfficialSelectionIsNoWin(t *testing.T) {
	p := &profile.Profile{
		Name: "Maëlle Vandenbroucke", Title: "Documentary Producer", Company: "Les Films du Littoral",
		Experience: []profile.Experience{{Title: "Documentary Producer", Company: "Les Films du Littoral", Start: "2016", End: "present",
			Description: "Produced feature documentaries for cinema and television."}},
		Projects: []profile.Project{{Name: "Houille", Description: "Feature documentary on the last miners of the Nord. Official Selection, Sheffield DocFest 2021. Won the Audience Award at the Lens documentary festival 2021."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Houille's Official Selection at Sheffield DocFest is a real calling card.", true},
		{"Congratulations on Houille winning the Audience Award at Lens.", true},
		{"Congratulations on Houille winning at Sheffield DocFest.", false},
	})
}

func TestAuthorsPartBelowAPaper(t *testing.T) {
	p := &profile.Profile{
		Name: "Ciarán Mbeki-Holm", Title: "Equine Surgeon", Company: "Moyvalley Equine Hospital",
		Experience: []profile.Experience{{Title: "Equine Surgeon", Company: "Moyvalley Equine Hospital", Start: "2015", End: "present",
			Description: "Run the colic surgery service."}},
		Publications: []profile.Publication{{Title: "Standing CT of the equine skull: 250 cases", Publisher: "Equine Veterinary Journal",
			Description: "First author, with D. Okoro, L. Brandt and S. Quinlan."},
			{Title: "Tenoscopy of the digital sheath in sport horses: a multicentre trial", Publisher: "Veterinary Surgery", Description: "Third author."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the standing CT study of the equine skull is exactly why I'm getting in touch.", true},
		{"Your part in the multicentre trial of digital sheath tenoscopy in sport horses is exactly why I'm getting in touch.", true},
		{"Leading the multicentre trial of digital sheath tenoscopy in sport horses is exactly why I'm getting in touch.", false},
		{`Your first-author EVJ paper "Standing CT of the equine skull: 250 cases" is widely read by our client's team.`, true},
		{`Your sole-authored EVJ paper "Standing CT of the equine skull: 250 cases" is widely read by our client's team.`, false},
	})
}

func TestAdjacentFactsAreOneNounPhrase(t *testing.T) {
	p := &profile.Profile{
		Name: "Lin Qiaoyu", Title: "Associate Director, Clinical Operations", Company: "Mingrui Biologics",
		Experience: []profile.Experience{
			{Title: "Associate Director, Clinical Operations", Company: "Mingrui Biologics", Start: "2022", End: "present",
				Description: "Study lead, MR-411 Phase II (plaque psoriasis)."},
			{Title: "Clinical Research Associate", Company: "Taihe CRO", Start: "2015", End: "2019",
				Description: "Monitored six oncology trials for the US sponsor Bramblewood Oncology."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the MR-411 plaque psoriasis study at Mingrui is exactly the kind of delivery our client needs.", true},
		{"Monitoring oncology trials for Bramblewood Oncology at Taihe gave you the sponsor's view.", true},
		{"Running the MR-411 plaque psoriasis trial for Bramblewood Oncology is exactly the kind of delivery our client needs.", false},
	})
}

func TestUnitGluedToItsNumber(t *testing.T) {
	p := &profile.Profile{
		Name: "Oluwaseun Karlsson", Title: "Lead Pharmacist", Company: "Brightwater Hospital",
		Experience: []profile.Experience{{Title: "Lead Pharmacist", Company: "Brightwater Hospital", Start: "2018", End: "present",
			Description: "Moved the Halcyon ward to a 350 mg loading dose. Upgraded the Tarn pharmacy to a 40Mbps link."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Moving the Halcyon ward to a 350mg loading dose was a brave call.", true},
		{"Upgrading the Tarn pharmacy to a 40 Mbps link was a smart fix.", true},
		{"Moving the Halcyon ward to a 500mg loading dose was a brave call.", false},
	})
	for _, c := range []struct{ in, want string }{{"3rd", "3rd"}, {"1990s", "1990s"}} {
		if toks := tokenize(c.in, nil); len(toks) != 1 || toks[0].lower != c.want {
			t.Errorf("%q split: %+v", c.in, toks)
		}
	}
}

func TestInitialsOfANameWithSmallWordsOfItsLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Leonor Bettencourt", Title: "General Manager", Company: "Quinta do Sado Hotel",
		Experience: []profile.Experience{{Title: "General Manager", Company: "Quinta do Sado Hotel", Start: "2020", End: "present",
			Description: "Reopened the hotel after a full refurbishment."}},
		Volunteering: []string{"Board member, Associação dos Hoteleiros da Região de Setúbal"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your seat on the AHRS board while reopening Quinta do Sado after its refurbishment is useful grounding.", true},
		{"Your seat on the AHRL board while reopening Quinta do Sado after its refurbishment is useful grounding.", false},
	})
}

func TestStepInRomanNumerals(t *testing.T) {
	p := &profile.Profile{
		Name: "Ingrid Oyelowo-Strand", Title: "Clinical Trial Manager", Company: "Fjordlight Therapeutics",
		Experience: []profile.Experience{{Title: "Clinical Trial Manager", Company: "Fjordlight Therapeutics", Start: "2019", End: "present",
			Description: "Ran the Phase III trial of FT-220 in 14 countries. Took the Hamar site through its Level 2 accreditation."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running the Phase 3 FT-220 trial across 14 countries is exactly what our client needs.", true},
		{"Running the Ph III FT-220 trial across 14 countries is exactly what our client needs.", true},
		{"Taking the Hamar site through Level II accreditation is exactly what our client needs.", true},
		{"Running the Phase II FT-220 trial across 14 countries is exactly what our client needs.", false},
	})
	for w, v := range map[string]int{"iii": 3, "iv": 4, "ix": 9, "xiv": 14, "iiii": 0, "vx": 0, "mix": 0} {
		if got := romanValue(w); got != v {
			t.Errorf("romanValue(%q) = %d, want %d", w, got, v)
		}
	}
}

func TestPrefixWithOrWithoutHyphen(t *testing.T) {
	p := &profile.Profile{
		Name: "Hamza Lindqvist-Obi", Title: "Head of Logistics", Company: "Varde Retail",
		Experience: []profile.Experience{{Title: "Head of Logistics", Company: "Varde Retail", Start: "2019", End: "present",
			Description: "Built the first crossdock in the region. Ran the re-tender of the parcel contract."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Building the region's first cross-dock is exactly what our client needs.", true},
		{"Running the retender of the parcel contract is exactly what our client needs.", true},
	})
}

func TestSaintAndMountWrittenShort(t *testing.T) {
	p := &profile.Profile{
		Name: "Bronwen Achterberg", Title: "Ward Manager", Company: "St Aldhelm's Hospital",
		Experience: []profile.Experience{{Title: "Ward Manager", Company: "St Aldhelm's Hospital", Start: "2019", End: "present",
			Description: "Opened the Mount Pleasant discharge lounge, which cut delayed discharges by 30%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Opening the Mt Pleasant discharge lounge at Saint Aldhelm's and cutting delays by 30% is impressive.", true},
		{"Opening the Mt Pleasant discharge lounge at Saint Anselm's and cutting delays by 30% is impressive.", false},
	})
}

func TestDoneFromYourPlace(t *testing.T) {
	p := &profile.Profile{
		Name: "Nikos Varvaressos-Hale", Title: "Senior Chartering Broker", Company: "Egeo Shipbrokers", Location: "Piraeus, Greece",
		Experience: []profile.Experience{
			{Title: "Senior Chartering Broker", Company: "Egeo Shipbrokers", Start: "2019", End: "present", Location: "Piraeus, Greece",
				Description: "Fixed the 8-year period charter of three Ultramax newbuildings for Aster Bulk."},
			{Title: "Shipbroker", Company: "Mercer Marine", Start: "2011", End: "2019", Location: "London, United Kingdom",
				Description: "Sale and purchase of secondhand Handysize tonnage."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Fixing the Aster Bulk Ultramax period deal from your Piraeus desk is exactly what our client needs.", true},
		{"Fixing the Aster Bulk Ultramax period deal from your London desk is exactly what our client needs.", false},
	})
}

func TestUnitWrittenOnItsNumberIsTheFiguresUnit(t *testing.T) {
	p := &profile.Profile{
		Name: "Park Min-seo", Title: "Yield Engineer", Company: "Hanbit Semiconductor",
		Experience: []profile.Experience{{Title: "Yield Engineer", Company: "Hanbit Semiconductor", Start: "2019", End: "present",
			Description: "Led the yield ramp on the 28nm node at Fab 7. Built the logic test programme for the new product line."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the 28nm logic yield ramp at Fab 7 is exactly what our client's fab needs.", true},
	})
}
