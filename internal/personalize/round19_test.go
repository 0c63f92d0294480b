package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func glazier() *profile.Profile {
	return &profile.Profile{
		Name: "Ruth Calder", Headline: "Heritage Glazier", Title: "Senior Glazier", Company: "Calder Heritage Glass",
		Experience: []profile.Experience{{Title: "Senior Glazier", Company: "Calder Heritage Glass", Start: "2015",
			Description: "Restored the Bell Rock signal tower cupola: 840 leaded panes reset in lime putty. " +
				"Surveyed 120 listed chapels and halls for the diocese; tested 40 mortar and render samples a month. " +
				"Took 6 samples of the original glass for dating."}},
	}
}

func TestWhatAColonOpensTellsOfWhatIsBeforeIt(t *testing.T) {
	wantVerdicts(t, glazier(), []lineWant{
		// The cupola is what the 840 panes are of: the colon opens
		// their detail.
		{"Resetting 840 cupola panes at Bell Rock in lime putty is exactly the care our client wants.", true},
		{"Resetting 840 leaded panes at Bell Rock in lime putty is exactly the care our client wants.", true},
		// The chapels are counted with another number.
		{"Resetting 840 chapel panes at Bell Rock in lime putty is exactly the care our client wants.", false},
	})
}

func TestACountedPairOfNouns(t *testing.T) {
	wantVerdicts(t, glazier(), []lineWant{
		// "120 listed chapels and halls" counts halls as much as chapels,
		// and "40 mortar and render samples" counts samples.
		{"Surveying 120 listed halls for the diocese is a serious body of heritage work.", true},
		{"Testing 40 samples a month for the diocese chapels is careful work.", true},
		// The 6 are samples of glass, not of render.
		{"Testing 6 render samples a month for the diocese chapels is careful work.", false},
	})
}

func chargebackAnalyst() *profile.Profile {
	return &profile.Profile{
		Name: "Élodie Marchand", Headline: "Responsable litiges cartes", Title: "Responsable litiges", Company: "Banque Aurélie",
		Experience: []profile.Experience{
			{Title: "Analyste impayés (chargebacks)", Company: "Banque Aurélie", Start: "2019",
				Description: "Traitement des impayés pour les commerçants en ligne ; délai moyen de représentation ramené de 12 à 5 jours."},
			{Title: "Analyste", Company: "Banque Aurélie", Start: "2015", End: "2019",
				Description: "Audited card schemes and acquiring contracts for the risk committee; average handling reports."},
		},
	}
}

func TestAFigureSaidInAnotherLanguage(t *testing.T) {
	wantVerdicts(t, chargebackAnalyst(), []lineWant{
		// The profile says in French what the 12 and the 5 are of; the
		// line's English words for it are no other thing.
		{"Cutting average chargeback representment time from twelve days to five is impressive.", true},
	})
}

func swedishInvestigator() *profile.Profile {
	return &profile.Profile{
		Name: "Karin Holm", Headline: "Bedrägeriutredare | Betalningar", Title: "Senior utredare", Company: "Norrpay AB",
		Location: "Malmö, Sverige", Skills: []string{"Bedrägeriutredning", "Betalningar"},
		About: "Jag har utrett bedrägerier i tolv år, först hos polisen och nu på fintech.",
		Experience: []profile.Experience{{Title: "Senior utredare", Company: "Norrpay AB", Start: "2019",
			Description: "Byggde regelmotorn som stoppade 2 300 kapade konton under 2023."}},
		Education: []profile.Education{{School: "Lunds universitet", Degree: "Juristexamen"}},
	}
}

