package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func scenicWorkshop(verb string) *profile.Profile {
	return &profile.Profile{
		Name: "Tamsin Hollis", Headline: "Scenic fabricator | Theatre and film", Title: "Head of Workshop",
		Company: "Bramble Scenic Ltd", Location: "Bristol, England",
		Experience: []profile.Experience{
			{Title: "Head of Workshop", Company: "Bramble Scenic Ltd", Start: "2022", End: "Present",
				Description: "Built the revolve and flown pieces for the Old Vic's 2023 winter production."},
			{Title: "Scenic Carpenter", Company: "Harbourside Stage Works", Start: "2014", End: "2022",
				Description: "Sets for touring opera. " + verb + " the steel fabrication bay (4 welders) from 2019."},
		},
	}
}

func TestSupervisingOnTheProfileIsRunningIt(t *testing.T) {
	const line = "Running the steel fabrication bay at Harbourside Stage Works is exactly the supervisory step our client wants."
	// The post was Scenic Carpenter, but the entry says they supervised
	// the bay: running it is what it says.
	wantVerdicts(t, scenicWorkshop("Supervised"), []lineWant{{line, true}})
	// Working in it is no running it.
	wantVerdicts(t, scenicWorkshop("Worked in"), []lineWant{{line, false}})
}

func preparator() *profile.Profile {
	return &profile.Profile{
		Name: "Anjali Mehra", Headline: "Fossil preparator", Title: "Lead Preparator",
		Company: "Wexcombe Natural History Museum", Location: "Calgary, Canada",
		Experience: []profile.Experience{
			{Title: "Lead Preparator", Company: "Wexcombe Natural History Museum", Start: "2021", End: "Present",
				Description: "Lead preparator on the ceratopsian skull block from the Red Deer River."},
			{Title: "Preparator", Company: "Fennick Dinosaur Museum", Start: "2015", End: "2021",
				Description: "Field jacket preparation from the Braddock Creek bonebed."},
		},
	}
}

func TestANameOfAnotherEntryTheLineRefersToIsNoSwap(t *testing.T) {
	wantVerdicts(t, preparator(), []lineWant{
		// "Fennick museum" is the other entry's employer, which the line
		// also refers to, not a word swapped into the Wexcombe Museum.
		{"Moving from the Braddock Creek bonebed at the Fennick museum to leading the ceratopsian skull block at Wexcombe is a great arc.", true},
		// A name of no entry the line refers to is still a swap.
		{"Leading the ceratopsian skull block at the Fennick museum is a great step up.", false},
	})
}

func steelDetailerTR() *profile.Profile {
	return &profile.Profile{
		Name: "Emre Kaplan", Headline: "Çelik detaylandırma mühendisi", Title: "Detaylandırma Müdürü",
		Company: "Kaplan Çelik Yapı", Location: "Ankara, Türkiye",
		Skills: []string{"Tekla Structures", "Bağlantı tasarımı"},
		Experience: []profile.Experience{
			{Title: "Detaylandırma Müdürü", Company: "Kaplan Çelik Yapı", Start: "2016", End: "Present",
				Description: "Esenboğa Havalimanı kargo terminali genişletmesi (1.800 ton) için bağlantı hesaplarını yaptım."},
		},
	}
}

func TestEnglishWordsBetweenWordsOfAFieldInAnotherLanguage(t *testing.T) {
	wantVerdicts(t, steelDetailerTR(), []lineWant{
		// "Airport" and "cargo" stand between two words the line shares
		// with a field in Turkish: they translate its "Havalimanı kargo",
		// and are no detail the profile lacks.
		{"The connection design for the Esenboğa Airport cargo terminal expansion, 1,800 tonnes of it, caught my eye.", true},
	})
}

