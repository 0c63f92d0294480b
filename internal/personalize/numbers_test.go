package personalize

import (
	"strings"
	"testing"
)

// figureKeys are the keys of the numbers tokenize reads in s.
func figureKeys(s string) []string {
	var out []string
	for _, t := range tokenize(s, nil) {
		if t.number {
			k := t.key
			if t.decade {
				k += " decade"
			}
			out = append(out, k)
		}
	}
	return out
}

func TestNumbersInOneForm(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"fitted three hundred and ten chargers", "310"},
		{"two thousand four hundred blood pressure checks", "2400"},
		{"two thousand and fifty checks", "2050"},
		{"onze saisons de live ops", "11"},
		{"zwölf Filialen", "12"},
		{"Sechzig Stapler an einem Wochenende", "60"},
		{"noventa camiones", "90"},
		{"tachtig leerlingen", "80"},
		{"diciassette cantieri", "17"},
		{"One hundred and forty heat pumps", "140"},
		{"a hundred nurses", "100"},
		{"eleven hundred patients", "1100"},
		{"fifty-eight per cent", "58"},
		{"two dozen sites", "24"},
		{"£3.8m a year", "3800000"},
		{"3.8 million pounds", "3800000"},
		{"£3,800,000", "3800000"},
		{"S$90k", "90000"},
		{"S$1.3bn", "1300000000"},
		{"1,4 millones de libras", "1400000"},
		{"4 200 m²", "4200"},
		{"1\u00a0250\u00a0000 €", "1250000"},
		{"2022-27", "2022 2027"},
		{"2019/20", "2019 2020"},
		{"since '22", "2022"},
		{"class of ’98", "1998"},
		{"sixty Year 11s", "60 11"},
		{"the over-65s", "65"},
		{"in the 1990s", "1990 decade"},
		{"their late 60s", "60 decade"},
		{"13亿新元", "1300000000"},
		{"9万新元", "90000"},
		{"2千万円", "20000000"},
		{"看護師四十六名を", "46"},
		{"三百十台の充電器", "310"},
		{"四十六億円", "4600000000"},
		{"三菱と五十嵐さん", ""},
		// Not one number: a label before a figure, a year before a
		// count, a compound after a count.
		{"Year 11 100% pass rate", "11 100"},
		{"in 2019 200 nurses", "2019 200"},
		{"3 100-bed wards", "3 100"},
		{"two and three", "2 3"},
		{"2391-52", "2391 52"},
	} {
		if got := strings.Join(figureKeys(c.in), " "); got != c.want {
			t.Errorf("%q: numbers %q, want %q", c.in, got, c.want)
		}
	}
}

func TestScaled(t *testing.T) {
	for _, c := range [][3]string{{"3.8", "6", "3800000"}, {"1.25", "1", "12.5"}, {"0.5", "3", "500"}, {"12", "3", "12000"}, {"1.2345", "3", "1234.5"}} {
		z := int(c[1][0] - '0')
		if got := scaled(c[0], z); got != c[2] {
			t.Errorf("scaled(%s, %d) = %s, want %s", c[0], z, got, c[2])
		}
	}
}

// TestYearsInEntries checks that a year counts when it falls in the years
// of the entry the line refers to, not elsewhere.
func TestYearsInEntries(t *testing.T) {
	p := ruleProfile()
	if len(p.Experience) == 0 || p.Experience[0].Start == "" {
		t.Fatal("ruleProfile needs a dated position")
	}
	e := p.Experience[len(p.Experience)-1]
	from := yearIn(e.Start)
	if from == 0 {
		t.Fatalf("no start year in %q", e.Start)
	}
	idx := NewIndex(p)
	id := entryID(listExperience, len(p.Experience)-1)
	if !idx.inSpan(from, []int32{id}) || idx.inSpan(from-20, []int32{id}) || idx.inSpan(from-20, nil) {
		t.Errorf("spans %v: year %d should be in entry %d, year %d in none", idx.spans, from, id, from-20)
	}
}
