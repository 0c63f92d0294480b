package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func glazier() *profile.Profile {
	return &profile.Profile{
		Name: "Ruth Calder", Headline: "Heritage Glazier", Title: "Senior Glazier", Company: "Calder Heritage Glass",
		Experience: []profile.Experience{{Title: "Senior Glazier", Company: "Calder Heritage Glass", Start: "2015",
			Description: "Restored the Bell Rock signal tower cupola: 840 leaded panes reset in lime putty. " +
				"Surveyed 120 listed chapels and halls for the diocese; tested 40 mortar and render samples a month. " +
				"Took 6 samples of the original glass for dating."}},
	}
}

func TestWhatAColonOpensTellsOfWhatIsBeforeIt(t *testing.T) {
	wantVerdicts(t, glazier(), []lineWant{
		// The cupola is what the 840 panes are of: the colon opens
		// their detail.
		{"Resetting 840 cupola panes at Bell Rock in lime putty is exactly the care our client wants.", true},
		{"Resetting 840 leaded panes at Bell Rock in lime putty is exactly the care our client wants.", true},
		// The chapels are counted with another number.
		{"Resetting 840 chapel panes at Bell Rock in lime putty is exactly the care our client wants.", false},
	})
}

func TestACountedPairOfNouns(t *testing.T) {
	wantVerdicts(t, glazier(), []lineWant{
		// "120 listed chapels and halls" counts halls as much as chapels,
		// and "40 mortar and render samples" counts samples.
		{"Surveying 120 listed halls for the diocese is a serious body of heritage work.", true},
		{"Testing 40 samples a month for the diocese chapels is careful work.", true},
		// The 6 are samples of glass, not of render.
		{"Testing 6 render samples a month for the diocese chapels is careful work.", false},
	})
}

func chargebackAnalyst() *profile.Profile {
	return &profile.Profile{
		Name: "Élodie Marchand", Headline: "Responsable litiges cartes", Title: "Responsable litiges", Company: "Banque Aurélie",
		Experience: []profile.Experience{
			{Title: "Analyste impayés (chargebacks)", Company: "Banque Aurélie", Start: "2019",
				Description: "Traitement des impayés pour les commerçants en ligne ; délai moyen de représentation ramené de 12 à 5 jours."},
			{Title: "Analyste", Company: "Banque Aurélie", Start: "2015", End: "2019",
				Description: "Audited card schemes and acquiring contracts for the risk committee; average handling reports."},
		},
	}
}

func TestAFigureSaidInAnotherLanguage(t *testing.T) {
	wantVerdicts(t, chargebackAnalyst(), []lineWant{
		// The profile says in French what the 12 and the 5 are of; the
		// line's English words for it are no other thing.
		{"Cutting average chargeback representment time from twelve days to five is impressive.", true},
	})
}
