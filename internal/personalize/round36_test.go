package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestCommitteeSeatBesideTheMainJob: a seat on a committee or a board
// held beside the main job, whose employer the profile names in its own
// language ("Türkiye Okçuluk Federasyonu", a chamber that is also their
// school), is referred to by its kind and its employer in English, as a
// teaching post is; a kind of post the entry does not say is still only
// their school or employer.
func TestCommitteeSeatBesideTheMainJob(t *testing.T) {
	p := &profile.Profile{
		Name: "Henrike Vosskamp", Headline: "Werkstattleiterin | Orgelbau", Title: "Werkstattleiterin", Company: "Orgelbau Kessler GmbH",
		Experience: []profile.Experience{
			{Title: "Werkstattleiterin", Company: "Orgelbau Kessler GmbH", Start: "2016", End: "heute",
				Description: "Leitung der Werkstatt mit elf Orgelbauern; Restaurierung der Stumm-Orgel in Rhaunen."},
			{Title: "Mitglied des Prüfungsausschusses", Company: "Handwerkskammer Düsseldorf", Start: "2019", End: "heute",
				Description: "Gesellenprüfungen im Orgel- und Harmoniumbau."},
		},
		Education: []profile.Education{{School: "Handwerkskammer Düsseldorf", Degree: "Meisterin", Field: "Orgelbau", Year: 2015}},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Sitting on the examination committee of the Handwerkskammer Düsseldorf alongside running the Kessler workshop must keep you busy.", true},
		{"Sitting on the Düsseldorf Chamber of Crafts examination board on top of running a workshop is a lot.", true},
		{"Teaching at the Handwerkskammer Düsseldorf alongside running the Kessler workshop must keep you busy.", false},
		{"As a Handwerkskammer Düsseldorf Meisterin you'd suit our client.", false},
	})

	q := &profile.Profile{
		Name: "Elif Karabulut", Headline: "Okçuluk antrenörü", Title: "Kurucu", Company: "Hedef Okçuluk Kulübü",
		Experience: []profile.Experience{
			{Title: "Kurucu", Company: "Hedef Okçuluk Kulübü", Start: "2017", End: "present",
				Description: "Kulüp 140 lisanslı sporcuya ulaştı; 2023'te iki milli takım sporcusu yetiştirdi."},
			{Title: "Disiplin Kurulu Üyesi", Company: "Türkiye Okçuluk Federasyonu", Start: "2021", End: "present",
				Description: "Sporcu ve antrenör disiplin dosyalarının incelenmesi."},
		},
	}
	checkCases(t, q, []struct {
		line string
		ok   bool
	}{
		{"Alongside running Hedef you sit on the Turkish Archery Federation's disciplinary committee, which is rare.", true},
		{"Alongside running Hedef you also teach for the Turkish Archery Federation, which is rare.", false},
	})
}

// TestBoardSeatInVolunteering: a seat on a board or a committee listed
// under volunteering, whose organisation is also their school, is
// referred to by its kind and its organisation, as a post beside the
// main job is; another kind of post is not.
func TestBoardSeatInVolunteering(t *testing.T) {
	p := &profile.Profile{
		Name: "Corentin Maheux", Headline: "Topographe souterrain | Bureau d'études Karst & Co", Title: "Topographe", Company: "Karst & Co",
		Experience: []profile.Experience{
			{Title: "Topographe", Company: "Karst & Co", Start: "2018", End: "aujourd'hui",
				Description: "Relevés 3D de 42 km de galeries dans le Vercors pour les études d'impact hydrogéologiques."},
		},
		Education:    []profile.Education{{School: "École nationale des sciences géographiques", Degree: "Ingénieur", Field: "Géomatique", Year: 2017}},
		Volunteering: []string{"Membre du comité d'examen, École nationale des sciences géographiques: jury des projets de fin d'études"},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Sitting on the examination committee at the École nationale des sciences géographiques while surveying for Karst & Co is a lot.", true},
		{"Teaching at the École nationale des sciences géographiques while surveying for Karst & Co is a lot.", false},
	})
}

// TestPoliteYouOfMoreLanguages: the polite "you" and "your" that
// Indonesian, Malay, Russian, Ukrainian, Turkish, the South Slavic
// languages, Finnish and Estonian capitalise inside a sentence ("yang
// Anda dirikan", "Ваш проект") is no name the profile lacks.
func TestPoliteYouOfMoreLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Ratna Sihombing", Headline: "Marine biologist", Title: "Field Coordinator", Company: "Segara Lestari Foundation",
		Experience: []profile.Experience{
			{Title: "Field Coordinator", Company: "Segara Lestari Foundation", Start: "2019", End: "Present",
				Description: "Set up the Tulamben reef nursery: 2,400 coral fragments replanted since 2021."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Saya kagum dengan pembibitan karang Tulamben yang Anda bangun, 2.400 fragmen karang.", true},
		{"Питомник кораллов Tulamben, который Вы создали, с 2 400 фрагментами впечатляет.", true},
		{"Tulamben mercan fidanlığında Sizin diktiğiniz 2.400 parça çok etkileyici.", true},
		{"Saya kagum dengan pembibitan karang Tulamben yang Anda bangun di Lombok.", false},
	})
}

