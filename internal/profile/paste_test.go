package profile

import (
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/inmail/inmail/internal/termsafe"
)

func readPaste(t *testing.T, name string) (string, Profile, []TextSpan) {
	t.Helper()
	b, err := os.ReadFile("testdata/paste/" + name)
	if err != nil {
		t.Fatal(err)
	}
	p, spans := ParsePasteSpans(string(b))
	return string(b), p, spans
}

func TestParsePaste(t *testing.T) {
	tests := []struct {
		file  string
		check func(p Profile) []string // the fields that are wrong
	}{
		{"ines-growth.txt", func(p Profile) (bad []string) {
			if p.Name != "Inès Moreau" || p.Title != "Head of Growth Marketing" || p.Company != "Pollen Maps" || p.Location != "Paris, Île-de-France, France" {
				bad = append(bad, "top card")
			}
			if len(p.Experience) != 2 || p.Experience[1].Company != "Terrafin" || p.Experience[0].End != "Present" ||
				!strings.Contains(p.Experience[0].Description, "6M EUR ARR") {
				bad = append(bad, "experience")
			}
			if len(p.Education) != 1 || p.Education[0].School != "HEC Paris" || p.Education[0].Degree != "MSc Marketing" || p.Education[0].Year != 2018 {
				bad = append(bad, "education")
			}
			return bad
		}},
		{"priya-finance.txt", func(p Profile) (bad []string) {
			if p.Name != "Priya Raman" || p.Company != "Halden Stroud & Co." || p.Title != "Vice President, Leveraged Finance" {
				bad = append(bad, "top card")
			}
			if !strings.HasSuffix(p.About, "Women in Finance network.") {
				bad = append(bad, "about (see more)")
			}
			if len(p.Experience) != 3 || p.Experience[1].Title != "Associate" || p.Experience[1].Company != "Halden Stroud & Co." ||
				p.Experience[2].Company != "Brightwater Capital" && p.Experience[2].Company != "Brightwater Capital · Full-time" ||
				!strings.Contains(p.Experience[0].Description, "Orbis Logistics") || strings.Contains(p.Experience[0].Description, "Hybrid") {
				bad = append(bad, "experience")
			}
			if strings.Join(p.Skills, ";") != "Leveraged Finance;Financial Modeling;Unitranche" {
				bad = append(bad, "skills: "+strings.Join(p.Skills, ";"))
			}
			if len(p.Certifications) != 1 || !strings.HasPrefix(p.Certifications[0], "CFA Charterholder") {
				bad = append(bad, "certifications")
			}
			if len(p.Volunteering) != 1 || !strings.Contains(p.Volunteering[0], "Southwark Young Readers Trust") {
				bad = append(bad, "volunteering")
			}
			if len(p.Honors) != 1 || p.Honors[0] != "Rising Star, Leveraged Finance, issued by Global Capital Awards, Nov 2023" {
				bad = append(bad, "honors")
			}
			if d := p.Experience[0].Description; strings.Contains(d, "Skills:") || strings.Contains(d, "+2 skills") {
				bad = append(bad, "the position's skills line is in its description")
			}
			if strings.Contains(p.Text, "league tables") && strings.Contains(p.About+p.Experience[0].Description, "league") {
				bad = append(bad, "activity kept")
			}
			return bad
		}},
		{"kenji-engineer.txt", func(p Profile) (bad []string) {
			if p.Company != "Fernhill Robotics" || p.Title != "Staff Software Engineer" {
				bad = append(bad, "current position")
			}
			if len(p.Experience) != 3 || p.Experience[1].Title != "Senior Software Engineer" || p.Experience[1].Company != "Fernhill Robotics" {
				bad = append(bad, "grouped roles")
			}
			if len(p.Education) != 2 || p.Education[0].School != "Carnegie Mellon University" || p.Education[0].Year != 2015 {
				bad = append(bad, "education")
			}
			if len(p.Projects) != 1 || p.Projects[0].Name != "path_smoother" || !strings.Contains(p.Projects[0].Description, "ROS 2") {
				bad = append(bad, "projects")
			}
			if len(p.Publications) != 1 || p.Publications[0].Year != 2020 || !strings.HasPrefix(p.Publications[0].Publisher, "IEEE ICRA") {
				bad = append(bad, "publications")
			}
			if d := p.Publications[0].Description; d != "" {
				bad = append(bad, "publication description "+strconv.Quote(d)+" (the author line is page furniture)")
			}
			if d := p.Experience[0].Description; strings.Contains(d, "Skills:") {
				bad = append(bad, "the position's skills line is in its description")
			}
			if strings.Join(p.Skills, ";") != "Rust;Motion Planning;ROS" {
				bad = append(bad, "skills: "+strings.Join(p.Skills, ";"))
			}
			if strings.Join(p.Languages, ";") != "Japanese;English" {
				bad = append(bad, "languages: "+strings.Join(p.Languages, ";"))
			}
			return bad
		}},
		{"aisling-nurse.txt", func(p Profile) (bad []string) {
			if p.Title != "Clinical Nurse Manager 2" || p.Company != "Saolta University Health Care Group" {
				bad = append(bad, "current position")
			}
			if len(p.Education) != 2 || p.Education[0].Year != 2016 || p.Education[1].School != "National University of Ireland, Galway" {
				bad = append(bad, "education")
			}
			if len(p.Experience) != 2 || strings.Contains(p.Experience[0].Description, "Galway, Ireland") {
				bad = append(bad, "experience")
			}
			return bad
		}},
		{"omar-academic.txt", func(p Profile) (bad []string) {
			if p.Name != "Omar Haddad" || p.FirstName() != "Omar" {
				bad = append(bad, "name")
			}
			if len(p.Publications) != 2 || p.Publications[1].Title != "Who Pays for Apprenticeships?" || p.Publications[0].Year != 2021 {
				bad = append(bad, "publications")
			}
			if len(p.Experience) != 2 || p.Experience[1].Company != "University of Sheffield" {
				bad = append(bad, "experience")
			}
			return bad
		}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			text, p, spans := readPaste(t, tc.file)
			if bad := tc.check(p); len(bad) > 0 {
				t.Errorf("wrong %s; got %+v", strings.Join(bad, ", "), p)
			}
			if p.Text != text {
				t.Error("Text is not the pasted text")
			}
			for _, s := range spans {
				if s.Start < 0 || s.End > len(text) || s.Start > s.End {
					t.Fatalf("span %+v out of range", s)
				}
				if strings.TrimSpace(text[s.Start:s.End]) == "" {
					t.Errorf("span %+v is empty", s)
				}
			}
		})
	}
}

func TestParsePasteNoise(t *testing.T) {
	p := ParsePaste("Ana Lima\nNurse\n\nSkills\nTriage\nTriage\n12 endorsements\nShow all 12 skills\nSepsis management … see more\n")
	if got := strings.Join(p.Skills, ";"); got != "Triage;Sepsis management" {
		t.Errorf("skills: got %q", got)
	}
	p = ParsePaste("Ana Lima\nNurse\n\nExperience\nCharge Nurse\nSt Vincent's\n2019 - Present\nRan the night shift … see more\n" +
		"+3 skills\nEndorsed by 2 colleagues at St Vincent's\nShow all 5 experiences →\n\nPublications\nTriage at night\nNursing Times · 2021\nAna Lima and 3 others\n")
	if len(p.Experience) != 1 || p.Experience[0].Description != "Ran the night shift" {
		t.Errorf("experience: got %+v", p.Experience)
	}
	if len(p.Publications) != 1 || p.Publications[0].Description != "" {
		t.Errorf("publications: got %+v", p.Publications)
	}
	// The bar under a post counts reactions and comments: no figure of
	// the post's.
	p = ParsePaste("Ana Lima\nNurse\n\nActivity\nAna Lima posted this • 3mo\nTriage at night: what we changed.\n64 · 9 comments\n" +
		"Ana Lima posted this • 5mo\nSepsis week.\n212 reactions • 34 comments • 5 reposts\n\nSkills\nTriage\n")
	if len(p.Activity) != 2 || p.Activity[0].Text != "Triage at night: what we changed." || p.Activity[1].Text != "Sepsis week." {
		t.Errorf("activity: got %+v", p.Activity)
	}
	if got := ParsePaste(""); got.Name != "" || len(got.Skills) != 0 {
		t.Errorf("empty paste: got %+v", got)
	}
	// The banner's alternative text is no name.
	p = ParsePaste("Background image\nMariana Costa Pereira\nMariana Costa Pereira\nLead Nurse, Infection Control at St Aldhelm's\nBath, England, United Kingdom\n")
	if p.Name != "Mariana Costa Pereira" || !strings.HasPrefix(p.Headline, "Lead Nurse") {
		t.Errorf("banner text: got name %q, headline %q", p.Name, p.Headline)
	}
}

