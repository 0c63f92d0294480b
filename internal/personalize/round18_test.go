package personalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func carpetConservator() *profile.Profile {
	return &profile.Profile{
		Name: "Leila Haddad", Headline: "Textile Conservator", Title: "Textile Conservator", Company: "Haddad Studio",
		Experience: []profile.Experience{{Title: "Textile Conservator", Company: "Haddad Studio", Start: "2014",
			Description: "Conserved the 1685 Tabriz medallion carpet: 41,000 knots replaced over 16 months."}},
	}
}

func TestDigitsOfOtherScripts(t *testing.T) {
	wantVerdicts(t, carpetConservator(), []lineWant{
		// Arabic-Indic and Persian digits are the same numbers.
		{"ترميم سجادة تبريز من عام ١٦٨٥ عمل رائع حقاً.", true},
		{"مرمت فرش تبریز از سال ۱۶۸۵ کاری واقعاً تحسین\u200cبرانگیز است.", true},
		// Another year is not on the profile.
		{"ترميم سجادة تبريز من عام ١٧٢٠ عمل رائع حقاً.", false},
	})
	if got := westernDigits("۱۶۸۵ and १२ and 𝟗𝟘"); got != "1685 and 12 and 90" {
		t.Errorf("westernDigits = %q", got)
	}
}

func amlInvestigator() *profile.Profile {
	return &profile.Profile{
		Name: "Asha Raman", Headline: "Head of Financial Crime | AML | Ex-FCA", Title: "Head of Financial Crime", Company: "Meridian Clearing Bank",
		Experience: []profile.Experience{
			{Title: "Head of Financial Crime", Company: "Meridian Clearing Bank", Start: "2021",
				Description: "Uncovered a trade-based laundering network moving £38M through mis-invoiced shipments; 27 SARs filed."},
			{Title: "Senior Associate, Enforcement", Company: "Financial Conduct Authority", Start: "2016", End: "2021",
				Description: "Worked the enforcement case that ended in a £7.6m fine for AML control failings."},
		},
	}
}

func TestAnAmountIsAFactOfItsEntry(t *testing.T) {
	wantVerdicts(t, amlInvestigator(), []lineWant{
		{"The £38M laundering network you uncovered at Meridian Clearing Bank was remarkable work.", true},
		{"The £7.6m fine from your enforcement case at the FCA was a landmark for AML controls.", true},
		// The amount is of the bank's work, not of their time at the
		// FCA, which the headline's "Ex-FCA" names too.
		{"The £38M laundering network you uncovered while at the FCA was remarkable work.", false},
	})
	v := Check(amlInvestigator(), "The £38M laundering network you uncovered while at the FCA was remarkable work.", Options{})
	if !strings.Contains(v.String(), `Puts "£38M laundering network`) {
		t.Errorf("the reason should quote the amount with its sign and the employer: %v", v)
	}
}

func fishVet() *profile.Profile {
	return &profile.Profile{
		Name: "Ingrid Sæther", Headline: "Fish Health Veterinarian", Title: "Fish Health Veterinarian", Company: "Vestkyst Laks",
		Experience: []profile.Experience{{Title: "Fish Health Veterinarian", Company: "Vestkyst Laks", Start: "2020",
			Description: "Responsible veterinarian for 14 marine sites in Hordaland. Introduced a thermal delousing welfare protocol that cut post-treatment mortality from 2.1% to 0.6%."}},
	}
}

func TestAQuestionWithoutItsVerbIsAStatement(t *testing.T) {
	wantVerdicts(t, fishVet(), []lineWant{
		{"Responsible vet for 14 marine sites in Hordaland? That's an enormous patch to cover.", true},
		// Asked as a question, the figure is still claimed.
		{"Responsible vet for 41 marine sites in Hordaland? That's an enormous patch to cover.", false},
		// A question the recruiter asks is theirs.
		{"Your 14 marine sites in Hordaland are an enormous patch. Would a 41-site region interest you?", true},
	})
}

func groundStationEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Kenta Matsumoto", Headline: "Ground Station Engineer", Title: "Ground Station Engineer", Company: "Orbital Link KK",
		Experience: []profile.Experience{{Title: "Ground Station Engineer", Company: "JAXA Usuda", Start: "2016", End: "2022",
			Description: "Ran the 64 m antenna passes for the Hayabusa2 capsule separation in December 2020. Wrote the pass-conflict resolver that cut missed passes on the shared antennas by 40% in 2023."}},
	}
}

func TestTheMonthOfAJapaneseDate(t *testing.T) {
	wantVerdicts(t, groundStationEngineer(), []lineWant{
		// "12月" is December, not a figure of twelve.
		{"松本様、2020年12月のHayabusa2カプセル分離のパスを臼田の64 mアンテナで支えられたご経歴に感銘を受けました。", true},
		{"松本様、2020年12月の新しいプロジェクトについてお話ししたいと思いました。", false},
	})
}

func TestAPrefixOnTheEntrysOwnWord(t *testing.T) {
	wantVerdicts(t, fishVet(), []lineWant{
		// "post-delousing" is the entry's "delousing" with a prefix.
		{"Cutting post-delousing mortality from 2.1% to 0.6% with your thermal delousing protocol is a great result.", true},
		// "vaccination" is nowhere on it.
		{"Cutting post-vaccination mortality from 2.1% to 0.6% with your thermal delousing protocol is a great result.", false},
	})
}

func TestPortugueseAndItalianFunctionWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Rita Conceição", Headline: "Propulsion Engineer", Title: "Propulsion Engineer", Company: "Aerovale",
		Education: []profile.Education{{School: "Instituto Tecnológico de Aeronáutica (ITA)", Degree: "MSc, Aerospace Engineering"}},
		Projects:  []profile.Project{{Name: "MSc thesis (ITA)", Description: "Combustion instability in small hydrogen peroxide thrusters."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Sua" and "Il suo" start the sentence; they name nothing.
		{"Sua dissertação no ITA sobre instabilidade de combustão em pequenos propulsores de peróxido de hidrogênio é muito relevante.", true},
		{"Il suo lavoro di tesi all'ITA sulla combustion instability nei thrusters a hydrogen peroxide è molto interessante.", true},
		// A name that is not there still is not.
		{"Sua dissertação no Técnico de Lisboa sobre instabilidade de combustão em propulsores de peróxido de hidrogênio é muito relevante.", false},
	})
}

func refereeManager() *profile.Profile {
	return &profile.Profile{
		Name: "Cian O'Briain", Headline: "Referee Development Manager at FAI", Title: "Referee Development Manager", Company: "Football Association of Ireland",
		Experience: []profile.Experience{
			{Title: "Referee Development Manager", Company: "Football Association of Ireland", Start: "2021",
				Description: "National referee development: education, assessment and retention."},
			{Title: "Referee Coordinator", Company: "Leinster Football Association", Start: "2015", End: "2021",
				Description: "Ran the Leinster mentor scheme pairing 120 new referees with experienced officials."},
		},
	}
}

func TestAMoveFromOneEntryToAnother(t *testing.T) {
	wantVerdicts(t, refereeManager(), []lineWant{
		// "from ... to ...": the scheme is where the move started.
		{"Going from running the Leinster mentor scheme to national referee development at the FAI looks like a natural progression.", true},
		{"Going from the Leinster FA, where you ran the mentor scheme for 120 new referees, to national referee development at the FAI is a natural step.", true},
		// The scheme is not the FAI's, whose initials the headline has too.
		{"Running the Leinster mentor scheme for 120 new referees at the FAI was a smart move for grassroots football.", false},
	})
}

func TestAnEventWordInACompound(t *testing.T) {
	wantVerdicts(t, groundStationEngineer(), []lineWant{
		// "pass-conflict" is a word of a compound, no exam passed.
		{"Your pass-conflict resolver cutting missed passes on the shared antennas by forty percent in 2023 is impressive.", true},
		{"Congrats on passing the JAXA ground systems exam in 2023, a big step for your antenna work.", false},
	})
}

