package personalize

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// ruleProfile is a small structured profile for the rule tables.
func ruleProfile() *profile.Profile {
	return &profile.Profile{
		ID: "victor", Name: "Victor Almeida", Headline: "Security Engineer | Go", Title: "Security Engineer",
		Company: "Copperline", Location: "Lisbon, Portugal",
		Skills: []string{"Application security", "Fuzzing", "Threat modeling"},
		Experience: []profile.Experience{
			{Title: "Security Engineer", Company: "Copperline", Start: "2022", End: "present",
				Description: "Found and fixed a request smuggling bug in the edge proxy; set up continuous fuzzing for the parsers."},
			{Title: "Backend Developer", Company: "Marlow Telecom", Start: "2018", End: "2022",
				Description: "Moved 40 billing services to Kubernetes."},
		},
		Education: []profile.Education{{School: "Instituto Superior Técnico", Degree: "MSc Computer Engineering", Year: 2018}},
		Projects:  []profile.Project{{Name: "CVE-2024-31337", Description: "Reported a heap overflow in an image decoding library."}},
		About:     "Volunteer instructor at the Lisbon Code Dojo.",
	}
}

func failedRules(v Verdict) []string {
	var out []string
	for _, f := range v.Failures {
		out = append(out, f.Rule.String())
	}
	return out
}

func TestCheckRules(t *testing.T) {
	tests := []struct {
		name string
		line string
		opts Options
		want []string // failed rules, in order; nil means accepted
	}{
		// Rule 1: length.
		{"too short", "Fuzzing the parsers, nice!", Options{}, []string{"length"}},
		{"empty", "", Options{}, []string{"length", "specific"}},
		{"raised minimum", "Setting up continuous fuzzing for the parsers is rare.", Options{MinWords: 12}, []string{"length"}},
		{"too long for the channel", "Setting up continuous fuzzing for the parsers at Copperline is something our client has wanted for a year.", Options{MaxChars: 60}, []string{"length"}},
		// Rule 2: placeholders.
		{"brackets", "Your [SPECIFIC PROJECT] on the edge proxy smuggling bug was great.", Options{}, []string{"placeholder"}},
		{"mustache", "Your {{hook}} and the request smuggling bug fix stood out.", Options{}, []string{"placeholder"}},
		{"todo", "TODO mention the request smuggling bug in the edge proxy.", Options{}, []string{"placeholder"}},
		// Rule 3: specific.
		{"mail merge only", "As a Security Engineer at Copperline in Lisbon, you might like this.", Options{}, []string{"specific"}},
		{"name only", "Victor, I would really like to talk with you soon.", Options{}, []string{"specific"}},
		{"common words only", "Your engineering experience and security background are strong.", Options{}, []string{"specific"}},
		{"one dictionary word", "Your fuzzing experience would be valuable to our client.", Options{}, []string{"specific"}},
		{"nothing from the profile", "You would be a brilliant addition to a fast-growing fintech.", Options{}, []string{"specific"}},
		{"skill", "Setting up continuous fuzzing for the parsers is exactly what our client needs.", Options{}, nil},
		{"past employer", "Moving 40 billing services to Kubernetes at Marlow Telecom is a useful story.", Options{}, nil},
		{"inflection and order", "The smuggled requests you found in that proxy at the edge must have been fun.", Options{}, nil},
		{"school and degree are mail merge", "Your Técnico computer engineering degree is a great base for our client.", Options{}, []string{"specific"}},
		{"volunteering", "Teaching at the Lisbon Code Dojo on top of the day job is great.", Options{}, nil},
		// Rule 4: unsupported.
		{"employer not on profile", "Your fuzzing work at Google Project Zero was impressive.", Options{}, []string{"specific", "unsupported"}},
		{"name not on profile next to a reference", "Your continuous fuzzing of the parsers for Google Project Zero was impressive.", Options{}, []string{"unsupported"}},
		{"figure not on profile", "Moving 400 billing services to Kubernetes is a big job.", Options{}, []string{"unsupported"}},
		{"claim not on profile", "Your book on fuzzing parsers was a great read.", Options{}, []string{"unsupported"}},
		{"detail not on profile inside a reference", "Your request smuggling quantum cryptography bug at Copperline was impressive.", Options{}, []string{"unsupported"}},
		{"client side is exempt", "The request smuggling bug you fixed is what our client's CISO at Northwind worries about.", Options{}, nil},
		{"acronym of a school is the school", "Your MSc in computer engineering from IST makes you a fit for our client.", Options{}, []string{"specific"}},
		{"durations are not figures", "Continuous fuzzing for the parsers would be a great 20-minute chat.", Options{}, nil},
		{"typed in capitals", "SETTING UP CONTINUOUS FUZZING FOR THE PARSERS IS EXACTLY WHAT OUR CLIENT NEEDS.", Options{}, nil},
		// Rule 5: stock.
		{"stock phrase", "I came across your profile and you seem like a great fit.", Options{}, []string{"specific", "stock"}},
		{"stock phrase with a reference", "I came across your profile: the request smuggling bug in the edge proxy was a great find.", Options{}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := Check(ruleProfile(), tc.line, tc.opts)
			got := failedRules(v)
			if !slices.Equal(got, tc.want) {
				t.Errorf("Check(%q): failed %v, want %v\n%s", tc.line, got, tc.want, v)
			}
			if v.OK != (len(tc.want) == 0) {
				t.Errorf("OK = %v with failures %v", v.OK, got)
			}
			if v.OK && len(v.References) == 0 {
				t.Error("accepted without a reference")
			}
		})
	}
}