func TestWhereARecommenderWorksIsOnThePage(t *testing.T) {
	page := "Siân Evans\nPayroll Manager at Dyfi Payroll Bureau\nAberystwyth, Wales, United Kingdom\n\n" +
		"Experience\nPayroll Manager\nDyfi Payroll Bureau · Full-time\nJan 2019 - Present · 5 yrs 11 mos\n" +
		"Runs payroll for 25 farms and hotels.\n\n" +
		"Recommendations\nReceived\nGiven\nOwain Hughes\n · 2nd\nOperations Director at Cambrian Coast Hotels\n" +
		"May 2, 2023, Owain was Siân's client\n" +
		"Siân's team found £9,400 of underpaid overtime across our four hotels before the audit.\n"
	wantVerdicts(t, pageProfile(t, page), []lineWant{
		// The recommender's employer, whose hotels the recommendation
		// speaks of, is on the page: said with what it says they did.
		{"Owain Hughes's note about you finding £9,400 of underpaid overtime at Cambrian Coast Hotels says it all.", true},
		// Cambrian Coast's name in place of the recommendation's "our" is
		// no detail the page lacks.
		{"Owain's note about your team finding Cambrian Coast's £9,400 of underpaid overtime says it all.", true},
		// It is no reference to anything they did.
		{"Your payroll work for Cambrian Coast Hotels in Aberystwyth is impressive.", false},
	})
}

func weaverJP() *profile.Profile {
	return &profile.Profile{
		Name: "大西 千尋", Headline: "綴織職人", Title: "工房主", Company: "大西綴織工房", Location: "京都府京都市",
		Experience: []profile.Experience{
			{Title: "工房主", Company: "大西綴織工房", Start: "2012", End: "現在",
				Description: "2021年、金沢のホテル「白鷺テラス」のロビー用綴織タペストリー（幅3.6m）を制作（制作期間11か月）。"},
		},
	}
}

func TestMetresInJapaneseAndTheLongVowelMark(t *testing.T) {
	// "ー" lengthens a katakana vowel: it belongs to the word, as its
	// letters do, and the pairs of characters go on across it.
	for _, tk := range tokenize("メートル", nil) {
		if !tk.cjk {
			t.Errorf("%q is read apart from the katakana word", tk.lower)
		}
	}
	wantVerdicts(t, weaverJP(), []lineWant{
		// "3.6メートル" is the profile's "3.6m": metres, no millions.
		{"白鷺テラスのロビーに掛けられた幅3.6メートルの綴織タペストリー、11か月の制作期間に頭が下がります。", true},
		// A width the profile does not give.
		{"白鷺テラスのロビーに掛けられた幅5.2メートルの綴織タペストリー、11か月の制作期間に頭が下がります。", false},
	})
}

func silkWeaverJP() *profile.Profile {
	return &profile.Profile{
		Name: "西田 絹子", Headline: "綴織職人", Title: "工房主", Company: "西田織物", Location: "京都府京都市",
		About: "I weave tsuzure-ori obi by hand, from hand-spun silk.",
		Experience: []profile.Experience{
			{Title: "工房主", Company: "西田織物", Start: "2010", End: "現在",
				Description: "2023年、ブルサの絹織物職人と共同制作。手紡ぎ生糸で綴帯2本を制作し、イスタンブールで展示。"},
		},
	}
}

func TestANameInLatinLettersForTheProfilesKatakana(t *testing.T) {
	wantVerdicts(t, silkWeaverJP(), []lineWant{
		// "Istanbul" and "Bursa" are the profile's イスタンブール and ブルサ,
		// heard alike.
		{"Your collaboration with Bursa silk weavers, two tsuzure-ori obi shown in Istanbul, is fascinating.", true},
		// "Ankara" is nowhere on it.
		{"Your collaboration with Bursa silk weavers, two tsuzure-ori obi shown in Ankara, is fascinating.", false},
	})
}

func aviationForecaster() *profile.Profile {
	return &profile.Profile{
		Name: "Orla Keane", Headline: "Aviation meteorologist", Title: "Lead Forecaster", Company: "Met Éireann", Location: "Shannon, Ireland",
		Experience: []profile.Experience{
			{Title: "Lead Forecaster", Company: "Met Éireann", Start: "2016", End: "Present",
				Description: "Introduced a probabilistic fog forecast for Cork and Kerry airports, used by Emerald Regional operations control since 2022."},
		},
	}
}

