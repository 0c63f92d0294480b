package personalize

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func signallingLead() *profile.Profile {
	return &profile.Profile{
		Name: "Tomasz Wierzbicki", Headline: "Signalling Lead at Hitachi Rail", Title: "Signalling Lead",
		Company: "Hitachi Rail", Location: "Derby, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Signalling Lead", Company: "Hitachi Rail", Start: "2017", End: "present",
				Description: "Moved from Alstom to lead CBTC design for the metro team. Cut route-setting test time from 9 days to 4."},
			{Title: "Design Engineer", Company: "Alstom", Start: "2010", End: "2017"},
		},
	}
}

func TestFromAPlaceToAVerb(t *testing.T) {
	wantVerdicts(t, signallingLead(), []lineWant{
		// "from Alstom to lead CBTC design": the profile's "to" starts
		// what they moved to do, not where they went.
		{"Your move from Alstom to Hitachi Rail in 2017 to lead CBTC design caught my attention.", true},
		{"Your move from Alstom to Siemens Mobility in 2017 to lead CBTC design caught my attention.", false},
	})
}

func inkChemist() *profile.Profile {
	return &profile.Profile{
		Name: "Zofia Kręcka", Headline: "Ink Chemist", Title: "Ink Chemist", Company: "Flexodruk", Location: "Łódź, Poland",
		Experience: []profile.Experience{{Title: "Ink Chemist", Company: "Flexodruk", Start: "2018", End: "present",
			Description: "Reblended black flexo ink from post-press waste."}},
		Honors: []string{"Łódzka Nagroda Czystej Produkcji — 2nd place, 2022, for the Czarny Obieg project."},
	}
}

func TestOrdinalDeclined(t *testing.T) {
	wantVerdicts(t, inkChemist(), []lineWant{
		// "drugiego miejsca" is "second place" in the genitive.
		{"Gratuluję drugiego miejsca w Łódzkiej Nagrodzie Czystej Produkcji za projekt Czarny Obieg!", true},
		{"Gratuluję pierwszego miejsca w Łódzkiej Nagrodzie Czystej Produkcji za projekt Czarny Obieg!", false},
		{"Gratulace k druhému místu v Łódzka Nagroda Czystej Produkcji za projekt Czarny Obieg!", true},
	})
}

func rowingDietitian() *profile.Profile {
	return &profile.Profile{
		Name: "Órla Keane", Headline: "Performance Dietitian", Title: "Performance Dietitian", Company: "Lakeside Rowing Centre",
		Experience: []profile.Experience{{Title: "Performance Dietitian", Company: "Lakeside Rowing Centre", Start: "2021", End: "present",
			Description: `Built the "Refuel the Second Session" recovery protocol for 40 rowers.`}},
		Activity: []profile.Activity{{Kind: "post", Text: "We ran a hydration audit before the first morning session: 9 of 20 athletes arrived under-hydrated."}},
	}
}

func TestOrdinalWithAWordBetween(t *testing.T) {
	wantVerdicts(t, rowingDietitian(), []lineWant{
		// The post says "the first morning session"; another entry's
		// "Second Session" is another session.
		{"Your post on the hydration audit, 9 of 20 athletes under-hydrated before the first session, was an eye-opener.", true},
		{"Your post on the hydration audit, 9 of 20 athletes under-hydrated before the third session, was an eye-opener.", false},
	})
}

func outplacementLead() *profile.Profile {
	return &profile.Profile{
		Name: "Siobhán Daly", Headline: "Career Transition Lead", Title: "Career Transition Lead", Company: "Bridgeway Partners",
		Experience: []profile.Experience{{Title: "Career Transition Lead", Company: "Bridgeway Partners", Start: "2019", End: "present",
			Description: "Ran the outplacement programme for 480 employees after the Limerick plant closed; 81% were placed within five months. Coached 60% of our consultants."}},
	}
}

func TestShareOfTheWholeItsSentenceGives(t *testing.T) {
	wantVerdicts(t, outplacementLead(), []lineWant{
		// 81% is a share of the 480 in the same sentence.
		{"Placing 81% of the 480 people from the Limerick closure within five months is a remarkable result.", true},
		{"Placing 81% of the 300 people from the Limerick closure within five months is a remarkable result.", false},
		{"Placing 60% of the 480 people from the Limerick closure within five months is a remarkable result.", false},
	})
}

