package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// A word of a post and a word of its employer, joined by "at", name the
// post together when neither is enough alone.
func TestPostWordsPairUp(t *testing.T) {
	p := &profile.Profile{
		Name: "Hiroshi Kato", Headline: "Senior Structural Engineer | CEng MIStructE | Bridges", Title: "Senior Structural Engineer", Company: "Arup", Location: "London",
		Experience: []profile.Experience{
			{Title: "Senior Structural Engineer", Company: "Arup", Start: "2018", End: "present", Description: "Design lead for the 240 m cable-stayed bridge over the River Wear in Sunderland."},
			{Title: "Visiting Lecturer", Company: "Imperial College London", Start: "2020", End: "present", Description: "Teach bridge design to MEng students."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"As a bridge engineer who also lectures at Imperial, you'd fit right in.", true},
		{"Teaching at Imperial alongside Arup is a nice touch.", true},
		{"As a bridge engineer who also lectures at Oxford, you'd fit right in.", false},
		{"As a bridge engineer who also consults for Imperial, you'd fit right in.", false},
		{"As a bridge engineer who is imperial in manner, you'd fit right in.", false},
	})
}
