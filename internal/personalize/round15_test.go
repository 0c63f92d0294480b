package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func hospiceNurse() *profile.Profile {
	return &profile.Profile{
		Name: "Dara Okafor", Headline: "Palliative Care Nurse Specialist", Title: "Palliative Care Nurse Specialist",
		Company: "Wolds Hospice", Location: "Hull, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Palliative Care Nurse Specialist", Company: "Wolds Hospice", Start: "2019", End: "present",
				Description: "Set up a night advice line for district nurses, now 6,000 calls a year. Trained 80 care home staff in anticipatory prescribing."},
			{Title: "Staff Nurse", Company: "Hull Royal Infirmary", Start: "2012", End: "2019"},
		},
		Education:    []profile.Education{{School: "University of Hull", Degree: "MSc", Field: "Palliative Care"}},
		Publications: []profile.Publication{{Title: "Anticipatory medicines in care homes", Publisher: "Nursing Times", Year: 2021}},
		Recommendations: []profile.Recommendation{{Given: true, Person: "Priya Nair",
			Text: "Priya introduced the STaRT checklist across the Hull care homes and the whole team learned from her."}},
		Honors: []string{"Nurse of the Year, Humber Health Awards, 2023: for the night line, sponsored by Northcoast Insurance."},
	}
}

func TestCoinedNameOverAWord(t *testing.T) {
	wantVerdicts(t, hospiceNurse(), []lineWant{
		// "STaRT" is the name of a checklist in a recommendation they
		// wrote for someone else, not the word "start": the line credits
		// them with another nurse's work.
		{"Bringing the STaRT checklist into every ward round must have taken real persistence.", false},
		{"Introducing the STaRT checklist across the Hull care homes must have been a huge piece of work.", false},
		// Their own work still counts.
		{"Training 80 care home staff in anticipatory prescribing is exactly what our hospice needs.", true},
	})
}

func TestCoinedWordWeighsAsAName(t *testing.T) {
	lists := DefaultLists()
	for _, c := range []struct {
		word  string
		named bool
	}{
		// Capitals inside an English word make it a name ("the ReSPECT
		// form"), weighed as rare as any name.
		{"ReSPECT", true}, {"StARS", true},
		{"respect", false}, {"Respect", false}, {"Stars", false},
	} {
		lt := lineTok{token: tokenize(c.word, nil)[0]}
		if w := wordWeight(&lt, lists); (w == weightRare) != c.named {
			t.Errorf("%s weighs %.2f; want a name's weight %v", c.word, w, c.named)
		}
	}
}

func TestTenureWithWordsBeforeAt(t *testing.T) {
	wantVerdicts(t, hospiceNurse(), []lineWant{
		// The insurer only sponsored their award: they never worked there.
		{"Your years working at Northcoast Insurance must help with the commercial side of fundraising.", false},
		{"Your time in the insurance sector at Northcoast must help with the commercial side.", false},
		// Where they did work, the same words are fine.
		{"Your years working at Hull Royal Infirmary before setting up the night advice line show in your calm.", true},
		{"Your time on the wards at Hull Royal Infirmary clearly shaped the night advice line for district nurses.", true},
	})
}

func occupationalTherapist() *profile.Profile {
	return &profile.Profile{
		Name: "Katrin Vogel", Headline: "Ergotherapeutin, Neuroreha", Title: "Leitende Ergotherapeutin",
		Company: "Klinik am Seepark", Location: "Konstanz, Deutschland",
		Experience: []profile.Experience{
			{Title: "Leitende Ergotherapeutin", Company: "Klinik am Seepark", Start: "2018", End: "present",
				Description: "Aufbau des Angehörigenprogramms „Sicher daheim“: 320 Familien seit 2020."},
		},
		Honors: []string{
			"Innovationspreis Ergotherapie 2022 – 2. Platz (Projekt „Sicher daheim“), Verband Ergotherapie",
			"Bodensee Health Award 2021, shortlisted",
			"Regio Honig Prämierung 2019: Silber, Waldhonig",
		},
	}
}