// TestPresidencyAndTeachingVerbs: chairing or presiding over an
// organisation is a seat on its board, and "leciona", "enseña",
// "insegna", "unterrichtet" say teaching, as "teaches" does.
func TestPresidencyAndTeachingVerbs(t *testing.T) {
	p := &profile.Profile{
		Name: "Tilen Zupančič", Headline: "Karst hydrogeologist", Title: "Researcher", Company: "Karst Research Institute ZRC SAZU",
		Experience: []profile.Experience{
			{Title: "Researcher", Company: "Karst Research Institute ZRC SAZU", Start: "2014", End: "Present",
				Description: "Dye tracing of the Ljubljanica springs; 31 tracer tests since 2016."},
			{Title: "Predsednik", Company: "Jamarska zveza Slovenije", Start: "2021", End: "Present"},
			{Title: "Docent", Company: "Univerza v Novi Gorici", Start: "2019", End: "Present",
				Description: "Predmet Kraška hidrogeologija za magistrske študente."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Alongside your research you're president of the Speleological Association of Slovenia, which says a lot.", true},
		{"Alongside your research you chair the Speleological Association of Slovenia, which says a lot.", true},
		{"Alongside your research you teach for the Speleological Association of Slovenia, which says a lot.", false},
		{"Além da pesquisa, o senhor ainda leciona na Univerza v Novi Gorici, o que chamou minha atenção.", true},
	})
}

// TestInitialismSpelledOutInLowerCase: the Romance languages capitalise
// only the first word of an institution's name ("Istituto nazionale di
// fisica nucleare", "l'Institut technologique européen des métiers de la
// musique"): spelled out so, it is the initialism the profile gives
// ("INFN", "ITEMM"), not a name it lacks; an initialism the profile does
// not give is still one.
func TestInitialismSpelledOutInLowerCase(t *testing.T) {
	p := &profile.Profile{
		Name: "Chiara Benvenuti", Headline: "Detector physicist", Title: "Ricercatrice", Company: "INFN",
		Experience: []profile.Experience{
			{Title: "Ricercatrice", Company: "INFN", Start: "2017", End: "Present",
				Description: "Built the silicon tracker readout for the ePIC detector; 96% channel yield."},
			{Title: "Chargée d'enseignement", Company: "ITEMM", Start: "2022", End: "Present",
				Description: "Module d'acoustique des instruments à vent."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Your silicon tracker readout for ePIC at the Istituto nazionale di fisica nucleare, with a 96% channel yield, stands out.", true},
		{"Vous enseignez aussi l'acoustique des instruments à vent à l'Institut technologique européen des métiers de la musique : c'est rare.", true},
		{"Your silicon tracker readout for ePIC at the Istituto nazionale di astrofisica, with a 96% channel yield, stands out.", false},
	})
}

// TestTeachingTitlesOfOtherLanguages: "Chargée de cours", "Formatrice",
// "Intervenante", "Adjunkt", "Lehtori" are teaching posts: one held
// beside the main job at the school they studied at is referred to by
// teaching there, not only by naming the school.
func TestTeachingTitlesOfOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Solène Vidalenc", Headline: "Responsable R&D | Teintures végétales", Title: "Responsable R&D", Company: "Garance Couleurs",
		Experience: []profile.Experience{
			{Title: "Responsable R&D", Company: "Garance Couleurs", Start: "2019", End: "aujourd'hui",
				Description: "Extraction de la garance à l'échelle pilote : 3 tonnes de racines par an."},
			{Title: "Chargée de cours", Company: "Université Toulouse III - Paul Sabatier", Start: "2021", End: "aujourd'hui",
				Description: "Chimie des colorants naturels, Master 1."},
			{Title: "Formatrice", Company: "Institut national des métiers d'art", Start: "2022", End: "aujourd'hui"},
		},
		Education: []profile.Education{
			{School: "Université Toulouse III - Paul Sabatier", Degree: "Master", Field: "Chimie", Year: 2016},
			{School: "Institut national des métiers d'art", Degree: "Certificat", Field: "Teinture", Year: 2018},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Alongside R&D at Garance you still teach at Paul Sabatier, which our client's founder would love.", true},
		{"Teaching dyeing at the Institut national des métiers d'art alongside Garance must keep you busy.", true},
		{"With a master's from Paul Sabatier you would suit our client's founder.", false},
		{"Sitting on the board of the Institut national des métiers d'art alongside Garance must keep you busy.", false},
		{"Su experiencia como formadora en el Institut national des métiers d'art es justo lo que buscamos.", false},
	})
}

