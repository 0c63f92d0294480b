package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func TestHangulNamesInLatinLetters(t *testing.T) {
	p := &profile.Profile{
		Name: "Yoon Da-eun", Title: "Head of Analytics", Company: "바다소프트",
		Experience: []profile.Experience{
			{Title: "Head of Analytics", Company: "바다소프트", Start: "2021", End: "present",
				Description: "Built the churn model behind the Tidepool app: 30-day churn down from 21% to 13%."},
			{Title: "겸임교수 (Adjunct Professor)", Company: "한빛대학교 경영대학", Start: "2022", End: "present",
				Description: "Teach marketing analytics to final-year students."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// 바다 is "bada", 소프트 "soft" said in Korean.
		{"Cutting Tidepool's 30-day churn from 21% to 13% at Bada Soft is exactly what our client wants.", true},
		{"Teaching marketing analytics at Hanbit alongside the day job is a rare mix.", true},
		// Names in Latin letters that the Hangul does not spell.
		{"Cutting Tidepool's 30-day churn from 21% to 13% at Nara Soft is exactly what our client wants.", false},
		{"Teaching marketing analytics at Yonsei alongside the day job is a rare mix.", false},
	})
}

func TestHangulSyllables(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"하늘", "haneul"}, {"홍익", "hongik"}, {"바다", "bada"}, {"서울", "seoul"}, {"부산", "busan"},
	} {
		got := ""
		for _, r := range c.in {
			s, ok := hangulSyllable(r)
			if !ok {
				t.Fatalf("%q: %q is no syllable", c.in, r)
			}
			got += s
		}
		if got != c.want {
			t.Errorf("%q romanized as %q, want %q", c.in, got, c.want)
		}
	}
	if _, ok := hangulSyllable('a'); ok {
		t.Error("a Latin letter read as Hangul")
	}
}

