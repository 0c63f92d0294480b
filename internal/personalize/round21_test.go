package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func housingWriter() *profile.Profile {
	return &profile.Profile{
		Name: "Ruth Abernethy", Headline: "Housing Officer | Tenancy sustainment", Title: "Senior Housing Officer",
		Company: "Clydeside Homes", Location: "Glasgow, Scotland, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Senior Housing Officer", Company: "Clydeside Homes", Start: "2017", End: "Present",
				Description: "Cut void turnaround from 41 to 19 days across 2,300 homes."},
		},
		Publications: []profile.Publication{
			{Title: "Nine Days, Not Nine Weeks: rehousing after fire", Publisher: "Inside Housing", Year: 2023},
		},
	}
}

func TestAQuotedTitleStartingWithANumberWord(t *testing.T) {
	wantVerdicts(t, housingWriter(), []lineWant{
		// A number word after an opening quote is not a clipped year
		// ('22 for 2022).
		{"Your Inside Housing piece 'Nine Days, Not Nine Weeks' should be read by every housing manager.", true},
		{"Your Inside Housing piece 'Nine Days, Not Six Weeks' should be read by every housing manager.", false},
		// A clipped year still reads as one.
		{"Your Inside Housing piece from '23 on rehousing after fire was spot on.", true},
	})
}

func trialManager() *profile.Profile {
	return &profile.Profile{
		Name: "Farah Qureshi", Headline: "Clinical Trial Manager", Title: "Clinical Trial Manager",
		Company: "Northbeck Clinical", Location: "Manchester, England, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Clinical Trial Manager", Company: "Northbeck Clinical", Start: "2021", End: "Present",
				Description: "Ran a 2,400-patient asthma trial across 31 sites; line manager for 6 CRAs."},
			{Title: "Senior Clinical Research Associate", Company: "Parexel", Start: "2016", End: "2021",
				Description: "Monitored oncology sites in the North West."},
		},
	}
}

func TestAnInitialismBindsToTheEntryOfItsWords(t *testing.T) {
	wantVerdicts(t, trialManager(), []lineWant{
		// Their CRA post was at Parexel, though the later post manages
		// CRAs.
		{"Moving from senior CRA at Parexel to running a 2,400-patient asthma trial at Northbeck is a strong step.", true},
		// The asthma trial was not at Parexel.
		{"Running a 2,400-patient asthma trial at Parexel is a strong record.", false},
	})
}

func cableEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Sindre Aasen", Headline: "Offshore Installation Manager", Title: "Offshore Installation Manager",
		Company: "Havdyp Subsea", Location: "Bergen, Norway",
		Experience: []profile.Experience{
			{Title: "Offshore Installation Manager", Company: "Havdyp Subsea", Start: "2020", End: "Present",
				Description: "Led the installation of two 96 km export cables for the Sørvest offshore wind farm. Zero lost-time incidents over 180 days offshore. Advised Kystkraft on cable route surveys."},
			{Title: "Site Engineer", Company: "Brattli Anlegg", Start: "2014", End: "2020",
				Description: "Ran the Voss tunnel contract covering 8 km of road; no penalties in 4 of 4 years."},
		},
	}
}

func TestWorkForAClientGoesOnWithItsSentence(t *testing.T) {
	wantVerdicts(t, cableEngineer(), []lineWant{
		// The line gives the cables' sentence, which names the wind
		// farm; the safety record goes on with it.
		{"Laying two 96 km export cables for Sørvest with zero lost-time incidents over 180 days offshore is impressive.", true},
		// Their employer on that post.
		{"Running the Voss tunnel contract for Brattli across 8 km of road without penalties is a strong record.", true},
		// Kystkraft is named only for the route surveys.
		{"Acting for Kystkraft with zero lost-time incidents over 180 days offshore is impressive.", false},
	})
}

