package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func nurseIT() *profile.Profile {
	return &profile.Profile{
		Name: "Giulia Ferrante", Headline: "Coordinatrice infermieristica | Terapia intensiva | Ospedale Maggiore",
		Title: "Coordinatrice infermieristica", Company: "Ospedale Maggiore di Bologna", Location: "Bologna, Italia",
		Skills: []string{"Terapia intensiva", "Gestione del personale", "Ventilazione meccanica"},
		About:  "Infermiera dal 2009. Mi interessa la sicurezza del paziente critico.",
		Experience: []profile.Experience{
			{Title: "Coordinatrice infermieristica", Company: "Ospedale Maggiore di Bologna", Start: "2018", End: "Present",
				Description: "Coordino 42 infermieri in una terapia intensiva di 16 posti letto. Nel 2021 ho introdotto il bundle per la prevenzione delle polmoniti da ventilatore: -38% in due anni."},
		},
		Education: []profile.Education{{School: "Università di Bologna", Degree: "Laurea", Field: "Infermieristica", Year: 2009}},
	}
}

func TestAnotherFormOfAMailMergeWordIsTheField(t *testing.T) {
	wantVerdicts(t, nurseIT(), []lineWant{
		// "Infermiera" is on the About, but it is another form of their
		// degree's "Infermieristica": degree, school and skills, a
		// mail merge in Italian.
		{"Infermiera laureata a Bologna con esperienza in terapia intensiva: il tuo profilo è perfetto!", false},
		{"Il bundle contro le polmoniti da ventilatore, con il -38% in due anni, è un risultato notevole.", true},
	})
}

func plannerNL() *profile.Profile {
	return &profile.Profile{
		Name: "Sanne de Groot", Headline: "Verkeerskundige | Fietsroutes", Title: "Senior Verkeerskundige",
		Company: "Gemeente Utrecht", Location: "Utrecht, Nederland",
		Skills: []string{"Verkeersmodellen", "Fietsbeleid"},
		Experience: []profile.Experience{
			{Title: "Senior Verkeerskundige", Company: "Gemeente Utrecht", Start: "2017", End: "Present",
				Description: "2022: fietsroute Utrecht–Nieuwegein ontworpen met 14 km vrijliggend fietspad."},
		},
	}
}

func TestDutchFunctionWordsThatAreEnglishWords(t *testing.T) {
	wantVerdicts(t, plannerNL(), []lineWant{
		// "met" is "with" in a line in Dutch, not the English "met": the
		// rest is their title, employer, location and skills.
		{"Als Senior Verkeerskundige bij de Gemeente in Utrecht met Fietsbeleid past u perfect bij ons.", false},
		{"De fietsroute naar Nieuwegein met 14 km vrijliggend fietspad is een mooi project.", true},
	})
}

func chemistFR() *profile.Profile {
	return &profile.Profile{
		Name: "Claire Vasseur", Headline: "Chimiste analyticienne", Title: "Chimiste analyticienne",
		Company: "Laboratoire Lorrain d'Analyses", Location: "Nancy, France",
		Experience: []profile.Experience{
			{Title: "Chimiste analyticienne", Company: "Laboratoire Lorrain d'Analyses", Start: "2016", End: "Present",
				Description: "Validation de 12 méthodes HPLC pour les résidus de pesticides."},
		},
		Honors: []string{"Prix du mémoire, Société Chimique de France, 2015. Pour le mémoire sur les sondes fluorescentes."},
	}
}

func TestAThesisPrizeInTheProfilesLanguage(t *testing.T) {
	wantVerdicts(t, chemistFR(), []lineWant{
		// "Prix du mémoire" is a thesis prize; a talk prize it is not.
		{"Congratulations on the SCF thesis prize back in 2015!", true},
		{"Congratulations on the SCF talk prize back in 2015!", false},
	})
	// "thèse" folds to the English "these".
	p := chemistFR()
	p.Honors = []string{"Prix de thèse, Société Chimique de France, 2015"}
	wantVerdicts(t, p, []lineWant{{"Congratulations on the SCF thesis prize back in 2015!", true}})
}