func TestCheckCurrentPositionFromExperience(t *testing.T) {
	p := ruleProfile()
	p.Title, p.Company, p.Headline = "", "", ""
	v := Check(p, "As a Security Engineer at Copperline in Lisbon, you might like this.", Options{})
	if v.OK || !strings.Contains(v.String(), "current title") {
		t.Errorf("the current position from experience should be a mail-merge field: %v", v)
	}
}

func TestMatchingKeys(t *testing.T) {
	same := [][2]string{
		{"maths", "Mathematics"}, {"led", "leading"}, {"certification", "certified"},
		{"parsers", "parsing"}, {"Inès", "ines"}, {"client’s", "client's"}, {"J.D.", "jd"},
	}
	for _, pair := range same {
		a, b := tokenize(pair[0], nil), tokenize(pair[1], nil)
		if len(a) != 1 || len(b) != 1 || a[0].key != b[0].key && !fuzzyKey(a[0].key, b[0].key) {
			t.Errorf("%q and %q should match: keys %v and %v", pair[0], pair[1], a, b)
		}
	}
	if k := tokenize("£1.2bn", nil); len(k) != 2 || k[0].key != "1200000000" || k[1].key != "b" {
		t.Errorf("£1.2bn: got %+v", k)
	}
	if k := tokenize("6 million", nil); len(k) != 2 || k[0].key != "6000000" || k[1].key != "m" {
		t.Errorf("6 million: got %+v", k)
	}
}

func TestCheckNameThatIsAWord(t *testing.T) {
	p := ruleProfile()
	p.Experience[0].Description += " Led the move to Trinity for secrets management."
	if v := Check(p, "Your move to Trinity for secrets is a great base for our client.", Options{}); !v.OK {
		t.Errorf("Trinity written as a name on both sides should count: %v", v)
	}
	if v := Check(p, "Your trinity of skills is a great base for our client.", Options{}); v.OK {
		t.Errorf("trinity as a word should not count: %v", v)
	}
}

func TestCheckMessages(t *testing.T) {
	p := ruleProfile()
	v := Check(p, "As a Security Engineer at Copperline, you would be great.", Options{})
	if len(v.Failures) == 0 || !strings.Contains(v.Failures[0].Message, "Names only their") ||
		!strings.Contains(v.Failures[0].Message, "current company") || !strings.Contains(v.Failures[0].Message, "Name something they did") {
		t.Errorf("mail-merge message: got %v", v.Failures)
	}
	v = Check(p, "Your fuzzing work at Google Project Zero was impressive.", Options{})
	if !v.Failed(RuleUnsupported) || !strings.Contains(v.String(), "Google Project Zero") {
		t.Errorf("unsupported message should name Google Project Zero: %v", v)
	}
}

func TestCheckReferences(t *testing.T) {
	p := ruleProfile()
	line := "The request smuggling bug you found in the edge proxy is what our client's team fights."
	v := Check(p, line, Options{})
	if !v.OK {
		t.Fatalf("rejected: %v", v)
	}
	r := v.References[0]
	if r.Field != "experience[0].description" {
		t.Errorf("field %q, want experience[0].description", r.Field)
	}
	if got := p.Experience[0].Description[r.FieldStart:r.FieldEnd]; got != r.Text || !strings.Contains(got, "request smuggling bug") {
		t.Errorf("field span %q, text %q", got, r.Text)
	}
	if got := line[r.LineStart:r.LineEnd]; !strings.HasPrefix(got, "request smuggling bug") {
		t.Errorf("line span %q", got)
	}
}

