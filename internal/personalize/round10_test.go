package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func TestNameTranslatedThroughSharedRoots(t *testing.T) {
	p := &profile.Profile{
		Name: "Bogdan Mureșan", Title: "Hospital Pharmacist", Company: "St Olave's Hospital", Location: "London",
		Experience: []profile.Experience{
			{Title: "Hospital Pharmacist", Company: "St Olave's Hospital", Start: "2020", End: "present", Location: "London",
				Description: "Built the aseptic unit's electronic batch records, halving release times."},
			{Title: "Research Assistant", Company: "Institutul Oncologic Cluj", Start: "2016", End: "2020", Location: "Cluj-Napoca"},
		},
		Education: []profile.Education{{School: "Universitatea de Medicină și Farmacie Iuliu Hațieganu", Degree: "MPharm", Year: 2016}},
		Honors:    []string{"Premiul pentru Farmacie Clinică, Colegiul Farmaciștilor din România, 2022"},
	}
	wantVerdicts(t, p, []lineWant{
		// English for the school's name: its words share their roots
		// with the Romanian ones, so it is neither invented nor a
		// pharmacist's post in Cluj.
		{"Going from the University of Medicine and Pharmacy in Cluj-Napoca to building the aseptic unit's electronic batch records is quite a path.", true},
		{"Winning the Clinical Pharmacy Prize in 2022 and then halving release times with electronic batch records is impressive.", true},
		// An English name of words that share no root with any name
		// on the profile is still invented.
		{"Winning the Hospital Innovation Prize in 2022 and then halving release times with electronic batch records is impressive.", false},
	})
}

func TestNameSpeltFromWordStartsInMixedCapitals(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Raghunathan", Title: "Senior Wound Care Nurse", Company: "Preston Community Health",
		Experience: []profile.Experience{
			{Title: "Senior Wound Care Nurse", Company: "Preston Community Health", Start: "2019", End: "present",
				Description: "Set up the nurse-led leg ulcer clinic that healed 70% of venous ulcers within 12 weeks."},
		},
		Education: []profile.Education{{School: "University of Central Lancashire", Degree: "Master of Nursing", Year: 2018}},
	}
	wantVerdicts(t, p, []lineWant{
		// "UCLan": the capitals mark where each word of the school starts.
		{"Your UCLan master's and then healing 70% of venous ulcers within 12 weeks at the leg ulcer clinic is a great story.", true},
		// A word in mixed capitals that spells no name of the profile is
		// still invented.
		{"Your UCLon master's and then healing 70% of venous ulcers within 12 weeks at the leg ulcer clinic is a great story.", false},
	})
}

func TestSharedRoot(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"pharmacy", "farmacie", true},
		{"medicine", "medicina", true},
		{"architecture", "arquitectura", true},
		{"phase", "fase", true},
		{"andalusia", "andalucia", true},
		{"association", "asociacion", true},
		{"university", "universidad", true},
		{"technical", "technische", true},
		{"bridge", "brucke", false},
		{"north", "nord", false},
		{"law", "lawn", false}, // too short
		{"pharmacy", "pharos", false},
		{"chemistry", "kemia", false},
	} {
		if got := sharedRoot(c.a, c.b); got != c.want {
			t.Errorf("sharedRoot(%q, %q) = %v, want %v (%q, %q)", c.a, c.b, got, c.want, cognateForm(c.a), cognateForm(c.b))
		}
	}
}
