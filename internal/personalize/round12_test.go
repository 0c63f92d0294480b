package personalize

import (
	"fmt"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func hospitalPharmacist() *profile.Profile {
	return &profile.Profile{
		Name: "Begoña Etxeberria Ruiz", Title: "Jefa de Servicio de Farmacia", Company: "Hospital Universitario Donostia",
		About: "Farmacéutica especialista con 15 años en farmacia hospitalaria. Implanté la prescripción electrónica en oncología en 2017.",
		Experience: []profile.Experience{
			{Title: "Jefa de Servicio de Farmacia", Company: "Hospital Universitario Donostia", Start: "2019", End: "present",
				Description: "Lancé la unidad de preparación de citostáticos con robot (2021), que prepara 22.000 dosis al año."},
			{Title: "Farmacéutica adjunta", Company: "Hospital Universitario Cruces", Start: "2010", End: "2018",
				Description: "Implanté la prescripción electrónica en oncología (2017). Tutora de 9 residentes."},
		},
	}
}

func TestYearsInOtherLanguagesAreTenure(t *testing.T) {
	wantVerdicts(t, hospitalPharmacist(), []lineWant{
		// "con 15 años en farmacia hospitalaria" is how long, as "with 15
		// years in" is: a line that only says it names nothing done.
		{"15 años en farmacia hospitalaria: un perfil impresionante.", false},
		{"Quince años en farmacia hospitalaria: un perfil impresionante.", false},
		// "año" alone ("dosis al año") is no reference.
		{"Tres años en Donostia, un perfil impresionante.", false},
		// What they did, in the same language, still counts.
		{"La unidad de citostáticos con robot que prepara 22.000 dosis al año es justo lo que buscamos.", true},
		{"Implantar la prescripción electrónica en oncología en Cruces es un gran logro.", true},
	})
}

func TestDegreesByLevelAndSubject(t *testing.T) {
	p := hospitalPharmacist()
	line := "Your %s at Navarra and the e-prescribing rollout in oncology at Cruces make you a strong fit."
	for _, c := range []struct {
		degree, said string
		ok           bool
	}{
		// An abbreviation for the degree written out, or the other way
		// round, in English or in the profile's language.
		{"Doctor of Philosophy", "PhD", true},
		{"Doctorado", "PhD", true},
		{"Master's degree", "MSc", true},
		{"Master of Science - MS", "MSc", true},
		{"MSc", "Master's", true},
		{"Bachelor of Engineering", "BEng", true},
		{"Doctor of Pharmacy", "PharmD", true},
		// Another level, or a subject the profile's degree does not say.
		{"Master of Science", "PhD", false},
		{"Bachelor of Science", "MSc", false},
		{"Master of Arts", "MSc", false},
		{"Doctor of Medicine", "PhD", false},
		{"Doctor of Philosophy", "EdD", false},
	} {
		p.Education = []profile.Education{{School: "Universidad de Navarra", Degree: c.degree, Field: "Pharmacology", Year: 2012}}
		wantVerdicts(t, p, []lineWant{{fmt.Sprintf(line, c.said), c.ok}})
	}
}

func financeDirector() *profile.Profile {
	return &profile.Profile{
		Name: "Marcus Oyelaran", Title: "Finance Director", Company: "Johnson & Johnson", Location: "New York, United States",
		Experience: []profile.Experience{
			{Title: "Finance Director", Company: "Johnson & Johnson", Start: "2021-03", End: "present",
				Description: "Led the $1.2 billion carve-out of the consumer health business (Kenvue) in Mar 2023. Cut month-end close from 9 days to 5."},
			{Title: "Senior Finance Manager", Company: "GlaxoSmithKline", Start: "2015-06", End: "2021-02",
				Description: "Delivered £240m of savings over three years in the UK vaccines unit."},
			{Title: "Analyst", Company: "Procter & Gamble", Start: "2012-09", End: "2015-05", Description: "Cost analysis for Gillette in Boston."},
		},
	}
}

func TestYearAfterTheWordsOfItsSentence(t *testing.T) {
	wantVerdicts(t, financeDirector(), []lineWant{
		{"Leading the Kenvue carve-out in 2023 is exactly the experience our client needs.", true},
		{"Leading the $1.2bn Kenvue carve-out at J&J in March 2023 is exactly the experience our client needs.", true},
		// The year of the carve-out is its sentence's, though only
		// "Kenvue" was matched and the position's dates hold 2022.
		{"Leading the Kenvue carve-out in 2022 is exactly the experience our client needs.", false},
		{"Leading the $1.2bn Kenvue carve-out in March 2022 is exactly the experience our client needs.", false},
		{"Leading the Kenvue carve-out in Q3 2022 is exactly the experience our client needs.", false},
		{"Leading the $1.2bn Kenvue carve-out at J&J in 2022 is exactly the experience our client needs.", false},
	})
}

func TestCompoundNumberEndingInOne(t *testing.T) {
	toks := tokenizeWith("from fifty-eight to seventy-one per cent", nil, nil)
	var keys []string
	for _, tk := range toks {
		if tk.number {
			keys = append(keys, tk.key)
		}
	}
	if len(keys) != 2 || keys[0] != "58" || keys[1] != "71" {
		t.Fatalf("numbers read %v, want [58 71]", keys)
	}
}

func TestEmployerInitialsJoinedByAmpersand(t *testing.T) {
	wantVerdicts(t, financeDirector(), []lineWant{
		{"Delivering £240m of savings at GSK over three years is a big number.", true},
		{"Your Gillette cost work for P&G in Boston was a great start.", true},
		// "J&J" and "P&G" name employers whose entries do not hold the
		// savings.
		{"Delivering £240m of savings at J&J over three years is a big number.", false},
		{"Delivering £240m of savings at P&G over three years is a big number.", false},
	})
}

func TestInitialsJoinedByAmpersandNotOnTheProfile(t *testing.T) {
	wantVerdicts(t, financeDirector(), []lineWant{
		// Initials the lists know, or a pair of the profile's words.
		{"Leading the Kenvue carve-out and its M&A workstream at J&J is impressive.", true},
		{"Your Q&A at the Kenvue town hall at J&J was great.", true},
		// Initials of nothing on the profile name another firm.
		{"Delivering £240m of savings at M&S over three years is a big number.", false},
		{"Your Gillette cost work for B&Q in Boston was a great start.", false},
	})
}

func TestCountBeforeAVerbOfTheClause(t *testing.T) {
	p := &profile.Profile{
		Name: "Kwame Asante-Darko", Title: "Lead Game Designer", Company: "Ironbark Studios",
		Experience: []profile.Experience{{Title: "Lead Game Designer", Company: "Ironbark Studios", Start: "2021", End: "present",
			Description: "Built a Monte Carlo economy simulator used across 3 titles."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Monte Carlo economy simulator used across three titles says a lot.", true},
		// "titles" is what is counted, not "says".
		{"Your Monte Carlo economy simulator used across four titles says a lot.", false},
		{"Your Monte Carlo economy simulator used across five titles speaks volumes.", false},
	})
}

func TestAwardNameBesideItsIssuersName(t *testing.T) {
	p := profile.Profile{Text: "Kwame Asante-Darko\nLead Game Designer at Ironbark Studios\nMelbourne, Victoria, Australia\n\n" +
		"Honors & awards\nShortlisted, Game Design Award\nAustralian Game Developer Awards · Dec 2023\nFor Tidebreakers' crafting economy.\n"}
	wantVerdicts(t, &p, []lineWant{
		// "Game Design Award" is the award's name, though the issuer's
		// "Game Developer Awards" matched more of the line.
		{"Being shortlisted for the AGDA Game Design Award for the Tidebreakers economy is a big deal.", true},
		{"Being shortlisted for the AGDA Game Audio Award for the Tidebreakers economy is a big deal.", false},
	})
}

func TestYearsAtAnEmployerAreTenure(t *testing.T) {
	p := &profile.Profile{
		Name: "Kwame Asante-Darko", Title: "Lead Game Designer", Company: "Ironbark Studios",
		About: "I design game economies. Before that I spent five years at Halfbrick on live-ops for Fruit Ninja.",
		Experience: []profile.Experience{
			{Title: "Lead Game Designer", Company: "Ironbark Studios", Start: "2021", End: "present", Description: "Lead designer on Tidebreakers."},
			{Title: "Senior Game Designer", Company: "Halfbrick Studios", Start: "2016", End: "2021", Description: "Ran 140+ seasonal events for Fruit Ninja."},
		},
		Education: []profile.Education{{School: "Queensland University of Technology", Degree: "Bachelor of Games"}},
	}
	wantVerdicts(t, p, []lineWant{
		// How long they were at an employer, which the dates say.
		{"Five years at Halfbrick is great grounding.", false},
		{"Your QUT games degree and five years at Halfbrick make you a strong fit.", false},
		{"Your 5 years with Halfbrick Studios is great grounding.", false},
		// What they did there counts.
		{"Five years at Halfbrick running 140+ Fruit Ninja events is great live-ops grounding.", true},
	})
}

func TestDegreeAndDurationClaims(t *testing.T) {
	p := &profile.Profile{
		Name: "Lena Hoffmann", Title: "Head of Cell Development", Company: "PowerCo SE",
		Experience: []profile.Experience{
			{Title: "Head of Cell Development", Company: "PowerCo SE", Start: "2021-09", End: "present",
				Description: "Took the Unified Cell from A-sample to C-sample in 26 months."},
			{Title: "Research Scientist", Company: "BASF SE", Start: "2015-04", End: "2021-08",
				Description: "Developed a cobalt-free high-manganese cathode (HMC); filed 7 patents."},
		},
		Education: []profile.Education{
			{School: "Karlsruher Institut für Technologie (KIT)", Degree: "Dr. rer. nat.", Field: "Elektrochemie", Year: 2015},
			{School: "Technische Universität München (TUM)", Degree: "M.Sc.", Field: "Chemie", Year: 2011},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "Dr. rer. nat." is a doctorate, and it is the one from KIT.
		{"Your PhD at KIT and the seven HMC patents at BASF make a compelling story.", true},
		{"Your MSc at TUM and the seven HMC patents at BASF make a compelling story.", true},
		{"Your PhD at TUM and the seven HMC patents at BASF make a compelling story.", false},
		{"Your MSc at KIT and the seven HMC patents at BASF make a compelling story.", false},
		// How many months a thing took, when the profile says.
		{"Taking the Unified Cell from A-sample to C-sample in 26 months is strong.", true},
		{"Taking the Unified Cell from A-sample to C-sample in 16 months is strong.", false},
		{"Die Unified Cell in 16 Monaten vom A- zum C-Muster zu bringen, ist eine starke Leistung.", false},
	})
}

func TestTitleWithADotBeforeTheName(t *testing.T) {
	p := &profile.Profile{
		Name: "Lena Hoffmann-Şahin", Title: "Head of Cell Development", Company: "PowerCo SE",
		Experience: []profile.Experience{{Title: "Head of Cell Development", Company: "PowerCo SE", Start: "2021-09", End: "present",
			Description: "Built the cell development team from 12 to 85 engineers."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Dr." ends no sentence: what follows is still the line's claim.
		{"Frau Dr. Hoffmann-Şahin, Ihr Aufbau des Teams bei PowerCo von 12 auf 85 Ingenieure ist beeindruckend.", true},
		{"Frau Dr. Hoffmann-Şahin, Ihr Aufbau des Teams bei PowerCo von 12 auf 58 Ingenieure ist beeindruckend.", false},
		{"Dear Dr. Hoffmann-Şahin, growing the PowerCo cell team from 12 to 58 engineers is impressive.", false},
	})
}

func TestClientNamedBeforeWorkOfAnotherSentence(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomasz Wójcik", Title: "Senior Associate", Company: "Clifford Chance",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Clifford Chance", Start: "2019", End: "present",
			Description: "Acted for PGNiG in an ICC arbitration (USD 400m, 2019-2021). Advised Orlen on force majeure under 30+ supply contracts during COVID."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Acting for PGNiG in its USD 400m ICC arbitration is exactly the profile our client wants.", true},
		{"Advising Orlen on force majeure across more than thirty supply contracts during COVID is highly relevant.", true},
		// One position's two matters, each given the other's client.
		{"Acting for Orlen in its USD 400m ICC arbitration is exactly the profile our client wants.", false},
		{"Advising PGNiG on force majeure across more than thirty supply contracts during COVID is highly relevant.", false},
	})
}

func TestInitialsOfAnotherEntryInsideAReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomasz Wójcik", Title: "Senior Associate", Company: "Clifford Chance",
		Experience: []profile.Experience{
			{Title: "Senior Associate", Company: "Clifford Chance", Start: "2019", End: "present",
				Description: "Acted for PGNiG in an ICC arbitration (USD 400m, 2019-2021)."},
			{Title: "Associate", Company: "Wardyński & Partners", Start: "2014", End: "2019",
				Description: "Part of the team defending a Polish utility in an SCC investment treaty claim (EUR 1.1bn)."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Acting for PGNiG in its USD 400m ICC arbitration is exactly the profile our client wants.", true},
		// "SCC" is the other entry's forum, put inside this one's matter.
		{"Acting for PGNiG in its USD 400m SCC arbitration is exactly the profile our client wants.", false},
	})
}