func factChecker() *profile.Profile {
	return &profile.Profile{Text: "Leena Varma\nShe/Her\n· 2nd\nSenior Fact Checker at Verita | Health statistics | Ex-ITN Claim Check\n" +
		"London, England, United Kingdom\n· Contact info\n\nAbout\nI check health numbers. Before Verita I spent three years on ITN's Claim Check desk.\n\n" +
		"Experience\nSenior Fact Checker\nVerita · Full-time\nApr 2023 - Present · 1 yr 9 mos\nLead checker on NHS statistics; ran our live check of the 2024 leaders' debates (ITV and ITN).\n" +
		"Researcher, Claim Check\nITN News · Contract\nJan 2019 - Aug 2021 · 2 yrs 8 mos\nVerified 2,300 images during the first wave of COVID-19.\n\n" +
		"Skills\nFact-checking · 12 endorsements\nStatistics\n"}
}

func TestAMoveFromAPastPostTheHeadlineAlsoNames(t *testing.T) {
	wantVerdicts(t, factChecker(), []lineWant{
		// The headline's "Ex-ITN Claim Check" is their past post, which
		// the move starts from.
		{"Your move from ITN's Claim Check desk to Verita is the path our client likes.", true},
		// Without a move from it, the headline's words are the
		// headline's.
		{"With Claim Check behind you, you would suit our client.", false},
	})
}

func coinDealer() *profile.Profile {
	return &profile.Profile{
		Name: "Jonas Albrecht", Headline: "Geschäftsführer, Münzhandlung Albrecht", Title: "Geschäftsführer",
		Company: "Münzhandlung Albrecht GmbH", Location: "Osnabrück, Deutschland",
		Experience: []profile.Experience{
			{Title: "Geschäftsführer", Company: "Münzhandlung Albrecht GmbH", Start: "Sep 2006", End: "Present",
				Description: "Übernahme des väterlichen Geschäfts. Aufbau des Auktionsbereichs ab 2007."},
			{Title: "Volontär Numismatik", Company: "Auktionshaus Kessler", Start: "Oct 1996", End: "Jul 1998",
				Description: "Katalogisierung antiker Münzen für die Auktionen 30 bis 38."},
		},
	}
}

func TestTheYearOfWhereAMoveWent(t *testing.T) {
	wantVerdicts(t, coinDealer(), []lineWant{
		// 2006 is when the post the move went to began.
		{"Going from cataloguing ancient coins at Kessler to taking over your father's business in 2006 is a great story.", true},
		// Not a year of the Kessler post.
		{"Cataloguing ancient coins at Kessler in 2006 is a great story.", false},
	})
}

func canoeBuilder() *profile.Profile {
	return &profile.Profile{
		Name: "Mairi Dunlop", Headline: "Canoe builder", Title: "Owner", Company: "Loch Awe Canoe Works",
		Location: "Oban, Scotland, United Kingdom", Skills: []string{"Canoes", "Woodworking"},
		Experience: []profile.Experience{
			{Title: "Owner", Company: "Loch Awe Canoe Works", Start: "2009", End: "Present",
				Description: "Have built 164 cedar-strip canoes; sold 2,100 paddles through the shop."},
		},
	}
}

func TestNumbersInWordsStartingWithOne(t *testing.T) {
	wantVerdicts(t, canoeBuilder(), []lineWant{
		// "one hundred and sixty-four" is 164, a figure, though "one" alone is
		// a function word.
		{"One hundred and sixty-four canoes built by hand is a serious body of work.", true},
		{"Two thousand one hundred paddles sold through your own shop is a lot.", true},
		{"One hundred and eighty canoes built by hand is a serious body of work.", false},
	})
}

func estatesPartner() *profile.Profile {
	return &profile.Profile{
		Name: "Anjali Mehta", Headline: "Partner, Wills & Estates", Title: "Partner", Company: "Baird Coulter LLP",
		Location: "Toronto, Ontario, Canada",
		Experience: []profile.Experience{
			{Title: "Partner, Wills & Estates", Company: "Baird Coulter LLP", Start: "2016", End: "Present",
				Description: "Dual-wills planning for owner-managers."},
			{Title: "Member, Legacy Giving Council", Company: "Lakeshore Hospital Foundation", Start: "2019", End: "Present",
				Description: "Advises on gifts by will."},
		},
	}
}

func TestAPostSetBesideTheMainClause(t *testing.T) {
	wantVerdicts(t, estatesPartner(), []lineWant{
		// The fronted phrase is the other post; the main clause's is
		// the foundation's.
		{"Alongside partnership at Baird Coulter you sit on the Lakeshore Hospital Foundation's Legacy Giving Council, a rare mix.", true},
		// Bound in one clause, they are two entries.
		{"Your Legacy Giving Council work at Baird Coulter is a rare mix.", false},
	})
}

