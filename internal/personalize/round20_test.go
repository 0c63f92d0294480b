package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func bridgeInspector() *profile.Profile {
	return &profile.Profile{
		Name: "Tomasz Wrona", Headline: "Principal Bridge Inspector", Title: "Principal Bridge Inspector",
		Company: "Northern Rail Infrastructure", Location: "Leeds, England, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Principal Bridge Inspector", Company: "Northern Rail Infrastructure", Start: "2019", End: "Present",
				Description: "Led the inspection of 214 masonry arch bridges on the Settle line; wrote the scour assessment guide NRI adopted in 2022."},
			{Title: "Board member", Company: "BIA", Start: "2021", End: "Present",
				Description: "Chair the training committee; launched the inspector apprenticeship."},
			{Title: "Inspector", Company: "Calder Structures", Start: "2014", End: "2019",
				Description: "Spoke at the NBS Bridge Forum in 2017 on drone inspections."},
		},
	}
}

func TestANameWrittenOutForTheProfilesAcronym(t *testing.T) {
	wantVerdicts(t, bridgeInspector(), []lineWant{
		// The profile gives the association only as BIA.
		{"Sitting on the board of the Bridge Inspectors Association alongside your day job must keep you busy.", true},
		{"Your seat on the Bridge Inspectors Association board is no small commitment.", true},
		// Their employer, written out as the profile writes it: a mail
		// merge, though the profile also calls it NRI.
		{"As Principal Bridge Inspector at Northern Rail Infrastructure you would be a great fit for our client.", false},
		// NBS only starts the forum's name: the survey itself is not on
		// the profile.
		{"Your years at the National Bridge Survey would interest our client.", false},
	})
}

func lecturingEngineer() *profile.Profile {
	return &profile.Profile{
		Name: "Aoife Brennan", Headline: "Bridge Engineer | Masonry arches", Title: "Senior Bridge Engineer",
		Company: "Harrow Vale Consulting", Location: "Leeds, England, United Kingdom",
		Skills: []string{"Bridge design", "Masonry arches", "Scour assessment"},
		Experience: []profile.Experience{
			{Title: "Senior Bridge Engineer", Company: "Harrow Vale Consulting", Start: "2018", End: "Present",
				Description: "Assessed 96 masonry arch bridges for the county council's strengthening programme."},
			{Title: "Profesora asociada", Company: "University of Leeds", Start: "2021", End: "Present",
				Description: "Módulo de diseño de puentes, tercer curso."},
		},
		Education: []profile.Education{{School: "University of Leeds", Degree: "MEng", Field: "Civil Engineering", Year: 2012}},
	}
}

func TestASecondPostSaidAsWhatItIs(t *testing.T) {
	wantVerdicts(t, lecturingEngineer(), []lineWant{
		// The university is their school too, and bridge design a
		// skill: the teaching post beside the main job is what the line
		// is about.
		{"Teaching bridge design at the University of Leeds alongside your work at Harrow Vale must keep you busy.", true},
		// A post and its employer, as a mail merge fills them in.
		{"As a lecturer at the University of Leeds, you would be a great fit for our client.", false},
		// Their school and a skill, with no post.
		{"A University of Leeds graduate with bridge design skills would be a great fit for our client.", false},
		// A post the profile does not hold.
		{"Sitting on the board of the University of Leeds alongside Harrow Vale must keep you busy.", false},
	})
}