func lineman() *profile.Profile {
	return &profile.Profile{
		Name: "Owen Pryce", Headline: "Overhead Lines Supervisor", Title: "Overhead Lines Supervisor",
		Company: "Western Power", Location: "Swansea, Wales",
		Experience: []profile.Experience{
			{Title: "Overhead Lines Supervisor", Company: "Western Power", Start: "2015", End: "Present",
				Description: "After Storm Darragh my crew restored 46 poles in 9 hours on the Gower."},
		},
	}
}

func TestALengthOfTimeTheLineGivesAsABound(t *testing.T) {
	wantVerdicts(t, lineman(), []lineWant{
		// "in under ten hours" is true of 9 hours; "under eight" is not,
		// nor "in ten hours".
		{"Restoring 46 poles on the Gower in under ten hours after Storm Darragh is seriously impressive.", true},
		{"Restoring 46 poles on the Gower in less than ten hours after Storm Darragh is seriously impressive.", true},
		{"Restoring 46 poles on the Gower in under eight hours after Storm Darragh is seriously impressive.", false},
		{"Restoring 46 poles on the Gower in ten hours after Storm Darragh is seriously impressive.", false},
	})
}

func rowerDE() *profile.Profile {
	return &profile.Profile{
		Name: "Jonas Hartl", Headline: "Bootsbaumeister", Title: "Inhaber", Company: "Hartl Holzboote", Location: "Hamburg, Deutschland",
		Honors: []string{"2. Platz – Weltmeisterschaft der Bootsbauer, Kategorie Ruderboot. Wettbewerb in Lübeck, 2019"},
		Experience: []profile.Experience{
			{Title: "Inhaber", Company: "Hartl Holzboote", Start: "2016", End: "Present",
				Description: "Bau von 14 Ruderbooten aus Lärche für den Hamburger Ruder-Club."},
		},
	}
}

func TestBecomingAChampionIsAWin(t *testing.T) {
	wantVerdicts(t, rowerDE(), []lineWant{
		// Second place in Lübeck: "becoming world champion" is a win
		// the profile does not give.
		{"Congratulations on becoming world champion in Lübeck!", false},
		{"Congratulations on second place at the boatbuilders' world championship in Lübeck!", true},
	})
}

func engineerPL() *profile.Profile {
	return &profile.Profile{
		Name: "Marta Zielińska", Headline: "Geotechnical Engineer", Title: "Senior Geotechnical Engineer",
		Company: "Geoprojekt", Location: "Wrocław, Poland",
		Experience: []profile.Experience{
			{Title: "Senior Geotechnical Engineer", Company: "Geoprojekt", Start: "2016", End: "Present",
				Description: "Underpinning of the 19th-century warehouses on Ostrów Tumski, Wrocław (2020). " +
					"Pile load tests for the new ferry terminal in Gdynia (2022)."},
		},
	}
}

func TestAnEnglishNameBesideTheProfilesNameInItsLanguage(t *testing.T) {
	wantVerdicts(t, engineerPL(), []lineWant{
		// "Cathedral Island" may be the English for "Ostrów Tumski":
		// the validator cannot tell, and does not call it invented.
		{"The underpinning of the old warehouses on Cathedral Island in Wrocław caught my eye.", true},
		// Beside the Gdynia terminal the profile names nothing in
		// Polish: "Baltic Gate" is invented.
		{"Your pile load tests for the Baltic Gate ferry terminal in Gdynia caught my eye.", false},
	})
}

func roasterNL() *profile.Profile {
	return &profile.Profile{
		Name: "Pieter Claes", Headline: "Head Roaster", Title: "Head Roaster", Company: "Bonenhuis", Location: "Antwerpen, België",
		About: "Ik brand al twaalf jaar koffie. In 2021 bouwde ik bij Bonenhuis een tweede branderij met 60 kg per batch. " +
			"Droom: een eigen branderij in Gent.",
		Experience: []profile.Experience{
			{Title: "Head Roaster", Company: "Bonenhuis", Start: "2015", End: "Present", Description: "Inkoop bij 14 boerderijen in Huila."},
		},
	}
}