// TestThesisAtASchoolNamedInShortAndInEnglish: a thesis the page gives
// under a school named in its own language is referred to by the school
// named in English and in short ("TU Munich" for "Technische Universität
// München"), not only by its full name; a school the page does not name
// is not.
func TestThesisAtASchoolNamedInShortAndInEnglish(t *testing.T) {
	page := "Annika Brandl\nLeiterin Entwicklung bei Kessler Walzentechnik GmbH\nAugsburg, Bayern, Deutschland\n\n" +
		"Berufserfahrung\nLeiterin Entwicklung\nKessler Walzentechnik GmbH · Vollzeit\nApr. 2019 – Heute · 5 Jahre 9 Monate\n" +
		"Neue Kühlwalzen für Folienlinien; Ausschuss um 12 % gesenkt.\n\n" +
		"Ausbildung\nTechnische Universität München\nMaster of Science – MS, Maschinenwesen\n2013 – 2018\n" +
		"Masterarbeit: „Temperaturverteilung in gekühlten Kalanderwalzen“\n"
	p := profile.ParsePaste(page)
	checkCases(t, &p, []struct {
		line string
		ok   bool
	}{
		{"Your TU Munich master's thesis on temperature distribution in cooled calender rolls is close to our client's work.", true},
		{"Your TU Berlin master's thesis on temperature distribution in cooled calender rolls is close to our client's work.", false},
	})
}

// TestThesisAtASchoolNamedByItsInitials: a thesis a project tells, with
// the school by its initials ("(İTÜ, 2016)"), is at that school, and a
// line naming the school by those initials, with or without the
// letters' marks ("ITU"), refers to it; other initials do not.
func TestThesisAtASchoolNamedByItsInitials(t *testing.T) {
	p := &profile.Profile{
		Name: "Deniz Aksoy", Headline: "Ar-Ge Müdürü | Boya kimyası", Title: "Ar-Ge Müdürü", Company: "Marmara Boya",
		Experience: []profile.Experience{
			{Title: "Ar-Ge Müdürü", Company: "Marmara Boya", Start: "2018", End: "present",
				Description: "Su bazlı iç cephe boyalarında VOC oranını %40 azalttık."},
		},
		Education: []profile.Education{{School: "İstanbul Teknik Üniversitesi", Degree: "Yüksek Lisans", Field: "Polimer Bilimi", Year: 2016}},
		Projects: []profile.Project{{Name: "Yüksek lisans tezi",
			Description: "Akrilik emülsiyon boyalarda koalesan ajan miktarının azaltılması (İTÜ, 2016)."}},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Your ITU master's thesis on reducing coalescing agents in acrylic emulsion paints is very relevant to us.", true},
		{"Your İTÜ master's thesis on reducing coalescing agents in acrylic emulsion paints is very relevant to us.", true},
		{"Your METU master's thesis on reducing coalescing agents in acrylic emulsion paints is very relevant to us.", false},
	})
}

// TestEmployerInAPhraseIsNoQuotation: a line that repeats, small words
// and all, a stretch of a project that holds only their current
// employer's name ("at the Hospital for Sick Children, with") quotes no words
// of theirs: it is their post and employer, as a mail merge writes them.
func TestEmployerInAPhraseIsNoQuotation(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Raman", Headline: "Therapeutic radiographer", Title: "Senior Therapeutic Radiographer", Company: "The Hospital for Sick Children",
		Experience: []profile.Experience{
			{Title: "Senior Therapeutic Radiographer", Company: "The Hospital for Sick Children", Start: "2018", End: "Present",
				Description: "Treatment planning for head and neck cancers."},
		},
		Education: []profile.Education{{School: "King's College London", Degree: "MSc", Field: "Radiotherapy", Year: 2017}},
		Projects: []profile.Project{{Name: "Surface-guided radiotherapy pilot",
			Description: "Surface-guided setup for 120 breast patients at the Hospital for Sick Children, with a 40% cut in setup time."}},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"As a senior radiographer at the Hospital for Sick Children with an MSc from King's, you'd be a great fit.", false},
		{"Cutting setup time by 40% for 120 breast patients with surface guidance is a great result.", true},
	})
}