func pastryChef() *profile.Profile {
	return &profile.Profile{Text: "Elif Kaya\n· 2nd\nHead of Product at Lale Şekerleme\nİstanbul, Türkiye\n\nExperience\n" +
		"Lale Şekerleme logo\nHead of Product\nLale Şekerleme · Full-time\nFeb 2020 - Present · 4 yrs 11 mos\nİstanbul, Türkiye\nDeveloped a sugar-free lokum range.\n" +
		"Bosphorus Grand Hotel logo\nPastry Chef\nBosphorus Grand Hotel · Full-time\nSep 2015 - Jan 2020 · 4 yrs 5 mos\nİstanbul, Türkiye\nCreated the hotel's Ramazan dessert menu.\n" +
		"Duval logo\nStagiaire pâtissière\nDuval · Internship\nJan 2015 - Jun 2015 · 6 mos\nParis, Île-de-France, France\n\nEducation\n"}
}

func TestAnEmployerAndItsCity(t *testing.T) {
	wantVerdicts(t, pastryChef(), []lineWant{
		// "Duval Paris" is the employer and its city: the menu was the
		// hotel's.
		{"Your Ramazan dessert menu for Duval Paris sounds delightful.", false},
		{"Your Ramazan dessert menu at the Bosphorus Grand Hotel sounds delightful.", true},
	})
}

func dispatcher() *profile.Profile {
	return &profile.Profile{
		Name: "Emil Åberg", Headline: "Flight Dispatcher", Title: "Senior Flight Dispatcher", Company: "Nordavia",
		Location: "Stockholm, Sweden",
		Experience: []profile.Experience{
			{Title: "Senior Flight Dispatcher", Company: "Nordavia", Start: "2016", End: "Present",
				Description: "Planned the Copenhagen–Tokyo polar routes."},
		},
		TeamHonors: []string{"Nordavia Operations Excellence Award 2023, awarded to the Polar Routing Team for the Copenhagen–Tokyo polar routing"},
	}
}

func TestATeamAwardCreditedToTheTeamInAnotherLanguage(t *testing.T) {
	wantVerdicts(t, dispatcher(), []lineWant{
		// "för polarruttsteamet": to the team, as the award was.
		{"Grattis till Nordavia Operations Excellence Award 2023 för polarruttsteamet!", true},
		{"Congratulations on your Nordavia Operations Excellence Award 2023!", false},
	})
}

func banquetManager() *profile.Profile {
	return &profile.Profile{
		Name: "Lucía Ortega", Headline: "Directora de Operaciones", Title: "Directora de Operaciones", Company: "Mesa Clara Catering",
		Location: "Madrid, España",
		Experience: []profile.Experience{
			{Title: "Directora de Operaciones", Company: "Mesa Clara Catering", Start: "2019", End: "Present",
				Description: "Eventos de hasta 300 extras."},
			{Title: "Jefa de Banquetes", Company: "Hotel Palacio Real", Start: "2012", End: "2019",
				Description: "Banquetes de hasta 900 invitados."},
		},
	}
}

func TestAMoveInSpanishKeepsItsPostsApart(t *testing.T) {
	wantVerdicts(t, banquetManager(), []lineWant{
		{"Pasar de jefa de banquetes en el Palacio Real a directora de operaciones en Mesa Clara es un gran salto.", true},
		// Without the move, the banquets were not Mesa Clara's.
		{"Sus banquetes de hasta 900 invitados en Mesa Clara son impresionantes.", false},
	})
}

func glassblower() *profile.Profile {
	return &profile.Profile{
		Name: "Théo Marchand", Headline: "Maître verrier", Title: "Fondateur", Company: "Atelier Marchand",
		Location: "Biot, France",
		Experience: []profile.Experience{
			{Title: "Fondateur", Company: "Atelier Marchand", Start: "2014", End: "Present",
				Description: "Pièces uniques pour l'hôtellerie : série de 300 verres pour le restaurant Le Mas Vert, Menton (2022) ; lustre « Corail », 84 pendants pour l'Hôtel Belle Plage, Juan-les-Pins (2018)."},
		},
	}
}

