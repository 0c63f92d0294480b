package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func foodAuditor() *profile.Profile {
	return &profile.Profile{
		Name: "Nadia Harun", Headline: "Food Safety Auditor", Title: "Lead Auditor",
		Company: "Certis Asia", Location: "Penang, Malaysia",
		Experience: []profile.Experience{
			{Title: "Lead Auditor", Company: "Certis Asia", Start: "2018", End: "Present",
				Description: "Audited 240 seafood plants in Indonesia, the Philippines and Vietnam."},
			{Title: "QA Executive", Company: "Unilever Malaysia", Start: "2014", End: "2018",
				Description: "Ran supplier audits for 60 ice cream ingredients."},
		},
	}
}

func TestANameInAListIsTiedAsTheListIs(t *testing.T) {
	wantVerdicts(t, foodAuditor(), []lineWant{
		// The seafood audits were at Certis, not at Unilever; the names
		// after the list's first are no subject of "gave".
		{"Auditing 240 seafood plants across Indonesia, the Philippines and Vietnam for Unilever gave you a wide view.", false},
		{"Auditing 240 seafood plants across Indonesia, the Philippines and Vietnam for Certis gave you a wide view.", true},
		// A name that heads its own clause is still the recruiter's side.
		{"Your audits of 240 seafood plants stand out, and Unilever gave us the brief.", true},
	})
}

func surveyorDE() *profile.Profile {
	return &profile.Profile{
		Name: "Katrin Vogler", Headline: "Vermessungsingenieurin", Title: "Vermessungsingenieurin",
		Company: "Landesamt für Geoinformation", Location: "Stuttgart, Deutschland",
		Skills: []string{"GNSS", "Python", "Nivellement"},
		About:  "Für mich zählt jede Messung, und jede muss richtig sein: seit 2015 betreue ich das Höhennetz von Baden-Württemberg.",
		Experience: []profile.Experience{
			{Title: "Vermessungsingenieurin", Company: "Landesamt für Geoinformation", Start: "2015", End: "Present",
				Description: "Auswertung von 480 GNSS-Punkten für die Erneuerung des Höhennetzes 2021."},
		},
	}
}

func TestEverydayWordsOfOtherLanguagesNameNothing(t *testing.T) {
	wantVerdicts(t, surveyorDE(), []lineWant{
		// "mich" is on the profile, as an everyday word: the rest is
		// their skills, a mail merge.
		{"Sehr geehrte Frau Vogler, Ihre Kenntnisse in GNSS und Python beeindrucken mich.", false},
		// "richtige" for "richtig" on the profile: an inflection.
		{"Als Vermessungsingenieurin in Stuttgart mit GNSS und Python haben Sie genau die richtige Erfahrung.", false},
		{"Die Auswertung von 480 GNSS-Punkten für das Höhennetz beeindruckt mich.", true},
	})
}

func TestForeignCommonWordsLeaveEnglishAndNames(t *testing.T) {
	l := DefaultLists()
	for _, w := range []string{"mich", "roku", "votre", "nossa", "siempre"} {
		if !l.foreign[fold(w)] {
			t.Errorf("%q is not an everyday word of another language", w)
		}
	}
	// English words stay English ("also", "die", "man"); a capitalised
	// word inside a sentence is a name, whatever the list says.
	for _, w := range []string{"also", "die", "man", "data"} {
		if l.foreign[w] {
			t.Errorf("%q is an English word, yet in the foreign list", w)
		}
	}
	// "sola" is an everyday Spanish word, and in "Ana Sola" a name.
	word := lineTok{token: token{key: "sola", lower: "sola"}}
	if got := wordWeight(&word, l); got != weightTier1 {
		t.Errorf("sola weighs %v, want %v", got, weightTier1)
	}
	word.capital = true
	if got := wordWeight(&word, l); got != weightRare {
		t.Errorf("Sola inside a sentence weighs %v, want %v", got, weightRare)
	}
}

func breweryMD() *profile.Profile {
	return &profile.Profile{
		Name: "Hanna Lund", Headline: "Managing Director at Halden Bryggeri", Title: "Managing Director",
		Company: "Halden Bryggeri", Location: "Oslo, Norway",
		Experience: []profile.Experience{
			{Title: "Managing Director", Company: "Halden Bryggeri", Start: "2022", End: "Present",
				Description: "Took the brewery from 9 to 23 pubs and opened the Bergen taproom in 2023."},
			{Title: "Head Brewer", Company: "Halden Bryggeri", Start: "2016", End: "2022",
				Description: "Won gold at the Norwegian Beer Awards 2019 for the Kveik IPA."},
			{Title: "Brewer", Company: "Aass Bryggeri", Start: "2011", End: "2016",
				Description: "Ran the pilot brewhouse."},
		},
	}
}

