package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestNoDeclensionOfEnglishWords: a capitalised word the profile lacks
// is an employer it does not give, though it shares its start with an
// English word a field begins with ("Thermia" and the skill "Thermal
// response testing"); a Polish name declined in the line is still the
// profile's ("Ostrowiec" for "w Ostrowcu").
func TestNoDeclensionOfEnglishWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Karin Lindqvist", Title: "Senior Designer, Geoenergy", Company: "Sweco Sverige AB",
		Skills: []string{"Thermal response testing", "Borehole thermal energy storage"},
		Experience: []profile.Experience{
			{Title: "Senior Designer, Geoenergy", Company: "Sweco Sverige AB", Start: "2018", End: "present",
				Description: "Designed borehole fields for housing cooperatives in Stockholm."},
			{Title: "Application Engineer", Company: "NIBE Energy Systems", Start: "2012", End: "2018",
				Description: "Wrote the sizing guide for the NIBE F1255 in multi-family buildings, w Ostrowcu too."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"After NIBE and then Thermia, your move to Sweco makes a lot of sense.", false},
		{"Your NIBE F1255 sizing guide, used as far as Ostrowiec, is a great piece of work.", true},
	})
}