func TestNordicFunctionWordsAndNumbers(t *testing.T) {
	wantVerdicts(t, swedishInvestigator(), []lineWant{
		// Years in the trade and a school, in Swedish: a mail merge's
		// words, whatever "och" and "från" the About has too.
		{"Tolv år inom bedrägeriutredning och en examen från Lunds universitet - imponerande!", false},
		{"The rule engine that stopped 2,300 hijacked accounts (kapade konton) at Norrpay in 2023 is a strong result.", true},
	})
	for w, want := range map[string]string{"femton": "15", "vijftien": "15", "tjugo": "20", "tolv": "12"} {
		if got := numberWords[w]; got != want {
			t.Errorf("numberWords[%q] = %q, want %q", w, got, want)
		}
	}
	for _, w := range []string{"och", "fran", "hvor"} {
		if !isFunctionWord(w) {
			t.Errorf("%q should be a function word", w)
		}
	}
	for _, w := range []string{"man", "den", "era", "hans", "til", "fra"} {
		if nordicFunctionWords[w] {
			t.Errorf("%q should stay a word", w)
		}
	}
}

func foodInspector() *profile.Profile {
	return &profile.Profile{
		Name: "Ray Castillo", Headline: "Supervisory Inspector", Title: "Supervisory Inspector", Company: "USDA FSIS",
		Experience: []profile.Experience{
			{Title: "Supervisory Inspector", Company: "USDA FSIS", Start: "2016",
				Description: "Led the 2019 pilot of tablet-based humane handling checks in 6 plants. Have taught 30 HACCP 2 courses."},
		},
		Publications: []profile.Publication{{Title: "Tablet-based humane handling checks: a pilot", Publisher: "IAFP Annual Meeting 2020 (poster)", Year: 2020}},
	}
}

func TestANameWrittenOutForItsInitials(t *testing.T) {
	wantVerdicts(t, foodInspector(), []lineWant{
		// The profile writes the association and the course in
		// initials; the line spells them out.
		{"I saw your poster at the International Association for Food Protection meeting in 2020 on tablet-based humane handling checks.", true},
		{"The 30 Hazard Analysis Critical Control Point 2 courses you have taught are a real contribution.", true},
		// Another association's initials are not on the profile, nor
		// another course number.
		{"I saw your poster at the American Meat Science Association meeting in 2020 on tablet-based humane handling checks.", false},
		{"The 30 Hazard Analysis Critical Control Point 3 courses you have taught are a real contribution.", false},
	})
}

func dairyManager() *profile.Profile {
	return &profile.Profile{
		Name: "Hemi Walker", Headline: "Dairy Farm Manager", Title: "Farm Manager", Company: "Kaimai Dairies",
		Experience: []profile.Experience{{Title: "Farm Manager", Company: "Kaimai Dairies", Start: "2018",
			Description: "Run a 780-cow herd; cut empty rates from 14% to 8% in three seasons."}},
		Honors: []string{
			"Bay of Plenty Farm Manager of the Year (runner-up), NZ Dairy Industry Awards, also won the Pasture Performance Merit Award., 2022",
			"Top 5 - Young Grower Awards 2021, Horticulture NZ",
		},
	}
}

func TestAWinToldOfAnotherAward(t *testing.T) {
	wantVerdicts(t, dairyManager(), []lineWant{
		// The win the entry tells is of the merit award, not of the
		// title they were runner-up for.
		{"Congratulations on winning Bay of Plenty Farm Manager of the Year in 2022!", false},
		{"Congratulations on being runner-up for Bay of Plenty Farm Manager of the Year in 2022!", true},
		{"Congratulations on winning the Pasture Performance Merit Award in 2022!", true},
		// A place in a top five is no win.
		{"Congratulations on winning the Young Grower Awards in 2021!", false},
	})
}

func turkishAnalyst() *profile.Profile {
	return &profile.Profile{
		Name: "Deniz Aksoy", Headline: "Veri Analisti | Python · R · SQL", Title: "Veri Analisti", Company: "Anadolu Lojistik",
		Skills:   []string{"Python", "R", "SQL"},
		Projects: []profile.Project{{Name: "Gönüllü analiz", Description: "Ampute futbol için maç videosu etiketleme ve rakip analizi."}},
		Experience: []profile.Experience{{Title: "Veri Analisti", Company: "Anadolu Lojistik", Start: "2020",
			Description: "Depo rotalama modeli ile teslim süresini 3 günden 2 güne indirdim."}},
	}
}