func TestWinInPolish(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomasz Wójcik", Title: "Senior Associate", Company: "Clifford Chance",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Clifford Chance", Start: "2019", End: "present",
			Description: "Acted for PGNiG in an ICC arbitration (USD 400m, 2019-2021)."}},
		About:  "I acted for PGNiG in its ICC arbitration (USD 400m claim) and argued the set-aside application before the Warsaw Court of Appeal in 2022.",
		Honors: []string{"Rising Star, Dispute Resolution, Legal 500 EMEA, 2023"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Gratulacje wyróżnienia Rising Star w Legal 500 w 2023 roku, panie Tomaszu.", true},
		// "wygranej": a win the profile does not give.
		{"Gratulacje wygranej w arbitrażu PGNiG przed ICC, panie Tomaszu.", false},
	})
}

func TestIndianNumberingAndFiguresWithoutTheirScaleWord(t *testing.T) {
	p := &profile.Profile{
		Name: "Sam Reed", Title: "Director", Company: "Acme",
		Experience: []profile.Experience{{Title: "Director", Company: "Acme", Start: "2019", End: "present",
			Description: "Grew the loan book to ₹400 crore in three years. Managed a budget of ₹50 lakh. Handled 2.3 million passengers a year."}},
	}
	wantVerdicts(t, p, []lineWant{
		// A crore is ten million, a lakh a hundred thousand; "Rs." is
		// the rupee.
		{"Growing Acme's loan book to Rs. 400 crore in three years is impressive.", true},
		{"Growing Acme's loan book to ₹4 billion in three years is impressive.", true},
		{"Growing Acme's loan book to ₹40 billion in three years is impressive.", false},
		{"Managing a ₹5 million budget at Acme is impressive.", true},
		{"Managing a ₹15 million budget at Acme is impressive.", false},
		// The same count with or without its scale word.
		{"Handling 2,300,000 passengers a year at Acme is impressive.", true},
		{"Handling 2,400,000 passengers a year at Acme is impressive.", false},
	})
}

func TestWordPutForANameOfTheReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Nguyễn Phương Thảo", Title: "Principal Biostatistician", Company: "Veridian Clinical Research",
		About: "Ten years across oncology and cardiovascular studies.",
		Experience: []profile.Experience{
			{Title: "Principal Biostatistician", Company: "Veridian Clinical Research", Start: "2021", End: "present",
				Description: "Lead statistician for the Phase III ASPIRE-HF trial of a once-weekly heart failure therapy (4,812 patients)."},
			{Title: "Senior Biostatistician", Company: "Harborview Oncology Group", Start: "2017", End: "2021",
				Description: "Built a dose-escalation framework used in 9 phase I trials."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading stats on a 4,812-patient Phase III heart failure trial at Veridian is serious experience.", true},
		// "oncology" is no word of that trial's: another trial.
		{"Leading stats on a 4,812-patient Phase III oncology trial at Veridian is serious experience.", false},
	})
}

func TestMedalsTheProfileGives(t *testing.T) {
	p := &profile.Profile{
		Name: "Jiří Novotný", Title: "Head Brewer", Company: "Kettle & Crane Brewing",
		Experience: []profile.Experience{{Title: "Head Brewer", Company: "Kettle & Crane Brewing", Start: "2019", End: "present",
			Description: "Our Czech-style pale lager \"Desítka Dan\" won gold at the Great American Beer Festival 2022."}},
		Volunteering: []string{"Judge, World Beer Cup: judged European-style lager categories at World Beer Cup 2024."},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on the GABF gold for Desitka Dan - a huge result for a Czech-style pale lager.", true},
		{"Judging the European-style lager categories at the World Beer Cup 2024 says a lot.", true},
		// Another medal than the profile's, or a medal where they judged.
		{"Congrats on the GABF silver for Desitka Dan - a huge result for a Czech-style pale lager.", false},
		{"Congratulations on your World Beer Cup 2024 medal for a European-style lager.", false},
	})
}

