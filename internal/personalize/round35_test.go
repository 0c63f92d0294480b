package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestScaleWordsOfOtherLanguages: a figure written with another
// language's word for a thousand, a million or a billion after it ("9 bin
// m³", "31 ألف", "4 ribu", "2,5 triệu") is the figure the profile writes in
// digits, and a wrong figure so written is still refused; the word alone
// ("ich bin", "Mila") is no figure.
func TestScaleWordsOfOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Derya Aksoy", Headline: "Process engineer", Title: "Process Engineer", Company: "Marmara Boya",
		Experience: []profile.Experience{
			{Title: "Process Engineer", Company: "Marmara Boya", Start: "2019", End: "Present",
				Description: "Saved 9,000 m³ of water a year by reusing tank wash water. Grew the open day from 12,000 to 31,000 visitors. Trained 4,000 operators across 2,500,000 m² of plant floor."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Tank yıkama sularıyla yılda 9 bin m³ su tasarrufu harika.", true},
		{"Tank yıkama sularıyla yılda 8 bin m³ su tasarrufu harika.", false},
		{"زيادة حضور اليوم المفتوح من 12 ألفاً إلى 31 ألف زائر إنجاز رائع.", true},
		{"Melatih 4 ribu operator itu luar biasa.", true},
		{"Melatih 5 ribu operator itu luar biasa.", false},
		{"Đào tạo 4 nghìn người vận hành trên 2,5 triệu m² nhà máy thật ấn tượng.", true},
		{"Hai ridotto l'acqua di 9 mila m³ l'anno riutilizzando l'acqua di lavaggio dei serbatoi.", true},
		{"Du har sparet 9 tusind m³ vand om året ved at genbruge vaskevandet.", true},
		{"Évente 9 ezer m³ vizet takarítottál meg a tartálymosó víz újrahasznosításával.", true},
		{"Ich bin beeindruckt, dass Sie 9.000 m³ Wasser im Jahr durch Wiederverwendung des Tankwaschwassers gespart haben.", true},
	})
}