func TestTurkishFunctionWords(t *testing.T) {
	wantVerdicts(t, turkishAnalyst(), []lineWant{
		// Skills, and a "ve" their project has too: nothing they did.
		{"Merhaba Deniz, Python, R ve SQL becerileriniz çok etkileyici.", false},
		{"Depo rotalama modeliniz ile teslim süresini 3 günden 2 güne indirmeniz çok etkileyici.", true},
	})
}

func quebecAdjuster() *profile.Profile {
	return &profile.Profile{
		Name: "Luc Gagnon", Headline: "Expert en sinistres", Title: "Expert en sinistres", Company: "Assurances Laurentides",
		Experience: []profile.Experience{{Title: "Expert en sinistres", Company: "Assurances Laurentides", Start: "2017",
			Description: "Règlement de 1 200 dossiers après les inondations de 2019 le long de l'Outaouais."}},
		Volunteering: []string{"Bénévole en intervention, Croix-Rouge canadienne: déploiement pour les feux de forêt de Chibougamau en 2023."},
		Projects:     []profile.Project{{Name: "Voilerie", Description: "Restauré un voilier de 1962 sur le Tage, à Lisbonne."}},
	}
}

func TestOtherNamesOfOrganisationsAndRivers(t *testing.T) {
	wantVerdicts(t, quebecAdjuster(), []lineWant{
		{"Your Red Cross deployment for the 2023 Chibougamau wildfires says a lot about you.", true},
		{"Restoring a 1962 sailing boat on the Tagus in Lisbon is a lovely project.", true},
		// Another movement, another river.
		{"Your Red Crescent deployment for the 2023 Chibougamau wildfires says a lot about you.", false},
		{"Restoring a 1962 sailing boat on the Douro in Lisbon is a lovely project.", false},
	})
}

func dutchGrower() *profile.Profile {
	return &profile.Profile{
		Name: "Sanne de Vries", Headline: "Teeltmanager", Title: "Teeltmanager", Company: "Kwekerij Westland",
		Experience: []profile.Experience{{Title: "Teeltmanager", Company: "Kwekerij Westland", Start: "2018",
			Description: "Het nieuwe belichtingsplan voor de kas leverde 14% meer opbrengst op; ook een track & trace-systeem gebouwd."}},
		Projects: []profile.Project{{Name: "Algen", Description: "Produtividade de algas de 18 para 27 g por dia com CO2 da fábrica."}},
	}
}

func TestDutchAndPortugueseLines(t *testing.T) {
	wantVerdicts(t, dutchGrower(), []lineWant{
		// Only "het" and "voor" of the profile: nothing they did.
		{"Het is echt mooi werk dat je voor de tuinbouw doet, Sanne.", false},
		{"Dat jullie nieuwe belichtingsplan 14% meer opbrengst leverde, vind ik knap.", true},
		// A Portuguese line's first word is a verb, not a name.
		{"Subir a produtividade de algas de 18 para 27 g por dia com CO2 da fábrica é impressionante.", true},
	})
}

func riceMiller(about string) *profile.Profile {
	return &profile.Profile{
		Name: "Elif Kaya", Headline: "Üretim Müdürü | Pirinç", Title: "Üretim Müdürü", Company: "Meriç Çeltik",
		About: about,
		Experience: []profile.Experience{{Title: "Üretim Müdürü", Company: "Meriç Çeltik", Start: "2019",
			Description: "Husk-fired boiler line commissioned in 2021; broken rice down from 14% to 8.5%."}},
	}
}

