package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func shipManager() *profile.Profile {
	return &profile.Profile{
		Name: "Katerina Vlachou", Headline: "Technical Superintendent | Aframax and LNG tankers", Title: "Technical Superintendent",
		Company: "Aegean Tanker Management", Location: "Piraeus, Greece",
		Experience: []profile.Experience{
			{Title: "Technical Superintendent", Company: "Aegean Tanker Management", Start: "2019", End: "present",
				Description: "Ran the dry-docking of 6 tankers at Tuzla; saved $2.4m against budget. Moved the fleet to PMS v3.2 across 14 vessels."},
			{Title: "Second Engineer", Company: "Hellenic Crude Carriers", Start: "2012", End: "2019",
				Description: "Suezmax engine room; rebuilt the purifier line after the 2016 fire."},
		},
		Recommendations: []profile.Recommendation{{Person: "Nikos Stavrou", Given: true,
			Text: "Nikos led HCC's ballast water treatment retrofit on four ships in 2018, calmly and on time."}},
	}
}

func TestGreekNamesAndScales(t *testing.T) {
	wantVerdicts(t, shipManager(), []lineWant{
		// Her surname in Greek letters is her surname; "εκατ." a million.
		{"Κυρία Βλάχου, η εξοικονόμηση 2,4 εκατ. δολαρίων στη δεξαμενή της Tuzla μας έκανε εντύπωση.", true},
		// A Greek name she does not have is still not hers.
		{"Κυρία Παπαδάκη, η εξοικονόμηση 2,4 εκατ. δολαρίων στη δεξαμενή της Tuzla μας έκανε εντύπωση.", false},
	})
}

func TestVersionNumbers(t *testing.T) {
	wantVerdicts(t, shipManager(), []lineWant{
		// "PMS 3.2" is the profile's "PMS v3.2", and the other way round.
		{"Moving 14 vessels onto PMS 3.2 at Aegean Tanker Management is the rollout our client needs.", true},
		{"Moving 14 vessels onto PMS v3.2 at Aegean Tanker Management is the rollout our client needs.", true},
		{"Moving 14 vessels onto PMS 4.1 at Aegean Tanker Management is the rollout our client needs.", false},
	})
}

func TestInitialsOfTheirEmployerInARecommendationTheyGave(t *testing.T) {
	wantVerdicts(t, shipManager(), []lineWant{
		// HCC, their employer Hellenic Crude Carriers, is also in a
		// recommendation they wrote: the line credits them with their own
		// work there.
		{"Rebuilding the purifier line at HCC after the 2016 fire shows real engine-room grit.", true},
		// The retrofit is the recommendation's, not theirs.
		{"Leading HCC's ballast water treatment retrofit on four ships in 2018 was impressive.", false},
	})
}

func TestNameSwappedBeforeANounOfTheEntry(t *testing.T) {
	wantVerdicts(t, shipManager(), []lineWant{
		// Aframax is on the profile (their headline), but the engine room
		// at Hellenic Crude Carriers was a Suezmax's.
		{"Rebuilding the purifier line after the 2016 fire on the Aframax engine room at Hellenic Crude Carriers is real grit.", false},
		{"Rebuilding the purifier line after the 2016 fire in the Suezmax engine room at Hellenic Crude Carriers is real grit.", true},
	})
}

func archivist() *profile.Profile {
	return &profile.Profile{
		Name: "Sigrid Holm", Headline: "Digital Archivist | Records Management | Uppsala", Title: "Digital Archivist",
		Company: "Riksarkivet", Location: "Stockholm, Sweden",
		Experience: []profile.Experience{
			{Title: "Digital Archivist", Company: "Riksarkivet", Start: "2018", End: "present",
				Description: "Built the intake checks for e-archive deliveries from 112 government agencies; failed deliveries fell from 41% to 12%."},
		},
		Education: []profile.Education{
			{School: "Uppsala universitet", Degree: "Master", Field: "Archival Science"},
			{School: "Stockholms universitet", Degree: "Kandidatexamen", Field: "Records Management"},
		},
	}
}

func TestForeignWordsInsideAReference(t *testing.T) {
	wantVerdicts(t, archivist(), []lineWant{
		// Norwegian words between the matched ones translate the field's.
		{"Dine e-archive-leveranser fra 112 etater i Riksarkivet er akkurat det kunden vår ser etter.", true},
		{"Dine intake checks for e-archive leveranser fra 112 etater i Riksarkivet er akkurat det kunden vår ser etter.", true},
		// English words that are not on the profile are still refused.
		{"Your intake checks for e-archive payroll invoice deliveries from 112 government agencies at Riksarkivet are impressive.", false},
	})
}

func TestCountedInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Marek Zielinski", Headline: "Supplier Quality Lead | Aerospace", Title: "Supplier Quality Lead", Company: "Avio Polska",
		Experience: []profile.Experience{{Title: "Supplier Quality Lead", Company: "Avio Polska", Start: "2019", End: "present",
			Description: "Led the PPAP rollout for 48 suppliers of turbine blades. Cut escapes on the turbine line by 17% in a year."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "48 dostawców łopatek turbin" is the profile's "48 suppliers of
		// turbine blades": the words between are Polish, and the last one
		// is no English noun to judge the figure by.
		{"Panie Marku, wdrożenie PPAP u 48 dostawców łopatek turbin w Avio Polska to dokładnie to, czego szuka nasz klient.", true},
		// In English, the figure of another thing is refused.
		{"Leading the PPAP rollout for 17 suppliers of turbine blades at Avio Polska is what our client needs.", false},
	})
}

func TestTwoSchoolsNamedByOtherFields(t *testing.T) {
	wantVerdicts(t, archivist(), []lineWant{
		// "Uppsala" is in their headline: with their town, it is no
		// path between two schools.
		{"As a records management archivist in Stockholm with an Uppsala master's, you fit our client's team.", false},
	})
}

func TestPastedCardWithMenuArrowsAndCredentials(t *testing.T) {
	page := strings.Join([]string{
		"Skip to main content", "Home", "My Network", "Jobs", "Messaging", "Notifications", "Me ▾", "For Business ▾",
		"Reactivate Premium: 50% Off", "",
		"Haruto Sato (佐藤 陽翔), Dr. Eng.", "He/Him", "· 2nd", "Reactor Safety Engineer | PSA", "Osaka, Japan", "Contact info", "",
		"Experience", "Reactor Safety Engineer", "Kansai Nuclear Services · Full-time", "Apr 2015 - Present · 10 yrs",
		"Built the Level 2 PSA model for the Unit 3 restart review, a 900-page submission.", "",
		"Recommendations", "Received  Given", "Aiko Mori", "Principal Engineer, Kansai Nuclear Services",
		"March 2020, Haruto worked with Aiko on the same team",
		"Aiko built the RELAP5 model of the Unit 2 steam generators that every outage plan leaned on.", "",
		"Skills", "Nuclear Safety · 12 endorsements",
	}, "\n")
	p := &profile.Profile{Text: page}
	wantVerdicts(t, p, []lineWant{
		{"Building the Level 2 PSA model for the Unit 3 restart review, a 900-page submission, is serious work.", true},
		// The RELAP5 model is Aiko's, in a recommendation Haruto gave.
		{"Building the RELAP5 model of the Unit 2 steam generators must have taken real patience.", false},
	})
}

func TestSalutationsInAnyLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Marek Zielinski", Headline: "Supplier Quality Lead | Aerospace", Title: "Supplier Quality Lead", Company: "Avio Polska",
		Experience: []profile.Experience{{Title: "Supplier Quality Lead", Company: "Avio Polska", Start: "2019", End: "present",
			Description: "Led the PPAP rollout for 48 suppliers of turbine blades. Cut escapes on the turbine line by 17% in a year."}},
	}
	rest := " the PPAP rollout for 48 suppliers of turbine blades is what our client needs."
	wantVerdicts(t, p, []lineWant{
		// A greeting or a title before their name, in any language, is no
		// name the profile must have.
		{"Mr Zielinski," + rest, true},
		{"Kia ora Marek," + rest, true},
		{"Chào anh Marek," + rest, true},
		{"Merhaba Marek Bey," + rest, true},
		{"Bună ziua domnule Zielinski," + rest, true},
		{"Sawubona Marek!" + rest, true},
		{"Panie Marku," + rest, true},
		// Someone else's name is still refused, and so is a clause that
		// says more than a greeting.
		{"Kia ora Aroha," + rest, false},
		{"Ms Kowalska," + rest, false},
		{"Marek Zielinski of Boeing," + rest, false},
	})
}

