package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func pharmacyLecturer() *profile.Profile {
	return &profile.Profile{
		Name: "Lin Qiaoyu", Headline: "Clinical Operations Lead | Oncology trials", Title: "Clinical Operations Lead",
		Company: "Meridian Biologics", Location: "Shanghai, China",
		Experience: []profile.Experience{
			{Title: "Clinical Operations Lead", Company: "Meridian Biologics", Start: "2021", End: "present",
				Description: "Led MB-114, a Phase II trial in gastric cancer across 31 sites."},
			{Title: "兼职讲师 (Adjunct Lecturer), GCP", Company: "复旦大学药学院", Start: "2020", End: "present"},
		},
		Education: []profile.Education{{School: "中国药科大学", Degree: "硕士 (MSc)", Field: "药理学 Pharmacology"}},
	}
}

func TestSchoolOfAUniversityInAnotherScript(t *testing.T) {
	wantVerdicts(t, pharmacyLecturer(), []lineWant{
		// "药学院" is Fudan's School of Pharmacy: the line's English for it
		// cannot be checked word for word, and is not called invented.
		{"Teaching GCP as an adjunct lecturer at Fudan's School of Pharmacy alongside running MB-114 is a rare mix.", true},
		// The rest of the line is still checked.
		{"Teaching GCP as an adjunct lecturer at Fudan's School of Pharmacy alongside running MB-117 is a rare mix.", false},
	})
}

func subtitler() *profile.Profile {
	return &profile.Profile{
		Name: "Jonas Brenner", Headline: "Head of Subtitling", Title: "Head of Subtitling",
		Company: "Racing Media", Location: "Hamburg, Germany",
		Experience: []profile.Experience{
			{Title: "Head of Subtitling", Company: "Racing Media", Start: "2021", End: "present",
				Description: "Delivered German subtitles for all six seasons (72 episodes) of a crime drama in 11 weeks for a broadcaster."},
			{Title: "Subtitler", Company: "Harbour Post", Start: "2015", End: "2021",
				Description: "Ran the Elbe Festival live captions desk, 40 hours of racing a weekend."},
		},
	}
}

func TestPeriodOfAFigureInBrackets(t *testing.T) {
	wantVerdicts(t, subtitler(), []lineWant{
		// The 72 episodes in brackets took the clause's 11 weeks.
		{"Delivering German subtitles for 72 episodes in 11 weeks is a serious turnaround.", true},
		{"Delivering German subtitles for 72 episodes in just 11 weeks is a serious turnaround.", true},
		{"Delivering German subtitles for 72 episodes in just three weeks is a serious turnaround.", false},
		{"Delivering German subtitles for 72 episodes in five months is a serious turnaround.", false},
	})
}

func TestReferenceEndingOnTheFirstWordOfAName(t *testing.T) {
	wantVerdicts(t, subtitler(), []lineWant{
		// "Racing" is a word of the Elbe Festival entry's sentence and the
		// first of the current employer's name: "at the Racing Media" is
		// the employer, whose entry is another.
		{"Running the Elbe Festival live captions desk at Harbour Post shows real stamina.", true},
		{"Running the Elbe Festival live captions desk at the Racing Media shows real stamina.", false},
	})
}

func centralEuropeFundraiser() *profile.Profile {
	return &profile.Profile{
		Name: "Zdeňka Horáková", Headline: "Head of Philanthropy", Title: "Head of Philanthropy",
		Company: "Moravian Gallery", Location: "Brno, Czechia",
		Experience: []profile.Experience{
			{Title: "Head of Philanthropy", Company: "Moravian Gallery", Start: "2019", End: "present",
				Description: "Raised CZK 52m from foundations to restore the print collection."},
			{Title: "Analyst", Company: "Vistula Capital", Start: "2014", End: "2019",
				Description: "Worked on the debt-for-equity swap at Baltic Ferries (€240m senior secured)."},
		},
	}
}

