package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestRecommendationsOfAGermanPage: on a page copied from LinkedIn's
// German interface, the recommendation received is read as what someone
// said of the candidate, and the one they gave as another's work, so a
// line may cite the first and is refused the second, as on an English
// page.
func TestRecommendationsOfAGermanPage(t *testing.T) {
	page := "Mareike Thiessen\nLeiterin Technischer Service bei Nordhafen Krane GmbH\nBremerhaven, Bremen, Deutschland\n\n" +
		"Erfahrung\nLeiterin Technischer Service\nNordhafen Krane GmbH · Vollzeit\nJan. 2019 – Heute · 5 Jahre 11 Monate\n" +
		"Verantwortlich für den Service von 46 Containerbrücken.\n\n" +
		"Empfehlungen\nErhalten\nAusgesprochen\nLars Petersen · 2.\nTerminalleiter bei Weserport Container GmbH\n" +
		"12. März 2023, Lars war Kunde von Mareike\n" +
		"Mareike hat die Umrüstung unserer sechs Brücken auf Fernwartung in nur vier Monaten durchgezogen.\n" +
		"Ausgesprochen\nTimo Brandt · 1.\nServicetechniker bei Nordhafen Krane GmbH\n" +
		"2. Mai 2024, Mareike war Timos Vorgesetzte\n" +
		"Timo hat das Ersatzteillager auf Barcode-Scanner umgestellt und die Suchzeiten halbiert.\n"
	wantVerdicts(t, pageProfile(t, page), []lineWant{
		// Lars Petersen's words about her: the refit of six cranes.
		{"Lars Petersen schreibt, dass Sie die Umrüstung von sechs Brücken auf Fernwartung in vier Monaten geschafft haben – beeindruckend.", true},
		// Timo's work, which her recommendation of him tells.
		{"Dass Sie das Ersatzteillager auf Barcode-Scanner umgestellt und die Suchzeiten halbiert haben, ist beeindruckend.", false},
	})
}

// TestThesesNamedInTheirLanguage: a thesis the profile names as its
// language does, an engineering or bachelor's one as well as a master's
// ("Praca inżynierska", "Kandidatuppsats"), is the thesis the line speaks
// of; a thesis the profile does not have is still refused.
func TestThesesNamedInTheirLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Marek Zieliński", Title: "Kierownik zmiany", Company: "Port Gdański Eksploatacja",
		Experience: []profile.Experience{{Title: "Kierownik zmiany", Company: "Port Gdański Eksploatacja", Start: "2018", End: "present",
			Description: "Koordynuję przeładunek drobnicy na nabrzeżu Szczecińskim."}},
		Education: []profile.Education{{School: "Politechnika Gdańska", Degree: "Inżynier", Field: "Transport"}},
		About:     "Praca inżynierska na Politechnice Gdańskiej: „Wpływ oblodzenia na czas przeładunku w porcie zimą”.",
	}
	wantVerdicts(t, p, []lineWant{
		{"Your engineering thesis at Gdańsk Tech on how icing slows port cargo handling in winter is something I'd love to hear more about.", true},
		{"Your engineering thesis at the Warsaw University of Technology on icing in ports is something I'd love to hear more about.", false},
	})
	s := &profile.Profile{
		Name: "Elin Berg", Title: "Miljöhandläggare", Company: "Länsstyrelsen Skåne",
		About: "Kandidatuppsats vid Lunds universitet: Ålgräsängar och kustfiske i Öresund.",
	}
	wantVerdicts(t, s, []lineWant{
		{"Your bachelor's thesis at Lund on eelgrass meadows and coastal fishing in the Öresund caught my eye.", true},
	})
}

