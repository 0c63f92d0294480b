package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestEventObjectKeepsItsName: what a line says they were named is not
// cut inside a long name; a finalist the profile gives is what it says, a
// winner is not.
func TestEventObjectKeepsItsName(t *testing.T) {
	p := &profile.Profile{
		Name: "Ruth Askew", Title: "Project Officer", Company: "Furness Chapels Trust",
		About: "I look after eleven chapels in Furness. In 2022 St Bega's chapel was named a finalist in the Venue Excellence category of the Cumbria Civic Trust Heritage Awards.",
		Experience: []profile.Experience{{Title: "Project Officer", Company: "Furness Chapels Trust", Start: "2018",
			Description: "Led the repair of St Bega's chapel roof, reopened in 2022."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on St Bega's being named a Venue Excellence finalist at the Cumbria Civic Trust Heritage Awards.", true},
		{"Congrats on St Bega's being named the Venue Excellence winner at the Cumbria Civic Trust Heritage Awards.", false},
	})
}

// TestCountedNounAfterAListOfKinds: "three thousand oak, ash and walnut
// handles" counts handles, so "3,000 handles" is the profile's figure; a
// figure the profile gives for other things still is not.
func TestCountedNounAfterAListOfKinds(t *testing.T) {
	p := &profile.Profile{
		Name: "Alasdair Munro", Title: "Woodturner", Company: "Munro Turning",
		Experience: []profile.Experience{{Title: "Owner", Company: "Munro Turning", Start: "2012",
			Description: "Hand-turn around three thousand oak, ash and walnut handles a year for chisel makers. Supplied 300 boxwood handles to the Wood Show in 2023. Turned 40 burr elm bowls since 2015."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Turning around 3,000 handles a year by hand is remarkable.", true},
		{"Turning around 3,000 bowls by hand is remarkable.", false},
	})
}

// TestSpacedDashEndsAName: a dash with spaces around it ends a name, so a
// typo inside the name is judged on the name alone ("Comunity") and the
// figure after the dash as a figure.
func TestSpacedDashEndsAName(t *testing.T) {
	p := &profile.Profile{
		Name: "Dele Adeyemi", Title: "Coordinator", Company: "Levenshulme Community Solar",
		Experience: []profile.Experience{{Title: "Coordinator", Company: "Levenshulme Community Solar", Start: "2017",
			Description: "Put panels on 35 terraced houses and 2 primary schools."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Levenshulme Comunity Solar - 35 terraced houses and 2 primary schools - is great work.", true},
		{"Levenshulme Comunity Solar - 90 terraced houses and 2 primary schools - is great work.", false},
	})
}

// TestSmallWordInATitleCaseName: a function word capitalised inside a
// sentence joins the words of a name around it ("Engineers Without
// Borders"), which is judged whole: the English for the profile's name
// in its own language beside what the line refers to.
func TestSmallWordInATitleCaseName(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomás Herrera", Headline: "Ingeniero hidráulico", Location: "Valencia, España",
		Experience:   []profile.Experience{{Title: "Ingeniero de proyectos", Company: "Aguas del Turia", Start: "2018", Description: "Diseño de redes de riego."}},
		Volunteering: []string{"Voluntario, Ingenieros Sin Fronteras: diseñé 12 bombas de agua manuales para aldeas en Chiquimula (Guatemala) en 2019."},
	}
	wantVerdicts(t, p, []lineWant{
		{"Designing 12 hand water pumps in Chiquimula with Engineers Without Borders is great work.", true},
		{"Designing 40 hand water pumps in Chiquimula with Engineers Without Borders is great work.", false},
	})
}

// TestVerbBeforeItsSubject: in a language that puts the verb before its
// subject after a fronted phrase ("Naast je werk bij A geef je les op
// B"), the verb after a name is no noun that name qualifies, so the name
// and what the verb finds are two facts; a school not on the profile is
// still refused.
func TestVerbBeforeItsSubject(t *testing.T) {
	p := &profile.Profile{
		Name: "Sanne de Wit", Headline: "Wondverpleegkundige", Location: "Zwolle",
		Experience: []profile.Experience{
			{Title: "Wondverpleegkundige", Company: "Isala Zwolle", Start: "2015", Description: "Wondpoli voor 1.200 patiënten per jaar."},
			{Title: "Docent (parttime)", Company: "Hogeschool Viaa", Start: "2019", Description: "Ik geef de minor Wondzorg voor derdejaars verpleegkunde."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Naast je werk bij Isala geef je ook de minor Wondzorg op Viaa — mooie combinatie.", true},
		{"Naast je werk bij Isala geef je ook de minor Wondzorg op Saxion — mooie combinatie.", false},
	})
}

// TestFromToAsTheProfileSaysElsewhere: a "from A to B" the profile has as
// the line says it (a title, "From Paddock to Plate") is not refused for
// another "from A to C" it also has; one that no part of it ends so
// still is.
func TestFromToAsTheProfileSaysElsewhere(t *testing.T) {
	p := &profile.Profile{
		Name: "Bronwen Price", Title: "Adviser", Company: "Small Abattoirs Wales",
		Publications: []profile.Publication{{Title: "From Paddock to Plate: A Guide for Small Abattoirs", Publisher: "Meat Trades Journal", Year: 2021}},
		About:        "I took one farmers' co-op from a muddy paddock to an FSA licence in ten months.",
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Meat Trades Journal guide, 'From Paddock to Plate', has already done the rounds of our client's board.", true},
		{"Your Meat Trades Journal guide, 'From Paddock to Market', has already done the rounds of our client's board.", false},
	})
}

// TestGradeOfAMedal: a medal given in grades (an order's "Silver") was
// given, so a line may congratulate them on the medal by its name; one
// that says a higher grade, or a first place, is still refused.
func TestGradeOfAMedal(t *testing.T) {
	p := &profile.Profile{
		Name: "Winston Baptiste", Title: "Pan Tuner", Company: "Baptiste Pans",
		Honors: []string{"Chaconia Medal (Silver), Government of Trinidad and Tobago, 2019: for services to music education"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on the Chaconia Medal for your services to music education!", true},
		{"Congratulations on the gold Chaconia Medal for your services to music education!", false},
	})
}

// TestTeachingSkillsIsNoPost: "teaching skills" praises a skill, as a
// mail merge does, and names no teaching post beside the main job; a line
// that names the post's work still refers to it.
func TestTeachingSkillsIsNoPost(t *testing.T) {
	page := "Ines Carvell\nChoir director | Vocal coach\nManchester, England, United Kingdom\n\nAbout\nI have directed choirs since 2008.\n\n" +
		"Experience\nDirector\nManchester Chamber Choir · Full-time\nJan 2012 - Present · 12 yrs\nManchester\n\n" +
		"Part-time Lecturer\nRoyal Northern College of Music · Part-time\nSep 2016 - Present · 8 yrs\nChoral conducting and vocal technique, 40 students a year.\n\n" +
		"Skills\nChoral conducting\nVocal technique\n"
	wantVerdicts(t, pageProfile(t, page), []lineWant{
		{"Your choral conducting and vocal technique teaching skills are clearly top-notch.", false},
		{"Teaching choral conducting to 40 students a year at the Royal Northern College of Music is impressive.", true},
	})
}

// TestRunnerUpInOtherLanguages: a runner-up in Spanish, Portuguese,
// Italian, German or Polish ("Subcampeón", "vice-campeã", "Vizemeister")
// is an outcome short of a win, so a line that calls them champion is
// refused and one that says runner-up is not.
func TestRunnerUpInOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Joaquín Ferreyra", Title: "Profesor de ajedrez", Company: "Club Argentino de Ajedrez",
		Honors: []string{"Subcampeón, Campeonato Provincial de Ajedrez de Córdoba, 2019"},
	}
	wantVerdicts(t, p, []lineWant{
		{"¡Felicitaciones por ser campeón provincial de ajedrez en Córdoba en 2019!", false},
		{"¡Felicitaciones por el subcampeonato provincial de ajedrez en Córdoba en 2019!", true},
	})
	q := &profile.Profile{
		Name: "Mariana Lopes", Title: "Treinadora", Company: "Clube de Xadrez do Porto",
		Honors: []string{"Vice-campeã, Campeonato Nacional de Xadrez Rápido, 2021"},
	}
	wantVerdicts(t, q, []lineWant{
		{"Parabéns por ser campeã do Campeonato Nacional de Xadrez Rápido em 2021!", false},
		{"Parabéns pelo vice-campeonato no Campeonato Nacional de Xadrez Rápido em 2021!", true},
	})
}