func TestWorkForTheWrongPartyOfTheSamePost(t *testing.T) {
	wantVerdicts(t, glassblower(), []lineWant{
		// The chandelier was the Hôtel Belle Plage's; the glasses were
		// Le Mas Vert's.
		{"Your Corail chandelier for Le Mas Vert in Menton is gorgeous.", false},
		{"Your Corail chandelier for the Hôtel Belle Plage is gorgeous.", true},
		{"Your 300 glasses for Le Mas Vert in Menton are gorgeous.", true},
	})
}

func flightInstructor() *profile.Profile {
	return &profile.Profile{
		Name: "Linnea Berg", Headline: "Chief Flight Instructor", Title: "Chief Flight Instructor", Company: "Kestrel Aviation",
		Location: "Honolulu, Hawaii, United States",
		Experience: []profile.Experience{
			{Title: "Chief Flight Instructor", Company: "Kestrel Aviation", Start: "2017", End: "Present",
				Description: "Took the school's first-time checkride pass rate from 71% to 88%."},
		},
		Honors: []string{"Regional CFI of the Year (Western-Pacific), General Aviation Awards, 2024",
			"Glassfestivalen – semifinal Stockholm, 2:a plats, 2023"},
	}
}

func TestAnAwardsReachAndPlaceInOtherWords(t *testing.T) {
	wantVerdicts(t, flightInstructor(), []lineWant{
		{"Being named the national CFI of the Year in the General Aviation Awards is a real achievement.", false},
		{"Being named Regional CFI of the Year by the General Aviation Awards is a real achievement.", true},
		// "2:a plats" is second place in Swedish.
		{"Congrats on winning Glassfestivalen in 2023!", false},
		{"Second place at the Glassfestivalen semifinal in Stockholm in 2023 is a great result.", true},
	})
}

func apparatusMaker() *profile.Profile {
	return &profile.Profile{
		Name: "Kenji Mori", Headline: "Scientific Glassblower", Title: "Scientific Glassblower", Company: "Tohoku University",
		Location: "Sendai, Japan",
		Experience: []profile.Experience{
			{Title: "Scientific Glassblower", Company: "Tohoku University", Start: "2015", End: "Present",
				Description: "Builds Schlenk lines and quartz photoreactors for chemistry labs."},
		},
		Honors: []string{"Scientific Apparatus Exhibit, 2nd place, ASGS Symposium, 2019, for a 12-way distribution manifold"},
	}
}

func TestAFirstPlaceSaidWithoutAWordOfWinning(t *testing.T) {
	wantVerdicts(t, apparatusMaker(), []lineWant{
		// The manifold took second place.
		{"The twelve-way manifold that took first prize at the ASGS symposium was remarkable work.", false},
		{"The twelve-way manifold that took second place at the ASGS symposium was remarkable work.", true},
		// An idiom, no prize.
		{"Your quartz photoreactors for chemistry labs are why I looked you up in the first place.", true},
	})
}

func smtEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Marek Nowak", Headline: "Process Engineer, SMT", Title: "Senior Process Engineer", Company: "Elmotech",
		Location: "Gdańsk, Poland",
		Experience: []profile.Experience{
			{Title: "Senior Process Engineer", Company: "Elmotech", Start: "2019", End: "Present",
				Description: "Own the process on three Fuji NXT lines."},
			{Title: "SMT Machine Operator", Company: "Flextronix", Start: "2014", End: "2019", Location: "Tczew, Poland"},
		},
		Volunteering: []string{"Opstapper, KNRM station Hoek van Holland: 40+ acties sinds 2015"},
	}
}

func TestOperatingMachinesIsNoLeadingClaim(t *testing.T) {
	wantVerdicts(t, smtEngineer(), []lineWant{
		{"From running SMT machines at Flextronix to owning three Fuji NXT lines at Elmotech, a great progression.", true},
		// Running the site is leading it, which their post there was not.
		{"Running the Tczew site at Flextronix before Elmotech is a great progression.", false},
		// "Ruim" opens a line in Dutch: an approximator, not a name.
		{"Ruim 40 acties als opstapper bij de KNRM in Hoek van Holland, respect.", true},
	})
}

