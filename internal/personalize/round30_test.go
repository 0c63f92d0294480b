package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestHyphenatedCompoundInWhatIsNotTheirs: a thing named with a compound
// of everyday words ("order-tracking server") that the profile gives only in
// a recommendation they wrote for someone else is that person's work,
// even where the line's figure is on the candidate's own part of the page.
func TestHyphenatedCompoundInWhatIsNotTheirs(t *testing.T) {
	p := &profile.Profile{
		Name: "Ines Kowal", Headline: "Production Lead at Lumen Candle Works", Title: "Production Lead", Company: "Lumen Candle Works",
		Experience: []profile.Experience{{Title: "Production Lead", Company: "Lumen Candle Works", Start: "2018", End: "Present",
			Description: "Run two pouring lines making candles. Shipped 12,000 orders a week. Moved the plant to rapeseed wax in 2021."}},
		Recommendations: []profile.Recommendation{{Given: true, Person: "Tomas Berg",
			Text: "Tomas built the order-tracking server that handled 12,000 orders a week. Calm under pressure."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Building the order-tracking server that handled 12,000 orders a week is clever engineering.", false},
		{"Shipping 12,000 orders a week from Lumen Candle Works is serious volume.", true},
	})
}

// TestDeedToldOfSomeoneElse: a line that says the candidate did what the
// recommendation they wrote says a colleague did ("designed the Ostrava
// gauge archive"), with the verb of that account, credits them with the
// colleague's work, though their own entry names the same archive; their
// own deed, told with their own verb, is theirs.
func TestDeedToldOfSomeoneElse(t *testing.T) {
	p := &profile.Profile{
		Name: "Petra Novak", Headline: "Hydrologist", Title: "Senior Hydrologist", Company: "Povodí Odry",
		Experience: []profile.Experience{{Title: "Senior Hydrologist", Company: "Povodí Odry", Start: "2016", End: "Present",
			Description: "Calibrated the Ostrava river gauges after the 2020 flood. Moved the gauge archive to the cloud in 2022."}},
		Recommendations: []profile.Recommendation{{Given: true, Person: "Jan Dvorak",
			Text: "Jan designed the Ostrava gauge archive and kept it running through the 2020 flood."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Designing the Ostrava gauge archive is impressive work.", false},
		{"Moving the Ostrava gauge archive to the cloud in 2022 is impressive work.", true},
	})
}

// TestNumberInSpanishOrPortugueseWords: a figure written in Spanish or
// Portuguese words ("ciento veinte", "trescientas cuarenta y dos",
// "cento e vinte", "sesenta y dos mil") is the figure, and so is checked as one.
func TestNumberInSpanishOrPortugueseWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucía Ortega", Title: "Nutricionista", Company: "Comedores Escolares del Sur",
		Experience: []profile.Experience{{Title: "Nutricionista", Company: "Comedores Escolares del Sur", Start: "2015",
			Description: "Guía de menús sin alérgenos con 120 recetas adaptadas. Menús para 342 colegios de Sevilla. Nóminas de 62.000 empleados del grupo."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Su guía de menús sin alérgenos, con ciento veinte recetas adaptadas, es un trabajo enorme.", true},
		{"Sua guia de menus sem alérgenos, com cento e vinte receitas adaptadas, é um trabalho enorme.", true},
		{"Planificar los menús de trescientos cuarenta y dos colegios de Sevilla es un trabajo enorme.", true},
		{"Calcular las nóminas de sesenta y dos mil empleados del grupo es un trabajo enorme.", true},
		{"Calcular las nóminas de sesenta y tres mil empleados del grupo es un trabajo enorme.", false},
		{"Su guía de menús sin alérgenos, con ciento cincuenta recetas adaptadas, es un trabajo enorme.", false},
		{"Planificar los menús de trescientos cuarenta y cinco colegios de Sevilla es un trabajo enorme.", false},
	})
}

// TestLongSubjectNameInAnotherLanguage: a field of study named with the
// small words of Spanish or Portuguese ("Ciencias de la Actividad Física
// y del Deporte") is a subject's name, which a mail merge fills in, not
// a thesis.
func TestLongSubjectNameInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Marta Aranda", Title: "Entrenadora", Company: "Club Náutico Guadalquivir",
		Experience: []profile.Experience{{Title: "Entrenadora", Company: "Club Náutico Guadalquivir", Start: "2012",
			Description: "Fundé la liga escolar de piragüismo del distrito con 14 colegios."}},
		Education: []profile.Education{{School: "Universidad Pablo de Olavide", Degree: "Licenciatura",
			Field: "Ciencias de la Actividad Física y del Deporte", Year: 2008}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Como licenciada en Ciencias de la Actividad Física y del Deporte por la Olavide, encajaría perfectamente con nuestro cliente.", false},
		{"Fundar la liga escolar de piragüismo del distrito con 14 colegios es un gran logro.", true},
	})
}

