package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestNoDeclensionOfEnglishWords: a capitalised word the profile lacks
// is an employer it does not give, though it shares its start with an
// English word a field begins with ("Thermia" and the skill "Thermal
// response testing"); a Polish name declined in the line is still the
// profile's ("Ostrowiec" for "w Ostrowcu").
func TestNoDeclensionOfEnglishWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Karin Lindqvist", Title: "Senior Designer, Geoenergy", Company: "Sweco Sverige AB",
		Skills: []string{"Thermal response testing", "Borehole thermal energy storage"},
		Experience: []profile.Experience{
			{Title: "Senior Designer, Geoenergy", Company: "Sweco Sverige AB", Start: "2018", End: "present",
				Description: "Designed borehole fields for housing cooperatives in Stockholm."},
			{Title: "Application Engineer", Company: "NIBE Energy Systems", Start: "2012", End: "2018",
				Description: "Wrote the sizing guide for the NIBE F1255 in multi-family buildings, w Ostrowcu too."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"After NIBE and then Thermia, your move to Sweco makes a lot of sense.", false},
		{"Your NIBE F1255 sizing guide, used as far as Ostrowiec, is a great piece of work.", true},
	})
}

// TestWinOfAPlaceBelowFirst: a race or contest the profile gives with a
// place below first just before its name ("(2nd, Galway Plate, 2022)",
// "segundo en el Gran Premio Carlos Pellegrini") was not won; one it says
// was won is, and the place may be congratulated as it is.
func TestWinOfAPlaceBelowFirst(t *testing.T) {
	p := &profile.Profile{
		Name: "Martín Ibarra Goñi", Title: "Entrenador", Company: "Stud La Quebrada",
		Experience: []profile.Experience{{Title: "Entrenador", Company: "Stud La Quebrada", Start: "2014", End: "present",
			Description: "214 victorias desde 2014. Ganador del Gran Premio Jockey Club (G1) 2022 con Tormenta de Abril; segundo en el Gran Premio Carlos Pellegrini 2023 con El Pampero."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on winning the 2023 Carlos Pellegrini with El Pampero!", false},
		{"Winning the Gran Premio Jockey Club in 2022 with Tormenta de Abril must have been a proud day.", true},
		{"Second in the 2023 Carlos Pellegrini with El Pampero is a result most trainers never get.", true},
	})
	q := &profile.Profile{
		Name: "Siobhán Ní Bhriain", Title: "Trainer", Company: "Rossmore Lodge",
		Experience: []profile.Experience{{Title: "Trainer", Company: "Rossmore Lodge", Start: "2015", End: "present",
			Description: "61 winners in Ireland and the UK, including Lough Derg Lady (Listed Lenebane Stakes, Roscommon, 2023) and Bold Abbot (2nd, Galway Plate, 2022)."}},
	}
	wantVerdicts(t, q, []lineWant{
		{"Winning the 2022 Galway Plate with Bold Abbot must have put Rossmore Lodge on the map.", false},
	})
	r := &profile.Profile{
		Name: "Matthias Berger", Title: "Performance Engineer", Company: "Apex Endurance",
		Projects: []profile.Project{{Name: "TUfast e-Technology", Description: "Formula Student electric car; 2nd overall at Formula Student Germany 2016."}},
	}
	wantVerdicts(t, r, []lineWant{
		{"Congratulations on winning Formula Student Germany in 2016!", false},
		{"Second overall at Formula Student Germany in 2016 with TUfast is a great result.", true},
	})
}

// TestPostInAPlace: a post the line says they took "at" an employer "in"
// a place of the profile is the post, wherever the place is written;
// a post the profile does not give is still refused.
func TestPostInAPlace(t *testing.T) {
	p := &profile.Profile{
		Name: "Maëlle Le Guennec", Title: "Cheffe de chantier", Company: "Chantier Naval Ar Vag", Location: "Douarnenez, Bretagne, France",
		Experience: []profile.Experience{
			{Title: "Cheffe de chantier", Company: "Chantier Naval Ar Vag", Start: "2020", End: "present",
				Description: "Restauration du Marie-Fanch : 14 mois, soixante pour cent de membrures neuves."},
			{Title: "Shipwright", Company: "Hamble Classic Boatworks", Start: "2015", End: "2020",
				Description: "Restored Fife and Mylne racing yachts."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"From restoring Fife and Mylne racing yachts in Hamble to becoming cheffe de chantier at Ar Vag – quite a path.", true},
		{"From restoring Fife and Mylne racing yachts in Hamble to becoming cheffe de chantier at Ar Vag in Douarnenez – quite a path.", true},
		{"From restoring Fife and Mylne racing yachts to becoming yard director at Ar Vag in Douarnenez – quite a path.", false},
	})
}

// TestCountryOfFiveLettersDeclined: a country whose name has five letters
// in the profile's language is found in its cases ("z Indii" of
// "Indie"), as longer ones are; another country is still not on the
// profile.
func TestCountryOfFiveLettersDeclined(t *testing.T) {
	p := &profile.Profile{
		Name: "Zofia Wiśniewska", Title: "Konsultantka ds. wiz", Company: "Baltic Mobility",
		Experience: []profile.Experience{{Title: "Konsultantka ds. wiz", Company: "Baltic Mobility", Start: "2019", End: "present",
			Description: "W sześć miesięcy przenieśliśmy 60 inżynierów z Indii do naszego biura w Gdańsku: wizy, zezwolenia, mieszkania."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Moving 60 engineers from India to Gdańsk in six months is impressive work.", true},
		{"Moving 60 Indian engineers to Gdańsk in six months is impressive work.", true},
		{"Moving 60 engineers from Pakistan to Gdańsk in six months is impressive work.", false},
	})
}

// TestProjectDatesOfAPage: the dates a pasted page gives a project are
// part of what it tells, so a line may say when it was; a year it does
// not give is still refused.
func TestProjectDatesOfAPage(t *testing.T) {
	page := "Facundo Ibáñez\nMago para chicos | Profesor de química\nCórdoba, Argentina\n\n" +
		"Experiencia\nMago\nLa Química Encantada · Autónomo\nene. 2009 - actualidad · 15 años\n" +
		"Shows de magia con ciencia para escuelas primarias.\n\n" +
		"Projects\nMagia en Lengua de Señas\nMar 2022 - Nov 2022\n" +
		"Show bilingüe en Lengua de Señas Argentina (LSA) con la intérprete Carla Ruiz. 18 funciones en escuelas y centros culturales.\n"
	wantVerdicts(t, pageProfile(t, page), []lineWant{
		{"A show performed in Argentine Sign Language with an interpreter, eighteen performances in 2022, is a brilliant idea.", true},
		{"A show performed in Argentine Sign Language with an interpreter, eighteen performances in 2019, is a brilliant idea.", false},
	})
}

// TestFoundingSaidByAnotherEntry: a group they founded is theirs to have
// founded when any entry naming it says so (the post "Cofondatrice" at
// Trio Brasa), though the field that holds its name best (a recording's
// title) does not; a group no entry says they founded is still refused.
func TestFoundingSaidByAnotherEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Gaëlle Rouvière", Title: "Vielleuse", Company: "Trio Brasa",
		Experience: []profile.Experience{
			{Title: "Vielleuse, compositrice, cofondatrice", Company: "Trio Brasa", Start: "2016", End: "present",
				Description: "Six concerts à Tokyo en 2023."},
			{Title: "Musicienne", Company: "Compagnie Léa Lune", Start: "2010", End: "2016",
				Description: "300 représentations du spectacle « Le Moulin qui chante »."},
		},
		Publications: []profile.Publication{{Title: "Trio Brasa – « Bourrée à trois temps » (live, Saint-Chartier 2019)", Publisher: "Label Bourdon", Year: 2019}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Three hundred performances of 'Le Moulin qui chante' with Compagnie Léa Lune before co-founding Trio Brasa: quite a start.", true},
		{"Three hundred performances of 'Le Moulin qui chante' before co-founding Compagnie Léa Lune: quite a start.", false},
	})
}