// TestChampionSaysFirst: a champion ("championne", "campeón", "kampioen")
// is a first place, so congratulations on the title where the award's
// place is lower are refused, and on the place it gives are not.
func TestChampionSaysFirst(t *testing.T) {
	p := &profile.Profile{
		Name: "Camille Perrot", Title: "Monitrice de canoë-kayak", Company: "CK Mâcon",
		Honors: []string{"Championnat de France de slalom, catégorie K1 dames : 3e place (2021)"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Bravo pour votre titre de championne de France de slalom K1 dames !", false},
		{"Bravo pour votre 3e place au Championnat de France de slalom K1 dames en 2021 !", true},
	})
}

// TestOneWordBesideAnotherAccount: a reference of one word of their own
// ("reduziu") that a recommendation they wrote tells with three words of
// substance their part of the page lacks follows the colleague's account
// and credits them with it; a line about their own work does not.
func TestOneWordBesideAnotherAccount(t *testing.T) {
	page := "Tiago Lima\nCoordenador de frota na AgroCéu | Pulverização com drones\nLondrina, Paraná, Brasil\n\n" +
		"Sobre\nOpero drones de pulverização para fazendas.\n\n" +
		"Experiência\nCoordenador de frota\nAgroCéu · Tempo integral\nmar. 2019 - o momento · 5 anos\n" +
		"Coordeno 14 drones e 9 pilotos no Paraná. Implantei um protocolo de calibração que reduziu a deriva de 12% para 4%.\n\n" +
		"Recomendações\nRecebidas\nDadas\n" +
		"Pedro Rocha · 2º\nEngenheiro de software na AgroCéu\n2 de maio de 2023, Tiago trabalhou com Pedro na mesma equipe\n" +
		"O Pedro escreveu o aplicativo de mapas que reduziu pela metade o tempo de abastecimento de caldas no campo. Recomendo sem reservas.\n"
	wantVerdicts(t, pageProfile(t, page), []lineWant{
		{"Vi que você escreveu o aplicativo de mapas que reduziu pela metade o tempo de abastecimento de caldas.", false},
		{"Seu protocolo de calibração que reduziu a deriva de 12% para 4% é excelente.", true},
	})
}

