package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestFigureToldInOtherWords: a line's figure whose noun the profile counts
// with another number elsewhere ("240 riders" at a clinic) is still the
// profile's figure when the words qualifying the noun stand by the
// profile's own number ("coach 18 canal riders" for "coaching 18 cyclists
// for canal towpath sportives"); the same figure moved onto the other
// noun ("18 registered riders", where "registered" stands by "12
// registered riders") stays refused.
func TestFigureToldInOtherWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Owen Pryce", Headline: "Physiotherapist", Title: "Clinical Lead Physiotherapist", Company: "Hywel Dda Health Board",
		Experience: []profile.Experience{
			{Title: "Clinical Lead Physiotherapist", Company: "Hywel Dda Health Board", Start: "2017", End: "Present",
				Description: "Opened a cycling injury clinic at Glangwili in 2019; it now sees more than 240 riders a year."},
			{Title: "Volunteer Coach", Company: "Towy Wheelers", Start: "2020", End: "Present",
				Description: "Coaching 18 cyclists for canal towpath sportives. Surveyed 64 cafes along the route; 12 registered riders joined from them."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Coaching 18 canal riders at Towy Wheelers alongside the clinic is a great combination.", true},
		{"Coaching 18 registered riders at Towy Wheelers alongside the clinic is a great combination.", false},
	})
}

// TestInstitutionInEnglishByItsSounds: an institution a pasted page
// names in Spanish, as an employer and a school ("Universidad Nacional de
// las Artes") is the one a line names in English ("National University
// of the Arts"): "nacional" and "national" sound alike, and "Artes" is
// "Arts" with its plural ending. Another institution is not.
func TestInstitutionInEnglishByItsSounds(t *testing.T) {
	page := "Marisol Ferreyra\nBailarina y docente de tango\nBuenos Aires, Argentina\n\n" +
		"Experiencia\nDirectora\nEstudio Bandoneón · Jornada completa\nmar. 2012 - actualidad · 12 años 9 meses\n" +
		"Escuela de tango en San Telmo; 300 alumnos.\n" +
		"Profesora adjunta\nUniversidad Nacional de las Artes (UNA) · Jornada parcial\nmar. 2018 - actualidad · 6 años 9 meses\n" +
		"Cátedra de Tango Danza I, Departamento de Artes del Movimiento.\n\n" +
		"Educación\nUniversidad Nacional de las Artes logo\nUniversidad Nacional de las Artes\n" +
		"Licenciatura en Composición Coreográfica\n2003 - 2008\n"
	wantVerdicts(t, pageProfile(t, page), []lineWant{
		{"Teaching at the National University of the Arts while running Estudio Bandoneón is an impressive balance.", true},
		{"Teaching tango at the National University of Music while running Estudio Bandoneón is an impressive balance.", false},
	})
}

// TestSkillsPraisedAsSkills: a line that praises a list as their skills
// ("your skills in ...", "your ... skills") names their skills list, a
// mail merge's field, even where their posts name the same skills; a
// deed told beside it is still a reference, and so is a list that is no
// list of skills ("experience in this market").
func TestSkillsPraisedAsSkills(t *testing.T) {
	p := &profile.Profile{
		Name: "Halina Zielińska", Headline: "Sleep technologist", Title: "Senior Sleep Technologist", Company: "Pomorskie Centrum Snu",
		Skills: []string{"Actigraphy", "CPAP titration", "MSLT", "Polisomnografia"},
		Experience: []profile.Experience{{Title: "Senior Sleep Technologist", Company: "Pomorskie Centrum Snu", Start: "2016", End: "Present",
			Description: "Runs actigraphy, CPAP titration and MSLT studies for 1,200 patients a year. Set up the first paediatric CPAP titration clinic in Gdynia in 2021."}},
		Publications: []profile.Publication{{Title: "Home polysomnography in children with Down syndrome", Publisher: "Sleep Medicine", Year: 2022}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your skills in actigraphy, CPAP titration and MSLT are impressive.", false},
		{"Your skills in polysomnography, CPAP titration and MSLT are impressive.", false},
		{"Your actigraphy and MSLT skills are impressive.", false},
		{"Your skills in CPAP titration, shown when you set up the first paediatric titration clinic in Gdynia, are impressive.", true},
		{"Running CPAP titration studies for 1,200 patients a year is rare experience in this market.", true},
	})
}

