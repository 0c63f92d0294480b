package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func TestNameTranslatedThroughSharedRoots(t *testing.T) {
	p := &profile.Profile{
		Name: "Bogdan Mureșan", Title: "Hospital Pharmacist", Company: "St Olave's Hospital", Location: "London",
		Experience: []profile.Experience{
			{Title: "Hospital Pharmacist", Company: "St Olave's Hospital", Start: "2020", End: "present", Location: "London",
				Description: "Built the aseptic unit's electronic batch records, halving release times."},
			{Title: "Research Assistant", Company: "Institutul Oncologic Cluj", Start: "2016", End: "2020", Location: "Cluj-Napoca"},
		},
		Education: []profile.Education{{School: "Universitatea de Medicină și Farmacie Iuliu Hațieganu", Degree: "MPharm", Year: 2016}},
		Honors:    []string{"Premiul pentru Farmacie Clinică, Colegiul Farmaciștilor din România, 2022"},
	}
	wantVerdicts(t, p, []lineWant{
		// English for the school's name: its words share their roots
		// with the Romanian ones, so it is neither invented nor a
		// pharmacist's post in Cluj.
		{"Going from the University of Medicine and Pharmacy in Cluj-Napoca to building the aseptic unit's electronic batch records is quite a path.", true},
		{"Winning the Clinical Pharmacy Prize in 2022 and then halving release times with electronic batch records is impressive.", true},
		// An English name of words that share no root with any name
		// on the profile is still invented.
		{"Winning the Hospital Innovation Prize in 2022 and then halving release times with electronic batch records is impressive.", false},
	})
}

func TestNameSpeltFromWordStartsInMixedCapitals(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Raghunathan", Title: "Senior Wound Care Nurse", Company: "Preston Community Health",
		Experience: []profile.Experience{
			{Title: "Senior Wound Care Nurse", Company: "Preston Community Health", Start: "2019", End: "present",
				Description: "Set up the nurse-led leg ulcer clinic that healed 70% of venous ulcers within 12 weeks."},
		},
		Education: []profile.Education{{School: "University of Central Lancashire", Degree: "Master of Nursing", Year: 2018}},
	}
	wantVerdicts(t, p, []lineWant{
		// "UCLan": the capitals mark where each word of the school starts.
		{"Your UCLan master's and then healing 70% of venous ulcers within 12 weeks at the leg ulcer clinic is a great story.", true},
		// A word in mixed capitals that spells no name of the profile is
		// still invented.
		{"Your UCLon master's and then healing 70% of venous ulcers within 12 weeks at the leg ulcer clinic is a great story.", false},
	})
}

func TestSharedRoot(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"pharmacy", "farmacie", true},
		{"medicine", "medicina", true},
		{"architecture", "arquitectura", true},
		{"phase", "fase", true},
		{"andalusia", "andalucia", true},
		{"association", "asociacion", true},
		{"university", "universidad", true},
		{"technical", "technische", true},
		{"bridge", "brucke", false},
		{"north", "nord", false},
		{"law", "lawn", false}, // too short
		{"pharmacy", "pharos", false},
		{"chemistry", "kemia", false},
	} {
		if got := sharedRoot(c.a, c.b); got != c.want {
			t.Errorf("sharedRoot(%q, %q) = %v, want %v (%q, %q)", c.a, c.b, got, c.want, cognateForm(c.a), cognateForm(c.b))
		}
	}
}