// TestCombiningTwoPosts: "combining A with teaching at B" holds two posts
// at once, not A's work at B; "A with B" still ties them.
func TestCombiningTwoPosts(t *testing.T) {
	p := &profile.Profile{
		Name: "Ingrid Sjöberg", Title: "Uroterapeut, enhetsansvarig", Company: "Skånes universitetssjukhus (SUS)",
		Experience: []profile.Experience{
			{Title: "Uroterapeut, enhetsansvarig", Company: "Skånes universitetssjukhus (SUS)", Start: "2015", End: "present",
				Description: "Leads the nurse-led continence clinic: 2,400 visits a year."},
			{Title: "Lecturer", Company: "Malmö University", Start: "2019", End: "present",
				Description: "Teach the uroterapi module of the specialist nursing programme."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Combining the SUS continence clinic with teaching the uroterapi module at Malmö University – you clearly like a full week.", true},
		{"Your SUS continence clinic with the uroterapi module at Malmö University is a clever set-up.", false},
	})
}

// TestCongratulatedFirstPlace: congratulations on a first place in
// something named ("your 1st National") claim a win, held to what the
// profile gives ("1st Provincial"); the first place it gives may be
// congratulated.
func TestCongratulatedFirstPlace(t *testing.T) {
	p := &profile.Profile{
		Name: "Marc Verstraeten", Title: "Duivenmelker", Company: "Hok Verstraeten",
		Honors: []string{"1st Provincial Orléans (young birds) – Zone B Oost-Vlaanderen, 2014"},
		About:  "Ik speel met jonge duiven vanuit het hok van mijn grootvader in Zele.",
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on your 1st National from Orléans in 2014 with your own loft!", false},
		{"Congratulations on your 1st Provincial from Orléans in 2014 with your young birds!", true},
	})
}