func TestReferenceMatchedInsideACompoundBindsToItsEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Lena Brandt", Headline: "Leitende Physiotherapeutin", Title: "Leitende Physiotherapeutin", Company: "Rehaklinik Seewald",
		Experience: []profile.Experience{
			{Title: "Leitende Physiotherapeutin", Company: "Rehaklinik Seewald", Start: "2020", End: "present",
				Description: "Einführung des robotergestützten Gangtrainings (Lokomat) mit 1.200 Einheiten im ersten Jahr."},
			{Title: "Physiotherapeutin", Company: "Klinikum Talheim", Start: "2012", End: "2019",
				Description: "Sportphysiotherapie nach Kreuzbandrissen; Aufbau der Rückenschule."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "gait training" is found inside "Gangtrainings"; the Lokomat
		// was at Seewald, not Talheim.
		{"Introducing Lokomat robot-assisted gait training at Klinikum Talheim was ahead of its time.", false},
		{"Introducing Lokomat robot-assisted gait training at Rehaklinik Seewald was ahead of its time.", true},
	})
}

func metallurgist() *profile.Profile {
	return &profile.Profile{
		Name: "Deniz Aksoy", Headline: "Foundry Process Engineer", Title: "Foundry Process Engineer", Company: "Kuzey Döküm",
		Experience: []profile.Experience{{Title: "Foundry Process Engineer", Company: "Kuzey Döküm", Start: "2016", End: "present",
			Description: "Cut scrap on the brake-disc line from 9.5% to 4.1% in 2021. Cut mould changeover from 40 to 25 minutes. Raised output to 1,950 castings a shift; trained 12 moulders; took the plant's capacity to €1.3bn of orders."}},
		Education: []profile.Education{{School: "Istanbul Technical University", Degree: "MSc", Field: "Magnesium inoculation of compacted graphite iron in heavy sections"}},
	}
}

func TestThesisInAnEducationEntry(t *testing.T) {
	wantVerdicts(t, metallurgist(), []lineWant{
		// What an education entry says beside the degree is its thesis.
		{"Your master's thesis on magnesium inoculation of compacted graphite iron is right on our client's problem.", true},
		// A thesis of something their education does not say is still refused.
		{"Your master's thesis on brake-disc scrap rates is right on our client's problem.", false},
	})
}

func TestRecruitersOwnCountAndFiguresWrittenOtherwise(t *testing.T) {
	wantVerdicts(t, metallurgist(), []lineWant{
		// "two of our engineers" counts the recruiter's side.
		{"Cutting brake-disc scrap from 9.5% to 4.1% was mentioned to me by two of our engineers.", true},
		// The unit said after the start, where the profile gives it at
		// the end, and the end changed.
		{"Cutting mould changeover from 40 minutes to 25 is a big result.", true},
		{"Cutting mould changeover from 40 minutes to 12 is a big result.", false},
		// "1950" written without a separator is the count, not a year.
		{"Podniesienie wydajności do 1950 odlewów na zmianę to świetny wynik.", true},
		// "Md€", French for a billion.
		{"Porter le carnet de commandes de Kuzey Döküm à 1,3 Md€ est un résultat remarquable.", true},
	})
}

func creditAnalyst() *profile.Profile {
	return &profile.Profile{
		Name: "Agnieszka Nowicka", Headline: "Senior Credit Analyst", Title: "Senior Credit Analyst", Company: "mBank S.A.",
		Experience: []profile.Experience{
			{Title: "Senior Credit Analyst", Company: "mBank S.A.", Start: "2020", End: "present",
				Description: "Underwrites mid-corporate loans in renewable energy; over 1,400 days of site visits logged."},
			{Title: "Credit Analyst", Company: "Pekao", Start: "2016", End: "2020",
				Description: "Restructured the bank's exposure to a Gdańsk hotel portfolio in 2020."},
			{Title: "Learning & Development Lead", Company: "Orlen", Start: "2012", End: "2016",
				Description: "Ran the graduate academy."},
		},
		Volunteering: []string{"Volunteer coach, KS Sopot: coach of the U13 girls' team."},
		Publications: []profile.Publication{{Title: "Mierzenie ryzyka klimatycznego w portfelu kredytowym", Publisher: "Bank.pl"}},
	}
}

