package profile

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// quickInputs are lines that match the paste patterns or nearly do.
var quickInputs = []string{
	"Jan 2019 - Present", "2019", "Issued Jan 2020", "ſept 2019 – now", "ISSUED 2020", "expires 2031", "Started 1999 to TODAY",
	"May 2020 - current", "dec. 2018", "2 yrs 3 mos", "5 years", "10 months", "1st", "· 2nd", "3rd+ degree connection",
	"500+ connections", "1,204 followers", ".5k endorsements", "+ 2 skills", "+3 skills", "4 experiences at Acme",
	"2 educations", "3 other skills", "Kenji Watanabe and 2 others", "A and 1 other", "Rust · Motion Planning · +2 skills",
	"Rust, Go and +3 ſkills", "London, England, United Kingdom", "São Paulo, Brazil", "Class of 2016, BSc 1999x 2020",
	"(2012 - 2016)", "_2019", "2019_", "1990s 2001", "x2005 2006", "20201", "1919", "2000", "",
}

func quickCases(s string) []struct {
	name  string
	quick bool
	match bool
} {
	l := strings.ToLower(s)
	return []struct {
		name  string
		quick bool
		match bool
	}{
		{"reDuration", startsWithDigit(s) || !hasDigit(s), reDuration.MatchString(s)},
		{"reDate", mayBeDate(s), reDate.MatchString(s)},
		{"reCount", mayBeCount(s), reCount.MatchString(s)},
		{"reCount lower", mayBeCount(l), reCount.MatchString(l)},
		{"reNumbered", mayBeNumbered(l), reNumbered.MatchString(l)},
		{"reDegree", mayBeDegree(s), reDegree.MatchString(s)},
		{"reDegree lower", mayBeDegree(l), reDegree.MatchString(l)},
		{"reOthers", strings.Contains(l, " and "), reOthers.MatchString(l)},
		{"reMoreSkills", strings.IndexByte(s, '+') >= 0, reMoreSkills.MatchString(s)},
		{"reLocation", strings.Contains(s, ", "), reLocation.MatchString(s)},
	}
}

// checkQuick fails when a quick test rules out a string its pattern
// matches, or lastYear disagrees with reYear.
func checkQuick(t *testing.T, s string) {
	t.Helper()
	for _, c := range quickCases(s) {
		if c.match && !c.quick {
			t.Errorf("%s matches %q but the quick test rules it out", c.name, s)
		}
	}
	want := 0
	if m := reYear.FindAllString(s, -1); len(m) > 0 {
		want, _ = strconv.Atoi(m[len(m)-1])
	}
	if got := lastYear(s); got != want {
		t.Errorf("lastYear(%q) = %d, want %d", s, got, want)
	}
}

func TestQuickPatternTests(t *testing.T) {
	for _, s := range quickInputs {
		checkQuick(t, s)
	}
	for _, name := range []string{"ines-growth.txt", "priya-finance.txt", "kenji-engineer.txt", "aisling-nurse.txt", "omar-academic.txt"} {
		b, err := os.ReadFile("testdata/paste/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			checkQuick(t, line)
			for _, part := range strings.Split(line, "·") {
				checkQuick(t, strings.TrimSpace(part))
			}
		}
	}
	// The quick tests must rule out most description lines.
	if mayBeDate("Led the first-year IFRS 9 audit for Penwick Bank.") || strings.IndexByte("Led 40+ people.", '+') < 0 {
		t.Error("quick tests")
	}
}

func FuzzQuickPatternTests(f *testing.F) {
	for _, s := range quickInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkQuick(t, s) })
}