// TestParsePastePositionSkills reads the skills LinkedIn lists under a
// position: they join the profile's skills, after the Skills section's
// own and without repeats, and leave the position's description.
func TestParsePastePositionSkills(t *testing.T) {
	text := "Dana Okafor\nTax Manager at Corvid & Lane\n\nExperience\nTax Manager\nCorvid & Lane\n2020 - Present\n" +
		"Led the transfer pricing review for a FTSE 250 retailer.\nSkills: Transfer Pricing · Tax Advisory · +3 skills\n" +
		"Tax Senior\nBrook Audit\n2016 - 2020\nCorporate tax returns.\nVAT, Tax Advisory and +1 skill\n\n" +
		"Education\nUniversity of Bristol\nLLB, Law\n2012 - 2015\nSkills: Legal Research\n\nSkills\nTax Advisory\nIFRS\n"
	p, spans := ParsePasteSpans(text)
	if got, want := strings.Join(p.Skills, ";"), "Tax Advisory;IFRS;Transfer Pricing;VAT;Legal Research"; got != want {
		t.Errorf("skills: got %q, want %q", got, want)
	}
	if len(p.Experience) != 2 {
		t.Fatalf("experience: got %+v", p.Experience)
	}
	if got, want := p.Experience[0].Description, "Led the transfer pricing review for a FTSE 250 retailer."; got != want {
		t.Errorf("first description: got %q, want %q", got, want)
	}
	if got, want := p.Experience[1].Description, "Corporate tax returns."; got != want {
		t.Errorf("second description: got %q, want %q", got, want)
	}
	if got := p.Experience[1].Title; got != "Tax Senior" {
		t.Errorf("second title: got %q (the skills line above it is not a title)", got)
	}
	want := map[string]string{"skills[2]": "Transfer Pricing", "skills[3]": "VAT", "skills[4]": "Legal Research"}
	for _, s := range spans {
		if w, ok := want[s.Field]; ok {
			if got := text[s.Start:s.End]; got != w {
				t.Errorf("span of %s: got %q, want %q", s.Field, got, w)
			}
			delete(want, s.Field)
		}
	}
	if len(want) > 0 {
		t.Errorf("no spans for %v", want)
	}
}

func TestSuggestSeniority(t *testing.T) {
	levels := []Level{
		{ID: "entry", Label: "Entry", MinYears: 0, MaxYears: 2},
		{ID: "associate", Label: "Associate", MinYears: 3, MaxYears: 6},
		{ID: "senior", Label: "Senior", MinYears: 7, MaxYears: 12},
		{ID: "lead", Label: "Lead", MinYears: 13},
	}
	now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		p     Profile
		id    string
		years int
	}{
		{"graduation", Profile{Education: []Education{{Year: 2021}}}, "associate", 5},
		{"earlier first job", Profile{Education: []Education{{Year: 2020}}, Experience: []Experience{{Start: "Jan 2012"}}}, "lead", 14},
		{"earliest degree", Profile{Education: []Education{{Year: 2016}, {Year: 2012}}}, "lead", 14},
		{"gap between levels", Profile{Education: []Education{{Year: 2023}}}, "associate", 3},
		{"nothing", Profile{}, "", 0},
	}
	for _, tc := range tests {
		id, years, why := SuggestSeniority(&tc.p, levels, now)
		if id != tc.id || years != tc.years || why == "" {
			t.Errorf("%s: got %q, %d, %q; want %q, %d", tc.name, id, years, why, tc.id, tc.years)
		}
	}
}

func FuzzParsePaste(f *testing.F) {
	for _, name := range []string{"ines-growth.txt", "priya-finance.txt", "kenji-engineer.txt", "aisling-nurse.txt", "omar-academic.txt"} {
		b, err := os.ReadFile("testdata/paste/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	_, texts, _ := readCorpus(f)
	for _, t := range texts[:8] {
		f.Add(t)
	}
	f.Add("Experience\n2019 - Present\n\n5 yrs\n2019\nEducation\n")
	f.Add("Home\nMy Network\nJobs\n\nActivity\nX reposted this\n\nRecommendations\nGiven\nMay 1, 2020, A managed B\n")
	f.Fuzz(func(t *testing.T, text string) {
		p, spans := ParsePasteSpans(text)
		if p.Text != text {
			t.Fatal("Text changed")
		}
		for _, s := range spans {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("span %+v out of range of %d bytes", s, len(text))
			}
		}
		q, err := ReadPage(text)
		var pe *PageError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("ReadPage error %T %v is not a *PageError", err, err)
		}
		if !termsafe.IsClean(q.Text) || !utf8.ValidString(q.Text) {
			t.Fatalf("the cleaned text %q keeps control characters", q.Text)
		}
		// Each byte that is not UTF-8 becomes U+FFFD (3 bytes); nothing
		// else grows.
		if len(q.Text) > 3*len(text)+64 {
			t.Fatalf("the cleaned text (%d bytes) is longer than the paste (%d)", len(q.Text), len(text))
		}
	})
}

// sidebarPeople are other people as sidebars list them; none may be read
// into the profile of the page they are inserted in.
var sidebarPeople = []string{"Zebulon Quistgaard", "Ysolde Marchetti", "Oyelaran Adebayo-Quist", "Wojciech Brzęczyszczykiewicz"}

// withSidebar inserts a sidebar in a page, before its k-th heading (or at
// the end): heading h, then n people, each with a connection degree when
// degree is set, a headline and a button.
func withSidebar(page string, k int, h string, n int, degree bool, headline string) string {
	lines := strings.Split(page, "\n")
	var at []int
	for i, l := range lines {
		if _, ok := headings[strings.ToLower(strings.TrimSpace(l))]; ok {
			at = append(at, i)
		}
	}
	pos := len(lines)
	if len(at) > 0 && k%(len(at)+1) < len(at) {
		pos = at[k%(len(at)+1)]
	}
	block := []string{h}
	for i := 0; i < n; i++ {
		block = append(block, sidebarPeople[i%len(sidebarPeople)])
		if degree {
			block = append(block, " · 2nd")
		}
		block = append(block, headline, "Connect")
	}
	out := append(append(append([]string{}, lines[:pos]...), block...), lines[pos:]...)
	return strings.Join(out, "\n")
}

// FuzzSidebarNames inserts sidebars full of other people at any section
// boundary of the corpus pages: no name from them may be read.
func FuzzSidebarNames(f *testing.F) {
	f.Add(uint8(0), uint8(3), uint8(0), uint8(3), true, "Head of Legal at Quistgaard Holdings")
	f.Add(uint8(5), uint8(0), uint8(1), uint8(1), false, "Partner")
	f.Add(uint8(9), uint8(7), uint8(2), uint8(4), false, "Senior Associate at Varden Legal · Full-time")
	f.Add(uint8(12), uint8(1), uint8(4), uint8(2), true, "2019 - Present")
	_, texts, _ := readCorpus(f)
	heads := []string{"People also viewed", "People you may know", "More profiles for you", "Explore premium profiles",
		"Others named Priya Raman", "You might like", "Other similar profiles"}
	f.Fuzz(func(t *testing.T, page, k, h, n uint8, degree bool, headline string) {
		headline = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(headline, "\n", " "), "\r", " "))
		if _, ok := headings[strings.ToLower(headline)]; ok || footerWords[strings.ToLower(headline)] || headline == "" {
			// A headline that is a section heading or a footer link is
			// not one LinkedIn would show.
			headline = "Director"
		}
		text := withSidebar(texts[int(page)%len(texts)], int(k), heads[int(h)%len(heads)], 1+int(n)%4, degree, headline)
		p, _ := ReadPage(text)
		j := mustJSON(t, p)
		for _, name := range sidebarPeople {
			if strings.Contains(j, name) {
				t.Fatalf("the profile holds %q from a sidebar:\n%s", name, j)
			}
		}
	})
}