func coralScientist() *profile.Profile {
	return &profile.Profile{
		Name: "Mai Trần", Headline: "Coral Restoration Scientist", Title: "Coral Restoration Scientist", Company: "Reef Futures",
		Publications: []profile.Publication{{Title: "Clay settlement plugs increase early survival of Porites recruits", Publisher: "Marine Ecology", Year: 2023}},
	}
}

func TestChangeWordOfTheSameWayInATitle(t *testing.T) {
	wantVerdicts(t, coralScientist(), []lineWant{
		// "boost" says what "increase" says; "double" and "halve" do not.
		{"Your Marine Ecology paper showing clay settlement plugs boost early survival of Porites recruits is great work.", true},
		{"Your Marine Ecology paper showing clay settlement plugs double early survival of Porites recruits is great work.", false},
		{"Your Marine Ecology paper showing clay settlement plugs reduce early survival of Porites recruits is great work.", false},
	})
}

func employmentLawyerPage() *profile.Profile {
	return &profile.Profile{Text: `Hannah Okoro
She/Her
Senior Associate, Employment at Marlow Reade LLP
Manchester, England, United Kingdom
About
Employment lawyer for employers in retail and logistics.
Experience
Senior Associate, Employment
Marlow Reade LLP · Full-time
2020 - Present · 5 yrs
Ran the collective consultation for 1,200 warehouse staff at Dunmore Logistics.
Honors & awards
Future Leaders — Employment
Issued by Who's Who Legal · 2023
Skills
Employment Law · Collective Consultation`}
}

func TestAwardNamedByItsTitleAndIssuerLines(t *testing.T) {
	wantVerdicts(t, employmentLawyerPage(), []lineWant{
		// The award's title and its issuer, two lines of one entry on
		// the page, named together: ordinary words, one named thing.
		{"Hannah, congrats on the Who's Who Legal Employment Future Leaders 2023 listing.", true},
		{"Congratulations on your Future Leaders Employment listing from Who's Who Legal in 2023.", true},
		// A word the entry does not have, or another year.
		{"Hannah, congrats on the Who's Who Legal Pensions Future Leaders 2023 listing.", false},
		{"Hannah, congrats on the Who's Who Legal Employment Future Leaders 2021 listing.", false},
	})
}

func immigrationLawyer() *profile.Profile {
	return &profile.Profile{
		Name: "Lucía Paredes", Headline: "Immigration Attorney", Title: "Partner", Company: "Paredes & Lowe LLP",
		Experience: []profile.Experience{{Title: "Partner", Company: "Paredes & Lowe LLP", Start: "2018", End: "present",
			Description: "Argued Ramos-Vega v. Garland before the Fifth Circuit (2022) on behalf of Guatemalan families."}},
	}
}

func TestOrdinalInWordsAndFigures(t *testing.T) {
	wantVerdicts(t, immigrationLawyer(), []lineWant{
		{"Arguing Ramos-Vega v. Garland in the 5th Circuit for Guatemalan families was impressive advocacy.", true},
		{"Arguing Ramos-Vega v. Garland in the 9th Circuit for Guatemalan families was impressive advocacy.", false},
	})
}

func TestPeopleOfACountryByTheRulesOfTheirName(t *testing.T) {
	for _, c := range []struct{ people, country string }{
		{"Senegalese", "Senegal"}, {"Kenyan", "Kenya"}, {"Nigerian", "Nigeria"}, {"Brazilian", "Brazil"},
		{"Pakistani", "Pakistan"}, {"Italian", "Italy"}, {"Canadian", "Canada"}, {"Mexican", "Mexico"},
		{"Honduran", "Honduras"}, {"Lebanese", "Lebanon"}, {"Belgian", "Belgium"}, {"Chilean", "Chile"},
	} {
		ks := countryNameKeys(stem(fold(c.people)))
		if !slices.Contains(ks, stem(fold(c.country))) {
			t.Errorf("%s names %v; want %s among them", c.people, ks, c.country)
		}
	}
	if ks := countryNameKeys(stem("niger")); slices.Contains(ks, stem("nigerian")) {
		t.Errorf("Nigerians are Niger's: %v", ks)
	}
}

func glassArtist() *profile.Profile {
	return &profile.Profile{
		Name: "Claire Ndiaye", Headline: "Maître verrier", Title: "Maître verrier", Company: "Atelier Ndiaye",
		Projects: []profile.Project{{Name: "Vitraux de Tambacounda",
			Description: "Atelier de formation au vitrail pour 10 jeunes artisans à Tambacounda (Sénégal) avec l'Institut français, 2022."}},
	}
}