func TestADreamInTheProfilesLanguageIsNoWorkDone(t *testing.T) {
	wantVerdicts(t, roasterNL(), []lineWant{
		// "Droom:" says what they want, not what they did.
		{"How is your own roastery in Gent doing?", false},
		{"Building a second 60 kg roastery at Bonenhuis in 2021 is a real step up.", true},
	})
}

func foresterSE() *profile.Profile {
	return &profile.Profile{
		Name: "Karin Berg", Headline: "Skogsförvaltare", Title: "Skogsförvaltare", Company: "Sveaskog", Location: "Umeå, Sverige",
		Experience: []profile.Experience{
			{Title: "Skogsförvaltare", Company: "Sveaskog", Start: "2014", End: "Present",
				Description: "Ansvarar för 4 200 hektar produktionsskog och 12 entreprenörer i Västerbotten."},
		},
	}
}

func TestASwedishForIsNoEnglishFor(t *testing.T) {
	wantVerdicts(t, foresterSE(), []lineWant{
		// "Ansvarar för 4 200 hektar": what they are in charge of, not
		// a task done for it.
		{"Running 4,200 hectares of production forest in Västerbotten for Sveaskog is serious responsibility.", true},
	})
}

func volunteerDE() *profile.Profile {
	return &profile.Profile{
		Name: "Lena Koch", Headline: "Steuerberaterin", Title: "Steuerberaterin", Company: "Koch & Partner", Location: "Freiburg, Deutschland",
		Experience: []profile.Experience{
			{Title: "Steuerberaterin", Company: "Koch & Partner", Start: "2012", End: "Present", Description: "Betreuung von 80 Handwerksbetrieben."},
		},
		Volunteering: []string{"Schatzmeisterin, Tafel Freiburg e.V., seit 2018"},
	}
}

func TestAPostOfAClubInTheProfilesLanguage(t *testing.T) {
	wantVerdicts(t, volunteerDE(), []lineWant{
		// "Schatzmeisterin" is a treasurer; a secretary they are not.
		{"Keeping the books as treasurer of the Tafel Freiburg since 2018 says a lot about you.", true},
		{"Keeping the minutes as secretary of the Tafel Freiburg since 2018 says a lot about you.", false},
	})
}

func waterManagerUK() *profile.Profile {
	return &profile.Profile{
		Name: "Tom Hale", Headline: "Wastewater Operations Manager", Title: "Operations Manager", Company: "Yorkshire Water", Location: "Leeds, UK",
		Experience: []profile.Experience{
			{Title: "Operations Manager", Company: "Yorkshire Water", Start: "2017", End: "Present",
				Description: "Run the Knostrop treatment works. In 2021 brought in dissolved-oxygen aeration control at Knostrop, saving 18% of its power."},
		},
		Recommendations: []profile.Recommendation{{Given: true, Person: "Sam Reid",
			Text: "Sam hat 2023 die Luftdiffusoren aller 8 Belebungsbecken in Knostrop getauscht, ohne den Betrieb zu unterbrechen."}},
	}
}

func TestAFigureOnlyInWhatIsNotTheirs(t *testing.T) {
	wantVerdicts(t, waterManagerUK(), []lineWant{
		// The eight tanks were Sam's, in the recommendation they wrote
		// in German; the 18% is theirs.
		{"Replacing the air diffusers in all 8 aeration tanks at Knostrop was impressive work on your part.", false},
		{"Saving 18% of Knostrop's power with dissolved-oxygen aeration control was impressive work on your part.", true},
	})
}

