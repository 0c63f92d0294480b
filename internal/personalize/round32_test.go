package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestOneOffQuotesTheWholeFigure: a refusal that quotes the profile's
// figure for what the line counts quotes all the words that figure counts
// ("6,500 sapphire reports"), with a one-off check as with the whole
// profile's index, so `inmail check --jsonl` says the same whichever way
// a case is checked.
func TestOneOffQuotesTheWholeFigure(t *testing.T) {
	p := &profile.Profile{
		Name: "Nalin Perera", Headline: "Gemmologist", Title: "Senior Gemmologist", Company: "Ceylon Gem Lab",
		Experience: []profile.Experience{
			{Title: "Senior Gemmologist", Company: "Ceylon Gem Lab", Start: "2015", End: "Present",
				Description: "Signed 6,500 sapphire reports for the lab. Recut 412 stones from Ilakaka for export buyers."},
		},
	}
	line := "Recutting 412 sapphires from Ilakaka for export buyers at Ceylon Gem Lab is impressive."
	one := Check(p, line, Options{})
	full := Check(p, line, Options{Index: NewIndex(p)})
	if one.OK || full.OK {
		t.Fatalf("accepted a figure the profile gives for reports:\n%s\n%s", one, full)
	}
	if one.String() != full.String() {
		t.Errorf("one-off and prepared checks say different things:\n  one-off: %s\n  prepared: %s", one, full)
	}
	if !strings.Contains(one.String(), `"6,500 sapphire reports"`) {
		t.Errorf("the refusal does not quote the profile's whole figure: %s", one)
	}
}

// TestOneOffFindsSynonymsOfAnOwnersWord: a line word with an owner's
// "'s" ("the squad's") meets its synonyms on the profile ("team", in the
// headline) with a one-off check as with the whole profile's index, so
// the refusal names the same fields either way.
func TestOneOffFindsSynonymsOfAnOwnersWord(t *testing.T) {
	p := &profile.Profile{
		Name: "Dara Quinn", Headline: "Team Lead, Customer Success", Title: "Team Lead", Company: "Brightwave",
		Experience: []profile.Experience{
			{Title: "Team Lead", Company: "Brightwave", Start: "2019", End: "Present",
				Description: "Renewals for 240 accounts across Ireland and the UK."},
		},
	}
	line := "I hear great things about the squad's culture and would love to chat."
	one := Check(p, line, Options{})
	full := Check(p, line, Options{Index: NewIndex(p)})
	if one.OK || full.OK {
		t.Fatalf("accepted a line naming nothing they did:\n%s\n%s", one, full)
	}
	if one.String() != full.String() {
		t.Errorf("one-off and prepared checks say different things:\n  one-off: %s\n  prepared: %s", one, full)
	}
}

// TestWhichBecameIsTheThings: "which became" and "it became" tell what
// became of a thing the line names, not a post the candidate took ("the
// watercress you trialled, which became a Waitrose own-label line"); a
// line that says they became it is still held to their posts.
func TestWhichBecameIsTheThings(t *testing.T) {
	p := &profile.Profile{
		Name: "Hannah Ashdown", Headline: "Grower", Title: "Head Grower", Company: "Itchen Cress",
		Experience: []profile.Experience{
			{Title: "Head Grower", Company: "Itchen Cress", Start: "2020", End: "Present",
				Description: "Run 9 hectares of spring-fed watercress beds."},
			{Title: "Trials Manager", Company: "Test Valley Salads", Start: "2014", End: "2020",
				Description: "Trialled a purple-stemmed watercress, later a Waitrose own-label line."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"The purple-stemmed watercress you trialled at Test Valley Salads, which became a Waitrose own-label line, is a great story.", true},
		{"Your purple-stemmed watercress trials at Test Valley Salads went so well that it became a Waitrose own-label line.", true},
		{"After your purple-stemmed watercress trials at Test Valley Salads you became a Waitrose buyer, a great story.", false},
	})
}