func TestAnAbbreviationOfTheListsInsideAReference(t *testing.T) {
	wantVerdicts(t, aviationForecaster(), []lineWant{
		// "ops" is the lists' short form of "operations": no word put in
		// the place of the field's.
		{"Your probabilistic fog forecast for Cork and Kerry, the one Emerald Regional ops control has used since 2022, caught my eye.", true},
		// "treasury" takes the place of "operations", which it is not.
		{"Your probabilistic fog forecast for Cork and Kerry, the one Emerald Regional treasury control has used since 2022, caught my eye.", false},
	})
}

func gymCoachJP() *profile.Profile {
	return &profile.Profile{
		Name: "高橋 美咲", Headline: "体操コーチ", Title: "ヘッドコーチ", Company: "港体操クラブ", Location: "神奈川県横浜市",
		Experience: []profile.Experience{
			{Title: "ヘッドコーチ", Company: "港体操クラブ", Start: "2015", End: "現在",
				Description: "市内の大学と連携して成長・負荷モニタリングを導入し、手首のけがを年9件から3件に減らした。"},
		},
	}
}

func TestOneBeforeAUnitInJapaneseIsPer(t *testing.T) {
	wantVerdicts(t, gymCoachJP(), []lineWant{
		// "1シーズン9件から3件": nine a season to three; the "1" is no
		// figure the profile must give.
		{"成長・負荷モニタリングで、手首のけがを1シーズン9件から3件に減らした取り組みに感銘を受けました。", true},
		// Figures it does not give still are.
		{"成長・負荷モニタリングで、手首のけがを1シーズン12件から2件に減らした取り組みに感銘を受けました。", false},
	})
}

func dockMaster() *profile.Profile {
	return &profile.Profile{
		Name: "Pieter Smit", Headline: "Dry Dock Manager at Maasvlakte Ship Repair", Title: "Dry Dock Manager",
		Company: "Maasvlakte Ship Repair", Location: "Rotterdam, Netherlands",
		About: "Twenty years around ships. These days I make sure our docks are ready on the day we promised.",
		Experience: []profile.Experience{
			{Title: "Dry Dock Manager", Company: "Maasvlakte Ship Repair", Start: "2017", End: "Present",
				Description: "Responsible for two floating docks. Wrote the heavy-weather mooring procedure after Storm Ciarán."},
		},
		Education:       []profile.Education{{School: "Maritiem Instituut Willem Barentsz", Degree: "BSc", Field: "Maritime Officer"}},
		Recommendations: []profile.Recommendation{{Person: "Anouk de Vries", Text: "Pieter is the calmest person on a dock floor. His planning is why our docks run on time."}},
	}
}

func TestACardWordInWhatOthersWroteIsTheCard(t *testing.T) {
	wantVerdicts(t, dockMaster(), []lineWant{
		// Their school, headline and town, and "docks run" from a
		// recommendation, beside nothing else it says.
		{"A Willem Barentsz graduate running dry docks in Rotterdam, love to see it.", false},
		// What the recommendation says of them, in its words.
		{"Being the calmest person on a dock floor, as Anouk says, is what our client needs in a storm.", true},
	})
}

func poultryVet() *profile.Profile {
	return &profile.Profile{
		Name: "Meera Pillai", Headline: "Complex Veterinarian at Piedmont Poultry", Title: "Complex Veterinarian",
		Company: "Piedmont Poultry", Location: "Gainesville, Georgia",
		About: "Broiler vet for a 1.6 million birds a week complex. I love 6 a.m. field necropsies and hate unnecessary antibiotics.",
		Experience: []profile.Experience{
			{Title: "Complex Veterinarian", Company: "Piedmont Poultry", Start: "2019", End: "Present",
				Description: "Moved the complex to No Antibiotics Ever in 2021 without a rise in mortality."},
		},
	}
}

func TestANameIsNoOtherFormOfAWordInSmallLetters(t *testing.T) {
	wantVerdicts(t, poultryVet(), []lineWant{
		// "Fieldale" is no form of their "field": nothing of the line
		// is on their profile.
		{"Your years as a complex vet at Fieldale must help a lot in your current job.", false},
		// Their own field necropsies are.
		{"Your 6 a.m. field necropsies for a 1.6 million birds a week complex sound like hard, honest work.", true},
	})
}