func TestThousandsGroupedWithASpace(t *testing.T) {
	p := &profile.Profile{
		Name: "Claire Vasseur", Headline: "Ébéniste restauratrice", Title: "Restauratrice", Company: "Atelier Vasseur",
		Experience: []profile.Experience{{Title: "Restauratrice", Company: "Atelier Vasseur", Start: "2012", End: "Present",
			Description: "Restauration du bureau à cylindre de Riesener : 1 400 heures de travail, 2 300 pièces de marqueterie reprises."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Les 1 400 heures passées sur le bureau de Riesener, ça force le respect.", true},
		{"Spending 1,400 hours on the Riesener roll-top desk is real dedication.", true},
		{"Resetting 2300 marquetry pieces on the Riesener desk is real dedication.", true},
		// The profile's 2 300 is one number, not a 2 and a 300.
		{"Resetting 300 marquetry pieces on the Riesener desk is real dedication.", false},
	})
}

func TestAVerbOfMotionForTheProfilesVerbOfChange(t *testing.T) {
	p := &profile.Profile{
		Name: "Marisol Reyes", Headline: "Hotel Director at sea", Title: "Hotel Director", Company: "Meridian Cruises",
		Experience: []profile.Experience{{Title: "Hotel Director", Company: "Meridian Cruises", Start: "2019", End: "Present",
			Description: "Hotel Director of the Aurelia Serenade.\n• Guest NPS rose from 41 to 63 across 2022–2023.\n• Food waste that used to go ashore now goes to two biodigesters."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Guest NPS going from 41 to 63 on the Serenade is a number I'd love to talk through with you.", true},
		{"Guest NPS going from 41 to 73 on the Serenade is a number I'd love to talk through with you.", false},
	})
}

func TestALeadVerbThatStartsItsOwnSentence(t *testing.T) {
	// A pasted page, where the sentence before is in the same span.
	p := &profile.Profile{Text: "Dwayne Carter\nFacilities Engineer at Lakeshore Health\nDetroit, Michigan, United States\n\n" +
		"Experience\nPlant Engineer\nHenry Ford Hospital · Full-time\nJan 2011 - Dec 2016 · 6 yrs\nDetroit, Michigan\n" +
		"Maintained medical gas and domestic water systems across the Henry Ford Hospital main campus. Led the 2014 replacement of 400 thermostatic mixing valves after a Legionella scare. Supported the 2015 upgrade of the central chiller plant.\n"}
	wantVerdicts(t, p, []lineWant{
		// "Maintained" is the sentence before: the replacement they led.
		{"Leading the 2014 swap of 400 thermostatic mixing valves at Henry Ford Hospital after the Legionella scare is the kind of thing any hospital facilities director remembers.", true},
		{"Leading the 2015 upgrade of the central chiller plant at Henry Ford is impressive.", false},
	})
}

func TestAColourInWhatAnAwardWasFor(t *testing.T) {
	p := &profile.Profile{
		Name: "Eleni Papadimitriou", Headline: "Numismatist", Title: "Curator of Coins", Company: "Benaki Museum",
		Projects: []profile.Project{{Name: "Abdera", Description: "A die study of the city's silver coinage, published as a book in 2020."}},
		Honors: []string{"Early Career Prize, Royal Numismatic Society, for The Silver Coinage of Abdera, 411–350 BC, 2021",
			"Silver medal, Hellenic Numismatic Society, 2019"},
	}
	wantVerdicts(t, p, []lineWant{
		// The silver is the coinage's, not the prize's.
		{"Congratulations on the Royal Numismatic Society's Early Career Prize for the Abdera book.", true},
		{"Congratulations on winning the Hellenic Numismatic Society's gold medal in 2019!", false},
	})
}

func TestNamedOfTheYearByWhoGaveIt(t *testing.T) {
	p := &profile.Profile{
		Name: "Björn Åkesson", Headline: "Head Greenkeeper", Title: "Head Greenkeeper", Company: "Kullaberg Golf Links",
		Honors: []string{"Greenkeeper of the Year 2021, Svenska Greenkeeperföreningen (SGA)",
			"Course Manager of the Year 2022, Svenska Greenkeeperföreningen (shortlisted)"},
	}
	wantVerdicts(t, p, []lineWant{
		// Who gave it ends what they were named.
		{"Congratulations on being named Greenkeeper of the Year 2021 by the Swedish Greenkeepers Association.", true},
		// Named is won; this one they were shortlisted for.
		{"Congratulations on being named Course Manager of the Year 2022 by the Swedish association.", false},
	})
}

func TestSmallWordsOfFrenchAndPortugueseLines(t *testing.T) {
	fr := &profile.Profile{
		Name: "Hélène Marchand", Headline: "Transcriptrice braille", Title: "Transcriptrice braille", Company: "Braille & Cie",
		Location: "Lyon, Auvergne-Rhône-Alpes, France",
		Experience: []profile.Experience{{Title: "Transcriptrice braille", Company: "Braille & Cie", Start: "2015", End: "Present",
			Description: "Transcription de toute la collection jeunesse de la médiathèque de Lyon : 312 albums en braille intégral."}},
	}
	wantVerdicts(t, fr, []lineWant{
		{"Bonjour Hélène, votre profil de transcriptrice braille basée à Lyon a retenu toute mon attention.", false},
		{"Transcrire 312 albums jeunesse en braille intégral pour la médiathèque de Lyon, quel travail !", true},
	})
	pt := &profile.Profile{
		Name: "Marcos Brandão", Headline: "Zootecnista | Avicultura", Title: "Gerente de produção", Company: "Aves do Sul",
		Skills: []string{"Avicultura", "Produção animal", "Biosseguridade"},
		Experience: []profile.Experience{{Title: "Gerente de produção", Company: "Aves do Sul", Start: "2016", End: "Present",
			Description: "Gestão de 42 aviários em um sistema integrado; reduzi a mortalidade de 4,1% para 2,6% com um novo protocolo de biosseguridade."}},
	}
	wantVerdicts(t, pt, []lineWant{
		{"Com sua experiência em avicultura, produção animal e biosseguridade, você seria um ótimo nome para a vaga.", false},
		{"Reduzir a mortalidade de 4,1% para 2,6% em 42 aviários é um resultado e tanto.", true},
	})
}

func TestAnInterestSaidInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Marcos Brandão", Headline: "Zootecnista | Avicultura de postura", Title: "Gerente de produção", Company: "Granja Boa Vista",
		About: "Dirijo a produção de 1,2 milhão de poedeiras em gaiolas enriquecidas. Próximo desafio que me interessa: a transição para produção de ovos cage-free.",
		Experience: []profile.Experience{{Title: "Gerente de produção", Company: "Granja Boa Vista", Start: "2016", End: "Present",
			Description: "Reduzi a mortalidade das aves de 6,8% para 4,9% com um novo programa de ventilação."}},
	}
	wantVerdicts(t, p, []lineWant{
		// What interests them next is not what they did.
		{"Your cage-free layer transition experience is exactly what our client needs right now.", false},
		{"Cutting hen mortality from 6.8% to 4.9% with a new ventilation programme is exactly what our client needs.", true},
	})
}

