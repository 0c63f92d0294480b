package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// Profiles written for these tests, not taken from any set.

func carpetConservator() *profile.Profile {
	return &profile.Profile{
		Name: "Leila Haddad", Headline: "Textile Conservator", Title: "Textile Conservator", Company: "Haddad Studio",
		Experience: []profile.Experience{{Title: "Textile Conservator", Company: "Haddad Studio", Start: "2014",
			Description: "Conserved the 1685 Tabriz medallion carpet: 41,000 knots replaced over 16 months."}},
	}
}

func TestDigitsOfOtherScripts(t *testing.T) {
	wantVerdicts(t, carpetConservator(), []lineWant{
		// Arabic-Indic and Persian digits are the same numbers.
		{"ترميم سجادة تبريز من عام ١٦٨٥ عمل رائع حقاً.", true},
		{"مرمت فرش تبریز از سال ۱۶۸۵ کاری واقعاً تحسین‌برانگیز است.", true},
		// Another year is not on the profile.
		{"ترميم سجادة تبريز من عام ١٧٢٠ عمل رائع حقاً.", false},
	})
	if got := westernDigits("۱۶۸۵ and १२ and 𝟗𝟘"); got != "1685 and 12 and 90" {
		t.Errorf("westernDigits = %q", got)
	}
}
