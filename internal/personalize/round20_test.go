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