func TestCongratulationsInOtherLanguages(t *testing.T) {
	wantVerdicts(t, occupationalTherapist(), []lineWant{
		// A word of congratulation is the recruiter's, in any language,
		// and claims nothing.
		{"Gratulation nachträglich zum Innovationspreis Ergotherapie 2022 für „Sicher daheim“!", true},
		{"Gratulacje z okazji Innovationspreis Ergotherapie 2022 za projekt Sicher daheim!", true},
		// The award it names is still checked: shortlisted is not won.
		{"Herzlichen Glückwunsch zum Gewinn des Bodensee Health Award 2021!", false},
		{"Félicitations pour le Bodensee Health Award 2021 remporté !", false},
		// Saying the lesser outcome in the line's language is what the
		// profile says.
		{"Félicitations pour votre nomination au Bodensee Health Award 2021, bien méritée.", true},
	})
}

func TestPlaceInOtherLanguages(t *testing.T) {
	wantVerdicts(t, occupationalTherapist(), []lineWant{
		// "2. Platz" is second place: first place is not what it says.
		{"Congratulations on first place in the Innovationspreis Ergotherapie 2022 for Sicher daheim!", false},
		{"Herzlichen Glückwunsch zum ersten Platz beim Innovationspreis Ergotherapie 2022 für Sicher daheim!", false},
		{"Congratulations on second place in the Innovationspreis Ergotherapie 2022 for Sicher daheim!", true},
		{"Herzlichen Glückwunsch zum zweiten Platz beim Innovationspreis Ergotherapie 2022 für Sicher daheim!", true},
	})
}

func TestMedalColourInTheLinesLanguage(t *testing.T) {
	wantVerdicts(t, occupationalTherapist(), []lineWant{
		{"Enhorabuena por la plata en la Regio Honig Prämierung 2019 con el Waldhonig.", true},
		{"Félicitations pour l'argent à la Regio Honig Prämierung 2019 avec votre Waldhonig.", true},
		{"Congratulations on winning the Regio Honig Prämierung 2019 with your Waldhonig.", false},
	})
}

func mushroomAgronomist() *profile.Profile {
	return &profile.Profile{
		Name: "Irene Sáenz Ruiz", Headline: "Ingeniera agrónoma", Title: "Directora de Producción",
		Company: "Champiñones del Iregua", Location: "Logroño, La Rioja, España",
		Experience: []profile.Experience{
			{Title: "Directora de Producción", Company: "Champiñones del Iregua", Start: "2019", End: "present",
				Description: "Reconvertí 4 naves a cultivo de shiitake; 300 t al año."},
		},
		Education: []profile.Education{{School: "Universidad de La Rioja", Degree: "Máster en Ingeniería Agronómica", Year: 2014}},
		Projects:  []profile.Project{{Name: "Trabajo fin de máster", Description: "Universidad de La Rioja: compost de champiñón y Trichoderma aggressivum a distintas temperaturas de pasteurización."}},
	}
}

func TestInstitutionNameWithAnArticle(t *testing.T) {
	wantVerdicts(t, mushroomAgronomist(), []lineWant{
		// "University of La Rioja" is the English of "Universidad de La
		// Rioja": the article inside does not cut the name in two.
		{"Your work at the University of La Rioja on Trichoderma aggressivum and pasteurisation is spot on.", true},
		{"Your work at the University of La Coruña on Trichoderma aggressivum and pasteurisation is spot on.", false},
	})
}

func boatbuilder() *profile.Profile {
	return &profile.Profile{
		Name: "Tomasz Nowicki", Headline: "Inżynier budowy jachtów", Title: "Główny konstruktor",
		Company: "Stocznia Jachtowa Mazury", Location: "Giżycko, Polska",
		Experience: []profile.Experience{
			{Title: "Główny konstruktor", Company: "Stocznia Jachtowa Mazury", Start: "2017", End: "present",
				Description: "Zaprojektował kadłub jachtu Mazurek 28 z laminatu z włóknem lnianym."},
			{Title: "Konstruktor", Company: "Szkutnia Wiślana", Start: "2011", End: "2017",
				Description: "Odbudowa 12 drewnianych łodzi wiosłowych."},
		},
	}
}