func TestCheckPastedProfile(t *testing.T) {
	b, err := os.ReadFile("../profile/testdata/paste/kenji-engineer.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := &profile.Profile{Text: string(b)}
	v := Check(p, "Rewriting the fleet motion planner in Rust and cutting pick time by 18% is impressive.", Options{})
	if !v.OK {
		t.Fatalf("rejected: %v", v)
	}
	for _, r := range v.References {
		if r.Field != "text" || p.Text[r.FieldStart:r.FieldEnd] != r.Text {
			t.Errorf("reference %v does not point into the pasted text", r)
		}
	}
	v = Check(p, "As a Staff Software Engineer at Fernhill Robotics in Pittsburgh, you know robots.", Options{})
	if v.OK || !v.Failed(RuleSpecific) {
		t.Errorf("top card of a paste counted as specific: %v", v)
	}
}

func TestCheckIndexReuse(t *testing.T) {
	p := ruleProfile()
	line := "Setting up continuous fuzzing for the parsers is exactly what our client needs."
	want := Check(p, line, Options{})
	got := Check(p, line, Options{Index: NewIndex(p)})
	if got.OK != want.OK || len(got.References) != len(want.References) {
		t.Errorf("with a prepared index: %v; without: %v", got, want)
	}
}

func TestCheckReuseRule(t *testing.T) {
	p := ruleProfile()
	line := "Setting up continuous fuzzing for the parsers at Copperline is something our client has wanted for a year."
	r := NewReuseIndex()
	r.Add(Prior{MessageID: 7, CandidateID: "someone-else", Line: line})
	r.Add(Prior{MessageID: 8, CandidateID: "victor", Line: "Your heap overflow report in an image decoding library was a great find."})
	tests := []struct {
		name, line string
		want       bool
	}{
		{"verbatim", line, true},
		{"near verbatim", strings.Replace(line, "for a year", "for two years", 1), true},
		{"case and punctuation", strings.ToUpper(line) + "!!", true},
		{"same candidate", "Your heap overflow report in an image decoding library was a great find.", false},
		{"different line", "The request smuggling bug you found in the edge proxy is what our client's team fights.", false},
	}
	for _, tc := range tests {
		v := Check(p, tc.line, Options{Reuse: r})
		if v.Failed(RuleReuse) != tc.want {
			t.Errorf("%s: reuse failed = %v, want %v (%v)", tc.name, v.Failed(RuleReuse), tc.want, v)
		}
	}
	if v := Check(p, line, Options{Reuse: r}); !strings.Contains(v.String(), "message 7") {
		t.Errorf("reuse message should name message 7: %v", v)
	}
}

func TestReuseIndexScale(t *testing.T) {
	r := NewReuseIndex()
	for i := range 10000 {
		r.Add(Prior{MessageID: uint64(i), CandidateID: "c", Line: strings.Repeat("common words here ", 3) + string(rune('a'+i%26)) + " unique " + strings.Repeat("x", i%50)})
	}
	if r.Len() != 10000 {
		t.Fatalf("Len = %d", r.Len())
	}
	m, ok := r.Find("completely different words about heap overflows in decoders", "d")
	if ok {
		t.Errorf("found %v for an unrelated line", m)
	}
}

func TestPlaceholders(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Your [SPECIFIC AUDIT] work", []string{"[SPECIFIC AUDIT]"}},
		{"Hi {{first_name}}, {hook}", []string{"{{first_name}}", "{hook}"}},
		{"Loved your <project name> demo", []string{"<project name>"}},
		{"TODO: XXX later", []string{"TODO", "XXX"}},
		{"I was impressed by your (insert achievement here).", []string{"insert achievement here"}},
		{"INSERT COMPANY NAME", []string{"INSERT COMPANY NAME"}},
		{"You insert clauses into contracts all day <3 [1]", nil},
		{"a < b > c", nil},
		{"No placeholder here.", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range Placeholders(tc.in) {
			got = append(got, tc.in[s[0]:s[1]])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("Placeholders(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRuleNames(t *testing.T) {
	want := []string{"length", "placeholder", "specific", "unsupported", "stock", "reuse"}
	for i, w := range want {
		r := Rule(i + 1)
		if r.String() != w {
			t.Errorf("Rule(%d) = %q, want %q", i+1, r, w)
		}
		var back Rule
		if err := back.UnmarshalText([]byte(w)); err != nil || back != r {
			t.Errorf("UnmarshalText(%q) = %v, %v", w, back, err)
		}
	}
}

func TestLoadLists(t *testing.T) {
	dir := t.TempDir()
	p := ruleProfile()
	line := "Teaching at a code dojo on top of the day job is great."
	if v := Check(p, line, Options{}); !v.OK {
		t.Fatalf("default lists: %v", v)
	}
	files := map[string]string{
		CommonWordsFile:  "# team list\ndojo\ncode\n",
		StockPhrasesFile: "on top of the day job\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lists, err := LoadLists(dir)
	if err != nil {
		t.Fatal(err)
	}
	v := Check(p, line, Options{Lists: lists})
	if v.OK || !v.Failed(RuleStock) || !v.Failed(RuleSpecific) {
		t.Errorf("with the team's lists: %v", v)
	}
	if l, err := LoadLists(filepath.Join(dir, "missing")); err != nil || l != DefaultLists() {
		t.Errorf("missing folder: %v, %v", l, err)
	}
}

func FuzzCheck(f *testing.F) {
	for _, s := range []string{
		"Leading the first-year IFRS 9 audit for Penwick Bank is what our client's audit committee wants.",
		"I came across your profile and think you'd be a fantastic fit.",
		"Your [SPECIFIC AUDIT] work caught my eye.",
		"Your win in the Apple v. Samsung design patent retrial was impressive.",
		"Growing revenue from £1.2bn to 6M EUR ARR, 40% J.D. U.S. VPs' CVE-2024-31337",
		"",
	} {
		f.Add(s, "Found and fixed a request smuggling bug; CVE-2024-31337; Lisbon Code Dojo.")
	}
	// An abbreviation found before a word of its long form that comes
	// earlier in the line ran a reference backwards.
	f.Add("With your Bachelor of Nursing from Lodz and your NMC registration, you'd be a great fit.", "Registered Nurse (Adult), Nursing and Midwifery Council (NMC).")
	r := NewReuseIndex()
	r.Add(Prior{MessageID: 1, CandidateID: "x", Line: "I came across your profile and think you'd be a fantastic fit."})
	f.Fuzz(func(t *testing.T, line, about string) {
		p := ruleProfile()
		p.About = about
		p.Text = about
		v := Check(p, line, Options{Reuse: r, MaxChars: 300})
		if v.OK && len(v.References) == 0 {
			t.Fatalf("accepted %q without a reference", line)
		}
		if !v.OK && len(v.Failures) == 0 {
			t.Fatalf("rejected %q without a reason", line)
		}
		if strings.Contains(v.String(), checkerFault) {
			t.Fatalf("the checker failed on %q: %v", line, v)
		}
		for _, ref := range v.References {
			if ref.LineStart < 0 || ref.LineEnd > len(line) || ref.LineStart > ref.LineEnd {
				t.Fatalf("line span %v out of range", ref)
			}
		}
	})
}

func TestCheckAcronymOfProfileWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Marcus Grey", Title: "GRC Lead", Company: "Fenwick Mutual",
		Experience: []profile.Experience{
			{Title: "GRC Lead", Company: "Fenwick Mutual", Description: "Runs the ISO 27001 programme."},
			{Title: "IT Auditor", Company: "Brennan Whitlow", Description: "IT general controls and SOX testing for listed retailers."},
			{Title: "Analyst", Company: "Transport for London", Description: "Contract audits under NEC4 for the Elizabeth line."},
		},
		Education: []profile.Education{{School: "London School of Economics", Degree: "BSc"}},
	}
	for _, line := range []string{
		// An acronym on the profile gives all its letters.
		"SOX and ITGC testing at Brennan Whitlow gives you the auditor's eye our client asked for.",
		// Single initials, with a small word skipped.
		"Your LSE degree and the SOX testing at Brennan Whitlow make a rare mix.",
		// Initials in mixed case, with the small word's letter.
		"Your contract audits for the Elizabeth line at TfL are exactly the background we need.",
		// The letters of a code name its family.
		"Auditing NEC contracts on the Elizabeth line is exactly the background we need.",
	} {
		if v := Check(p, line, Options{}); !v.OK {
			t.Errorf("%q: %v", line, v)
		}
	}
	// Initials that spell nothing on the profile are still unsupported.
	line := "Your SOX testing and the ITGS work at Brennan Whitlow stood out to our client."
	if v := Check(p, line, Options{}); v.OK || !v.Failed(RuleUnsupported) {
		t.Errorf("%q should fail the unsupported rule: %v", line, v)
	}
}

// TestCheckerFaultHoldsTheLine: a fault of the checker on a line holds it
// back with a reason, and does not take the caller down.
func TestCheckerFaultHoldsTheLine(t *testing.T) {
	faultHook = func(line string) {
		if strings.Contains(line, "boom") {
			panic("index out of range")
		}
	}
	defer func() { faultHook = nil }()
	p := ruleProfile()
	v := Check(p, "Your boom-time work on the Penwick Bank audit caught my eye.", Options{})
	if v.OK || !v.Failed(RuleSpecific) || !strings.Contains(v.String(), checkerFault) {
		t.Errorf("fault: %v", v)
	}
	if v := Check(p, "Leading the first-year IFRS 9 audit for Penwick Bank is what our client's audit committee wants.", Options{}); strings.Contains(v.String(), checkerFault) {
		t.Errorf("no fault: %v", v)
	}
}