func lightingEngineerPL() *profile.Profile {
	return &profile.Profile{
		Name: "Ewa Nowak", Headline: "Kierowniczka Działu Oświetlenia", Title: "Kierowniczka Działu Oświetlenia",
		Company: "Zarząd Dróg Miasta Gdańska", Location: "Gdańsk, Polska",
		About: "Od 12 lat zajmuję się oświetleniem ulic. Praca magisterska na Politechnice Gdańskiej: „Sterowanie oświetleniem mostów zwodzonych”.",
		Experience: []profile.Experience{
			{Title: "Kierowniczka Działu Oświetlenia", Company: "Zarząd Dróg Miasta Gdańska", Start: "2016", End: "Present",
				Description: "Wymiana 9 000 opraw na LED."},
		},
		Education: []profile.Education{
			{School: "Politechnika Gdańska", Degree: "Magister inżynier", Field: "Elektrotechnika", Year: 2011},
			{School: "Uniwersytet Gdański", Degree: "Studia podyplomowe", Field: "Zarządzanie", Year: 2015},
		},
	}
}

func TestAThesisTheAboutTellsAtTheSchoolTheLineNames(t *testing.T) {
	wantVerdicts(t, lightingEngineerPL(), []lineWant{
		// The About tells the thesis written at the Politechnika: the
		// line names it in its own words.
		{"Your master's thesis at Gdańsk University of Technology on lighting control for bascule bridges is a rare find.", true},
		{"Twoja praca magisterska na Politechnice Gdańskiej o sterowaniu oświetleniem mostów zwodzonych jest wyjątkowa.", true},
		// A graduate of the Politechnika, and nothing they did.
		{"As a Gdańsk University of Technology graduate, you would be a great fit for our client.", false},
	})
}

func riskDirector() *profile.Profile {
	return &profile.Profile{
		Name: "Hannah Reyes", Headline: "Head of Credit | ex-Bank of England", Title: "Head of Credit", Company: "Zopa", Location: "London, UK",
		Skills: []string{"Prudential Regulation", "Credit Risk"},
		Experience: []profile.Experience{
			{Title: "Head of Credit", Company: "Zopa", Start: "2020", End: "Present", Description: "Run credit policy for a £4bn loan book."},
			{Title: "Senior Analyst, Prudential Regulation Division", Company: "Bank of England", Start: "2012", End: "2020",
				Description: "Stress tests of UK lenders."},
		},
	}
}

func TestAMoveFromAPastPostWhoseWordsAreSkills(t *testing.T) {
	wantVerdicts(t, riskDirector(), []lineWant{
		// The move from that post is a path no mail merge writes, though
		// its title's words are skills too.
		{"Your move from prudential regulation at the Bank of England to running credit at Zopa is the path our client likes.", true},
		// Skills and the current post are a mail merge.
		{"Your prudential regulation and credit risk skills at Zopa are exactly what our client likes.", false},
	})
}

func glassPlanner(award string) *profile.Profile {
	return &profile.Profile{
		Name: "Katrin Weil", Headline: "Fassadenplanerin", Title: "Teamleiterin Fassadentechnik", Company: "Brandl Fassaden", Location: "Stuttgart, Deutschland",
		Experience: []profile.Experience{
			{Title: "Teamleiterin Fassadentechnik", Company: "Brandl Fassaden", Start: "2018", End: "Present", Description: "Planung von 30 Glasfassaden."},
		},
		Honors: []string{award},
	}
}

func TestAnAwardsWordsInAnotherLanguage(t *testing.T) {
	// "young talent" is what "Nachwuchs" says, which the validator
	// cannot look for; in an award named in English, a word the name
	// lacks is still refused.
	wantVerdicts(t, glassPlanner("FKG-Nachwuchspreis 2016, Fachverband Konstruktiver Glasbau"), []lineWant{
		{"Winning the FKG young talent prize in 2016 was a great start to your career.", true},
	})
	wantVerdicts(t, glassPlanner("FKG Young Talent Prize 2016, Fachverband Konstruktiver Glasbau"), []lineWant{
		{"Winning the FKG sustainability prize in 2016 was a great start to your career.", false},
		{"Winning the FKG young talent prize in 2016 was a great start to your career.", true},
	})
}