func transferPricingManager() *profile.Profile {
	return &profile.Profile{
		Name: "Chidi Okonkwo", Headline: "Transfer Pricing Director", Title: "Transfer Pricing Director", Company: "Lagos Tax Partners",
		Experience: []profile.Experience{
			{Title: "Transfer Pricing Director", Company: "Lagos Tax Partners", Start: "2020"},
			{Title: "Transfer Pricing Manager", Company: "KPMG Nigeria", Start: "2013", End: "2020",
				Description: "Wrote the first KPMG Nigeria TP benchmarking guide."},
		},
	}
}

func TestAGroupNameIsNoMemberOfAnother(t *testing.T) {
	wantVerdicts(t, transferPricingManager(), []lineWant{
		{"Writing the first TP benchmarking guide at KPMG Nigeria was a real head start for your career.", true},
		{"Writing the first TP benchmarking guide while at a Big Four firm in Lagos was a real head start.", true},
		// KPMG and Deloitte are both Big Four; one is not the other.
		{"Writing the first TP benchmarking guide at Deloitte Nigeria was a real head start for your career.", false},
	})
	l, err := LoadLists("")
	if err != nil {
		t.Fatal(err)
	}
	others := func(line string) []string {
		var out []string
		var toks []lineTok
		for _, t := range tokenize(line, nil) {
			toks = append(toks, lineTok{token: t})
		}
		l.equivalentRuns(toks, func(first, last int, other []string) { out = append(out, strings.Join(other, " ")) })
		return out
	}
	if got := others("Deloitte"); slices.Contains(got, "kpmg") || !slices.Contains(got, "big 4") {
		t.Errorf("Deloitte stands for %q; want Big Four and not KPMG", got)
	}
	if got := others("PwC"); !slices.Contains(got, "pricewaterhousecoop") && !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "pricewaterhouse") }) {
		t.Errorf("PwC stands for %q; want PricewaterhouseCoopers too", got)
	}
}

