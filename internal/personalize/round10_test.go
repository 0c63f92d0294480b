package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func TestNameTranslatedThroughSharedRoots(t *testing.T) {
	p := &profile.Profile{
		Name: "Bogdan Mureșan", Title: "Hospital Pharmacist", Company: "St Olave's Hospital",
		Experience: []profile.Experience{
			{Title: "Hospital Pharmacist", Company: "St Olave's Hospital", Start: "2020", End: "present",
				Description: "Built the aseptic unit's electronic batch records, halving release times."},
			{Title: "Pharmacist", Company: "Farmacia Catena", Start: "2016", End: "2020", Description: "Community pharmacy in Cluj-Napoca."},
		},
		Education: []profile.Education{{School: "Universitatea de Medicină și Farmacie Iuliu Hațieganu", Degree: "MPharm", Year: 2016}},
		Honors:    []string{"Premiul pentru Farmacie Clinică, Colegiul Farmaciștilor din România, 2022"},
	}
	wantVerdicts(t, p, []lineWant{
		// English for the school's name: its words share their roots
		// with the Romanian ones, so it is neither invented nor a
		// pharmacist's post in Cluj.
		{"Going from the University of Medicine and Pharmacy in Cluj to building the aseptic unit's electronic batch records is quite a path.", true},
		{"Winning the Clinical Pharmacy Prize in 2022 and then halving release times with electronic batch records is impressive.", true},
		// An English name of words that share no root with any name
		// on the profile is still invented.
		{"Winning the Hospital Innovation Prize in 2022 and then halving release times with electronic batch records is impressive.", false},
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