func TestFiguresWrittenOtherwise(t *testing.T) {
	p := &profile.Profile{
		Name: "Emeka Lindqvist", Title: "Operations Director", Company: "Harbourside Freight",
		Experience: []profile.Experience{
			{Title: "Operations Director", Company: "Harbourside Freight", Start: "2018", End: "present",
				Description: "Cut damaged-goods claims from £1.6m to £700k a year. Raised on-time collections from 64% to 91%. " +
					"Brought average dock turnaround from 5 hours to 2. Trained 9 shift leads."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// A scale in words after figures.
		{"Cutting damaged-goods claims from 1.6 million to 700 thousand pounds a year at Harbourside is a real result.", true},
		{"Cutting damaged-goods claims from 1.6 million to 600 thousand pounds a year at Harbourside is a real result.", false},
		// Percentages and ranges in other languages.
		{"Die pünktlichen Abholungen bei Harbourside von 64 auf 91 Prozent zu steigern, ist beeindruckend.", true},
		{"Die pünktlichen Abholungen bei Harbourside von 64 auf 95 Prozent zu steigern, ist beeindruckend.", false},
		{"Faire passer les collectes à l'heure de 64 à 91 pour cent chez Harbourside, c'est remarquable.", true},
		// Units of time in another language.
		{"De gemiddelde doorlooptijd aan de dock bij Harbourside van 5 naar 2 uur brengen is knap werk.", true},
		// A change in points of a range of percentages, in figures or
		// words; a change the range does not give is refused.
		{"Lifting on-time collections by 27 points at Harbourside is a real result.", true},
		{"Lifting on-time collections by twenty-seven points at Harbourside is a real result.", true},
		{"Lifting on-time collections by thirty points at Harbourside is a real result.", false},
	})
}

func TestClientIsNoEmployer(t *testing.T) {
	p := &profile.Profile{
		Name: "Oluwadamilare Fitzgerald", Title: "Senior Structural Engineer", Company: "Brenmoor Consulting",
		Experience: []profile.Experience{
			{Title: "Senior Structural Engineer", Company: "Brenmoor Consulting", Start: "2019", End: "present",
				Description: "Designed the replacement Ouse footbridge for York City Council, a 64 m steel arch."},
			{Title: "Graduate Engineer", Company: "Harrowgate Civils", Start: "2014", End: "2019",
				Description: "Site engineer on secondment at Yorkshire Water for the Esholt sludge works."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Designing the 64 m steel arch Ouse footbridge for York City Council is a lovely piece of work.", true},
		{"Your Ouse footbridge design at Brenmoor, a 64 m steel arch, is a lovely piece of work.", true},
		// On secondment there: the profile says they were at it.
		{"Your secondment at Yorkshire Water on the Esholt sludge works is useful grounding.", true},
		// The council was the client, not the employer.
		{"Your work at York City Council on the 64 m Ouse footbridge arch is a lovely piece of engineering.", false},
		// Nor was the work for another client, whose words the profile
		// has elsewhere.
		{"Your Ouse footbridge design for York Consulting, a 64 m steel arch, is a lovely piece of work.", false},
		{"Your Ouse footbridge design for York City Council, a 64 m steel arch, is a lovely piece of work.", true},
	})
}

func TestNameSwappedBeforeAWordLeftOut(t *testing.T) {
	p := &profile.Profile{
		Name: "Marisol Achterberg", Title: "Community Midwife", Company: "Lancashire Teaching Hospitals",
		Experience: []profile.Experience{
			{Title: "Community Midwife", Company: "Lancashire Teaching Hospitals", Start: "2018", End: "present", Location: "Preston",
				Description: "Set up antenatal classes in Chorley community centres for women who speak Urdu or Polish."},
		},
		Volunteering: []string{"Breastfeeding peer supporter, Preston"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Setting up Urdu and Polish antenatal classes in Chorley centres is exactly the outreach our client wants.", true},
		// Preston is on the profile, but the classes were in Chorley.
		{"Setting up Urdu and Polish antenatal classes in Preston centres is exactly the outreach our client wants.", false},
	})
}

func TestGermanLineWithFewFunctionWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Annika Strößner", Title: "Projektleiterin Tiefbau", Company: "Hochtief Infrastructure",
		Experience: []profile.Experience{
			{Title: "Projektleiterin Tiefbau", Company: "Hochtief Infrastructure", Start: "2019", End: "present",
				Description: "Verlegung der Kanalisation unter dem Marktplatz Bamberg bei laufendem Betrieb, Abnahme 5 Wochen vor Termin."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// Two German function words ("der", "vor") and a word only
		// German spells ("Leistung"): its capitals are nouns, not names.
		{"Starke Leistung: Verlegung der Kanalisation am Marktplatz Bamberg, Abnahme fünf Wochen vor Termin.", true},
		{"Starke Leistung: Verlegung der Kanalisation am Marktplatz Bamberg, Abnahme neun Wochen vor Termin.", false},
	})
}

func TestFactsJoinedByAndInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Itziar Goikoetxea", Title: "Jefa de Compras", Company: "Eroski",
		Experience: []profile.Experience{
			{Title: "Jefa de Compras", Company: "Eroski", Start: "2020", End: "present",
				Description: "Renegocié el contrato de transporte refrigerado con un ahorro de 1,4 millones de euros."},
			{Title: "Compradora", Company: "Grupo Calvo", Start: "2014", End: "2020", Description: "Compras de envases metálicos."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "y antes" keeps the two employers apart, as "and before" does.
		{"Hola Itziar: el contrato de transporte refrigerado en Eroski, con 1,4 millones de ahorro, y antes las compras de envases en Grupo Calvo encajan muy bien.", true},
		// Put together, they are refused.
		{"Hola Itziar: el contrato de transporte refrigerado en Grupo Calvo, con 1,4 millones de ahorro, encaja muy bien.", false},
	})
}

