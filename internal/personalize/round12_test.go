package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func hospitalPharmacist() *profile.Profile {
	return &profile.Profile{
		Name: "Begoña Etxeberria Ruiz", Title: "Jefa de Servicio de Farmacia", Company: "Hospital Universitario Donostia",
		About: "Farmacéutica especialista con 15 años en farmacia hospitalaria. Implanté la prescripción electrónica en oncología en 2017.",
		Experience: []profile.Experience{
			{Title: "Jefa de Servicio de Farmacia", Company: "Hospital Universitario Donostia", Start: "2019", End: "present",
				Description: "Lancé la unidad de preparación de citostáticos con robot (2021), que prepara 22.000 dosis al año."},
			{Title: "Farmacéutica adjunta", Company: "Hospital Universitario Cruces", Start: "2010", End: "2018",
				Description: "Implanté la prescripción electrónica en oncología (2017). Tutora de 9 residentes."},
		},
	}
}

func TestYearsInOtherLanguagesAreTenure(t *testing.T) {
	wantVerdicts(t, hospitalPharmacist(), []lineWant{
		// "con 15 años en farmacia hospitalaria" is how long, as "with 15
		// years in" is: a line that only says it names nothing done.
		{"15 años en farmacia hospitalaria: un perfil impresionante.", false},
		{"Quince años en farmacia hospitalaria: un perfil impresionante.", false},
		// "año" alone ("dosis al año") is no reference.
		{"Tres años en Donostia, un perfil impresionante.", false},
		// What they did, in the same language, still counts.
		{"La unidad de citostáticos con robot que prepara 22.000 dosis al año es justo lo que buscamos.", true},
		{"Implantar la prescripción electrónica en oncología en Cruces es un gran logro.", true},
	})
}