func millManagerSE() *profile.Profile {
	return &profile.Profile{
		Name: "Karin Lund", Headline: "Produktionschef | Pappersbruk", Title: "Produktionschef", Company: "Norrvik Bruk", Location: "Sundsvall, Sverige",
		Experience: []profile.Experience{
			{Title: "Produktionschef", Company: "Norrvik Bruk", Start: "2019", End: "nu",
				Description: "Ansvarar för PM4 och 140 medarbetare i fem skiftlag. I år passerade PM4 1 000 dagar utan olycksfall med frånvaro."},
		},
	}
}

func TestUnitsOfTimeInTheNordicLanguages(t *testing.T) {
	wantVerdicts(t, millManagerSE(), []lineWant{
		// "1 000 dagar" is a thousand days.
		{"1,000 days without a lost-time accident on PM4, congratulations to you and all five shift crews.", true},
		// Not a thousand weeks.
		{"1,000 weeks without a lost-time accident on PM4, congratulations to you and all five shift crews.", false},
	})
}

func practiceManager() *profile.Profile {
	return &profile.Profile{
		Name: "Anita Shah", Headline: "Practice Manager at Elmfield Surgery", Title: "Practice Manager",
		Company: "Elmfield Surgery", Location: "Bradford, England", Skills: []string{"CQC Compliance"},
		Experience: []profile.Experience{
			{Title: "Practice Manager", Company: "Elmfield Surgery", Start: "2017", End: "Present",
				Description: "Led the practice from a CQC rating of 'Requires Improvement' (2018) to 'Good' at the 2022 inspection."},
			{Title: "Operations Lead", Company: "Kirkgate Medical Centre", Start: "2012", End: "2017",
				Description: "Införde dagliga säkerhetsronder; olyckor minskade från 9 till 2 per år."},
		},
	}
}

func TestAChangeThatEndsWhereTheProfilesDoes(t *testing.T) {
	wantVerdicts(t, practiceManager(), []lineWant{
		// The change the profile gives, start and end.
		{"Taking Elmfield from Requires Improvement to Good with the CQC is no small feat.", true},
		{"Accidents down from nine a year to two after the daily safety rounds, that's the culture our client wants.", true},
		// Another end is refused; another start refers to nothing.
		{"Taking Elmfield from Requires Improvement to Outstanding with the CQC is no small feat.", false},
		{"Accidents down from seven a year to two after the daily safety rounds, that's the culture our client wants.", false},
	})
}

func cellEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Lena Hoffmann", Headline: "Head of Cell Development | PowerCo", Title: "Head of Cell Development", Company: "PowerCo SE",
		Location: "Salzgitter, Germany",
		Experience: []profile.Experience{
			{Title: "Head of Cell Development", Company: "PowerCo SE", Start: "2021", End: "Present",
				Description: "Built the cell team from 12 to 85 engineers. Took the Unified Cell from A-sample to C-sample in 26 months."},
			{Title: "Station Manager", Company: "Salzgitter Fire Brigade", Start: "2010", End: "2015",
				Description: "Volunteer post beside my studies."},
		},
		Education: []profile.Education{{School: "Karlsruher Institut für Technologie", Degree: "Dr. rer. nat.", Field: "Elektrochemie"}},
	}
}

func TestTwoLettersAreTheInitialsOfTwoWordsSideBySide(t *testing.T) {
	wantVerdicts(t, cellEngineer(), []lineWant{
		// "TU" refers to no "Took the Unified Cell": nothing of the line
		// is on the profile.
		{"Your years at TU must have been a compelling start to your career.", false},
		// "SM" is their Station Manager post, the two words side by side.
		{"From SM at the fire brigade to taking the Unified Cell to C-sample in 26 months, a compelling story.", true},
	})
}

func outdoorTeacherNL() *profile.Profile {
	return &profile.Profile{
		Name: "Sanne Verhoef", Headline: "Buitenonderwijs | Programmaleider", Title: "Programmaleider", Company: "Stichting Buitenles",
		Location: "Utrecht, Nederland", About: "I came home to get outdoor learning into ordinary primary schools.",
		Experience: []profile.Experience{
			{Title: "Programmaleider", Company: "Stichting Buitenles", Start: "2019", End: "heden",
				Description: "Programma 'Elke Week Buiten' in de provincie Utrecht."},
		},
		Activity: []profile.Activity{{Kind: "post", Text: "Vandaag sloot de 46e school aan bij Elke Week Buiten!"}},
	}
}

