package profile

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// reSeeMore is the pattern seeMoreStart reads by hand.
var reSeeMore = regexp.MustCompile(`(?i)\s*(…|\.\.\.)?\s*see more\s*$`)

// quickInputs are lines that match the paste patterns or nearly do.
var quickInputs = []string{
	"Jan 2019 - Present", "2019", "Issued Jan 2020", "ſept 2019 – now", "ISSUED 2020", "expires 2031", "Started 1999 to TODAY",
	"May 2020 - current", "dec. 2018", "2 yrs 3 mos", "5 years", "10 months", "1st", "· 2nd", "3rd+ degree connection",
	"500+ connections", "1,204 followers", ".5k endorsements", "+ 2 skills", "+3 skills", "4 experiences at Acme",
	"2 educations", "3 other skills", "Kenji Watanabe and 2 others", "A and 1 other", "Rust · Motion Planning · +2 skills",
	"Rust, Go and +3 ſkills", "London, England, United Kingdom", "São Paulo, Brazil", "Class of 2016, BSc 1999x 2020",
	"3 yrs 2 mos", "3yrs2mos", "3 yrs 2", "3 YEARS  11 Months", "3 yrs\t2 mo", "3 yrs 2 mosx",
	"1 yr 1 yr", "less than a year", "LESS THAN A YEAR", "Jan 2019 to now", "jan2019", "Janu. 2019", "Janu.2019", "Issued2020",
	"expire 2020", "expiresjan 2020", "2019to2020", "2019 tomorrow", "2019 today", "2019 to today", "2019-2020", "2019 - Jan 2020",
	"Mayday 2019 - present", "1899", "2100", "2019 -", "2019 - 20", "Sep 2019 – Present", "1.5k followers", "1,204 + connections",
	"12 mutual connections", "3 contacts", "2 endorſements", "1st degree connection", "3rd+", "2nd·",
	"5 followers2", "5 followers_", "5 followers'", "5kfollowers", "5 k  followers", "5 mutual  connections", "5 mutualconnections",
	"5 mutual contacts", "5 connections of", "1ST DEGREE CONNECTION", "3rd+ degree connection", "3rd +", "2nd  degree connection",
	"London, UK", "London,UK", "London, uk", "A, B, C, D", "A, B, C, D, E", "St. John's, Newfoundland-Labrador", "London , UK", "London, ",
	"O'Brien, Dublin 4", "see more", "… see more", "a…see more", "a .... See More", "a ... ... see more", "a\t…  \tSEE MORE",
	"a… …see more", "a \u00a0see more", "...see more", "ſee more", "x.. see more",
	"Show all 12 skills", "SHOW ALL", "Message", "Contact Info", "Full-Time", "Remote", "HYBRID", "Endorsed by Ana Lima",
	"12 Endorsements", "Kenji Watanabe AND 2 Others", "He/Him", "Passed LinkedIn Skill Assessment", "İstanbul", "Show all →",
	" a \u00a0b\u0085c\v\fd\xffe  ", "\u2003x\u3000", "",
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
// matches, a hand-written matcher disagrees with its pattern, or lastYear
// disagrees with reYear.
func checkQuick(t *testing.T, s string) {
	t.Helper()
	for _, c := range quickCases(s) {
		if c.match && !c.quick {
			t.Errorf("%s matches %q but the quick test rules it out", c.name, s)
		}
	}
	if got, want := isDuration(s), reDuration.MatchString(s); got != want {
		t.Errorf("isDuration(%q) = %v, reDuration says %v", s, got, want)
	}
	if got, want := isDate(s), reDate.MatchString(s); got != want {
		t.Errorf("isDate(%q) = %v, reDate says %v", s, got, want)
	}
	if got, want := isCount(s), reCount.MatchString(s); got != want {
		t.Errorf("isCount(%q) = %v, reCount says %v", s, got, want)
	}
	if got, want := isDegree(s), reDegree.MatchString(s); got != want {
		t.Errorf("isDegree(%q) = %v, reDegree says %v", s, got, want)
	}
	if got, want := isLocation(s), reLocation.MatchString(s); got != want {
		t.Errorf("isLocation(%q) = %v, reLocation says %v", s, got, want)
	}
	if got, want := countFields(s), len(strings.Fields(s)); got != want {
		t.Errorf("countFields(%q) = %d, want %d", s, got, want)
	}
	if len(s) <= 80 && isNoise(s) != isNoise(strings.ToLower(s)) {
		t.Errorf("isNoise(%q) = %v, on the lower-cased line %v", s, isNoise(s), !isNoise(s))
	}
	for _, m := range []map[string]bool{noiseLines, empTypes, workplaces} {
		if inLower(m, s) != m[strings.ToLower(s)] {
			t.Errorf("inLower(%q) = %v", s, inLower(m, s))
		}
	}
	if hasSuffixFold(s, "see more") {
		if loc := reSeeMore.FindStringIndex(s); loc == nil || loc[0] != seeMoreStart(s) {
			t.Errorf("seeMoreStart(%q) = %d, reSeeMore finds %v", s, seeMoreStart(s), loc)
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
	// The quick tests must rule out a plain description line.
	desc := "Led the first-year IFRS 9 audit for Penwick Bank."
	for _, c := range quickCases(desc) {
		if c.quick {
			t.Errorf("the quick test for %s lets %q through", c.name, desc)
		}
	}
}

func FuzzQuickPatternTests(f *testing.F) {
	for _, s := range quickInputs {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkQuick(t, s) })
}

func BenchmarkParsePaste(b *testing.B) {
	var texts []string
	for _, name := range []string{"ines-growth.txt", "priya-finance.txt", "kenji-engineer.txt", "aisling-nurse.txt", "omar-academic.txt"} {
		t, err := os.ReadFile("testdata/paste/" + name)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			ParsePasteSpans(t)
		}
	}
}