// TestSecondPrizeIsNoFirst: an award whose entry gives a place below first
// with the word for a prize ("Segundo premio", "2. Preis") was not won
// first; the place it gives may be congratulated.
func TestSecondPrizeIsNoFirst(t *testing.T) {
	p := &profile.Profile{
		Name: "Facundo Ibáñez", Title: "Mago", Company: "La Química Encantada",
		Honors: []string{"Segundo premio, categoría Magia Infantil\nIssued by Congreso Argentino de Magia (Rosario) · Sep 2019"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on taking first prize at the Congreso Argentino de Magia in 2019!", false},
		{"Congrats on your second prize in the children's category at the Congreso Argentino de Magia in 2019!", true},
	})
}

// TestCapitalsAreNoSmallWord: letters in capitals ("UP Diliman") name
// what the profile writes in capitals or spells out (the University of
// the Philippines, their school), not a small word of its text ("grew
// up"), so a line naming only their school is mail-merge.
func TestCapitalsAreNoSmallWord(t *testing.T) {
	p := &profile.Profile{
		Name: "Maria Villanueva", Title: "Port Welfare Manager", Company: "Mission to Seafarers Singapore", Location: "Singapore",
		About:     "Daughter of a Filipino chief engineer, I grew up counting the months until my father's contract ended.",
		Education: []profile.Education{{School: "University of the Philippines Diliman", Degree: "BS", Field: "Social Work"}},
		Experience: []profile.Experience{{Title: "Port Welfare Manager", Company: "Mission to Seafarers Singapore", Start: "2016", End: "present",
			Description: "Set up the Crew Change Desk in 2020 with the Maritime and Port Authority of Singapore."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"As a UP Diliman social work grad and Port Welfare Manager in Singapore, you'd be a great fit.", false},
		{"Setting up the Crew Change Desk with the MPA in 2020 is exactly the kind of thing our client values.", true},
	})
}

