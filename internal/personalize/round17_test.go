package personalize

import (
	"slices"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func entomologist() *profile.Profile {
	return &profile.Profile{
		Name: "Funmi Okafor", Headline: "Senior Entomologist", Title: "Senior Entomologist", Company: "Fenland Field Station",
		Location: "Ely, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Senior Entomologist", Company: "Fenland Field Station", Start: "2015", End: "2019",
				Description: "Ran the light-trap survey of moth decline under street lights across 30 sites."},
		},
		Extra: map[string]any{
			"talks": []any{
				map[string]any{"event": "Bugs Live '23, Norwich", "title": "Street lights and the moth decline"},
				map[string]any{"event": "Congreso Ibérico de Entomología, Braga", "title": "Trampas de luz", "year": 2022},
			},
		},
	}
}

func TestYearBesideANameDatesThatName(t *testing.T) {
	wantVerdicts(t, entomologist(), []lineWant{
		// The year the line writes beside the event is the year the
		// profile gives the event, whatever the dates of their position.
		{"Your Bugs Live '23 talk on street lights and the moth decline was a highlight for our team.", true},
		{"Your Bugs Live 2023 talk on street lights and the moth decline was a highlight for our team.", true},
		{"Your talk at the 2022 Congreso Ibérico de Entomología in Braga on light traps was excellent.", true},
		// Another year is not the event's.
		{"Your Bugs Live 2021 talk on street lights and the moth decline was a highlight for our team.", false},
		{"Your talk at the 2020 Congreso Ibérico de Entomología in Braga on light traps was excellent.", false},
	})
}

func criticalCareNurse() *profile.Profile {
	return &profile.Profile{
		Name: "Inês Carvalho", Headline: "Critical Care Nurse Specialist", Title: "Critical Care Nurse Specialist", Company: "St Aldhelm's Hospital",
		Experience: []profile.Experience{{Title: "Critical Care Nurse Specialist", Company: "St Aldhelm's Hospital", Start: "2016", End: "2020",
			Description: "Introduced a nurse-led pressure ulcer bundle."}},
		Activity: []profile.Activity{{Kind: "post", Text: "Proud to present our pressure ulcer bundle at #WoundCare2024 in Leeds!"}},
	}
}

func TestYearJoinedToAHashtag(t *testing.T) {
	wantVerdicts(t, criticalCareNurse(), []lineWant{
		// "#WoundCare2024" is the event and its year.
		{"Your WoundCare 2024 presentation in Leeds on the pressure ulcer bundle caught our director's eye.", true},
		{"Your WoundCare 2022 presentation in Leeds on the pressure ulcer bundle caught our director's eye.", false},
	})
}

func electrolysisEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Kenji Hasegawa", Headline: "Principal Engineer, Electrolysis", Title: "Principal Engineer", Company: "Tohoku Suiso",
		Experience: []profile.Experience{{Title: "Principal Engineer", Company: "Tohoku Suiso", Start: "2019", End: "present",
			Description: "Scaled the alkaline stack line to 20 MW."}},
		Honors: []string{"Kanagawa Clean Energy Prize 2021"},
		Extra:  map[string]any{"talks": []any{map[string]any{"event": "Hydrogen Technology Expo Europe", "title": "Load-following alkaline electrolysis", "year": 2023}}},
	}
}

func TestYearTheProfileGivesANameIsItsYear(t *testing.T) {
	wantVerdicts(t, electrolysisEngineer(), []lineWant{
		{"Your talk on load-following alkaline electrolysis at Hydrogen Technology Expo Europe 2023 was excellent.", true},
		{"Your talk on load-following alkaline electrolysis at Hydrogen Technology Expo Europe 2022 was excellent.", false},
		{"長谷川様、Hydrogen Technology Expo Europe 2022でのご講演を拝見し、ぜひお話ししたいと思いました。", false},
		{"Congratulations on the Kanagawa Clean Energy Prize 2021 for the alkaline stack work.", true},
		{"Congratulations on the Kanagawa Clean Energy Prize 2020 for the alkaline stack work.", false},
	})
}

func chocolatier() *profile.Profile {
	return &profile.Profile{
		Name: "Rocío Benítez", Headline: "Chocolatera y Cofundadora en Cacao Estero", Title: "Cofundadora", Company: "Cacao Estero",
		Location: "Manta, Ecuador",
		Experience: []profile.Experience{{Title: "Cofundadora", Company: "Cacao Estero", Start: "2017", End: "present",
			Description: "Presentamos la tableta Estero 70% en el Salon du Chocolat de París 2023."}},
		Volunteering: []string{"Intérprete voluntaria, Casa Refugio Manabí: entrevistas de asilo con menores no acompañados."},
	}
}

