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

// Initials skip an acronym that spells nothing and take both words of a
// closed compound.
func TestInitialsOfCompoundsAndSkippedAcronyms(t *testing.T) {
	p := &profile.Profile{
		Name: "Grace Obi", Title: "Advanced Nurse Practitioner", Company: "Leeds Teaching Hospitals NHS Trust",
		Experience: []profile.Experience{
			{Title: "Advanced Nurse Practitioner", Company: "Leeds Teaching Hospitals NHS Trust", Start: "2019", End: "present", Description: "Led the sepsis screening audit that raised compliance from 68% to 91%."},
			{Title: "Assistant Headteacher", Company: "Oakfield Academy", Start: "2014", End: "2019", Description: "Rebuilt the Key Stage 3 literacy intervention."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your sepsis screening audit at LTHT taking compliance from 68% to 91% is brilliant.", true},
		{"Your sepsis screening audit at LTH taking compliance from 68% to 91% is brilliant.", true},
		{"Your sepsis screening audit at LTX taking compliance from 68% to 91% is brilliant.", false},
		{"Rebuilding the KS3 literacy intervention as AHT at Oakfield is a great story.", true},
		{"Rebuilding the KS3 literacy intervention as AHX at Oakfield is a great story.", false},
	})
	// A small word with the next letter may be skipped too: "of" gives
	// no O in JOPP.
	for acr, want := range map[string]bool{"ltht": true, "aht": true, "ltx": false, "jopp": true, "jpp": false, "jop": true, "joppx": false} {
		toks := tokenize("Leeds Teaching Hospitals NHS Trust, Assistant Headteacher, Journal of Oncology Pharmacy Practice", nil)
		found := false
		for i := range toks {
			if _, ok := initialsFrom(toks, i, acr); ok {
				found = true
			}
		}
		if found != want {
			t.Errorf("%s: initials found %v, want %v", acr, found, want)
		}
	}
}

// TestInstitutionInGreekCapitals: a university the profile writes in a
// script with capitals ("Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης") is a
// university the line may name in English.
func TestInstitutionInGreekCapitals(t *testing.T) {
	p := &profile.Profile{
		Name: "Nikos Georgiou", Title: "Principal Highways Engineer", Company: "Egnatia Consult",
		Experience: []profile.Experience{{Title: "Principal Highways Engineer", Company: "Egnatia Consult", Start: "2021", End: "present",
			Description: "Design lead for the Stavroupoli grade-separated interchange on the Thessaloniki Inner Ring Road."}},
		Education: []profile.Education{{School: "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης", Degree: "Dipl.-Ing.", Field: "Civil Engineering"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"With an Aristotle University civil engineering diploma and the Stavroupoli interchange behind you, you'd be a strong fit.", true},
	})
}
