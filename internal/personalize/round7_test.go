package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func TestClippedWordInEitherEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Niamh Colgan", Title: "Clinical Specialist Physiotherapist", Company: "Corrib Sports Clinic",
		Experience: []profile.Experience{
			{Title: "Clinical Specialist Physiotherapist", Company: "Corrib Sports Clinic", Start: "2021", End: "present",
				Description: "Run the rehab gym and the return-to-run clinic for 30 club athletes."},
			{Title: "Senior Physiotherapist", Company: "Mercy University Hospital", Start: "2014", End: "2021",
				Description: "Cardiac rehabilitation classes and post-operative hip replacement rehabilitation."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// "rehab" is a word of the first entry and the clipped
		// "rehabilitation" of the second.
		{"Your cardiac rehab classes at Mercy University Hospital are exactly what our ward needs.", true},
		{"Your years doing hip replacement rehab at Mercy would be really relevant for our clinic.", true},
		{"Running the return-to-run clinic at Corrib is a real draw for our club.", true},
		// The clinic is the first entry's, not the hospital's.
		{"Running the return-to-run clinic at Mercy University Hospital is a real draw for our club.", false},
	})
}

func TestMedalAgainstAwardEntry(t *testing.T) {
	p := &profile.Profile{
		Name: "Oskar Lindqvist", Title: "Head Brewer", Company: "Skärgård Bryggeri",
		Experience: []profile.Experience{{Title: "Head Brewer", Company: "Skärgård Bryggeri", Start: "2018", End: "present",
			Description: "Built the barrel-ageing programme and the sour range."}},
		Honors: []string{"European Beer Star 2023 - Silver, Baltic Porter"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Gold at the European Beer Star for your Baltic Porter is some feat.", false},
		{"Silver at the European Beer Star for your Baltic Porter is some feat.", true},
		// "gold" that names no award of theirs is no event.
		{"Your barrel-ageing programme at Skärgård is the gold standard for sours.", true},
	})
}

func TestClippedWordInName(t *testing.T) {
	p := &profile.Profile{
		Name: "Gareth Pryce", Title: "Detective Inspector", Company: "South Wales Police",
		Experience: []profile.Experience{{Title: "Detective Inspector", Company: "South Wales Police", Start: "2019", End: "present",
			Description: "Deputy SIO on Operation Kestrel, a £14m pension fraud; led the financial investigation team of 9."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Being deputy SIO on Op Kestrel is the fraud experience our client wants.", true},
		// A clipped word of another name is still another name.
		{"Being deputy SIO on Op Falcon is the fraud experience our client wants.", false},
	})
}

func TestCodeOfInitialsAndNumber(t *testing.T) {
	p := &profile.Profile{
		Name: "Morag Kerr", Title: "Series Producer", Company: "Loch Media",
		Experience: []profile.Experience{{Title: "Series Producer", Company: "Loch Media", Start: "2020", End: "present",
			Description: "Series producer on \"Harbour Lives\" for Channel 4, average audience 1.2 million."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Series producing Harbour Lives for C4 with a 1.2m audience is the scale we need.", true},
		{"Series producing Harbour Lives for R4 with a 1.2m audience is the scale we need.", false},
	})
}

func TestParticipatedIsNotLed(t *testing.T) {
	p := &profile.Profile{
		Name: "Hana Sato", Title: "Research Scientist", Company: "Pacific Ocean Institute",
		Experience: []profile.Experience{{Title: "Research Scientist", Company: "Pacific Ocean Institute", Start: "2016", End: "present",
			Description: "Participated in the Ryukyu long-term coral monitoring survey."}, {Title: "Research Assistant", Company: "Okinawa Marine Station", Start: "2012", End: "2016", Description: "Led the sediment core archive project."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the Ryukyu long-term coral monitoring survey is exactly our kind of fieldwork.", false},
		{"Leading the Ryukyu coral survey at the Pacific Ocean Institute is exactly our kind of fieldwork.", false},
		{"Your part in the Ryukyu long-term coral monitoring survey is exactly our kind of fieldwork.", true},
		{"Leading the sediment core archive project is exactly our kind of work.", true},
	})
}

func TestYearAloneIsNoReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Ingrid Holm", Title: "General Manager", Company: "Hotel Fjord",
		Experience: []profile.Experience{{Title: "General Manager", Company: "Hotel Fjord", Start: "2019", End: "present",
			Description: "Opened the rooftop restaurant in 2022; occupancy up to 84%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"What a year 2022 must have been for you!", false},
		{"Opening the rooftop restaurant in 2022 is exactly the launch experience we want.", true},
	})
}

func TestWinNamedBeforeTheNoun(t *testing.T) {
	p := &profile.Profile{
		Name: "Rhona Baird", Headline: "Series Director | RTS-nominated | Factual", Title: "Series Director", Company: "Firth Films",
		Experience: []profile.Experience{{Title: "Series Director", Company: "Firth Films", Start: "2018", End: "present",
			Description: "Directed the four-part \"Tideline\" for BBC Two."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your RTS win on Tideline is why we're in touch.", false},
		{"Your RTS nomination for Tideline is why we're in touch.", true},
		{"Directing the four-part Tideline for BBC Two is why we're in touch.", true},
	})
}