func TestNamesWrittenInMixedCaseAndPairedInitialsBind(t *testing.T) {
	wantVerdicts(t, creditAnalyst(), []lineWant{
		// "mBank" is an employer, and the hotel portfolio was at Pekao.
		{"Your restructuring of the Gdańsk hotel portfolio at mBank was impressive work.", false},
		{"Your restructuring of the Gdańsk hotel portfolio at Pekao was impressive work.", true},
		// "L&D" is their "Learning & Development" post at Orlen.
		{"Running the graduate academy as L&D lead at Orlen is a great grounding.", true},
	})
}

func TestPoliteYouAgeGroupsAndCountsOfDays(t *testing.T) {
	wantVerdicts(t, creditAnalyst(), []lineWant{
		// "Pani artykuł": your article, in a Polish letter.
		{"Pani Agnieszko, z zainteresowaniem przeczytałem Pani artykuł w Bank.pl o ryzyku klimatycznym w portfelu kredytowym.", true},
		// "under-13" is the profile's "U13".
		{"Coaching the KS Sopot under-13 girls alongside credit work is no small commitment.", true},
		// A count of days the profile counts otherwise.
		{"Over 2,900 days of site visits logged on renewable energy loans is a remarkable record.", false},
		{"Over 1,400 days of site visits logged on renewable energy loans is a remarkable record.", true},
	})
}

func dairyFarmer() *profile.Profile {
	return &profile.Profile{
		Name: "Gwen Morgan", Headline: "Dairy Farm Manager", Title: "Dairy Farm Manager", Company: "Tywi Valley Farms",
		Experience: []profile.Experience{
			{Title: "Dairy Farm Manager", Company: "Tywi Valley Farms", Start: "2017", End: "present",
				Description: "Installed 6 DeLaval robots in 2021. Brought the herd back to full yield in 40 hours after the 2022 flood. Ran a trial across 9 of the 14 paddocks."},
			{Title: "Herd Manager", Company: "Cefn Dairies", Start: "2010", End: "2017",
				Description: "Defended a supermarket client in a £2m milk price dispute."},
		},
		Education: []profile.Education{{School: "Coláiste na hOllscoile Corcaigh", Degree: "MSc", Field: "Dairy herd fertility in spring-calving systems"}},
	}
}

func TestCountsAndClientsOfAnEntry(t *testing.T) {
	wantVerdicts(t, dairyFarmer(), []lineWant{
		// "back" ends what "seven" counts: the robots, which were six.
		{"Great to see you installed seven DeLaval robots back in 2021.", false},
		// "the herd back to full yield in 18 hours", where the profile
		// says 40 hours for it.
		{"Bringing the herd back to full yield in just 18 hours after the flood is impressive.", false},
		// "12 of the 14 paddocks", where the profile says 9.
		{"Running the trial across 12 of your 14 paddocks at Tywi Valley Farms is careful work.", false},
		// "a supermarket client at Tywi Valley Farms": the client is of
		// the Cefn Dairies entry, and the employer named is another.
		{"Defending a supermarket client in a £2m milk price dispute at Tywi Valley Farms must have been intense.", false},
		{"Defending a supermarket client in a £2m milk price dispute at Cefn Dairies must have been intense.", true},
		// UCC is the English initials of their school's Irish name.
		{"Your MSc at UCC on dairy herd fertility in spring-calving systems is right on our client's problem.", true},
	})
}

func TestTurkishCaseEndingsAndKatakanaMarks(t *testing.T) {
	p := &profile.Profile{
		Name: "Oğuz Demir", Headline: "Uçak Bakım Mühendisi", Title: "Uçak Bakım Mühendisi", Company: "Pegasus",
		Volunteering: []string{"THK (Türk Hava Kurumu): weekend aircraft maintenance workshops for high-school students."},
		About:        "マネージャー。",
	}
	wantVerdicts(t, p, []lineWant{
		// "THK'da" is THK with a case ending.
		{"Oğuz Bey, THK'da lise öğrencilerine verdiğiniz weekend aircraft maintenance workshops gerçekten değerli.", true},
		// The katakana long vowel mark alone matches nothing.
		{"デミル様、ペガサスでのご経歴とーの素晴らしい実績に感銘を受けました。", false},
	})
}

