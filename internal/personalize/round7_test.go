package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func TestClippedWordInEitherEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Niamh Colgan", Title: "Clinical Specialist Physiotherapist", Company: "Corrib Sports Clinic",
		Experience: []profile.Experience{
			{Title: "Clinical Specialist Physiotherapist", Company: "Corrib Sports Clinic", Start: "2021", End: "present",
				Description: "Run the rehab gym and the return-to-run clinic for 30 club athletes."},
			{Title: "Senior Physiotherapist", Company: "Mercy University Hospital", Start: "2014", End: "2021",
				Description: "Cardiac rehabilitation classes and post-operative hip replacement rehabilitation."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "rehab" is a word of the first entry and the clipped
		// "rehabilitation" of the second.
		{"Your cardiac rehab classes at Mercy University Hospital are exactly what our ward needs.", true},
		{"Your years doing hip replacement rehab at Mercy would be really relevant for our clinic.", true},
		{"Running the return-to-run clinic at Corrib is a real draw for our club.", true},
		// The clinic is the first entry's, not the hospital's.
		{"Running the return-to-run clinic at Mercy University Hospital is a real draw for our club.", false},
	})
}

func TestMedalAgainstAwardEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Oskar Lindqvist", Title: "Head Brewer", Company: "Skärgård Bryggeri",
		Experience: []profile.Experience{{Title: "Head Brewer", Company: "Skärgård Bryggeri", Start: "2018", End: "present",
			Description: "Built the barrel-ageing programme and the sour range."}},
		Honors: []string{"European Beer Star 2023 - Silver, Baltic Porter"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Gold at the European Beer Star for your Baltic Porter is some feat.", false},
		{"Silver at the European Beer Star for your Baltic Porter is some feat.", true},
		// "gold" that names no award of theirs is no event.
		{"Your barrel-ageing programme at Skärgård is the gold standard for sours.", true},
	})
}

