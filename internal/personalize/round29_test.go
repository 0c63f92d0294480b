package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestScaledFigureIsRounded: a figure written at a scale with two
// significant digits ("$64k", "2.7 million") is the profile's figure
// rounded to its last digit; one that rounds to another figure, or a
// single digit at a scale ("$6k"), is not.
func TestScaledFigureIsRounded(t *testing.T) {
	p := &profile.Profile{
		Name: "Marta Lindholm", Title: "Owner", Company: "Lindholm Looms",
		Experience: []profile.Experience{{Title: "Owner", Company: "Lindholm Looms", Start: "2016",
			Description: "Restored a 1902 jacquard loom with a crowdfunding drive that raised $64,350 from 820 donors. Our rug patterns have 2,740,000 downloads."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Raising $64k from 820 donors to restore a 1902 jacquard loom is inspiring.", true},
		{"Raising $64.4k from 820 donors to restore a 1902 jacquard loom is inspiring.", true},
		{"Your rug patterns passing 2.7 million downloads is quite a following.", true},
		{"Raising $69k from 820 donors to restore a 1902 jacquard loom is inspiring.", false},
		{"Raising $6k from 820 donors to restore a 1902 jacquard loom is inspiring.", false},
		{"Your rug patterns passing 2.9 million downloads is quite a following.", false},
	})
}

// TestCongratulationVerbWithItsAuxiliary: a congratulation that ends a
// sentence with one word after it ("tebrik ederim", "gratuliere Ihnen")
// is about what comes before it, so a first place said there is checked
// against the award's lesser place.
func TestCongratulationVerbWithItsAuxiliary(t *testing.T) {
	p := &profile.Profile{
		Name: "Elif Karaca", Title: "Kurucu", Company: "Karaca Seramik", Location: "Kütahya, Türkiye",
		Experience: []profile.Experience{{Title: "Kurucu", Company: "Karaca Seramik", Start: "2015",
			Description: "El yapımı çini karolar; 14 otel lobisi için pano tasarımı."}},
		Honors: []string{"Kütahya Çini Yarışması — Üçüncülük, Kütahya Belediyesi, 2021"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Kütahya Çini Yarışması'nda birinci olmanızı tebrik ederim!", false},
		{"Kütahya Çini Yarışması'nda üçüncü olmanızı tebrik ederim!", true},
	})
}

// TestRateFarAfterItsFigure: a rate's period a few words after the thing
// a figure counts ("4,000 litres of apple juice a day") is the figure's,
// and is checked against the profile's ("4,000 L/week"); a period in the
// next clause ("after you brought in weekly checks") is not.
func TestRateFarAfterItsFigure(t *testing.T) {
	p := &profile.Profile{
		Name: "Hannes Gruber", Title: "Betriebsleiter", Company: "Mostviertel Saft",
		Experience: []profile.Experience{{Title: "Betriebsleiter", Company: "Mostviertel Saft", Start: "2017",
			Description: "Built a press line for 4,000 L/week of cloudy apple juice. Cut bottling faults from 12 to 3 per year with weekly line checks."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Pressing 4,000 litres of cloudy apple juice a week on your own line is impressive.", true},
		{"Pressing 4,000 litres of cloudy apple juice a day on your own line is impressive.", false},
		{"Bottling faults down from twelve a year to three after you brought in weekly line checks is a great result.", true},
	})
}

// TestCongratsOnANameGivenShortOfAWin: congratulations on a name the
// profile gives with an outcome short of a win after it ("the
// Mercury-shortlisted album") say a win it does not give; on the
// shortlisting, or on the work, they do not.
func TestCongratsOnANameGivenShortOfAWin(t *testing.T) {
	p := &profile.Profile{
		Name: "Cerys Pugh", Title: "Mix Engineer", Company: "Tŷ Sain Studios",
		Experience: []profile.Experience{{Title: "Mix Engineer", Company: "Tŷ Sain Studios", Start: "2016",
			Description: "Mixed Afon Ddu's Mercury-shortlisted album 'Salt Roads' (2021) in nine days on a 1978 Neve desk."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on your Mercury for Salt Roads, Cerys!", false},
		{"Congrats on the Mercury shortlisting for Salt Roads, Cerys!", true},
		{"Congrats on Salt Roads, mixed in nine days on a 1978 Neve desk!", true},
	})
}

// TestMeansAfterBy: "by" and a verb in -ing tie a result to its means
// ("cutting X by 18% by building Y"), one claim, whose two facts must come
// from one entry.
func TestMeansAfterBy(t *testing.T) {
	p := &profile.Profile{
		Name: "Nuno Pires", Title: "Fleet Manager", Company: "Transportes Ribeira",
		Projects: []profile.Project{
			{Name: "Ribeira route planner", Description: "Rebuilt delivery routing for 64 vans; fuel costs fell 18% in 2022."},
			{Name: "Driver check-in app", Description: "Replaced paper run sheets at 3 depots."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting fuel costs by 18% by building the Ribeira route planner is impressive.", true},
		{"Cutting fuel costs by 18% by building the driver check-in app is impressive.", false},
	})
}

// TestPlaceOfAnAwardGivenBesideItsEvent: a place after "in" that the
// profile gives beside the event an award came at ("(ASC23),
// Bilbao") is where it was given, which the award's entry need not say; a
// place the profile does not give with the event is still part of what
// was won.
func TestPlaceOfAnAwardGivenBesideItsEvent(t *testing.T) {
	p := pageProfile(t, "Irati Zubiria\nFisheries Scientist at AZTI\nSukarrieta, Basque Country, Spain\n\n"+
		"Experience\nFisheries Scientist\nAZTI\nJan 2017 - Present\nAcoustic surveys of anchovy in the Bay of Biscay. Sailed on the Emma Bardán out of Vigo.\n\n"+
		"Publications\nAnchovy schools at dawn: acoustic evidence from the Bay of Biscay\nICES Annual Science Conference (ASC23), Bilbao · Sep 2023\n\n"+
		"Honors & awards\nBest Paper Award\nIssued by ASC23 · Sep 2023\nFor \"Anchovy schools at dawn\".\n")
	wantVerdicts(t, p, []lineWant{
		{"Congrats on the best paper award at ASC23 in Bilbao for your work on anchovy schools.", true},
		{"Congrats on the best paper award at ASC23 in Vigo for your work on anchovy schools.", false},
	})
}

// TestLengthWithinTheProfilesBound: a length of time within a bound the
// profile gives for a figure ("40 rooms in under six months") is what it
// says ("in 22 weeks"); one beyond it is not.
func TestLengthWithinTheProfilesBound(t *testing.T) {
	p := &profile.Profile{
		Name: "Gwen Morgan", Title: "Site Electrician", Company: "Morgan Electrical",
		Experience: []profile.Experience{{Title: "Owner", Company: "Morgan Electrical", Start: "2014",
			Description: "Rewired all 40 rooms of the Castle Hotel in Brecon, a listed coaching inn, in 22 weeks. Trained 30 apprentices since 2014."}},
		Recommendations: []profile.Recommendation{{Person: "Huw Price", Text: "Gwen rewired 40 rooms in under six months without closing a floor."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Rewiring 40 rooms at the Castle Hotel in 22 weeks without closing a floor is impressive.", true},
		{"Rewiring 40 rooms at the Castle Hotel in 30 weeks without closing a floor is impressive.", false},
	})
}

// TestCrownsByName: an amount in crowns by their name ("kronor",
// "kroner") is the profile's in SEK or NOK; in another currency it is not.
func TestCrownsByName(t *testing.T) {
	p := &profile.Profile{
		Name: "Ingrid Dahl", Title: "Skipper", Company: "Dahl Sjøtransport",
		Experience: []profile.Experience{{Title: "Owner", Company: "Dahl Sjøtransport", Start: "2012",
			Description: "Ferry service to 6 islands in Lofoten. Won a 250 000 NOK grant from Sparebankstiftelsen DNB for a battery tender in 2022."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Gratulerer med 250 000 kroner fra Sparebankstiftelsen DNB til batteribåten!", true},
		{"Gratulerer med 250 000 euro fra Sparebankstiftelsen DNB til batteribåten!", false},
	})
}

// TestAwardNameWithoutItsPlace: an award named without a place of theirs
// in its middle ("Arup Rising Star Award" for "Arup Cardiff Rising Star
// Award") is a shorter name of it; without another word ("Arup Star
// Award") it is another award.
func TestAwardNameWithoutItsPlace(t *testing.T) {
	p := &profile.Profile{
		Name: "Elin Rowlands", Title: "Bridge Engineer", Company: "Arup", Location: "Cardiff, Wales",
		Experience: []profile.Experience{{Title: "Bridge Engineer", Company: "Arup", Location: "Cardiff, Wales", Start: "2019",
			Description: "Designed the 64 m footbridge over the Taff at Llandaff."}},
		Honors: []string{"Arup Cardiff Rising Star Award, 2022, for the Llandaff footbridge"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on the Arup Rising Star Award for the Llandaff footbridge!", true},
		{"Congrats on the Arup Star Award for the Llandaff footbridge!", false},
	})
}

// TestQuotedTitleStartingWithASmallWord: a title quoted whole, word for
// word, is a reference even when it starts with a word the index leaves
// out ("La fermentation pas à pas") and the quote closes the line; a
// quoted title the profile does not hold is not.
func TestQuotedTitleStartingWithASmallWord(t *testing.T) {
	p := &profile.Profile{
		Name: "Anaïs Roux", Headline: "Fermentation | Formatrice", Title: "Formatrice", Company: "Atelier Roux",
		Skills:       []string{"Fermentation", "Pédagogie"},
		Experience:   []profile.Experience{{Title: "Formatrice", Company: "Atelier Roux", Start: "2016", Description: "Stages de fermentation pour particuliers."}},
		Publications: []profile.Publication{{Title: "La fermentation pas à pas", Publisher: "Éditions Rustica", Year: 2021}},
	}
	wantVerdicts(t, p, []lineWant{
		{"I loved your book 'La fermentation pas à pas'.", true},
		{"I loved your book 'La fermentation en dix leçons'.", false},
	})
}