func TestCongratulationsOnANamedWin(t *testing.T) {
	p := &profile.Profile{
		Name: "Claire Dufresne", Headline: "Tax Partner", Title: "Partner", Company: "Delvaux Avocats",
		Honors: []string{"Tax Awards 2023 – shortlisted, Transfer Pricing Team"},
		Experience: []profile.Experience{{Title: "Partner", Company: "Delvaux Avocats", Start: "2020", End: "present",
			Description: "Transfer pricing disputes."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "your Tax Awards 2023 win", inside a congratulation, with the
		// award's year before "win": the profile says shortlisted.
		{"Congratulations on your Tax Awards 2023 win for the transfer pricing team!", false},
		{"Congratulations on your Tax Awards 2023 shortlisting for the transfer pricing team!", true},
	})
}

func TestAboutRestatingTheCard(t *testing.T) {
	p := &profile.Profile{
		Name: "Rima Khoury", Headline: "Conference Interpreter (AIIC) · Arabic · French", Title: "Conference Interpreter",
		Company: "Freelance", Location: "Vienna, Austria",
		About: "Conference interpreter based in Vienna. Arabic booth, with a retour into French.",
		Experience: []profile.Experience{{Title: "Conference Interpreter", Company: "Freelance", Start: "2012", End: "present",
			Description: "Arabic booth lead at the IAEA General Conference, 2019–2023."}},
		Education:    []profile.Education{{School: "Universität Wien", Degree: "MA", Field: "Conference Interpreting"}},
		Volunteering: []string{"Interpreter trainer, University of Vienna alumni network"},
	}
	wantVerdicts(t, p, []lineWant{
		// Their headline and town, as the About restates them.
		{"As a Vienna-based conference interpreter, you would be a great fit for our client.", false},
		// Nor their school named in English, though another field
		// writes that English name.
		{"As a Vienna-based conference interpreter with a University of Vienna MA, you would be a great fit.", false},
		// What the About adds to the card is theirs.
		{"Your Arabic booth work with a retour into French is exactly what our client needs.", true},
	})
}

func TestClaimSupportedOnlyByTheirOwnWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Kofi Mensah", Headline: "Head of L&D", Title: "Head of Learning & Development", Company: "Halden Retail",
		Certifications: []string{"CIPD Level 7 Advanced Diploma"},
		Activity: []profile.Activity{{Kind: profile.ActivityRepost, Of: "CIPD",
			Text: "Watch the opening keynote from the CIPD Festival of Work by Dr. Jane Holt."}},
		Experience: []profile.Experience{{Title: "Head of Learning & Development", Company: "Halden Retail", Start: "2019", End: "present",
			Description: "Built the Store Manager Academy."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The keynote is in a post they reposted: no talk of theirs.
		{"Your CIPD Festival of Work keynote was genuinely inspiring.", false},
		{"Your Store Manager Academy at Halden Retail is a great model for our client.", true},
	})
}

func TestPostWithTheWordsOfAnotherTitle(t *testing.T) {
	page := strings.Join([]string{
		"Leila Haddad", "Conference Interpreter (AIIC) · Arabic A · French B", "Vienna, Austria", "Contact info", "",
		"Experience", "Freelance Conference Interpreter", "Self-employed · Freelance", "2012 - Present · 13 yrs", "Vienna, Austria",
		"Over 900 days interpreted for UN agencies.",
		"Staff Interpreter", "International Committee of the Red Cross - ICRC · Full-time", "2008 - 2012 · 4 yrs", "Iraq",
		"Field interpreting for ICRC detention visits in Iraq and Jordan.", "",
		"Skills", "Interpreting",
	}, "\n")
	wantVerdicts(t, &profile.Profile{Text: page}, []lineWant{
		// The detention visits were done as a staff interpreter.
		{"Your detention visits in Iraq as a freelance interpreter sound impressive.", false},
		{"Your detention visits in Iraq as an ICRC staff interpreter sound impressive.", true},
	})
}

func coastalEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Lan Pham", Headline: "Senior Coastal Engineer at Royal HaskoningDHV", Title: "Senior Coastal Engineer", Company: "Royal HaskoningDHV",
		About: "Ingénieure côtière depuis douze ans.",
		Experience: []profile.Experience{{Title: "Senior Coastal Engineer", Company: "Royal HaskoningDHV", Start: "2019", End: "present",
			Description: "Built the XBeach overtopping workflow the coastal team uses. Developed a two-component polyurethane revetment grout. " +
				"Highly commended with the Rotterdam coastal team, Coastal Team of the Year 2023."}},
		Publications: []profile.Publication{{Title: "Overtopping on vegetated dikes", Publisher: "CoastLab", Year: 2022}},
		Honors:       []string{"ICE Awards 2023 – Dike Team of the Year (highly commended)"},
	}
}

