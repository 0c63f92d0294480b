package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// A change given as "by" the start or end of a range is refused with the
// difference; the difference, or the range itself, is fine; a number the
// profile also gives alone is not judged.
func TestRangeEndAsChange(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Shah", Headline: "Procurement Lead", Title: "Procurement Lead", Company: "Norland Rail", Location: "Derby",
		Experience: []profile.Experience{
			{Title: "Procurement Lead", Company: "Norland Rail", Start: "2020", End: "present",
				Description: "Cut the supplier base from 212 to 90. IV-to-oral switch: average IV duration 4.2 → 2.9 days. Saved £3.1m; 90 suppliers on the new portal."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting the supplier base at Norland by 212 is impressive.", false},
		{"Cutting the supplier base at Norland by 122 is impressive.", true},
		{"Cutting the supplier base at Norland from 212 to 90 is impressive.", true},
		{"Cutting average IV duration at Norland by 4.2 days is a remarkable result.", false},
		{"Cutting average IV duration at Norland by 1.3 days is a remarkable result.", true},
	})
	if _, ok := NewIndex(p).onlyRangeEnd("90"); ok {
		t.Error("90 is also given alone: it is not only a range's end")
	}
	if _, ok := NewIndex(p).onlyRangeEnd("4.2"); !ok {
		t.Error("4.2 only starts the range 4.2 → 2.9")
	}
}

// A figure said to rise where the profile says it fell (or the reverse) is
// refused; the same direction, or a figure given without a word of
// change, is fine.
func TestDirectionOfChange(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Shah", Headline: "Procurement Lead", Title: "Procurement Lead", Company: "Norland Rail", Location: "Derby",
		Experience: []profile.Experience{
			{Title: "Procurement Lead", Company: "Norland Rail", Start: "2020", End: "present",
				Description: "Saved £3.1m a year on indirect spend. Grew SME suppliers' share of spend to 18%. Runs a £40m budget."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Growing indirect spend at Norland by £3.1m a year is impressive.", false},
		{"Cutting indirect spend at Norland by £3.1m a year is impressive.", true},
		{"Cutting the SME suppliers' share of spend at Norland to 18% is impressive.", false},
		{"Growing the £40m budget for indirect spend at Norland is impressive.", true},
	})
}

// A figure whose profile sentence names the same measure by its initials
// ("CAC down from £41 to £19") is that measure's, whatever the line says
// it was done by.
func TestMeasureNamedByInitials(t *testing.T) {
	p := &profile.Profile{
		Name: "Hannah Cole", Headline: "Head of Growth", Title: "Head of Growth", Company: "Lunchbox Rescue", Location: "Bristol",
		Experience: []profile.Experience{{Title: "Head of Growth", Company: "Lunchbox Rescue", Start: "2021", End: "present",
			Description: "CAC down from £41 to £19. Rebuilt paid social around creator content."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting CAC from £41 to £19 by rebuilding paid social is exactly the efficiency story our client's board wants.", true},
	})
}

// A name put in the place of another right before a reference ("the
// Northampton automated fulfilment centre" for "Daventry automated
// fulfilment centre") is refused, though the name is elsewhere on the
// profile; the right name, or none, is fine.
func TestNameSwappedBeforeReference(t *testing.T) {
	p := &profile.Profile{
		Name: "João Ribeiro", Headline: "Head of Warehouse Operations", Title: "Head of Warehouse Operations", Company: "Albion Logistics", Location: "Daventry",
		Experience: []profile.Experience{
			{Title: "Head of Warehouse Operations", Company: "Albion Logistics", Start: "2023", End: "present", Location: "Daventry",
				Description: "Led the go-live of the Daventry automated fulfilment centre (62,000 order lines a day)."},
			{Title: "Operations Manager", Company: "Albion Logistics", Start: "2019", End: "2022", Location: "Northampton",
				Description: "Won back the Halcyon Beauty contract."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the go-live of the Northampton automated fulfilment centre is exactly what our client needs.", false},
		{"Leading the go-live of the Daventry automated fulfilment centre is exactly what our client needs.", true},
		{"Leading the go-live of an automated fulfilment centre moving 62,000 order lines a day is exactly what our client needs.", true},
	})
}

// A clause headed by a gerund ("Delivering the Glasnevin centre for
// Bannock Construction is ...") is about the candidate: the names in it
// are checked and bound, not taken for a subject of their own.
func TestGerundHeadsTheClause(t *testing.T) {
	p := &profile.Profile{
		Name: "Ciarán O'Doherty", Headline: "Senior Site Manager", Title: "Senior Site Manager", Company: "Bannock Construction", Location: "Manchester",
		Experience: []profile.Experience{
			{Title: "Senior Site Manager", Company: "Bannock Construction", Start: "2020", End: "present", Location: "Manchester", Description: "Site lead on the £24m Oakfield special school."},
			{Title: "Site Manager", Company: "Farrell & Nolan Builders", Start: "2012", End: "2020", Location: "Dublin", Description: "Delivered the €11m Glasnevin Primary Care Centre."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Delivering the Glasnevin Primary Care Centre for Bannock Construction is great healthcare experience.", false},
		{"Delivering the Glasnevin Primary Care Centre for Farrell & Nolan is great healthcare experience.", true},
		{"Seeing Barratt Homes is hiring, your Oakfield special school stood out.", true},
	})
}

// A greeting word that starts a name ("Buenos Aires") is the name's, and
// checked; opening the line it still greets.
func TestGreetingWordInAName(t *testing.T) {
	p := &profile.Profile{
		Name: "Valentina Rojas", Headline: "Enterprise AE", Title: "Enterprise Account Executive", Company: "Tessellate Software", Location: "London",
		Experience: []profile.Experience{
			{Title: "Country Manager", Company: "Cumbre Cloud", Start: "2018", End: "2021", Location: "Santiago, Chile", Description: "Opened the Perú and Colombia markets; first 20 customers in Lima and Bogotá."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Landing your first 20 customers in Buenos Aires is impressive.", false},
		{"Landing your first 20 customers in Lima and Bogotá for Cumbre Cloud is impressive.", true},
		{"Buenos días Valentina, landing your first 20 customers in Lima and Bogotá is impressive.", true},
	})
}