func TestAPostSaidWithYouWere(t *testing.T) {
	wantVerdicts(t, breweryMD(), []lineWant{
		{"You were already managing director at Aass before Halden, which is rare.", false},
		{"You were head brewer at Halden when the Kveik IPA won gold in 2019.", true},
		{"Now that you're MD at Halden, taking it from 9 to 23 pubs, you'd suit our client.", true},
		{"You are now MD of Halden Bryggeri after taking the brewery from 9 to 23 pubs.", true},
		{"You've been head brewer at Halden, and the Kveik IPA gold in 2019 shows it.", true},
		{"You were named MD of Halden Bryggeri in 2022, and the 23 pubs show why.", true},
		{"You were made MD at Halden after the Kveik IPA gold, impressive.", true},
		{"You became managing director at Halden and took it from 9 to 23 pubs.", true},
		{"You became MD and took Halden from 9 to 23 pubs.", true},
		{"You are MD at Halden today, having brewed the gold-winning Kveik IPA there in 2019.", true},
		{"You were head brewer before you were MD, and the Bergen taproom in 2023 was yours.", true},
		{"You are also MD, with 23 pubs and the Bergen taproom behind you.", true},
		{"You were Halden's head brewer when the Kveik IPA won gold in 2019.", true},
		{"You are the MD who took Halden from 9 to 23 pubs.", true},
		{"You're MD of a brewery you took from 9 to 23 pubs, which is rare.", true},
		{"You were still a brewer at Aass when you ran the pilot brewhouse.", true},
		{"Since you were promoted to MD at Halden, it has grown from 9 to 23 pubs.", true},
		{"You were appointed managing director in 2022 after six years as head brewer, and took Halden from 9 to 23 pubs.", true},
		{"You are MD now, and taking Halden from 9 to 23 pubs is a strong record.", true},
		{"You were brewing at Aass before you became MD at Halden and took it from 9 to 23 pubs.", true},
	})
}

func lavenderFarmer() *profile.Profile {
	return &profile.Profile{
		Name: "Elif Demirtaş", Headline: "Lavanta üreticisi", Title: "Kurucu & Üretim Müdürü",
		Company: "Mor Yayla Lavanta Çiftliği", Location: "Isparta, Türkiye",
		Experience: []profile.Experience{
			{Title: "Kurucu & Üretim Müdürü", Company: "Mor Yayla Lavanta Çiftliği", Start: "2018", End: "Present",
				Description: "45 dönüm lavanta; yılda 310 kg lavanta yağı damıtıyoruz."},
			{Title: "Ziraat Mühendisi", Company: "Isparta İl Tarım Müdürlüğü", Start: "2010", End: "2018",
				Description: "120 çiftçiye fide dağıttım ve eğitim verdim."},
		},
		Volunteering: []string{"Gönüllü, Lavanta Vakfı: vakfın fuar standını yönetiyorum."},
	}
}

func TestFoundingSaidInTheProfilesLanguage(t *testing.T) {
	wantVerdicts(t, lavenderFarmer(), []lineWant{
		// "Kurucu" is "founder": the title says it.
		{"Founding Mor Yayla and distilling 310 kg of lavender oil a year is a real achievement.", true},
		// A foundation (vakıf) they volunteer at, they did not found.
		{"Founding the Lavanta Vakfı and running its fair stand is a real achievement.", false},
	})
}

func poolEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Lucía Navarro", Headline: "Jefa de mantenimiento de piscinas", Title: "Jefa de mantenimiento",
		Company: "Aguaclara Servicios", Location: "Málaga, España",
		Experience: []profile.Experience{
			{Title: "Jefa de mantenimiento", Company: "Aguaclara Servicios", Start: "2017", End: "Present",
				Description: "En 2020 pasamos 140 piscinas comunitarias de cloro a electrólisis salina."},
			{Title: "Técnica de piscinas", Company: "Piscinas Ortega", Start: "2011", End: "2017",
				Description: "Mantenimiento de 60 piscinas de hoteles en Fuengirola."},
		},
	}
}

func TestWhileAtFramesTheWholeClause(t *testing.T) {
	wantVerdicts(t, poolEngineer(), []lineWant{
		// The 140 pools were at Aguaclara: "while at" says where all of
		// the clause before it happened, however long.
		{"Switching 140 community pools from chlorine to salt electrolysis while at Piscinas Ortega was ahead of its time.", false},
		{"Switching 140 community pools from chlorine to salt electrolysis while at Aguaclara was ahead of its time.", true},
		{"Switching 140 community pools from chlorine to salt electrolysis while you were at Aguaclara was ahead of its time.", true},
		{"Switching 140 community pools from chlorine to salt electrolysis while you were working for Piscinas Ortega was ahead of its time.", false},
	})
}