func TestVerbStartingALineInSpanish(t *testing.T) {
	wantVerdicts(t, chocolatier(), []lineWant{
		// "Vi", "Admiro": the first word of a Spanish sentence, a verb
		// before "que" and "mucho", not a name.
		{"Vi que presentaste Estero 70% en el Salon du Chocolat de París 2023; nos encantaría conversar contigo.", true},
		{"Admiro mucho su labor con Casa Refugio Manabí en entrevistas de asilo de menores no acompañados.", true},
		// A name the profile lacks is still a name.
		{"Vi que presentaste Estero 70% en el Salon du Chocolat de Tokio 2023; nos encantaría conversar contigo.", false},
	})
}

func snowScientist() *profile.Profile {
	return &profile.Profile{
		Name: "Annelies Grob", Headline: "Snow Scientist", Title: "Snow Scientist", Company: "Alpine Snow Institute",
		Experience: []profile.Experience{{Title: "Snow Scientist", Company: "Alpine Snow Institute", Start: "2014", End: "present",
			Description: "Built the SnowGrain model for avalanche bulletins."}},
		Honors:   []string{"Best Poster Award, International Snow Science Workshop (ISSW) 2022, Bend, Oregon"},
		Activity: []profile.Activity{{Kind: "post", Text: "Back from the ISSW 2024 in Tromsø, where I presented SnowGrain."}},
	}
}

func TestYearOfAWorkshopWrittenWithItsShortName(t *testing.T) {
	wantVerdicts(t, snowScientist(), []lineWant{
		// The award is "(ISSW) 2022"; a post names the ISSW 2024.
		{"Congrats on the best poster award at ISSW 2022 in Bend, Oregon.", true},
		{"Congrats on the best poster award at ISSW 2018 in Bend, Oregon.", false},
	})
}

func neonatologist() *profile.Profile {
	return &profile.Profile{
		Name: "Ewa Nowak", Headline: "Consultant Neonatologist", Title: "Consultant Neonatologist", Company: "Gdańsk Children's Hospital",
		Experience: []profile.Experience{{Title: "Consultant Neonatologist", Company: "Gdańsk Children's Hospital", Start: "2012", End: "present",
			Description: "Reduced the rate of necrotising enterocolitis among very-low-birth-weight infants from 9% to 4%. Set up a milk bank that has fed 300 babies, with 40 donor mothers."}},
	}
}

func TestSynonymOfAPluralIsTheSynonymOfItsSingular(t *testing.T) {
	wantVerdicts(t, neonatologist(), []lineWant{
		// WordNet lists "baby" with "infant"; the line writes the plural.
		{"Cutting necrotising enterocolitis in your very-low-birth-weight babies from 9% to 4% is a result any unit would envy.", true},
		{"Cutting necrotising enterocolitis in your very-low-birth-weight mothers from 9% to 4% is a result any unit would envy.", false},
	})
}

func TestBaseFormsByDetachment(t *testing.T) {
	for w, base := range map[string]string{"babies": "baby", "boxes": "box", "secured": "secure", "hedging": "hedge", "acquisitions": "acquisition"} {
		if !slices.Contains(baseForms(w), base) {
			t.Errorf("baseForms(%q) = %q, want %q among them", w, baseForms(w), base)
		}
	}
}

func refrigerationLead() *profile.Profile {
	return &profile.Profile{
		Name: "Mikko Laine", Headline: "Refrigeration Design Lead | CO₂ transcritical | Heat recovery", Title: "Refrigeration Design Lead", Company: "Arktinen Oy",
		Experience: []profile.Experience{{Title: "Refrigeration Design Lead", Company: "Arktinen Oy", Start: "2016", End: "present",
			Description: "Designed the first CO₂ transcritical ice rink plant in Tampere with full heat recovery to the pool hall."}},
	}
}

func TestSubscriptDigitsAreDigits(t *testing.T) {
	wantVerdicts(t, refrigerationLead(), []lineWant{
		{"Your CO2 transcritical ice rink plant in Tampere with full heat recovery is exactly what our client wants.", true},
		{"Your NH3 transcritical ice rink plant in Tampere with full heat recovery is exactly what our client wants.", false},
	})
}