// TestCenturyMatchesRomanNumerals: an ordinal century in a line ("an
// 18th-century reliquary") is the century the profile writes in Roman
// numerals ("relicário do séc. XVIII"), not an 18 the profile gives for
// something else ("18 cm"); another century is on no profile.
func TestCenturyMatchesRomanNumerals(t *testing.T) {
	p := &profile.Profile{
		Name: "Conceição Ribeiro", Headline: "Ourives filigranista", Title: "Fundadora", Company: "Oficina Conceição Filigrana",
		Experience: []profile.Experience{
			{Title: "Fundadora", Company: "Oficina Conceição Filigrana", Start: "2016", End: "Present",
				Description: "Coração de Viana de 18 cm para o Museu do Ouro de Travassos (2021). Restauro de um relicário do séc. XVIII para uma igreja de Braga (2019)."},
		},
	}
	v := Check(p, "Restoring an 18th-century reliquary in Braga is exactly the kind of work our client wants.", Options{})
	if !v.OK || len(v.References) == 0 || v.References[0].Text != "XVIII" {
		t.Errorf("the century is not read as the profile's XVIII: %s", v)
	}
	wantVerdicts(t, p, []lineWant{
		{"Restoring a 17th-century reliquary in Braga is exactly the kind of work our client wants.", false},
	})
}

// TestSkillIsNoWorkOfTheirs: a line word the candidate's own part of a
// pasted page has only in their skills list (the "9" of "Statistics · 9
// endorsements") does not make a claim theirs: "re-laying a stitched
// hybrid pitch in just nine days" is the groundsman's post they commented
// on. Their own work still counts.
func TestSkillIsNoWorkOfTheirs(t *testing.T) {
	page := `Priyanka Raghunathan
Senior Sports Turf Scientist at Turfwise Institute | Hybrid pitches, rootzones
Bingley, England, United Kingdom

Activity
1,214 followers
Priyanka Raghunathan commented on this • 6mo
Oliver Haigh · Head Groundsman at Elland Road
"Brilliant Oliver, those stitched fibres really held up!"
Oliver Haigh: We finished re-laying our stitched hybrid pitch in 9 days.

Experience
Senior Sports Turf Scientist
Turfwise Institute · Full-time
Jan 2020 - Present · 5 yrs
Head of the pitch performance lab (4 staff). Built the lab's standard test battery (Clegg hardness, rotational traction, ball roll) used on 60+ professional football and rugby pitches a season.

Publications
Rotational traction on stitched hybrid versus natural sand-based pitches
Journal of Sports Engineering · 2021

Skills
Soil Science · 26 endorsements
Statistics · 9 endorsements
`
	p := &profile.Profile{Text: page}
	wantVerdicts(t, p, []lineWant{
		{"Re-laying a stitched hybrid pitch in just nine days is an impressive turnaround.", false},
		{"Building the pitch performance lab's standard test battery of Clegg hardness and ball roll is impressive.", true},
	})
}