func curatorJP() *profile.Profile {
	return &profile.Profile{
		Name: "田中 美穂", Headline: "学芸員 | 収蔵品管理", Title: "学芸員", Company: "瀬戸内県立美術館", Location: "岡山県",
		Skills: []string{"収蔵品管理", "IPM"},
		Experience: []profile.Experience{
			{Title: "学芸員", Company: "瀬戸内県立美術館", Start: "2018", End: "Present",
				Description: "2012〜2013年、陸前高田市立博物館の被災文化財レスキューに参加。約12,000件の収蔵品データベースをTMSへ移行。"},
		},
		Education: []profile.Education{{School: "東京藝術大学", Degree: "修士", Field: "文化財保存学", Year: 2012}},
	}
}

func TestPartOfAKatakanaWordIsNoMatch(t *testing.T) {
	wantVerdicts(t, curatorJP(), []lineWant{
		// "スキル" (skill) starts with the "スキ" inside "レスキュー"
		// (rescue): no match. School and skills are a mail merge.
		{"東京藝術大学のご出身で、収蔵品管理のスキルをお持ちとのこと、ぜひお話しさせてください。", false},
		{"被災文化財レスキューへの参加は素晴らしいご経験ですね。", true},
	})
	// "スト" inside the line's "イラストレーター" is no match for a "スト"
	// at the start of their "ストレージ" (storage): the school is a
	// mail merge.
	p := curatorJP()
	p.About = "収蔵庫のストレージ計画を担当しています。"
	wantVerdicts(t, p, []lineWant{
		{"東京藝術大学をご卒業後、フリーランスのイラストレーターとしてご活躍されている点に惹かれました。", false},
	})
}

func osteopathFR() *profile.Profile {
	return &profile.Profile{
		Name: "Anne Roux", Headline: "Ostéopathe D.O.", Title: "Ostéopathe", Company: "Cabinet Roux", Location: "Lyon, France",
		Experience: []profile.Experience{
			{Title: "Ostéopathe", Company: "Cabinet Roux", Start: "2014", End: "Present", Description: "Ostéopathie pédiatrique."},
		},
		Volunteering: []string{"Ostéopathe bénévole, Ostéopathie Solidaire Lyon, janv. 2019 - aujourd'hui"},
		Honors:       []string{"Prix du mémoire, Décerné par Registre des Ostéopathes de France, nov. 2014"},
	}
}

func TestAnAwardsYearBeforeThePrizeAndWhomItIsFrom(t *testing.T) {
	wantVerdicts(t, osteopathFR(), []lineWant{
		// 2019 is on the profile, but not as the prize's year.
		{"Your 2019 thesis prize from the Registre des Ostéopathes de France must have opened doors.", false},
		{"Your 2014 thesis prize from the Registre des Ostéopathes de France must have opened doors.", true},
	})
}

func seismologistJP() *profile.Profile {
	return &profile.Profile{
		Name: "武田 健", Headline: "Senior Researcher at GSI | Crustal deformation", Title: "Senior Researcher", Company: "GSI", Location: "つくば市",
		Experience: []profile.Experience{
			{Title: "Senior Researcher", Company: "GSI", Start: "2016", End: "Present", Description: "Built the GNSS strain-rate model used after the 2024 Noto earthquake."},
		},
		Education: []profile.Education{{School: "東京大学 (The University of Tokyo)", Degree: "博士（理学） PhD", Field: "地球惑星科学 Earth and Planetary Science", Year: 2014}},
	}
}

func TestAFieldOfStudyInTwoScripts(t *testing.T) {
	wantVerdicts(t, seismologistJP(), []lineWant{
		// "地球惑星科学 Earth and Planetary Science" is a subject, named
		// twice: a mail-merge field, not a thesis.
		{"As a University of Tokyo PhD in Earth and Planetary Science and a Senior Researcher at GSI, you'd be a strong fit.", false},
		{"Your GNSS strain-rate model after the 2024 Noto earthquake is exactly what our client needs.", true},
	})
}