func TestWhatAWinEarnedYou(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucía Fernández", Headline: "Figurinista", Title: "Figurinista", Company: "Freelance",
		Experience: []profile.Experience{{Title: "Figurinista", Company: "Freelance", Start: "2012", End: "Present",
			Description: "Vestuario de Fuenteovejuna en el Teatro Real (2022), 64 trajes de época."}},
		Honors: []string{"Premio Max al mejor diseño de vestuario 2023 por Fuenteovejuna (finalista)"},
	}
	wantVerdicts(t, p, []lineWant{
		// "won you X": X is what they won, and they were a finalist.
		{"Your Fuenteovejuna costumes at the Teatro Real won you the Premio Max, well deserved.", false},
		{"Your 64 period costumes for Fuenteovejuna at the Teatro Real are a marvel.", true},
	})
}

func TestADutchLineIsNotFrench(t *testing.T) {
	p := &profile.Profile{
		Name: "Sanne van den Heuvel", Headline: "Informatiebeheerder", Title: "Teamleider informatiebeheer", Company: "Gemeente Utrecht",
		Experience: []profile.Experience{
			{Title: "Teamleider informatiebeheer", Company: "Gemeente Utrecht", Start: "2017", End: "Present",
				Description: "Leid een team van 17 informatiebeheerders."},
			{Title: "Docent archivistiek", Company: "Hogeschool van Amsterdam (HvA)", Start: "2020", End: "Present",
				Description: "Geef de module archivistiek in het tweede jaar."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "je" and "de" are French words too; the line is Dutch, and its
		// first word is capitalised as every first word is.
		{"Mooi dat je naast je werk bij de gemeente ook nog les geeft in archivistiek aan de HvA.", true},
		{"Knap dat je naast je werk bij de gemeente ook nog les geeft in Zwolle.", false},
	})
}

func TestACountryNamedInItsOwnLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Katarzyna Wróblewska", Headline: "Trenerka szabli", Title: "Trenerka szabli", Company: "KS Wawel Kraków",
		Location: "Kraków, Województwo małopolskie, Polska",
		Experience: []profile.Experience{{Title: "Trenerka szabli", Company: "KS Wawel Kraków", Start: "2015", End: "Present",
			Description: "Prowadzę grupę 40 zawodników szabli. Moi zawodnicy zdobyli 14 medali Mistrzostw Polski juniorów."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Polish" is Poland's, which the profile calls Polska.
		{"Fourteen Polish junior championship medals from your Wawel sabre group is a result any club director would envy.", true},
		{"Fourteen Czech junior championship medals from your Wawel sabre group is a result any club director would envy.", false},
	})
}

func TestHowAnAwardWasJudged(t *testing.T) {
	p := &profile.Profile{
		Name: "Jack Holloway", Headline: "Wool Classer", Title: "Head Classer", Company: "Holloway Shearing",
		Honors: []string{"AWEX Wool Classer of the Year (NSW), Australian Wool Exchange, 2021: state award for clip preparation, judged on bale inspection results",
			"Judge, Sydney Royal Fleece Competition, 2023"},
	}
	wantVerdicts(t, p, []lineWant{
		// "judged on" is how the award was decided, not a seat on its jury.
		{"Saw you were named AWEX Wool Classer of the Year for NSW in 2021, congratulations!", true},
		{"Congratulations on winning the Sydney Royal Fleece Competition in 2023!", false},
	})
}