func TestFormulasAndDealNamesWithATwo(t *testing.T) {
	p := &profile.Profile{
		Name: "Siddharth Raghunathan", Title: "Director, M&A Tax", Company: "Halden Whitmore LLP",
		Experience: []profile.Experience{{Title: "Director, M&A Tax", Company: "Halden Whitmore LLP", Start: "2021", End: "present",
			Description: "Advised the buyer on Project Heron, the £740m take-private of a FTSE 250 software company."}},
		Publications: []profile.Publication{{Title: "Lessons from a near-miss: hydrogen sulfide release during a refinery turnaround", Publisher: "Process Safety Progress"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Project Heron, the £740m P2P of a FTSE 250 software business, is a great credential for our client.", true},
		{"Your Process Safety Progress article on the H2S near-miss during a turnaround should be required reading.", true},
		{"Your Process Safety Progress article on the CO2 near-miss during a turnaround should be required reading.", false},
	})
}

func TestAwardWordInSmallLetters(t *testing.T) {
	p := &profile.Profile{Text: "Aurélie Lefèvre\nHydrogéologue senior chez Sillon Géo-Environnement\nLyon, France\n\n" +
		"Publications\nManaged aquifer recharge in the Est Lyonnais: a 10-year review\nHydrogeology Journal · Mar 2022\n\n" +
		"Honors & awards\nBest Poster Award\nInternational Association of Hydrogeologists (IAH) · Sep 2019\n46th IAH Congress, Málaga.\n"}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on winning the best poster award at the IAH Congress in Malaga.", true},
		// "paper" is no word of their award.
		{"Congratulations on winning the best paper award at the IAH Congress in Malaga.", false},
	})
}

func TestCityNamedInTheLinesLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Inés Muñoz Bárcena", Title: "Editora", Company: "Editorial Tinta Azul",
		Experience: []profile.Experience{{Title: "Editora", Company: "Editorial Tinta Azul", Start: "2018", End: "present",
			Description: "Sold translation rights for the Primeras lecturas series into 9 languages at the Bologna Children's Book Fair 2024."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Vender los derechos de traducción de Primeras lecturas a nueve idiomas en Bolonia en 2024 es justo lo que busca nuestro cliente.", true},
		{"Vender los derechos de traducción de Primeras lecturas a nueve idiomas en Fráncfort en 2024 es justo lo que busca nuestro cliente.", false},
	})
}

func TestChangesFromAFigureTheProfileStartsFrom(t *testing.T) {
	p := &profile.Profile{
		Name: "Agnieszka Taylor", Title: "Clinical Lead", Company: "Brightsmile Dental Group",
		About: "I care about access: I set up the group's NHS assessment clinic for children and cut the wait from 26 months to 14.",
		Experience: []profile.Experience{{Title: "Clinical Lead", Company: "Brightsmile Dental Group", Start: "2020", End: "present",
			Description: "Cut month-end close from 9 days to 5. Cut the lead time from 6 weeks to 2.5."}},
	}
	wantVerdicts(t, p, []lineWant{
		// After the colon of an interest's sentence comes what they did.
		{"Cutting the NHS wait for children from 26 to 14 months at Brightsmile is impressive.", true},
		// A change from the profile's start to another end.
		{"Cutting the NHS wait for children from 26 to 12 months at Brightsmile is impressive.", false},
		{"Cutting the month-end close from nine days to five is what our client wants.", true},
		{"Cutting the month-end close from nine days to four is what our client wants.", false},
		// "two and a half" is 2.5.
		{"Cutting the lead time from six weeks to two and a half is what our client wants.", true},
		{"Cutting the lead time from six weeks to three and a half is what our client wants.", false},
	})
}

func TestFractionCharactersAndUnitsOfAChange(t *testing.T) {
	p := &profile.Profile{
		Name: "Ana Lima", Title: "Ops Lead", Company: "Verde Foods",
		Experience: []profile.Experience{{Title: "Ops Lead", Company: "Verde Foods", Start: "2019", End: "present",
			Description: "Cut order lead time from 14 days to 3.5. Moved from 2 to 24/7 operation."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting lead time at Verde from 14 days to 3½ is impressive.", true},
		{"Cutting lead time at Verde from 14 days to 4½ is impressive.", false},
		// "from two weeks" is no start of the profile's "from 2 to 24/7".
		{"Cutting order lead time at Verde from two weeks to three and a half days is impressive.", true},
	})
}

func TestThingSaidToHaveGoneThroughThatIsPending(t *testing.T) {
	p := &profile.Profile{
		Name: "Freya Lindqvist", Title: "Lead Engineer", Company: "Ørsted",
		Experience: []profile.Experience{{Title: "Lead Engineer", Company: "Ørsted", Start: "2019", End: "present",
			Description: "Designed a motion-compensated gangway clamp for monopile installation; patent application filed in 2023 (pending)."}},
		Projects: []profile.Project{{Name: "Quick-clamp gangway", Description: "Patent filed 2023; trialled on Hornsea 2."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Filing the patent on your motion-compensated gangway clamp for monopiles is impressive.", true},
		{"Trialling the quick-clamp gangway on Hornsea 2 is exactly what our client wants.", true},
		// Filed and pending, not granted.
		{"Your granted patent on the motion-compensated gangway clamp is impressive.", false},
		{"Congratulations on the granted patent for your quick-clamp gangway.", false},
	})
}