func TestAnAcronymInTheProfilesLanguageOrder(t *testing.T) {
	p := &profile.Profile{
		Name: "Hélène Dubois", Headline: "Directrice qualité", Title: "Directrice qualité", Company: "Les Ruchers du Luberon",
		Experience: []profile.Experience{{Title: "Responsable qualité", Company: "Miellerie Michaud", Start: "2012", End: "2019",
			Description: "Mise en place du plan de contrôle anti-adultération par RMN sur 3 000 t de miel par an."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "NMR" is the French "RMN", its words in the other order.
		{"Setting up NMR anti-adulteration testing on 3,000 tonnes of honey a year at Michaud is serious quality work.", true},
		{"Setting up LCMS anti-adulteration testing on 3,000 tonnes of honey a year at Michaud is serious quality work.", false},
	})
}

func TestALengthInAnotherUnit(t *testing.T) {
	p := &profile.Profile{
		Name: "Siobhán Ní Bhraonáin", Headline: "Flood Modeller", Title: "Flood Modeller", Company: "Corrib Hydraulics",
		Experience: []profile.Experience{{Title: "Flood Modeller", Company: "Corrib Hydraulics", Start: "2016",
			Description: "Calibrated the Lower Lee model to within 0.15 m at 11 of 12 gauges; surveyed 2.4 km of river wall."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Calibrating the Lower Lee model to within 15 cm at eleven of twelve gauges is seriously impressive work.", true},
		{"Surveying 2,400 m of river wall for the Lower Lee model is the kind of detail our client values.", true},
		// Another length is not theirs.
		{"Calibrating the Lower Lee model to within 5 cm at eleven of twelve gauges is seriously impressive work.", false},
	})
}

func TestAPortugueseVerbBeforeItsArticle(t *testing.T) {
	p := &profile.Profile{
		Name: "Márcia Teixeira", Headline: "Enfermeira de CME", Title: "Coordenadora de CME", Company: "Hospital Santa Clara",
		Activity: []profile.Activity{{Kind: "post", Text: "Apresentei hoje no congresso da SOBECC 2023 a nossa palestra sobre rastreabilidade na prática."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Vi" (I saw) starts the sentence, before its article.
		{"Vi o resumo da sua palestra sobre rastreabilidade na prática no congresso da SOBECC de 2023, muito boa.", true},
		{"Li a sua palestra sobre rastreabilidade na prática no congresso da SOBECC de 2023, muito boa.", true},
		// A congress that is not there still is not.
		{"Vi o resumo da sua palestra sobre rastreabilidade na prática no congresso da AORN de 2023, muito boa.", false},
	})
}

func TestNoUnitAfterAComma(t *testing.T) {
	p := &profile.Profile{
		Name: "Mio Otsuka", Headline: "Senior Perfumer", Title: "Senior Perfumer", Company: "Kaori Works",
		Honors: []string{"Evaluation Prize, Japan Society of Perfumers, Jun 2022"},
	}
	wantVerdicts(t, p, []lineWant{
		// "Ms" after the comma is their title, not milliseconds of 2022.
		{"Congratulations on the Japan Society of Perfumers Evaluation Prize in 2022, Ms Otsuka.", true},
		{"Congratulations on the Japan Society of Perfumers Evaluation Prize in 2019, Ms Otsuka.", false},
	})
}

func TestMetresGluedToTheirNumber(t *testing.T) {
	p := &profile.Profile{
		Name: "Thandiwe Mokoena", Headline: "Exhibit Designer", Title: "Exhibit Designer", Company: "Karoo Landscape Architects",
		Experience: []profile.Experience{{Title: "Exhibit Designer", Company: "Karoo Landscape Architects", Start: "2014", End: "2019",
			Description: "Designed the African penguin habitat at the Atlantic Seaboard Aquarium, including a 9-metre underwater viewing window."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"The 9m underwater viewing window in the penguin habitat you designed is still the best I've seen.", true},
		{"The 12m underwater viewing window in the penguin habitat you designed is still the best I've seen.", false},
	})
}

func hearingFirmwareEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Tomás Reyes", Headline: "Firmware Engineer", Title: "Senior Firmware Engineer", Company: "Aurisonic",
		Experience: []profile.Experience{{Title: "Senior Firmware Engineer", Company: "Aurisonic", Start: "2019",
			Description: "Wrote the audio codec firmware for our first Bluetooth LE Audio hearing aids in 2022."}},
		Recommendations: []profile.Recommendation{{Given: true, Person: "Mette Rasmussen",
			Text: "Mette led our whole Bluetooth LE Audio migration in 2022 and kept 40 engineers pulling in one direction."}},
	}
}

func TestADetailFromARecommendationTheyWrote(t *testing.T) {
	wantVerdicts(t, hearingFirmwareEngineer(), []lineWant{
		{"Your codec firmware for the first Bluetooth LE Audio hearing aids in 2022 is exactly what our client needs.", true},
		// Who led it, and with how many, is what they wrote of Ana.
		{"Leading the Bluetooth LE Audio migration in 2022 with 40 engineers is impressive leadership.", false},
		{"Leading the Bluetooth LE Audio migration in 2022 is impressive leadership.", false},
		{"Your Bluetooth LE Audio migration in 2022 was a big programme to run.", false},
	})
}

func restitutionLawyer() *profile.Profile {
	return &profile.Profile{
		Name: "Claire Vasseur", Headline: "Avocate | Restitution & provenance", Title: "Founder", Company: "Vasseur Avocats",
		Experience: []profile.Experience{
			{Title: "Founder", Company: "Vasseur Avocats", Start: "2020",
				Description: "Restitution and provenance disputes. Represented the heirs of Julius Rosenfeld in recovering Camille Pissarro's \"Le Pont de Pierre à Rouen\" from a Swiss foundation; settled 2022."},
			{Title: "Collaboratrice", Company: "Bredin Prat", Start: "2013", End: "2019",
				Description: "Cultural property and art-market M&A."},
		},
	}
}

func TestAOneWordNameIsAFactOfItsEntry(t *testing.T) {
	wantVerdicts(t, restitutionLawyer(), []lineWant{
		{"Recovering the Pissarro for the Rosenfeld heirs from a Swiss foundation in 2022 is a remarkable result.", true},
		// The Pissarro is of their own firm, not of their years at Bredin Prat.
		{"Your work on the Pissarro restitution while at Bredin Prat is a remarkable provenance result.", false},
	})
}

func TestAnAliasOfASchoolSaysItsEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Niamh Ní Fhlatharta", Headline: "Plastic Surgery Nurse Specialist", Title: "Clinical Nurse Specialist", Company: "St Brigid's Hospital",
		Experience: []profile.Experience{{Title: "Clinical Nurse Specialist", Company: "St Brigid's Hospital", Start: "2019",
			Description: "Runs the breast reconstruction clinic at University Hospital Waterford."}},
		Education: []profile.Education{
			{School: "Ollscoil na Gaillimhe", Degree: "MSc, Nursing", Field: "Thesis: patient-reported outcomes after DIEP flap reconstruction"},
			{School: "University College Dublin", Degree: "BSc, General Nursing"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// The University of Galway is Ollscoil na Gaillimhe, where the
		// thesis was written, not any other university of the profile.
		{"Your MSc thesis at the University of Galway on patient-reported outcomes after DIEP flap reconstruction is very relevant.", true},
		{"Your MSc thesis at University College Dublin on patient-reported outcomes after DIEP flap reconstruction is very relevant.", false},
	})
}