func solarInstallerDE() *profile.Profile {
	return &profile.Profile{
		Name: "Jonas Häusler", Headline: "Technischer Leiter PV-Montage", Title: "Technischer Leiter PV-Montage",
		Company: "Sonnenwerk Breisgau GmbH", Location: "Freiburg im Breisgau, Deutschland",
		Experience: []profile.Experience{
			{Title: "Technischer Leiter PV-Montage", Company: "Sonnenwerk Breisgau GmbH", Start: "2016", End: "Present",
				Description: "Leitung von 40 Monteuren; 1.900 Dachanlagen seit 2016."},
			{Title: "Dozent Meistervorbereitung", Company: "Handwerkskammer Freiburg", Start: "2019", End: "Present",
				Description: "Unterricht im Modul Photovoltaik und Speicher im Meisterkurs."},
		},
	}
}

func TestAGermanVerbAfterANameIsNoNounOfIt(t *testing.T) {
	wantVerdicts(t, solarInstallerDE(), []lineWant{
		// "Neben Sonnenwerk": beside the main job; "unterrichten" is the
		// verb of the main clause, not a noun Sonnenwerk qualifies.
		{"Neben Sonnenwerk unterrichten Sie im Meisterkurs das Modul Photovoltaik und Speicher – genau dieses Wissen brauchen wir.", true},
		// A fact of the teaching post put at Sonnenwerk still is refused.
		{"Ihr Unterricht zum Modul Photovoltaik und Speicher bei Sonnenwerk ist beeindruckend.", false},
	})
}

func gisAnalyst() *profile.Profile {
	return &profile.Profile{
		Name: "Piotr Nowak", Headline: "GIS Analyst", Title: "GIS Analyst",
		Company: "Esri Polska", Location: "Warsaw, Poland",
		Experience: []profile.Experience{
			{Title: "GIS Analyst", Company: "Esri Polska", Start: "2020", End: "Present",
				Description: "Built the 3D city model of Gdańsk in ArcGIS Urban."},
		},
		Certifications: []string{"ArcGIS Pro Professional 2023, Esri"},
	}
}

func TestAnExamNamedWithAWordItsCertificationLacks(t *testing.T) {
	wantVerdicts(t, gisAnalyst(), []lineWant{
		{"Congrats on passing the ArcGIS Pro Expert exam, not an easy one, and on the Gdańsk 3D city model!", false},
		{"Congrats on passing the ArcGIS Pro Professional exam, and on the Gdańsk 3D city model!", true},
		// A typo of a word of its name is that word.
		{"Congrats on passing the ArcGIS Pro Profesional exam, and on the Gdańsk 3D city model!", true},
	})
}

func bunkerTrader() *profile.Profile {
	return &profile.Profile{
		Name: "Wei Ling Tan", Headline: "Bunker trader", Title: "Trader, Biofuels",
		Company: "Straits Marine Energy", Location: "Singapore",
		Experience: []profile.Experience{
			{Title: "Trader, Biofuels", Company: "Straits Marine Energy", Start: "2021", End: "Present",
				Description: "Grew B24 volumes from 0 (2021) to 186,000 MT (2023)."},
			{Title: "Analyst", Company: "Orchard Commodities", Start: "2015", End: "2021",
				Description: "Modelled supply of 2.4 Mt of iron ore a year."},
		},
	}
}

func TestMetricTonnesInCapitals(t *testing.T) {
	wantVerdicts(t, bunkerTrader(), []lineWant{
		// "MT" after a figure is metric tonnes; "Mt" a million of them.
		{"Growing the B24 book from nothing in 2021 to 186,000 tonnes in 2023 is remarkable.", true},
		{"Modelling 2.4 million tonnes of iron ore a year at Orchard is solid grounding.", true},
		{"Modelling 2.4 tonnes of iron ore a year at Orchard is solid grounding.", false},
	})
}

func alpacaBreeder() *profile.Profile {
	return &profile.Profile{
		Name: "Rosa Quispe", Headline: "Head of Genetic Improvement", Title: "Head of Genetic Improvement",
		Company: "Andes Fibra", Location: "Arequipa, Peru",
		Experience: []profile.Experience{
			{Title: "Head of Genetic Improvement", Company: "Andes Fibra", Start: "2015", End: "Present",
				Description: "Runs the breeding programme for 4,000 alpacas."},
			{Title: "Board member", Company: "Asociación de Criadores de Alpaca", Start: "2019", End: "Present",
				Description: "Sits on the technical committee for the breed standard."},
		},
	}
}