// TestReadPageRefuses checks that a paste with no profile card is refused
// with a sentence saying what was expected, and that LinkedIn's menus are
// never read as a name.
func TestReadPageRefuses(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"menus only", "Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\n", "no profile card"},
		{"menu word as name", "Me\n\nAbout\nI build things.\n", "LinkedIn's menus (\"Me\")"},
		{"no card", "About\nI build robots.\n\nExperience\nEngineer\nAcme\n2019 - Present\n", "no profile card at the top"},
		{"a sentence", "I came across your profile and thought of you.\nBest, Tom\n", "is not a name"},
		{"a headline first", "Vice President at Halden Stroud & Co.\nLondon, United Kingdom\n", "is not a name"},
		{"a location first", "London, England, United Kingdom\nContact info\n", "is not a name"},
		{"numbers", "12345\n67890\n", "no profile card"},
		{"empty", "", "no profile card"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := ReadPage(tc.text)
			var pe *PageError
			if !errors.As(err, &pe) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want a *PageError saying %q", err, tc.want)
			}
			if p.Name != "" {
				t.Errorf("the name read is %q", p.Name)
			}
		})
	}
	// Sections after a refused card are still read, for the recruiter to
	// complete by hand.
	p, _ := ReadPage("About\nI build robots for warehouses.\n")
	if p.About != "I build robots for warehouses." {
		t.Errorf("about: got %q", p.About)
	}
	if p, err := ReadPage("Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe\nFor Business\nAna Lima\nNurse\n"); err != nil || p.Name != "Ana Lima" {
		t.Errorf("a page under the menus: got %q, %v", p.Name, err)
	}
}

// TestPronounForms reads pronouns in the forms and languages the card
// shows them in, without shifting the card.
func TestPronounForms(t *testing.T) {
	for _, pr := range []string{"She/Her", "(they/them)", "Sie/Ihr", "Elle", "Él", "Ele/Dele", "Она/Её", "He/Him · 2nd", "iel/elle"} {
		p, err := ReadPage("Ana Lima\n" + pr + "\nNurse at St Brendan's\nCork, Ireland\nContact info\n")
		want := strings.TrimSpace(strings.Split(pr, "·")[0])
		if err != nil || p.Pronouns != want || p.Headline != "Nurse at St Brendan's" || p.Location != "Cork, Ireland" {
			t.Errorf("%q: pronouns %q, headline %q, location %q, %v", pr, p.Pronouns, p.Headline, p.Location, err)
		}
	}
}

// TestSpansAreTheirs checks that spans, which the validator indexes,
// cover the candidate's own posts, recommendations about them and their
// own awards, and not reposts, comments on other people's posts,
// recommendations they gave or their firm's awards.
func TestSpansAreTheirs(t *testing.T) {
	text := "Ana Lima\nNurse at St Brendan's\n\nActivity\nAna Lima posted this • 1w\nOur sepsis bundle cut ICU admissions.\n" +
		"Ana Lima reposted this • 2w\nHSE West\n1,200 followers\nThe flu vaccine clinic opens Monday.\n" +
		"Ana Lima commented on Tom Reid's post • 3w\nGreat point about rostering.\n\n" +
		"Recommendations\nReceived\nGiven\nMary Byrne\n · 2nd\nDirector of Nursing\nMay 1, 2023, Mary managed Ana directly\nAna ran the night shift brilliantly.\n" +
		"Tom Reid\n · 2nd\nStaff Nurse\nJune 2, 2022, Ana managed Tom directly\nTom is a calm triage nurse.\n\n" +
		"Honors & awards\nNurse of the Year\nIssued by Irish Healthcare Awards · 2022\nEmergency Team of the Year\nIssued by HSE · 2021\n"
	p, spans := ParsePasteSpans(text)
	covered := map[string]bool{}
	for _, s := range spans {
		covered[text[s.Start:s.End]] = true
	}
	for _, want := range []string{"Our sepsis bundle cut ICU admissions.", "Ana ran the night shift brilliantly.", "Nurse of the Year"} {
		if !covered[want] {
			t.Errorf("no span for their own %q", want)
		}
	}
	for _, not := range []string{"The flu vaccine clinic opens Monday.", "Great point about rostering.", "Tom is a calm triage nurse.", "Emergency Team of the Year", "Mary Byrne", "Director of Nursing"} {
		if covered[not] {
			t.Errorf("a span covers %q, which is not theirs", not)
		}
	}
	if len(p.Activity) != 3 || p.Activity[1].Kind != ActivityRepost || p.Activity[1].Of != "HSE West" || p.Activity[2].Of != "Tom Reid" {
		t.Errorf("activity: got %+v", p.Activity)
	}
	if len(p.Recommendations) != 2 || p.Recommendations[0].Given || !p.Recommendations[1].Given {
		t.Errorf("recommendations: got %+v", p.Recommendations)
	}
	if len(p.TeamHonors) != 1 || len(p.Honors) != 1 {
		t.Errorf("honors %q, team honors %q", p.Honors, p.TeamHonors)
	}
}

// TestReadPageExtraSections keeps sections inmail has no field for in
// Extra, and strips control characters from the page.
func TestReadPageExtraSections(t *testing.T) {
	b, err := os.ReadFile("testdata/pages/24-extra-sections-hamid.txt")
	if err != nil {
		t.Fatal(err)
	}
	p, err := ReadPage(string(b))
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"patents", "organizations", "test_scores"} {
		if p.Extra[k] == nil {
			t.Errorf("no %s in Extra: %v", k, p.Extra)
		}
	}
	p, err = ReadPage("Ana \x1b[31mLima\x1b[0m\r\nNurse\x07 at St Brendan's\x1b]52;c;ZXZpbA==\x07\r\n")
	if err != nil || p.Name != "Ana Lima" || p.Headline != "Nurse at St Brendan's" || !termsafe.IsClean(p.Text) {
		t.Errorf("got %q / %q / %q, %v", p.Name, p.Headline, p.Text, err)
	}
}

// TestOwnPostAfterOthers: the author line "Name • You" (or the name with
// "• You" under it), or their name with a degree as a viewer sees it,
// heads a post of their own, even straight after a
// repost or a comment on someone else's post, whose lines it must not join
// (the page as the candidate's own Activity shows it).
func TestOwnPostAfterOthers(t *testing.T) {
	text := "Réka Szabó\nFP&A Director at Corvid Brands plc\n\nActivity\n6,342 followers\nPosts\nComments\n" +
		"Réka Szabó reposted this\nMark Ellison • 2nd\nChief Financial Officer at Corvid Brands plc\n5d •\n" +
		"Our finance team was named Finance Team of the Year at the FD Awards.\n🎉 511 · 74 comments\n" +
		"Réka Szabó • You\nFP&A Director at Corvid Brands plc\n3w •\n" +
		"Driver-based forecasting isn't a tool, it's a conversation.\n" +
		"Réka Szabó commented on a post\n2w\nLayla Haddad • 2nd\nHead of Funding at Marafi Properties\n" +
		"Thrilled to close our $300m green bond this morning.\nRéka Szabó\nMabrook Layla, a great outcome!\n" +
		"Réka Szabó\n• You\n1mo\nSukuk vs conventional: what our investors actually asked.\n" +
		"Réka Szabó reposted this\nDr Fiona Chalmers\n• 2nd\nConsultant Microbiologist\n3w •\nOur allergy clinic de-labelled 500 patients.\n" +
		"Réka Szabó\n• 2nd\n2mo •\nThe best forecast review is the one that actually happens at month end.\nShow all posts\n\n" +
		"Experience\nFP&A Director\nCorvid Brands plc\nJan 2020 - Present\n"
	p, spans := ParsePasteSpans(text)
	var own, others []string
	for _, a := range p.Activity {
		if a.Own() {
			own = append(own, a.Text)
		} else {
			others = append(others, a.Text)
		}
	}
	joined := strings.Join(own, "\n")
	for _, want := range []string{"Driver-based forecasting isn't a tool", "Sukuk vs conventional", "The best forecast review"} {
		if !strings.Contains(joined, want) {
			t.Errorf("their own post %q is not read as theirs; own: %q, others': %q", want, own, others)
		}
	}
	for _, not := range []string{"Finance Team of the Year", "green bond", "Réka Szabó", "FP&A Director", "500 patients", "Fiona"} {
		if strings.Contains(joined, not) {
			t.Errorf("their own posts %q take in %q", own, not)
		}
	}
	covered := map[string]bool{}
	for _, s := range spans {
		covered[text[s.Start:s.End]] = true
	}
	if !covered["Driver-based forecasting isn't a tool, it's a conversation."] || covered["Thrilled to close our $300m green bond this morning."] {
		t.Errorf("spans: %v", covered)
	}
}