func TestScaleAndCurrencyWordsOfCentralEurope(t *testing.T) {
	wantVerdicts(t, centralEuropeFundraiser(), []lineWant{
		// "52 milionů korun" is CZK 52m; "240 mln EUR" €240m.
		{"Paní Horáková, získání 52 milionů korun od nadací na obnovu grafické sbírky je působivé.", true},
		{"Paní Horáková, získání 62 milionů korun od nadací na obnovu grafické sbírky je působivé.", false},
		{"Pani udział w konwersji długu na kapitał w Baltic Ferries (240 mln EUR zadłużenia senior secured) robi wrażenie.", true},
		{"Pani udział w konwersji długu na kapitał w Baltic Ferries (340 mln EUR zadłużenia senior secured) robi wrażenie.", false},
	})
}

func customsOfficer() *profile.Profile {
	return &profile.Profile{
		Name: "Selin Aydın", Headline: "Trade Compliance Lead", Title: "Trade Compliance Lead",
		Company: "Marmara Logistics", Location: "Istanbul, Türkiye",
		Experience: []profile.Experience{
			{Title: "Trade Compliance Lead", Company: "Marmara Logistics", Start: "2018", End: "present",
				Description: "Built the export licensing desk for 40 shippers."},
			{Title: "Customs Officer", Company: "Ministry of Trade", Start: "2010", End: "2018",
				Description: "Dual-use export checks at Haydarpaşa port and Sabiha Gökçen airport."},
		},
	}
}

func TestKindOfPlaceInTheLinesLanguage(t *testing.T) {
	wantVerdicts(t, customsOfficer(), []lineWant{
		// "Limanı", "Puerto", "Flughafen": the port and the airport the
		// profile names in English.
		{"Selin Hanım, Haydarpaşa Limanı'nda çift kullanımlı ihracat kontrolleriniz çok değerli.", true},
		{"Señora Aydın, sus controles de doble uso en el Puerto de Haydarpaşa son muy valiosos para nuestro cliente.", true},
		{"Señora Aydın, sus controles de doble uso en el Aeropuerto Sabiha Gökçen son muy valiosos para nuestro cliente.", true},
		// Another port is still not on the profile.
		{"Señora Aydın, sus controles de doble uso en el Puerto de Mersin son muy valiosos para nuestro cliente.", false},
	})
}

func TestAwardNamedBesideItsIssuer(t *testing.T) {
	p := &profile.Profile{Text: "Noëmi Arnold\nHead of Ropeway Safety at Bergbahnen Flims\nFlims, Switzerland\n\n" +
		"Experience\nHead of Ropeway Safety\nBergbahnen Flims · Full-time\nJan 2019 - Present · 7 yrs\nRedesigned the evacuation plan for five installations.\n\n" +
		"Honors & awards\nGondelpreis 2021\nVerband Bergbahnen · Nov 2021\n\nSkills\nRope access\n"}
	wantVerdicts(t, p, []lineWant{
		// The issuer's line and the award's title are one award: its name
		// between the issuer and the year is no word swapped for "Nov".
		{"Congratulations on the Verband Bergbahnen Gondelpreis 2021, a fine recognition of the evacuation work.", true},
		{"Congratulations on the Verband Bergbahnen Innovationspreis 2021, a fine recognition of the evacuation work.", false},
	})
}

func TestInitialsOfAnAwardsIssuerWrittenOutThere(t *testing.T) {
	p := &profile.Profile{Text: "Aroha Pene\nHydrologist at Waikato Regional Council\nHamilton, New Zealand\n\n" +
		"Activity\n900 followers\nAroha Pene reposted this\nTama Rewi • Hydrologist\nGreat week at the NZ Freshwater Sciences Society conference in Nelson.\n\n" +
		"Experience\nHydrologist\nWaikato Regional Council · Full-time\nJan 2016 - Present · 10 yrs\nBuilt the council's low-flow forecasting for 12 catchments.\n\n" +
		"Honors & awards\nEarly Career Award\nNew Zealand Freshwater Sciences Society · Dec 2019\n"}
	wantVerdicts(t, p, []lineWant{
		// "NZ" is the issuer's "New Zealand", though someone else's post
		// writes it "NZ" too.
		{"Congrats on the NZ Freshwater Sciences Society Early Career Award back in 2019.", true},
		{"Congrats on the Early Career Award from the NZ Freshwater Sciences Society in 2019.", true},
		{"Congrats on the NZ Freshwater Sciences Society Medal in 2019.", false},
	})
}