func guideFR() *profile.Profile {
	return &profile.Profile{
		Name: "Claire Ravanel", Headline: "Guide de haute montagne UIAGM", Title: "Guide UIAGM", Company: "Compagnie des Guides", Location: "Chamonix, France",
		About: "Guide depuis 2012. Une course parfaite, c'est celle dont tout le monde revient.",
		Experience: []profile.Experience{
			{Title: "Guide UIAGM", Company: "Compagnie des Guides", Start: "2012", End: "Present", Description: "Ouverture de la voie « Sœurs de lumière » en 2021."},
		},
		Education: []profile.Education{{School: "ENSA", Degree: "Diplôme de guide", Year: 2012}},
	}
}

func TestStockPhrasesInOtherLanguages(t *testing.T) {
	wantVerdicts(t, guideFR(), []lineWant{
		// "correspond parfaitement" is what recruiters write to everyone:
		// its "parfait" names nothing of theirs.
		{"Guide UIAGM à Chamonix, diplômée de l'ENSA : votre profil correspond parfaitement à notre recherche.", false},
		{"L'ouverture de « Sœurs de lumière » en 2021 correspond parfaitement à notre recherche.", true},
	})
}

func auditorPL() *profile.Profile {
	return &profile.Profile{
		Name: "Joanna Kowal", Headline: "Senior Auditor | Audyt finansowy", Title: "Senior Auditor", Company: "Grant Thornton", Location: "Warszawa, Polska",
		Skills: []string{"Audyt finansowy", "MSSF"},
		About:  "Każdego klienta traktuję jak pierwszego.",
		Experience: []profile.Experience{
			{Title: "Senior Auditor", Company: "Grant Thornton", Start: "2015", End: "Present", Description: "Audyt 14 spółek giełdowych z sektora energetycznego."},
		},
		Education: []profile.Education{{School: "SGH", Degree: "Magister", Field: "Finanse i rachunkowość", Year: 2015}},
	}
}

func TestEverydayRecruitingWordsOfOtherLanguages(t *testing.T) {
	wantVerdicts(t, auditorPL(), []lineWant{
		// "klienta" (client) is on the About, a word every such line
		// has: a graduate of their school with their skill is a mail
		// merge.
		{"Absolwentka SGH, specjalistka od MSSF – świetna kandydatka dla naszego klienta!", false},
		{"Audyt 14 spółek giełdowych z sektora energetycznego to świetne doświadczenie dla naszego klienta.", true},
	})
}

func welderDE() *profile.Profile {
	return &profile.Profile{
		Name: "Markus Häberle", Headline: "Leiter Schweißtechnik", Title: "Leiter Schweißtechnik", Company: "Liebherr", Location: "Ehingen, Deutschland",
		Experience: []profile.Experience{
			{Title: "Leiter Schweißtechnik", Company: "Liebherr", Start: "2016", End: "Present", Description: "Einführung der Offline-Programmierung mit ABB RobotStudio."},
		},
		Publications: []profile.Publication{{Title: "Tandem-MAG-Schweißen von S960QL für Teleskopausleger", Publisher: "DVS-Tagungsband", Year: 2022}},
		Activity: []profile.Activity{{Kind: profile.ActivityComment, Of: "Jana Vogt",
			Text: "Spannender Beitrag über die Prüfung hochfester Schweißnähte.", Reply: "Danke, sehr praxisnah."}},
	}
}

func TestAPostWordOfAGermanPage(t *testing.T) {
	wantVerdicts(t, welderDE(), []lineWant{
		// "Beitrag" (a post, a contribution) is the word of any German
		// page, not the post they commented on.
		{"Ich habe Ihren Beitrag im DVS-Tagungsband zum Tandem-MAG-Schweißen von S960QL gelesen, sehr praxisnah.", true},
	})
}