func TestALetterAfterAnOrdinalIsNoWordSwapped(t *testing.T) {
	wantVerdicts(t, outdoorTeacherNL(), []lineWant{
		// The "e" of "46e" (46th) is no word put in the place of
		// "primary".
		{"Getting 46 primary schools in the province of Utrecht to teach one lesson outdoors every week is remarkable.", true},
	})
}

func avalancheForecaster() *profile.Profile {
	return &profile.Profile{
		Name: "Tom Whitfield", Headline: "Senior Avalanche Forecaster", Title: "Senior Avalanche Forecaster", Company: "Avalanche Canada",
		Location: "Revelstoke, Canada",
		Experience: []profile.Experience{
			{Title: "Senior Avalanche Forecaster", Company: "Avalanche Canada", Start: "2019", End: "Present",
				Description: "Rewrote the public avalanche problem statements in plain language after the 2021 user survey (3,400 responses). Pulled a 6-week bulletin delay back to 10 days."},
		},
		Publications: []profile.Publication{{Title: "Plain-language avalanche problems: what 3,400 forecast users told us", Year: 2022}},
	}
}

func TestWhatAFigureCountsJoinedToItIsNoWordSwapped(t *testing.T) {
	wantVerdicts(t, avalancheForecaster(), []lineWant{
		// "3,400-response" counts the survey's responses, which the
		// profile gives: no word in the place of the title's "forecast".
		{"Rewriting the public problem statements in plain language after a 3,400-response user survey is rare work.", true},
	})
}

func radioProducer() *profile.Profile {
	return &profile.Profile{
		Name: "Aoife Nic Mhurchú", Headline: "Music radio producer", Title: "Senior Producer", Company: "RTÉ 2FM", Location: "Dublin, Ireland",
		Experience: []profile.Experience{
			{Title: "Lecturer (part-time)", Company: "TU Dublin", Start: "2020", End: "Present",
				Description: "Teach the second-year radio programming module."},
			{Title: "Producer", Company: "Local Loud", Start: "2018", End: "Present",
				Description: "Weekly show for unsigned Irish acts: 140 acts played in year one; 12 of them later playlisted on daytime."},
		},
	}
}

func TestAnOrdinalForANumberAfterItsNoun(t *testing.T) {
	wantVerdicts(t, radioProducer(), []lineWant{
		// "first year" is the show's "year one", not the module's
		// "second-year".
		{"140 unsigned Irish acts played in Local Loud's first year, and a dozen on daytime since, is a real commitment.", true},
		// A third year is neither.
		{"140 unsigned Irish acts played in Local Loud's third year, and a dozen on daytime since, is a real commitment.", false},
	})
}

func distiller() *profile.Profile {
	return &profile.Profile{
		Name: "Iain MacAskill", Headline: "Distillery Manager", Title: "Distillery Manager", Company: "Port Ellen Spirits", Location: "Islay, Scotland",
		Experience: []profile.Experience{
			{Title: "Distillery Manager", Company: "Port Ellen Spirits", Start: "2018", End: "Present", Description: "Run a 2.1m-litre distillery."},
			{Title: "Brewer", Company: "Caledonian Ales", Start: "2011", End: "2018", Description: "Cask ale production."},
		},
		Education: []profile.Education{
			{School: "Heriot-Watt University", Degree: "MSc", Field: "Brewing and Distilling", Year: 2011},
			{School: "University of Stirling", Degree: "BSc", Field: "Biology", Year: 2009},
		},
		Projects: []profile.Project{{Name: "MSc thesis", Description: "Effect of 120-hour fermentations on the ester profile of Islay new make spirit."}},
	}
}

func TestASchoolBeforeTheThesisOfItsDegree(t *testing.T) {
	wantVerdicts(t, distiller(), []lineWant{
		// Their MSc is from Heriot-Watt: its thesis is their Heriot-Watt
		// thesis, no word swapped for "MSc".
		{"Your Heriot-Watt thesis on 120-hour fermentations and ester profiles in Islay new make is close to our client's research.", true},
	})
}