func bridalDesigner() *profile.Profile {
	return &profile.Profile{
		Name: "Linh Tran", Headline: "Couture Bridal Designer", Title: "Head Designer", Company: "Atelier Sen",
		Experience: []profile.Experience{{Title: "Head Designer", Company: "Atelier Sen", Start: "2015", End: "present",
			Description: "Created a 42-metre hand-beaded cathedral veil that took 1,100 hours. Grew couture sales to £3m."}},
	}
}

func TestMetresWrittenAsAnM(t *testing.T) {
	wantVerdicts(t, bridalDesigner(), []lineWant{
		// "42 m" before a thing is 42 metres, as the profile writes it.
		{"A 42 m hand-beaded cathedral veil taking 1,100 hours of work - I had to reach out after reading that.", true},
		{"A 45 m hand-beaded cathedral veil taking 1,100 hours of work - I had to reach out after reading that.", false},
		{"Growing couture sales to £42 m at Atelier Sen is a great result.", false},
	})
}

func lotteryCompliance() *profile.Profile {
	return &profile.Profile{
		Name: "Hélène Marchal", Headline: "Responsible Gaming Lead", Title: "Responsible Gaming Lead", Company: "Loterie Nationale",
		Experience: []profile.Experience{{Title: "Responsible Gaming Lead", Company: "Loterie Nationale", Start: "2018", End: "present",
			Description: "Lifted age-verification compliance from 61% to 87% across 8,000 retail outlets with a mystery-shopper programme."}},
	}
}

func TestPointOfSaleIsNoDeal(t *testing.T) {
	wantVerdicts(t, lotteryCompliance(), []lineWant{
		{"Lifting age-verification compliance from 61% to 87% across 8,000 points of sale with mystery shoppers is a great result.", true},
		{"Lifting age-verification compliance from 61% to 87% in the sale of 8,000 retail outlets is a great result.", false},
	})
}

func nuclearPhysician() *profile.Profile {
	return &profile.Profile{
		Name: "Haruto Watanabe", Headline: "Nuclear Medicine Physician", Title: "Director of Nuclear Medicine", Company: "Hanshin Medical Center",
		Experience:   []profile.Experience{{Title: "Director of Nuclear Medicine", Company: "Hanshin Medical Center", Start: "2017", End: "present"}},
		Publications: []profile.Publication{{Title: "Real-world outcomes of 177Lu-PSMA-617 in Japanese men with metastatic castration-resistant prostate cancer", Publisher: "Annals of Nuclear Medicine", Year: 2023}},
	}
}

func TestInitialismWithALowerCaseFirstLetter(t *testing.T) {
	wantVerdicts(t, nuclearPhysician(), []lineWant{
		{"Your Annals of Nuclear Medicine paper on real-world 177Lu-PSMA-617 outcomes in Japanese men with mCRPC was excellent.", true},
		{"Your Annals of Nuclear Medicine paper on real-world 177Lu-PSMA-617 outcomes in Japanese men with mHSPC was excellent.", false},
	})
}

func greenhouseAdviser() *profile.Profile {
	return &profile.Profile{
		Name: "Joëlle Smits", Headline: "Crop Protection Adviser", Title: "Crop Protection Adviser", Company: "Glastuinbouw Westland",
		Experience: []profile.Experience{{Title: "Crop Protection Adviser", Company: "Glastuinbouw Westland", Start: "2016", End: "present",
			Description: "Built a camera trap that counts whitefly on sticky cards."}},
		TeamHonors: []string{"Winner, GreenTech Innovation Challenge (team), 2021, for the whitefly camera trap"},
	}
}

func TestTeamWinWithTheTeam(t *testing.T) {
	wantVerdicts(t, greenhouseAdviser(), []lineWant{
		// The award is their team's; the line gives it to the team.
		{"Congrats on winning the GreenTech Innovation Challenge in 2021 with the whitefly camera team.", true},
		{"Congrats on winning the GreenTech Innovation Challenge in 2021 for your whitefly camera trap.", false},
	})
}

func catenaryDesigner() *profile.Profile {
	return &profile.Profile{
		Name: "Oğuz Yılmaz", Headline: "Catenary Design Lead", Title: "Catenary Design Lead", Company: "Raylı Enerji",
		Experience: []profile.Experience{{Title: "Catenary Design Lead", Company: "Raylı Enerji", Start: "2015", End: "present",
			Description: "Designed the 102 km catenary system for the Konya–Karaman line."}},
	}
}