// TestPostBesideTheMainJobNamedByItsAdjective: the employer of a post
// beside the main job, named in English by the adjective its own name
// declines ("the Jagiellonian" for "Uniwersytet Jagielloński", also their
// school), is named: teaching there refers to the post; teaching at a
// school the profile lacks does not.
func TestPostBesideTheMainJobNamedByItsAdjective(t *testing.T) {
	p := &profile.Profile{
		Name: "Barbara Kędzierska", Headline: "Notariusz w Krakowie", Title: "Notariusz", Company: "Kancelaria Notarialna Barbara Kędzierska",
		Experience: []profile.Experience{
			{Title: "Notariusz", Company: "Kancelaria Notarialna Barbara Kędzierska", Start: "2015", End: "obecnie",
				Description: "Akty notarialne dla deweloperów; 60 aktów założycielskich fundacji rodzinnych od 2023 r."},
			{Title: "Wykładowczyni", Company: "Uniwersytet Jagielloński", Start: "2019", End: "obecnie",
				Description: "Ćwiczenia z prawa notarialnego dla studentów IV roku prawa."},
		},
		Education: []profile.Education{{School: "Uniwersytet Jagielloński", Degree: "Magister prawa", Field: "Prawo", Year: 2007}},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Teaching at the Jagiellonian alongside running your own notary office can't leave much free time.", true},
		{"Teaching at the Sorbonne alongside running your own notary office can't leave much free time.", false},
		{"A Jagiellonian law graduate running your own notary office is exactly who we need.", false},
	})
}

// TestLeavingOnePostForAnother: "Leaving 737 line maintenance at KLM for
// flight testing at AutoGyro" is a move from one post to the other, the
// work of each said before its employer, however many words that takes;
// the second post's work put at the first employer is still refused.
func TestLeavingOnePostForAnother(t *testing.T) {
	p := &profile.Profile{
		Name: "Sander Bakhuis", Headline: "Flight Test Engineer", Title: "Flight Test Engineer", Company: "Rotorwerk GmbH",
		Experience: []profile.Experience{
			{Title: "Flight Test Engineer", Company: "Rotorwerk GmbH", Start: "2021", End: "Present",
				Description: "Flight testing of the RW-3 gyroplane; 240 test flights."},
			{Title: "Aircraft Maintenance Technician (B1)", Company: "KLM Engineering & Maintenance", Start: "2012", End: "2021",
				Description: "737 line maintenance at Schiphol."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Leaving 737 line maintenance at KLM for flight testing at Rotorwerk was a bold move.", true},
		{"Your flight testing at KLM was a bold move.", false},
	})
}

// TestTitleOfSomethingAfterAs: "as Professor of Wildlife Management", a
// post whose rank comes before "of", is a post the line says they hold:
// refused when no title of theirs has it, even where the page gives
// someone else that title (a recommender's headline); their own "Head of
// Field Research" passes.
func TestTitleOfSomethingAfterAs(t *testing.T) {
	p := &profile.Profile{
		Name: "Åsa Lindholm", Headline: "Wildlife ecologist | Moose browsing", Title: "Head of Field Research", Company: "Viltforum Norr",
		Experience: []profile.Experience{
			{Title: "Head of Field Research", Company: "Viltforum Norr", Start: "2019", End: "Present",
				Description: "Pellet-group counts over 1,200 plots a year in Västerbotten."},
		},
		Volunteering: []string{"Field guide, Swedish Association for Hunting and Wildlife Management, spring pellet-count training for hunting teams"},
		Recommendations: []profile.Recommendation{{Person: "Erik Nordström", Headline: "Professor of Wildlife Management at Viltforum Norr",
			Text: "Åsa ran our pellet-count training with great care."}},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Your work as Professor of Wildlife Management at Viltforum Norr is well known in the field.", false},
		{"Your pellet-group counts over 1,200 plots as Head of Field Research at Viltforum Norr are well known in the field.", true},
	})
}

// TestSpelledOutNameBeforeAWordOfTheEntry: "the International Anaplastology
// Association conference" for "IAA Annual Conference" spells out the
// initials the profile puts before "Annual Conference": no word swapped
// into the name; a word the profile does not have there still is.
func TestSpelledOutNameBeforeAWordOfTheEntry(t *testing.T) {
	page := "Yuki Tanabe\nAnaplastologist at Kanto Prosthetic Clinic\nTokyo, Japan\n\n" +
		"Experience\nAnaplastologist\nKanto Prosthetic Clinic · Full-time\nApr 2017 - Present · 8 yrs\n" +
		"Silicone auricular prostheses; 214 cases reviewed.\n\n" +
		"Honors & awards\nBest Poster\nIssued by IAA Annual Conference · Oct 2022\nSeattle, Washington\n\n" +
		"Interests\nGroups\nInternational Anaplastology Association\n3,102 members\n"
	p := profile.ParsePaste(page)
	checkCases(t, &p, []struct {
		line string
		ok   bool
	}{
		{"Congrats on the best poster at the International Anaplastology Association conference in Seattle in 2022.", true},
		{"Congrats on the best poster at the IAA Regional Conference in Seattle in 2022.", false},
	})
}