func tunnellerCH() *profile.Profile {
	return &profile.Profile{
		Name: "Sandra Keller", Headline: "Projektleiterin Tunnelbau", Title: "Projektleiterin Tunnelbau", Company: "Felsbau AG",
		Location: "Göschenen, Schweiz",
		Experience: []profile.Experience{
			{Title: "Projektleiterin Tunnelbau", Company: "Felsbau AG", Start: "2019", End: "heute",
				Description: "Los Süd der neuen Gotthardröhre: Leitung des maschinellen Vortriebs mit zwei TBM."},
		},
		Activity: []profile.Activity{
			{Kind: "post", Text: "42 Meter an einem Tag! Unsere TBM «Greta» hat im Los Süd einen neuen Bestwert aufgestellt."},
			{Kind: "comment", Of: "Marco Ruf", Text: "Herzliche Gratulation zum Durchschlag in Airolo, Marco!"},
		},
	}
}

func TestAGermanNounAloneNamesNothing(t *testing.T) {
	wantVerdicts(t, tunnellerCH(), []lineWant{
		// "Gratulation", capitalised as every German noun, is the
		// recruiter's word, not the comment's congratulations to Marco.
		{"42 Meter an einem Tag mit der TBM Greta im Los Süd – Gratulation zu diesem Bestwert!", true},
	})
}

func windowDresserJP() *profile.Profile {
	return &profile.Profile{
		Name: "田辺 真理", Headline: "ビジュアルマーチャンダイザー", Title: "VMDマネージャー", Company: "銀座松坂百貨店", Location: "東京都",
		Experience: []profile.Experience{
			{Title: "VMDマネージャー", Company: "銀座松坂百貨店", Start: "2018", End: "現在",
				Description: "2023年春の「藤と絹」ウィンドウを企画し、来店客数を前年同期比9％増やした。"},
		},
		Activity: []profile.Activity{{Kind: "comment", Of: "Sarah Lindgren", Text: "素晴らしい作品ですね！"}},
	}
}

func TestARecruitersEverydayWordsInJapanese(t *testing.T) {
	wantVerdicts(t, windowDresserJP(), []lineWant{
		// "素晴らしい" is what anyone writes: it does not make the line
		// about the comment on someone else's work.
		{"「藤と絹」ウィンドウで来店客数が前年同期比9％伸びたと拝見しました。素晴らしいお仕事です。", true},
	})
}

func cobblerAT() *profile.Profile {
	return &profile.Profile{
		Name: "Lukas Brandl", Headline: "Schuhmachermeister", Title: "Inhaber", Company: "Schuhwerkstatt Brandl", Location: "Wien, Österreich",
		Experience: []profile.Experience{
			{Title: "Inhaber", Company: "Schuhwerkstatt Brandl", Start: "2012", End: "heute",
				Description: "Als Partnerbetrieb des Grazer Reparaturbons rund 1.400 Reparaturen an Schuhen aller Marken."},
		},
	}
}

func TestPraiseInTheLinesLanguageNamesNothing(t *testing.T) {
	wantVerdicts(t, cobblerAT(), []lineWant{
		// "Respekt" is the recruiter's praise, no name the profile lacks.
		{"Rund 1.400 Reparaturen über den Grazer Reparaturbon – Respekt!", true},
	})
}

func guideVN() *profile.Profile {
	return &profile.Profile{
		Name: "Phạm Thị Lan", Headline: "Hướng dẫn viên du lịch di sản", Title: "Trưởng nhóm thuyết minh", Company: "Trung tâm Di sản Huế",
		Location: "Huế, Việt Nam",
		Experience: []profile.Experience{
			{Title: "Trưởng nhóm thuyết minh", Company: "Trung tâm Di sản Huế", Start: "2017", End: "nay",
				Description: "Viết bảng thuyết minh song ngữ cho 18 di tích trong Kinh thành Huế cho du khách."},
		},
	}
}