func TestAThesisInTurkishOrJapanese(t *testing.T) {
	line := "Your master's thesis on ash in husk-fired boilers caught my eye, since our client burns rice husk too."
	for _, c := range []struct {
		about string
		want  bool
	}{
		{"Yüksek lisans tezim: \"Çeltik kabuğu yakıtlı kazanlarda kül yönetimi\" (husk-fired boilers, ash).", true},
		{"修士論文：籾殻ボイラーの灰管理 (husk-fired boilers, ash).", true},
		// No thesis anywhere: the claim is not on the profile.
		{"Çeltik kabuğu yakıtlı kazanlarda kül yönetimi üzerine çalıştım (husk-fired boilers, ash).", false},
	} {
		if v := Check(riceMiller(c.about), line, Options{}); v.OK != c.want {
			t.Errorf("About %q: %v; want ok=%v", c.about, v, c.want)
		}
	}
}

func TestARatePeriodAfterASlash(t *testing.T) {
	p := &profile.Profile{
		Name: "Ravi Kumar", Headline: "Hatchery Manager", Title: "Hatchery Manager", Company: "Godavari Seeds",
		Experience: []profile.Experience{{Title: "Hatchery Manager", Company: "Godavari Seeds", Start: "2017",
			Description: "Run a 1.2 billion PL/yr vannamei hatchery with 64 larval tanks; survival up from 38% to 61%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running a hatchery that turns out 1.2 billion post-larvae a year with 64 larval tanks is serious scale.", true},
		{"Running a hatchery that turns out 1.2 billion post-larvae a month with 64 larval tanks is serious scale.", false},
	})
}

func TestAnAwardToTheirTeamOrFirmInAProfileFile(t *testing.T) {
	ps, err := profile.ReadJSON(strings.NewReader(`{"name": "Claire Le Brun", "title": "Director", "company": "Havre Trustees",
		"experience": [{"title": "Director", "company": "Havre Trustees", "start": "2016", "end": "present",
			"description": "Run the private client book: 140 trusts moved onto one review cycle."}],
		"awards": [
			{"name": "Trust Team of the Year", "issuer": "Citywealth IFC Awards", "year": 2023,
				"description": "Awarded to Havre Trustees' private client team."},
			{"name": "Deal of the Year", "issuer": "IFN Awards", "year": 2022,
				"description": "Awarded to the Rocquaine Bay RM1.2 billion sukuk."}]}`), "claire.json")
	if err != nil || len(ps) != 1 {
		t.Fatal(ps, err)
	}
	p := ps[0]
	if len(p.TeamHonors) != 1 || len(p.Honors) != 1 {
		t.Fatalf("honors %q, team honors %q: want the team's award apart", p.Honors, p.TeamHonors)
	}
	wantVerdicts(t, &p, []lineWant{
		{"Congratulations on Trust Team of the Year at the 2023 Citywealth IFC Awards!", false},
		{"Congratulations to your private client team on Trust Team of the Year at the 2023 Citywealth IFC Awards!", true},
		// An award given to a deal is theirs.
		{"Congrats on IFN Deal of the Year for the Rocquaine Bay sukuk in 2022!", true},
	})
}

func TestAWordForTheSameThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Tunde Bakare", Headline: "Security Systems Engineer", Title: "Lead Engineer", Company: "Halden Security",
		Experience: []profile.Experience{{Title: "Lead Engineer", Company: "Halden Security", Start: "2018",
			Description: "International bids up 27% in 2023."}},
		Publications: []profile.Publication{{Title: "Drainage tile and farmland value: evidence from 640 Iowa sales", Publisher: "Journal of the ASFMRA", Year: 2021}},
		Projects:     []profile.Project{{Name: "OSDP test harness", Description: "An open-source Python tool that fuzzes OSDP card readers."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The compound's head, and a word the project tells of itself.
		{"I read your ASFMRA paper on drainage tile and land value - 640 Iowa sales is a solid sample.", true},
		{"Your OSDP fuzzing harness is why I'm writing.", true},
		// A word of another entry in another's place.
		{"I read your ASFMRA paper on drainage tile and international value - 640 Iowa sales is a solid sample.", false},
	})
}