func TestAFrontedBesidePhraseEndsAtYour(t *testing.T) {
	wantVerdicts(t, alpacaBreeder(), []lineWant{
		{"Alongside your Andes Fibra role, your seat on the technical committee for the breed standard is a big plus for us.", true},
		{"Your seat on the technical committee for the breed standard at Andes Fibra is a big plus for us.", false},
	})
}

func fibreScientist() *profile.Profile {
	return &profile.Profile{
		Name: "Lucía Mamani", Headline: "Alpaca geneticist", Title: "Head of Genetic Improvement",
		Company: "Andes Fibra", Location: "Arequipa, Peru",
		Experience: []profile.Experience{
			{Title: "Head of Genetic Improvement", Company: "Andes Fibra", Start: "2015", End: "Present",
				Description: "Co-ran the Suri colour selection trial on 1,200 alpacas."},
		},
		Publications: []profile.Publication{
			{Title: "Genomic prediction of fibre diameter in Huacaya alpacas", Publisher: "Small Ruminant Research", Year: 2023},
			{Title: "Criar alpacas", Publisher: "Fondo Editorial", Year: 2020},
		},
	}
}

func TestABookNeedsMoreThanAnyPublication(t *testing.T) {
	wantVerdicts(t, fibreScientist(), []lineWant{
		// Their publications hold no book on Suri colour: a book on a
		// thing of an entry is invented.
		{"Your recent book on Suri colour genetics is on my reading list.", false},
		// A title of their publications after "book" is the book.
		{"Your book 'Criar alpacas' is on my reading list.", true},
		{"Co-running the Suri colour selection trial on 1,200 alpacas at Andes Fibra is rare experience.", true},
	})
}

func wastewaterEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Beatriz Ferreira", Headline: "Wastewater operations manager", Title: "Operations Manager",
		Company: "Sabesp", Location: "São Paulo, Brazil",
		Experience: []profile.Experience{
			{Title: "Operations Manager", Company: "Sabesp", Start: "2019", End: "Present",
				Description: "Cut aeration energy by 18% at the Barueri plant in 2021."},
			{Title: "Process Engineer", Company: "Aquapolo Ambiental", Start: "2013", End: "2019",
				Description: "Started up the 650 L/s water reuse plant."},
		},
	}
}

func TestAClauseOfYouSaysWhereItsFactWas(t *testing.T) {
	wantVerdicts(t, wastewaterEngineer(), []lineWant{
		// "you achieved ... at Aquapolo" says where the 18% was: not there.
		{"The 18% energy saving you achieved with smarter blower control at Aquapolo is a great result.", false},
		{"The 18% energy saving you achieved with smarter blower control at Sabesp is a great result.", true},
	})
}

func icuNurse() *profile.Profile {
	return &profile.Profile{
		Name: "Rita Pereira", Headline: "Critical care nurse", Title: "Senior Staff Nurse",
		Company: "King's College Hospital", Location: "London, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Senior Staff Nurse", Company: "King's College Hospital", Start: "2019", End: "Present",
				Description: "ECMO nursing on a 12-bed unit."},
			{Title: "Staff Nurse", Company: "Hospital de Santo António", Start: "2014", End: "2019",
				Description: "Projeto de prevenção da pneumonia associada à ventilação, que reduziu a taxa em 40%."},
		},
	}
}

func TestAGerundAfterWhereItWasBindsItsFigure(t *testing.T) {
	wantVerdicts(t, icuNurse(), []lineWant{
		// The 40% was at Santo António, not at King's.
		{"Your pneumonia prevention project at King's, cutting rates by 40%, is exactly what we need.", false},
		{"Your pneumonia prevention project at Santo António, cutting rates by 40%, is exactly what we need.", true},
	})
}

func podcastProducerSV() *profile.Profile {
	return &profile.Profile{Text: "Elin Bergström\n· 2nd\nPodcastproducent på Ljudbolaget\nStockholm, Sverige\n\nExperience\n" +
		"Producent\nLjudbolaget · Full-time\nJan 2019 - Present · 6 yrs\nProducerade dokumentärserien Skuggan i Sundsvall (8 avsnitt).\n\n" +
		"Honors & awards\nÅrets dokumentär - Svenska Podradiopriset\nIssued by Svenska Podradiopriset · Mar 2023\n" +
		"Associated with Ljudbolaget\nFor Skuggan i Sundsvall.\n"}
}