// TestAWinAtAnEmployer: "at" and an employer of theirs after what they
// won say where they won it: the entry that tells the win must be that
// employer's.
func TestAWinAtAnEmployer(t *testing.T) {
	p := &profile.Profile{
		Name: "Ciarán Doyle", Title: "Operations Director", Company: "Lee Valley Laundry",
		Experience: []profile.Experience{
			{Title: "Operations Director", Company: "Lee Valley Laundry", Start: "2020", End: "present",
				Description: "Run two plants processing 900,000 pieces a month for hotels and hospitals."},
			{Title: "Plant Manager", Company: "Solent Textile Services", Start: "2014", End: "2020",
				Description: "Won the Wessex Hospitals NHS Trust linen contract (£1.9m a year) in 2018."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Winning the Wessex Hospitals linen contract at Solent Textile Services is exactly the NHS experience our client needs.", true},
		{"Winning the Wessex Hospitals linen contract at Lee Valley Laundry is exactly the NHS experience our client needs.", false},
	})
}

// TestAClusterStopsAtAnotherEmployersName: the words of one entry do not
// make one reference across the name of another entry's employer, nor
// across the "to" of a move from one post to another: each part of the
// line is found in its own entry, and checked there.
func TestAClusterStopsAtAnotherEmployersName(t *testing.T) {
	p := &profile.Profile{
		Name: "Anjali Rao", Title: "Installation Manager", Company: "Kiran Solar Rooftops", Location: "Chennai, Tamil Nadu, India",
		Experience: []profile.Experience{
			{Title: "Installation Manager", Company: "Kiran Solar Rooftops", Start: "2021", End: "present",
				Description: "Run 4 installation crews (28 technicians) across Tamil Nadu."},
			{Title: "Site Engineer", Company: "Larsen Engineering", Start: "2017", End: "2021",
				Description: "Inverter stations and HT cabling for a 100 MW block at the Pavagada Solar Park."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your 100 MW Pavagada block for Larsen Engineering is a strong reference.", true},
		{"Your 100 MW Pavagada block for Kiran Solar Rooftops is a strong reference.", false},
	})
	q := &profile.Profile{
		Name: "Ciarán Doyle", Title: "Operations Director", Company: "Lee Valley Laundry", Location: "Cork, Ireland",
		Experience: []profile.Experience{
			{Title: "Operations Director", Company: "Lee Valley Laundry", Start: "2020", End: "present",
				Description: "Run two plants (Midleton and Fermoy) processing 900,000 pieces a month."},
			{Title: "Plant Manager", Company: "Solent Textile Services", Start: "2014", End: "2020",
				Description: "Led the Southampton plant through its merger into Elis."},
		},
	}
	wantVerdicts(t, q, []lineWant{
		{"Your move from running Solent Textile Services' Southampton plant to running Lee Valley's two Cork plants caught my eye.", true},
		{"Your move from running Lee Valley's Southampton plant to running Solent Textile Services' two Cork plants caught my eye.", false},
	})
}

// TestAWinAtTheReachTheAwardGives: an award won at one reach and not at a
// wider one ("Regional Winner (Leinster); national finalist") may be
// congratulated at its own reach, not at the wider one, however the line
// says it was won ("being named ... winner").
func TestAWinAtTheReachTheAwardGives(t *testing.T) {
	p := &profile.Profile{
		Name: "Aoife Brennan", Title: "Owner", Company: "Needle & Thread Bridal", Location: "Kilkenny, Ireland",
		Experience: []profile.Experience{{Title: "Owner", Company: "Needle & Thread Bridal", Start: "2015", End: "present",
			Description: "Alterations for about 300 brides a year."}},
		Honors: []string{"Regional Winner (Leinster) – Best Bridal Alterations, Irish Wedding Industry Awards, Oct 2022. Regional winner for Leinster; national finalist."},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on the Leinster regional win at the 2022 Irish Wedding Industry Awards.", true},
		{"Congratulations on being named the national winner for Best Bridal Alterations in 2022.", false},
	})
}

// TestAnAcronymInTheOrderOfAnotherLanguage: the Spanish "ADN" is DNA, its
// last letter first, as "FMI" is the IMF; letters the acronym does not
// have are another acronym.
func TestAnAcronymInTheOrderOfAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucía Ferrer", Title: "Antropóloga forense", Company: "Universidad de Extremadura",
		Experience: []profile.Experience{{Title: "Antropóloga forense", Company: "Universidad de Extremadura", Start: "2016", End: "present",
			Description: "Identificación de 214 víctimas de la fosa de Castuera entre 2019 y 2022, con cotejo de ADN junto al Servicio de Biología."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Identifying 214 victims from the Castuera grave with DNA matching is exactly the casework our client wants.", true},
		{"Identifying 214 victims from the Castuera grave with RNA matching is exactly the casework our client wants.", false},
	})
}