func TestAnInstitutionNamedInEnglish(t *testing.T) {
	p := &profile.Profile{
		Name: "Małgorzata Wójcik", Headline: "Rail Capacity Planner", Title: "Rail Capacity Planner", Company: "PKP PLK",
		Experience: []profile.Experience{{Title: "Rail Capacity Planner", Company: "PKP PLK", Start: "2018",
			Description: "Timetable capacity studies for the Kraków node."}},
		Education: []profile.Education{
			{School: "Politechnika Krakowska", Degree: "Magister inżynier, Transport", Field: "Thesis: capacity modelling of the Kraków Płaszów junction"},
			{School: "Sveriges lantbruksuniversitet", Degree: "Exchange semester"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "Cracow" for "Krakowska"; a kind of institution that closes a
		// compound ("lantbruksuniversitet").
		{"Your thesis at Cracow University of Technology on capacity modelling of the Kraków Płaszów junction is very relevant.", true},
		{"Your exchange at the Swedish University of Agricultural Sciences and your Płaszów junction capacity modelling stand out.", true},
		{"Your thesis at Warsaw University of Technology on capacity modelling of the Kraków Płaszów junction is very relevant.", false},
	})
}

func TestAYearOfTheNameBesideIt(t *testing.T) {
	p := &profile.Profile{
		Name: "Begoña Etxeberria", Headline: "Jefa de Servicio de Farmacia Hospitalaria", Title: "Jefa de Servicio de Farmacia", Company: "Hospital Universitario Donostia",
		Experience: []profile.Experience{
			{Title: "Jefa de Servicio de Farmacia", Company: "Hospital Universitario Donostia", Start: "2019",
				Description: "Lancé la unidad de preparación de citostáticos con robot (2021), que prepara 22.000 dosis al año."},
		},
		Honors: []string{"Premio SEFH a la Innovación, Sociedad Española de Farmacia Hospitalaria, 2022, Por la unidad robotizada de citostáticos"},
	}
	wantVerdicts(t, p, []lineWant{
		// The prize's year, before "for" the unit it was for.
		{"Winning the SEFH innovation prize in 2022 for the robotic unit is impressive.", true},
		{"Winning the SEFH innovation prize in 2020 for the robotic unit is impressive.", false},
	})
	v := Check(p, "Winning the SEFH innovation prize in 2020 for the robotic unit is impressive.", Options{})
	if !strings.Contains(v.String(), `"innovation prize in 2020"`) {
		t.Errorf("the reason should quote the prize with the year: %v", v)
	}
}

func TestAShareTheProfileNamesInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Yann Le Goff", Headline: "Ostréiculteur", Title: "Gérant", Company: "Huîtres Le Goff",
		Experience: []profile.Experience{{Title: "Gérant", Company: "Huîtres Le Goff", Start: "2014",
			Description: "Ouverture de l'export vers Hong Kong et Singapour (18 % du chiffre d'affaires en 2024)."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "du chiffre d'affaires" is the turnover, in French.
		{"Bringing exports to Hong Kong and Singapore up to 18% of turnover from a family farm is seriously impressive.", true},
		{"Bringing exports to Hong Kong and Singapore up to 28% of turnover from a family farm is seriously impressive.", false},
	})
}

