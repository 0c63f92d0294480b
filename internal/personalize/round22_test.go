package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func foodAuditor() *profile.Profile {
	return &profile.Profile{
		Name: "Nadia Harun", Headline: "Food Safety Auditor", Title: "Lead Auditor",
		Company: "Certis Asia", Location: "Penang, Malaysia",
		Experience: []profile.Experience{
			{Title: "Lead Auditor", Company: "Certis Asia", Start: "2018", End: "Present",
				Description: "Audited 240 seafood plants in Indonesia, the Philippines and Vietnam."},
			{Title: "QA Executive", Company: "Unilever Malaysia", Start: "2014", End: "2018",
				Description: "Ran supplier audits for 60 ice cream ingredients."},
		},
	}
}

func TestANameInAListIsTiedAsTheListIs(t *testing.T) {
	wantVerdicts(t, foodAuditor(), []lineWant{
		// The seafood audits were at Certis, not at Unilever; the names
		// after the list's first are no subject of "gave".
		{"Auditing 240 seafood plants across Indonesia, the Philippines and Vietnam for Unilever gave you a wide view.", false},
		{"Auditing 240 seafood plants across Indonesia, the Philippines and Vietnam for Certis gave you a wide view.", true},
		// A name that heads its own clause is still the recruiter's side.
		{"Your audits of 240 seafood plants stand out, and Unilever gave us the brief.", true},
	})
}
