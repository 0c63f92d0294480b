package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestDecimalZerosWriteTheSameNumber: "2,0 t", "2.0 t" and "2 t" are
// one figure, so a line that writes it without the zeros its profile
// gives (or with them) names the profile's figure, and a different one
// is still refused.
func TestDecimalZerosWriteTheSameNumber(t *testing.T) {
	p := &profile.Profile{
		Name: "Aurélie Bastide", Headline: "Teinturière végétale", Title: "Responsable R&D", Company: "Garance & Guède",
		Experience: []profile.Experience{
			{Title: "Responsable R&D", Company: "Garance & Guède", Start: "2018", End: "Present",
				Description: "Nouveau bain de garance à froid : rendement passé de 0,8 à 3,0 kg de colorant par tonne de racines. Cuves de 1.50 m de profondeur."},
		},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Raising the cold madder bath's yield from 0.8 to 3 kg of dye per tonne of roots at Garance & Guède is impressive.", true},
		{"Your cold madder bath at Garance & Guède, which took the yield of dye per tonne of roots to 3.00 kg, is a real advance.", true},
		{"Raising the cold madder bath's yield from 0.8 to 4 kg of dye per tonne of roots at Garance & Guède is impressive.", false},
	} {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok {
			t.Errorf("%q: ok=%v, want %v\n%s", c.line, v.OK, c.ok, v)
		}
		if w := Check(p, c.line, Options{Index: NewIndex(p)}); w.String() != v.String() {
			t.Errorf("%q: one-off and prepared checks differ:\n%s\n%s", c.line, v, w)
		}
	}
	for in, want := range map[string]string{"2,0": "2", "2.0": "2", "1,50": "1.5", "3.05": "3.05", "1.250": "1250", "10": "10", "0,0": "0"} {
		if got := numberKey(in); got != want {
			t.Errorf("numberKey(%q) = %q, want %q", in, got, want)
		}
	}
}
