package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func aeroPlanner() *profile.Profile {
	return &profile.Profile{
		Name: "Rania Khoury", Title: "Maintenance Planner", Company: "Cedar Aero Technics", Location: "Beirut, Lebanon",
		Experience: []profile.Experience{
			{Title: "Maintenance Planner", Company: "Cedar Aero Technics", Start: "2020", End: "present",
				Description: "Plan heavy checks for the A320 fleet. Cut C-check turnaround from 21 to 16 days by re-sequencing the task cards."},
			{Title: "Graduate Engineer", Company: "Middle East Airlines", Start: "2017", End: "2020",
				Description: "Tracked about 8,000 task cards a year across two line stations."},
		},
		Projects: []profile.Project{{Name: "Composite repair bay", Description: "A dust-controlled bay for composite repairs, 400 square metres."}},
	}
}

func TestAreaWrittenInTwoWords(t *testing.T) {
	wantVerdicts(t, aeroPlanner(), []lineWant{
		// "square metres", "sq m" and "sqm" are one unit.
		{"The 400 square metre bay for composite repairs is a clever idea.", true},
		{"The 400 sq m bay for composite repairs is a clever idea.", true},
		{"The 400 sqm bay for composite repairs is a clever idea.", true},
		// Another unit of area, or another figure, is not the profile's.
		{"The 400 square foot bay for composite repairs is a clever idea.", false},
		{"The 600 square metre bay for composite repairs is a clever idea.", false},
	})
}

func TestCountBeforeAnOwnersWord(t *testing.T) {
	wantVerdicts(t, aeroPlanner(), []lineWant{
		// "two line stations' task cards" counts stations, not cards.
		{"Covering two line stations' task cards at Middle East Airlines is solid grounding.", true},
		{"Covering both stations' task cards, some 8,000 a year, at Middle East Airlines is solid grounding.", true},
		// ... so a number given to the stations is judged against them.
		{"Tracking 8,000 line stations' task cards at Middle East Airlines is serious volume.", false},
		{"Covering three line stations' task cards at Middle East Airlines is solid grounding.", false},
	})
}