// TestFrontedClauseEndsAtItsComma: "After handling X at A, growing B's Y
// was the next step" tells two things, one before the comma and one
// after; "handling X at A, and growing Y" in one clause still binds.
func TestFrontedClauseEndsAtItsComma(t *testing.T) {
	p := &profile.Profile{
		Name: "Mikael Lindqvist", Title: "Export Manager", Company: "Polarhirsi Oy",
		Experience: []profile.Experience{
			{Title: "Export Manager", Company: "Polarhirsi Oy", Start: "2018", End: "present",
				Description: "Grew the Japanese dealer network from 3 to 17."},
			{Title: "Sales Coordinator", Company: "Honkarakenne Oyj", Start: "2012", End: "2018",
				Description: "Order handling for Japanese and Korean dealers."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"After handling Japanese and Korean dealer orders at Honka, growing Polarhirsi's Japanese dealer network from three to seventeen was a natural next step.", true},
		{"Growing the Japanese dealer network from three to seventeen at Honkarakenne is impressive.", false},
	})
}

// TestTwoLetterInitialsInAnEntry: a fact in two letters ("the corrosion
// and CP module") is of the entry that spells them out ("the corrosion
// and cathodic protection module" they teach at the university), though
// another entry has the letters as written.
func TestTwoLetterInitialsInAnEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Øyvind Skaar", Title: "Principal Cathodic Protection Engineer", Company: "Corrpro Norge",
		Experience: []profile.Experience{
			{Title: "Principal Cathodic Protection Engineer", Company: "Corrpro Norge", Start: "2016", End: "present",
				Description: "Lead CP designer for subsea and offshore wind projects."},
			{Title: "Adjunct Lecturer", Company: "University of Stavanger", Start: "2019", End: "present",
				Description: "Teaches the corrosion and cathodic protection module in the MSc Offshore Technology programme."},
			{Title: "CP & Corrosion Engineer", Company: "Aker Solutions", Start: "2010", End: "2016",
				Description: "Anode retrofits on ageing jackets."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Teaching the corrosion and CP module at the University of Stavanger on top of your Corrpro work must keep you busy.", true},
		{"Teaching the anode retrofit module at the University of Stavanger on top of your Corrpro work must keep you busy.", false},
	})
}

// TestTalkingIsNoTalk: a word in -ing of a claim's noun ("your
// talking-ATM workshops") describes something else, not a talk they gave.
func TestTalkingIsNoTalk(t *testing.T) {
	p := &profile.Profile{
		Name: "Emre Yıldırım", Title: "Field Service Manager", Company: "Diebold Nixdorf",
		Volunteering: []string{"Volunteer trainer, Görme Engelliler Derneği İzmir: workshops teaching visually impaired users the audio ATMs with headphone jacks; 9 workshops in 2023."},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your talking-ATM workshops for visually impaired users in Izmir, nine of them in 2023, are a lovely thing to do.", true},
	})
}

// TestQuestionThatPresupposes: "How did you get X?" says they got X, a
// claim checked as a statement's; "Would you consider X?" is the
// recruiter's aside.
func TestQuestionThatPresupposes(t *testing.T) {
	p := &profile.Profile{
		Name: "Rajesh Iyer", Title: "Forging Process Engineer", Company: "Bharat Forge",
		Projects: []profile.Project{{Name: "MTech thesis", Description: "'Grain flow and fatigue life in forged crankshafts', IIT Bombay, 2010."}},
		Activity: []profile.Activity{{Kind: "repost", Of: "Anil Kulkarni",
			Text: "Our team at ARAI has published fatigue data on induction-hardened crankshafts: fillet rolling gave a 22% improvement in fatigue life."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"How did you get a 22% fatigue life improvement on crankshafts with fillet rolling?", false},
		{"Your thesis on grain flow and fatigue life in forged crankshafts caught my eye. Would you consider a 22% pay rise?", true},
	})
}