func TestUnitWithATurkishEnding(t *testing.T) {
	wantVerdicts(t, catenaryDesigner(), []lineWant{
		{"Oğuz Bey, Konya–Karaman hattı için tasarladığınız 102 km'lik katener sistemi çok etkileyici.", true},
		{"Oğuz Bey, Konya–Karaman hattı için tasarladığınız 120 km'lik katener sistemi çok etkileyici.", false},
	})
}

func storeDesigner() *profile.Profile {
	return &profile.Profile{
		Name: "Anke Vos", Headline: "Retail Store Designer", Title: "Design Director", Company: "Vos Retail Studio",
		Experience: []profile.Experience{{Title: "Design Director", Company: "Vos Retail Studio", Start: "2014", End: "present",
			Description: "Designed a flagship built from reclaimed pine."}},
		Extra: map[string]any{"talks": []any{map[string]any{"event": "EuroShop 2023, Düsseldorf", "title": "Designing for the circular store"}}},
	}
}

func TestTalkInAListOfTalks(t *testing.T) {
	wantVerdicts(t, storeDesigner(), []lineWant{
		// The talk is named before the noun, by its event.
		{"Saw your EuroShop 2023 talk in Düsseldorf and wanted to reach out about a retail role.", true},
		// A book is no talk.
		{"Saw your EuroShop 2023 book in Düsseldorf and wanted to reach out about a retail role.", false},
	})
}

func toySafetyChemist() *profile.Profile {
	return &profile.Profile{
		Name: "Agnieszka Wójcik", Headline: "Toy Safety Chemist", Title: "Laboratory Manager", Company: "Labtoys Łódź",
		Experience: []profile.Experience{{Title: "Laboratory Manager", Company: "Labtoys Łódź", Start: "2017", End: "present",
			Description: "Tested 3,200 Advent calendar toys for the 2022 market surveillance campaign."}},
		Publications: []profile.Publication{{Title: "Boron migration from slime toys: a survey of 140 products on the Polish market", Year: 2021}},
	}
}

func TestProductsCountAnyGoods(t *testing.T) {
	wantVerdicts(t, toySafetyChemist(), []lineWant{
		{"Your survey of boron migration from 140 slime toys on the Polish market was one of the most useful papers I've read.", true},
		{"Your survey of boron migration from 150 slime toys on the Polish market was one of the most useful papers I've read.", false},
	})
}

func careHomeManager() *profile.Profile {
	return &profile.Profile{
		Name: "Marta Araújo", Headline: "Diretora Geral | Dementia-friendly care homes", Title: "Diretora Geral", Company: "Residências Sol Nascente",
		Location: "Vila Nova de Gaia, Porto, Portugal",
		Experience: []profile.Experience{{Title: "Diretora Geral", Company: "Residências Sol Nascente", Start: "2019", End: "present",
			Description: "Opened a 60-bed dementia unit with a sensory garden."}},
		Education: []profile.Education{
			{School: "Universidade do Porto", Degree: "Mestrado", Field: "Gerontologia Social", Year: 2012},
			{School: "Escola Superior de Enfermagem do Porto", Degree: "Licenciatura", Field: "Enfermagem", Year: 2005},
		},
	}
}

func TestOneSchoolNamedWithAParticle(t *testing.T) {
	wantVerdicts(t, careHomeManager(), []lineWant{
		// "Universidade do Porto" is one school, whatever other school
		// "Porto" is in: a degree, a school and a title are mail-merge.
		{"Marta, with a Mestrado em Gerontologia Social from Universidade do Porto and years as Diretora Geral, you'd be ideal.", false},
		{"Opening the 60-bed dementia unit with a sensory garden at Residências Sol Nascente is exactly what our client admires.", true},
	})
}

func bakeryDirector() *profile.Profile {
	return &profile.Profile{
		Name: "Renée Lefèvre", Headline: "Directrice de production", Title: "Directrice de production", Company: "Maison Roux",
		Location: "Lyon, France", Skills: []string{"HACCP", "Lean"},
		Experience: []profile.Experience{{Title: "Directrice de production", Company: "Maison Roux", Start: "2018", End: "present",
			Description: "Lancement d'une ligne levain de 18 000 pains par jour ; croissant pur beurre référencé chez deux enseignes nationales."}},
	}
}