// TestRecommendationsWithoutFullDates: relation lines dated by month and
// year, or not dated, still separate the recommendations and say who wrote
// each; a sentence of a recommendation that only mentions working with
// someone is not taken for one.
func TestRecommendationsWithoutFullDates(t *testing.T) {
	text := "Marie Dubois\nSenior Associate at Halden LLP\n\nRecommendations\nReceived\nGiven\n" +
		"Sofia Reyes\n · 2nd\nPartner at Halden LLP\nSofia managed Marie directly\n" +
		"Marie ran the data room on the Orla Foods deal. Sofia worked with her on every closing.\n" +
		"Ravi Patel\n · 3rd+\nAssociate at Halden LLP\nJanuary 2024, Marie managed Ravi directly\n" +
		"Ravi single-handedly ran the data room on the Castell refinancing.\n"
	p, spans := ParsePasteSpans(text)
	if len(p.Recommendations) != 2 {
		t.Fatalf("recommendations: got %+v", p.Recommendations)
	}
	got, given := p.Recommendations[0], p.Recommendations[1]
	if got.Person != "Sofia Reyes" || got.Given || !strings.Contains(got.Text, "Sofia worked with her on every closing") {
		t.Errorf("received: %+v", got)
	}
	if given.Person != "Ravi Patel" || !given.Given || given.Relation != "Marie managed Ravi directly" {
		t.Errorf("given: %+v", given)
	}
	for _, s := range spans {
		if strings.Contains(text[s.Start:s.End], "Castell refinancing") {
			t.Errorf("a span covers the recommendation they gave: %q", text[s.Start:s.End])
		}
	}
}

// TestAwardsWithoutDates: awards listed with no date lines are read one
// by one, each with its issuer and the sentence about it; a heading
// repeated among them is dropped, and a team's shortlisting stays the
// team's while the candidate's own prize is theirs.
func TestAwardsWithoutDates(t *testing.T) {
	text := "Priya Raman\nSenior Curator at the V&A\n\nHonors & awards\n" +
		"Art Fund Museum of the Year 2024 - part of the shortlisted V&A team\nHonors & awards\n" +
		"Pasold Research Fund Book Prize 2021\nIssued by Pasold Research Fund\nFor Threads of Empire, on Bengal muslin.\n" +
		"BAFTA Scotland 2023 - nominated, Factual Series (The Ward: Inside Glasgow Royal)\n" +
		"RTS Scotland Awards 2023 - Best Documentary Series (The Ward: Inside Glasgow Royal)\n" +
		"Oro – Identidad Corporativa (Tranvía de Alcalá)\nPremios Gráfica · Nov 2022\n\nLanguages\nEnglish\n"
	p, err := ReadPage(text)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Pasold Research Fund Book Prize 2021, issued by Pasold Research Fund, For Threads of Empire, on Bengal muslin.",
		"BAFTA Scotland 2023 - nominated, Factual Series (The Ward: Inside Glasgow Royal)",
		"RTS Scotland Awards 2023 - Best Documentary Series (The Ward: Inside Glasgow Royal)",
		"Oro – Identidad Corporativa (Tranvía de Alcalá), Premios Gráfica, Nov 2022",
	}
	got := slices.Clone(p.Honors)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("honors:\n got %q\nwant %q", p.Honors, want)
	}
	if len(p.TeamHonors) != 1 || !strings.HasPrefix(p.TeamHonors[0], "Art Fund Museum of the Year") {
		t.Errorf("team honors: %q", p.TeamHonors)
	}
}

// TestCompanyFirstWithTypeBelow: a copy that puts the company above the
// title and the employment type on a line of its own is read with the
// title and company the right way round; LinkedIn's own order (title,
// then "Company · Full-time") is unchanged.
func TestCompanyFirstWithTypeBelow(t *testing.T) {
	for _, tc := range []struct{ page, title, company string }{
		{"Experience\nGrand Hôtel Stockholm\nGeneral Manager\nFull-time\nJan 2020 - Present · 5 yrs\nStockholm, Sweden\n", "General Manager", "Grand Hôtel Stockholm"},
		{"Experience\nGeneral Manager\nGrand Hôtel Stockholm · Full-time\nJan 2020 - Present · 5 yrs\n", "General Manager", "Grand Hôtel Stockholm"},
		{"Experience\nSenior Associate\nHalden LLP\nFull-time\nJan 2020 - Present · 5 yrs\n", "Senior Associate", "Halden LLP"},
		// With no employment type at all, a legal form or an institution's
		// noun (in any language), or an initialism in brackets, marks the
		// company; a title naming an institution stays the title.
		{"Experience\nHalden LLP\nTrainee Solicitor\nSep 2024 - Aug 2026 · 2 yrs\n", "Trainee Solicitor", "Halden LLP"},
		{"Experience\nEscuela Superior de Diseño de Madrid (ESDM)\nProfesora asociada – Diseño Editorial\nPart-time\nSep 2022 - Present · 2 yrs\n", "Profesora asociada – Diseño Editorial", "Escuela Superior de Diseño de Madrid (ESDM)"},
		{"Experience\nHead of School Improvement\nNorthfield Council\nJan 2020 - Present · 5 yrs\n", "Head of School Improvement", "Northfield Council"},
		{"Experience\nTrust Accountant\nHalden\nJan 2020 - Present · 5 yrs\n", "Trust Accountant", "Halden"},
		// A governor's or trustee's seat is voluntary, or pro bono.
		{"Experience\nAshgrove Primary School\nGovernor\nVoluntary\nSep 2020 - Present · 4 yrs\n", "Governor", "Ashgrove Primary School"},
		{"Experience\nHarbour Law Centre\nAdviser\nPro bono\nSep 2020 - Present · 4 yrs\n", "Adviser", "Harbour Law Centre"},
	} {
		p, err := ReadPage("Sofia Lindqvist\nGeneral Manager at Grand Hôtel Stockholm\n\n" + tc.page)
		if err != nil || len(p.Experience) != 1 || p.Experience[0].Title != tc.title || p.Experience[0].Company != tc.company {
			t.Errorf("%q: %+v, %v", tc.page, p.Experience, err)
		}
	}
}

// TestRecommendationGivenFamilyNameFirst: the relation line's first word
// is the writer's given name wherever it stands in the name: "Lan" of
// "Nguyễn Thị Lan" wrote the recommendation of Priyanka.
func TestRecommendationGivenFamilyNameFirst(t *testing.T) {
	text := "Nguyễn Thị Lan\nLead Mechanical Engineer at Meridian Offshore\n\nRecommendations\nReceived\nGiven\n" +
		"Priyanka Nair\n· 2nd\nMechanical Engineer at Meridian Offshore\n" +
		"March 4, 2024, Lan was senior to Priyanka but didn't manage Priyanka directly\n" +
		"Priyanka designed the firewater pump package for the Hải Âu FPSO.\n" +
		"Trần Văn Minh\n· 2nd\nDirector at Meridian Offshore\n" +
		"May 1, 2023, Minh managed Lan directly\nLan led the compressor FEED.\n"
	p := ParsePaste(text)
	if len(p.Recommendations) != 2 || !p.Recommendations[0].Given || p.Recommendations[1].Given {
		t.Errorf("recommendations: %+v", p.Recommendations)
	}
}