// TestNamesInKanjiByTheirReadings: a place or a firm the profile writes
// in kanji (三陸, 横須賀, 資生堂) is found by its reading, as a line in
// English spells it ("Sanriku", "Yokosuka", "Shiseido"); a name whose
// reading is nowhere on the profile is still not on it.
func TestNamesInKanjiByTheirReadings(t *testing.T) {
	p := &profile.Profile{
		Name: "佐藤 美咲", Title: "主任研究員", Company: "株式会社資生堂", Location: "神奈川県",
		Experience: []profile.Experience{{Title: "主任研究員", Company: "株式会社資生堂", Start: "2015",
			Description: "横須賀の研究所で香料の安定性試験を担当。2019年に三陸産の海藻エキスを使った香料を開発し、42 製品に採用された。"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your fragrance with seaweed extract from Sanriku, now in 42 products, is a lovely piece of work.", true},
		{"Your fragrance with seaweed extract from Hokkaido, now in 42 products, is a lovely piece of work.", false},
		{"Forty-two products using your Sanriku seaweed fragrance from the Yokosuka lab is a great result.", true},
		{"Forty-two products using your Sanriku seaweed fragrance from the Sendai lab is a great result.", false},
	})
}

// TestFoundingToldInTheEntrysDescription: what the line says they
// founded is theirs when the description of the entry it is in says so,
// in the entry's language ("Fundé la sección de dragon boat"), though
// the post names it without the word; the club the section is part of is
// not what they founded.
func TestFoundingToldInTheEntrysDescription(t *testing.T) {
	p := &profile.Profile{
		Name: "Begoña Aranda", Title: "Directora deportiva, sección de Dragon Boat", Company: "Club Piragüismo Triana",
		Skills: []string{"Dragon Boat"},
		Experience: []profile.Experience{
			{Title: "Directora deportiva, sección de Dragon Boat", Company: "Club Piragüismo Triana", Start: "2015",
				Description: "Fundé la sección de dragon boat en 2015 con 12 palistas; hoy somos 86."},
			{Title: "Profesora de Educación Física", Company: "IES Bellavista", Start: "2008", End: "2015",
				Description: "Educación Física en ESO y Bachillerato; creó la primera liga escolar de piragüismo del distrito."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Going from teaching PE at IES Bellavista to founding the dragon boat section at Triana is a great story.", true},
		{"Going from teaching PE at IES Bellavista to founding Club Piragüismo Triana is a great story.", false},
	})
}

// TestFigureOfACompoundInAnotherLanguage: a figure the profile gives for
// a compound in another language that ends in the line's noun ("640
// ritsscreens") is the line's figure for it ("640 zip screens"), though
// the profile gives another figure for "screens" in English; another
// noun the profile counts elsewhere is still checked.
func TestFigureOfACompoundInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Joris de Vries", Title: "Eigenaar", Company: "De Vries Zonwering",
		Experience: []profile.Experience{
			{Title: "Eigenaar", Company: "De Vries Zonwering", Start: "2015",
				Description: "Largest job: 212 solar-powered screens for a care home in Zeist. We fit 38 awnings a month."},
			{Title: "Projectleider", Company: "Brabant Sun Systems", Start: "2009", End: "2015",
				Description: "Grootste project: 640 ritsscreens voor kantorencomplex Eurode Park in Eindhoven (2014)."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"640 zip screens for the Eurode Park offices in Eindhoven is a serious project.", true},
		{"640 awnings for the Eurode Park offices in Eindhoven is a serious project.", false},
	})
}

// TestSecondPlaceInAnotherLanguage: an award the profile gives with a
// second or third place in its own language ("2º lugar", "2. Platz") was
// not won, whether the line says so in English or in that language
// ("vencer", "gewinnen").
func TestSecondPlaceInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Ana Conceição", Title: "Diretora Industrial", Company: "Velas Aurora",
		Experience: []profile.Experience{{Title: "Diretora Industrial", Company: "Velas Aurora", Start: "2016",
			Description: "Linha de velas de cera de soja com 14 fragrâncias."}},
		Honors: []string{"Prêmio Catarinense de Inovação Industrial - 2º lugar, 2023", "Kerzenpreis Thüringen, 2. Platz, 2021"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Parabéns por vencer o Prêmio Catarinense de Inovação Industrial de 2023!", false},
		{"Parabéns pelo 2º lugar no Prêmio Catarinense de Inovação Industrial de 2023!", true},
		{"Congratulations on winning the Kerzenpreis Thüringen in 2021!", false},
	})
}