func TestKeynoteIsATalkOfARank(t *testing.T) {
	p := &profile.Profile{
		Name: "Ruth Okafor", Title: "Hydrologist", Company: "Riverline Consulting",
		Experience: []profile.Experience{{Title: "Hydrologist", Company: "Riverline Consulting", Start: "2017", End: "present",
			Description: "Presented our low-flow forecasts at the British Hydrological Society symposium in Leeds."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your talk on low-flow forecasts at the British Hydrological Society symposium in Leeds was excellent.", true},
		// Presenting there is no keynote.
		{"Your keynote on low-flow forecasts at the British Hydrological Society symposium in Leeds was excellent.", false},
	})
	p.Experience[0].Description = "Gave the opening keynote on low-flow forecasts at the British Hydrological Society symposium in Leeds."
	wantVerdicts(t, p, []lineWant{
		{"Your keynote on low-flow forecasts at the British Hydrological Society symposium in Leeds was excellent.", true},
	})
}

func TestCrowdOfAPossessive(t *testing.T) {
	p := &profile.Profile{
		Name: "Anjali Perera", Title: "Factory Manager", Company: "Hillcrest Tea",
		Experience: []profile.Experience{{Title: "Factory Manager", Company: "Hillcrest Tea", Start: "2016", End: "present",
			Description: "Run the Uva factory with 140 staff."}},
		Volunteering: []string{"Founder, Hill Country Reading Club: after-school reading for children of plantation workers, 180 children."},
	}
	wantVerdicts(t, p, []lineWant{
		// "180 plantation workers' children" may count either: the
		// profile's 180 children are no other crowd.
		{"Your Hill Country Reading Club for 180 plantation workers' children is inspiring.", true},
		{"Your Hill Country Reading Club for 180 children of plantation workers is inspiring.", true},
		// "Founder" heads the volunteer post: what it tells after the
		// colon is what they founded.
		{"The Hill Country Reading Club you founded for 180 children of plantation workers is inspiring.", true},
		// A crowd that is only the workers is still another crowd.
		{"Your Hill Country Reading Club for 180 plantation workers is inspiring.", false},
	})
}

func TestYearAfterANameIsNoLabel(t *testing.T) {
	p := &profile.Profile{
		Name: "Claire Morel", Title: "Avocate associée", Company: "Morel Avocats",
		Experience: []profile.Experience{{Title: "Avocate associée", Company: "Morel Avocats", Start: "2018", End: "present",
			Description: "Spoke at Salon Franchise Lyon in 2023 on pre-contract disclosure under the loi Doubin."}},
		Education: []profile.Education{{School: "Université Lyon 3", Degree: "Master 2", Field: "Droit des affaires"}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Lyon 2023" is a date, "Lyon 3" a university's name.
		{"Your Salon Franchise Lyon 2023 talk on pre-contract disclosure under the loi Doubin was very practical.", true},
		{"Your Salon Franchise Lyon 2019 talk on pre-contract disclosure under the loi Doubin was very practical.", false},
	})
}

func TestScaleBeforeAUnitThatHoldsOne(t *testing.T) {
	p := &profile.Profile{
		Name: "Gareth Pryce", Title: "Fleet Engineer", Company: "Metrolink",
		Experience: []profile.Experience{{Title: "Fleet Engineer", Company: "Metrolink", Start: "2015", End: "present",
			Description: "Extended wheel reprofiling intervals from 50,000 to 80,000 km on the M5000 fleet."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "80k km" is "80,000 km".
		{"Stretching wheel reprofiling intervals from 50k to 80k km on the M5000 fleet is a great result.", true},
		{"Stretching wheel reprofiling intervals from 50k to 90k km on the M5000 fleet is a great result.", false},
	})
}

func TestRankNumberForAnOrdinal(t *testing.T) {
	p := &profile.Profile{
		Name: "Diego Lozano", Title: "International Scout", Company: "Coastline Basketball",
		Experience: []profile.Experience{{Title: "International Scout", Company: "Coastline Basketball", Start: "2019", End: "present",
			Description: "Flagged a Lithuanian centre two seasons before he was drafted 9th overall in 2022."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "el puesto 9" is the ninth place, the profile's "9th".
		{"Me llamó la atención que detectaras a aquel pívot lituano dos temporadas antes de que lo eligieran en el puesto 9 del draft de 2022.", true},
		{"Me llamó la atención que detectaras a aquel pívot lituano dos temporadas antes de que lo eligieran en el puesto 4 del draft de 2022.", false},
	})
}

func TestPolishYourCapitalised(t *testing.T) {
	p := &profile.Profile{
		Name: "Łukasz Wróbel", Title: "Browser Engineer", Company: "Mozilla",
		Experience: []profile.Experience{{Title: "Browser Engineer", Company: "Mozilla", Start: "2018", End: "present",
			Description: "Spoke at FOSDEM 2024 on how :has() invalidation works in Gecko."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Twój", "Twoj": "your", capitalised in a letter.
		{"Cześć Łukasz, Twój wykład na FOSDEM 2024 o invalidacji :has() w Gecko był świetny.", true},
		{"Czesc Lukasz, Twoj wyklad na FOSDEM 2024 o invalidacji :has() w Gecko byl swietny.", true},
		{"Czesc Lukasz, Twoj wyklad na FOSDEM 2023 o invalidacji :has() w Gecko byl swietny.", false},
	})
}

func TestNumbersInPartsAndCurrencyPrefixes(t *testing.T) {
	p := &profile.Profile{
		Name: "Kenta Mori", Title: "Harbour Pilot", Company: "Tokyo Bay Pilots",
		Experience: []profile.Experience{
			{Title: "Harbour Pilot", Company: "Tokyo Bay Pilots", Start: "2016", End: "present",
				Description: "Piloted the first 23,000 TEU container ship into the Oi terminal (2021)."},
			{Title: "Associate", Company: "Pacifica Legal", Start: "2010", End: "2016",
				Description: "Advised Cobre Norte on the USD 1.4bn purchase of the Loma Roja copper project."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "2万3千" is 23,000, written in parts.
		{"2021年に大井ふ頭へ初めて2万3千TEU型コンテナ船を水先案内されたご経験に大変感銘を受けました。", true},
		{"2021年に大井ふ頭へ初めて2万4千TEU型コンテナ船を水先案内されたご経験に大変感銘を受けました。", false},
		// "US$" is a currency, not a country the profile lacks.
		{"Su asesoría a Cobre Norte en la compra del proyecto Loma Roja por US$1.400 millones es justo lo que buscamos.", true},
		{"Su asesoría a Cobre Norte en la compra del proyecto Loma Roja por US$1.700 millones es justo lo que buscamos.", false},
	})
}

func TestTitleBeforeTheirNameAtTheEnd(t *testing.T) {
	p := &profile.Profile{
		Name: "Inés Castañeda Ruiz", Title: "Consultant Dermatopathologist", Company: "Hospital del Mar",
		Experience: []profile.Experience{{Title: "Consultant Dermatopathologist", Company: "Hospital del Mar", Start: "2017", End: "present",
			Description: "Reports remote skin biopsies for Korle Bu in Accra with Pathologists Overseas."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your remote skin biopsy reporting for Korle Bu in Accra really stood out to me, Dr Castaneda.", true},
		{"Your remote skin biopsy reporting for Korle Bu in Accra really stood out to me, Dra. Castañeda Ruiz.", true},
		{"Your remote skin biopsy reporting for Korle Bu in Accra really stood out to me, Dr Fernandez.", false},
	})
}

func TestPlaceAResultCame(t *testing.T) {
	p := &profile.Profile{
		Name: "Sigrid Haugen", Title: "Head Coach", Company: "Oslo Roklubb",
		Experience: []profile.Experience{{Title: "National Coach", Company: "Norwegian Rowing Federation", Start: "2014", End: "2020",
			Description: "Lightweight women's double sculls; the crew finished 4th at the 2018 World Rowing Championships in Plovdiv."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "the women's double" is a boat, not a doubling; "fourth" is the
		// profile's "4th".
		{"Coaching the lightweight women's double to fourth at the 2018 Worlds in Plovdiv is what caught my eye.", true},
		{"Coaching the lightweight women's double to 4th at the 2018 Worlds in Plovdiv is what caught my eye.", true},
		{"Coaching the lightweight women's double to second at the 2018 Worlds in Plovdiv is what caught my eye.", false},
		// "First" alone is no place.
		{"First the lightweight women's double sculls at the 2018 Worlds in Plovdiv, and now the Oslo club: a fine path.", true},
	})
}

func TestAreaOfALanguagesMarketAndHashtags(t *testing.T) {
	p := &profile.Profile{
		Name: "Linh Pham", Title: "Localization QA Lead", Company: "Brightwave Games",
		Experience: []profile.Experience{{Title: "Localization QA Lead", Company: "Brightwave Games", Start: "2020", End: "present",
			Description: "Led LQA for the Vietnamese, Thai and Indonesian launch of Starfall Tactics."}},
		Activity: []profile.Activity{{Kind: profile.ActivityPost,
			Text: "Thank you #LocWorldEuropeSummit 2024 in Dublin for having me: I spoke about pseudo-localisation for Asian scripts."}},
	}
	wantVerdicts(t, p, []lineWant{
		// Vietnamese, Thai and Indonesian are markets of Southeast Asia.
		{"Leading LQA for the Starfall Tactics Southeast Asia launch at Brightwave is a great path.", true},
		{"Leading LQA for the Starfall Tactics Latin America launch at Brightwave is a great path.", false},
		// The hashtag's words, written apart.
		{"Your talk in Dublin at the LocWorld Europe Summit on pseudo-localisation for Asian scripts was very practical.", true},
		{"Your talk in Dublin at the LocWorld Asia Summit on pseudo-localisation for Asian scripts was very practical.", false},
	})
}

func TestWinsOfAwardsAndContests(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomás Ibarra", Title: "Consultant Urologist", Company: "Hospital La Paz",
		Experience: []profile.Experience{
			{Title: "Consultant Urologist", Company: "Hospital La Paz", Start: "2016", End: "present",
				Description: "Presented our series of 212 robotic partial nephrectomies at EAU24 in Paris."},
			{Title: "Architect", Company: "Kubbe Studio", Start: "2010", End: "2016",
				Description: "Part of the competition team for the Kadıköy ferry terminal (1st prize, 2014)."},
		},
		Honors: []string{"Jury member, Madrid Health Innovation Awards, 2022"},
	}
	wantVerdicts(t, p, []lineWant{
		// Presenting at a congress wins no prize there.
		{"Congrats on winning the best abstract prize at EAU24 for your robotic partial nephrectomy series.", false},
		{"Presenting 212 robotic partial nephrectomies at EAU24 in Paris is a serious series.", true},
		// A seat on the jury is no win.
		{"Congratulations on winning a Madrid Health Innovation Award in 2022!", false},
		// "1st prize" is a win.
		{"Being part of the team that won the Kadikoy ferry terminal competition in 2014 is a great story.", true},
	})
}

func TestCompoundAdjectiveInWhatIsCounted(t *testing.T) {
	p := &profile.Profile{
		Name: "Émilie Tremblay", Title: "Professor", Company: "UQAM",
		Experience: []profile.Experience{{Title: "Professor", Company: "UQAM", Start: "2015", End: "present",
			Description: "Described 2 new species of Devonian lobe-finned fish from the Escuminac Formation."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "lobe-finned" is no verb ending the phrase: species are counted.
		{"Your description of two new Devonian lobe-finned fish species is remarkable.", true},
		{"Your description of three new Devonian lobe-finned fish species is remarkable.", false},
	})
}

func TestFigureAloneInALineInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Marek Wójcik", Title: "Compounding Engineer", Company: "Dębica Seals",
		Experience: []profile.Experience{{Title: "Compounding Engineer", Company: "Dębica Seals", Start: "2017", End: "present",
			Description: "Developed a silica-filled EPDM compound for door seals that cut compression set by 18%."}},
	}
	wantVerdicts(t, p, []lineWant{
		// What the 18% is of, in Polish, cannot be compared word for word.
		{"Pana praca w Dębica Seals nad mieszanką z krzemionką, która obniżyła odkształcenie trwałe o 18%, zrobiła na mnie wrażenie.", true},
		{"Pana praca w Dębica Seals nad mieszanką z krzemionką, która obniżyła odkształcenie trwałe o 28%, zrobiła na mnie wrażenie.", false},
		// In English it can.
		{"Your work at Dębica Seals that cut warranty claims by 18% is impressive.", false},
	})
}

func TestMedalsInFrenchAndTitlesInOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Yann Le Goff", Title: "Ostréiculteur", Company: "Huîtres Le Goff",
		Experience: []profile.Experience{{Title: "Gérant", Company: "Huîtres Le Goff", Start: "2012", End: "present",
			Description: "Restored two hectares of native flat-oyster reef at La Houle with Ifremer."}},
		Honors: []string{"Médaille d'or, Concours Général Agricole (huîtres creuses), 2022"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Félicitations pour la médaille d'or au Concours Général Agricole 2022 !", true},
		{"Félicitations pour la médaille d'argent au Concours Général Agricole 2022 !", false},
		{"Congratulations on the silver medal at the Concours Général Agricole 2022!", false},
		// "Monsieur" is their title, before their name.
		{"Monsieur Le Goff, la restauration du récif d'huîtres plates de la Houle avec l'Ifremer intéresse notre client.", true},
	})
}

func TestValuedThingInAName(t *testing.T) {
	p := &profile.Profile{
		Name: "Ruth Achterberg", Title: "Director of Development", Company: "Ely Cathedral Trust",
		Experience: []profile.Experience{{Title: "Director of Development", Company: "Ely Cathedral Trust", Start: "2019", End: "present",
			Description: "Led the £8.5m \"Raise the Lantern\" capital campaign; closed at £9.1m in 2023."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Raise" starts the campaign's name: no raise of £8.5m.
		{"Closing the £8.5m Raise the Lantern campaign at £9.1m is an exceptional result.", true},
		{"Closing the £8.5m Raise the Lantern campaign at £9.6m is an exceptional result.", false},
	})
}

func TestSaleOfTheirEmployerAndThePostHeldMeanwhile(t *testing.T) {
	p := &profile.Profile{
		Name: "Anne Delcourt", Title: "Managing Partner", Company: "Delcourt Interim",
		Experience: []profile.Experience{
			{Title: "Interim COO", Company: "Verhaegen Freight NV", Start: "2021", End: "2022",
				Description: "Cut 14 depots to 9 and renegotiated the syndicated loan."},
			{Title: "Interim CEO", Company: "Maison Lenoir Chocolatier SA", Start: "2019", End: "2021",
				Description: "Stabilised the chocolatier through COVID, then ran the sale process to Meuse Capital."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// The sale is told of in the entry of the employer sold.
		{"Running the sale of Maison Lenoir to Meuse Capital in the middle of COVID can't have been easy.", true},
		// While they were another post's holder it was not.
		{"Your sale of Maison Lenoir to Meuse Capital while you were interim COO at Verhaegen Freight is impressive.", false},
	})
	// "a 14 kB wrapper used by ...": "used" ends what 14 kB is of.
	p.Projects = []profile.Project{{Name: "prebid-mini", Description: "A 14 kB header bidding wrapper. Used by about 300 publishers."}}
	wantVerdicts(t, p, []lineWant{
		{"prebid-mini as a 14 kB wrapper used by around 300 publishers is a lovely piece of open source.", true},
	})
}

func TestNameNotAWordItStarts(t *testing.T) {
	p := &profile.Profile{Text: "Lena Vogt\nStaff Engineer at Bidhaus\nBerlin, Germany\n\n" +
		"About\nI build the plumbing of programmatic advertising: auction servers, header bidding wrappers, budget pacing.\n\n" +
		"Experience\nBidhaus GmbH\nFull-time · 4 yrs\nStaff Engineer\nJan 2024 - Present · 2 yrs\nLed the bidder rewrite in Go.\n" +
		"Senior Engineer\nNov 2022 - Dec 2023 · 1 yr 2 mos\nRebuilt the header bidding wrapper; median page auction latency down from 420 ms to 180 ms.\n\n" +
		"Software Engineer\nAdverity · Full-time\nAug 2018 - Oct 2022 · 4 yrs 3 mos\nVienna, Austria\nBuilt ingestion connectors for 30+ ad platforms.\n\n" +
		"Skills\nGo\n"}
	wantVerdicts(t, p, []lineWant{
		// "Adverity" is the employer, not the start of "advertising": the
		// rebuild was at Bidhaus.
		{"Your header bidding wrapper rebuild at Adverity, which cut page auction latency to 180 ms, is impressive.", false},
		{"Your header bidding wrapper rebuild at Bidhaus, which cut page auction latency to 180 ms, is impressive.", true},
	})
}

func TestEverydayWordsInOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Jakob Grösslinger", Title: "Betriebsleiter", Company: "Bergbahnen Hochkar AG",
		Experience: []profile.Experience{{Title: "Betriebsleiter", Company: "Bergbahnen Hochkar AG", Start: "2016", End: "present",
			Description: "Ran rope evacuation drills for 120 lift staff."}},
		Publications: []profile.Publication{{Title: "Magnetische Seilprüfung im Winterbetrieb: Erfahrungen aus drei Saisonen"}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Erfahrung" is "experience", which every profile has: their
		// title, employer and years are a mail merge in German too.
		{"Als Betriebsleiter bei der Bergbahnen Hochkar AG mit über acht Jahren Erfahrung passen Sie perfekt zu unserem Kunden.", false},
		{"Ihre Erfahrungen mit der magnetischen Seilprüfung im Winterbetrieb haben mich beeindruckt.", true},
	})
}

func TestCountInAWordOfAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Emre Aslan", Title: "Court Interpreter", Company: "Landgericht Köln",
		Experience: []profile.Experience{{Title: "Court Interpreter", Company: "Landgericht Köln", Start: "2015", End: "present",
			Description: "Lead interpreter in a hawala money-laundering trial: 84 hearing days over two years."}},
	}
	wantVerdicts(t, p, []lineWant{
		// What "84 Verhandlungstage" counts is in German: "a hawala"
		// further on is no head of it.
		{"Herr Aslan, 84 Verhandlungstage als leitender Dolmetscher im Hawala-Geldwäscheprozess sind beeindruckend.", true},
		{"Herr Aslan, 94 Verhandlungstage als leitender Dolmetscher im Hawala-Geldwäscheprozess sind beeindruckend.", false},
	})
}

func TestNameWrittenInTheLinesLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Zeynep Çağlayan", Title: "Grants Director", Company: "Kervan Heritage Trust",
		Experience: []profile.Experience{{Title: "Grants Director", Company: "Kervan Heritage Trust", Start: "2018", End: "present",
			Description: "Signed a matched-grant agreement with Bursa Metropolitan Municipality to restore 11 historic inns. Restored the Mercado de Triana roof."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The municipality's name in Turkish: "Bursa" is theirs, the other
		// words translate the profile's English ones.
		{"Zeynep Hanım, Bursa Büyükşehir Belediyesi ile 11 tarihi han için imzaladığınız hibe anlaşmasını gördüm, tebrikler.", true},
		// A name in the line's own language with another word is another
		// name.
		{"La restauración del techo del Mercado de Feria es justo el tipo de obra que busca nuestro cliente.", false},
	})
}

func TestTheTopicOfTheirOwnComment(t *testing.T) {
	p := &profile.Profile{
		Name: "Mai Tran", Title: "Dam Safety Engineer", Company: "Stantec",
		Experience: []profile.Experience{{Title: "Dam Safety Engineer", Company: "Stantec", Start: "2019", End: "present",
			Description: "Surveillance reviews for 14 embankment dams."}},
		Activity: []profile.Activity{{Kind: profile.ActivityComment, Of: "Rachel Moore",
			Text:  "Anyone using InSAR for deformation monitoring on embankment dams?",
			Reply: "We trialled it on the Kinder dam and it works well if you have corner reflectors in place."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The post they answered is what their comment is about.
		{"Your comment about trialling InSAR with corner reflectors on the Kinder dam got me thinking.", true},
		// The post alone is still someone else's.
		{"Your work using InSAR for deformation monitoring on embankment dams got me thinking.", false},
	})
}