func TestVietnameseSyllablesJoined(t *testing.T) {
	p := &profile.Profile{
		Name: "Trần Minh Khoa", Title: "Logistics Director", Location: "Đà Nẵng, Vietnam",
		Experience: []profile.Experience{
			{Title: "Logistics Director", Company: "Công ty Vận tải Hà Nội Xanh", Start: "2019", End: "present",
				Description: "Opened the Hải Phòng bonded warehouse and cut port dwell time from 9 days to 4."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting dwell time from nine days to four at the Haiphong bonded warehouse is exactly our client's problem.", true},
		{"Opening the bonded warehouse for Green Hanoi Transport and cutting dwell from 9 days to 4 is impressive.", true},
		// A city the profile does not name.
		{"Cutting dwell time from nine days to four at the Saigon bonded warehouse is exactly our client's problem.", false},
	})
}

func TestSyllabicAcronym(t *testing.T) {
	p := &profile.Profile{
		Name: "Lúcia Tavares", Title: "Plant Pathologist",
		Experience: []profile.Experience{
			{Title: "Pesquisadora", Company: "Instituto Agronômico de Pernambuco", Start: "2012", End: "2020",
				Description: "Led the field trials of the rust-resistant coffee line IPA-Serrana across 40 farms."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "Ipagro"-like names: the starts of the words of the name.
		{"Leading the IPA-Serrana rust trials across 40 farms during your Inagrope years is impressive.", true},
		{"Leading the IPA-Serrana rust trials across 40 farms during your Embrapa years is impressive.", false},
	})
}

func TestSharedPartFarBack(t *testing.T) {
	p := &profile.Profile{
		Name: "Maren Osei", Title: "Senior Process Engineer", Company: "Halvard Chemicals",
		Experience: []profile.Experience{
			{Title: "Senior Process Engineer", Company: "Halvard Chemicals", Start: "2018", End: "present",
				Description: "Co-designed, with the licensor's process team in Rotterdam, the heat-integration scheme for the Teesside ethylene cracker revamp."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Co-designing the heat-integration scheme for the Teesside cracker revamp is exactly our client's next project.", true},
		// The part they shared, said as theirs alone, many words after
		// the verb that says it was shared.
		{"Leading the heat-integration scheme for the Teesside cracker revamp is exactly our client's next project.", false},
	})
}

func TestReversedAcronymInRomanceLine(t *testing.T) {
	p := &profile.Profile{
		Name: "Inés Calvo", Title: "Senior Associate", Company: "Calvo & Roig",
		Experience: []profile.Experience{
			{Title: "Senior Associate", Company: "Calvo & Roig", Start: "2019", End: "present",
				Description: "Second chair for Minera Andina in a $310m ICC arbitration over a copper concentrate offtake."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Su papel en el arbitraje CCI de 310 millones de dólares para Minera Andina es justo lo que busca nuestro cliente.", true},
		// Not the profile's acronym backwards.
		{"Su papel en el arbitraje CIC de 310 millones de dólares para Minera Andina es justo lo que busca nuestro cliente.", false},
		// In English, a reversed acronym is another name.
		{"Your role in the $310m CCI arbitration for Minera Andina is what our client needs.", false},
	})
}

func TestEnglishKindInForeignName(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomasz Wróblewski", Title: "Dyrektor Regionu", Company: "Bank Pekao",
		Experience: []profile.Experience{
			{Title: "Członek Rady Nadzorczej", Company: "Bank Spółdzielczy w Ostrowcu", Start: "2020", End: "present",
				Description: "Chair the audit committee of the supervisory board."},
			{Title: "Dyrektor Regionu", Company: "Bank Pekao", Start: "2016", End: "present",
				Description: "Run 38 branches across Świętokrzyskie."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Chairing the audit committee at the Ostrowiec Cooperative Bank while running 38 branches is a rare mix.", true},
		{"Chairing the audit committee at the Radom Cooperative Bank while running 38 branches is a rare mix.", false},
	})
}

func TestLevelSaidAsChange(t *testing.T) {
	p := &profile.Profile{
		Name: "Aoife Brennan", Title: "Clinical Lead", Company: "Lough Derg Equine Hospital",
		Experience: []profile.Experience{
			{Title: "Clinical Lead", Company: "Lough Derg Equine Hospital", Start: "2020", End: "present",
				Description: "Rebuilt the post-operative protocol; colic surgery survival rose from 68% to 81%."},
		},
		Activity: []profile.Activity{{Kind: "post", Text: "Survival to discharge after colic surgery: 81% this year. Proud of the ward team."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Lifting colic surgery survival from 68% to 81% by rebuilding the post-op protocol is what our client's board wants.", true},
		{"Getting colic surgery survival to 81% is what our client's board wants.", true},
		// The level it reached said as the change; the post that gives
		// the level alone says no change either.
		{"Lifting colic surgery survival by 81% is what our client's board wants.", false},
	})
}

func TestLengthOfAThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Duarte Pimentel", Title: "Head of Fuel Procurement", Company: "Atlantica Ferries",
		Experience: []profile.Experience{
			{Title: "Head of Fuel Procurement", Company: "Atlantica Ferries", Start: "2019", End: "present",
				Description: "Negotiated the 7-year €210m LNG supply agreement with Portigas for the new ro-pax fleet."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Negotiating the seven-year LNG supply agreement with Portigas is exactly what our client needs.", true},
		{"Negotiating the 7-year LNG supply deal with Portigas is exactly what our client needs.", true},
		{"Negotiating a 5-year LNG supply agreement with Portigas is exactly what our client needs.", false},
		// A length the recruiter gives of their own.
		{"Your €210m LNG agreement with Portigas fits our client's 3-year plan.", true},
	})
}

func TestRatePerSecondAndHour(t *testing.T) {
	p := &profile.Profile{
		Name: "Ines Vukovic", Title: "Staff Engineer", Company: "Kestrel Data",
		Experience: []profile.Experience{
			{Title: "Staff Engineer", Company: "Kestrel Data", Start: "2020", End: "present",
				Description: "Built the ingestion tier that now takes 2 million events per hour, and a second region in Frankfurt."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Building an ingestion tier that takes two million events an hour is what our client needs.", true},
		{"Building an ingestion tier that takes two million events a second is what our client needs.", false},
		// "a second" that is no period.
		{"Building the ingestion tier for 2 million events per hour and a second region in Frankfurt is what our client needs.", true},
	})
}

func TestPeriodFarFromFigure(t *testing.T) {
	p := &profile.Profile{
		Name: "Kemi Adeyemi", Title: "Ward Manager", Company: "Medway Community Hospital",
		Experience: []profile.Experience{
			{Title: "Ward Manager", Company: "Medway Community Hospital", Start: "2021", End: "present",
				Description: "Pressure ulcers acquired on the ward fell by 52% over 18 months after we introduced two-hourly skin bundles."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"A 52% fall in ward-acquired pressure ulcers over eighteen months is a result our client would love.", true},
		{"A 52% fall in ward-acquired pressure ulcers over six months is a result our client would love.", false},
	})
}

func TestDealSideAfterAside(t *testing.T) {
	p := &profile.Profile{
		Name: "Hamza Qureshi", Title: "Vice President", Company: "Larkfield Equity",
		Experience: []profile.Experience{
			{Title: "Vice President", Company: "Larkfield Equity", Start: "2019", End: "present",
				Description: "Led due diligence on Larkfield's purchase of Ostler Vets (41 practices, £160m EV) from Marram Capital."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the diligence on Larkfield's £160m purchase of Ostler Vets from Marram is exactly our client's kind of deal.", true},
		// The seller, after the bracketed aside, made the buyer.
		{"Your sale of Ostler Vets to Marram Capital is exactly our client's kind of deal.", false},
	})
}

func TestCountriesInOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Réka Szabó", Title: "Policy Analyst", Company: "Danube Housing Lab",
		Experience: []profile.Experience{
			{Title: "Policy Analyst", Company: "Danube Housing Lab", Start: "2018", End: "present",
				Description: "Wrote the comparative review of energy-poverty grants in Slovakia and Slovenia for the European Commission."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Ihre vergleichende Studie zu Energiearmut-Zuschüssen in der Slowakei und Slowenien für die Europäische Kommission hat mich beeindruckt.", true},
		{"Votre étude comparative des aides contre la précarité énergétique en Slovaquie et en Slovénie m'a beaucoup intéressé.", true},
		// Countries the profile does not name, in German nouns' capitals.
		{"Ihre vergleichende Studie zu Energiearmut-Zuschüssen in Polen und Tschechien für die Europäische Kommission hat mich beeindruckt.", false},
	})
}

func TestCountryKeys(t *testing.T) {
	key := func(w string) string { return tokenize(w, nil)[0].key }
	for in, want := range map[string]string{"Ungarn": "Hungary", "Österreich": "Austria", "Hongrie": "Hungary", "Niemcy": "Germany"} {
		if got := countryKey(key(in)); got != key(want) {
			t.Errorf("countryKey(%q) = %q, want %q", in, got, key(want))
		}
	}
	if got := countryKey(key("Island")); got != "" {
		t.Errorf("countryKey(island) = %q: an English word", got)
	}
}

func TestBracketsOfTheirOwnTitle(t *testing.T) {
	p := &profile.Profile{
		Name: "Olumide Bakare", Title: "Night Site Manager", Company: "Kelvin Freight",
		Activity: []profile.Activity{{Kind: "post", Title: "[Thread] What 400 night shifts taught me about cross-dock safety",
			Text: "Near misses on the night cross-dock fell from 31 to 6 a quarter once we moved the tug lanes."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your \"[Thread] What 400 night shifts taught me about cross-dock safety\" post is exactly what our client's ops director shares around.", true},
		{"Your [Post title] post about cross-dock near misses falling from 31 to 6 is exactly what our client needs.", false},
	})
}

func TestTypoAnywhereInName(t *testing.T) {
	p := &profile.Profile{
		Name: "Fenella Oduya", Title: "Features Editor", Company: "Harrowgate Gazette",
		Experience: []profile.Experience{
			{Title: "Features Editor", Company: "Harrowgate Gazette", Start: "2019", End: "present",
				Description: "Ran the Castellana Retail investigation into unpaid overtime, which led to a £3m settlement for 900 shop staff."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// One letter dropped, swapped or changed near the start of a
		// long name.
		{"Your Catellana Retail investigation that won 900 shop staff a £3m settlement is exactly what our client wants.", true},
		{"Your Casetllana Retail investigation that won 900 shop staff a £3m settlement is exactly what our client wants.", true},
		{"Running the Castellana Retail overtime investigation at the Harowgate Gazette is what our client wants.", true},
		// Another name, not a typo of theirs.
		{"Your Castellano Foods investigation that won 900 shop staff a £3m settlement is exactly what our client wants.", false},
		{"Running the Castellana Retail overtime investigation at the Halifax Courier is what our client wants.", false},
	})
}

func TestFiguresInsideQuotedTitles(t *testing.T) {
	p := &profile.Profile{
		Name: "Ilse Brandvold", Title: "Principal Engineer", Company: "Fjordline Data",
		Publications: []profile.Publication{
			{Title: "Sharding at 2 million writes a second", Publisher: "Berlin.Buzzwords 2024 (talk)"},
			{Title: "What 140 outages taught us about runbooks", Publisher: "Fjordline engineering blog"},
			{Title: "Migrating the ledger: 900 tables in one weekend", Publisher: "Fjordline engineering blog"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Berlin.Buzzwords talk \"Sharding at 2 million writes a second\" is the reason I'm reaching out.", true},
		{"Your article \"What 140 outages taught us about runbooks\" is one I've shared with our client's CTO.", true},
		{"Your post \"Migrating the ledger: 900 tables in one weekend\" is a great read.", true},
		// The title's figure changed: a dot inside a name is no sentence
		// end, a title's "What ..." no clause of the recruiter's, and
		// the words after a colon in a title are still the title's.
		{"Your Berlin.Buzzwords talk \"Sharding at 5 million writes a second\" is the reason I'm reaching out.", false},
		{"Your article \"What 410 outages taught us about runbooks\" is one I've shared with our client's CTO.", false},
		{"Your post \"Migrating the ledger: 1,200 tables in one weekend\" is a great read.", false},
	})
}

func TestFigureRightBeforeReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomás Ruane", Title: "Site Manager", Company: "Kerrigan Build",
		Experience: []profile.Experience{{Title: "Site Manager", Company: "Kerrigan Build", Start: "2020", End: "present",
			Description: "Ran the Docklands Quarter job: 610 days without a lost-time injury across 300 operatives."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"610 days without a lost-time injury on the Docklands Quarter job is a record our client would love.", true},
		{"650 days without a lost-time injury on the Docklands Quarter job is a record our client would love.", false},
	})
}

func TestBindingInOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Camille Roussel", Title: "Directrice des achats", Company: "Verlaine Logistique",
		Experience: []profile.Experience{
			{Title: "Directrice des achats", Company: "Verlaine Logistique", Start: "2020", End: "present",
				Description: "Renegotiated the fuel framework: €14m saved over three years."},
			{Title: "Acheteuse senior", Company: "Hôpitaux de Lyonnais", Start: "2014", End: "2020",
				Description: "Ran the tender for 40 MRI scanners across 12 hospitals."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Votre appel d'offres pour 40 scanners IRM chez Hôpitaux de Lyonnais correspond à ce que recherche notre client.", true},
		{"Votre appel d'offres pour 40 scanners IRM chez Verlaine Logistique correspond à ce que recherche notre client.", false},
		{"Ihre Ausschreibung für 40 MRT-Scanner bei Verlaine Logistique passt genau zu unserem Kunden.", false},
	})
}

func TestRangeTakesItsEndsScale(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucía Ferrer", Title: "Head of Power Trading", Company: "Levante Energía",
		Experience: []profile.Experience{{Title: "Head of Power Trading", Company: "Levante Energía", Start: "2019", End: "present",
			Description: "Grew the intraday book's gross margin from €9m to €15.2m in 2024."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Growing the intraday book's gross margin from 9 to 15.2 million euros in 2024 is exactly what our client wants.", true},
		{"Hacer crecer el margen bruto del libro intradía de 9 a 15,2 millones de euros en 2024 es justo lo que busca nuestro cliente.", true},
		{"Growing the intraday book's gross margin from 8 to 15.2 million euros in 2024 is exactly what our client wants.", false},
	})
}

func TestQualifiedMultiple(t *testing.T) {
	p := &profile.Profile{
		Name: "Kwabena Asante", Title: "Chartering Manager", Company: "Volta Bulk",
		Experience: []profile.Experience{{Title: "Chartering Manager", Company: "Volta Bulk", Start: "2019", End: "present",
			Description: "Grew the Lagos desk's cocoa book from 30 to 71 fixtures a year."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"More than doubling the Lagos cocoa book, from 30 to 71 fixtures a year, is the growth our client is after.", true},
		{"Nearly tripling the Lagos cocoa book is the growth our client is after.", false},
		{"Doubling the Lagos cocoa book is the growth our client is after.", false},
	})
}

func TestClippedWordGluedToNumber(t *testing.T) {
	p := &profile.Profile{
		Name: "Petra Holub", Title: "Clinical Trial Manager", Company: "Vltava CRO",
		Experience: []profile.Experience{{Title: "Clinical Trial Manager", Company: "Vltava CRO", Start: "2018", End: "present",
			Description: "Ran a Phase 2 trial of an oral JAK inhibitor in alopecia across 14 sites."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running a Ph2 oral JAK inhibitor trial in alopecia across 14 sites is exactly our client's pipeline.", true},
		{"Running a Ph3 oral JAK inhibitor trial in alopecia across 14 sites is exactly our client's pipeline.", false},
	})
}

func TestListingAndRoundedFigureInReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Wen Jiahui", Title: "Partner", Company: "Harbourline IP",
		Experience: []profile.Experience{{Title: "Partner", Company: "Harbourline IP", Start: "2018", End: "present",
			Description: "Led the public consultation on the Unified Patent Court opt-out guidance (1,900 responses)."}},
		Honors: []string{"IAM Patent 1000 – Recommended individual (2024)"},
	}
	wantVerdicts(t, p, []lineWant{
		// A listing in a directory is no deal.
		{"Your IAM Patent 1000 listing this year is well deserved given the opt-out guidance work.", true},
		{"Running the opt-out guidance consultation – nearly 2,000 responses – is just what our client values.", true},
		{"Running the opt-out guidance consultation – 2,600 responses – is just what our client values.", false},
	})
}

func TestWhereTheirSchoolIs(t *testing.T) {
	p := &profile.Profile{
		Name: "Femi Adebayo", Title: "Senior Agronomist", Company: "Greenvale Seeds",
		Experience: []profile.Experience{{Title: "Senior Agronomist", Company: "Greenvale Seeds", Start: "2019", End: "present",
			Description: "Ran 180 on-farm trials of striga-resistant sorghum across Kano and Kaduna."}},
		Education: []profile.Education{{School: "Université de Sherbrooke", Degree: "MSc", Field: "Soil Science"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your MSc at Sherbrooke in Quebec and the 180 on-farm striga-resistant sorghum trials across Kano and Kaduna caught my eye.", true},
		// A place put elsewhere in the line is a claim.
		{"Your MSc at Sherbrooke and the 180 on-farm striga-resistant sorghum trials in Quebec caught my eye.", false},
	})
}

func TestInitialsOfForeignCompound(t *testing.T) {
	p := &profile.Profile{
		Name: "Lena Brandt", Title: "Violist", Company: "Rundfunk-Sinfonieorchester Leipzig",
		Experience: []profile.Experience{{Title: "Principal Viola", Company: "Rundfunk-Sinfonieorchester Leipzig", Start: "2017", End: "present",
			Description: "Curated the orchestra's 40-concert schools programme reaching 12,000 pupils a year."}},
		Education: []profile.Education{{School: "Weimarer Musikhochschule", Degree: "Master of Music"}},
	}
	wantVerdicts(t, p, []lineWant{
		// Weimarer Musik-Hochschule: W, M, H.
		{"Your 40-concert schools programme reaching 12,000 pupils, after your master's at the WMH in Weimar, is exactly what our client wants.", true},
		{"Your 40-concert schools programme reaching 12,000 pupils, after your master's at the WMK in Weimar, is exactly what our client wants.", false},
	})
}

func TestDealOwnerAcronym(t *testing.T) {
	p := &profile.Profile{
		Name: "Rafael Antunes", Title: "Finance Director", Company: "Marlow & Keane",
		Experience: []profile.Experience{{Title: "Finance Director", Company: "Marlow & Keane", Start: "2020", End: "present",
			Description: "Supported the £95m sale-and-leaseback of the Leeds distribution hub to Northgate REIT."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Supporting the £95m sale-and-leaseback of the Leeds hub to Northgate REIT is very relevant to our client.", true},
		// The buyer made the seller, by an acronym's "'s".
		{"Supporting Northgate REIT's £95m sale-and-leaseback of its Leeds hub is very relevant to our client.", false},
	})
}

func TestFiguresOfQuotedTitles(t *testing.T) {
	p := &profile.Profile{
		Name: "Anouk de Wit", Title: "Hangar Manager", Company: "Polder Aviation",
		Activity: []profile.Activity{
			{Kind: "post", Title: "Van 8 uur naar 45 minuten: drones bij blikseminspecties", Text: "Wat we leerden van 150 inspecties."},
			{Kind: "post", Title: "Why we stopped night shifts in Hangar 3", Text: "Fatigue findings fell by a third."},
		},
		Publications: []profile.Publication{{Title: "Borescope findings in dogs under 12 kg: 96 cases", Publisher: "Veterinary Record"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your post \"Van 8 uur naar 45 minuten: drones bij blikseminspecties\" is why our client asked me to contact you.", true},
		{"Your post \"Van 45 uur naar 8 minuten: drones bij blikseminspecties\" is why our client asked me to contact you.", false},
		// "we" in their own title starts no part of the recruiter's.
		{"Your post \"Why we stopped night shifts in Hangar 3\" started a real debate in our office.", true},
		{"Your post \"Why we stopped night shifts in Hangar 7\" started a real debate in our office.", false},
		// "under" a figure of another thing is no rounding of it.
		{"Your paper on borescope findings in dogs under 12 kg (96 cases) is exactly our client's niche.", true},
		{"Your paper on borescope findings in dogs under 100 kg (96 cases) is exactly our client's niche.", false},
	})
}

func TestQuotedTitleWithAnotherFigure(t *testing.T) {
	p := &profile.Profile{
		Name: "Anouk de Wit", Title: "Hangar Manager", Company: "Polder Aviation",
		Activity: []profile.Activity{{Kind: "post", Title: "Van 8 uur naar 45 minuten: drones bij blikseminspecties",
			Text: "Wat we leerden van 150 inspecties in 8 hangars."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your post \"Van 8 uur naar 45 minuten: drones bij blikseminspecties\" is why our client asked me to contact you.", true},
		// Word for word but for a figure the profile has elsewhere.
		{"Your post \"Van 150 uur naar 45 minuten: drones bij blikseminspecties\" is why our client asked me to contact you.", false},
	})
}

func TestCodesAndSpacedPercent(t *testing.T) {
	p := &profile.Profile{
		Name: "Chidi Okafor", Title: "Breeding Lead", Company: "Savanna Seeds",
		Experience: []profile.Experience{{Title: "Breeding Lead", Company: "Savanna Seeds", Start: "2018", End: "present",
			Description: "Ran 212 on-farm trials; the hybrid SV-417 raised smallholder yields by 38% over farmers' own seed."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Nearly 40% better yields for smallholders from SV-417 is a serious result.", true},
		{"Nearly 40% better yields for smallholders from SV-212 is a serious result.", false},
		{"Votre hybride SV-417, qui a augmenté les rendements des petits exploitants de 38 %, est un résultat remarquable.", true},
		{"Votre hybride SV-417, qui a augmenté les rendements des petits exploitants de 212 %, est un résultat remarquable.", false},
	})
}

func TestNumberOfACodeIsNoFigure(t *testing.T) {
	p := &profile.Profile{
		Name: "Ama Boateng", Title: "Maize Breeder", Company: "Savanna Seeds",
		Experience: []profile.Experience{{Title: "Maize Breeder", Company: "Savanna Seeds", Start: "2018", End: "present",
			Description: "Ran 96 on-farm trials; the hybrid SV-417 raised smallholder yields by 38%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running 96 on-farm trials of SV-417 is a big programme.", true},
		{"Running the sv-417 trials on 96 farms is a big programme.", true},
		// The code's number said as a count.
		{"Running 417 on-farm trials of the new hybrid is a big programme.", false},
	})
}

func TestWinnerAs(t *testing.T) {
	p := &profile.Profile{
		Name: "Morven Baird", Title: "Director of Fundraising", Company: "Clydeside Hospice",
		Honors: []string{"Finalist, Fundraising Director of the Year – Chartered Institute of Fundraising Scotland Awards 2023"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Being a finalist as Fundraising Director of the Year at the Chartered Institute of Fundraising Scotland Awards is well deserved.", true},
		{"Being the winner as Fundraising Director of the Year at the Chartered Institute of Fundraising Scotland Awards is well deserved.", false},
	})
}

func TestTheirClientIsNoRecruiters(t *testing.T) {
	p := &profile.Profile{
		Name: "Deniz Aksoy", Title: "Licensed Customs Broker", Company: "Akdeniz Gümrük",
		About: "I took our largest pharmaceutical client through AEO certification in 2021, cutting clearance at Mersin from 3 days to 6 hours.",
	}
	wantVerdicts(t, p, []lineWant{
		{"Taking a pharmaceutical client through AEO in 2021 is no small thing.", true},
		// The year of their client's certification, changed.
		{"Taking a pharmaceutical client through AEO in 2019 is no small thing.", false},
		// The recruiter's client still is the recruiter's.
		{"Taking your largest pharmaceutical client through AEO is why a FTSE 250 client of ours wants to talk.", true},
	})
}

func TestEmployerBeforeTheThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Tobi Adeyemi", Title: "Lead Data Scientist", Company: "Kestrel Bank",
		Experience: []profile.Experience{
			{Title: "Lead Data Scientist", Company: "Kestrel Bank", Start: "2021", End: "present",
				Description: "Built the card fraud model that cut fraud losses by £3.1m a year."},
			{Title: "Data Scientist", Company: "Parcelwise", Start: "2017", End: "2021", Description: "Built the courier ETA model."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Kestrel fraud model cutting fraud losses by £3.1m a year is a great result.", true},
		{"Your Parcelwise fraud model cutting fraud losses by £3.1m a year is a great result.", false},
		{"Tu modelo de fraude en Parcelwise, que redujo las pérdidas por fraude en 3,1 millones de libras al año, es un gran resultado.", false},
	})
}

func TestPlaceRightBeforeEmployer(t *testing.T) {
	p := &profile.Profile{
		Name: "Hannah Cole", Title: "Regional Manager", Company: "Lidl GB",
		Experience: []profile.Experience{
			{Title: "Regional Manager", Company: "Lidl GB", Start: "2020", End: "present", Location: "Bristol",
				Description: "28 stores, 1,400 colleagues."},
			{Title: "Store Manager", Company: "Sainsbury's", Start: "2013", End: "2020", Location: "Exeter",
				Description: "Turned round a £22m store; sales up 9%."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Growing sales 9% at your Exeter Sainsbury's is a good story.", true},
		{"Growing sales 9% at your Bristol Sainsbury's is a good story.", false},
	})
}

func TestPlaceOfAFactWithASynonym(t *testing.T) {
	p := &profile.Profile{
		Name: "Élise Varenne", Title: "Associée", Company: "Atelier Varenne",
		Experience: []profile.Experience{
			{Title: "Associée", Company: "Atelier Varenne", Start: "2018", End: "present", Location: "Lyon", Description: "Livraison du pôle culturel de Vaulx-en-Velin en 2023."},
			{Title: "Project Architect", Company: "Studio Kessler", Start: "2012", End: "2018", Location: "Basel",
				Description: "Project architect for the Rheinhafen residential tower (32 floors)."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Working as project architect on the 32-storey Rheinhafen tower in Basel is great experience.", true},
		// "storey" is found as "floors", and says nothing of where.
		{"Working as project architect on the 32-storey Rheinhafen tower in Lyon is great experience.", false},
	})
}

func TestSupportFarBeforeItsObject(t *testing.T) {
	p := &profile.Profile{
		Name: "Fiona Reid", Title: "Senior Charge Nurse", Company: "NHS Tayside",
		Experience: []profile.Experience{{Title: "Senior Charge Nurse", Company: "NHS Tayside", Start: "2019", End: "present",
			Description: "Supported a team of 30 (22 registered nurses, 8 healthcare support workers) on a 28-bed acute medical ward. Budget of £1.4m."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Supporting a team of 30 on a 28-bed acute medical ward is serious responsibility.", true},
		{"Running a 28-bed acute medical ward with a £1.4m budget is serious responsibility.", false},
	})
}

func TestCoPostMadeLead(t *testing.T) {
	p := &profile.Profile{
		Name: "Sam Reid", Title: "Senior Lecturer", Company: "University of Bath",
		Experience: []profile.Experience{{Title: "Senior Lecturer", Company: "University of Bath", Start: "2018", End: "present",
			Description: "Co-investigator on the £1.2m EPSRC TALLWOOD project on mass-timber fire safety."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Being co-investigator on the £1.2m EPSRC TALLWOOD project is a big deal.", true},
		{"Your role as an investigator on the £1.2m EPSRC TALLWOOD project is a big deal.", true},
		{"Being principal investigator on the £1.2m EPSRC TALLWOOD project is a big deal.", false},
	})
}

func TestSomeoneElsesWorkInTheirEntry(t *testing.T) {
	entry := func(d string) *profile.Profile {
		return &profile.Profile{Name: "Sam Reid", Title: "Signalling Engineer", Company: "Halden Rail",
			Experience: []profile.Experience{{Title: "Signalling Engineer", Company: "Halden Rail", Start: "2019", End: "present", Description: d}}}
	}
	line := "Designing the Kestrel Junction resignalling scheme is exactly what our client needs."
	for _, d := range []string{
		"Worked with Dr Anna Kowal, who designed the Kestrel Junction resignalling scheme, on its testing.",
		"Tested the Kestrel Junction resignalling scheme designed by Dr Anna Kowal.",
		"My manager designed the Kestrel Junction resignalling scheme; I ran its commissioning tests.",
	} {
		wantVerdicts(t, entry(d), []lineWant{
			{line, false},
			{"Testing the Kestrel Junction resignalling scheme is exactly what our client needs.", true},
		})
	}
	wantVerdicts(t, entry("Designed the Kestrel Junction resignalling scheme, approved by Network Rail in 2023."), []lineWant{{line, true}})
}

func TestWinningAMatterTheProfileLeavesOpen(t *testing.T) {
	p := &profile.Profile{
		Name: "Inés Calvo", Title: "Senior Associate", Company: "Calvo & Roig",
		Experience: []profile.Experience{
			{Title: "Senior Associate", Company: "Calvo & Roig", Start: "2019", End: "present",
				Description: "Acted for Minera Andina in a $310m ICC arbitration over a copper offtake."},
			{Title: "Associate", Company: "Halden Stroud", Start: "2015", End: "2019",
				Description: "Won the £40m Harbour Road bridge tender for the council's framework."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Acting for Minera Andina in the $310m ICC arbitration is exactly our client's kind of work.", true},
		{"Winning the $310m ICC arbitration for Minera Andina is exactly our client's kind of work.", false},
		{"Congratulations on winning the ICC arbitration for Minera Andina.", false},
		{"Winning the £40m Harbour Road bridge tender is exactly our client's kind of work.", true},
	})
}

func TestLearningInsideWorkIsNoInterest(t *testing.T) {
	p := &profile.Profile{
		Name: "Ada Obi", Title: "Data Scientist", Company: "Kestrel Bank",
		About: "Currently learning Rust for low-latency fraud scoring. Mentored 30 aspiring data scientists through the bank's academy.",
		Experience: []profile.Experience{{Title: "Data Scientist", Company: "Kestrel Bank", Start: "2019", End: "present",
			Description: "Built machine learning models for card fraud that cut losses by £3.1m a year."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your machine learning models for card fraud cutting losses by £3.1m a year are impressive.", true},
		{"Mentoring 30 aspiring data scientists through the bank's academy is a real plus.", true},
		// Still an interest at the head of its sentence.
		{"Your low-latency fraud scoring work in Rust is exactly what our client needs.", false},
	})
}

func TestWantingInsideWorkIsNoInterest(t *testing.T) {
	p := &profile.Profile{
		Name: "Piotr Zielinski", Title: "Corporate Associate", Company: "Halden Stroud",
		About: "Looking to move into renewables project finance. Advised mid-market clients looking to expand into Poland on 14 acquisitions.",
	}
	wantVerdicts(t, p, []lineWant{
		{"Advising mid-market clients on 14 acquisitions into Poland is exactly our client's kind of work.", true},
		{"Your renewables project finance work is exactly our client's kind of work.", false},
	})
}

// TestLabelNumberCountsNothing guards labels with numbers ("Year 7s"):
// they count nothing and keep their lines. The unit rule's label case that
// came with it is not reached by these lines; other rules accept them too.
func TestLabelNumberCountsNothing(t *testing.T) {
	p := &profile.Profile{
		Name: "Chau Vu", Title: "Assistant Headteacher", Company: "Harehills Park Academy",
		Experience: []profile.Experience{{Title: "Assistant Headteacher", Company: "Harehills Park Academy", Start: "2021", End: "present",
			Description: "Set up the Catch-Up Readers programme: 120 Year 7 students gained 14 months' reading age in six months."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Catch-Up Readers programme, with Year 7 pupils gaining 14 months of reading age in six months, is exactly what our client wants.", true},
		{"Your Catch-Up Readers programme, with its Year 7s gaining 14 months of reading age in six months, is exactly what our client wants.", true},
		{"Getting Year 9 pupils on your Catch-Up Readers programme gaining 14 months of reading age is exactly what our client wants.", false},
		{"Your Catch-Up Readers programme, with Year 7 pupils gaining 19 months of reading age in six months, is exactly what our client wants.", false},
	})
}
