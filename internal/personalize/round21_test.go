package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func housingWriter() *profile.Profile {
	return &profile.Profile{
		Name: "Ruth Abernethy", Headline: "Housing Officer | Tenancy sustainment", Title: "Senior Housing Officer",
		Company: "Clydeside Homes", Location: "Glasgow, Scotland, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Senior Housing Officer", Company: "Clydeside Homes", Start: "2017", End: "Present",
				Description: "Cut void turnaround from 41 to 19 days across 2,300 homes."},
		},
		Publications: []profile.Publication{
			{Title: "Nine Days, Not Nine Weeks: rehousing after fire", Publisher: "Inside Housing", Year: 2023},
		},
	}
}

func TestAQuotedTitleStartingWithANumberWord(t *testing.T) {
	wantVerdicts(t, housingWriter(), []lineWant{
		// A number word after an opening quote is not a clipped year
		// ('22 for 2022).
		{"Your Inside Housing piece 'Nine Days, Not Nine Weeks' should be read by every housing manager.", true},
		{"Your Inside Housing piece 'Nine Days, Not Six Weeks' should be read by every housing manager.", false},
		// A clipped year still reads as one.
		{"Your Inside Housing piece from '23 on rehousing after fire was spot on.", true},
	})
}