// TestPlaceInWordsForItsDigits: an award's place written in digits
// ("1st prize", "2nd prize") is the one a line writes in words ("first
// prize"); another place is not.
func TestPlaceInWordsForItsDigits(t *testing.T) {
	page := "Nikos Varelas\nLuthier at Varelas Strings\nPatras, Greece\n\n" +
		"Experience\nLuthier\nVarelas Strings · Self-employed\nJan 2012 - Present · 12 yrs 11 mos\n" +
		"Builds about 30 bouzoukia and lutes a year.\n\n" +
		"Honors & awards\n1st prize, plucked instruments\nIssued by Panhellenic Luthiers' Competition, Thessaloniki · Oct 2015\n" +
		"2nd prize, bowed instruments\nIssued by Ionian Luthiers' Meeting, Corfu · May 2018\n"
	wantVerdicts(t, pageProfile(t, page), []lineWant{
		{"Congratulations on first prize for plucked instruments at the Panhellenic Luthiers' Competition in Thessaloniki in 2015.", true},
		{"Congratulations on first prize for bowed instruments at the Ionian Luthiers' Meeting in Corfu in 2018.", false},
	})
}

// TestFirstPlaceAtAContestIsTheWin: an award entry that gives a first
// place at a contest ("1° posto, Regata di Murano") is a win of that
// contest's race; a third place there is not.
func TestFirstPlaceAtAContestIsTheWin(t *testing.T) {
	p := &profile.Profile{
		Name: "Matteo Zanon", Headline: "Gondoliere", Title: "Gondoliere", Company: "Stazio Santa Sofia",
		Experience: []profile.Experience{{Title: "Gondoliere", Company: "Stazio Santa Sofia", Start: "2009", End: "Present",
			Description: "Circa 1.800 giri all'anno. Dal 2019 gondoliere di riferimento per la Biennale."}},
		Honors: []string{"1° posto, Regata di Murano — gondole a due remi, 2019", "3° posto, Regata di Burano — gondolini, 2021"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Winning the gondola race at the Regata di Murano in 2019 is quite something.", true},
		{"Winning the gondola race at the Regata di Burano in 2021 is quite something.", false},
	})
}

// TestCommonWordsSpellingAnAcronym: a name written out in common words
// ("National Association of State and Local Business Officers") for an
// acronym the profile writes ("NASLBO") is that acronym, a name, however
// common its words; the same words spelling no acronym of theirs are not.
func TestCommonWordsSpellingAnAcronym(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Natarajan", Headline: "Deputy CIO at Lakeshore University", Title: "Deputy CIO", Company: "Lakeshore University",
		Experience: []profile.Experience{{Title: "Deputy CIO", Company: "Lakeshore University", Start: "2019", End: "Present",
			Description: "Co-manage the endowment; oversee private equity."}},
		Activity: []profile.Activity{{Kind: "post", Text: "Spoke on a panel at the NASLBO Annual Meeting in Denver about rebalancing in a drawdown."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your panel at the National Association of State and Local Business Officers annual meeting was refreshingly candid.", true},
		{"Your panel at the National Association of State and Local Business Managers annual meeting was refreshingly candid.", false},
	})
}

// TestAwardInItsLanguageBesideEnglishNames: an award named in Dutch
// ("Kences Innovatieprijs") whose entry goes on with English names
// ("Buddy Floor", "Student Housing") is the one a line names in English
// ("the Kences Innovation Prize"); an award it does not name is not.
func TestAwardInItsLanguageBesideEnglishNames(t *testing.T) {
	p := &profile.Profile{
		Name: "Sanne Kuipers", Headline: "Programme manager, student housing", Title: "Programme Manager", Company: "Campus Wonen",
		Experience: []profile.Experience{{Title: "Programme Manager", Company: "Campus Wonen", Start: "2017", End: "Present",
			Description: "Runs the Buddy Floor programme: first-year students housed next to a trained senior buddy."}},
		Honors: []string{"Kences Innovatieprijs, Kences, Voor het Buddy Floor-programma van Campus Wonen Student Housing, 2019"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on the 2019 Kences Innovation Prize for Buddy Floor, well deserved.", true},
		{"Congratulations on the 2019 Kences Sustainability Prize for Buddy Floor, well deserved.", false},
	})
}

// TestSpanishWordWithItsProstheticE: a Spanish word that puts an e before
// an s and a consonant ("Estrategia") shares its root with the English
// word that has none ("Strategy").
func TestSpanishWordWithItsProstheticE(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucía Ferrer", Headline: "Nutricionista escolar", Title: "Coordinadora de menús", Company: "Comedores del Turia",
		Experience: []profile.Experience{{Title: "Coordinadora de menús", Company: "Comedores del Turia", Start: "2016", End: "Present",
			Description: "Creé 'Martes Verde': un día a la semana 100% vegetal en 120 colegios."}},
		Honors: []string{"Premio Estrategia NAOS 2022, ámbito escolar, por el programa Martes Verde"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on the 2022 NAOS Strategy prize for Martes Verde, well deserved.", true},
		{"Congratulations on the 2022 NAOS Innovation prize for Martes Verde, well deserved.", false},
	})
}

