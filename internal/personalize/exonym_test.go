package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// A name in English whose country word starts as a word of the profile's
// name in another language is not called invented; another name is.
func TestExonym(t *testing.T) {
	p := &profile.Profile{
		Name: "Alex Morgan", Title: "Data Scientist", Company: "Halden Bank",
		Experience: []profile.Experience{
			{Title: "Data Scientist", Company: "Halden Bank", Start: "2021", End: "present", Description: "Built the fraud scoring model."},
			{Title: "Research Assistant", Company: "Ferrovie dello Stato Italiane", Start: "2017", End: "2021", Description: "Worked on transport demand forecasting."},
			{Title: "Analyst", Company: "Ministerstwo Rozwoju", Start: "2015", End: "2017", Description: "Regional funds."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your transport demand forecasting research at Italian State Railways stands out.", true},
		{"Your transport demand forecasting research at Spanish State Railways stands out.", false},
		{"Your transport demand forecasting research at Italian Railfreight Gmbh stands out.", false},
		{"Your transport demand forecasting research and a stint at the Ministry of Defence stand out.", false},
	})
}
