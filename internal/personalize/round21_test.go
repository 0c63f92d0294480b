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

func trialManager() *profile.Profile {
	return &profile.Profile{
		Name: "Farah Qureshi", Headline: "Clinical Trial Manager", Title: "Clinical Trial Manager",
		Company: "Northbeck Clinical", Location: "Manchester, England, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Clinical Trial Manager", Company: "Northbeck Clinical", Start: "2021", End: "Present",
				Description: "Ran a 2,400-patient asthma trial across 31 sites; line manager for 6 CRAs."},
			{Title: "Senior Clinical Research Associate", Company: "Parexel", Start: "2016", End: "2021",
				Description: "Monitored oncology sites in the North West."},
		},
	}
}

func TestAnInitialismBindsToTheEntryOfItsWords(t *testing.T) {
	wantVerdicts(t, trialManager(), []lineWant{
		// Their CRA post was at Parexel, though the later post manages
		// CRAs.
		{"Moving from senior CRA at Parexel to running a 2,400-patient asthma trial at Northbeck is a strong step.", true},
		// The asthma trial was not at Parexel.
		{"Running a 2,400-patient asthma trial at Parexel is a strong record.", false},
	})
}