func TestSwedishPaIsAFunctionWord(t *testing.T) {
	wantVerdicts(t, podcastProducerSV(), []lineWant{
		// "på" ("at") before the prize's name is no other word for
		// "Svenska".
		{"Grattis till Årets dokumentär på Podradiopriset 2023 för Skuggan i Sundsvall!", true},
		{"Hej Elin! Producent på Ljudbolaget i Stockholm, imponerande!", false},
	})
}

func radioProgrammerPL() *profile.Profile {
	return &profile.Profile{Text: "Anna Wójcik\n· 2nd\nDyrektorka programowa w Radiu Kraków\nKraków, Polska\n\nExperience\n" +
		"Dyrektorka programowa\nRadio Kraków · Full-time\nJan 2018 - Present · 7 yrs\nNowa ramówka poranna: udział w rynku z 6,1% do 8,4%.\n\n" +
		"Education\nUniwersytet Jagielloński w Krakowie\nMagister, Dziennikarstwo\n2005 – 2010\n" +
		"Praca magisterska: „Formatowanie rozgłośni regionalnych po 1989 roku”.\n"}
}

func TestAThesisAtASchoolNamedInEnglish(t *testing.T) {
	wantVerdicts(t, radioProgrammerPL(), []lineWant{
		// "the Jagiellonian" is the school of the thesis, in English.
		{"Your master's thesis at the Jagiellonian on how regional stations were re-formatted after 1989 caught my eye.", true},
		{"Your master's thesis at the Sorbonne on how regional stations were re-formatted after 1989 caught my eye.", false},
	})
}

func TestATypoSwappingTheFourthAndFifthLetters(t *testing.T) {
	p := &profile.Profile{
		Name: "Thandi Dlamini", Headline: "Jazz vocalist", Title: "Vocalist",
		Company: "Independent", Location: "Johannesburg, South Africa",
		Honors: []string{"Standard Bank Young Artist Award for Music, 2021"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on the Standard Bank Young Artsit Award for Music back in 2021, thoroughly deserved.", true},
		// A letter changed there is another word: "Artwork" is no typo.
		{"Congratulations on the Standard Bank Young Artwork Award for Music back in 2021, thoroughly deserved.", false},
	})
}

func radiographerTR() *profile.Profile {
	return &profile.Profile{
		Name: "Ayşe Demirtaş", Headline: "Baş Radyoloji Teknikeri", Title: "Baş Radyoloji Teknikeri",
		Company: "Acıbadem", Location: "İstanbul, Türkiye",
		Experience: []profile.Experience{
			{Title: "Radyoloji Teknikeri", Company: "Hacettepe Üniversitesi Hastanesi", Start: "2012", End: "2018",
				Description: "2016'da Türk Radyoloji Derneği ile kardiyak MR teknikerleri için ilk ulusal kursu düzenledim."},
		},
		Honors: []string{"Certificate of Merit, European Society of Radiology, ECR 2022"},
	}
}

func TestASocietyNamedInEnglishIsNoSwappedWord(t *testing.T) {
	wantVerdicts(t, radiographerTR(), []lineWant{
		// "Turkish Society of Radiology" is their "Türk Radyoloji
		// Derneği", not "European Society of Radiology" with a word
		// swapped.
		{"Organising the first national cardiac MR course with the Turkish Society of Radiology while at Hacettepe is impressive.", true},
		{"Organising the first national cardiac MR course with the Turkish Society of Cardiology while at Hacettepe is impressive.", false},
	})
}

func dessertChef() *profile.Profile {
	return &profile.Profile{
		Name: "Linnea Åkesson", Headline: "Pastry chef", Title: "Head Pastry Chef",
		Company: "Kajskjul 8", Location: "Göteborg, Sverige",
		Experience: []profile.Experience{
			{Title: "Head Pastry Chef", Company: "Kajskjul 8", Start: "2013", End: "Present",
				Description: "Created the salted-liquorice semifreddo, our best-selling dessert since 2015."},
		},
		Projects: []profile.Project{{Name: "fika-recipes", Description: "Open-source recipe converter; passed 1,000 GitHub stars in 2023."}},
	}
}

func TestAThingBecomingAndACountPassed(t *testing.T) {
	wantVerdicts(t, dessertChef(), []lineWant{
		// The semifreddo became the best seller, not the candidate a post.
		{"Your salted-liquorice semifreddo becoming Kajskjul 8's best-selling dessert in 2015 made me hungry.", true},
		// A count reached is no exam passed.
		{"Open-sourcing fika-recipes and passing a thousand GitHub stars is a great contribution.", true},
		// They are still said to become what they became.
		{"Becoming head chef at Kajskjul 8 in 2015 made your name.", false},
	})
}