func TestPhraseOfWordsFromSeveralMailMergeFields(t *testing.T) {
	p := &profile.Profile{
		Name: "Ngozi Halvorsen", Headline: "Senior Ecologist | Wetlands | Biodiversity net gain", Title: "Senior Ecologist", Company: "Fenland Ecology",
		Skills: []string{"Habitat surveys", "Bat surveys", "GIS"},
		Experience: []profile.Experience{
			{Title: "Senior Ecologist", Company: "Fenland Ecology", Start: "2019", End: "present",
				Description: "Led 60 bat surveys of wetland reserves for the Ouse Washes restoration."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "wetland" is the headline's, "bat surveys" the skills': no one
		// field a mail merge fills has the phrase; the entry does.
		{"Your wetland bat surveys caught my eye; it is rare to find that depth in one ecologist.", true},
		// Words of the fields listed: what a mail merge writes.
		{"Your wetlands and bat surveys background caught my eye; it is rare to find.", false},
		{"Your habitat surveys and GIS skills caught my eye; it is rare to find that depth.", false},
	})
}

func TestSecondPostAtTheirOwnSchool(t *testing.T) {
	p := &profile.Profile{
		Name: "Rafael Nakashima-Diallo", Headline: "Structural Engineer | Timber | Seismic design", Title: "Associate", Company: "Ortiz Kane Engineers",
		Skills: []string{"Timber Engineering", "Seismic Design", "Eurocodes"},
		Experience: []profile.Experience{
			{Title: "Associate", Company: "Ortiz Kane Engineers", Start: "2020", End: "present", Description: "Engineer of record for the six-storey CLT library in Granada."},
		},
		Education:    []profile.Education{{School: "Universidad de Granada", Degree: "MEng", Year: 2012}},
		Volunteering: []string{"Guest lecturer, Timber Engineering, Universidad de Granada, 2021 - present"},
	}
	wantVerdicts(t, p, []lineWant{
		// The skill and the school are mail-merge fields; the lectures
		// in that subject at that school are a post of theirs.
		{"Lecturing on timber engineering at the University of Granada on top of the day job is impressive.", true},
		{"A Granada graduate with timber engineering and seismic design skills is rare.", false},
	})
}

func TestCzechUniversityInEnglish(t *testing.T) {
	p := &profile.Profile{
		Name: "Tereza Nováková", Title: "Power Systems Engineer", Company: "Gridline Consulting",
		Experience: []profile.Experience{
			{Title: "Power Systems Engineer", Company: "Gridline Consulting", Start: "2019", End: "present", Description: "Grid studies for 14 solar farms in Bohemia."},
		},
		Education: []profile.Education{{School: "Vysoké učení technické v Brně", Degree: "Ing.", Field: "Electrical Power Engineering", Year: 2018}},
	}
	wantVerdicts(t, p, []lineWant{
		// "učení" in a Czech university's name.
		{"Going from Brno University of Technology to grid studies for 14 solar farms in Bohemia is a great path.", true},
		{"Going from Ostrava University of Mining to grid studies for 14 solar farms in Bohemia is a great path.", false},
	})
}

func TestVolunteeringDatesOnAPastedPage(t *testing.T) {
	page := "Marek Zielonka\nHe/Him\n· 2nd\nSite Manager at Brackley Homes\nNorthampton, England, United Kingdom · Contact info\n\n" +
		"Experience\nSite Manager\nBrackley Homes · Full-time\nJan 2019 - Present · 5 yrs 11 mos\nDelivered 212 homes at Harpole Fields with zero RIDDOR incidents.\n\n" +
		"Volunteering\nFirst aider\nSilverstone Marshals Club\n2014 - Present · 10 yrs\nHealth\n\n" +
		"Skills\nSite Management\n"
	p := &profile.Profile{Text: page}
	wantVerdicts(t, p, []lineWant{
		// The page gives the years of the volunteering: "since 2014" is
		// theirs.
		{"First aider with the Silverstone Marshals Club since 2014 alongside 212 homes at Harpole Fields - impressive.", true},
		{"First aider with the Silverstone Marshals Club since 2009 alongside 212 homes at Harpole Fields - impressive.", false},
	})
}

func TestNumberOfALabelIsNoMeasure(t *testing.T) {
	p := &profile.Profile{
		Name: "Aroha Whitfield", Title: "Band 7 Advanced Practitioner", Company: "Leeds Teaching Hospitals",
		Experience: []profile.Experience{
			{Title: "Band 7 Advanced Practitioner", Company: "Leeds Teaching Hospitals", Start: "2020", End: "present",
				Description: "Cut the wait for a fracture clinic review from 14 days to 3."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting the fracture clinic wait from 14 days to 3 is a result our client would love.", true},
		// The profile's 7 is its band's, not a number of days.
		{"Cutting the fracture clinic wait from 14 days to 7 is a result our client would love.", false},
		{"Cutting the fracture clinic wait to 7 days is a result our client would love.", false},
	})
}

func TestUniversityKindsOfMoreLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Guðrún Magnúsdóttir", Title: "Geothermal Reservoir Engineer", Company: "Orka Vestri",
		Experience: []profile.Experience{
			{Title: "Geothermal Reservoir Engineer", Company: "Orka Vestri", Start: "2018", End: "present", Description: "Modelled reinjection for the Hellisheiði field, cutting pressure drawdown by 12%."},
		},
		Education: []profile.Education{{School: "Háskóli Íslands", Degree: "MS", Year: 2017}, {School: "Sveučilište u Zagrebu", Degree: "Exchange", Year: 2015}},
	}
	wantVerdicts(t, p, []lineWant{
		{"From an MS at the University of Iceland to modelling reinjection for the Hellisheiði field is a great arc.", true},
		{"From an exchange at the University of Zagreb to modelling reinjection for the Hellisheiði field is a great arc.", true},
		{"From an MS at the University of Oslo to modelling reinjection for the Hellisheiði field is a great arc.", false},
	})
}

func TestNameWordInTheLinesLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucía Herrero", Title: "Jefa de Proyecto", Company: "Acciona Energía",
		Experience: []profile.Experience{
			{Title: "Jefa de Proyecto", Company: "Acciona Energía", Start: "2019", End: "present",
				Description: "Led Phase 7 of the Extremadura solar cluster: 420 MW connected in 2023."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "Fase" is "Phase" in Spanish: not another name, nor a swap.
		{"La Fase 7 del clúster solar de Extremadura, con 420 MW conectados en 2023, es un gran resultado.", true},
		{"La Fase 9 del clúster solar de Extremadura, con 420 MW conectados en 2023, es un gran resultado.", false},
		{"Su trabajo en Telefónica en la Fase 7 del clúster solar de Extremadura es un gran resultado.", false},
	})
}

func TestPassedAStepOfWhatTheyStillWorkTowards(t *testing.T) {
	p := &profile.Profile{
		Name: "Dev Raghavan", Title: "Investment Analyst", Company: "Brookmere Capital",
		Experience: []profile.Experience{
			{Title: "Investment Analyst", Company: "Brookmere Capital", Start: "2021", End: "present", Description: "Cover UK mid-cap industrials; built the sector model used for 14 IC papers."},
		},
		Certifications: []string{"CFA Level II Candidate (passed Level I, 2023)", "ACCA - part qualified (9 of 13 exams)"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on passing CFA Level I in 2023 alongside the 14 IC papers on the industrials model.", true},
		{"Congrats on passing CFA Level II alongside the 14 IC papers on the industrials model.", false},
		{"Passing nine of the thirteen ACCA exams while covering UK mid-cap industrials is impressive.", true},
		{"Qualifying as an ACCA while covering UK mid-cap industrials is impressive.", false},
	})
}