func TestEverydayAbbreviations(t *testing.T) {
	p := &profile.Profile{
		Name: "Dilani Perera", Headline: "Gemmologist", Title: "Gemmologist", Company: "Lanka Gem Lab",
		Volunteering: []string{"Free weekend course in basic gem identification for small-scale miners in Ratnapura; about 150 miners trained."},
		Activity:     []profile.Activity{{Kind: profile.ActivityRepost, Of: "Ruwan Silva", Text: "Our ID workshop for miners in Ratnapura drew 40 people."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Teaching basic gem ID to some 150 small-scale miners in Ratnapura, for free, is admirable.", true},
	})
}

func TestAHyphenatedEverydayWordOfAnotherPost(t *testing.T) {
	p := &profile.Profile{
		Name: "Ana Rocha", Headline: "Gerente de Cooperados", Title: "Gerente", Company: "Coopivaí",
		Experience: []profile.Experience{{Title: "Gerente", Company: "Coopivaí", Start: "2019",
			Description: "Conduzi a assembleia geral que aprovou a incorporação da Cooperativa Agrícola de Jandaia do Sul (2022)."}},
		Activity: []profile.Activity{{Kind: profile.ActivityComment, Of: "Lauren Smith", Text: "Dairy co-op governance: boards need young members."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "co-op" of someone's post is one everyday word: it credits
		// them with nothing of that post.
		{"Running the general assembly that approved the merger with the Jandaia do Sul co-op must have taught you a lot.", true},
	})
}

func TestWinningAContestNamedInAnotherLanguage(t *testing.T) {
	mentor := func(desc string) *profile.Profile {
		return &profile.Profile{
			Name: "Friederike Lang", Headline: "Formulierungschemikerin", Title: "Teamleiterin", Company: "Elbe Kosmetik",
			Experience:   []profile.Experience{{Title: "Teamleiterin", Company: "Elbe Kosmetik", Start: "2018", Description: "Feste Shampoos entwickelt."}},
			Volunteering: []string{"Mentorin, Jugend forscht Hamburg: " + desc},
		}
	}
	line := "Congratulations on your Jugend forscht group winning the Bundeswettbewerb in 2023!"
	// A group that reached the federal contest did not win it; one
	// whose entry says it won did ("Sieger", "gewonnen").
	if v := Check(mentor("2023 erreichte eine meiner Gruppen den Bundeswettbewerb."), line, Options{}); v.OK {
		t.Errorf("reached, not won: %v", v)
	}
	if v := Check(mentor("2023 hat eine meiner Gruppen den Bundeswettbewerb gewonnen."), line, Options{}); !v.OK {
		t.Errorf("won: %v", v)
	}
}

func TestASlavicNameInAnotherCase(t *testing.T) {
	p := &profile.Profile{
		Name: "Mateusz Wróbel", Headline: "Esports Event Manager", Title: "Event Manager", Company: "Silesia Esports",
		Experience: []profile.Experience{{Title: "Event Manager", Company: "Silesia Esports", Start: "2019",
			Description: "Silesia Masters 2023 LAN: 16 teams, 11,000 spectators in Spodek; ran the stage at Dolna Arena."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "w Spodku", "w Dolnej Arenie": the names in the locative.
		{"Mateusz, organizacja Silesia Masters 2023 w Spodku dla 11 tysięcy widzów to imponujące doświadczenie.", true},
		// Another hall.
		{"Mateusz, organizacja Silesia Masters 2023 w Spodlisku dla 11 tysięcy widzów to imponujące doświadczenie.", false},
	})
	for _, c := range [][2]string{{"dolna", "dolnej"}, {"spodek", "spodku"}} {
		if !slavicCases(c[0], c[1], 4) {
			t.Errorf("%q and %q are one name", c[0], c[1])
		}
	}
	if slavicCases("dolna", "dolnik", 4) {
		t.Errorf("dolnik is no case of dolna")
	}
}

func TestACompoundThatNamesPeople(t *testing.T) {
	p := &profile.Profile{
		Name: "Nikolaj Holm", Headline: "Sail Designer", Title: "Head of Design", Company: "Holm Sails",
		Experience: []profile.Experience{{Title: "Head of Design", Company: "Holm Sails", Start: "2015",
			Description: "Run the main loft in Aabenraa (38 sailmakers); cut delivery times from 9 weeks to 6."}},
	}
	wantVerdicts(t, p, []lineWant{
		// Sailmakers are people: a loft of 38 people is theirs.
		{"Running a loft of 38 people in Aabenraa and cutting delivery from 9 weeks to 6 is no small thing.", true},
	})
	for _, w := range []string{"sailmakers", "dockworkers", "linesmen"} {
		if !DefaultLists().mostlyPeople(w) {
			t.Errorf("%q name people", w)
		}
	}
}

func TestAWishAfterAnAdverbOfTheFuture(t *testing.T) {
	p := &profile.Profile{
		Name: "Erik Hansen", Headline: "Farmland Appraiser", Title: "Appraiser", Company: "Prairie Land Valuation",
		About: "Most of my work is estate and lending appraisals. Next I'd like to get into solar-lease and wind-easement valuations. " +
			"Someday I want to write a book on drainage tile.",
		Experience: []profile.Experience{{Title: "Appraiser", Company: "Prairie Land Valuation", Start: "2010",
			Description: "Appraised 640 Iowa farms for estate settlements."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your solar-lease and wind-easement valuations are just what our client needs right now.", false},
		{"Your book on drainage tile is on my reading list.", false},
		{"Appraising 640 Iowa farms for estate settlements is exactly the experience our client needs.", true},
	})
}

func TestAWishInTheLastSentenceOfAPastedAbout(t *testing.T) {
	page := "Kenji Mori\nR&D Manager at Kiyora Foods\nOsaka, Japan\n\nAbout\nI build plant-based meat from soy and rice bran. " +
		"Formerly at Fuji Oil for ten years; now building the range at Kiyora Foods. Someday I want to work on cultivated meat too.\n\n" +
		"Experience\nR&D Manager\nKiyora Foods · Full-time\nApr 2021 - Present · 3 yrs 8 mos\nLaunched rice-bran chicken at Aeon in 2023: 2.4 million packs sold.\n"
	p := profile.ParsePaste(page)
	wantVerdicts(t, &p, []lineWant{
		{"Your cultivated meat work is exactly what our client is looking for.", false},
		{"Selling 2.4 million packs of rice-bran chicken at Aeon in year one is a great launch.", true},
	})
}

func TestAPercentSignBeforeTheNumber(t *testing.T) {
	p := &profile.Profile{
		Name: "Elif Yıldırım", Headline: "Üretim Müdürü", Title: "Üretim Müdürü", Company: "Meriç Çeltik",
		Experience: []profile.Experience{{Title: "Üretim Müdürü", Company: "Meriç Çeltik", Start: "2019",
			Description: "Yeni Bühler ayıklama hattıyla kırık pirinç oranını %14'ten %8,5'e indirdim."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting broken rice from 14% to 8.5% with the new Bühler sorting line is the kind of number any mill owner notices.", true},
		{"Cutting broken rice from 14% to 6.5% with the new Bühler sorting line is the kind of number any mill owner notices.", false},
	})
	toks := tokenize("oranı %8,5 ve (%22)", nil)
	pct := 0
	for _, tk := range toks {
		if tk.key == "pct" {
			pct++
		}
	}
	if pct != 2 {
		t.Errorf("%+v: want two percentages", toks)
	}
}