func TestFrenchPrepositionIsNoReference(t *testing.T) {
	wantVerdicts(t, bakeryDirector(), []lineWant{
		// "chez" is a preposition: title, company, town and skills remain.
		{"En tant que directrice de production chez Maison Roux à Lyon, avec vos compétences en HACCP et lean, vous seriez idéale.", false},
		{"Lancer une ligne levain de 18 000 pains par jour chez Maison Roux, c'est exactement ce que recherche notre client.", true},
	})
}

func TestFigureWithItsUnitBeforeAName(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Kenji Hasegawa", Headline: "Principal Engineer, Electrolysis", Title: "Principal Engineer", Company: "Tohoku Suiso",
		Experience: []profile.Experience{
			{Title: "Principal Engineer", Company: "Tohoku Suiso", Start: "2019", End: "present",
				Description: "Led scale-up of the zero-gap alkaline stack from a 2 MW pilot to a 10 MW module."},
			{Title: "Research Engineer", Company: "Kurosaki Electric", Start: "2012", End: "2019",
				Description: "Membrane-electrode assembly development for residential PEM fuel cells."},
		},
	}, []lineWant{
		// The 10 MW stack is alkaline, at Tohoku Suiso; the PEM work was
		// at Kurosaki Electric.
		{"Your 10 MW PEM stack at Kurosaki Electric is a real industry milestone.", false},
		{"Your 10 MW alkaline stack at Tohoku Suiso is a real industry milestone.", true},
	})
}

func TestWinNounsAndHonourableMentionsInOtherLanguages(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Marta Araújo", Headline: "Diretora Geral", Title: "Diretora Geral", Company: "Residências Sol Nascente",
		Experience: []profile.Experience{{Title: "Diretora Geral", Company: "Residências Sol Nascente", Start: "2019", End: "present",
			Description: "Opened an intergenerational day centre beside the care home."}},
		Honors: []string{"Menção Honrosa – Prémio Boas Práticas em Envelhecimento Ativo, Fundação Calouste Gulbenkian, 2024", "Coupe de France de la Boulangerie — 2e place, 2019"},
	}, []lineWant{
		// An honourable mention is no win, in Portuguese as in English.
		{"Congratulations on winning the Gulbenkian Prémio Boas Práticas em Envelhecimento Ativo in 2024!", false},
		{"Congratulations on the honourable mention in the Gulbenkian Prémio Boas Práticas em Envelhecimento Ativo for the day centre!", true},
		// "victoire" is a win; the profile's is second place.
		{"Bravo pour votre victoire à la Coupe de France de la Boulangerie 2019 !", false},
		{"Bravo pour votre deuxième place à la Coupe de France de la Boulangerie 2019 !", true},
	})
}

func TestPublisherNamedIsTheEntrys(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Priyanka Raghunathan", Headline: "Puzzles Editor at Brightwater Games", Title: "Puzzles Editor", Company: "Brightwater Games",
		Experience:   []profile.Experience{{Title: "Puzzles Editor", Company: "Brightwater Games", Start: "2022", End: "present", Description: "Edits the daily cryptic."}},
		Publications: []profile.Publication{{Title: "Cryptic Pursuits: 80 Puzzles from the Sunday Chronicle", Publisher: "Hartfield Press", Year: 2021}},
	}, []lineWant{
		{"Your 80-puzzle collection Cryptic Pursuits, published by Brightwater Games, is a lovely book.", false},
		{"Your 80-puzzle collection Cryptic Pursuits, published by Hartfield Press, is a lovely book.", true},
	})
}

func TestEmployeesInFrench(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Hélène Brunat", Headline: "CEO at Atelier Brunat", Title: "CEO", Company: "Atelier Brunat",
		Experience: []profile.Experience{{Title: "CEO", Company: "Atelier Brunat", Start: "2012", End: "present",
			Description: "Grew the workshop from 38 to 210 employees without outside investors."}},
	}, []lineWant{
		{"Bonjour Hélène, passer de 38 à 210 salariés chez Atelier Brunat sans investisseurs, c'est exactement ce que notre client recherche.", true},
		{"Bonjour Hélène, passer de 38 à 210 clients chez Atelier Brunat sans investisseurs, c'est exactement ce que notre client recherche.", false},
	})
}

