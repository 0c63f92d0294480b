package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func TestFigureOfTheOtherMeasureInAClause(t *testing.T) {
	p := &profile.Profile{
		Name: "Ilse Varga", Title: "Senior Process Engineer", Company: "Northfell Aggregates",
		Experience: []profile.Experience{
			{Title: "Senior Process Engineer", Company: "Northfell Aggregates", Start: "2019", End: "present",
				Description: "Retuned the crushing circuit at the Brackenhill quarry, cutting power draw by 14% and conveyor downtime by 320 hours a year."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting power draw by 14% on the Brackenhill crushing circuit is a strong result.", true},
		{"Retuning the Brackenhill crushing circuit and cutting conveyor downtime by 320 hours a year is a strong result.", true},
		// The 14% is the power draw's, not the downtime's.
		{"Cutting conveyor downtime by 14% on the Brackenhill crushing circuit is a strong result.", false},
	})
}

func TestFigureOfAThingWithAnotherWord(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomasz Okafor-Lind", Title: "Head of Retail Operations", Company: "Eastmere Building Society",
		Experience: []profile.Experience{
			{Title: "Head of Retail Operations", Company: "Eastmere Building Society", Start: "2020", End: "present",
				Description: "Cut business loan decisions from 9 days to 3. Moved 80,000 savings accounts onto the new Corvid ledger in one weekend."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Moving 80,000 savings accounts onto the Corvid ledger in a weekend is rare.", true},
		{"Moving 80,000 accounts onto the Corvid ledger in a weekend is rare.", true},
		// The 80,000 accounts were savings accounts; business is another
		// sentence's word.
		{"Moving 80,000 business accounts onto the Corvid ledger in a weekend is rare.", false},
	})
}