// TestDeclinedNameSpeltAsAnEnglishWord: a name of another language that
// is spelt as an English word ("Impart" in "Centrum Kultury Impart") is
// found declined in a line in that language ("w Imparcie"); a venue the
// profile does not name is not.
func TestDeclinedNameSpeltAsAnEnglishWord(t *testing.T) {
	p := &profile.Profile{Name: "Zofia Wróblewska", Title: "Founder", Company: "Studio Milczenia",
		Activity: []profile.Activity{{Kind: "post", Text: "Po 18 miesiącach kończymy program „Cisza w ruchu”. " +
			"24 uczniów z SOSW nr 12, jeden spektakl, 300 widzów w Centrum Kultury Impart. Dziękuję!"}}}
	wantVerdicts(t, p, []lineWant{
		{"Program „Cisza w ruchu” z głuchą młodzieżą, zakończony spektaklem dla 300 widzów w Imparcie, zrobił na mnie ogromne wrażenie.", true},
		{"Program „Cisza w ruchu” z głuchą młodzieżą, zakończony spektaklem dla 300 widzów w Capitolu, zrobił na mnie ogromne wrażenie.", false},
	})
}

// TestInitialsWithPointsSpellAnAcronym: a name whose first words are
// initials with points ("J.C. Bamford") is the profile's acronym of it
// ("JCB"), as the name written out is; other initials are not.
func TestInitialsWithPointsSpellAnAcronym(t *testing.T) {
	p := &profile.Profile{Name: "Tom Ashworth", Title: "Design Lead", Company: "Coastway Caravans",
		Experience: []profile.Experience{{Title: "Graduate Engineer", Company: "JCB", Start: "2012", End: "2015",
			Description: "Rotational graduate scheme in Rocester; final placement on backhoe loader cab assembly."}}}
	wantVerdicts(t, p, []lineWant{
		{"Going from backhoe loader cabs on the J.C. Bamford grad scheme to caravans at Coastway - interesting jump!", true},
		{"Going from backhoe loader cabs on the J.D. Bamford grad scheme to caravans at Coastway - interesting jump!", false},
	})
}

// TestCenturyInRomanNumerals: an ordinal century ("20th-century") is the
// profile's century in Roman numerals ("século XX", "XXe siècle"); another
// century is not on the profile.
func TestCenturyInRomanNumerals(t *testing.T) {
	p := &profile.Profile{Name: "Maria Antunes", Title: "Restauradora", Company: "Hospital de Bonecas",
		Education: []profile.Education{{School: "Universidade Católica Portuguesa", Degree: "Mestrado",
			Field: "Conservação\nTese: Degradação do celuloide em bonecas portuguesas do século XX"}}}
	wantVerdicts(t, p, []lineWant{
		{"Your thesis on celluloid degradation in 20th-century Portuguese dolls is exactly what our museum client researches.", true},
		{"Your thesis on celluloid degradation in 19th-century Portuguese dolls is exactly what our museum client researches.", false},
	})
}

// TestEverydayPraiseInOtherLanguages: a word a recruiter calls work good
// or nice with in Dutch ("goed", "leuk") names nothing on the profile,
// and starts a sentence without being a name.
func TestEverydayPraiseInOtherLanguages(t *testing.T) {
	p := &profile.Profile{Name: "Daan IJzerman", Title: "Labmanager", Company: "Analytica Wageningen", Location: "Wageningen",
		Education: []profile.Education{{School: "Universiteit van Amsterdam", Degree: "MSc", Field: "Analytical Sciences"}},
		Experience: []profile.Experience{{Title: "Labmanager", Company: "Analytica Wageningen", Start: "2018",
			Description: "Negen GC-systemen overgezet van helium naar waterstof als draaggas."}},
		Activity: []profile.Activity{{Kind: "post", Text: "Goed nieuws: op de KNCV Chromatografiedag in Utrecht presenteerde ik onze overstap naar waterstof."}}}
	wantVerdicts(t, p, []lineWant{
		{"Als UvA-alumnus met een MSc in Analytical Sciences ziet u vast dat uw profiel goed aansluit.", false},
		{"Leuk dat u de overstap naar waterstof op de KNCV Chromatografiedag in Utrecht presenteerde!", true},
	})
}

// TestPlaceRankInOtherLanguages: a place below first is read as the
// languages of Europe write it: "2.º" in Portuguese, and second and third
// in words or Roman numerals ("segunda posición", "II miejsce"), so that
// lesserPlace finds it wherever an award is told.
func TestPlaceRankInOtherLanguages(t *testing.T) {
	for q, want := range map[string]int{"2.º lugar": 2, "3.º lugar": 3, "segunda posición": 2, "zweiter platz": 2,
		"ii miejsce": 2, "tredje plats": 3, "2º lugar": 2, "2. platz": 2, "lugar": 0} {
		if got := placeRank(q); got != want {
			t.Errorf("placeRank(%q) = %d, want %d", q, got, want)
		}
	}
	if got := lesserPlace(" congratulations on winning the premio nacional ", " premio nacional de artesanía, 2.º lugar "); got == "" {
		t.Errorf("lesserPlace found no place in %q", "premio nacional de artesanía, 2.º lugar")
	}
}