func TestVerbInTheSlotOfAnotherVerb(t *testing.T) {
	p := &profile.Profile{
		Name: "Ngaio Te Whaiti", Headline: "Urban Forester", Title: "Urban Forester", Company: "Auckland Council",
		Projects: []profile.Project{{Name: "Canopy equity map", Description: "Open map combining LiDAR canopy cover with deprivation index for every meshblock in Auckland."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your canopy equity map layering LiDAR canopy cover over the deprivation index for every Auckland meshblock is a brilliant tool.", true},
		// A noun in another's slot is another thing.
		{"Your canopy equity map combining LiDAR soil cover with the deprivation index for every Auckland meshblock is a brilliant tool.", false},
	})
}

func TestDutchPoliteYourAndPolishWinNoun(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Joost van Dijk", Headline: "Boomverzorger", Title: "Boomverzorger", Company: "Groenwerk Utrecht",
		Experience: []profile.Experience{{Title: "Boomverzorger", Company: "Groenwerk Utrecht", Start: "2015", End: "present",
			Description: "Management plan for the 300-year-old oaks of Amelisweerd, which helped stop the motorway widening."}},
		Honors: []string{"Legal Innovator of the Year 2023 – Finalist"},
	}, []lineWant{
		{"Uw beheerplan voor de 300 jaar oude eiken van Amelisweerd, dat hielp de verbreding van de snelweg tegen te houden, vind ik indrukwekkend.", true},
		{"Zdobycie tytułu Legal Innovator of the Year 2023 to ogromne osiągnięcie, gratulacje!", false},
	})
}

func TestDigitThatSoundsAsAWordInInitials(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Joaquín Ruiz", Headline: "Speech Synthesis Engineer", Title: "Speech Synthesis Engineer", Company: "Telefónica",
		Experience: []profile.Experience{{Title: "Speech Synthesis Engineer", Company: "Telefónica", Start: "2019", End: "present",
			Description: "Cut mispronounced proper nouns by 37% in the Latin American voice with a grapheme-to-phoneme lexicon mined from call-centre logs."}},
	}, []lineWant{
		{"Cutting mispronounced proper nouns by 37% in the Latin American voice with a G2P lexicon from call-centre logs is clever.", true},
		{"Cutting mispronounced proper nouns by 37% in the Latin American voice with a P2G lexicon from call-centre logs is clever.", false},
	})
}

func TestSwissThousandsSeparator(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Seraina Zürcher", Headline: "Hüttenwartin", Title: "Hüttenwartin", Company: "Gletscherhornhütte",
		Experience: []profile.Experience{{Title: "Hüttenwartin", Company: "Gletscherhornhütte", Start: "2016", End: "present",
			Description: "Moved the hut to solar power with battery storage, cutting diesel from 1,900 to 240 litres a season."}},
	}, []lineWant{
		{"Frau Zürcher, die Umstellung der Gletscherhornhütte auf Solarstrom, von 1'900 auf 240 Liter Diesel pro Saison, hat mich beeindruckt.", true},
		{"Frau Zürcher, die Umstellung der Gletscherhornhütte auf Solarstrom, von 2'900 auf 240 Liter Diesel pro Saison, hat mich beeindruckt.", false},
	})
}

func TestEuropeanUnionHoldsItsCountries(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Sigrún Guðmundsdóttir", Headline: "Scientific Officer at EFSA", Title: "Scientific Officer", Company: "European Food Safety Authority (EFSA)",
		Location: "Parma, Emilia-Romagna, Italy",
		Experience: []profile.Experience{
			{Title: "Scientific Officer", Company: "European Food Safety Authority (EFSA)", Start: "2019", End: "present", Description: "Avian influenza risk assessments."},
			{Title: "Veterinary Epidemiologist", Company: "MAST", Start: "2012", End: "2019", Location: "Reykjavík, Iceland", Description: "Ran salmon lice surveillance."},
		},
	}, []lineWant{
		{"Moving from salmon lice surveillance at MAST in Iceland to avian influenza risk assessments at EFSA gives you the national-to-EU view our client values.", true},
		{"Moving from salmon lice surveillance at MAST in Iceland to avian influenza risk assessments at EFSA gives you the national-to-ASEAN view our client values.", false},
	})
}