// TestARatesPeriodInAnotherLanguage: a rate's period is read in the
// profile's language ("per år", "pro Jahr", "anuales"): a line that
// gives the figure per another period is refused.
func TestARatesPeriodInAnotherLanguage(t *testing.T) {
	for _, c := range []struct{ desc, good, bad string }{
		{"Ansvarar för pelletsfabriken i Kusmark med en kapacitet på 160 000 ton per år.",
			"Running Kusmark at 160,000 tonnes a year is serious capacity.", "Running Kusmark at 160,000 tonnes a month is serious capacity."},
		{"Leitung des Werks Kusmark mit 160.000 Tonnen pro Jahr.",
			"Running Kusmark at 160,000 tonnes a year is serious capacity.", "Running Kusmark at 160,000 tonnes a day is serious capacity."},
		{"Dirijo la planta de Kusmark, con 160.000 toneladas anuales.",
			"Running Kusmark at 160,000 tonnes annually is serious capacity.", "Running Kusmark at 160,000 tonnes a week is serious capacity."},
	} {
		p := &profile.Profile{
			Name: "Jonas Lindqvist", Title: "Plant Manager", Company: "Norrpellets AB",
			Experience: []profile.Experience{{Title: "Plant Manager", Company: "Norrpellets AB", Start: "2019", End: "present", Description: c.desc}},
		}
		wantVerdicts(t, p, []lineWant{{c.good, true}, {c.bad, false}})
	}
}

// TestANameTheProfileWritesInKatakanaWithAnF: katakana writes an f
// (フローレンス, furorensu, is Florence), which Hangul does not: a name
// of the line found so is on the profile.
func TestANameTheProfileWritesInKatakanaWithAnF(t *testing.T) {
	p := &profile.Profile{
		Name: "佐藤 健", Title: "シニアコンサルタント", Company: "ミドリ年金コンサルティング",
		Experience: []profile.Experience{
			{Title: "シニアコンサルタント", Company: "ミドリ年金コンサルティング", Start: "2018", End: "present",
				Description: "従業員5万人の製造業向けにDC制度の再設計を主導。"},
			{Title: "プロボノ", Company: "認定NPO法人フローレンス", Start: "2021", End: "2022",
				Description: "病児保育スタッフ向けの福利厚生パッケージを設計。"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the DC plan redesign for a 50,000-employee manufacturer, and your pro bono work for Florence, caught my eye.", true},
		{"Leading the DC plan redesign for a 50,000-employee manufacturer, and your pro bono work for Barnardo's, caught my eye.", false},
	})
}

// TestACountTheProfileGivesInItsLanguage: "620 flights" where the profile
// counts "620 voos" is the profile's count, though an English passage
// speaks of "a single flight"; a count it does not give is still refused.
func TestACountTheProfileGivesInItsLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Amélia Macuácua", Title: "Coordenadora de Logística", Company: "Programa Mundial de Alimentos",
		Experience: []profile.Experience{{Title: "Coordenadora de Logística", Company: "Programa Mundial de Alimentos", Start: "2019", End: "present",
			Description: "Montei a ponte aérea de helicópteros a partir do aeroporto da Beira após o ciclone Idai: 3 helicópteros e 620 voos em 10 semanas."}},
		Recommendations: []profile.Recommendation{{Person: "John Harris", Text: "Amélia ran the Beira airlift without losing a single flight to poor planning."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Setting up the helicopter airlift from Beira after Idai, 620 flights in ten weeks, is the experience our client wants.", true},
		{"Setting up the helicopter airlift from Beira after Idai, 45 flights in ten weeks, is the experience our client wants.", false},
	})
}