func shoemakerPT() *profile.Profile {
	return &profile.Profile{
		Name: "Rita Carvalho", Headline: "Designer de calçado", Title: "Diretora criativa", Company: "Passo Verde", Location: "Porto, Portugal",
		Experience: []profile.Experience{
			{Title: "Diretora criativa", Company: "Passo Verde", Start: "2016", End: "presente",
				Description: "Criei a linha 'Sola Viva' de calçado em cortiça: 14 mil pares vendidos no primeiro ano."},
		},
	}
}

func TestTheFirstWordOfALineInTheProfilesLanguage(t *testing.T) {
	// A sentence's first word is capitalised in Vietnamese and Portuguese
	// as in any language, however many of the line's words the profile
	// shares: "Bộ" (a set) and "Vi" (I saw) name nothing.
	wantVerdicts(t, guideVN(), []lineWant{
		{"Bộ bảng thuyết minh song ngữ cho 18 di tích trong Kinh thành mà chị viết thật sự rất hữu ích cho du khách.", true},
	})
	wantVerdicts(t, shoemakerPT(), []lineWant{
		{"Vi que a linha Sola Viva vendeu catorze mil pares no primeiro ano. Parabéns, é raro no calçado.", true},
	})
}

func landfillEngineer(title string) *profile.Profile {
	return &profile.Profile{
		Name: "Paula Olivares", Headline: "Landfill operations", Title: title, Company: "EcoSur", Location: "Valdivia, Chile",
		Experience: []profile.Experience{
			{Title: title, Company: "EcoSur", Start: "2017", End: "Present",
				Description: "Designed Cell 7 (2.1 million m³) and the leachate treatment plant at El Boldal."},
		},
	}
}

func TestAPostInEnglishWhereTheTitlesAreInAnotherLanguage(t *testing.T) {
	const line = "Your Cell 7 design at El Boldal, 2.1 million cubic metres, shows your years as a process engineer."
	// "Ingeniera de Procesos" may be a process engineer: not judged.
	wantVerdicts(t, landfillEngineer("Ingeniera de Procesos"), []lineWant{{line, true}})
	// An English title that is not one still is.
	wantVerdicts(t, landfillEngineer("Site Manager"), []lineWant{{line, false}})
}

func creditAnalystNL() *profile.Profile {
	return &profile.Profile{
		Name: "Marieke de Wit", Headline: "Senior Risk Manager Factoring", Title: "Senior Risk Manager Factoring", Company: "NoordKapitaal",
		Location: "Amsterdam, Nederland",
		Experience: []profile.Experience{
			{Title: "Credit Analyst", Company: "Hanze Commercial Finance", Start: "2015", End: "2020",
				Description: "Lid van het projectteam voor de uitrol van het reverse-factoringprogramma voor de leveranciers van Korenaar Supermarkten (2018)."},
		},
	}
}

func TestAMemberOfTheTeamInTheProfilesLanguageLedNothing(t *testing.T) {
	wantVerdicts(t, creditAnalystNL(), []lineWant{
		// "Lid van het projectteam" is a member of the project team, no
		// lead of it.
		{"You led the reverse factoring rollout for Korenaar Supermarkten's suppliers, exactly the programme our client is launching.", false},
		{"You were on the team that rolled out reverse factoring for Korenaar Supermarkten's suppliers, exactly the programme our client is launching.", true},
	})
}

func engineerPT() *profile.Profile {
	return &profile.Profile{
		Name: "Inês Gonçalves", Headline: "Engenheira de manutenção", Title: "Engenheira de manutenção", Company: "Têxteis Lima",
		Location: "Braga, Portugal",
		Experience: []profile.Experience{
			{Title: "Engenheira de manutenção", Company: "Têxteis Lima", Start: "2018", End: "presente",
				Description: "Participei na instalação do sistema de recuperação de calor da tinturaria de Barcelos, que reduziu o consumo de gás em 22%."},
		},
	}
}

func TestAVerbOfALesserPartInTheProfilesLanguage(t *testing.T) {
	wantVerdicts(t, engineerPT(), []lineWant{
		// "Participei" is taking part, no lead.
		{"Leading the heat recovery installation at the Barcelos dyehouse, with gas use down 22%, is what our client needs.", false},
		{"Working on the heat recovery installation at the Barcelos dyehouse, with gas use down 22%, is what our client needs.", true},
	})
}