// TestNotificationBadges: the menus' badges read out ("3 new
// notifications", with the count alone above it) are menu items, not the
// candidate's name; a reaction count under a post stays out of the post.
func TestNotificationBadges(t *testing.T) {
	for _, badge := range []string{"3\n3 new notifications\n", "1 unread message\n", "99+ notifications\n", "3 notifications\n"} {
		text := "Skip to main content\nLinkedIn\nHome\nMy Network\nJobs\nMessaging\n" + badge +
			"Notifications\nMe\nFor Business\n\nCharlotte Ashworth-Baines\nShe/Her\nSenior Associate at Freshfields\nLondon\n"
		p, err := ReadPage(text)
		if err != nil || p.Name != "Charlotte Ashworth-Baines" || p.Title != "Senior Associate" {
			t.Errorf("%q: name %q, title %q, %v", badge, p.Name, p.Title, err)
		}
	}
}

// TestCardNameWithPronouns: the name line may carry the pronouns in
// brackets; the card's company and school lines before the location
// marked "Contact info" are dropped.
func TestCardNameWithPronouns(t *testing.T) {
	text := "Agnieszka Kowalczyk (She/Her)\n· 2nd\nSenior Charge Nurse, Critical Care | Merseyvale NHS FT\n" +
		"Merseyvale NHS Foundation Trust\nUniwersytet Medyczny w Łodzi\nLiverpool, England, United Kingdom · Contact info\n500+ connections\n\nAbout\nCritical care nurse.\n"
	p, err := ReadPage(text)
	if err != nil || p.Name != "Agnieszka Kowalczyk" || p.Pronouns != "She/Her" || p.Location != "Liverpool, England, United Kingdom" {
		t.Errorf("name %q, pronouns %q, location %q, %v", p.Name, p.Pronouns, p.Location, err)
	}
}

// TestRecommendationTabsOnOneLine: the tab bar on one line, then the tab
// alone, and a relation line naming where they worked together.
func TestRecommendationTabsOnOneLine(t *testing.T) {
	text := "Elif Yılmaz\nArt Director at Studio Karaköy\n\nRecommendations\nReceived  Given\nGiven\n" +
		"Mert Şahin\nMotion Designer\nElif worked with Mert at Studio Karaköy\n" +
		"Mert's motion design for the Bosphorus Jazz Festival was the best thing we made that year.\n\nLanguages\nTurkish\n"
	p := ParsePaste(text)
	if len(p.Recommendations) != 1 || !p.Recommendations[0].Given || p.Recommendations[0].Person != "Mert Şahin" ||
		!strings.Contains(p.Recommendations[0].Text, "Bosphorus Jazz Festival") {
		t.Errorf("recommendations: %+v", p.Recommendations)
	}
}

// TestTeamHonorNamedAfter: an award whose entry names the team it went to
// after it, in brackets or after a comma, is the team's.
func TestTeamHonorNamedAfter(t *testing.T) {
	for _, tc := range []struct {
		awards string
		team   int
	}{
		{"Chief Nurse's Award for Patient Safety\nIssued by Merseyvale NHS Foundation Trust · Nov 2024\n", 0},
		{"HSJ Patient Safety Awards 2023 — Finalist, Critical Care Unit team\nIssued by Health Service Journal · Jul 2023\n", 1},
		{"iF Design Award 2023 — Haneul Pay wearable app\nIssued by iF International Forum Design · Mar 2023\nAssociated with Haneul Bank (product design team)\n", 1},
		{"Young Architect Prize\nIssued by Hungarian Chamber of Architects · Sep 2020\n", 0},
		{"Grand Prix Stratégies du Design 2023 — Agence Bonsoir, for the Maison Verlaine Eau de Lin packaging\nAssociated with Maison Verlaine\n", 1},
		{"Cannes Lions 2022 — Gold, for the Eau de Lin launch film\nIssued by Cannes Lions · Jun 2022\n", 0},
		{"Design Week Awards — Agnieszka Kowalczyk, for the wayfinding signage\n", 0},
	} {
		p := ParsePaste("Agnieszka Kowalczyk\nSenior Charge Nurse\nLiverpool\n\nHonors & awards\n" + tc.awards + "\nLanguages\nPolish\n")
		if len(p.TeamHonors) != tc.team || len(p.Honors)+len(p.TeamHonors) != 1 {
			t.Errorf("%q: honors %q, team %q", tc.awards, p.Honors, p.TeamHonors)
		}
	}
}

// TestFirmAward: an award whose title starts with their employer's name
// (or its start) and a dash is the firm's.
func TestFirmAward(t *testing.T) {
	page := "Tomasz Lis\nSite Electrician at Corvane Electrical Contractors\nBirmingham\n\n" +
		"Experience\nSite Electrician\nCorvane Electrical Contractors · Full-time\nJan 2020 - Present · 5 yrs\nWired the Longbridge EV hub.\n\n" +
		"Honors & awards\nCorvane Electrical — ECA Excellence Awards 2024, Project of the Year (Longbridge EV hub)\n" +
		"Apprentice of the Year — JTL Awards 2016\n\nLanguages\nPolish\n"
	p := ParsePaste(page)
	if len(p.TeamHonors) != 1 || len(p.Honors) != 1 || !strings.HasPrefix(p.Honors[0], "Apprentice of the Year") {
		t.Errorf("honors %q, team %q", p.Honors, p.TeamHonors)
	}
}

// TestGroupedPositionsWithBlankLines: a company heading several positions
// may have its place and a blank line under its duration; a company in
// lower-case words of another language, or after a title with them, is
// still a header when it carries its employment type.
func TestGroupedPositionsWithBlankLines(t *testing.T) {
	page := "Agnieszka Dąbrowska\nConsultant Midwife\n\nExperience\nLeeds Teaching Hospitals NHS Trust\nFull-time · 10 yrs 9 mos\nLeeds, England, United Kingdom\n\n" +
		"Consultant Midwife\nApr 2022 - Present · 2 yrs 9 mos\nSet up the Harehills continuity team.\n\n" +
		"Midwife\nMar 2014 - Apr 2022 · 8 yrs\n\n" +
		"Położna\nSzkoła Podstawowa nr 7 w Krakowie\nSep 2010 - Jun 2012 · 1 yr 10 mos\n\n" +
		"Infirmière\nGHU Paris psychiatrie & neurosciences · Full-time\nSep 2008 - Aug 2010 · 2 yrs\n\nEducation\nUniwersytet Medyczny w Łodzi\n"
	p := ParsePaste(page)
	want := []struct{ title, company, loc string }{
		{"Consultant Midwife", "Leeds Teaching Hospitals NHS Trust", "Leeds, England, United Kingdom"},
		{"Midwife", "Leeds Teaching Hospitals NHS Trust", "Leeds, England, United Kingdom"},
		{"Położna", "Szkoła Podstawowa nr 7 w Krakowie", ""},
		{"Infirmière", "GHU Paris psychiatrie & neurosciences", ""},
	}
	if len(p.Experience) != len(want) {
		t.Fatalf("positions: %+v", p.Experience)
	}
	for i, w := range want {
		x := p.Experience[i]
		if x.Title != w.title || x.Company != w.company || x.Location != w.loc {
			t.Errorf("position %d: %q at %q in %q; want %q at %q in %q", i, x.Title, x.Company, x.Location, w.title, w.company, w.loc)
		}
	}
	if p.Experience[0].Description != "Set up the Harehills continuity team." {
		t.Errorf("description: %q", p.Experience[0].Description)
	}
}