func TestPeopleOfACountryOnTheProfileByRule(t *testing.T) {
	wantVerdicts(t, glassArtist(), []lineWant{
		{"The Tambacounda workshop training ten young Senegalese artisans with the Institut francais is a wonderful project.", true},
		{"The Tambacounda workshop training ten young Malian artisans with the Institut francais is a wonderful project.", false},
	})
}

func volunteerEndoscopist() *profile.Profile {
	return &profile.Profile{
		Name: "Rosa Caballero", Headline: "Consultant Gastroenterologist", Title: "Consultant Gastroenterologist", Company: "Hospital del Mar",
		Text: "Volunteering\nEndoscopy trainer\nMédicos del Mundo\n2017 - 2019 · 2 yrs\nThree training trips to Bissau, Guinea-Bissau, teaching diagnostic upper endoscopy to local doctors.",
	}
}

func TestNameBeforeAReferenceTheEntryHolds(t *testing.T) {
	wantVerdicts(t, volunteerEndoscopist(), []lineWant{
		// The organisation is the entry's; the line tells the sentence
		// in another order.
		{"Your Medicos del Mundo endoscopy teaching in Bissau stood out.", true},
		// A city put in the place of the profile's.
		{"Your upper endoscopy teaching in Dakar for Médicos del Mundo stood out.", false},
	})
}

func TestWordForAKindIsTheWordAndAnEnding(t *testing.T) {
	p := &profile.Profile{
		Name: "Carys Morgan", Headline: "Match Official", Title: "Match Official", Company: "Welsh Rugby Union",
		Experience: []profile.Experience{{Title: "Match Official", Company: "Welsh Rugby Union", Start: "2019", End: "present",
			Description: "Refereed 37 United Rugby Championship matches."}},
		Honors: []string{"Official of the Year, Welsh Sports Awards, 2023"},
	}
	wantVerdicts(t, p, []lineWant{
		// "Premiership" starts as "premi" (a prize in Catalan) does, but
		// is another word: a league the profile does not name.
		{"Congratulations on refereeing 37 Premiership matches.", false},
		{"Congratulations on refereeing 37 United Rugby Championship matches.", true},
	})
}

func TestSchoolInMixedCapitalsIsTheSchool(t *testing.T) {
	p := &profile.Profile{
		Name: "Aline Mukamana", Headline: "Credit Risk Lead", Title: "Credit Risk Lead", Company: "Inkingi Finance",
		Skills:    []string{"Microfinance", "Credit Risk", "Mobile Money"},
		Education: []profile.Education{{School: "Université catholique de Louvain", Degree: "Master", Field: "Économie du développement"}},
		Experience: []profile.Experience{{Title: "Credit Risk Lead", Company: "Inkingi Finance", Start: "2018", End: "present",
			Description: "Built a mobile-money repayment scorecard. Master's thesis on savings groups and mobile money (UCLouvain, 2014)."}},
	}
	wantVerdicts(t, p, []lineWant{
		// Their school, short, which a description also writes.
		{"With your Microfinance and Credit Risk background and a master's from UCLouvain, you'd be ideal for this role.", false},
		{"Your UCLouvain thesis on savings groups and mobile money is spot on for this role.", true},
	})
}

func vineyardManager() *profile.Profile {
	return &profile.Profile{
		Name: "Jana Berger", Headline: "Head of Viticulture", Title: "Head of Viticulture", Company: "Weingut Kessler",
		Experience: []profile.Experience{
			{Title: "Head of Viticulture", Company: "Weingut Kessler", Start: "2017", End: "present",
				Description: "Converted all 38 ha to certified organic by 2021."},
			{Title: "Vineyard Manager", Company: "Te Kauri Hills Estate", Start: "2012", End: "2016",
				Description: "Managed 90 ha of Pinot Noir; cut irrigation water use by 25%."},
		},
	}
}

func TestNameWithAParticleAfterAt(t *testing.T) {
	wantVerdicts(t, vineyardManager(), []lineWant{
		// "Te" starts the name: "at Te Kauri Hills Estate" ties the work
		// to that estate, where the profile has other work.
		{"Converting all 38 hectares to organic at Te Kauri Hills Estate was impressive.", false},
		{"Converting all 38 hectares to organic at Weingut Kessler was impressive.", true},
		{"Cutting irrigation water use by 25% at Te Kauri Hills Estate was impressive.", true},
	})
}

func TestLesserOutcomeInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Greta Lenz", Headline: "Winzerin", Title: "Kellermeisterin", Company: "Weingut Lenz",
		Experience: []profile.Experience{{Title: "Kellermeisterin", Company: "Weingut Lenz", Start: "2016", End: "present",
			Description: "Umstellung auf ökologischen Anbau, 24 ha."}},
		Honors: []string{"Jungwinzerin des Jahres 2023 – nominiert, Vinum Deutschland"},
	}
	wantVerdicts(t, p, []lineWant{
		// Nominated, not named: congratulations on the award claim too much.
		{"Herzlichen Glückwunsch zur Auszeichnung als Vinum Jungwinzerin des Jahres 2023!", false},
		{"Herzlichen Glückwunsch zur Nominierung als Vinum Jungwinzerin des Jahres 2023!", true},
		{"Congratulations on your nomination for Vinum's Jungwinzerin des Jahres 2023.", true},
	})
}

func TestLengthOfTimeAChangeEndsIn(t *testing.T) {
	p := &profile.Profile{
		Name: "Niamh Byrne", Headline: "Consultant Ophthalmic Surgeon", Title: "Consultant Ophthalmic Surgeon", Company: "Mercy Eye Hospital",
		About: "In 2021 I set up a same-day retinal detachment pathway, which cut median time-to-theatre from 3.5 days to 16 hours.",
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting time-to-theatre for retinal detachments to 16 hours is a remarkable achievement.", true},
		{"Cutting time-to-theatre for retinal detachments to 10 hours is a remarkable achievement.", false},
	})
}

func TestLesserVerbAfterTheReferenceSaysWhatItDoes(t *testing.T) {
	var p *profile.Profile
	if err := json.Unmarshal([]byte(`{"name": "Ruth Adeyemi", "headline": "HR Director", "title": "HR Director", "company": "Leeds Teaching Hospitals",
		"volunteering": [{"role": "Trustee", "organisation": "Harehills Refugee Welcome", "start": "2019",
		"description": "Chair the employment sub-committee helping refugees get professional qualifications recognised."}]}`), &p); err != nil {
		t.Fatal(err)
	}
	wantVerdicts(t, p, []lineWant{
		// "helping" tells what the sub-committee does; the checker
		// once failed on this line.
		{"Chairing the employment sub-committee at Harehills Refugee Welcome is inspiring work, thank you for doing it.", true},
	})
}

func TestSinceInAnotherLanguageIsNoReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Reto Caduff", Headline: "Seilbahningenieur", Title: "Projektleiter", Company: "Alpin Seilbahnen AG",
		About: "Ich plane und baue Seilbahnen seit 2010.",
		Text:  "Ehrenamt\nBergretter\nSchweizer Alpen-Club SAC · Rettungsstation Davos\n2015–Heute",
	}
	wantVerdicts(t, p, []lineWant{
		// "seit" is "since": the year is the rescue post's, not the
		// About's sentence that also says "seit".
		{"Dass Sie sich seit 2015 ehrenamtlich als Bergretter beim SAC in Davos engagieren, finde ich bemerkenswert.", true},
	})
}

func TestShareOfTheThingItsSentenceCounts(t *testing.T) {
	p := &profile.Profile{
		Name: "Clodagh Walsh", Headline: "Consultant Haematologist", Title: "Consultant Haematologist", Company: "St Brigid's Hospital",
		About: "Our 5-year data from STOP-CLL West are out: 120 patients stopped therapy across 7 centres; 58% remain in remission. Separately, 30% of our referrals now come from GPs.",
	}
	wantVerdicts(t, p, []lineWant{
		{"The STOP-CLL West results showing 58% of patients still in remission at five years are striking.", true},
		{"The STOP-CLL West results showing 30% of patients still in remission at five years are striking.", false},
	})
}

