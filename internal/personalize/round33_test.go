package personalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestDecimalZerosWriteTheSameNumber: "2,0 t", "2.0 t" and "2 t" are
// one figure, so a line that writes it without the zeros its profile
// gives (or with them) names the profile's figure, and a different one
// is still refused.
func TestDecimalZerosWriteTheSameNumber(t *testing.T) {
	p := &profile.Profile{
		Name: "Aurélie Bastide", Headline: "Teinturière végétale", Title: "Responsable R&D", Company: "Garance & Guède",
		Experience: []profile.Experience{
			{Title: "Responsable R&D", Company: "Garance & Guède", Start: "2018", End: "Present",
				Description: "Nouveau bain de garance à froid : rendement passé de 0,8 à 3,0 kg de colorant par tonne de racines. Cuves de 1.50 m de profondeur."},
		},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Raising the cold madder bath's yield from 0.8 to 3 kg of dye per tonne of roots at Garance & Guède is impressive.", true},
		{"Your cold madder bath at Garance & Guède, which took the yield of dye per tonne of roots to 3.00 kg, is a real advance.", true},
		{"Raising the cold madder bath's yield from 0.8 to 4 kg of dye per tonne of roots at Garance & Guède is impressive.", false},
	} {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok {
			t.Errorf("%q: ok=%v, want %v\n%s", c.line, v.OK, c.ok, v)
		}
		if w := Check(p, c.line, Options{Index: NewIndex(p)}); w.String() != v.String() {
			t.Errorf("%q: one-off and prepared checks differ:\n%s\n%s", c.line, v, w)
		}
	}
	for in, want := range map[string]string{"2,0": "2", "2.0": "2", "1,50": "1.5", "3.05": "3.05", "1.250": "1250", "10": "10", "0,0": "0"} {
		if got := numberKey(in); got != want {
			t.Errorf("numberKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRomanStepsOfAList: the later steps of a list of steps in Roman
// numerals ("Class IIb and III", "Phase II/III", "Grade II, III") are
// numbers as the first is, so a line's "Class III" meets the profile's
// "Class IIb and III" and is not taken for the "Class III" of another
// entry.
func TestRomanStepsOfAList(t *testing.T) {
	for _, s := range []string{"Class IIb and III valves", "Phase II/III valves", "Grade II, III valves", "Class III valves"} {
		toks := tokenize(s, nil)
		i := slices.IndexFunc(toks, func(t token) bool { return t.lower == "iii" })
		if i < 0 || toks[i].key != "3" || !toks[i].number {
			t.Errorf("%q: III is not the step 3: %+v", s, toks)
		}
	}
	if toks := tokenize("Louis III and IV", nil); toks[1].number || toks[3].number {
		t.Errorf("numerals after a name, not a step, read as numbers: %+v", toks)
	}
	p := &profile.Profile{
		Name: "Ciarán Dolan", Headline: "Head of Regulatory Affairs | EU MDR | Heart valves", Title: "Head of Regulatory Affairs", Company: "Valvetech Medical",
		Experience: []profile.Experience{
			{Title: "Head of Regulatory Affairs", Company: "Valvetech Medical", Start: "2020", End: "Present",
				Description: "Took 11 product families (Class IIb and III cardiac catheters) through the EU MDR transition, all certified ahead of the 2027 deadline."},
			{Title: "Technical Reviewer", Company: "Irish Notified Body", Start: "2014", End: "2020",
				Description: "Notified Body reviewer for Class III cardiac devices; reviewed 40+ design dossiers."},
		},
	}
	line := "Getting 11 product families through MDR ahead of the 2027 deadline is a serious programme, especially with Class III catheters in the mix."
	v := Check(p, line, Options{})
	if !v.OK {
		t.Fatalf("refused the profile's own Class III catheters: %s", v)
	}
	for _, r := range v.References {
		if strings.Contains(r.Text, "III") && r.Field != "experience[0].description" {
			t.Errorf("took the catheters' Class III from %s (%q), not the position that has them", r.Field, r.Text)
		}
	}
}

// TestYearBeforeTheAwardWon: "Winning the 2022 Audie Award ... was
// deserved" is the candidate's win, the year between the article and the
// award's name as the article is, not a clause about someone else whose
// subject is the award; so it is held to what the award's entry says.
func TestYearBeforeTheAwardWon(t *testing.T) {
	p := &profile.Profile{
		Name: "Chidinma Eze", Headline: "Audiobook narrator", Title: "Narrator", Company: "Self-employed",
		Experience: []profile.Experience{
			{Title: "Narrator", Company: "Self-employed", Start: "2014", End: "Present",
				Description: "Narrated 120 titles for UK publishers, among them the unabridged 'The Salt Harbour' by Ife Adeyemi (2021)."},
		},
		Honors: []string{
			"Audiobook Narration Prize, Fiction (shortlisted), Audiobook Guild, For 'The Salt Harbour'., 2022",
			"Golden Headphones Award, Listen Up Magazine, For 'River of Names'., 2020",
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Winning the 2022 Audiobook Narration Prize for The Salt Harbour was richly deserved.", false},
		{"Winning the Audiobook Narration Prize for The Salt Harbour was richly deserved.", false},
		{"Winning the 2020 Golden Headphones Award for River of Names was richly deserved.", true},
	})
}

// TestThingCalledByItsOwnName: "your open-source Kvistur app" where the
// project named Kvistur is "an open-source Flutter app" calls the app by
// its name, not another name swapped for "Flutter"; a name the entry does
// not hold ("Android", of their skills) is still a swap. So is a word of
// the entry's name for one of its description ("corrosion trial" in the
// "Winter corrosion study" for its "salt-spray cabinet trial").
func TestThingCalledByItsOwnName(t *testing.T) {
	p := &profile.Profile{
		Name: "Jonas Holm", Headline: "Frame builder and founder, Holm Cykler", Title: "Founder", Company: "Holm Cykler",
		Location: "Aarhus, Denmark",
		Experience: []profile.Experience{
			{Title: "Founder", Company: "Holm Cykler", Start: "2015", End: "Present",
				Description: "Hand-built 900 steel frames. Supplied 60 frames to the Aarhus Cycling Club."},
		},
		Projects: []profile.Project{
			{Name: "Kvistur", Description: "Open-source Flutter app for logging frame alignment per build; used by about 150 workshops."},
			{Name: "Winter corrosion study", Description: "With Aarhus University: a salt-spray cabinet trial on 40 frames."},
		},
		Skills: []string{"Android development", "TIG welding"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your open-source Kvistur app, used by about 150 workshops, is a clever bit of work.", true},
		{"Your open-source Android app, used by about 150 workshops, is a clever bit of work.", false},
		{"Your salt-spray corrosion trial on 40 frames with Aarhus University is exactly what our client needs.", true},
		{"Your salt-spray welding trial on 40 frames with Aarhus University is exactly what our client needs.", false},
	})
}

// TestCurrencyBeforeAnAmountIsNoLabel: a currency code before an amount
// ("USD 40m", "TL'den 2,1 milyar") makes it an amount of money, not a
// number of a name as in "Band 6", so a line that gives the amount
// finds it.
func TestCurrencyBeforeAnAmountIsNoLabel(t *testing.T) {
	p := &profile.Profile{
		Name: "Selin Arıkan", Headline: "Factoring | Trade finance", Title: "Genel Müdür Yardımcısı", Company: "Marmara Faktoring",
		Experience: []profile.Experience{
			{Title: "Genel Müdür Yardımcısı", Company: "Marmara Faktoring", Start: "2019", End: "Present",
				Description: "Tedarikçi finansmanı hacmini 2019–2024 arasında 380 milyon TL'den 1,6 milyar TL'ye çıkardık."},
			{Title: "Trade Finance Manager", Company: "Anadolu Commercial Bank", Start: "2013", End: "2019",
				Description: "Grew the receivables purchase book from USD 12m to USD 40m for 30 exporters."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Taking supplier finance at Marmara Faktoring from ₺380m to ₺1.6bn is a standout result.", true},
		{"Growing the receivables purchase book at Anadolu Commercial Bank from $12m to $40m is a standout result.", true},
		{"Growing the receivables purchase book at Anadolu Commercial Bank from $12m to $55m is a standout result.", false},
	})
}

// TestKindsListBeforeAParticiple: "27 corn, bean and squash varieties
// held in the collection" counts varieties, as it does before a word
// that is no noun; so a line that gives the 27 varieties is not told
// that the profile's varieties are another figure's.
func TestKindsListBeforeAParticiple(t *testing.T) {
	p := &profile.Profile{
		Name: "Marisol Vega", Headline: "Seed saver | Seed bank curator", Title: "Seed Bank Curator", Company: "Driftless Seed Library",
		Experience: []profile.Experience{
			{Title: "Seed Bank Curator", Company: "Driftless Seed Library", Start: "2020", End: "Present",
				Description: "Returned 31 bean, pepper and tomato varieties held in our vault to their original growers in 2023."},
			{Title: "Grower Coordinator", Company: "Prairie Heirloom Seeds", Start: "2015", End: "2020",
				Description: "Managed contract growers for 160 open-pollinated varieties."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Returning 31 bean, pepper and tomato varieties to their original growers is a lovely piece of work.", true},
		{"Managing contract growers for 31 open-pollinated varieties is a lovely piece of work.", false},
	})
}

// TestWhichClauseBindsToThePlaceBeforeIt: "your forecasting at B, which
// cut spill by 180 GWh" says the 180 GWh were saved at B; when the
// profile has them at A, the two are glued together.
func TestWhichClauseBindsToThePlaceBeforeIt(t *testing.T) {
	p := &profile.Profile{
		Name: "Karin Holm", Headline: "Reservoir operations | Hydrology", Title: "Head of Reservoir Operations", Company: "Norrland Hydro",
		Experience: []profile.Experience{
			{Title: "Head of Reservoir Operations", Company: "Norrland Hydro", Start: "2018", End: "Present",
				Description: "New release rules for nine reservoirs cut spill in 2023 by 180 GWh."},
			{Title: "Hydrologist", Company: "Baltic Power", Start: "2011", End: "2018",
				Description: "Dam safety monitoring for 14 dams on the Lule river."},
		},
		Publications: []profile.Publication{{Title: "Ensemble forecasts for spring flood reservoir operation", Publisher: "Hydrology Research", Year: 2022}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your spring-flood forecasting at Norrland Hydro, which cut spill by 180 GWh, caught my eye.", true},
		{"Your spring-flood forecasting at Baltic Power, which cut spill by 180 GWh, caught my eye.", false},
	})
}

// TestVictoryIsAWin: "coaching your team to victory at the Reno Regional"
// says they won it, and is held to what the profile says of it ("reached
// the quarter-finals", which falls short of a win as a semi-final does).
func TestVictoryIsAWin(t *testing.T) {
	p := &profile.Profile{
		Name: "Dana Kowalczyk", Headline: "Quality engineer | Robotics mentor", Title: "Quality Engineer", Company: "Sierra Dice Works",
		Experience: []profile.Experience{
			{Title: "Quality Engineer", Company: "Sierra Dice Works", Start: "2019", End: "Present", Description: "Balance testing of casino dice."},
		},
		Volunteering: []string{"Mentor, FIRST Robotics Competition, Reno: mentor a high-school team; we reached the quarter-finals of the 2023 Reno Regional.",
			"Judge, Nevada Science Olympiad: our school team won the 2021 state final."},
	}
	wantVerdicts(t, p, []lineWant{
		{"Well done on coaching your FIRST team to victory at the Reno Regional in 2023.", false},
		{"Well done on coaching your FIRST team to the quarter-finals of the Reno Regional in 2023.", true},
		{"Well done on coaching your school team to victory in the Nevada Science Olympiad state final in 2021.", true},
	})
}

// TestYearsTotalIsNoNightlyRate: "2,600 guests a night" where the
// profile gives "2,600 guests in 2023" turns a year's total into a rate;
// the total said as a total, and a rate the profile gives, stand.
func TestYearsTotalIsNoNightlyRate(t *testing.T) {
	p := &profile.Profile{
		Name: "Rosa Whitaker", Headline: "Haunted attraction designer", Title: "Creative Director", Company: "Nightjar Haunts",
		Experience: []profile.Experience{
			{Title: "Creative Director", Company: "Nightjar Haunts", Start: "2016", End: "Present",
				Description: "Designed 'Quiet Hour', a lights-up walkthrough for autistic guests: 2,600 guests in 2023. Runs 'The Ossuary' at 1,400 guests a night."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Quiet Hour drawing 2,600 guests a night at Nightjar Haunts is a remarkable number.", false},
		{"Quiet Hour drawing 2,600 guests in 2023 at Nightjar Haunts is a remarkable number.", true},
		{"The Ossuary taking 1,400 guests a night at Nightjar Haunts is a remarkable number.", true},
	})
}

// TestDeedInAnotherVerbIsBorrowed: "Photographing all 3,000 specimens for
// the database migration" where the recommendation they wrote says a
// colleague "photographed all 3,000 specimens for our database migration"
// credits them with the colleague's deed, though their own entry names
// the specimens and the migration; what their own entry says they did
// stands.
func TestDeedInAnotherVerbIsBorrowed(t *testing.T) {
	p := &profile.Profile{
		Name: "Elin Strand", Headline: "Collections manager", Title: "Collections Manager", Company: "Lakeshore Natural History Museum",
		Experience: []profile.Experience{
			{Title: "Collections Manager", Company: "Lakeshore Natural History Museum", Start: "2017", End: "Present",
				Description: "Migrated 3,000 specimen records from spreadsheets to Specify for the database migration. Wrote the museum's first pest-management plan."},
		},
		Recommendations: []profile.Recommendation{
			{Given: true, Person: "Tove Berg", Text: "Tove photographed all 3,000 specimens for our database migration, in two years, with a tiny studio."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Photographing all 3,000 specimens for the database migration was a huge effort.", false},
		{"Migrating 3,000 specimen records to Specify for the database migration was a huge effort.", true},
	})
}

// TestPromotionInOtherLanguages: congratulations on a promotion in
// another language ("Gratuluję awansu na kierowniczkę ...") claim a post,
// held to the profile as "promotion to" is: here a post they held at
// another employer, not where the line puts it.
func TestPromotionInOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Agata Nowicka", Headline: "Konserwatorka papieru i pergaminu", Title: "Starsza konserwatorka", Company: "Biblioteka Narodowa",
		Location: "Warszawa",
		Experience: []profile.Experience{
			{Title: "Starsza konserwatorka", Company: "Biblioteka Narodowa", Start: "2016", End: "Present",
				Description: "Konserwacja 340 dokumentów pergaminowych z pieczęciami; pracownia konserwacji zbiorów specjalnych."},
			{Title: "Kierowniczka pracowni", Company: "Archiwum Miejskie w Łodzi", Start: "2010", End: "2016",
				Description: "Kierowałam pracownią konserwacji map."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Gratuluję awansu na kierowniczkę Pracowni Konserwacji Zbiorów w Bibliotece Narodowej!", false},
		{"Your conservation of 340 sealed parchment documents at the Biblioteka Narodowa is impressive.", true},
	})
}

// TestDutchOurIsNoReference: in a line in Dutch, "onze klant" is the
// recruiter's client: "onze" is the Dutch "our", no word of the profile
// that the line names (nor the French eleven), so school and degree
// alone stay a mail merge.
func TestDutchOurIsNoReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Sanne de Wit", Headline: "Juridisch adviseur crowdfunding", Title: "Juridisch adviseur", Company: "Crowdbank Nederland",
		About: "Ik help platforms hun beleggers te beschermen. Onze sector groeit snel, en onze regels moeten meegroeien.",
		Experience: []profile.Experience{
			{Title: "Juridisch adviseur", Company: "Crowdbank Nederland", Start: "2019", End: "Present",
				Description: "Schreef de zorgplichtrichtlijn voor 14 crowdfundingplatforms."},
		},
		Education: []profile.Education{{School: "Universiteit Utrecht", Degree: "Master", Field: "Financieel recht"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Als alumna van de Universiteit Utrecht met een master Financieel recht past u perfect bij onze klant.", false},
		{"Uw zorgplichtrichtlijn voor 14 crowdfundingplatforms bij Crowdbank Nederland past perfect bij onze klant.", true},
	})
}

// TestBookIsOfWhatItNames: "your book on the Walking the Islands trail"
// names a trail they designed, which no entry calls a book; the book
// elsewhere on their profile is another thing, and is a book.
func TestBookIsOfWhatItNames(t *testing.T) {
	p := &profile.Profile{
		Name: "Kagiso Molefe", Headline: "Head guide | Okavango Delta", Title: "Head Guide", Company: "Delta Walking Safaris",
		Experience: []profile.Experience{
			{Title: "Head Guide", Company: "Delta Walking Safaris", Start: "2015", End: "Present",
				Description: "Lead 16 guides across three camps. Designed the 5-night 'Walking the Islands' trail, now 30% of our trips."},
		},
		Publications: []profile.Publication{{Title: "Birds of the Delta Floodplains", Publisher: "Struik Nature", Year: 2019, Description: "A field guide book."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Loved your book on the Walking the Islands trail at Delta Walking Safaris.", false},
		{"Loved your book, Birds of the Delta Floodplains, from Struik Nature.", true},
		{"Loved hearing about the Walking the Islands trail you designed at Delta Walking Safaris.", true},
	})
}

// TestProjectGluedToAPositionsWork: a project and the work of a position
// said as one ("your fouling study on Hurtigruten ships", "your Idle Car
// Tracker, which cut mileage disputes by a third") when the profile has
// them in different entries are glued, as two positions' facts are; an
// employer the project's entry names is where it was done.
func TestProjectGluedToAPositionsWork(t *testing.T) {
	p := &profile.Profile{
		Name: "Siri Lunde", Headline: "Hull cleaning operations", Title: "Operations Manager", Company: "Fjord Hull Care",
		Experience: []profile.Experience{
			{Title: "Operations Manager", Company: "Fjord Hull Care", Start: "2019", End: "Present",
				Description: "Run four hull-cleaning ROVs. Cleaned 212 vessels in 2023, mostly coastal express ships and salmon well boats."},
			{Title: "Lease Administrator", Company: "Harbor Rail Leasing", Start: "2012", End: "2019",
				Description: "Built an Access database that cut mileage-credit disputes by a third."},
		},
		Projects: []profile.Project{
			{Name: "Biofouling on aluminium fast ferries", Description: "Six-month fouling study with a marine institute on 8 aluminium ferries in Hardangerfjord."},
			{Name: "Idle Car Tracker", Description: "Power BI dashboard tracking storage days of idle cars, built at Harbor Rail Leasing."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your fouling study on coastal express ships was fascinating.", false},
		{"Your fouling study on aluminium fast ferries in Hardangerfjord was fascinating.", true},
		{"Your Idle Car Tracker, which cut mileage-credit disputes by a third, is exactly what our client needs.", false},
		{"Your Idle Car Tracker at Harbor Rail Leasing, tracking storage days of idle cars, is exactly what our client needs.", true},
	})
}
