package profile

import "testing"

// TestLocalized: LinkedIn's interface strings and dates in other
// languages read as their English forms; English and plain text are left
// alone.
func TestLocalized(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ui       bool
	}{
		{"Ir al contenido principal", "skip to main content", true},
		{"メインコンテンツにスキップ", "skip to main content", true},
		{"Licencias y certificaciones", "licenses & certifications", true},
		{"Berufserfahrung", "experience", true},
		{"工作经历", "experience", true},
		{"2º", "2nd", true},
		{"3e+", "3rd+", true},
		{"Más de 500 contactos", "500 connections", true},
		{"つながり500件以上", "500 connections", true},
		{"Mostrar las 12 aptitudes", "show all", true},
		{"4 comentarios", "12 comments", true},
		{"2 sem.", "1w", true},
		{"ene. de 2021 - actualidad", "Jan 2021 - Present", false},
		{"janv. 2021 - aujourd’hui", "Jan 2021 - Present", false},
		{"Okt. 2016 – heute", "Oct 2016 – Present", false},
		{"jan. de 2022 - o momento", "Jan 2022 - Present", false},
		{"2021年1月 - 現在", "Jan 2021 - Present", false},
		{"2020年7月 - 至今", "Jul 2020 - Present", false},
		{"3年 2ヶ月", "3 yrs 2 mos", false},
		{"4 años 11 meses", "4 yrs 11 mos", false},
		{"2014年 - 2016年", "2014 - 2016", false},
		{"Expedición: may. de 2019", "Issued May 2019", false},
		// English and plain text: nothing to translate.
		{"Jan 2021 - Present", "", false},
		{"3 yrs 2 mos", "", false},
		{"500+ connections", "", false},
		{"2019", "", false},
		{"Leveraged Finance", "", false},
		{"Ab heute auf der automatica in München: Halle B4, Stand 301. Kommen Sie vorbei!", "", false},
	} {
		got, ui := localized(c.in)
		if got != c.want || ui != c.ui {
			t.Errorf("localized(%q) = %q, %v; want %q, %v", c.in, got, ui, c.want, c.ui)
		}
	}
}

// TestDateRangeLocalized: an entry's dates are kept in English, so that
// "actualidad" is a current position like "Present".
func TestDateRangeLocalized(t *testing.T) {
	for in, want := range map[string][2]string{
		"ene. de 2021 - actualidad · 4 años 11 meses": {"Jan 2021", "Present"},
		"2016年4月 - 2021年3月 · 5年":                      {"Apr 2016", "Mar 2021"},
		"Jan 2019 - Present · 5 yrs":                  {"Jan 2019", "Present"},
	} {
		if s, e := dateRange(in); s != want[0] || e != want[1] {
			t.Errorf("dateRange(%q) = %q, %q; want %q, %q", in, s, e, want[0], want[1])
		}
	}
}