func TestNameDeclinedInTheLinesLanguage(t *testing.T) {
	wantVerdicts(t, boatbuilder(), []lineWant{
		// "w Szkutni Wiślanej" is "Szkutnia Wiślana" in the locative: the
		// name of the entry the line is about.
		{"Panie Tomaszu, odbudowa 12 drewnianych łodzi wiosłowych w Szkutni Wiślanej robi wrażenie.", true},
		// Declined or not, a name the profile does not have is invented.
		{"Panie Tomaszu, odbudowa 12 drewnianych łodzi wiosłowych w Szkutni Odrzańskiej robi wrażenie.", false},
	})
}

func TestInitialismSkipsCommonWordsOfTheName(t *testing.T) {
	p := &profile.Profile{
		Name: "Aroha Te Whaiti", Headline: "Cardiothoracic scrub nurse", Title: "Theatre Practitioner", Company: "Auckland City Hospital",
		Experience: []profile.Experience{
			{Title: "Theatre Practitioner", Company: "Auckland City Hospital", Start: "2021", End: "present"},
			{Title: "Registered Nurse – Theatres", Company: "Guy's and St Thomas' NHS Foundation Trust", Start: "2016", End: "2020",
				Description: "Scrubbed for TAVI cases in the cardiothoracic theatres."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// GSTT: Guy's, St, Thomas', Trust; "NHS Foundation" is skipped.
		{"Scrubbing for TAVI cases in the cardiothoracic theatres at GSTT is what our London client wants.", true},
		{"Scrubbing for TAVI cases in the cardiothoracic theatres at GOSH is what our London client wants.", false},
	})
}

func facadeEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Katja Weißgerber", Headline: "Associate Director, Facades", Title: "Associate Director", Company: "Hüllwerk", Location: "Stuttgart, Germany",
		Experience: []profile.Experience{
			{Title: "Associate Director", Company: "Hüllwerk", Start: "2020", End: "present", Location: "Stuttgart"},
			{Title: "Facade Engineer", Company: "Eckersley Facade Consulting", Start: "2013", End: "2020", Location: "London",
				Description: "Unitised curtain wall for the 42-storey Aldgate Yard tower."},
		},
		Publications: []profile.Publication{{Title: "Mediating remote-team conflict", Publisher: "ACR 2023, Philadelphia", Year: 2023}},
	}
}

func TestRecruitersBriefAndCityShortNames(t *testing.T) {
	wantVerdicts(t, facadeEngineer(), []lineWant{
		// "an Anglo-German brief" is the recruiter's brief, not a claim.
		{"The Aldgate Yard curtain wall at Eckersley makes you interesting for an Anglo-German brief.", true},
		// "Philly" is Philadelphia.
		{"Caught your ACR 2023 talk in Philly on mediating remote-team conflict and have thought about it since.", true},
		{"Caught your ACR 2023 talk in Boston on mediating remote-team conflict and have thought about it since.", false},
	})
}