// TestGermanQuotesClose: „…“ is a German quotation, closed by its “, so
// what follows it is outside the quote and read as the rest of the line
// is: "bei Nomos" and "unserer Mandantin" after the title are not one
// claim bound inside it.
func TestGermanQuotesClose(t *testing.T) {
	page := "Katrin Albers\nRechtsanwältin für Familienrecht | Unterhalt\nCelle, Niedersachsen, Deutschland\n\n" +
		"Info\nIch vertrete seit 2012 Menschen in Unterhalts- und Betreuungssachen.\n\n" +
		"Aktivitäten\nKatrin Albers • Sie\n3 Wo. •\nHeute vor dem LG Celle: Die Unterbringung meiner Mandantin wurde aufgehoben.\n\n" +
		"Im Fokus\nLink\nDas neue Unterhaltsrecht 2022 – Ein Praxisleitfaden\nnomos-shop.de\n\n" +
		"Berufserfahrung\nRechtsanwältin\nAlbers Familienrecht · Selbstständig\nJan. 2012 – Heute · 12 Jahre\nVertretung in Unterhaltssachen.\n\n" +
		"Publikationen\nDas neue Unterhaltsrecht 2022 – Ein Praxisleitfaden\nNomos · 2022\nPublikation anzeigen\n"
	wantVerdicts(t, pageProfile(t, page), []lineWant{
		{"Ihr Praxisleitfaden „Das neue Unterhaltsrecht 2022“ bei Nomos liegt bei unserer Mandantin auf dem Schreibtisch.", true},
		{"Ihr Praxisleitfaden „Das neue Unterhaltsrecht 2019“ bei Nomos liegt bei unserer Mandantin auf dem Schreibtisch.", false},
	})
}