func TestBusinessMetricAbbreviations(t *testing.T) {
	p := &profile.Profile{
		Name: "Dung Tran", Headline: "Body Shop Manager", Title: "Body Shop Manager", Company: "Dandenong Smash Repairs",
		Location: "Melbourne, Australia",
		Experience: []profile.Experience{{Title: "Body Shop Manager", Company: "Dandenong Smash Repairs", Start: "2018", End: "Present",
			Description: "Our customer satisfaction score hit 96% for 2023, up from 88%; cut mean time between failures on the paint booth to 900 hours."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"CSAT up from 88% to 96% for 2023, the crew must be proud.", true},
		{"Taking the paint booth's MTBF to 900 hours is a rare result.", true},
		{"CSAT up from 78% to 96% for 2023, the crew must be proud.", false},
	})
}

func insulationInstaller() *profile.Profile {
	return &profile.Profile{
		Name: "Dariusz Kowal", Headline: "Retrofit Site Manager", Title: "Site Manager", Company: "Pennine Warm Homes",
		Location: "Oldham, England, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Site Manager", Company: "Pennine Warm Homes", Start: "2018", End: "Present",
				Description: "Retrofitted 112 pre-1919 terraced houses on the Hathershaw estate with external wall insulation, from an average EPC of E to C."},
		},
	}
}

func TestAYearBeforeANounCountsNothing(t *testing.T) {
	wantVerdicts(t, insulationInstaller(), []lineWant{
		// "pre-1919 terraced houses" dates the houses: 112 is the count.
		{"Moving 112 Hathershaw terraces from an average EPC of E to C is exactly the work our client does.", true},
		{"Moving 146 Hathershaw terraces from an average EPC of E to C is exactly the work our client does.", false},
	})
}

func eventCaterer() *profile.Profile {
	return &profile.Profile{
		Name: "Lucía Fernández", Headline: "Directora de Operaciones", Title: "Directora de Operaciones", Company: "Mesa Viva Catering",
		Location: "Madrid, España",
		Experience: []profile.Experience{
			{Title: "Directora de Operaciones", Company: "Mesa Viva Catering", Start: "2018", End: "Present",
				Description: "Catering del congreso anual de la Sociedad Española de Cardiología en IFEMA (2023): 6.200 comensales en tres días."},
		},
	}
}

func TestAnInstitutionTranslatedFromADescription(t *testing.T) {
	wantVerdicts(t, eventCaterer(), []lineWant{
		{"Feeding 6,200 diners over three days at the Spanish Society of Cardiology congress at IFEMA is a huge operation.", true},
		// No society of surgery on the profile.
		{"Feeding 6,200 diners over three days at the Spanish Society of Surgery congress at IFEMA is a huge operation.", false},
	})
}

func sprinklerDesigner() *profile.Profile {
	return &profile.Profile{
		Name: "Bartłomiej Wróbel", Headline: "Fire Sprinkler Designer", Title: "Senior Sprinkler Designer", Company: "Aquaguard Fire",
		Location: "Manchester, England, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Senior Sprinkler Designer", Company: "Aquaguard Fire", Start: "2017", End: "Present",
				Description: "Designed 4,300 sprinkler heads across eleven storeys on the Mayfield Depot scheme."},
		},
	}
}

func TestTheNameALineSpeaksTo(t *testing.T) {
	wantVerdicts(t, sprinklerDesigner(), []lineWant{
		// "Bartek" is a short form of Bartłomiej: whom the line speaks to.
		{"Bartek, designing 4,300 sprinkler heads across eleven storeys on the Mayfield Depot scheme is serious work.", true},
		{"Designing 4,300 sprinkler heads across eleven storeys on the Mayfield Depot scheme is serious work, Bartek.", true},
		// Someone else's name there: a line written for another person.
		{"Designing 4,300 sprinkler heads across eleven storeys on the Mayfield Depot scheme is serious work, Tomek.", false},
		// A name in the middle of the line is a claim.
		{"Designing 4,300 sprinkler heads with Kestrel on the Mayfield Depot scheme is serious work.", false},
	})
}