func TestLeavingOnePlaceForAnother(t *testing.T) {
	p := &profile.Profile{
		Name: "Rosa Delgado", Headline: "Interpreting Services Manager", Title: "Interpreting Services Manager", Company: "Valley Regional Health",
		Experience: []profile.Experience{
			{Title: "Interpreting Services Manager", Company: "Valley Regional Health", Start: "2019", End: "present",
				Description: "Grew the in-house interpreting team from 3 to 17 staff interpreters."},
			{Title: "Over-the-phone Interpreter", Company: "LanguageLine Solutions", Start: "2014", End: "2019",
				Description: "Medical and legal calls in Spanish and English."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// A move from one job to the other binds nothing.
		{"Leaving LanguageLine for Valley Regional to grow an in-house team from 3 to 17 interpreters was a smart move.", true},
		// Work done for one placed at the other still is.
		{"Growing an in-house team from 3 to 17 interpreters for LanguageLine was a smart move.", false},
	})
}

func TestRankOrCallingBeforeTheirName(t *testing.T) {
	p := &profile.Profile{
		Name: "Tunde Adebayo", Headline: "Tug Master", Title: "Tug Master", Company: "Lagos Harbour Towage",
		Publications: []profile.Publication{{Title: "Escort towage in restricted channels", Publisher: "Tug Technology & Business", Year: 2023}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Captain" before their surname is how the line addresses them.
		{"Your Tug Technology & Business piece on escort towage in restricted channels was a great read, Captain Adebayo.", true},
		{"Your Tug Technology & Business piece on escort towage in restricted channels was a great read, Captain Okafor.", false},
	})
}

// TestWarmAlongsideChecks: the tables Warm builds on several cores are the
// ones the checks read, whichever comes first (run with -race).
func TestWarmAlongsideChecks(t *testing.T) {
	p := hospiceNurse()
	lines := []string{
		"Training 80 care home staff in anticipatory prescribing is exactly what our hospice needs.",
		"Your years working at Northcoast Insurance must help with the commercial side of fundraising.",
	}
	want := make([]bool, len(lines))
	for i, l := range lines {
		want[i] = Check(p, l, Options{}).OK
	}
	done := make(chan struct{})
	go func() { Warm(); close(done) }()
	for i, l := range lines {
		if got := Check(p, l, Options{}).OK; got != want[i] {
			t.Errorf("%q: ok=%v while warming, %v before", l, got, want[i])
		}
	}
	<-done
	if countryKey("deutschland") != stem(fold("Germany")) || len(synonymTableOf("big")) == 0 {
		t.Error("Warm left a table unbuilt")
	}
}

func TestHangulScales(t *testing.T) {
	p := &profile.Profile{
		Name: "Baek Seo-yeon", Headline: "Localisation Lead", Title: "Localisation Lead", Company: "Haneul Games",
		Experience: []profile.Experience{{Title: "Localisation Lead", Company: "Haneul Games", Start: "2020", End: "present",
			Description: "Led Korean localisation of 'Ashen Tide' (1.2 million words), shipped with the global launch."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "120만" is 1,200,000 as "120万" is.
		{"백서연님, 120만 단어 분량의 'Ashen Tide' 한국어 현지화를 글로벌 출시와 동시에 이끄신 점이 인상 깊었습니다.", true},
		{"백서연님, 150만 단어 분량의 'Ashen Tide' 한국어 현지화를 글로벌 출시와 동시에 이끄신 점이 인상 깊었습니다.", false},
	})
}

func TestHyphenatedGivenNameWrittenJoined(t *testing.T) {
	p := &profile.Profile{
		Name: "Baek Seo-yeon", Headline: "Localisation Lead", Title: "Localisation Lead", Company: "Haneul Games",
		Experience: []profile.Experience{{Title: "Localisation Lead", Company: "Haneul Games", Start: "2020", End: "present",
			Description: "Cut LQA bugs per build from 340 to 95 with in-context review."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting LQA bugs per build from 340 to 95 with in-context review is a great result, Seoyeon.", true},
		{"Cutting LQA bugs per build from 340 to 95 with in-context review is a great result, Minji.", false},
	})
}

func TestCounterNounStandsForAnyThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Femi Adeyemi", Headline: "Remarketing Manager", Title: "Remarketing Manager", Company: "Tessera Container Leasing",
		Experience: []profile.Experience{{Title: "Remarketing Manager", Company: "Tessera Container Leasing", Start: "2019", End: "present",
			Description: "Bought 2,000 reefer boxes from a top-ten carrier. Ran the 2022 remarketing programme that sold 11,500 end-of-life units across 14 depots at 18% above book value."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "units" counts whatever the entry is about: boxes here.
		{"Selling 11,500 end-of-life boxes across fourteen depots at 18% over book - nice remarketing work.", true},
		// The figure is still checked.
		{"Selling 12,500 end-of-life boxes across fourteen depots at 18% over book - nice remarketing work.", false},
	})
}

func contactCentreLead() *profile.Profile {
	return &profile.Profile{
		Name: "Priya Raghunathan", Headline: "Head of Workforce, Contact Centres", Title: "Head of Workforce", Company: "Northway Energy",
		Experience: []profile.Experience{{Title: "Head of Workforce", Company: "Northway Energy", Start: "2019", End: "present",
			Description: "Cut agent attrition from 48% to 29% across three contact centres."}},
		Honors: []string{"Highly Commended — Workforce Planner of the Year, Contact Centre Awards, 2023"},
		Activity: []profile.Activity{{Kind: profile.ActivityComment, Of: "Dan Hughes",
			Text:  "We launched our AI call-scoring pilot in Halifax this week!",
			Reply: "Congrats on launching the AI call-scoring pilot at the Halifax centre, Dan, can't wait to hear how it goes."}},
	}
}

func TestCongratulationsTheyWroteAndMany(t *testing.T) {
	wantVerdicts(t, contactCentreLead(), []lineWant{
		// Their comment congratulates Dan on Dan's pilot.
		{"Congrats on launching the AI call-scoring pilot at the Halifax centre - a brave move for any contact centre.", false},
		// "Many congratulations" is no "many" of anyone: the award is
		// still checked.
		{"Many congratulations on winning Workforce Planner of the Year in 2023 - richly deserved!", false},
		{"Many congratulations on the Highly Commended for Workforce Planner of the Year in 2023!", true},
	})
}

func TestCurrencyGluedToItsAmount(t *testing.T) {
	p := &profile.Profile{
		Name: "Aisyah Rahman", Headline: "Sukuk structurer", Title: "Director", Company: "Bank Seri",
		Experience: []profile.Experience{{Title: "Director", Company: "Bank Seri", Start: "2019", End: "present",
			Description: "Led the RM1.2 billion Sukuk Wakalah for Taman Selatan Highway Berhad in 2023."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "RM1.5" is ringgit 1.5: the amount is checked as "RM 1.5" is.
		{"Your RM1.2 billion Sukuk Wakalah for Taman Selatan Highway Berhad was a standout deal.", true},
		{"Your RM1.5 billion Sukuk Wakalah for Taman Selatan Highway Berhad was a standout deal.", false},
	})
}

func TestTenureInAPlaceOnlyInAName(t *testing.T) {
	p := &profile.Profile{
		Name: "Zofia Wróblewska", Headline: "Environmental consultant", Title: "Partner", Company: "Obieg Consulting", Location: "Wrocław, Poland",
		Experience: []profile.Experience{{Title: "Partner", Company: "Obieg Consulting", Start: "2018", End: "present", Location: "Wrocław",
			Description: "Cut hazardous-waste fees by 37% for 40 printing plants."}},
		Honors: []string{"Poznań Circular Economy Award — 2nd place, 2022, for the Czarna Pętla project"},
	}
	wantVerdicts(t, p, []lineWant{
		// Poznań is only in the name of an award.
		{"Your years working in Poznań must have given you a great view of the circular economy scene there.", false},
		{"Your years working in Wrocław must have given you a great view of the circular economy scene there.", true},
	})
}

func TestTeamAwardGivenToANamedTeam(t *testing.T) {
	p := &profile.Profile{
		Name: "Håkon Vik", Headline: "Ferry operations manager", Title: "Operations Manager", Company: "Fjord Kabelferjer",
		Experience: []profile.Experience{{Title: "Operations Manager", Company: "Fjord Kabelferjer", Start: "2018", End: "present",
			Description: "Led the battery-electric conversion of the Hjellestad–Lerøy cable ferry crossing."}},
		TeamHonors: []string{"Klimapris 2022 (team award), Vestland fylkeskommune, for the Hjellestad–Lerøy conversion"},
	}
	wantVerdicts(t, p, []lineWant{
		// The line gives the award to the team, as the profile does.
		{"Congratulations on the Vestland Klimapris 2022 for the Hjellestad–Lerøy conversion team.", true},
		// Not to them alone.
		{"Congratulations on your Vestland Klimapris 2022 for the Hjellestad–Lerøy conversion.", false},
	})
}

func TestPetNameOfTheirGivenName(t *testing.T) {
	p := &profile.Profile{
		Name: "Ignacio Ruiz Ortega", Headline: "Database reliability engineer", Title: "DBRE", Company: "Banco Alcázar",
		Experience: []profile.Experience{{Title: "DBRE", Company: "Banco Alcázar", Start: "2020", End: "present",
			Description: "Built active-passive failover between Madrid and Frankfurt with an RPO under one second."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Nacho, your active-passive failover between Madrid and Frankfurt with an RPO under one second is what our client needs.", true},
		{"Paco, your active-passive failover between Madrid and Frankfurt with an RPO under one second is what our client needs.", false},
	})
}

func TestBusinessRegionInitials(t *testing.T) {
	p := &profile.Profile{
		Name: "José Benítez", Headline: "Tax Director, Aviation Finance", Title: "Tax Director", Company: "Celeste Aircraft Leasing",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Ortega & Lanza Abogados", Start: "2012", End: "2019",
			Description: "Advised on 14 JOLCO transactions for Spanish and Latin American airlines; ran the firm's APAC desk for two years."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Fourteen JOLCO deals for Spanish and LatAm airlines at Ortega & Lanza is a serious track record.", true},
		{"Running the Asia-Pacific desk at Ortega & Lanza alongside 14 JOLCO deals is a serious track record.", true},
		{"Fourteen JOLCO deals for Spanish and EMEA airlines at Ortega & Lanza is a serious track record.", false},
	})
}

func TestPeopleOfACountryOnTheProfile(t *testing.T) {
	p := &profile.Profile{
		Name: "Claire Marchetti", Headline: "Head Diving Coach", Title: "Head Diving Coach", Company: "Montpellier Plongeon", Location: "Montpellier, France",
		Experience: []profile.Experience{{Title: "Head Diving Coach", Company: "Montpellier Plongeon", Start: "2019", End: "present",
			Description: "Coach a squad of 16 springboard and platform divers; two reached the 2024 European Junior final."}},
		Honors: []string{"Championne de France, haut-vol, 2011"},
	}
	wantVerdicts(t, p, []lineWant{
		// "French" champion: the profile names France.
		{"Being French platform champion in 2011 and now head coach of a squad of 16 divers is rare.", true},
		{"Being Spanish platform champion in 2011 and now head coach of a squad of 16 divers is rare.", false},
	})
}

func TestYearOfWhatComesBeforeIt(t *testing.T) {
	p := &profile.Profile{
		Name: "Anna Kovács", Headline: "Literary translator", Title: "Literary translator", Company: "Self-employed",
		Publications: []profile.Publication{{Title: "The City of Silence", Publisher: "Corvina Press UK", Year: 2022}},
		Honors:       []string{"Oxford-Weidenfeld Translation Prize 2023, shortlisted"},
	}
	wantVerdicts(t, p, []lineWant{
		// 2023 is the shortlist's, not the book's (2022).
		{"Being shortlisted for the Oxford-Weidenfeld Translation Prize in 2023 with The City of Silence is a real achievement.", true},
		{"Being shortlisted for the Oxford-Weidenfeld Translation Prize in 2021 with The City of Silence is a real achievement.", false},
	})
}

func TestPolishFunctionWordsAreNoReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Magdalena Zielińska", Headline: "Head Coach, woltyżerka", Title: "Head Coach", Company: "Klub Jeździecki Zagórze", Location: "Poznań, Polska",
		Experience: []profile.Experience{{Title: "Head Coach", Company: "Klub Jeździecki Zagórze", Start: "2016", End: "present",
			Description: "Program dla juniorów: czwarte miejsce drużyny na Mistrzostwach Europy 2024 w Kaposvár."}},
	}
	wantVerdicts(t, p, []lineWant{
		// Her post, her club and her city, and "dla" (for): a mail merge.
		{"Jako Head Coach w Klubie Jeździeckim Zagórze w Poznaniu ma Pani idealny profil dla naszego klienta.", false},
		{"Czwarte miejsce drużyny juniorów na Mistrzostwach Europy 2024 w Kaposvár to ogromny sukces, gratuluję!", true},
	})
}