// TestPlanToldAsWhatComesNext: "Next: opening a Dallas branch in 2025"
// tells a plan, as "plan to" does: a line that congratulates them on it
// credits them with what they have not done; their work still counts.
func TestPlanToldAsWhatComesNext(t *testing.T) {
	p := &profile.Profile{
		Name: "Marcus Bell", Title: "Owner", Company: "Bell Restoration",
		About: "Since 2015 my crews have handled 3,800 water damage jobs across Harris County. Next: opening a Dallas branch in 2025.",
		Experience: []profile.Experience{{Title: "Owner", Company: "Bell Restoration", Start: "2015",
			Description: "3,800 water damage jobs across Harris County."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on opening your Dallas branch!", false},
		{"Handling 3,800 water damage jobs across Harris County is a serious track record.", true},
	})
}

// TestPlaceAcross: "across" puts a thing in a place as "in" does, on the
// line and on the profile, so "27 secondary schools across Tobago" where
// the profile has them across Caroni is refused, and across Caroni is
// not.
func TestPlaceAcross(t *testing.T) {
	p := &profile.Profile{
		Name: "Keron Alleyne", Title: "Pan Tuner", Company: "Alleyne Steelpan Works", Location: "San Juan, Trinidad and Tobago",
		Experience: []profile.Experience{{Title: "Pan Tuner", Company: "Alleyne Steelpan Works", Start: "2010",
			Description: "Retuned instruments for the Pan in Schools programme in 31 secondary schools across Caroni and St. George East."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Retuning instruments in 31 secondary schools across Tobago is impressive.", false},
		{"Retuning instruments in 31 secondary schools across Caroni is impressive.", true},
	})
}

// TestCJKScaleAfterASpace: "約 80 萬個" is 0.8 million as "80萬個" is,
// the scale read across the space after the number; another figure is
// still not the profile's.
func TestCJKScaleAfterASpace(t *testing.T) {
	p := &profile.Profile{
		Name: "陳 怡君", Title: "專案經理", Company: "綠市集",
		Projects: []profile.Project{{Name: "市場減塑計畫 Plastic-free Market", Description: "2021年推動自備購物袋，一年減少約 80 萬個塑膠袋。"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Plastic-free Market scheme, cutting about 0.8 million plastic bags a year, really stood out.", true},
		{"Your Plastic-free Market scheme, cutting about 3 million plastic bags a year, really stood out.", false},
	})
}

// TestCJKScaledCount: "80萬個" is a count of 800,000, its scale in the
// number's value, so a line's "800,000" is the profile's figure.
func TestCJKScaledCount(t *testing.T) {
	p := &profile.Profile{
		Name: "陳 怡君", Title: "專案經理", Company: "綠市集",
		Projects: []profile.Project{{Name: "市場減塑計畫 Plastic-free Market", Description: "2021年推動自備購物袋，一年減少約80萬個塑膠袋。"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Plastic-free Market scheme, cutting about 800,000 plastic bags a year, really stood out.", true},
		{"Your Plastic-free Market scheme, cutting about 900,000 plastic bags a year, really stood out.", false},
	})
}