// TestBestOfIsAPrize: "winning best presentation at Apimondia" claims a
// prize for a talk the profile gives with no prize; the talk itself may
// be named.
func TestBestOfIsAPrize(t *testing.T) {
	p := &profile.Profile{
		Name: "Ayşe Yıldırım", Title: "Arıcılık Danışmanı", Company: "Ege Arıcılar Birliği",
		Publications: []profile.Publication{{Title: "Registration and traceability in migratory beekeeping", Publisher: "Apimondia 2022, İstanbul", Year: 2022,
			Description: "Talk at the 47th Apimondia Congress."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on winning best presentation at Apimondia 2022!", false},
		{"Your Apimondia 2022 talk on traceability in migratory beekeeping was a great piece of work.", true},
	})
}

// TestSomeoneElsesWin: an award their profile says someone else won (a
// colleague they are proud of, a firm at the same ceremony) is not
// theirs to have won; a win the line gives to whoever the profile says
// won it (their horse) is.
func TestSomeoneElsesWin(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Raghunathan", Title: "Director of Simulation", Company: "Halcyon Surgical",
		Activity: []profile.Activity{{Kind: "post",
			Text: "So proud of Jordan Kim on my team for winning the SSH Simulation Innovation Award this year. The suturing scoring engine deserved it!"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on winning the SSH Simulation Innovation Award this year!", false},
		{"Your team's SSH Simulation Innovation Award for the suturing scoring engine must have been a proud moment.", true},
	})
	q := &profile.Profile{
		Name: "Siobhán Ó Súilleabháin", Title: "Stud Manager", Company: "Ballyrath Stud",
		Activity: []profile.Activity{{Kind: "post",
			Text: "Absolutely thrilled that Ballyrath-bred filly Moonlit Strand won the Group 3 Athasi Stakes at the Curragh yesterday."}},
	}
	wantVerdicts(t, q, []lineWant{
		{"Seeing Moonlit Strand, bred at Ballyrath, win the Athasi Stakes at the Curragh must have been a proud moment.", true},
		{"Winning the Athasi Stakes at the Curragh must have been a proud moment.", false},
	})
}

// TestLeadingTheTeamThat: leading the team that did something claims its
// lead, held to the part the profile gives ("Member of the team that
// wrote ..."), on the readable sets' pages where it was found (a name of
// the employer between the lead and the work) and its Dutch twin.
func TestLeadingTheTeamThat(t *testing.T) {
	wantSetCases(t, map[string]bool{
		"work32b/dw32b-131-watanabe":  false, // "Leading the team that wrote Tokyo Waterworks' correlator training manual"
		"work31b/dw31b-122-vanderwal": false, // "Leading the working group that wrote the dual-pilotage procedure"
	})
}

// TestWorkedOnInTheirLanguage: "worked on" in the profile's language
// ("Praca przy krajowym modelu 3D") gives a part, not the lead, of the
// work it names.
func TestWorkedOnInTheirLanguage(t *testing.T) {
	wantSetCases(t, map[string]bool{
		"work32c/dw32c-134-kowalczyk": false, // "Leading GUGiK's national LOD2 3D building model"
	})
	p := &profile.Profile{
		Name: "Tomasz Kowalczyk", Title: "Specjalista GIS", Company: "GUGiK",
		Experience: []profile.Experience{{Title: "Specjalista GIS", Company: "GUGiK", Start: "2018", End: "present",
			Description: "Praca przy krajowym modelu 3D budynków (LOD2). Napisałem skrypty kontroli jakości, które sprawdziły 14 mln budynków."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your work on the national LOD2 3D building model, with scripts that checked 14 million buildings, is a strong result.", true},
	})
}

// wantSetCases checks the verdicts of cases of the readable sets, by
// "set/id".
func wantSetCases(t *testing.T, want map[string]bool) {
	t.Helper()
	for key, ok := range want {
		set, id, _ := strings.Cut(key, "/")
		found := false
		for _, c := range readCases(t, "testdata/"+set+".jsonl") {
			if c.ID != id {
				continue
			}
			found = true
			if v := Check(&c.Profile, c.Personalization, Options{}); v.OK != ok {
				t.Errorf("%s: %q: %v; want ok=%v", key, c.Personalization, v, ok)
			}
		}
		if !found {
			t.Errorf("%s: no such case", key)
		}
	}
}

// TestMoveInTheWrongOrder: a move between two employers told in an order
// the dates do not give ("from Sweco to NIBE" where NIBE came first) is
// refused with both posts' years; the move as it was passes.
func TestMoveInTheWrongOrder(t *testing.T) {
	p := &profile.Profile{
		Name: "Karin Lindqvist", Title: "Senior Designer", Company: "Sweco Sverige AB",
		Experience: []profile.Experience{
			{Title: "Senior Designer", Company: "Sweco Sverige AB", Start: "2018", End: "present", Description: "Designed borehole fields for 40 housing cooperatives."},
			{Title: "Application Engineer", Company: "NIBE Energy Systems", Start: "2012", End: "2018", Description: "Wrote the sizing guide for the NIBE F1255."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your move from Sweco to NIBE, after the borehole fields for 40 housing cooperatives, was bold.", false},
		{"Your move from NIBE to Sweco, after the sizing guide for the F1255, was a smart step.", true},
		{"Your years at Sweco and then NIBE, with borehole fields for 40 housing cooperatives, make an unusual path.", false},
		{"The sizing guide for the F1255 at NIBE before the borehole fields for 40 housing cooperatives at Sweco is a natural path.", true},
	})
}

// TestAcronymWithMoreLetters: a name written out is the profile's acronym
// that takes more than the initials of its words ("International
// Trademark Association" for "INTA"); a name whose letters it does not
// spell is still another name.
func TestAcronymWithMoreLetters(t *testing.T) {
	p := &profile.Profile{
		Name: "Rita Gonçalves Antunes", Title: "Advogada", Company: "Sérvulo & Associados",
		Experience: []profile.Experience{{Title: "Advogada", Company: "Sérvulo & Associados", Start: "2015", End: "present",
			Description: "Em 2021 recuperámos 47 domínios de typosquatting numa única queixa consolidada na WIPO."}},
		Activity: []profile.Activity{{Kind: "post", Text: "Falei hoje no INTA Annual Meeting em Singapura sobre typosquatting. Obrigada a todos pelas perguntas!"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Speaking at the International Trademark Association's annual meeting in Singapore on typosquatting is exactly what our client needs.", true},
		{"Speaking at the European Trademark Association's annual meeting in Singapore on typosquatting is exactly what our client needs.", false},
	})
}

// TestTwoLettersBackwards: two capital letters the line writes in English
// are the profile's in its language the other way round ("AI" for the
// Portuguese "IA"), as three letters were.
func TestTwoLettersBackwards(t *testing.T) {
	p := &profile.Profile{
		Name: "Rita Gonçalves Antunes", Title: "Advogada", Company: "Sérvulo & Associados",
		Activity: []profile.Activity{{Kind: "post", Text: "Falei hoje em Lisboa sobre typosquatting gerado por IA nos domínios .pt. Obrigada a todos pelas perguntas!"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your post from Lisbon on AI-generated typosquatting in .pt domains is exactly what our client needs.", true},
	})
}

// TestAcronymTakesTheStartsOfWords: the letters an acronym takes beyond a
// word's initial are the ones that follow it ("IN" of "International"),
// not any later letter: "International Trade Association" does not spell
// "IOTA".
func TestAcronymTakesTheStartsOfWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Rita Antunes", Title: "Advogada", Company: "Sérvulo & Associados",
		Activity: []profile.Activity{{Kind: "post", Text: "Falei hoje no IOTA Annual Meeting em Singapura sobre typosquatting."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Speaking at the International Trade Association's annual meeting in Singapore on typosquatting is exactly what our client needs.", false},
	})
}

// TestInstitutionKindsTranslated: an English name of a journal, a society
// or a chamber that the profile names in its language ("Revista
// Brasileira de Ciências Policiais", "日本高気圧環境・潜水医学会") is that
// name, not one it lacks.
func TestInstitutionKindsTranslated(t *testing.T) {
	wantSetCases(t, map[string]bool{
		"work36d/dwork36d-145-magalhaes": true, // "the Brazilian Journal of Police Sciences"
		"work36d/dwork36d-074-sato":      true, // "the Japanese Society of Hyperbaric and Undersea Medicine's encouragement award"
	})
}

// TestAbbeysAndCastlesTranslated: an abbey, a monastery or a castle named
// in English is the profile's in its language ("Admont Abbey" for "Stift
// Admont"); another abbey is not.
func TestAbbeysAndCastlesTranslated(t *testing.T) {
	p := &profile.Profile{
		Name: "Ottilie Brandstätter", Title: "Sonnenuhrmacherin", Company: "Sonnenuhren Brandstätter",
		Experience: []profile.Experience{{Title: "Sonnenuhrmacherin", Company: "Sonnenuhren Brandstätter", Start: "2010", End: "present",
			Description: "Meridianlinie im Boden der Stiftsbibliothek, Stift Admont (2019)."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"The noon line you laid into the Admont Abbey library floor in 2019 is exactly the precision our client is after.", true},
		{"The noon line you laid into the Melk Abbey library floor in 2019 is exactly the precision our client is after.", false},
	})
}

// TestTurkishEndingsInARow: a name followed by a case ending and more
// endings after its apostrophe ("Paris'teydik": we were in Paris) is the
// name, as one ending alone was ("Paris'te"); an Irish name is not cut.
func TestTurkishEndingsInARow(t *testing.T) {
	for w, want := range map[string]string{"Paris'teydik": "paris", "Ankara'dayız": "ankara", "Paris'te": "paris", "O'Sullivan": "o'sullivan"} {
		if got := readWord(w).lower; got != want {
			t.Errorf("readWord(%q).lower = %q, want %q", w, got, want)
		}
	}
	wantSetCases(t, map[string]bool{
		"work36a/dwork36a-104-yildirim": true, // "Première Vision Paris'te" for the post's "Première Vision Paris'teydik"
	})
}

// TestNameOfTheProfilesLanguageRoot: an English word the line writes as a
// name ("the Babylonian hours") is the word of the same root in a
// profile written in another language ("die babylonischen Stunden"); a
// name of no root of the profile is still absent.
func TestNameOfTheProfilesLanguageRoot(t *testing.T) {
	p := &profile.Profile{
		Name: "Ottilie Brandstätter", Title: "Sonnenuhrmacherin", Company: "Sonnenuhren Brandstätter",
		Activity: []profile.Activity{{Kind: "post",
			Text: "Die neue Sonnenuhr an der Pfarrkirche Abtenau zeigt wieder die babylonischen Stunden, zum ersten Mal seit 1950. Danke an die Pfarrgemeinde!"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Saw your post on the Abtenau parish church sundial – showing the Babylonian hours again for the first time since 1950 is a lovely touch.", true},
		{"Saw your post on the Abtenau parish church sundial – showing the Carolingian hours again for the first time since 1950 is a lovely touch.", false},
	})
}

// TestPointBetweenThousands: a line in Dutch or German writes a point
// between thousands ("tegen 2.156 duiven" for "2,156 birds"); an English
// line's "2.156" is still a decimal the profile does not give.
func TestPointBetweenThousands(t *testing.T) {
	p := &profile.Profile{
		Name: "Marc Verstraeten", Title: "Duivenmelker", Company: "Hok Verstraeten",
		Honors: []string{"1st Provincial Orléans (young birds) – Zone B Oost-Vlaanderen, 2014. Own loft in Zele; 2,156 birds competing."},
	}
	wantVerdicts(t, p, []lineWant{
		{"Proficiat met je eerste provinciale prijs vanuit Orléans in 2014 tegen 2.156 duiven, en dan nog met je eigen hok in Zele!", true},
		{"Your 1st Provincial from Orléans in 2014 against 2.156 birds from your own loft in Zele is impressive.", false},
	})
}

// TestPostCalledASeat: "a step up into a director seat" names the post by
// its rank, whatever word calls it a post ("seat", "role"); a rank the
// profile does not give is still refused.
func TestPostCalledASeat(t *testing.T) {
	wantSetCases(t, map[string]bool{
		"work20d/d20d-019-kvalheim-career-move": true, // "a smart step up into a director seat"
	})
	p := &profile.Profile{
		Name: "Ingrid Kvalheim", Title: "Director, Shipping Finance", Company: "Fjordkyst Bank",
		Experience: []profile.Experience{
			{Title: "Director, Shipping Finance", Company: "Fjordkyst Bank", Start: "2019", End: "present", Description: "Lead a book of 42 vessel loans."},
			{Title: "Associate", Company: "Hamburg Maritime Credit", Start: "2014", End: "2019", Description: "Structured ship loans for tankers."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your move from Hamburg Maritime Credit to Fjordkyst Bank in 2019, a step up into a partner seat, must have been a big moment.", false},
	})
}

// TestInflectedWordIsNoSwap: in a line in Turkish (or another language of
// Europe) a word of the profile's with other endings ("adını" for
// "adımızı") is that word, not another swapped in; an English line's
// other word still is.
func TestInflectedWordIsNoSwap(t *testing.T) {
	wantSetCases(t, map[string]bool{
		"work36b/dwork36b-151-arslan-ozturk": true, // "23 alan adını tek bir UDRP şikâyetiyle" for "23 alan adımızı tek bir UDRP şikâyetiyle"
	})
	p := &profile.Profile{
		Name: "Deniz Arslan", Title: "Avukat", Company: "Arslan Hukuk",
		Experience: []profile.Experience{{Title: "Avukat", Company: "Arslan Hukuk", Start: "2015", End: "present",
			Description: "Kapadokya Havayolları için 23 alan adımızı tek bir UDRP şikâyetiyle geri aldık – hem de 41 günde."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Kapadokya Havayolları için 23 alan adını tek bir UDRP şikâyetiyle 41 günde geri almanız gerçekten etkileyici.", true},
	})
}

// TestPassedInTheirLanguage: congratulations on an exam passed, said in
// German ("zur bestandenen Meisterprüfung"), need the exam on the profile,
// as "passing" does in English.
func TestPassedInTheirLanguage(t *testing.T) {
	wantSetCases(t, map[string]bool{
		"work36d/dwork36d-117-hammerle": false, // "Glückwunsch zur bestandenen Meisterprüfung als Beton- und Stahlbetonbauer!"
	})
	p := &profile.Profile{
		Name: "Jörg Hämmerle", Title: "Polier", Company: "Hochwasserschutz Süd GmbH",
		Experience: []profile.Experience{{Title: "Polier", Company: "Hochwasserschutz Süd GmbH", Start: "2016", End: "present",
			Description: "Meisterprüfung im Beton- und Stahlbetonbauer-Handwerk 2022 bestanden. Mobile Hochwasserwände an der Elbe aufgebaut."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Glückwunsch zur bestandenen Meisterprüfung im Beton- und Stahlbetonbauer-Handwerk 2022!", true},
	})
}