func dronePilotJP() *profile.Profile {
	return &profile.Profile{
		Name: "松村 健二", Headline: "農業用ドローン散布 | 新潟", Title: "部長", Company: "越後スカイアグリ", Location: "新潟県",
		Skills: []string{"農業用ドローン", "精密農業"},
		Experience: []profile.Experience{
			{Title: "部長", Company: "越後スカイアグリ", Start: "2019", End: "Present", Description: "ドローン42機で年間約18,000 haの防除散布を統括。"},
		},
		Volunteering: []string{"十日町市 中学生ドローン教室: 年4回、中学生にドローンの安全な飛ばし方を教えています。"},
		Education:    []profile.Education{{School: "東京農業大学", Degree: "学士", Year: 2008}},
	}
}

func TestJapaneseParticlesAreGrammar(t *testing.T) {
	wantVerdicts(t, dronePilotJP(), []lineWant{
		// "ンの" of "ドローンのスキル" is a word and a particle: grammar,
		// not the "ドローンの" of their volunteering. School and skills are
		// a mail merge.
		{"東京農業大学のご出身で、農業用ドローンのスキルもお持ちとのこと、ぜひお話ししたいです。", false},
		{"中学生向けのドローン教室を年4回開かれているとのこと、素晴らしい活動ですね。", true},
	})
}

func tunnelEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Anita Raghunathan", Headline: "Principal Geotechnical Engineer", Title: "Principal Engineer", Company: "Mott MacDonald", Location: "Singapore",
		Experience: []profile.Experience{
			{Title: "Principal Engineer", Company: "Mott MacDonald", Start: "2015", End: "Present", Description: "Design of the CR109 station box diaphragm walls."},
		},
		Honors: []string{"Technical Excellence Award, Mott MacDonald, For the CR109 diaphragm wall embedment back-analysis, 2022"},
	}
}

func TestWhatAnAwardWasForIsNotItsName(t *testing.T) {
	wantVerdicts(t, tunnelEngineer(), []lineWant{
		// "for the CR109 ..." says what the award was for; the issuer
		// between the two on the profile is no word the name lacks.
		{"Congratulations on the Technical Excellence Award for the CR109 embedment work.", true},
		{"Congratulations on the Technical Innovation Award for the CR109 embedment work.", false},
	})
}

func pastaMakerPL() *profile.Profile {
	return &profile.Profile{
		Name: "Anna Wróbel", Headline: "Kierowniczka rozwoju produktu | Makarony jajeczne | Zakłady Makaronowe Radomka",
		Title: "Kierowniczka rozwoju produktu", Company: "Zakłady Makaronowe Radomka", Location: "Radom, Polska",
		Skills: []string{"Makaron jajeczny", "Suszenie makaronu", "IFS Food"},
		About:  "Technolożka żywności, 10 lat w makaronach.",
		Experience: []profile.Experience{
			{Title: "Kierowniczka rozwoju produktu", Company: "Zakłady Makaronowe Radomka", Start: "2020", End: "Present",
				Description: "Wprowadziłam linię makaronu z mąki z ciecierzycy (2022). Skróciłam czas suszenia makaronu 5-jajecznego z 14 do 9 godzin dzięki nowemu profilowi temperatury."},
			{Title: "Technolog produkcji", Company: "Lubella", Start: "2014", End: "2020", Description: "Lublin. Receptura makaronu pełnoziarnistego (2017)."},
		},
	}
}

func TestTheFirstWordOfASentenceInAnotherLanguage(t *testing.T) {
	wantVerdicts(t, pastaMakerPL(), []lineWant{
		// "Skrócenie" (shortening) starts the sentence, capitalised as
		// every first word is, before what the line refers to.
		{"Skrócenie suszenia makaronu 5-jajecznego z 14 do 9 godzin to konkretny wynik, który doceni każdy dyrektor zakładu.", true},
		// A name the profile lacks, inside the sentence, is still one.
		{"Skrócenie suszenia makaronu 5-jajecznego w Pastanie z 14 do 9 godzin to konkretny wynik, który doceni każdy dyrektor zakładu.", false},
	})
}