// TestCountedThingAfterAPeopleWord: a profile's figure whose phrase
// starts with a word for people but counts things ("60+ professional
// football and rugby pitches") is the line's count of those things ("60+
// pitches a season"), not a count of people.
func TestCountedThingAfterAPeopleWord(t *testing.T) {
	p := &profile.Profile{
		Name: "Priyanka Raghunathan", Headline: "Sports turf scientist", Title: "Senior Sports Turf Scientist", Company: "Turfwise Institute",
		Experience: []profile.Experience{
			{Title: "Senior Sports Turf Scientist", Company: "Turfwise Institute", Start: "2020", End: "Present",
				Description: "Built the lab's standard test battery (Clegg hardness, rotational traction, ball roll) used on 60+ professional football and rugby pitches a season."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your standard test battery of Clegg hardness and ball roll, used on 60+ pitches a season, is impressive.", true},
		{"Your standard test battery of Clegg hardness and ball roll, used on 60+ stadiums a season, is impressive.", false},
	})
}

// TestAcronymEndsInTwoLetters: an acronym whose last word gives its
// first two or three letters, as the first words' may ("UFPE" for
// Universidade Federal de Pernambuco, "UniBo" for Università di
// Bologna), names the institution; another state's university does not.
func TestAcronymEndsInTwoLetters(t *testing.T) {
	p := &profile.Profile{
		Name: "Larissa Araújo", Headline: "Designer gráfica", Title: "Designer", Company: "Estúdio Xilo",
		Experience: []profile.Experience{
			{Title: "Designer", Company: "Estúdio Xilo", Start: "2019", End: "Present", Description: "Identidades visuais inspiradas no cordel."},
		},
		Education: []profile.Education{
			{School: "Universidade Federal de Pernambuco", Degree: "Bacharelado em Design", Year: 2018},
			{School: "Università di Bologna", Degree: "Erasmus, Design del prodotto", Year: 2016},
		},
		Projects: []profile.Project{
			{Name: "Trabalho de conclusão de curso", Description: "A estética do cordel na diagramação contemporânea."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your UFPE final project on cordel aesthetics in contemporary page layout is a lovely bridge.", true},
		{"Your UniBo exchange year and your final project on cordel aesthetics make a lovely bridge.", true},
		{"Your UFPR final project on cordel aesthetics in contemporary page layout is a lovely bridge.", false},
	})
}

// TestAbbreviationOfALongFormInAnotherLanguage: the common professional
// abbreviations stand for their long forms in the languages profiles are
// written in ("QC" for "control de calidad", "QA" for
// "Qualitätssicherung"); another abbreviation is still not on the
// profile.
func TestAbbreviationOfALongFormInAnotherLanguage(t *testing.T) {
	p := &profile.Profile{
		Name: "Mateo Etxeberria", Headline: "Clasificador de lanas", Title: "Jefe de calidad", Company: "Central Lanera Uruguaya",
		Experience: []profile.Experience{
			{Title: "Jefe de calidad", Company: "Central Lanera Uruguaya", Start: "2015", End: "Present",
				Description: "Control de calidad de fardos para exportación a China e Italia; auditoría de 2.600 fardos por año."},
			{Title: "Ingenieur", Company: "Bauer Spezialtiefbau", Start: "2010", End: "2015",
				Description: "Crossrail C305: Qualitätssicherung des Tübbingringbaus."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Auditing 2,600 bales a year for export at Central Lanera Uruguaya is exactly the QC experience we need.", true},
		{"Your ring-build QA on Crossrail's C305 tunnels is exactly the experience we need.", true},
		{"Your ring-build HSE work on Crossrail's C305 tunnels is exactly the experience we need.", false},
	})
}

// TestCompoundIsNoVerbOfChange: a word of a hyphenated compound
// ("grow-out tanks") is no verb that takes a thing somewhere, so "from
// the grow-out tanks at Abagold to running the hatchery at Overberg" is
// a move between two posts; "growing" said as a verb still ties where to
// what.
func TestCompoundIsNoVerbOfChange(t *testing.T) {
	p := &profile.Profile{
		Name: "Sipho Dlamini", Headline: "Hatchery Manager", Title: "Hatchery Manager", Company: "Overberg Perlemoen Farms",
		Experience: []profile.Experience{
			{Title: "Hatchery Manager", Company: "Overberg Perlemoen Farms", Start: "2019", End: "Present",
				Description: "Run the abalone hatchery: 3 million spat a year."},
			{Title: "Aquaculture Technician", Company: "Abagold Ltd", Start: "2014", End: "2019",
				Description: "Grow-out tanks and feeding trials on kelp diets."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Moving from grow-out tanks at Abagold to running the hatchery at Overberg Perlemoen - nice progression.", true},
		{"Growing the hatchery at Abagold to 3 million spat a year is a great result.", false},
	})
}

// TestShortAcronymOfTwoEntries: a two-letter acronym that a past
// position's description writes too ("inför CI hos vuxna" at Sahlgrenska)
// is that position's as well as the current title's ("CI-teamet"), so a
// move from one to the other binds nothing wrongly; an acronym only the
// current post has is still not the past one's.
func TestShortAcronymOfTwoEntries(t *testing.T) {
	p := &profile.Profile{
		Name: "Karin Lindqvist Öberg", Headline: "Leg. audionom | Cochleaimplantat (CI) för barn och vuxna", Title: "Leg. audionom, CI-teamet", Company: "Karolinska Universitetssjukhuset",
		Experience: []profile.Experience{
			{Title: "Leg. audionom, CI-teamet", Company: "Karolinska Universitetssjukhuset", Start: "2014", End: "Present",
				Description: "Programmering och uppföljning av CI-patienter. Ansvarig för spädbarnsspåret. Ansvarar för MR-säkerhet i teamet."},
			{Title: "Audionom", Company: "Sahlgrenska Universitetssjukhuset", Start: "2009", End: "2014",
				Description: "Göteborg. Utredningar inför CI hos vuxna med progressiv hörselnedsättning."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Moving from adult CI workups at Sahlgrenska to running the infant track at Karolinska is a great progression.", true},
		{"Your MR safety work at Sahlgrenska is a great foundation for our client.", false},
	})
}

// TestNameWrittenInTheOtherEntry: a line that puts an employer with a
// name ("Anadolu Fermuar in Bursa") binds nothing wrongly when that
// post's own fields write the name ("Bursa. Domestic luggage makers"),
// though it also names another employer ("Bursa Aksesuar Ltd."); a name
// only the other employer's entry has is still refused.
func TestNameWrittenInTheOtherEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Emre Yıldırım", Headline: "Export Sales Manager", Title: "Export Sales Manager", Company: "Kartal Fermuar San. ve Tic. A.Ş.",
		Education: []profile.Education{{School: "Bursa Uludağ Üniversitesi", Degree: "BA", Year: 2011}},
		Experience: []profile.Experience{
			{Title: "Export Sales Manager", Company: "Kartal Fermuar San. ve Tic. A.Ş.", Start: "2018", End: "Present",
				Description: "Opened Morocco and Tunisia: 31 denim factories buy from us."},
			{Title: "Key Account Manager", Company: "Anadolu Fermuar A.Ş.", Start: "2014", End: "2018",
				Description: "Bursa. Domestic luggage makers. Launched the recycled-polyester tape range 'ReTape' in 2017."},
			{Title: "Sales Representative", Company: "Bursa Aksesuar Ltd.", Start: "2011", End: "2014",
				Description: "Buttons, rivets and labels for Gemlik textile mills."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your move from Anadolu Fermuar in Bursa, where you launched the ReTape recycled tape range, to export sales at Kartal Zippers is a great story.", true},
		{"Launching the ReTape recycled tape range at Anadolu Fermuar for the Gemlik textile mills is a great story.", false},
	})
}

// TestChangedShareOfAnotherThing: a share a verb of change gives ("cutting
// fish losses by 38%") is refused when the profile's only clause with
// that share changes something else ("cutting fresh-water use by 38%");
// the same thing in other words, or in initials, is the profile's.
func TestChangedShareOfAnotherThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Kenichi Sato", Headline: "Koi farm manager", Title: "Farm Manager", Company: "Marudai Koi Farm",
		Experience: []profile.Experience{
			{Title: "Farm Manager", Company: "Marudai Koi Farm", Start: "2015", End: "Present",
				Description: "Responsible for 14 outdoor mud ponds. In 2019 replaced the drum-filter system in the main greenhouse, cutting fresh-water use by 38%."},
			{Title: "Research Assistant", Company: "Kindai University", Start: "2012", End: "2015",
				Description: "Textile patch antennas for on-body links; reduced specific absorption rate by 64%."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting fish losses by 38% in the main greenhouse at Marudai is an outstanding result.", false},
		{"Cutting water use by 38% in the main greenhouse at Marudai is an outstanding result.", true},
		{"Your textile patch antennas at Kindai cutting SAR by 64% caught my eye.", true},
	})
}

// TestAwardOfTheYearSaid: of two awards of the same name, a win the line
// dates is checked against the award of that year ("gold at the Royal
// Welsh Show in 2022", where 2022 is the runner-up's), not the other
// year's gold.
func TestAwardOfTheYearSaid(t *testing.T) {
	p := &profile.Profile{
		Name: "Gethin Pritchard", Headline: "Slate splitter", Title: "Slate Splitter", Company: "Chwarel Penrhyn",
		Experience: []profile.Experience{
			{Title: "Slate Splitter", Company: "Chwarel Penrhyn", Start: "2008", End: "Present", Description: "Split roofing slate by hand."},
		},
		Honors: []string{"Gold medal, open slate splitting, Royal Welsh Show, 2019", "Runner-up, open slate splitting, Royal Welsh Show, 2022"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on taking gold at the Royal Welsh Show again in 2022!", false},
		{"Congratulations on taking gold at the Royal Welsh Show in 2019!", true},
	})
}

// TestYearClosingTheClause: a year that closes the clause of a reference
// over common words ("Raising £186,000 for the hall's new extension in
// 2019") dates what the reference tells, and is refused where the
// profile's sentence gives another year ("for the 2021 refurbishment");
// after an award noun it dates the award instead.
func TestYearClosingTheClause(t *testing.T) {
	p := &profile.Profile{
		Name: "Gwen Pryce", Headline: "Hall manager", Title: "Hall Manager", Company: "Neuadd Llanon",
		Experience: []profile.Experience{
			{Title: "Hall Manager", Company: "Neuadd Llanon", Start: "2016", End: "Present",
				Description: "Run bookings and maintenance for a 1920s hall. Raised £186,000 from the National Lottery Community Fund for the 2021 refurbishment: new roof and a heat pump. Bookings up from 410 a year in 2019 to 690 in 2023."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Raising £186,000 from the National Lottery Community Fund for the hall's new extension in 2019 is brilliant.", false},
		{"Raising £186,000 from the National Lottery Community Fund for the hall's refurbishment in 2021 is brilliant.", true},
	})
}

// TestNameDatedElsewhere: a reference whose sentence gives no year (a
// post about the opening of the Ōkataina Link) is held to the year
// another of their own fields gives that name ("Ōkataina Link (2024)");
// an employer's name dates nothing, as they were there many years.
func TestNameDatedElsewhere(t *testing.T) {
	p := &profile.Profile{
		Name: "Rangi Te Whare", Headline: "Trail builder", Title: "Director", Company: "Kōura Trails",
		Experience: []profile.Experience{
			{Title: "Director", Company: "Kōura Trails", Start: "2016", End: "Present",
				Description: "Mountain-bike and walking trails for councils and iwi; won the council trails framework in 2022."},
		},
		Projects: []profile.Project{
			{Name: "Ōkataina Link (2024)", Description: "14.2 km dual-use trail for Rotorua Lakes Council, built with 6 rangatahi trainees."},
		},
		Activity: []profile.Activity{
			{Text: "Opening day for the Ōkataina Link! New dual-use trail, built in 11 months with 6 rangatahi trainees."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Opening the Ōkataina Link in 2022 was a big moment for Rotorua.", false},
		{"Opening the Ōkataina Link in 2024 was a big moment for Rotorua.", true},
		{"Building trails at Kōura Trails since 2016 with rangatahi trainees is a big deal for Rotorua.", true},
	})
}