// TestRoundedFigureCountedInOtherWords: a rounded figure ("over 200
// kids") is the profile's ("212 children") when what it counts is a
// synonym of what the profile's counts; not when it counts other things.
func TestRoundedFigureCountedInOtherWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Orla Nic Aodha", Headline: "Consultant paediatric allergist", Title: "Consultant Paediatric Allergist", Company: "Galway University Hospital",
		Experience: []profile.Experience{{Title: "Consultant Paediatric Allergist", Company: "Galway University Hospital", Start: "2018", End: "Present",
			Description: "Set up the region's first paediatric peanut oral immunotherapy (OIT) service; 212 children desensitised since 2021."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Setting up the first paediatric peanut OIT service in the region, with over 200 kids desensitised, is a real achievement.", true},
		{"Setting up the first paediatric peanut OIT service in the region, with over 200 nurses trained, is a real achievement.", false},
	})
}

// TestFigureWithItsUnitElsewhere: a line's percentage ("by 40%") is the
// profile's "40 %" though the reference found first is another 40 with
// another unit ("a 40-metre façade"); a percentage the profile gives
// nowhere is not.
func TestFigureWithItsUnitElsewhere(t *testing.T) {
	wantVerdicts(t, &profile.Profile{Text: facadePage}, []lineWant{
		{"Cutting complaints by 40% with a digital measuring app at Reinholz is the sort of thing our client's MD will notice.", true},
		{"Cutting complaints by 60% with a digital measuring app at Reinholz is the sort of thing our client's MD will notice.", false},
	})
}

// TestPlaceWithADegreeSign: a place written with a degree sign for the
// ordinal's mark ("3° posto") is a third place: a line that says they won
// there is refused; their "1° posto" is a win.
func TestPlaceWithADegreeSign(t *testing.T) {
	p := &profile.Profile{
		Name: "Matteo Zanon", Headline: "Gondoliere", Title: "Gondoliere", Company: "Stazio Santa Sofia",
		Experience: []profile.Experience{{Title: "Gondoliere", Company: "Stazio Santa Sofia", Start: "2009", End: "Present",
			Description: "Circa 1.800 giri all'anno."}},
		Honors: []string{"3° posto, Regata di Burano — gondolini, 2021", "1° posto, Regata di Murano — gondole a due remi, 2019"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on winning the Regata di Burano in 2021, Matteo!", false},
		{"Congratulations on winning the Regata di Murano in 2019, Matteo!", true},
	})
}

// TestEnglishWordForTheProfilesCognate: an English word of a line
// ("digitalization", "certification") finds the profile's word of the same
// Latin root in Spanish ("digitalización", "certificación"); another
// English word does not.
func TestEnglishWordForTheProfilesCognate(t *testing.T) {
	p := &profile.Profile{
		Name: "Ainhoa Etxeberria", Headline: "Directora de operaciones", Title: "Directora de operaciones", Company: "Bidasoa Logística",
		Experience: []profile.Experience{{Title: "Directora de operaciones", Company: "Bidasoa Logística", Start: "2015", End: "Present",
			Description: "Lideré la digitalización del almacén de Irún y la certificación de 14 proveedores en 2021."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your work on the digitalization of the warehouse and the certification of its suppliers is impressive.", true},
		{"Your work on the electrification of the warehouse and the automation of its suppliers is impressive.", false},
	})
}

// TestFigureCountsNoConjunction: "und", "et", "och" between two figures
// of a line in another language join a list, as "and" does: no noun the
// figure counts, to be compared with another figure's ("3 Befüll- und
// Konfektionslinien").
func TestFigureCountsNoConjunction(t *testing.T) {
	page := "Katharina Vogt\nLeiterin Produktion bei Federkiel Bettwaren\nUlm, Baden-Württemberg, Deutschland\n\n" +
		"Berufserfahrung\nLeiterin Produktion\nFederkiel Bettwaren GmbH · Vollzeit\nJan. 2017 – Heute · 7 J. 11 Mon.\n" +
		"Verantwortlich für 3 Befüll- und Konfektionslinien. Projekt „Daune zurück“: Rücknahmesystem mit 38 Bettenfachgeschäften aufgebaut; 2023 wurden 61 Tonnen Altdaunen gewaschen und wiederverwendet.\n"
	wantVerdicts(t, &profile.Profile{Text: page}, []lineWant{
		{"Ihr Projekt „Daune zurück“ mit 38 Bettenfachgeschäften und 61 Tonnen wiederverwendeten Altdaunen im Jahr 2023 ist beeindruckend.", true},
		{"Ihr Projekt „Daune zurück“ mit 38 Bettenfachgeschäften und 16 Tonnen wiederverwendeten Altdaunen im Jahr 2023 ist beeindruckend.", false},
	})
}

// TestEnglishNameOfAnEmployerOnAPastedPage: an employer a pasted page
// names in its own language ("Ferrovie dello Stato Italiane") is the one
// a line names in English with the country's adjective ("Italian State
// Railways"), as on a structured profile; another country's is not.
func TestEnglishNameOfAnEmployerOnAPastedPage(t *testing.T) {
	page := "Giulia Ferraresi\nResponsabile manutenzione rotabili\nBologna, Emilia-Romagna, Italia\n\n" +
		"Esperienza\nResponsabile manutenzione rotabili\nFerrovie dello Stato Italiane · A tempo pieno\ngen 2016 - Presente · 8 anni 11 mesi\n" +
		"Ho introdotto la manutenzione predittiva dei carrelli su 140 carrozze; guasti ridotti del 31%.\n"
	wantVerdicts(t, &profile.Profile{Text: page}, []lineWant{
		{"Bringing predictive bogie maintenance to 140 carriages at Italian State Railways, with 31% fewer failures, is impressive.", true},
		{"Bringing predictive bogie maintenance to 140 carriages at Austrian State Railways, with 31% fewer failures, is impressive.", false},
	})
}

// TestCountryAdjectiveInItsLanguage: the English adjective of a country
// ("Polish", "Dutch") stands for its word in the language's own name for
// itself ("Polskie", "Nederlandse"), as CLDR names the languages; another
// country's adjective does not.
func TestCountryAdjectiveInItsLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Marta Zielińska", Headline: "Kierowniczka ds. utrzymania taboru", Title: "Kierowniczka ds. utrzymania taboru", Company: "Polskie Koleje Państwowe",
		Experience: []profile.Experience{{Title: "Kierowniczka ds. utrzymania taboru", Company: "Polskie Koleje Państwowe", Start: "2016", End: "Present",
			Description: "Wdrożyłam przeglądy predykcyjne wózków dla 140 wagonów; liczba awarii spadła o 31%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Bringing predictive bogie checks to 140 carriages at Polish State Railways, with 31% fewer failures, is impressive.", true},
		{"Bringing predictive bogie checks to 140 carriages at Danish State Railways, with 31% fewer failures, is impressive.", false},
	})
}