// TestAwardedToSomeoneElse: a line under an award saying whom it went to
// stays with the award, and makes it someone else's when that is not the
// candidate.
func TestAwardedToSomeoneElse(t *testing.T) {
	for _, tc := range []struct {
		awards      string
		own, others int
	}{
		{"Community Pharmacist of the Year\nIssued by Midlands Pharmacy Awards · Sep 2024\n\nPharmacy of the Year 2023\nIssued by Midlands Pharmacy Awards\nAwarded to Joshi Chemists\n", 1, 1},
		{"Network Innovation Award 2023\nIssued by Utility Week · Nov 2023\nAwarded to the Thamesmead Flexibility Marketplace team\n", 0, 1},
		{"Hartley Prize for Investigative Journalism 2024\nIssued by The Hartley Trust · Jun 2024\nFor The Cold Homes Files\n", 1, 0},
		{"Young Pharmacist Award\nIssued by RPS\nAwarded to Ananya Joshi\n", 1, 0},
		{"Practice Educator of the Year\nIssued by London Social Work Awards · Nov 2023\n", 1, 0},
	} {
		p := ParsePaste("Ananya Joshi\nPharmacist\nLeicester\n\nHonors & awards\n" + tc.awards + "\nLanguages\nGujarati\n")
		if len(p.Honors) != tc.own || len(p.TeamHonors) != tc.others {
			t.Errorf("%q: honors %q, others' %q", tc.awards, p.Honors, p.TeamHonors)
		}
	}
}

// TestMenuOnOneLine: the top bar's items copied onto one line are the
// menu, not the candidate's name.
func TestMenuOnOneLine(t *testing.T) {
	page := "Skip to main content\nHome My Network Jobs Messaging Notifications Me For Business\nZofia Kaczmarek\nShe/Her\n" +
		"Group Treasury Manager at Wielkopolska Retail Group | ACT\nŁódź, Łódzkie, Poland\nContact info\n500+ connections · 2nd\nMessage More\n" +
		"About\nTreasury for a 240-store grocery chain.\nExperience\nGroup Treasury Manager\nWielkopolska Retail Group · Full-time\nMar 2021 - Present · 3 yrs 10 mos\n"
	p := ParsePaste(page)
	if p.Name != "Zofia Kaczmarek" || !strings.HasPrefix(p.Headline, "Group Treasury Manager") || p.Location != "Łódź, Łódzkie, Poland" {
		t.Errorf("card: name %q, headline %q, location %q", p.Name, p.Headline, p.Location)
	}
	for _, l := range []string{"Home My Network Jobs Messaging Notifications Me For Business", "Home My Network Jobs"} {
		if !navRun(strings.ToLower(l)) {
			t.Errorf("%q is the menu", l)
		}
	}
	for _, l := range []string{"Home Office Jobs", "My Network Rail days", "Head of Jobs"} {
		if navRun(strings.ToLower(l)) {
			t.Errorf("%q is no menu", l)
		}
	}
}

// TestRecommendationsWithoutRelationLines: recommendations copied as a
// name and headline on one line, then the text, with no relation line;
// whose they are is told by the first name the text uses, or "Given:".
func TestRecommendationsWithoutRelationLines(t *testing.T) {
	page := "Kateřina Horáková\nData Reporter\nPrague\n\nRecommendations\nReceived\nGiven\n" +
		"Petra Nováková · Investigations Editor\nKateřina's FOI persistence turned a dead end into our biggest story of 2023.\n" +
		"Given: Jan Pospíšil · Photo editor\nJan shot the whole flood series in two days.\n\nLanguages\nCzech\n"
	p := ParsePaste(page)
	if len(p.Recommendations) != 2 {
		t.Fatalf("recommendations: %+v", p.Recommendations)
	}
	r0, r1 := p.Recommendations[0], p.Recommendations[1]
	if r0.Person != "Petra Nováková" || r0.Given || !strings.HasPrefix(r0.Text, "Kateřina's FOI") {
		t.Errorf("received: %+v", r0)
	}
	if r1.Person != "Jan Pospíšil" || !r1.Given || !strings.HasPrefix(r1.Text, "Jan shot") {
		t.Errorf("given: %+v", r1)
	}
}

// TestRecommendationsInThreeLines: a name, their headline and the text,
// each on its own line, under a "Given:" line or with the tab after the
// text; without either, the lines are not read as recommendations.
func TestRecommendationsInThreeLines(t *testing.T) {
	page := "Kateřina Horáková\nData Reporter\nPrague\n\nRecommendations\nReceived    Given\n" +
		"Petra Nováková\nInvestigations Editor, Denní Zprávy\nShe turned a dead end into our biggest story of 2023. (Received)\n" +
		"Given:\nJan Pospíšil\nPhoto editor at Denní Zprávy\nHe shot the whole flood series in two days.\n\nLanguages\nCzech\n"
	p := ParsePaste(page)
	if len(p.Recommendations) != 2 {
		t.Fatalf("recommendations: %+v", p.Recommendations)
	}
	r0, r1 := p.Recommendations[0], p.Recommendations[1]
	if r0.Person != "Petra Nováková" || r0.Given || !strings.HasPrefix(r0.Text, "She turned") {
		t.Errorf("received: %+v", r0)
	}
	if r1.Person != "Jan Pospíšil" || !r1.Given || !strings.HasPrefix(r1.Text, "He shot") {
		t.Errorf("given: %+v", r1)
	}
	bare := ParsePaste("Kateřina Horáková\nData Reporter\nPrague\n\nRecommendations\nReceived    Given\n" +
		"Jan Pospíšil\nPhoto editor at Denní Zprávy\nHe shot the whole flood series in two days.\n\nLanguages\nCzech\n")
	if len(bare.Recommendations) != 0 {
		t.Errorf("unmarked three lines read as %+v", bare.Recommendations)
	}
}

// TestPhonePaste: a page copied on a phone starts with the clock and the
// address bar, and may give a position's type before its dates.
func TestPhonePaste(t *testing.T) {
	page := "9:41\nlinkedin.com\nOpen app\nSearch\nMariana Okonkwo-Silva\nProcurement Category Manager at Sable Foods\nBristol, England, United Kingdom\n500+ connections\n" +
		"Experience\nCategory Manager, Indirects\nSable Foods\nFull-time · Apr 2021 - Present · 3 yrs 9 mos\nRan the FM re-tender (7 suppliers to 1).\n" +
		"Buyer\nAvonline Rail\nFull-time · Sep 2016 - Mar 2021 · 4 yrs 7 mos\nProcured rolling stock cleaning across 14 depots.\n"
	p := ParsePaste(page)
	if p.Name != "Mariana Okonkwo-Silva" || p.Location != "Bristol, England, United Kingdom" {
		t.Errorf("card: name %q, location %q", p.Name, p.Location)
	}
	if len(p.Experience) != 2 || p.Experience[0].Start != "Apr 2021" || p.Experience[0].End != "Present" || p.Experience[1].Start != "Sep 2016" {
		t.Errorf("positions: %+v", p.Experience)
	}
}

// TestParsePasteOneLineMenus reads a page whose menus were copied on one
// line, offer included, and whose Given tab is shown alone above the
// recommendations it heads.
func TestParsePasteOneLineMenus(t *testing.T) {
	page := "Skip to main content\nHome  My Network  Jobs  Messaging  Notifications  Me  For Business  Try Premium for £0\n\n" +
		"Yousef Haddad\nHe/Him\nDrilling Superintendent at North Sea Meridian | SPE Award 2023\nAberdeen, Scotland, United Kingdom\nContact info\n500+ connections\n\n" +
		"Experience\nDrilling Superintendent\nNorth Sea Meridian · Full-time\nJan 2019 - Present · 6 yrs\nRan the Kittiwake East campaign.\n\n" +
		"Recommendations\nReceived  Given\nGiven\nAgnieszka Lis\nDrilling Engineer · Yousef managed Agnieszka directly\nAgnieszka cut NPT on her wells by a third.\n"
	p := ParsePaste(page)
	if p.Name != "Yousef Haddad" || !strings.HasPrefix(p.Headline, "Drilling Superintendent") {
		t.Errorf("top card: got name %q, headline %q", p.Name, p.Headline)
	}
	if len(p.Recommendations) != 1 || !p.Recommendations[0].Given {
		t.Errorf("recommendations: got %+v", p.Recommendations)
	}
}

