package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// checkCases checks each line against p, one-off and prepared alike.
func checkCases(t *testing.T, p *profile.Profile, cases []struct {
	line string
	ok   bool
}) {
	t.Helper()
	for _, c := range cases {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok {
			t.Errorf("%q: ok=%v, want %v\n%s", c.line, v.OK, c.ok, v)
		}
		if w := Check(p, c.line, Options{Index: NewIndex(p)}); w.String() != v.String() {
			t.Errorf("%q: one-off and prepared checks differ:\n%s\n%s", c.line, v, w)
		}
	}
}

// TestMoveStartKeepsItsOwnEntries: in "from A, where you did X, to B",
// what comes before the "to" is a fact of the entries that have it, the
// move's start among them, though the reference it is part of runs on
// into the entry of the move's end.
func TestMoveStartKeepsItsOwnEntries(t *testing.T) {
	p := &profile.Profile{
		Name: "Ingrid Solheim", Headline: "Senior Flood Modeller at Rivermark Consulting", Title: "Senior Flood Modeller", Company: "Rivermark Consulting",
		Experience: []profile.Experience{
			{Title: "Senior Flood Modeller", Company: "Rivermark Consulting", Start: "2020", End: "Present",
				Description: "Lead modeller for the Tyne and Wear model areas. Rebuilt the surface-water model after the 2021 storm."},
			{Title: "Hydrologist", Company: "Norwegian Water Directorate", Start: "2014", End: "2019",
				Description: "Ran the national flood warnings for western Norway. Set up the first regional model for the Voss valley in 2016."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Moving from the Norwegian Water Directorate, where you set up the first Voss model, to leading the Tyne and Wear areas at Rivermark is quite a path.", true},
		{"Your Voss model at Rivermark Consulting is impressive.", false},
	})
}

// TestThenStartsTheNextFact: ", then" inside a reference goes on to the
// next thing, so "19 operas at A, then 14 productions for B" puts each
// with its own post, and "19 operas for B" is still refused.
func TestThenStartsTheNextFact(t *testing.T) {
	p := &profile.Profile{
		Name: "Siobhan Carr", Headline: "Stage manager", Title: "Freelance Stage Manager", Company: "Self-employed",
		Experience: []profile.Experience{
			{Title: "Freelance Stage Manager", Company: "Self-employed", Start: "2019", End: "Present",
				Description: "Called 14 productions for Northern Touring Opera and two for Ballet Cymru."},
			{Title: "Deputy Stage Manager", Company: "Kilkenny Festival Opera", Start: "2015", End: "2018",
				Description: "Three festival seasons on the book: called cues on 19 operas."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Three Kilkenny seasons calling cues on 19 operas, then 14 productions for Northern Touring Opera: that's real range.", true},
		{"Your three festival seasons calling cues on 19 operas for Northern Touring Opera are real range.", false},
	})
}

// TestAsideInsideAWish: "I would love, one day, to help set up X" says a
// wish, with an aside between the verb and its "to", so a line that
// credits them with X is refused, and their real work still counts.
func TestAsideInsideAWish(t *testing.T) {
	for s, want := range map[string]bool{
		"I would love, one day, to help set up a vaccine cold-chain service in northern Mozambique.": true,
		"I'd like, eventually, to run a rural clinic.":                                               true,
		"I would love to run a rural clinic.":                                                        true,
		"Ran the vaccine cold chain, to the day, for 40 clinics.":                                    false,
	} {
		if got := hasInterestCue(s); got != want {
			t.Errorf("hasInterestCue(%q) = %v, want %v", s, got, want)
		}
	}
	p := &profile.Profile{
		Name: "Amina Sitoe", Headline: "Logistics Lead, MedAir Maputo", Title: "Logistics Lead", Company: "MedAir Maputo",
		About: "Pharmacist turned logistician. I would love, one day, to help set up a vaccine cold-chain service in northern Mozambique.",
		Experience: []profile.Experience{
			{Title: "Logistics Lead", Company: "MedAir Maputo", Start: "2019", End: "Present",
				Description: "Run the drone delivery of blood samples from 22 rural clinics around Xai-Xai."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Your vaccine cold-chain service in northern Mozambique is inspiring.", false},
		{"Your drone delivery of blood samples from 22 rural clinics around Xai-Xai is inspiring.", true},
	})
}

// TestWishesInMoreLanguages: a dream or a wish said in Indonesian,
// Turkish, Norwegian, Welsh or Hungarian is an interest, as it is in the
// languages before them, and a line that credits them with it is refused.
func TestWishesInMoreLanguages(t *testing.T) {
	for _, s := range []string{
		"Mimpi saya: sekolah tenun untuk anak muda di Sumba.",
		"Hayalim, Kapadokya'da bir seramik okulu açmak.",
		"Jeg vil gjerne starte en båtbyggerskole i Lofoten.",
		"Hoffwn agor ysgol grefft yn y Bala.",
		"Szeretnék egy fazekasiskolát nyitni Pécsen.",
	} {
		if !hasInterestCue(strings.ToLower(s)) {
			t.Errorf("hasInterestCue(%q) = false, want true", s)
		}
	}
	if hasInterestCue("saya memimpin tim tenun di sumba sejak 2019.") {
		t.Error("a sentence of work done in Indonesian read as a wish")
	}
	p := &profile.Profile{
		Name: "Ratna Kusumawati", Headline: "Penenun ikat | Kepala produksi, Tenun Sumba Lestari", Title: "Kepala produksi", Company: "Tenun Sumba Lestari",
		About: "Saya menenun sejak kecil. Mimpi saya: sekolah tenun untuk anak muda di Waingapu.",
		Experience: []profile.Experience{
			{Title: "Kepala produksi", Company: "Tenun Sumba Lestari", Start: "2017", End: "Present",
				Description: "Memimpin 40 penenun ikat; pewarna alami dari mengkudu dan nila."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Your weaving school for young people in Waingapu sounds like a fantastic programme.", false},
	})
}

// TestLeadingANamedProjectTheyOnlySupported: a line that leads a project
// by its name is held to the part the project's description gives them:
// "Supported ... The programme was led by the Solent Trust" does not let
// them lead it, "Led ..." does, and a line that says the lesser part is
// right.
func TestLeadingANamedProjectTheyOnlySupported(t *testing.T) {
	mk := func(desc string) *profile.Profile {
		return &profile.Profile{
			Name: "Tamsin Orchard", Headline: "Marine ecologist", Title: "Marine Ecologist", Company: "Wessex Coastal Survey",
			Experience: []profile.Experience{
				{Title: "Marine Ecologist", Company: "Wessex Coastal Survey", Start: "2018", End: "Present",
					Description: "Intertidal surveys along the Dorset coast."},
			},
			Projects: []profile.Project{{Name: "Hamble seagrass replanting", Description: desc}},
		}
	}
	supported := mk("Supported the Solent Trust's seagrass programme in its replanting of 4 hectares off the Hamble (2022). The programme was led by the Solent Trust.")
	led := mk("Led the replanting of 4 hectares of seagrass off the Hamble with the Solent Trust (2022).")
	ledLater := mk("Supported the Solent Trust's seagrass survey in 2021. Then led the replanting of 4 hectares off the Hamble (2022).")
	for _, c := range []struct {
		p    *profile.Profile
		line string
		ok   bool
	}{
		{supported, "Leading the Hamble seagrass replanting is inspiring work.", false},
		{supported, "Supporting the Hamble seagrass replanting is inspiring work.", true},
		{led, "Leading the Hamble seagrass replanting is inspiring work.", true},
		{ledLater, "Leading the Hamble seagrass replanting is inspiring work.", true},
	} {
		v := Check(c.p, c.line, Options{})
		if v.OK != c.ok {
			t.Errorf("%q: ok=%v, want %v\n%s", c.line, v.OK, c.ok, v)
		}
	}
}

// TestDecimalInWords: "eleven point four million" is 11.4 million, as
// "eleven" is 11, so a line that says its profile's figure in words names
// it, and another figure in words is refused.
func TestDecimalInWords(t *testing.T) {
	for in, want := range map[string]string{"eleven point four million": "11400000", "one point five tonnes": "1.5", "two point zero five": "2.05", "twelve point oh": "12"} {
		toks := tokenize(in, nil)
		if len(toks) == 0 || !toks[0].number || toks[0].key != want {
			t.Errorf("%q: first token %+v, want the number %s", in, toks, want)
		}
	}
	p := &profile.Profile{
		Name: "Dolores Kemp", Headline: "Election print operations", Title: "Director of Print Operations", Company: "Buckeye Ballot Co.",
		Experience: []profile.Experience{
			{Title: "Director of Print Operations", Company: "Buckeye Ballot Co.", Start: "2016", End: "Present",
				Description: "2024 general election: 11.4 million ballots for 88 counties with zero reprints for printer error."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Eleven point four million ballots for 88 counties with zero reprints is a remarkable run.", true},
		{"Eleven point six million ballots for 88 counties with zero reprints is a remarkable run.", false},
	})
}

// TestHyphenedCompoundBeforeWhatIsCounted: small words inside a hyphened
// compound ("ballot-on-demand", "end-of-life") do not end what a number
// counts, so "212 ballot-on-demand printers" counts printers, the
// profile's "212 printers", and "212 ballots" is still refused.
func TestHyphenedCompoundBeforeWhatIsCounted(t *testing.T) {
	toks := tokenize("212 ballot-on-demand printers deployed", nil)
	got := countedBy(toks, 0, nil, false)
	if len(got) != 1 || got[0] != toks[len(toks)-2].key {
		t.Errorf("countedBy(212 ballot-on-demand printers) = %v, want [%s]", got, toks[len(toks)-2].key)
	}
	p := &profile.Profile{
		Name: "Renee Fontaine", Headline: "Election operations", Title: "Print Operations Manager", Company: "Buckeye Ballot Co.",
		Experience: []profile.Experience{
			{Title: "Print Operations Manager", Company: "Buckeye Ballot Co.", Start: "2018", End: "Present",
				Description: "Rolled out 212 printers for early voting across 31 Ohio counties; 2,930 ballot styles in 2024."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Rolling out 212 ballot-on-demand printers for early voting across 31 Ohio counties is exactly our client's need.", true},
		{"Rolling out 212 ballot styles for early voting across 31 Ohio counties is exactly our client's need.", false},
	})
}

// TestClosedCompoundIsItsLastWord: a figure's thing said by the last part
// of a closed compound ("12 free tunnels" for "12 free polytunnels") is
// the same thing, not a figure moved to another, and a different thing
// is still refused.
func TestClosedCompoundIsItsLastWord(t *testing.T) {
	p := &profile.Profile{
		Name: "Cathal O'Murchu", Headline: "Polytunnel builder", Title: "Owner", Company: "Slaney Tunnels",
		Experience: []profile.Experience{
			{Title: "Owner", Company: "Slaney Tunnels", Start: "2014", End: "Present",
				Description: "Built the 1.1 ha tunnel complex for Ballymaguire Foods in Lusk. Gave 12 free polytunnels to school gardens in Wexford through GIY; 40 free seed trays to the Men's Sheds."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Twelve free tunnels for school gardens in Wexford through GIY is brilliant.", true},
		{"Twelve free seed trays for school gardens in Wexford through GIY is brilliant.", false},
	})
}

// TestAwardIssuerByItsInitials: an award said with the initials of the
// employer its entry writes out in full ("the DCWP Commissioner's Award"
// for an award of the "Department of Consumer and Worker Protection") is
// at that employer, not at another; initials of no name there are not.
func TestAwardIssuerByItsInitials(t *testing.T) {
	p := &profile.Profile{
		Name: "Dana Whitfield", Headline: "Licensing Program Manager at Department of Consumer and Worker Protection",
		Title: "Licensing Program Manager", Company: "Department of Consumer and Worker Protection (DCWP)",
		Experience: []profile.Experience{
			{Title: "Licensing Program Manager", Company: "Department of Consumer and Worker Protection", Start: "2019", End: "Present",
				Description: "Run DCWP's pedicab licensing unit. Rolled out the rate-card inspection app in 2022."},
			{Title: "Inspector", Company: "Department of Consumer Affairs", Start: "2012", End: "2019",
				Description: "Street vendor inspections in Queens."},
		},
		Honors: []string{"Commissioner's Award for Public Service, Department of Consumer and Worker Protection: for the rate-card inspection app rollout"},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Congrats on the DCWP Commissioner's Award for the inspection app rollout.", true},
		{"Congrats on the NYPD Commissioner's Award for the inspection app rollout.", false},
	})
}

// TestFigureAVerbTakesBeforeTheReference: "Converting 340 acres to
// subsurface drip" puts its figure on the conversion the reference
// names, so where the profile's sentence of the conversion gives 200
// acres the line is refused, though the farm's 340 acres are elsewhere
// on the profile; the conversion's own figure is right.
func TestFigureAVerbTakesBeforeTheReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Ramon Baca", Headline: "Chile grower, Baca Farms", Title: "Owner", Company: "Baca Farms",
		About: "We grow 340 acres of green chile and onions in the Hatch Valley. In 2018 I switched 200 acres of the home farm from furrow irrigation to subsurface drip and cut our water use by 35%.",
		Experience: []profile.Experience{
			{Title: "Owner", Company: "Baca Farms", Start: "2009", End: "Present", Description: "340 acres of green chile, red chile and onions."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Converting 340 acres to subsurface drip and cutting water use by 35% is remarkable.", false},
		{"Converting 200 acres to subsurface drip and cutting water use by 35% is remarkable.", true},
		{"Growing 340 acres of green chile in the Hatch Valley is no small thing.", true},
	})
}

// TestAloneAgainstTheWorkOfAGroup: a line that says they did it
// themselves ("yourself", "single-handedly") is refused where the
// profile's sentence tells of a group's work ("we", a crew, a team), as
// where it names a co-author; "in 2023 alone" says only, not alone.
func TestAloneAgainstTheWorkOfAGroup(t *testing.T) {
	p := &profile.Profile{
		Name: "Joost van Leer", Headline: "Operations Manager, Ferncliff Fruit", Title: "Operations Manager", Company: "Ferncliff Fruit",
		Experience: []profile.Experience{
			{Title: "Operations Manager", Company: "Ferncliff Fruit", Start: "2018", End: "Present",
				Description: "In 2022 we rebuilt the Ferncliff packing line with a crew of four, doubling throughput. In 2023 we installed 2,640 cold-store sensors for Utrecht and Amersfoort growers."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Rebuilding the Ferncliff packing line yourself in 2022 and doubling throughput is impressive.", false},
		{"Rebuilding the Ferncliff packing line in 2022 and doubling throughput is impressive.", true},
		{"More than 2,600 cold-store sensors for Utrecht and Amersfoort growers in 2023 alone is serious scale.", true},
	})
}

// TestPartSaidAsANoun: "Participation à la rénovation du Mur des
// Lyonnais", "Participation in the ..." give them a part in the work, as
// "participated" does, so a line that has them lead it is refused and
// one that says they took part is right.
func TestPartSaidAsANoun(t *testing.T) {
	for _, desc := range []string{
		"Participation à la rénovation du Mur des Lyonnais (2013) et à plusieurs murs peints en France.",
		"Participation in the 2013 renovation of the Mur des Lyonnais and several painted walls in France.",
	} {
		p := &profile.Profile{
			Name: "Claire Duhamel", Headline: "Peintre en trompe-l'œil", Title: "Peintre décoratrice", Company: "Atelier Duhamel",
			Experience: []profile.Experience{
				{Title: "Peintre décoratrice", Company: "Atelier Duhamel", Start: "2015", End: "Present", Description: "Décors peints pour hôtels et particuliers."},
				{Title: "Peintre muraliste", Company: "CitéCréation", Start: "2008", End: "2015", Description: desc},
			},
		}
		checkCases(t, p, []struct {
			line string
			ok   bool
		}{
			{"Leading the 2013 Mur des Lyonnais renovation must have been a career highlight.", false},
			{"Taking part in the 2013 Mur des Lyonnais renovation must have been a career highlight.", true},
		})
	}
}

// TestDoneBySomeoneElse: a line whose verb has them do what the profile
// says another did ("Curating 'Salt and Bone'" where the exhibition was
// "curated by Dr. Ruth Pell") is refused; the part the profile gives them
// is right, and so is a line that says who did it.
func TestDoneBySomeoneElse(t *testing.T) {
	p := &profile.Profile{
		Name: "Elias Marsh", Headline: "Collections technician", Title: "Collections Technician", Company: "Harbour Whaling Museum",
		Experience: []profile.Experience{
			{Title: "Collections Technician", Company: "Harbour Whaling Museum", Start: "2006", End: "Present",
				Description: "Catalogued about 1,900 scrimshaw objects. Supported the 2009 exhibition 'Salt and Bone: Scrimshaw of the Pacific', curated by Dr. Ruth Pell, with object handling and label research."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Curating 'Salt and Bone' at the Harbour Whaling Museum must have been a career highlight.", false},
		{"Your object handling and label research for 'Salt and Bone', curated by Dr. Ruth Pell, must have been a career highlight.", true},
	})
	if got, want := verbStem("curating"), verbStem("curated"); got != want {
		t.Errorf("verbStem: curating %q, curated %q", got, want)
	}
}

// TestRankNounsInTheOneOffIndex: "first place" is checked against a
// place the profile gives in its own language ("2. Platz") by a one-off
// check as by a check with the whole profile's index, so the words a
// one-off index holds for a line with a rank noun are the rank nouns of
// every language, and a one-off and a prepared check agree.
func TestRankNounsInTheOneOffIndex(t *testing.T) {
	keys := lineKeys(keySet{}, tokenize("Your first place at the state competition", nil), DefaultLists())
	for _, w := range []string{"platz", "puesto", "plaats", "miejsce"} {
		if _, ok := keys[stem(w)]; !ok {
			t.Errorf("the one-off keys of a line with \"place\" lack %q", w)
		}
	}
	p := &profile.Profile{
		Name: "Jonas Kessler", Headline: "Tischlermeister", Title: "Tischlermeister", Company: "Kessler Möbelbau",
		Experience: []profile.Experience{
			{Title: "Tischlermeister", Company: "Kessler Möbelbau", Start: "2016", End: "Present", Description: "Massivholzmöbel aus Eiche und Nussbaum."},
		},
		Honors: []string{"2. Platz, Landeswettbewerb des Tischlerhandwerks Bayern 2015"},
	}
	line := "Congratulations on first place in the Landeswettbewerb des Tischlerhandwerks Bayern 2015."
	if one, full := Check(p, line, Options{}), Check(p, line, Options{Index: NewIndex(p)}); one.OK || one.String() != full.String() {
		t.Errorf("%q: one-off and prepared checks differ, or accept it:\n%s\n%s", line, one, full)
	}
}

// TestCountReachedByARank: "our 500th smart opener install of 2024" says
// 500 installs were done, so "five hundred smart opener installs in a
// year" names it, and another count is still refused.
func TestCountReachedByARank(t *testing.T) {
	p := &profile.Profile{
		Name: "Marcus Webb", Headline: "Owner, Webb Garage Doors", Title: "Owner", Company: "Webb Garage Doors",
		Experience: []profile.Experience{
			{Title: "Owner", Company: "Webb Garage Doors", Start: "2015", End: "Present",
				Description: "Residential and commercial doors in Bexar County; 500 hours given to Habitat builds since 2019. Just finished our 500th LiftMaster smart opener install of 2024."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Five hundred smart opener installs in a single year? That's a number I'd like to hear more about.", true},
		{"Six hundred smart opener installs in a single year? That's a number I'd like to hear more about.", false},
	})
}

// TestPassedHeldToAQualification: an exam or licence said passed is held
// to a qualification on the profile, or a sentence that tells of one: a
// word of a guide they wrote ("the CITES exemptions") is nothing they
// passed, and the exam their post says they passed is.
func TestPassedHeldToAQualification(t *testing.T) {
	p := &profile.Profile{
		Name: "Elias Marsh", Headline: "Scrimshander and marine ivory conservator", Title: "Scrimshander", Company: "Marsh Scrimshaw",
		Experience: []profile.Experience{
			{Title: "Scrimshander", Company: "Marsh Scrimshaw", Start: "2008", End: "Present", Description: "Hand-engraved scrimshaw on fossil mammoth ivory; about 40 commissions a year. Passed the state antique ivory dealer registration exam in 2014."},
		},
		Projects:       []profile.Project{{Name: "Ivory Provenance Log", Description: "A plain-English guide to the CITES and Endangered Species Act exemptions for antique whale ivory, kept since 2016."}},
		Certifications: []string{"Conservation Technician Certificate, Campbell Center for Historic Preservation, 2011"},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Congratulations on passing your CITES ivory-trader licensing exam this spring.", false},
		{"Passing the state antique ivory dealer registration exam in 2014 must have taken some reading.", true},
	})
}