func TestATalkInJapaneseOrKorean(t *testing.T) {
	p := &profile.Profile{
		Name: "Kenji Mori", Headline: "Scientific Glassblower", Title: "Scientific Glassblower", Company: "Tohoku University",
		Location: "Sendai, Japan",
		Experience: []profile.Experience{{Title: "Scientific Glassblower", Company: "Tohoku University", Start: "2015", End: "Present",
			Description: "Builds quartz photoreactors for chemistry labs."}},
		Activity: []profile.Activity{{Kind: profile.ActivityPost, Text: "ASGSシンポジウム(ボストン, 2023)で石英フォトリアクターの製作について発表しました。"}},
	}
	wantVerdicts(t, p, []lineWant{
		// 発表 is a talk, given in Boston.
		{"Your quartz photoreactor talk at the ASGS symposium in Boston is why I'm writing.", true},
		{"Your quartz photoreactor book is why I'm writing.", false},
	})
}

func labelConsultant() *profile.Profile {
	return &profile.Profile{Text: "Rebecca Castell\n· 2nd\nFood Labelling Consultant\nMelbourne, Victoria, Australia\n\n" +
		"Featured\nPost\nSpeaker, AIFST Convention 2023: \"Health claims that survive a complaint\"\n\n" +
		"Experience\nPrincipal Consultant\nClearlabel · Self-employed\nJan 2016 - Present · 9 yrs\nLabelling compliance for 300 food brands.\n\n" +
		"Volunteering\nCommittee Member, Victorian Branch\nAustralian Institute of Food Science and Technology (AIFST)\n2020 - Present · 4 yrs 11 mos\n" +
		"Runs the free quarterly Label Clinic for food start-ups; 70 start-ups seen since 2020.\n\nSkills\nFood Labelling\n"}
}

func TestAYearOfAnotherEntryOfTheSameName(t *testing.T) {
	wantVerdicts(t, labelConsultant(), []lineWant{
		// AIFST is the talk's (2023) and the clinic's (since 2020).
		{"Seventy start-ups through your free Label Clinic at AIFST Victoria since 2020 is a lovely bit of giving back.", true},
		{"Your AIFST Convention talk in 2021 on health claims was spot on.", false},
	})
}

func radiationPhysicist() *profile.Profile {
	return &profile.Profile{
		Name: "Camille Lefort", Headline: "Radioprotection", Title: "Ingénieure radioprotection", Company: "EDF",
		Location: "Reims, France",
		Experience: []profile.Experience{{Title: "Ingénieure radioprotection", Company: "EDF", Start: "2018", End: "Present",
			Description: "Dosimétrie opérationnelle en temps réel à Flamanville."}},
		Honors: []string{"Prix jeune chercheur SFRP 2021 – nominée, SFRP, 2021", "CRA of the Year 2022, ACRP Texas Gulf Coast Chapter, Oct 2022"},
	}
}

func TestBravoAndAChaptersAward(t *testing.T) {
	wantVerdicts(t, radiationPhysicist(), []lineWant{
		// "Bravo" congratulates as "Félicitations" does: on a nomination.
		{"Bravo pour votre Prix jeune chercheur SFRP 2021, amplement mérité.", false},
		{"Bravo pour votre nomination au Prix jeune chercheur SFRP 2021.", true},
		// A chapter's award is no national one.
		{"Congratulations on winning ACRP's national CRA of the Year award in 2022.", false},
	})
}

func danceTeacher() *profile.Profile {
	return &profile.Profile{
		Name: "Claire Roussin", Headline: "Professeure de danse", Title: "Professeure", Company: "École de danse de Lyon",
		Location: "Lyon, France",
		Experience: []profile.Experience{{Title: "Professeure", Company: "École de danse de Lyon", Start: "2012", End: "Present",
			Description: "Classe « Danse et Parkinson » depuis 2019."}},
		Projects: []profile.Project{{Name: "Danse et Parkinson",
			Description: "Cours hebdomadaire pour 18 personnes : amélioration moyenne de 12 % au test d'équilibre de Berg après 6 mois."}},
		Publications: []profile.Publication{{Title: "Enseigner la barre au sol aux enfants de 8 à 12 ans", Publisher: "Danse Magazine", Year: 2021}},
	}
}