// TestPostInEnglishForATitleOnAPastedPage: where a pasted page gives its
// positions' titles in another language ("Bauleiterin", "Projektleiterin
// Fassade"), a post the line calls them in English ("site manager") is
// not held to them word for word, as on a structured profile.
func TestPostInEnglishForATitleOnAPastedPage(t *testing.T) {
	wantVerdicts(t, &profile.Profile{Text: facadePage}, []lineWant{
		{"As site manager at Reinholz you cut complaints by 40% with a digital measuring app, which our client's MD will notice.", true},
		{"As site manager at Reinholz you cut complaints by 60% with a digital measuring app, which our client's MD will notice.", false},
	})
}

// facadePage is a pasted page in German whose titles are German and
// whose 40 is both a percentage and a façade's height.
const facadePage = "Katrin Groß\nProjektleiterin Fassadenbau\nLeipzig, Sachsen, Deutschland\n\n" +
	"Info\nVom Bleiglasfenster zur 40-Meter-Fassade: ich leite heute Fassadenprojekte bis 12 Mio. €.\n\n" +
	"Berufserfahrung\nFassadenbau Reinholz GmbH Logo\nFassadenbau Reinholz GmbH\nVollzeit · 9 J. 10 Mon.\nLeipzig, Sachsen, Deutschland\n" +
	"Projektleiterin Fassade\nApr. 2019 – Heute · 5 J. 9 Mon.\n" +
	"Projektleitung für Pfosten-Riegel-Fassaden bis 12 Mio. €.\n" +
	"Glasermeisterin / Bauleiterin\nSep. 2015 – März 2019 · 3 J. 7 Mon.\n" +
	"Bauleitung Montage; Einführung einer digitalen Aufmaß-App, Reklamationen um 40 % gesenkt.\n"

// TestOrdinalInDigitsForItsCount: a place in a count written in digits
// ("your 5,000th cymbal") is the profile's number ("5.000. zilimi", a
// Turkish ordinal); another number is not.
func TestOrdinalInDigitsForItsCount(t *testing.T) {
	p := &profile.Profile{
		Name: "Emre Şahinoğlu", Headline: "Zil ustası", Title: "Usta", Company: "Şahinoğlu Zil Atölyesi",
		Experience: []profile.Experience{{Title: "Usta", Company: "Şahinoğlu Zil Atölyesi", Start: "2018", End: "Present",
			Description: "B20 bronzdan el dövmesi ziller."}},
		Activity: []profile.Activity{{Kind: "post", Text: "Bugün 5.000. zilimi dövdüm. Ustama ve atölyedeki herkese teşekkürler."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on hammering your 5,000th cymbal, quite a milestone.", true},
		{"Congratulations on hammering your 6,000th cymbal, quite a milestone.", false},
	})
}