func TestClippedWordInName(t *testing.T) {
	p := &profile.Profile{
		Name: "Gareth Pryce", Title: "Detective Inspector", Company: "South Wales Police",
		Experience: []profile.Experience{{Title: "Detective Inspector", Company: "South Wales Police", Start: "2019", End: "present",
			Description: "Deputy SIO on Operation Kestrel, a £14m pension fraud; led the financial investigation team of 9."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Being deputy SIO on Op Kestrel is the fraud experience our client wants.", true},
		// A clipped word of another name is still another name.
		{"Being deputy SIO on Op Falcon is the fraud experience our client wants.", false},
	})
}

func TestCodeOfInitialsAndNumber(t *testing.T) {
	p := &profile.Profile{
		Name: "Morag Kerr", Title: "Series Producer", Company: "Loch Media",
		Experience: []profile.Experience{{Title: "Series Producer", Company: "Loch Media", Start: "2020", End: "present",
			Description: "Series producer on \"Harbour Lives\" for Channel 4, average audience 1.2 million."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Series producing Harbour Lives for C4 with a 1.2m audience is the scale we need.", true},
		{"Series producing Harbour Lives for R4 with a 1.2m audience is the scale we need.", false},
	})
}

// TestParticipatedIsNotLed guards what the lead-for rule already refused
// before this round: "Leading" a survey the profile says they took part in.
func TestParticipatedIsNotLed(t *testing.T) {
	p := &profile.Profile{
		Name: "Hana Sato", Title: "Research Scientist", Company: "Pacific Ocean Institute",
		Experience: []profile.Experience{{Title: "Research Scientist", Company: "Pacific Ocean Institute", Start: "2016", End: "present",
			Description: "Participated in the Ryukyu long-term coral monitoring survey."}, {Title: "Research Assistant", Company: "Okinawa Marine Station", Start: "2012", End: "2016", Description: "Led the sediment core archive project."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the Ryukyu long-term coral monitoring survey is exactly our kind of fieldwork.", false},
		{"Leading the Ryukyu coral survey at the Pacific Ocean Institute is exactly our kind of fieldwork.", false},
		{"Your part in the Ryukyu long-term coral monitoring survey is exactly our kind of fieldwork.", true},
		{"Leading the sediment core archive project is exactly our kind of work.", true},
	})
}

func TestYearAloneIsNoReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Ingrid Holm", Title: "General Manager", Company: "Hotel Fjord",
		Experience: []profile.Experience{{Title: "General Manager", Company: "Hotel Fjord", Start: "2019", End: "present",
			Description: "Opened the rooftop restaurant in 2022; occupancy up to 84%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"What a year 2022 must have been for you!", false},
		{"Opening the rooftop restaurant in 2022 is exactly the launch experience we want.", true},
	})
}

func TestWinNamedBeforeTheNoun(t *testing.T) {
	p := &profile.Profile{
		Name: "Rhona Baird", Headline: "Series Director | RTS-nominated | Factual", Title: "Series Director", Company: "Firth Films",
		Experience: []profile.Experience{{Title: "Series Director", Company: "Firth Films", Start: "2018", End: "present",
			Description: "Directed the four-part \"Tideline\" for BBC Two."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your RTS win on Tideline is why we're in touch.", false},
		{"Your RTS nomination for Tideline is why we're in touch.", true},
		{"Directing the four-part Tideline for BBC Two is why we're in touch.", true},
	})
}

func TestSkillFactBoundToAnotherEmployer(t *testing.T) {
	p := &profile.Profile{
		Name: "Sofia Marangou", Title: "Head of Performance", Company: "Larnaca Athletic",
		Skills: []string{"GPS Load Monitoring", "Strength and Conditioning"},
		Experience: []profile.Experience{
			{Title: "Head of Performance", Company: "Larnaca Athletic", Start: "2020", End: "present",
				Description: "Built the GPS load-monitoring programme; hamstring injuries down 30%."},
			{Title: "Sports Scientist", Company: "Paphos United", Start: "2015", End: "2020",
				Description: "Ran pre-season fitness testing for the first team."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// The skill's programme is the first entry's, not Paphos United's.
		{"Building the GPS load-monitoring programme at Paphos United is the groundwork our client needs.", false},
		{"Building the GPS load-monitoring programme at Larnaca, with hamstring injuries down 30%, is the groundwork our client needs.", true},
	})
}

func TestDeputyPostIsNoLead(t *testing.T) {
	p := &profile.Profile{
		Name: "Anjali Menon", Title: "Consultant in Health Protection", Company: "North Coast Health Agency",
		Experience: []profile.Experience{
			{Title: "Consultant in Health Protection", Company: "North Coast Health Agency", Start: "2021", End: "present",
				Description: "Led the TB cohort review programme for the region."},
			{Title: "Specialty Registrar", Company: "Westshire Deanery", Start: "2015", End: "2021",
				Description: "Deputy incident director for the 2019 Harport mumps outbreak response."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running the 2019 Harport mumps outbreak response as a registrar is unusual responsibility.", false},
		{"Being deputy incident director on the 2019 Harport mumps outbreak response as a registrar is unusual responsibility.", true},
		{"Leading the TB cohort review programme for the region is exactly our client's work.", true},
	})
}

func TestRankOutOfANumber(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomasz Wrona", Title: "Area Manager", Company: "Dalby Pharmacy",
		Experience: []profile.Experience{{Title: "Area Manager", Company: "Dalby Pharmacy", Start: "2019", End: "present",
			Description: "Took the area from 9th to 2nd of 12 areas on patient satisfaction. Branch ranked #3 of 40 for revenue in 2018."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Taking your area to number one out of 12 on patient satisfaction is a serious turnaround.", false},
		{"Taking your area to first place out of 12 on patient satisfaction is a serious turnaround.", false},
		{"Taking your area from 9th to 2nd of 12 on patient satisfaction is a serious turnaround.", true},
		{"Taking your area to second place out of 12 on patient satisfaction is a serious turnaround.", true},
		{"A branch ranked 3rd of 40 for revenue is a strong record.", true},
		{"A branch ranked #1 of 40 for revenue is a strong record.", false},
	})
}

func TestInitialsFromWordStarts(t *testing.T) {
	p := &profile.Profile{
		Name: "Grainne Foley", Title: "Pricing Manager", Company: "Ardmore Insurance",
		Experience: []profile.Experience{{Title: "Pricing Manager", Company: "Ardmore Insurance", Start: "2019", End: "present",
			Description: "Home combined ratio fell from 101% to 94%. Led the roll-out of the Cork Symptom-specific Obstetric Triage Scheme at the partner trust."}},
		Honors: []string{"Chief Pharmaceutical Officer's Silver Award"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Taking the home COR from 101% to 94% is the turnaround our client needs.", true},
		{"Leading the CSOTS roll-out at the partner trust is exactly our client's kind of project.", true},
		{"Congratulations on your CPhO Silver Award, the pricing work behind it caught my eye.", true},
		// Initials of nothing on the profile.
		{"Taking the home LRX from 101% to 94% is the turnaround our client needs.", false},
	})
}

func TestEmployerNamedInItsOwnEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Deniz Aksoy", Title: "Marine Underwriter", Company: "Harbour Line Syndicate",
		Experience: []profile.Experience{
			{Title: "Marine Underwriter", Company: "Harbour Line Syndicate", Start: "2019", End: "present", Description: "Lead underwriter for the fine art in transit line."},
			{Title: "Cargo Underwriter", Company: "Beşiktaş Sigorta", Start: "2012", End: "2019", Description: "Built the company's first reefer cargo underwriting guide."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Building Besiktas Sigorta's first reefer cargo underwriting guide is rare on a CV.", true},
		// A name that is not the entry's is still a detail the profile lacks.
		{"Building Galata Sigorta's first reefer cargo underwriting guide is rare on a CV.", false},
	})
}

func TestRecruitersWordsCreditNothing(t *testing.T) {
	p := &profile.Profile{
		Name: "Wanjiru Kamau", Title: "Group Treasurer", Company: "Tana Shipping",
		Experience: []profile.Experience{
			{Title: "Group Treasurer", Company: "Tana Shipping", Start: "2020", End: "present", Description: "Cut idle cash from $40m to $12m with an in-house bank across 6 entities."},
			{Title: "Treasury Analyst", Company: "Rift Cement", Start: "2015", End: "2020", Description: "Supported the CMC hedging programme."},
		},
		TeamHonors: []string{"Tana Shipping: Best Finance Deal, East Africa Awards 2023"},
		Activity:   []profile.Activity{{Kind: "repost", Of: "Amina Otieno", Text: "Great to see the UK market open up for our bonds."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting idle cash from $40m to $12m with an in-house bank is the kind of result any group FD would notice.", true},
		{"Cutting idle cash from $40m to $12m across 6 entities is what our client's Head of CMC dreams about.", true},
		{"Cutting idle cash from $40m to $12m across 6 entities before moving to the UK is rare.", true},
		// The team's award is still not theirs.
		{"Winning Best Finance Deal at the East Africa Awards is a real credential.", false},
	})
}

func TestSupportedTheLead(t *testing.T) {
	p := &profile.Profile{
		Name: "Oluwaseun Bello", Title: "Senior Underwriter", Company: "Thames Marine",
		Experience: []profile.Experience{
			{Title: "Senior Underwriter", Company: "Thames Marine", Start: "2021", End: "present",
				Description: "Lead underwriter for the fine art in transit book."},
			{Title: "Underwriter", Company: "Medway Cargo", Start: "2016", End: "2021",
				Description: "Supported the lead underwriter on the Tilbury–Antwerp stock throughput programme. Supported the regional director on the five-year Qadir logistics tender (won)."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"You led the Tilbury–Antwerp stock throughput programme, exactly the lead-line experience our client needs.", false},
		{"Winning the five-year Qadir logistics tender is the business-development record our client wants.", false},
		{"Supporting the lead underwriter on the Tilbury–Antwerp stock throughput programme is good grounding.", true},
		{"Leading the fine art in transit book at Thames Marine is exactly our client's line.", true},
	})
}

func TestWroteTheCaseForABidLedByOthers(t *testing.T) {
	p := &profile.Profile{
		Name: "Ffion Rees", Title: "Policy Manager", Company: "Caerwen Council",
		Experience: []profile.Experience{{Title: "Policy Manager", Company: "Caerwen Council", Start: "2019", End: "present",
			Description: "Wrote the economic case for the council's Levelling Up Fund bid for Caerwen Quay (£12.4m awarded). Bid led by the Director of Regeneration."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading Caerwen's £12.4m Levelling Up Fund bid for the Quay is exactly the regeneration experience our client needs.", false},
		{"Writing the economic case for Caerwen's £12.4m Levelling Up Fund bid is exactly the regeneration experience our client needs.", true},
	})
}

func TestFactTiedToAnotherEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Beatriz Lobo", Title: "Revenue Director", Company: "Atlântico Hotels",
		Experience: []profile.Experience{
			{Title: "Revenue Director", Company: "Atlântico Hotels", Start: "2021", End: "present", Description: "Built the group pricing desk for 9 hotels."},
			{Title: "Revenue Manager", Company: "Hotel Baía Azul", Start: "2017", End: "2021", Location: "Setúbal",
				Description: "Set up revenue management pre-opening; 79% occupancy in the first full year."},
			{Title: "Front Office Supervisor", Company: "Casa Douro Hotel", Start: "2014", End: "2017", Location: "Porto", Description: "Ran the night audit team."},
			{Title: "Associate", Company: "Byers Lowe LLP", Start: "2010", End: "2014", Description: "Advised Tejo Rail on its €800m debut Eurobond. Delivered the Setúbal marina hotel refit 6 weeks early."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Taking the Casa Douro Hotel in Porto to 79% occupancy in its first full year is impressive.", false},
		{"Taking Hotel Baía Azul to 79% occupancy in its first full year is impressive.", true},
		{"Your time at Casa Douro Hotel advising Tejo Rail on its debut Eurobond stood out.", false},
		{"Your time at Byers Lowe advising Tejo Rail on its €800m debut Eurobond stood out.", true},
		{"Running the night audit team 6 weeks early is impressive.", false},
		{"Delivering the Setúbal marina hotel refit 6 weeks early is impressive.", true},
	})
}

func TestTeamAwardNamedInAnotherOrder(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucía Herrera", Title: "Lead Product Designer", Company: "Pulso Health",
		Experience: []profile.Experience{{Title: "Lead Product Designer", Company: "Pulso Health", Start: "2020", End: "present",
			Description: "Redesigned the symptom checker app; completion up from 41% to 68%."}},
		Honors:     []string{"Design Leader of the Year, MedTech Europe Digital Health Awards 2023"},
		TeamHonors: []string{"Pulso Health: Best Digital Health App, MedTech Europe Awards 2024"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on your MedTech Europe Award for Best Digital Health App, a big personal win.", false},
		{"Congratulations on being named Design Leader of the Year at the MedTech Europe Digital Health Awards.", true},
	})
}

func TestPercentageOfSomethingElse(t *testing.T) {
	p := &profile.Profile{
		Name: "Nattaya Srisai", Title: "Head of Reward", Company: "Siam Retail Group",
		Experience: []profile.Experience{{Title: "Head of Reward", Company: "Siam Retail Group", Start: "2019", End: "present",
			Description: "Ran the group's first pay-equity review across 8 countries; gender pay gap down 9.4% over three years."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting reward costs by 9.4% across the group is an impressive result.", false},
		{"Cutting the gender pay gap by 9.4% across 8 countries is an impressive result.", true},
	})
}

func TestPastedAboutInterestIsOneSentence(t *testing.T) {
	page := "Rosa Imbert\nConsultant in Acute Medicine | SDEC Lead\nLeeds, England, United Kingdom\nContact info\n500+ connections\n\nAbout\n" +
		"Acute physician. In 2022 I set up our Same Day Emergency Care (SDEC) unit, which now sees around 45 patients a day. Keen to learn more about point-of-care ultrasound.\n\n" +
		"Experience\nConsultant in Acute Medicine\nKirkgate General Hospital · Full-time\nAug 2019 - Present · 5 yrs 5 mos\nLeeds\nSet up the frailty unit.\n"
	p := &profile.Profile{Text: page}
	wantVerdicts(t, p, []lineWant{
		{"Setting up the SDEC unit that now sees around 45 patients a day is exactly what our client is building.", true},
		// Their interest is still not work done.
		{"Your point-of-care ultrasound work is exactly what our client is building.", false},
	})
}

func TestLineInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Agnieszka Wrona", Title: "Regional Director", Company: "Bank Wiślany",
		Experience: []profile.Experience{{Title: "Regional Director", Company: "Bank Wiślany", Start: "2018", End: "present",
			Description: "Launched the Seniorom Bezpiecznie branch programme; stopped 4,1 mln zł of scam transfers in 2023. Rolled out biometric login across 85,000 accounts."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The first word of a sentence in Polish or Portuguese is
		// capitalised as any first word is.
		{"Pani program „Seniorom Bezpiecznie” i 4,1 mln zł zatrzymanych przelewów zrobiły na mnie ogromne wrażenie.", true},
		{"O seu login biométrico em 85 mil contas impressionou muito o nosso cliente.", true},
		// A sum in złoty is not one in euros.
		{"Your Seniorom Bezpiecznie programme stopping €4.1m of scam transfers in 2023 really stood out.", false},
	})
}

func TestCountedWithAWordBetween(t *testing.T) {
	p := &profile.Profile{
		Name: "Carla Mendes", Title: "Head of Agronomy", Company: "Cerrado Coop",
		Experience: []profile.Experience{{Title: "Head of Agronomy", Company: "Cerrado Coop", Start: "2019", End: "present",
			Description: "Run technical assistance for 640 member farms. Raised day-30 retention of the farm app from 9% to 14%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running agronomy for 640 farms is impressive.", true},
		{"Taking the farm app's D30 retention from 9% to 14% is impressive.", true},
	})
}

func TestJapaneseLineFiguresAndGrammar(t *testing.T) {
	p := &profile.Profile{
		Name: "林 健二", Title: "特許翻訳者", Company: "中之島翻訳",
		Experience: []profile.Experience{{Title: "特許翻訳者（和英）", Company: "中之島翻訳", Start: "2012", End: "present",
			Description: "半導体分野の特許明細書を1,800件以上翻訳。"}},
		Activity: []profile.Activity{{Kind: "comment", Of: "佐藤 花子", Text: "素晴らしい発表だと思います。"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"半導体分野で1,800件以上の特許明細書を翻訳されたご経験に感銘を受けました。", true},
		// The grammar of a sentence credits them with no one's comment.
		{"半導体分野の特許明細書の翻訳は本当に珍しいと思います。", true},
	})
}

func TestEmployerInsideAnotherEntrysFact(t *testing.T) {
	p := &profile.Profile{
		Name: "Réka Szabó", Title: "Director of Revenue", Company: "Tisza Hotels",
		Experience: []profile.Experience{
			{Title: "Director of Revenue", Company: "Tisza Hotels", Start: "2019", End: "present", Description: "Moved the cluster to one pricing system."},
			{Title: "Revenue Manager", Company: "Bastion Group", Start: "2013", End: "2019",
				Description: "Built the group forecasting model used by all six Bastion hotels. Sold the 2009-built annex for €13.2m."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Building the forecasting model used by all six Tisza hotels is exactly what our client needs.", false},
		{"Building the forecasting model used by all six Bastion hotels is exactly what our client needs.", true},
		{"Selling the 2011-built annex for €13.2m is exactly the experience our client wants.", false},
		{"Selling the 2009-built annex for €13.2m is exactly the experience our client wants.", true},
	})
}

func TestHoursAreNotDays(t *testing.T) {
	p := &profile.Profile{
		Name: "Sanne de Wit", Title: "Base Maintenance Manager", Company: "Schiphol Technics",
		Experience: []profile.Experience{{Title: "Base Maintenance Manager", Company: "Schiphol Technics", Start: "2020", End: "present",
			Description: "Cut 787 A-check turnaround from 14 h to 9 h for Oranje Airways."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting 787 A-checks for Oranje Airways from 14 to 9 days is exactly what our client needs.", false},
		{"Cutting 787 A-checks for Oranje Airways from 14 to 9 hours is exactly what our client needs.", true},
		{"Je werk voor Oranje Airways, waarbij de A-check op de 787 van 14 naar 9 uur ging, sprak onze klant aan.", true},
	})
}

func TestWordSwappedInsideAFact(t *testing.T) {
	p := &profile.Profile{
		Name: "Aoife Quinlan", Title: "Director of Admissions", Company: "Liffey University",
		Experience: []profile.Experience{{Title: "Director of Admissions", Company: "Liffey University", Start: "2019", End: "present",
			Description: "Cut offer turnaround for mature applicants from 6 weeks to 10 days. International applications up 27% in two years."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Taking offer turnaround for international applicants from six weeks to ten days is what our client's registry wants.", false},
		{"Taking offer turnaround for mature applicants from six weeks to ten days is what our client's registry wants.", true},
		{"Taking offer turnaround for mature students from six weeks to ten days is what our client's registry wants.", true},
	})
}

func TestAsAPostAtItsEmployer(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Raman", Headline: "Consultant Anaesthetist | Honorary Senior Lecturer, University of Leeds",
		Title: "Consultant Anaesthetist", Company: "Leeds Teaching Hospitals",
		Experience: []profile.Experience{
			{Title: "Consultant Anaesthetist", Company: "Leeds Teaching Hospitals", Start: "2018", End: "present", Description: "Set up the prehabilitation clinic."},
			{Title: "Honorary Senior Lecturer", Company: "University of Leeds", Start: "2020", End: "present", Description: "Teach the perioperative medicine module."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"As an Honorary Senior Lecturer at the University of Leeds, you'd be a great fit for our client.", false},
		{"Teaching the perioperative medicine module at Leeds alongside your consultant post is a great mix.", true},
		{"Lecturing at the University of Leeds alongside your consultant post is a great mix.", true},
	})
}

func TestLengthsAndRatesOfAResult(t *testing.T) {
	p := &profile.Profile{
		Name: "Carlos Peña", Title: "Site Manager", Company: "Irwell Build",
		Experience: []profile.Experience{{Title: "Site Manager", Company: "Irwell Build", Start: "2019", End: "present",
			Description: "Delivered the £46m Canal Street health centre three weeks ahead of programme. The booking portal now serves 310,000 families a year."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Delivering the Canal Street health centre 46 days ahead of programme is what our client wants.", false},
		{"Delivering the Canal Street health centre 21 days ahead of programme is what our client wants.", true},
		{"Delivering the Canal Street health centre three weeks ahead of programme is what our client wants.", true},
		{"Getting the booking portal to 310,000 families a month is the scale our client wants.", false},
		{"Getting the booking portal to 310,000 families a year is the scale our client wants.", true},
	})
}

func TestSharedPartIsNoLead(t *testing.T) {
	p := &profile.Profile{
		Name: "Thao Nguyen", Title: "Vice President", Company: "Harbor Lane Partners",
		Experience: []profile.Experience{
			{Title: "Vice President", Company: "Harbor Lane Partners", Start: "2022", End: "present",
				Description: "Co-led execution on the buy-side mandate for Brightway Dental Partners' acquisition of 37 clinics. Supported the build of the pricing desk (420 MW under management)."},
			{Title: "Researcher", Company: "Danube Institute", Start: "2013", End: "2017",
				Description: "Co-authored a comparative study of social rental agencies in Hungary and Austria."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading execution on Brightway Dental's purchase of 37 clinics is the roll-up experience our client wants.", false},
		{"Co-leading execution on Brightway Dental's purchase of 37 clinics is the roll-up experience our client wants.", true},
		{"Building the pricing desk to 420 MW under management is the experience our client needs.", false},
		{"Helping build the pricing desk to 420 MW under management is the experience our client needs.", true},
		{"As sole author of the study on social rental agencies in Hungary and Austria, you know the model well.", false},
		{"Your comparative study of social rental agencies in Hungary and Austria is one our client cites.", true},
	})
}

func TestInitialsBindToTheirEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Zsófia Horváth", Title: "Housing Strategy Manager", Company: "Calder Council",
		Experience: []profile.Experience{
			{Title: "Housing Strategy Manager", Company: "Calder Council", Start: "2021", End: "present",
				Description: "Set up a Private Rented Sector licensing scheme covering 6,800 homes."},
			{Title: "Policy Officer", Company: "Ravenscar Council", Start: "2017", End: "2021", Description: "Co-ordinated the rough sleeping bid."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Setting up Ravenscar's PRS licensing scheme across 6,800 homes is the experience our client is after.", false},
		{"Setting up Calder's PRS licensing scheme across 6,800 homes is the experience our client is after.", true},
	})
}

func TestNameSwappedInsideAFact(t *testing.T) {
	p := &profile.Profile{
		Name: "Kwabena Asare", Title: "Head of Chartering", Company: "Tollgate Maritime",
		Experience: []profile.Experience{
			{Title: "Head of Chartering", Company: "Tollgate Maritime", Start: "2021", End: "present", Description: "Fixed cargoes for Borealis Grain."},
			{Title: "Chartering Manager", Company: "Tollgate Maritime", Start: "2015", End: "2021", Description: "Grew the Atlas desk's grain book from 40 to 95 fixtures a year."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Growing the Borealis desk's grain book from 40 to 95 fixtures a year is the growth our client is after.", false},
		{"Growing the Atlas desk's grain book from 40 to 95 fixtures a year is the growth our client is after.", true},
	})
}

func TestAwardForAnotherProject(t *testing.T) {
	p := &profile.Profile{
		Name: "Tran Minh Khoa", Title: "Associate Architect", Company: "Halvorsen Tan Architects",
		Experience: []profile.Experience{
			{Title: "Associate Architect", Company: "Halvorsen Tan Architects", Start: "2021", End: "present",
				Description: "Project architect for the Keppel Rise primary school extension, a 6,200 m² CLT structure."},
			{Title: "Architect", Company: "Studio Moc", Start: "2016", End: "2021", Description: "Designed the Hoi An riverside primary school."},
		},
		Honors: []string{"Holcim Foundation Awards, Acknowledgement prize 2019, for the Hoi An riverside primary school"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Holcim Foundation acknowledgement prize for the Keppel Rise school is a real distinction.", false},
		{"Your Holcim Foundation acknowledgement prize for the Hoi An riverside school is a real distinction.", true},
	})
}

func TestRangeEndKeepsItsUnit(t *testing.T) {
	p := &profile.Profile{
		Name: "Ayşe Çavuşoğlu", Title: "Senior Audit Manager", Company: "Moorgate Audit",
		Experience: []profile.Experience{{Title: "Senior Audit Manager", Company: "Moorgate Audit", Start: "2021", End: "present",
			Description: "Introduced journal-testing analytics that cut fieldwork from nine weeks to six. Audit of 6 components in 6 countries."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting audit fieldwork from nine weeks to six days with journal analytics is the change our client wants.", false},
		{"Cutting audit fieldwork from nine weeks to six with journal analytics is the change our client wants.", true},
	})
}

func TestCoLedIsNoSoleLead(t *testing.T) {
	p := &profile.Profile{
		Name: "Zofia Chmiel", Title: "Qualified Person", Company: "Baltyk Pharma",
		Experience: []profile.Experience{{Title: "Qualified Person", Company: "Baltyk Pharma", Start: "2019", End: "present",
			Description: "Co-led the remediation after the 2021 FDA pre-approval inspection: 4 observations closed in 5 months."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the remediation after the 2021 FDA pre-approval inspection is the experience our client needs.", false},
		{"Running the remediation after the 2021 FDA inspection on your own is the experience our client needs.", false},
		{"Co-leading the remediation after the 2021 FDA pre-approval inspection is the experience our client needs.", true},
	})
}

func TestFromOneStateToAnother(t *testing.T) {
	p := &profile.Profile{
		Name: "Efua Addo", Title: "Headteacher", Company: "Brackenfield Academy",
		Experience: []profile.Experience{{Title: "Headteacher", Company: "Brackenfield Academy", Start: "2018", End: "present",
			Description: "Took the school from Ofsted \"Requires Improvement\" (2019) to \"Good\" (2023) with a reading catch-up programme across 14 classes. Moved 40% of sourcing from China to Türkiye."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Taking the school from Requires Improvement to Outstanding with a reading catch-up programme across 14 classes is a rare record.", false},
		{"Taking the school from Requires Improvement to Good with a reading catch-up programme across 14 classes is a rare record.", true},
		{"Moving 40% of sourcing from China to Turkey is a shift our client is about to make.", true},
	})
}

func TestFigureOverAPeriod(t *testing.T) {
	p := &profile.Profile{
		Name: "Siobhan Gethin", Title: "Clinical Director", Company: "Curragh Equine",
		Experience: []profile.Experience{{Title: "Clinical Director", Company: "Curragh Equine", Start: "2019", End: "present",
			Description: "Set up the standing MRI service: 420 scans in year one. Falls reduced by 41% over 12 months. Leakage down by 12 Ml/d."}},
		Honors: []string{"Seoul Timber Housing Competition, 2nd prize"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Setting up the standing MRI service and running 420 scans in its first month is remarkable.", false},
		{"Setting up the standing MRI service and running 420 scans in its first year is remarkable.", true},
		{"A 41% drop in falls over six months is a lovely result.", false},
		{"A 41% drop in falls over a year is a lovely result.", true},
		{"Cutting leakage by 12% is the headline result our client's board talks about.", false},
		{"Your winning entry in the Seoul Timber Housing Competition is a great calling card.", false},
	})
}

func TestPastedTalkTitleIsNoInterest(t *testing.T) {
	page := "Valeria Ybarra\nInvestigative Reporter\nMexico City\n\nFeatured\nLink\nScraping a government that doesn't want to be scraped - NICAR 2024\n\n" +
		"Experience\nInvestigative Reporter\nNorte Hoy · Full-time\nJan 2019 - Present · 6 yrs\nLed the water concessions investigation.\n"
	p := &profile.Profile{Text: page}
	wantVerdicts(t, p, []lineWant{
		{"Your NICAR piece \"Scraping a government that doesn't want to be scraped\" is one our client's data desk still quotes.", true},
	})
}

func TestAwardNamedWithStockWords(t *testing.T) {
	page := "Priya Natarajan\nCounsel, Capital Markets at Caldwell Bryce LLP | Law360 Rising Star\nHouston, Texas, United States\n\n" +
		"Experience\nCounsel\nCaldwell Bryce LLP · Full-time\nJan 2021 - Present · 4 yrs\nAdvised Gulfline Midstream on its $1.2bn notes offering.\n\n" +
		"Honors & awards\nRising Star - Energy\nIssued by Law360 · Jun 2024\n\nSkills\nCapital Markets\n"
	p := &profile.Profile{Text: page}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on being named a Law360 Rising Star in energy this year.", true},
		{"Congrats on being named a Chambers Rising Star in energy.", false},
	})
	// Without the award, "rising star" is praise anyone gets.
	q := &profile.Profile{Name: "Priya Natarajan", Title: "Counsel", Company: "Caldwell Bryce LLP",
		Experience: []profile.Experience{{Title: "Counsel", Company: "Caldwell Bryce LLP", Start: "2021", End: "present", Description: "Advised on notes offerings."}}}
	wantVerdicts(t, q, []lineWant{{"You are clearly a rising star at Caldwell Bryce.", false}})
}