func TestShareOfSomeonesWholeIsAnotherShare(t *testing.T) {
	p := &profile.Profile{
		Name: "Aoife Kerr", Headline: "Housing Policy Lead", Title: "Housing Policy Lead", Company: "Mersey Combined Authority",
		Experience: []profile.Experience{{Title: "Housing Policy Lead", Company: "Mersey Combined Authority", Start: "2020", End: "present",
			Description: "Wrote the business case for the Homes First pilot, housing 180 rough sleepers; 77% still housed after 12 months."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Keeping 77% of the 180 rough sleepers on the Homes First pilot housed after a year is remarkable.", true},
		// 77% of the pilot's, not of the region's.
		{"Housing 77% of the region's rough sleepers through Homes First is a remarkable achievement.", false},
	})
}

func TestGermanNounBeforeANameIsNoSwap(t *testing.T) {
	p := &profile.Profile{
		Name: "Lukas Brunner", Headline: "Seilbahningenieur", Title: "Projektleiter", Company: "Alpin Seilbahnen AG",
		Projects: []profile.Project{{Name: "Kuppelklemmen-Prüfstand Monte Rosso",
			Description: "Entwicklung eines Prüfstands, der alle 60 Klemmen einer kuppelbaren Sesselbahn in einer Nacht prüft."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Ihr Prüfstand, der alle 60 Klemmen der Sesselbahn Monte Rosso in einer Nacht prüft, hat mich sehr überzeugt.", true},
	})
}

func TestMuseumsAndAssociationsInEnglish(t *testing.T) {
	p := &profile.Profile{
		Name: "Elif Kaya", Headline: "Paper Conservator", Title: "Senior Conservator", Company: "Pera Kitap Müzesi",
		Experience: []profile.Experience{
			{Title: "Senior Conservator", Company: "Pera Kitap Müzesi", Start: "2019", End: "present",
				Description: "Conserved 96 Ottoman maps for digitisation."},
			{Title: "Coach", Company: "Sächsischer Kanu-Verband", Start: "2012", End: "2018",
				Description: "Head coach of the slalom juniors."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Conserving 96 Ottoman maps for digitisation at the Pera Book Museum must have been a privilege.", true},
		{"Coaching the slalom juniors for the Saxon Canoe Association is great grounding for this role.", true},
		// Another museum, another letter: not theirs.
		{"Conserving 96 Ottoman maps for digitisation at the Istanbul Archaeology Museum must have been a privilege.", false},
	})
}

func pipelineEngineer() *profile.Profile {
	return &profile.Profile{Text: `Chidi Okeke
He/Him
Principal Pipeline Integrity Engineer at Northsea Energy | ILI | Corrosion
Aberdeen, Scotland, United Kingdom
About
Twelve years of pipeline integrity, onshore and subsea.
Experience
Principal Pipeline Integrity Engineer
Northsea Energy · Full-time
Mar 2018 - Present · 6 yrs 10 mos
Introduced a risk-based ILI scheduling model for 380 km of subsea pipelines.
Pipeline Integrity Engineer
Deltaline Petroleum · Full-time
Jun 2012 - Feb 2018 · 5 yrs 9 mos
Ran the ILI programme for the Escravos Export Trunkline: 12 intelligent pig runs.
Skills
In-line Inspection (ILI) · Corrosion`}
}

func TestFactAndEmployerBridgedByAWordOfBoth(t *testing.T) {
	wantVerdicts(t, pipelineEngineer(), []lineWant{
		// "ILI" is in both posts: the trunkline's is Deltaline's.
		{"Your Escravos Export Trunkline ILI programme at Northsea Energy sounds like a huge undertaking.", false},
		{"Your Escravos Export Trunkline ILI programme at Deltaline Petroleum sounds like a huge undertaking.", true},
		{"Your risk-based ILI scheduling model at Northsea Energy sounds like a smart piece of work.", true},
	})
}

func TestTalkAndThesisInTheProfilesLanguage(t *testing.T) {
	p := &profile.Profile{Text: `Anja Vogt
Sie/Ihr
Partnerin bei Vogt & Lenz Steuerberatung
Hamburg, Deutschland
Aktivitäten
Anja Vogt hat das gepostet • 2 Monate
Danke für die Einladung zum Hamburger Steuertag. Die Folien zu meinem Vortrag über die neue Meldepflicht finden Sie hier.
Berufserfahrung
Partnerin
Vogt & Lenz Steuerberatung · Vollzeit
2015–Heute
Ausbildung
Universität Hamburg
Master, Steuerrecht
2010 - 2012
Masterarbeit: Grenzüberschreitende Steuergestaltungen`}
	wantVerdicts(t, p, []lineWant{
		{"Your talk at the Hamburger Steuertag on the new Meldepflicht was spot on.", true},
		{"Your Hamburg master's thesis on Grenzüberschreitende Steuergestaltungen is right on topic for us.", true},
	})
}
