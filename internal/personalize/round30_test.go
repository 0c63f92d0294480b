package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestHyphenatedCompoundInWhatIsNotTheirs: a thing named with a compound
// of everyday words ("order-tracking server") that the profile gives only in
// a recommendation they wrote for someone else is that person's work,
// even where the line's figure is on the candidate's own part of the page.
func TestHyphenatedCompoundInWhatIsNotTheirs(t *testing.T) {
	p := &profile.Profile{
		Name: "Ines Kowal", Headline: "Production Lead at Lumen Candle Works", Title: "Production Lead", Company: "Lumen Candle Works",
		Experience: []profile.Experience{{Title: "Production Lead", Company: "Lumen Candle Works", Start: "2018", End: "Present",
			Description: "Run two pouring lines making candles. Shipped 12,000 orders a week. Moved the plant to rapeseed wax in 2021."}},
		Recommendations: []profile.Recommendation{{Given: true, Person: "Tomas Berg",
			Text: "Tomas built the order-tracking server that handled 12,000 orders a week. Calm under pressure."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Building the order-tracking server that handled 12,000 orders a week is clever engineering.", false},
		{"Shipping 12,000 orders a week from Lumen Candle Works is serious volume.", true},
	})
}