// TestAFigureTheProfileGivesInItsLanguage: "420 tonnes of beech
// charcoal" where the profile says "420 ton węgla drzewnego" in Polish,
// and a customer's recommendation "140 tonnes of beech charcoal", is the
// profile's figure; a figure it does not give is still refused.
func TestAFigureTheProfileGivesInItsLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Bartłomiej Wójcik", Title: "Właściciel", Company: "Węglarnia Bieszczady",
		Experience: []profile.Experience{{Title: "Właściciel", Company: "Węglarnia Bieszczady", Start: "2012", End: "present",
			Description: "Prowadzę 6 retort stalowych; produkcja ok. 420 ton węgla drzewnego rocznie z buku."}},
		Recommendations: []profile.Recommendation{{Person: "Klaus Becker", Text: "Bartłomiej has supplied us with 140 tonnes of beech charcoal a year since 2016, always on time."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Around 420 tonnes of beech charcoal a year from six steel retorts is a serious operation.", true},
		{"Around 300 tonnes of beech charcoal a year from six steel retorts is a serious operation.", false},
	})
}

// TestACountGivenInOtherWords: a figure the profile gives only in Turkish
// ("1.200 arıcı") and what it counts in English words of another part
// ("migratory beekeepers") are one claim, not two entries'.
func TestACountGivenInOtherWords(t *testing.T) {
	page := "Elif Yıldırım\nVeteriner Hekim | Arı sağlığı\nOrdu, Türkiye\n\n" +
		"About\nKaradeniz'de arı sağlığı üzerine çalışan bir veteriner hekimim. I work on honey bee health and traceability for migratory beekeepers in the Black Sea region.\n\n" +
		"Activity\nElif Yıldırım • You\n2mo •\nQR kodlu kovan kaydı pilotunda 1.200 gezginci arıcıya ulaştık! Karadeniz'den Ege'ye kovanları artık izleyebiliyoruz.\n\n" +
		"Featured\nPresentation\nGezginci arıcılıkta kayıt ve izlenebilirlik – Apimondia 2022, İstanbul\n" +
		"Registration and traceability in migratory beekeeping, talk at the 47th Apimondia Congress.\n\n" +
		"Experience\nVeteriner Hekim\nOrdu İl Tarım Müdürlüğü · Full-time\nMar 2016 - Present · 8 yrs 9 mos\n" +
		"Ordu ve Giresun'da yılda yaklaşık 900 arılık denetimi. Gezginci arıcılar için QR kodlu kovan kayıt sistemini 2021'de pilot olarak başlattım (1.200 arıcı).\n"
	wantVerdicts(t, pageProfile(t, page), []lineWant{
		{"Getting 1,200 migratory beekeepers onto the QR-coded hive registration pilot is a real achievement.", true},
		{"Getting 5,000 migratory beekeepers onto the QR-coded hive registration pilot is a real achievement.", false},
	})
}

// TestAWinsReachInAGermanCompound: German writes a win's reach into its
// title ("Landessiegerin", state winner; "Bundessiegerin", national): the
// line may congratulate them on the title the profile gives, not on a
// wider one, the award named after it.
func TestAWinsReachInAGermanCompound(t *testing.T) {
	p := &profile.Profile{
		Name: "Katrin Groß", Title: "Glasermeisterin", Company: "Glaserei Groß",
		Experience: []profile.Experience{{Title: "Glasermeisterin", Company: "Glaserei Groß", Start: "2015", End: "present",
			Description: "Fassaden und Sonderverglasungen für Bauten in Leipzig und Dresden."}},
		Honors: []string{"Landessiegerin Sachsen (1. Platz), Glaserin – Leistungswettbewerb des Deutschen Handwerks, 2010"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Herzlichen Glückwunsch zum Titel als Landessiegerin im Leistungswettbewerb des Deutschen Handwerks!", true},
		{"Herzlichen Glückwunsch zum Titel als Bundessiegerin im Leistungswettbewerb des Deutschen Handwerks!", false},
	})
}