func TestWordInPlaceOfTheProfilesInsideAReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Deborah Ellis", Title: "Head of Procurement", Company: "Tyne Combined Authority",
		Experience: []profile.Experience{
			{Title: "Head of Procurement", Company: "Tyne Combined Authority", Start: "2022", End: "present",
				Description: "Led the Metro Link bus franchising procurement: 10 operator contracts, £1.1bn over 5 years."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Metro Link bus franchising procurement across 10 operator contracts is exactly what our client needs.", true},
		// "ferry" where the profile has "bus", between the same words.
		{"Your Metro Link ferry franchising procurement across 10 operator contracts is exactly what our client needs.", false},
		// A word of a line in French translates the profile's.
		{"Votre procédure Metro Link de franchise des bus, avec 10 contrats d'opérateurs, correspond exactement à ce que cherche notre client.", true},
	})
}

func TestLineInLowerCase(t *testing.T) {
	p := &profile.Profile{
		Name: "Gwen Pritchard", Title: "Site Manager", Company: "Tŷ Coch Construction",
		Experience: []profile.Experience{
			{Title: "Site Manager", Company: "Tŷ Coch Construction", Start: "2018", End: "present",
				Description: "Delivered the Phase III extension of Ysgol Bro Dinefwr, 6 weeks early."},
		},
		Honors: []string{"Welsh Site Manager of the Year 2023, Constructing Excellence in Wales"},
	}
	wantVerdicts(t, p, []lineWant{
		// Typed all in lower case: the award and "phase iii" are the
		// profile's names, as written in capitals.
		{"congratulations on welsh site manager of the year from constructing excellence in wales.", true},
		{"delivering the phase iii extension of ysgol bro dinefwr six weeks early is impressive.", true},
		{"delivering the phase iv extension of ysgol bro dinefwr six weeks early is impressive.", false},
	})
}

func TestNameWhoseOtherWordsSayTheKindOfFirm(t *testing.T) {
	p := &profile.Profile{
		Name: "Femi Adebayo-Lund", Title: "Associate Director", Company: "Mott MacDonald",
		Experience: []profile.Experience{
			{Title: "Associate Director", Company: "Mott MacDonald", Start: "2021", End: "present", Description: "Leads the bridge inspection team for National Highways' northern area."},
			{Title: "Senior Engineer", Company: "Arup Group Ltd", Start: "2014", End: "2021", Description: "Assessed 40 masonry arch bridges."},
		},
		Education: []profile.Education{{School: "Texas A&M University", Degree: "MS", Year: 2013}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Arup" is the whole of "Arup Group Ltd" but its kind of firm:
		// the move between two employers is theirs.
		{"Your move from Arup to Mott MacDonald in 2021 caught my eye.", true},
		// One word of a longer name is not that name.
		{"Congrats on passing the Texas bar before joining Mott MacDonald in 2021!", false},
	})
}

func TestProfileInFrenchLineInEnglish(t *testing.T) {
	p := &profile.Profile{
		Name: "Élodie Marchetti", Title: "Responsable maintenance", Company: "Fromagerie du Jura",
		Experience: []profile.Experience{
			{Title: "Responsable maintenance", Company: "Fromagerie du Jura", Start: "2019", End: "present",
				Description: "Déploiement TPM sur 4 lignes de conditionnement ; TRS de 61 % à 78 %. Réduction des arrêts non planifiés de 35 %."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "OEE" is the French "TRS"; what the 35% is of is said in
		// French, which the figure check cannot compare.
		{"Rolling out TPM on four packaging lines and lifting OEE from 61% to 78% at Fromagerie du Jura is impressive.", true},
		{"Reducing unplanned stoppages by 35% at Fromagerie du Jura is a great result.", true},
		{"Reducing unplanned stoppages by 45% at Fromagerie du Jura is a great result.", false},
	})
}

func TestQuotedTitleWithAWordChanged(t *testing.T) {
	p := &profile.Profile{
		Name: "Harriet Osei", Title: "Head of People", Company: "Marlow Foods",
		Activity: []profile.Activity{{Kind: profile.ActivityPost, Title: "Why we stopped doing exit interviews",
			Text: "We replaced exit interviews with stay interviews at month three."}},
	}
	wantVerdicts(t, p, []lineWant{
		{`Your post "Why we stopped doing exit interviews" made me rethink how our client runs offboarding.`, true},
		// A typo is no other title.
		{`Your post "Why we stoped doing exit interviews" made me rethink how our client runs offboarding.`, true},
		{`Your post "Why we started doing exit interviews" made me rethink how our client runs offboarding.`, false},
	})
}