func TestAChangeNamedBeforeItsFigure(t *testing.T) {
	wantVerdicts(t, danceTeacher(), []lineWant{
		// "amélioration moyenne de 12 %" is a change, as "an improvement
		// of 12%" is.
		{"A 12% average improvement on the Berg balance test after six months of your Parkinson's dance class is remarkable.", true},
		{"A 18% average improvement on the Berg balance test after six months of your Parkinson's dance class is remarkable.", false},
	})
}

func mathsTeacher() *profile.Profile {
	return &profile.Profile{
		Name: "Ayşe Yılmaz", Headline: "Head of Mathematics", Title: "Head of Mathematics", Company: "Kings Norton Academy",
		Location: "Birmingham, England, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Head of Mathematics", Company: "Kings Norton Academy", Start: "2019", End: "Present",
				Description: "Teaches Year 7 mixed-attainment maths while co-managing the trust's £3.8m tutoring fund."},
			{Title: "Teacher of Mathematics", Company: "Small Heath School", Start: "2012", End: "2019"},
			{Title: "Visiting Lecturer", Company: "Newman University", Start: "2021", End: "Present",
				Description: "Teaches the PGCE secondary maths summer course."},
		},
		Publications: []profile.Publication{{Title: "Why I stopped setting in Year 7", Publisher: "Mathematics in School", Year: 2022}},
	}
}

func TestWordsOfOneTitleAndAClauseAfterWhile(t *testing.T) {
	wantVerdicts(t, mathsTeacher(), []lineWant{
		// "Mathematics in School" is the journal's name, not their post
		// and their school.
		{"Your Mathematics in School article on why you stopped setting in Year 7 made me rethink a few things.", true},
		// "while co-managing" is another clause.
		{"Teaching the PGCE maths summer course at Newman while co-managing a £3.8m tutoring fund is an unusual combination.", true},
		// Bound in one phrase, they are two entries.
		{"Your Year 7 mixed-attainment maths at Small Heath School made me rethink a few things.", false},
	})
}

func labellingLead() *profile.Profile {
	return &profile.Profile{
		Name: "Ane Etxeberria", Headline: "Labelling & Regulatory Lead", Title: "Labelling Lead", Company: "Conservas Uribarri",
		Location: "Bermeo, España",
		Experience: []profile.Experience{
			{Title: "Labelling Lead", Company: "Conservas Uribarri", Start: "2019", End: "Present",
				Description: "Led the move of the whole range to Nutri-Score (118 products) in 2021."},
			{Title: "Regulatory Technician", Company: "AZTI", Start: "2014", End: "2019",
				Description: "Advised 60 Basque food SMEs on labelling."},
		},
		Publications: []profile.Publication{{Title: "Practical guide to labelling fish products", Publisher: "AZTI", Year: 2016}},
		Activity:     []profile.Activity{{Kind: profile.ActivityPost, Text: "Three years on, Nutri-Score on all 118 of our products. Proud of the team."}},
	}
}

func TestTwoFactsOfPostsAndOtherLists(t *testing.T) {
	wantVerdicts(t, labellingLead(), []lineWant{
		// Nutri-Score is Uribarri's (and a post of theirs), AZTI a past
		// employer (and a paper's publisher): no entry holds both.
		{"Rolling out Nutri-Score across 118 products at AZTI is impressive.", false},
		{"Rolling out Nutri-Score across 118 products at Uribarri is impressive.", true},
	})
}

func TestANameRunStopsBeforeAFigure(t *testing.T) {
	p := &profile.Profile{
		Name: "Dung Nguyen", Headline: "Body Shop Manager", Title: "Body Shop Manager", Company: "Dandenong Smash Repairs",
		Experience: []profile.Experience{{Title: "Body Shop Manager", Company: "Dandenong Smash Repairs", Start: "2018", End: "Present",
			Description: "Apprentice of Tomorrow placements run with Chisholm for 12 students a year."}},
	}
	v := Check(p, "Running the Apprentice of Tomorrow placements with Chisholm Institute for 12 students a year is great for the trade.", Options{})
	for _, f := range v.Failures {
		if strings.Contains(f.Message, "for 12") {
			t.Errorf("the name runs on into the figure: %s", f.Message)
		}
	}
}
