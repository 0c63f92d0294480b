package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestScaledFigureIsRounded: a figure written at a scale with two
// significant digits ("$64k", "2.7 million") is the profile's figure
// rounded to its last digit; one that rounds to another figure, or a
// single digit at a scale ("$6k"), is not.
func TestScaledFigureIsRounded(t *testing.T) {
	p := &profile.Profile{
		Name: "Marta Lindholm", Title: "Owner", Company: "Lindholm Looms",
		Experience: []profile.Experience{{Title: "Owner", Company: "Lindholm Looms", Start: "2016",
			Description: "Restored a 1902 jacquard loom with a crowdfunding drive that raised $64,350 from 820 donors. Our rug patterns have 2,740,000 downloads."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Raising $64k from 820 donors to restore a 1902 jacquard loom is inspiring.", true},
		{"Raising $64.4k from 820 donors to restore a 1902 jacquard loom is inspiring.", true},
		{"Your rug patterns passing 2.7 million downloads is quite a following.", true},
		{"Raising $69k from 820 donors to restore a 1902 jacquard loom is inspiring.", false},
		{"Raising $6k from 820 donors to restore a 1902 jacquard loom is inspiring.", false},
		{"Your rug patterns passing 2.9 million downloads is quite a following.", false},
	})
}

// TestCongratulationVerbWithItsAuxiliary: a congratulation that ends a
// sentence with one word after it ("tebrik ederim", "gratuliere Ihnen")
// is about what comes before it, so a first place said there is checked
// against the award's lesser place.
func TestCongratulationVerbWithItsAuxiliary(t *testing.T) {
	p := &profile.Profile{
		Name: "Elif Karaca", Title: "Kurucu", Company: "Karaca Seramik", Location: "Kütahya, Türkiye",
		Experience: []profile.Experience{{Title: "Kurucu", Company: "Karaca Seramik", Start: "2015",
			Description: "El yapımı çini karolar; 14 otel lobisi için pano tasarımı."}},
		Honors: []string{"Kütahya Çini Yarışması — Üçüncülük, Kütahya Belediyesi, 2021"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Kütahya Çini Yarışması'nda birinci olmanızı tebrik ederim!", false},
		{"Kütahya Çini Yarışması'nda üçüncü olmanızı tebrik ederim!", true},
	})
}