func TestInitialsJoinedNamesAndMaterials(t *testing.T) {
	wantVerdicts(t, coastalEngineer(), []lineWant{
		// RHDHV: the capitals of "Royal HaskoningDHV".
		{"Building the XBeach overtopping workflow at RHDHV is the practical work we value.", true},
		// "Coast Lab" for "CoastLab".
		{"Your Coast Lab paper on overtopping on vegetated dikes is required reading for our client.", true},
		// PU for polyurethane.
		{"Developing a two-component PU revetment grout is exactly our client's field.", true},
		// Their team's award, said to be their team's ("your Rotterdam
		// team").
		{"Being highly commended for Dike Team of the Year at the ICE Awards 2023 put your Rotterdam team on our radar.", true},
		// A recruiter's client they are hiring for is no claim of theirs.
		{"Your paper on overtopping on vegetated dikes is required reading for the restoration NGO we're recruiting for.", true},
	})
}

func TestLengthOfTimeLastInAnotherLanguage(t *testing.T) {
	wantVerdicts(t, coastalEngineer(), []lineWant{
		// "depuis douze ans": the About says how long, which the dates say.
		{"Ingénieure côtière depuis douze ans chez Royal HaskoningDHV, vous avez le profil idéal.", false},
	})
}

func TestEmployerInitialsAndFrenchBinding(t *testing.T) {
	p := &profile.Profile{
		Name: "Mika Tanaka", Headline: "Research Scientist", Title: "Research Scientist", Company: "Okinawa Institute of Science and Technology",
		Experience: []profile.Experience{
			{Title: "Research Scientist", Company: "Okinawa Institute of Science and Technology", Start: "2019", End: "present",
				Description: "Leads the Sekisei Lagoon larval restoration trial."},
			{Title: "Postdoctoral Fellow", Company: "Australian Institute of Marine Science", Start: "2015", End: "2019",
				Description: "Ran spawning experiments in the National Sea Simulator."},
			{Title: "Producer", Company: "France Télévisions", Start: "2010", End: "2015",
				Description: "Tournoi des Six Nations coverage."},
		},
		Recommendations: []profile.Recommendation{{Person: "Ben Carter", Given: true,
			Text: "Ben ran the spawning programme; none of my work at AIMS would have happened without him."}},
	}
	wantVerdicts(t, p, []lineWant{
		// AIMS is their past employer, whatever a recommendation they
		// wrote calls it; the trial is the current post's.
		{"The Sekisei Lagoon larval trial you led at AIMS is exactly the work our client wants to expand.", false},
		{"The Sekisei Lagoon larval trial you lead at OIST is exactly the work our client wants to expand.", true},
		// "sur" ties the trial to the Six Nations coverage of another post.
		{"Le lancement de l'essai de Sekisei Lagoon sur le Tournoi des Six Nations a vraiment marqué les esprits.", false},
	})
}

func TestWinningAMatterNamedInEverydayWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Inés Ruiz", Headline: "Litigation Partner", Title: "Partner", Company: "Ruiz Abogados",
		Honors: []string{"Chambers Europe 2024 – Band 3, Dispute Resolution"},
		Experience: []profile.Experience{{Title: "Associate", Company: "Baker McKenzie", Start: "2012", End: "2016",
			Description: "Argued mortgage floor-clause follow-on cases for the bank before the Audiencia Provincial de Madrid."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The profile says they argued the cases, not how they ended.
		{"Winning the mortgage floor-clause follow-on cases for the bank must have been very satisfying.", false},
		{"Arguing the mortgage floor-clause follow-on cases for the bank must have been very demanding.", true},
	})
}