func perfumeBuyerNL() *profile.Profile {
	return &profile.Profile{
		Name: "Femke de Vries", Headline: "Category buyer parfumerie", Title: "Category Buyer", Company: "Douwes Parfumerie", Location: "Utrecht, Nederland",
		Experience: []profile.Experience{{Title: "Category Buyer", Company: "Douwes Parfumerie", Start: "2020", End: "heden", Description: "Inkoop van niche-parfums."}},
		Education:  []profile.Education{{School: "Hogeschool van Amsterdam", Degree: "Bachelor", Field: "Retail Management"}},
		Projects:   []profile.Project{{Name: "Afstudeeronderzoek: tester-plaatsing en conversie", Description: "Onderzoek in drie parfumerieën naar de plaats van testers en de conversie."}},
	}
}

func TestResearchInTheProfilesLanguage(t *testing.T) {
	wantVerdicts(t, perfumeBuyerNL(), []lineWant{
		// "Afstudeeronderzoek" is their graduation research: the line's
		// "research" is on the profile.
		{"Your graduation research on tester placement and conversion in three perfumeries is so relevant to our client.", true},
	})
}

func literaryAgent() *profile.Profile {
	return &profile.Profile{
		Name: "Priya Raman", Headline: "Literary agent", Title: "Agent", Company: "Halden & Bright", Location: "London",
		Experience: []profile.Experience{{Title: "Agent", Company: "Halden & Bright", Start: "2016", End: "Present",
			Description: "Represent 30 authors of literary fiction. Sold The Salt Roads to Faber in 2021; it was shortlisted for the Baillie Gifford Prize in 2024."}},
		Honors: []string{"Agent of the Year – nominated, The Bookseller, 2023"},
	}
}

func TestMakingAListIsHeldToTheAward(t *testing.T) {
	wantVerdicts(t, literaryAgent(), []lineWant{
		// Making a shortlist is no post: it is the award's shortlisting.
		{"Congrats on The Salt Roads making the Baillie Gifford shortlist, five years from first proposal.", true},
		// Making the award itself is more than a nomination.
		{"Congrats on making The Bookseller's Agent of the Year in 2023, thoroughly deserved!", false},
	})
}

func agronomistES() *profile.Profile {
	return &profile.Profile{
		Name: "Lucía Ferrer", Headline: "Ingeniera agrónoma", Title: "Jefa de campo", Company: "Agrícola del Ebro", Location: "Zaragoza, España",
		Experience: []profile.Experience{{Title: "Jefa de campo", Company: "Agrícola del Ebro", Start: "2015", End: "actualidad",
			Description: "Programa de riego por goteo en 1.200 ha de maíz: el rendimiento subió de 11 a 14 toneladas por hectárea."}},
	}
}

func TestUnitsWrittenOutInOtherLanguages(t *testing.T) {
	wantVerdicts(t, agronomistES(), []lineWant{
		// "toneladas" are tonnes.
		{"Lifting maize yields from 11 to 14 tonnes per hectare with drip irrigation across 1,200 ha is impressive.", true},
		{"Lifting maize yields from 11 to 14 kg per hectare with drip irrigation across 1,200 ha is impressive.", false},
	})
}

func tunnelGeologistAT() *profile.Profile {
	return &profile.Profile{
		Name: "Martin Weiss", Headline: "Tunnelbaugeologe", Title: "Geologe", Company: "Alpentunnel GmbH", Location: "Innsbruck, Österreich",
		Experience: []profile.Experience{{Title: "Geologe", Company: "Alpentunnel GmbH", Start: "2014", End: "heute",
			Description: "Geologische Dokumentation des Erkundungsstollens Ahrental–Pfons."}},
	}
}

func TestTheRecruitersPartInOtherForms(t *testing.T) {
	wantVerdicts(t, tunnelGeologistAT(), []lineWant{
		// "unserem Projekt in der Schweiz" is the recruiter's project.
		{"Herr Weiss, Ihre Arbeit am Erkundungsstollen Ahrental–Pfons passt genau zu unserem Projekt in der Schweiz.", true},
	})
}