// TestParsePasteActivityTimeAfterDot reads an activity head whose time is
// after a middle dot: "reposted this · 2w".
func TestParsePasteActivityTimeAfterDot(t *testing.T) {
	p := ParsePaste("Andreas Zervos\nTraining Captain\n\nActivity\nAndreas Zervos posted this · 1w\nWhat startle looks like.\n" +
		"Andreas Zervos reposted this · 2w\nCycladic Airways\nOur first A321XLR has landed in Athens.\n\nSkills\nCRM\n")
	if len(p.Activity) != 2 || p.Activity[1].Kind != ActivityRepost || p.Activity[0].Kind != ActivityPost {
		t.Errorf("activity: got %+v", p.Activity)
	}
}

// TestParsePastePositionLayouts reads positions copied in the layouts
// pages come in: a company line over its title with no employment type,
// a place right under a role's dates before the next role of the same
// company, and a volunteer role grouped like a job.
func TestParsePastePositionLayouts(t *testing.T) {
	page := "Lena Costa\nHead of Merchandise Planning at Casa Lumen\n\nExperience\n" +
		"Casa Lumen\nFull-time · 7 yrs 1 mo\nHead of Merchandise Planning\nJun 2021 - Present · 3 yrs 7 mos\nLisbon, Portugal\n" +
		"Merchandise Planner\nDec 2017 - May 2021 · 3 yrs 6 mos\nPorto, Portugal\nCut stockouts by a third.\n\n" +
		"Lisbon Buyers Association\nVolunteer · 2 yrs 2 mos\nChair, Supplier Committee\nNov 2022 - Present · 2 yrs 2 mos\nLisbon, Portugal\n\n" +
		"Shirogane Retail\nMerchandise Analyst\nApr 2014 - Feb 2017 · 2 yrs 11 mos\nTokyo, Japan\n\nEducation\nNova SBE\nMSc Management\n2012 - 2014\n"
	p := ParsePaste(page)
	want := []struct{ title, company, location string }{
		{"Head of Merchandise Planning", "Casa Lumen", "Lisbon, Portugal"},
		{"Merchandise Planner", "Casa Lumen", "Porto, Portugal"},
		{"Chair, Supplier Committee", "Lisbon Buyers Association", "Lisbon, Portugal"},
		{"Merchandise Analyst", "Shirogane Retail", "Tokyo, Japan"},
	}
	if len(p.Experience) != len(want) {
		t.Fatalf("experience: got %+v", p.Experience)
	}
	for i, w := range want {
		if e := p.Experience[i]; e.Title != w.title || e.Company != w.company || e.Location != w.location {
			t.Errorf("experience[%d]: got %q at %q in %q, want %q at %q in %q", i, e.Title, e.Company, e.Location, w.title, w.company, w.location)
		}
	}
}

// TestParsePasteActivityNameDotLines reads activity lines that put a name
// and something else on one line: their own post's head ("Maricel
// Pangilinan · 2w") and the author of a post they commented on with
// that author's headline.
func TestParsePasteActivityNameDotLines(t *testing.T) {
	p := ParsePaste("Maricel Pangilinan\nCare Home Manager\n\nActivity\nMaricel Pangilinan · 2w\nOur dementia café has welcomed 1,000 visitors.\n" +
		"Maricel Pangilinan commented on a post\nBongani Mthembu · Registered Manager at Sunnyfield Care\nSunnyfield has just been rated Outstanding by CQC!\nMaricel: You deserve it!\n\nSkills\nDementia care\n")
	if len(p.Activity) != 2 {
		t.Fatalf("activity: got %+v", p.Activity)
	}
	if a := p.Activity[0]; a.Kind != ActivityPost || a.Text != "Our dementia café has welcomed 1,000 visitors." {
		t.Errorf("own post: got %+v", a)
	}
	if a := p.Activity[1]; a.Kind != ActivityComment || a.Of != "Bongani Mthembu" || strings.Contains(a.Text, "Registered Manager") {
		t.Errorf("comment: got %+v", a)
	}
}

// TestParsePasteCompanyWithEnglishName reads a company written in its own
// language with its English name in brackets, over a title.
func TestParsePasteCompanyWithEnglishName(t *testing.T) {
	p := ParsePaste("Pham Minh Thu\nProduct Manager\n\nExperience\nNgân hàng Thương mại Sông Hồng (Song Hong Commercial Bank)\nBusiness Analyst\nJul 2015 - Aug 2018 · 3 yrs 2 mos\nHà Nội, Việt Nam\n\n" +
		"Agence Méditerranée de Presse\nCorrespondent\nSep 2011 - Feb 2015 · 3 yrs 6 mos\nFès, Morocco\n\nSkills\nSQL\n")
	if len(p.Experience) != 2 || p.Experience[0].Title != "Business Analyst" || !strings.Contains(p.Experience[0].Company, "Song Hong Commercial Bank") ||
		p.Experience[1].Title != "Correspondent" || p.Experience[1].Company != "Agence Méditerranée de Presse" {
		t.Errorf("experience: got %+v", p.Experience)
	}
}

// TestParsePasteHeadersThatLookAlike reads headers whose shape misleads:
// a title with commas that reads like a place, a company over a title
// with an organisation word ("Group Account Director"), and a post with
// its initials in brackets ("Ofsted Inspector (OI)").
func TestParsePasteHeadersThatLookAlike(t *testing.T) {
	page := "Pham Thu\nProduct Manager\n\nExperience\nQuillmark Money\nFull-time · 4 yrs 7 mos\nSenior Product Manager, Payments\nJul 2022 - Present · 2 yrs 6 mos\n" +
		"London, England, United Kingdom · Hybrid\nProduct Manager, Merchant Onboarding\nJun 2020 - Jul 2022 · 2 yrs 2 mos\n\n" +
		"Brightwater & Finch\nGroup Account Director\nFull-time\nJan 2016 - May 2020 · 4 yrs\nLondon\nRan the Halden Cider account.\n\n" +
		"Ofsted\nOfsted Inspector (OI)\nSep 2012 - Dec 2015 · 3 yrs\n\nSkills\nSQL\n"
	p := ParsePaste(page)
	want := [][2]string{{"Senior Product Manager, Payments", "Quillmark Money"}, {"Product Manager, Merchant Onboarding", "Quillmark Money"},
		{"Group Account Director", "Brightwater & Finch"}, {"Ofsted Inspector (OI)", "Ofsted"}}
	if len(p.Experience) != len(want) {
		t.Fatalf("experience: got %+v", p.Experience)
	}
	for i, w := range want {
		if e := p.Experience[i]; e.Title != w[0] || e.Company != w[1] {
			t.Errorf("experience[%d]: got %q at %q, want %q at %q", i, e.Title, e.Company, w[0], w[1])
		}
	}
	if p.Experience[0].Location != "London, England, United Kingdom" {
		t.Errorf("experience[0].location: got %q", p.Experience[0].Location)
	}
}