func TestHyphenatedFirstNameByItsInitials(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "François-Xavier Müller", Headline: "Head of AML", Title: "Head of AML", Company: "Banque Privée Lémanique",
		Experience: []profile.Experience{{Title: "Head of AML", Company: "Banque Privée Lémanique", Start: "2016", End: "present",
			Description: "Cut transaction-monitoring false positives by 41% with a risk-scored alert system."}},
		Activity: []profile.Activity{{Kind: "comment", Of: "Sophie Berthoud", Text: "Great FX risk panel today."}},
	}, []lineWant{
		{"FX, cutting transaction-monitoring false positives by 41% with a risk-scored system is the result our client wants.", true},
		{"FX, cutting transaction-monitoring false positives by 14% with a risk-scored system is the result our client wants.", false},
	})
}

func TestFactBoundThroughANameToAnEmployer(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Dana Whitfield", Headline: "E-Discovery Project Manager", Title: "E-Discovery Project Manager", Company: "Lumen Legal",
		Experience: []profile.Experience{
			{Title: "E-Discovery Project Manager", Company: "Lumen Legal", Start: "2020", End: "present", Description: "Ran review for the refinery explosion litigation, 3.1 million documents."},
			{Title: "Review Lead", Company: "Epiq", Start: "2015", End: "2020", Description: "Led privilege review teams for product liability matters."},
		},
		Publications: []profile.Publication{{Title: "Managing an MDL review: lessons from the field", Year: 2022}},
	}, []lineWant{
		// The refinery explosion matter was at Lumen Legal.
		{"The refinery explosion MDL you managed at Epiq must have been a monster of a matter.", false},
		{"The refinery explosion MDL you managed at Lumen Legal, 3.1 million documents, must have been a monster of a matter.", true},
	})
}

func TestChampionOfAnAwardTheyPlacedIn(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Bram de Wit", Headline: "Tree Climber and Arborist", Title: "Arborist", Company: "Boomzorg Noord",
		Experience: []profile.Experience{{Title: "Arborist", Company: "Boomzorg Noord", Start: "2012", End: "present", Description: "Veteran tree work."}},
		Honors:     []string{"Dutch Tree Climbing Championship - 2nd place, aerial rescue, 2016", "Groningen Tree Climbing Championship - winner, 2018"},
	}, []lineWant{
		{"As the 2016 Dutch Tree Climbing champion, you'd be an inspiration to our client's crews.", false},
		{"As the 2018 Groningen Tree Climbing champion, you'd be an inspiration to our client's crews.", true},
	})
}

func TestCaseNamedWithADashWonOrNot(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Camille Roche", Headline: "Vice President, Competition Economics", Title: "Vice President", Company: "Compass Lexecon",
		Experience: []profile.Experience{{Title: "Vice President", Company: "Compass Lexecon", Start: "2018", End: "present",
			Description: "Economic advice to the merging parties in the Fnac–Darty remedies review before the Autorité de la concurrence."}},
	}, []lineWant{
		// The profile tells of advice in the review, not of a win.
		{"Winning the Fnac–Darty case for the merging parties before the Autorité was a great result.", false},
		{"Advising the merging parties in the Fnac–Darty remedies review before the Autorité is exactly our client's kind of work.", true},
	})
}

func TestElisionWithAnyApostrophe(t *testing.T) {
	// "dʼAgar" with a modifier letter apostrophe, "l‘été" with a turned
	// comma: each folds to "'", and reading them must not fail.
	for _, w := range []string{"dʼAgar", "l‘été", "qu’il", "d'Agar"} {
		if wi := readWord(w); wi.lower == "" {
			t.Errorf("readWord(%q) read nothing", w)
		}
	}
	wantVerdicts(t, inkChemist(), []lineWant{
		{"Votre projet Czarny Obieg dʼencre noire recyclée à partir des déchets est remarquable.", true},
	})
}

func TestShareInWordsFarFromItsVerb(t *testing.T) {
	wantVerdicts(t, &profile.Profile{
		Name: "Adaeze Adebayo", Headline: "Zoo Veterinarian", Title: "Senior Veterinary Surgeon", Company: "Northmoor Wildlife Park",
		Experience: []profile.Experience{{Title: "Senior Veterinary Surgeon", Company: "Northmoor Wildlife Park", Start: "2020", End: "present",
			Description: "Introduced target training for voluntary blood draws in the giraffe herd, cutting sedation events by 70% over two years."}},
	}, []lineWant{
		// Seven words from "cutting" to "by half": the profile says 70%.
		{"Cutting sedation events in your giraffe herd by half through target training is a wonderful welfare result.", false},
		{"Cutting sedation events in your giraffe herd by 70% through target training is a wonderful welfare result.", true},
	})
}