func TestAnAdverbOpeningASpanishLine(t *testing.T) {
	p := &profile.Profile{
		Name: "Martín Echeverría", Headline: "Clasificador de lanas", Title: "Jefe de clasificación", Company: "Central Lanera Uruguaya",
		Experience: []profile.Experience{
			{Title: "Jefe de clasificación", Company: "Central Lanera Uruguaya", Start: "2014", End: "Present",
				Description: "Auditoría de 2.600 fardos al año para exportación."},
			{Title: "Docente", Company: "Facultad de Agronomía", Start: "2019", End: "Present",
				Description: "Módulo de clasificación del curso de Lanas y Fibras."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "Además" opens the sentence; it names nothing.
		{"Además de la Central Lanera, das el módulo de clasificación del curso de Lanas y Fibras: nos interesa mucho.", true},
		{"Además de la Central Lanera, das el módulo de clasificación en Salto: nos interesa mucho.", false},
	})
}

func TestAThesisInTheProfilesLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Rafael Brandão", Headline: "Médico veterinário | Avicultura", Title: "Gerente técnico", Company: "Aurora Alimentos",
		Experience: []profile.Experience{{Title: "Gerente técnico", Company: "Aurora Alimentos", Start: "2017", End: "Present",
			Description: "Bem-estar e sanidade de 40 granjas integradas."}},
		Education: []profile.Education{
			{School: "Universidade do Estado de Santa Catarina (UDESC)", Degree: "Mestrado",
				Field: "Dissertação: Cama reutilizada e incidência de pododermatite em frangos de corte", Year: 2016},
			{School: "Universidade Federal de Santa Catarina (UFSC)", Degree: "Bacharelado", Field: "Zootecnia", Year: 2009},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// The thesis, told in English, at the school it was written at.
		{"Your master's dissertation at UDESC on reused litter and footpad dermatitis in broilers is directly relevant to our client.", true},
		// Their other school wrote no thesis.
		{"Your dissertation at UFSC on reused litter and footpad dermatitis in broilers is directly relevant to our client.", false},
		{"A UDESC master's graduate would be directly relevant to our client's welfare audits.", false},
	})
}

func TestAQuestionTaggedOnAStatement(t *testing.T) {
	p := &profile.Profile{
		Name: "Ingrid Lindqvist", Headline: "Trademark Attorney", Title: "Partner", Company: "Bergström & Holm",
		Experience: []profile.Experience{{Title: "Partner", Company: "Bergström & Holm", Start: "2016", End: "Present",
			Description: "The Board of Appeal confirmed our opposition win for Norrleden against NORLEDGE in 2021."}},
		Projects: []profile.Project{{Name: "Varumärkesguide för startups", Description: "A free trademark guide for Swedish startups, downloaded 6,000 times."}},
	}
	wantVerdicts(t, p, []lineWant{
		// The statement before the comma is a claim; only "how is it
		// going" asks.
		{"You founded Norrleden on the side, how is it going these days?", false},
		// Nothing named, and nothing founded on the profile.
		{"I saw you founded a startup on the side, how is it going?", false},
		{"You won the Norrleden opposition against NORLEDGE in 2021, how did the client take it?", true},
	})
}

func TestFoundingNothingNamed(t *testing.T) {
	p := &profile.Profile{
		Name: "Ola Nordmann", Headline: "Product lead", Title: "Co-founder", Company: "Fjordly",
		Experience: []profile.Experience{{Title: "Co-founder", Company: "Fjordly", Start: "2020", End: "Present",
			Description: "Built the booking app used by 140 ferry operators."}},
	}
	wantVerdicts(t, p, []lineWant{
		// They did found something: what is left unnamed is not refused.
		{"Founding a startup that 140 ferry operators book through is no small thing.", true},
	})
}

func TestACountryInSomeoneElsesPost(t *testing.T) {
	p := &profile.Profile{
		Name: "Haruto Sato", Headline: "Mill manager", Title: "Mill Manager", Company: "Usui Mills",
		Experience: []profile.Experience{{Title: "Mill Manager", Company: "Usui Mills", Start: "2015", End: "Present",
			Description: "Raised domestic cocoon intake for our silk reeling line from 18 to 26 tonnes a year."}},
		Activity: []profile.Activity{{Kind: profile.ActivityRepost, Of: "Kenta Mori",
			Text: "We just launched Japan's first denim woven from 100% Gunma-grown silk."}},
	}
	wantVerdicts(t, p, []lineWant{
		// "Japanese" names a country; it credits them with no one's post.
		{"Raising your mill's domestic cocoon intake from 18 to 26 tonnes a year is a big step for Japanese silk.", true},
		{"Launching the first denim woven from Gunma-grown silk was a bold move.", false},
	})
}