func TestParsePasteRoleAfterGroupWithLongNames(t *testing.T) {
	page := "Oskar Vidal\nSite Manager\n\nExperience\nHarwick Tranter Services\nFull-time · 6 yrs\nSite Manager\nFeb 2020 - Present · 4 yrs 11 mos\n" +
		"Ran the fit-out of two data halls.\nSupervisor\nAug 2018 - Jan 2020 · 1 yr 6 mos\nSupported the trading floor fit-out.\n" +
		"Electrician\nSzabó Villamos Kft.\nSep 2009 - Jun 2016 · 6 yrs 10 mos\nDebrecen, Hungary\n" +
		"Visiting Lecturer, Site Safety\nUniversity of Applied Sciences for Building Services and Energy Engineering in Budapest\nPart-time\nFeb 2023 - Present · 1 yr 11 mos\n\n" +
		"Skills\nNEC4\n"
	p := ParsePaste(page)
	want := [][2]string{{"Site Manager", "Harwick Tranter Services"}, {"Supervisor", "Harwick Tranter Services"},
		{"Electrician", "Szabó Villamos Kft."}, {"Visiting Lecturer, Site Safety", "University of Applied Sciences for Building Services and Energy Engineering in Budapest"}}
	if len(p.Experience) != len(want) {
		t.Fatalf("experience: got %+v", p.Experience)
	}
	for i, w := range want {
		if e := p.Experience[i]; e.Title != w[0] || e.Company != w[1] {
			t.Errorf("experience[%d]: got %q at %q, want %q at %q", i, e.Title, e.Company, w[0], w[1])
		}
	}
	if d := p.Experience[1].Description; d != "Supported the trading floor fit-out." {
		t.Errorf("experience[1].description: got %q", d)
	}
	if p.Experience[3].Type != "Part-time" {
		t.Errorf("experience[3].type: got %q", p.Experience[3].Type)
	}
}

func TestParsePasteDatedRolesAfterSkills(t *testing.T) {
	page := "Ioanna Petrou\nGrid Engineer\n\nExperience\nΔΕΔΔΗΕ (HEDNO – Hellenic Electricity Distribution Network Operator)\nProtection Engineer\n2014 - 2019 · 5 yrs\nThessaloniki, Greece\n" +
		"Commissioned the protection schemes of 12 substations.\n\nSkills\nPower Systems\nEndorsed by 3 colleagues\nTeaching\n" +
		"Adjunct Lecturer, Distribution Networks\nΑριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης\nOct 2021 - Present · Part-time\n\nLanguages\nGreek\n"
	p := ParsePaste(page)
	want := [][2]string{{"Protection Engineer", "ΔΕΔΔΗΕ (HEDNO – Hellenic Electricity Distribution Network Operator)"},
		{"Adjunct Lecturer, Distribution Networks", "Αριστοτέλειο Πανεπιστήμιο Θεσσαλονίκης"}}
	if len(p.Experience) != len(want) {
		t.Fatalf("experience: got %+v", p.Experience)
	}
	for i, w := range want {
		if e := p.Experience[i]; e.Title != w[0] || e.Company != w[1] {
			t.Errorf("experience[%d]: got %q at %q, want %q at %q", i, e.Title, e.Company, w[0], w[1])
		}
	}
	if p.Title != "Protection Engineer" {
		t.Errorf("title: got %q", p.Title)
	}
	for _, s := range p.Skills {
		if s != "Power Systems" {
			t.Errorf("skills: %q is no skill", s)
		}
	}
}

func TestParsePasteMenuWithSeparators(t *testing.T) {
	page := "Skip to main content\nHome | My Network | Jobs | Messaging | Notifications | Me | For Business\nNadia Okonjo\n(She/Her)\n" +
		"Registered Manager | Supported Living\nLeicester, England, United Kingdom\nContact info\n312 connections\n\nAbout\nRun nine services.\n"
	p := ParsePaste(page)
	if p.Name != "Nadia Okonjo" || p.Headline != "Registered Manager | Supported Living" || p.Location != "Leicester, England, United Kingdom" {
		t.Errorf("card: got name %q, headline %q, location %q", p.Name, p.Headline, p.Location)
	}
}

func TestParsePasteMenusInBracketsAndBackArrow(t *testing.T) {
	for _, top := range []string{
		"Skip to main content\n[Home] [My Network] [Jobs] [Messaging] [Notifications] [Me] [For Business] [Try Premium]\n",
		"LinkedIn\nHome | My Network | Jobs | Messaging | Notifications | Me ▾ | For Business ▾\n",
		"← Search\n",
	} {
		p := ParsePaste(top + "\nJakub Horak · 2nd\nPlant Manager | Lean\nZlín, Czechia\n500+ connections\n\nAbout\nI run a plant.\n")
		if p.Name != "Jakub Horak" || p.Headline != "Plant Manager | Lean" {
			t.Errorf("%q: got name %q, headline %q", top, p.Name, p.Headline)
		}
	}
}

func TestParsePasteHeadersWithLowerCaseWords(t *testing.T) {
	page := "Jana Dvořák\nVet\n\nExperience\nNárodní hřebčín Kladruby nad Labem\nResident Veterinarian\nJul 2012 - May 2018 · 5 yrs 11 mos\n" +
		"Reproductive work for the herd.\nKlinika Equus Praha\nVeterinarian (small animal practice)\nSep 2008 - Jun 2012 · 3 yrs 10 mos\nPrague, Czechia\n\nSkills\nSurgery\n"
	p := ParsePaste(page)
	want := [][2]string{{"Resident Veterinarian", "Národní hřebčín Kladruby nad Labem"}, {"Veterinarian (small animal practice)", "Klinika Equus Praha"}}
	if len(p.Experience) != len(want) {
		t.Fatalf("experience: got %+v", p.Experience)
	}
	for i, w := range want {
		if e := p.Experience[i]; e.Title != w[0] || e.Company != w[1] {
			t.Errorf("experience[%d]: got %q at %q, want %q at %q", i, e.Title, e.Company, w[0], w[1])
		}
	}
}

func TestParsePasteOwnPostHeads(t *testing.T) {
	page := "Selma Okafor\nClinical Research Associate\nLagos, Nigeria\n500+ connections\n\nActivity\n1,204 followers\n" +
		"Selma Okafor · Senior Clinical Research Associate\n3w •\nOne year into our Phase III study: 14 sites, zero critical findings.\n" +
		"Selma Okafor posted · 5d\nLine 4 has now run 200 days without a lost-time injury.\n" +
		"Selma Okafor commented · 1mo\nAda Bello: \"Our Ibadan site cut screen failures by 22%.\"\n   Brilliant work Ada!\n" +
		"Selma Okafor\n2mo •\nOur Abuja site enrolled its 100th patient.\n\nSkills\nGCP\n"
	p := ParsePaste(page)
	if len(p.Activity) != 4 {
		t.Fatalf("activity: got %+v", p.Activity)
	}
	if a := p.Activity[3]; a.Kind != ActivityPost || a.Text != "Our Abuja site enrolled its 100th patient." {
		t.Errorf("activity[3]: got %+v", a)
	}
	if a := p.Activity[0]; a.Kind != ActivityPost || !strings.HasPrefix(a.Text, "One year into our Phase III study") {
		t.Errorf("activity[0]: got %+v", a)
	}
	if a := p.Activity[1]; a.Kind != ActivityPost || !strings.HasPrefix(a.Text, "Line 4 has now run") {
		t.Errorf("activity[1]: got %+v", a)
	}
	if a := p.Activity[2]; a.Kind != ActivityComment {
		t.Errorf("activity[2]: got %+v", a)
	}
}

// TestAFirmNamedForTheAward: a line under an award saying their employer
// or a team "was named" it makes it theirs to credit, not the
// candidate's; their employer winning another award that night does not.
func TestAFirmNamedForTheAward(t *testing.T) {
	page := "Ama Mensah\nOperations Manager\nBurlington, Vermont\n\nExperience\nOperations Manager\nGreen Valley Soy Co. · Full-time\n" +
		"Jan 2019 - Present · 5 yrs 11 mos\nRan the allergen changeover programme.\n\nHonors & awards\n"
	for _, tc := range []struct {
		awards      string
		own, others int
	}{
		{"Vermont Manufacturer of the Year (Small Business)\nIssued by VMEC · Oct 2023\nGreen Valley Soy Co. was named Vermont Manufacturer of the Year in the small business category.\n", 0, 1},
		{"Plant Manager of the Year (shortlisted)\nIssued by VMEC · Oct 2023\nGreen Valley Soy Co. won Employer of the Year at the same ceremony.\n", 1, 0},
	} {
		p := ParsePaste(page + tc.awards + "\nLanguages\nEnglish\n")
		if len(p.Honors) != tc.own || len(p.TeamHonors) != tc.others {
			t.Errorf("%q: honors %q, others' %q", tc.awards, p.Honors, p.TeamHonors)
		}
	}
}