func TestTheYearAnAwardWasReceived(t *testing.T) {
	p := &profile.Profile{
		Name: "Ama Owusu", Headline: "Tobacco Agronomist", Title: "Senior Agronomist", Company: "Leafline",
		Experience: []profile.Experience{{Title: "Senior Agronomist", Company: "Leafline", Start: "2015",
			Description: "Set up the curing barn trial that we launched in 2019 across 40 farms."}},
		Honors: []string{"Golden Leaf Award, Tobacco Growers Association, 2021"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on the Golden Leaf Award you picked up in 2021.", true},
		// The award was 2021, whatever else 2019 is.
		{"Congratulations on the Golden Leaf Award you picked up in 2019.", false},
		{"The curing barn trial that you launched in 2019 across 40 farms is impressive work.", true},
	})
}

func TestAMentionInAnotherLanguageIsNoWin(t *testing.T) {
	p := &profile.Profile{
		Name: "Núria Vilaró", Headline: "Book Conservator", Title: "Conservator", Company: "Taller Vilaró",
		Honors: []string{"Premi Nacional de Conservació-Restauració – menció d'honor, 2020"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on the honourable mention at the Premi Nacional de Conservació-Restauració in 2020!", true},
		{"Congratulations on winning the Premi Nacional de Conservació-Restauració in 2020!", false},
	})
}

func TestWorkDoneForAProjectIsNoLeadOfIt(t *testing.T) {
	p := &profile.Profile{
		Name: "Siobhán Ní Bhriain", Headline: "Senior Hydrographic Surveyor", Title: "Senior Hydrographic Surveyor", Company: "Fugro",
		Experience: []profile.Experience{{Title: "Hydrographic Surveyor", Company: "Marine Institute", Start: "2016", End: "2021",
			Description: "Processed three years of backscatter data for the Galway Bay habitat mapping project."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your backscatter processing for the Galway Bay habitat mapping project at the Marine Institute stood out to me.", true},
		// Data processed for it is a part in it, not its lead.
		{"Your leadership of the Galway Bay habitat mapping project at the Marine Institute really stood out to me.", false},
		{"Leading the Galway Bay habitat mapping project at the Marine Institute really stood out to me.", false},
	})
}

func TestAPrizeWrittenAsACompound(t *testing.T) {
	p := &profile.Profile{
		Name: "Jörg Häussler", Headline: "Signalling Engineer", Title: "Signalling Engineer", Company: "DB InfraGO",
		Experience: []profile.Experience{{Title: "Signalling Engineer", Company: "DB InfraGO", Start: "2015",
			Description: "Wrote an automated checker for route tables (Fahrstraßentabellen)."}},
		Honors: []string{"VDEI Innovationspreis 2020, Verband Deutscher Eisenbahn-Ingenieure, Für das automatisierte Prüfwerkzeug für Fahrstraßentabellen"},
	}
	wantVerdicts(t, p, []lineWant{
		// "Innovationspreis" is the Innovation Prize, one word in German.
		{"Joerg, your route table checker that won the VDEI Innovation Prize in 2020 is exactly the tooling mindset we need.", true},
		{"Joerg, your route table checker that won the VDE Safety Prize in 2020 is exactly the tooling mindset we need.", false},
	})
}

func TestWhoseOverAnOrdinal(t *testing.T) {
	p := &profile.Profile{
		Name: "Nguyễn Minh Anh", Headline: "Deputy Harbour Master", Title: "Deputy Harbour Master", Company: "Maritime and Port Authority of Singapore",
		Experience: []profile.Experience{
			{Title: "Deputy Harbour Master", Company: "Maritime and Port Authority of Singapore", Start: "2020",
				Description: "Set up the Tuas Port anchorage scheme with 60 new anchorage slots."},
			{Title: "Marine Operations Manager", Company: "Saigon Newport Corporation", Start: "2012", End: "2020",
				Description: "Ran berth planning at Cát Lái terminal, 4.5 million TEU a year."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running berth planning for Cát Lái's 4.5 million TEU a year is a tremendous responsibility.", true},
		// The million TEU were Cát Lái's, not Tuas Port's.
		{"Handling Tuas Port's first million TEU is a tremendous milestone for you and the team.", false},
	})
}