func TestWhoseFigureIsNoPartOfWhatItIsOf(t *testing.T) {
	p := &profile.Profile{
		Name: "Siobhán Daly", Headline: "Consultant Perinatal Psychiatrist", Title: "Consultant Psychiatrist", Company: "South London NHS Trust",
		Experience: []profile.Experience{{Title: "Consultant Psychiatrist", Company: "South London NHS Trust", Start: "2019", End: "present",
			Description: "Clinical lead for the Croydon perinatal community team. Expanded caseload capacity from 180 to 350 women a year."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "the team's capacity": whose capacity, not another thing.
		{"Growing the Croydon perinatal team's capacity from 180 to 350 women a year is a serious result.", true},
	})
}

func TestLongSubjectNameIsADegreeField(t *testing.T) {
	p := &profile.Profile{
		Name: "Nikos Karras", Headline: "Chartering Manager | Dry Bulk", Title: "Chartering Manager", Company: "Ionian Bulk",
		Education: []profile.Education{
			{School: "National Technical University of Athens", Degree: "Diploma", Field: "Naval Architecture and Marine Engineering"},
			{School: "City, University of London", Degree: "MSc", Field: "Effect of slow steaming on Capesize fuel use in the Pacific trades"},
		},
		Experience: []profile.Experience{{Title: "Chartering Manager", Company: "Ionian Bulk", Start: "2014", End: "present",
			Description: "Fixed the first Kamsarmax cargo of Guinean bauxite for the company."}},
	}
	wantVerdicts(t, p, []lineWant{
		// A subject of five words in title case is still their subject.
		{"A naval architecture and marine engineering diploma from NTUA makes you a strong match for our client.", false},
		// A thesis in the field is theirs.
		{"Your MSc work on slow steaming and Capesize fuel use in the Pacific trades is right on our client's problem.", true},
	})
}

func TestAbbreviationsFromWordNet(t *testing.T) {
	p := &profile.Profile{
		Name: "Aisling Byrne", Headline: "Clinical Scientist", Title: "Clinical Scientist", Company: "St Vincent's University Hospital",
		Experience: []profile.Experience{{Title: "Clinical Scientist", Company: "St Vincent's University Hospital", Start: "2017", End: "present",
			Description: "Set up the hospital's first MRI safety programme for ADHD research volunteers."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The profile's abbreviations, written out in the line (from
		// WordNet's table).
		{"Setting up the first magnetic resonance imaging safety programme at St Vincent's is exactly what our client needs.", true},
		{"Your safety programme for attention deficit hyperactivity disorder research volunteers is exactly what our client needs.", true},
	})
}

func TestTheirReplyUnderAPostIsTheirs(t *testing.T) {
	page := strings.Join([]string{
		"Jonas Weber", "Process Engineer at Coatline", "Linz, Austria", "", "Activity",
		"Jonas Weber commented on this", "Sabine Hofer · 1mo", "Anyone seeing pinholes on galvanised steel?",
		"Jonas Weber: Degas first. We cut pinhole rejects at a customer site by two thirds with a 20-minute pre-bake.",
		"Jonas Weber commented on this", "Lisa Brandl · 2mo", "My book on powder coating is out!", "Jonas Weber: Congratulations Lisa, great book!", "",
		"Experience", "Process Engineer", "Coatline · Full-time", "2018 - Present · 7 yrs", "Runs the powder line.",
	}, "\n")
	wantVerdicts(t, &profile.Profile{Text: page}, []lineWant{
		// Their reply, at some length, is their own words.
		{"Your tip on degassing first to cut pinhole rejects at a customer site by two thirds was spot on.", true},
		// The book is the post's author's, whatever they replied.
		{"Congratulations on your book on powder coating, a great read.", false},
	})
}

func TestRegionThatHoldsTheirCountry(t *testing.T) {
	p := &profile.Profile{
		Name: "Thu Ha Nguyen", Headline: "Dam Engineer", Title: "Dam Engineer", Company: "Hydro Consult",
		Experience: []profile.Experience{{Title: "Site Engineer", Company: "PECC1", Start: "2008", End: "2012", Location: "Lai Chau, Vietnam",
			Description: "Site work on RCC placement and thermal control at the 137 m Lai Chau dam."}},
	}
	wantVerdicts(t, p, []lineWant{
		// Asia holds Vietnam.
		{"Your RCC placement and thermal control work at the 137 m Lai Chau dam is rare experience outside Asia.", true},
		// Africa does not.
		{"Your RCC placement and thermal control work at the 137 m Lai Chau dam is rare experience in Africa.", false},
	})
}

func TestTownNamedWithInIsNoSchool(t *testing.T) {
	p := &profile.Profile{
		Name: "Maëlle Le Goff", Headline: "Cycling journalist", Title: "Senior writer", Company: "L'Équipe", Location: "Rennes, France",
		Education: []profile.Education{
			{School: "École supérieure de journalisme de Lille", Degree: "Master", Field: "Journalisme"},
			{School: "Université Rennes 2", Degree: "Licence", Field: "Lettres modernes"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "based in Rennes" is where they live: one school, no path.
		{"A journalist based in Rennes with a journalisme master's from Lille would suit our client perfectly.", false},
	})
}
