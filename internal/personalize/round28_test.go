package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

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
