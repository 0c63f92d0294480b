package personalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// claimsProfile is a structured profile with the marks of authorship the
// page reader gives: own posts, a repost, a comment, a recommendation
// given, a team award, interests.
func claimsProfile() *profile.Profile {
	return &profile.Profile{
		ID: "ines", Name: "Inès Kowalczyk-Obi", Headline: "Senior Buyer | RCM Buyer of the Year 2024",
		Title: "Senior Buyer", Company: "Harrow Vale Foods", Location: "Leeds, United Kingdom",
		Skills: []string{"Negotiation", "Supplier audits", "SAP Ariba"},
		Experience: []profile.Experience{
			{Title: "Senior Buyer", Company: "Harrow Vale Foods", Start: "2021", End: "present", Location: "Leeds",
				Description: "Renegotiated the packaging contract with Corlen Print, saving £1.4m a year (6% of spend). Cut supplier count from 212 to 90."},
			{Title: "Buyer", Company: "Mossgiel Dairies", Start: "2016", End: "2021", Location: "Łódź, Poland",
				Description: "Ran the milk tanker tender for the Ostrowo plant. Managed 14 category buyers."},
			{Title: "Trustee", Company: "Leeds Food Aid Network", Start: "2022", End: "present", Type: "Part-time",
				Description: "Chair of the finance committee."},
		},
		Education: []profile.Education{
			{School: "Uniwersytet Warszawski", Degree: "MA", Field: "Economics", Year: 2015},
			{School: "University of Leeds", Degree: "MSc", Field: "Supply Chain Management", Year: 2016},
		},
		Publications:   []profile.Publication{{Title: "What we got wrong", Publisher: "Supply Management", Year: 2023}},
		Honors:         []string{"RCM Buyer of the Year 2024", "CIPS Excellence in Procurement Awards 2022 - shortlisted"},
		Certifications: []string{"MCIPS"},
		TeamHonors:     []string{"Grocer Gold Award 2023 for the Harrow Vale sourcing team"},
		Interests:      []string{"Circular packaging", "Fermentation"},
		About:          "Buyer in food manufacturing. Keen to learn more about regenerative farming.",
		Activity: []profile.Activity{
			{Kind: profile.ActivityPost, Text: "Three things I learned cutting our supplier list by half."},
			{Kind: profile.ActivityRepost, Of: "Dana Whitlock", Text: "Reverse auctions are killing supplier trust in UK food."},
			{Kind: profile.ActivityComment, Of: "Sam Okafor", Text: "Agreed, should-cost models for flexible film packaging are overdue."},
		},
		Recommendations: []profile.Recommendation{
			{Given: true, Person: "Priya Shah", Text: "Priya built our supplier diversity programme from scratch."},
			{Person: "Tom Reed", Text: "Inès ran the Corlen negotiation with patience and a very good spreadsheet."},
		},
	}
}

func TestCheckClaims(t *testing.T) {
	tests := []struct {
		name, line string
		ok         bool
		reason     string // part of the reason, when refused
	}{
		// Authorship.
		{"own post", "Your post on what you learned cutting the supplier list by half was spot on.", true, ""},
		{"repost", "Your point that reverse auctions are killing supplier trust in UK food is spot on.", false, "Dana Whitlock"},
		{"comment", "Your work on should-cost models for flexible film packaging is exactly what we need.", false, "Sam Okafor"},
		{"recommendation given", "Building a supplier diversity programme from scratch is exactly what our client needs.", false, "Priya Shah"},
		{"team award", "Congratulations on the Grocer Gold Award for sourcing last year!", false, "team"},
		{"interest", "Your regenerative farming work is exactly what our client's sourcing team needs.", false, "interested"},
		// Mail merge widened.
		{"school only", "Fellow Leeds supply chain grad here, hope Harrow Vale is treating you well!", false, "mail-merge"},
		{"skills only", "Your negotiation and supplier audit skills are impressive.", false, "mail-merge"},
		{"two schools", "Economics at Uniwersytet Warszawski and then a Leeds MSc is a strong base for our client.", true, ""},
		// Events and outcomes.
		{"award in headline", "Congratulations on RCM Buyer of the Year - cutting suppliers from 212 to 90 says why.", true, ""},
		{"award in headline with other words", "Your RCM Buyer of the Year win for Harrow Vale Foods is well deserved.", true, ""},
		{"shortlisted is not won", "Congrats on winning the CIPS Excellence in Procurement Award in 2022!", false, "shortlisted"},
		{"shortlisted as shortlisted", "Being shortlisted at the CIPS Excellence in Procurement Awards is no small thing.", true, ""},
		{"long object after congrats", "Congratulations on your team winning at the CIPS Excellence in Procurement Awards 2022!", false, "shortlisted"},
		{"role on offer and its place", "Your Corlen Print renegotiation is why I thought of you for a Head of Procurement post in Manchester.", true, ""},
		{"promotion not on profile", "Congrats on your promotion to Head of Procurement at Harrow Vale!", false, "Head of Procurement"},
		{"promotion to a post in lower case", "Congrats on your promotion to head of procurement after the Corlen Print deal!", false, "head of procurement"},
		{"made a post in lower case", "Well done on being made category director after the Corlen Print deal.", false, "category director"},
		{"a post they hold", "Congrats on being made senior buyer after cutting suppliers from 212 to 90!", true, ""},
		{"passed not on profile", "Congrats on passing the CIPS Level 6 diploma this spring!", false, "passed"},
		// Figures.
		{"figure in words", "Cutting suppliers from two hundred and twelve to ninety is a big clean-up.", true, ""},
		{"figure moved to another unit", "Saving £6m a year on the Corlen Print packaging contract is serious.", false, "Mentions 6"},
		{"figure not on profile in words", "Managing forty category buyers at Mossgiel Dairies is serious responsibility.", false, "forty"},
		// Binding.
		{"facts from two entries", "Your packaging contract with Corlen Print at Mossgiel Dairies is a great story.", false, "different entries"},
		{"move between entries", "From the Ostrowo tanker tender to the Corlen Print packaging deal is quite a path.", true, ""},
		{"fact put with the current employer", "Your Ostrowo milk tanker tender at Harrow Vale Foods is a great story.", false, "different entries"},
		{"fact put in another place", "Running the Ostrowo milk tanker tender out of Leeds must have been hard.", false, "say where it was"},
		{"fact in its own place", "Running the Ostrowo milk tanker tender in Łódź is great experience.", true, ""},
		{"figure of another entry", "The £1.4m milk tanker tender at Mossgiel Dairies is a great story.", false, "different entries"},
		// Normal form, abbreviations, aliases, typos, titles.
		{"accents typed without", "Running the milk tanker tender for the Ostrowo plant near Lodz is great experience.", true, ""},
		{"alias of a school and a real reference", "A University of Warsaw economist who renegotiated the Corlen Print packaging contract is rare.", true, ""},
		{"typo in a long name", "Your packaging renegotiation with Corlenn Print saving £1.4m is a great result.", true, ""},
		{"quoted title of common words", "Your Supply Management piece \"What we got wrong\" was refreshingly honest.", true, ""},
		{"third party role", "A £1.4m saving on packaging with Corlen Print is a result any CFO would notice.", true, ""},
		{"second current role", "Chairing the finance committee at Leeds Food Aid Network next to the buying job is impressive.", true, ""},
		{"own work beside a team award", "Cutting suppliers from 212 to 90 at Harrow Vale was real sourcing work.", true, ""},
		{"greeting with a short name", "Hi Ines, saw you're a senior buyer at Harrow Vale Foods in Leeds.", false, "mail-merge"},
		{"short name ending the line", "Fellow University of Leeds supply chain MSc here, Inès!", false, "mail-merge"},
		{"typo that drops a letter of a six-letter name", "Your packaging renegotiation with Corln Print saving £1.4m is a great result.", true, ""},
		{"German line", "Ihre Neuverhandlung des Verpackungsvertrags mit Corlen Print ist genau das, was unser Kunde sucht.", true, ""},
		{"tenure is no reference", "With 5 years as a senior buyer at Harrow Vale Foods you would suit this role.", false, "mail-merge"},
		{"fact with the initials of another employer", "The milk tanker tender at HVF is a great story.", false, "different entries"},
		{"the client as a subject", "Greggs are hiring a category lead and your Corlen Print renegotiation is why I thought of you.", true, ""},
		{"what the client needs", "Your Corlen Print renegotiation is exactly what Greggs's packaging team needs.", true, ""},
		{"the recruiter's own clause", "I'm recruiting for Greggs and your Corlen Print renegotiation stood out.", true, ""},
		{"a name tied to them", "Your Corlen Print renegotiation at Greggs is exactly what we need.", false, "Greggs"},
		{"a name after a tying word and the", "Renegotiating the Corlen Print contract for the Tesco group is a great story.", false, "Tesco"},
		{"a question about a move", "Your Corlen Print renegotiation is impressive. Would you consider a move to Bristol?", true, ""},
		{"an aside about the role", "Your Corlen Print renegotiation caught my eye. The team is based in Bristol; the salary is £85k.", true, ""},
		{"a second sentence about them", "Your Corlen Print renegotiation caught my eye. Your move to Bristol Foods after it too.", false, "Bristol Foods"},
		{"one word of a longer name", "Good luck with the Leeds marathon next month, I hear you're training hard.", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v := Check(claimsProfile(), tc.line, Options{})
			if v.OK != tc.ok {
				t.Fatalf("Check(%q) OK = %v, want %v\n%s", tc.line, v.OK, tc.ok, v)
			}
			if !tc.ok && tc.reason != "" && !strings.Contains(v.String(), tc.reason) {
				t.Errorf("Check(%q): the reason should mention %q\n%s", tc.line, tc.reason, v)
			}
			if tc.ok && len(v.References) == 0 {
				t.Errorf("accepted %q without a reference", tc.line)
			}
		})
	}
}

func TestCheckOtherLanguages(t *testing.T) {
	p := claimsProfile()
	for _, line := range []string{
		"サプライヤー数を212から90に減らしたご経験は、まさにクライアントが求めているものです。",
		"Votre renégociation du contrat d'emballage avec Corlen Print, 1,4 million de livres par an, nous a impressionnés.",
		"Su renegociación del contrato con Corlen Print, con un ahorro de 1,4 millones de libras, es justo lo que busca nuestro cliente.",
	} {
		if v := Check(p, line, Options{}); !v.OK {
			t.Errorf("%q: %v", line, v)
		}
	}
	p.Experience[0].Description += " 東京事務所の調達改革を主導。"
	line := "東京事務所の調達改革を主導された経験は、クライアントにぴったりです。"
	if v := Check(p, line, Options{}); !v.OK || v.Failed(RuleLength) {
		t.Errorf("%q: %v", line, v)
	}
}

func TestNormalForm(t *testing.T) {
	for in, want := range map[string]string{
		"Łódź": "lodz", "Søren": "soren", "Straße": "strasse", "Nguyễn": "nguyen", "ＡＢＣ": "abc",
		"Kāinga": "kainga", "Œuvre": "oeuvre", "ﬁnance": "finance",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"1,200": "1200", "1,2": "1.2", "12,5": "12.5", "1,234,567": "1234567", "3.5": "3.5",
		"4.100": "4100", "12.500": "12500", "1.234.567": "1234567", "1.125": "1.125", "3.75": "3.75", "1234.500": "1234.5"} {
		if got := numberKey(in); got != want {
			t.Errorf("numberKey(%q) = %q, want %q", in, got, want)
		}
	}
	toks := tokenize("fifty-eight per cent of twelve", nil)
	if len(toks) != 4 || toks[0].key != "58" || toks[1].key != "pct" || toks[3].key != "12" {
		t.Errorf("numbers in words: %+v", toks)
	}
	if toks := tokenize("d'Agar Grove", nil); len(toks) != 2 || toks[0].lower != "agar" || toks[0].start != 2 {
		t.Errorf("elision: %+v", toks)
	}
	if n := countWords("東京事務所の調達改革を主導"); n < 6 {
		t.Errorf("countWords of Japanese = %d, want at least 6", n)
	}
}

func TestOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"tessellate", "tesselate", true}, {"castlemere", "castelmere", true}, {"baragwanath", "baragwaneth", true},
		{"abcdef", "abcdef", false}, {"abcdef", "abcxyz", false}, {"abcdef", "abcdefgh", false},
	} {
		if got := oneEdit(c.a, c.b); got != c.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestTeamLists(t *testing.T) {
	dir := t.TempDir()
	p := claimsProfile()
	line := "Your milk tanker tender at Northern Dairy Group was a great result."
	if v := Check(p, line, Options{}); v.OK {
		t.Fatalf("Northern Dairy Group should be unknown without the team's list: %v", v)
	}
	writeFile(t, dir, AliasesFile, "# team aliases\nNorthern Dairy Group = Mossgiel Dairies\n")
	lists, err := LoadLists(dir)
	if err != nil {
		t.Fatal(err)
	}
	if v := Check(p, line, Options{Lists: lists}); !v.OK {
		t.Errorf("with the team's aliases: %v", v)
	}
}

func writeFile(t *testing.T, dir, name, body string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestAliasShortName checks that "Keio" stands for "Keio University" and
// so for the school's own name on the profile.
func TestAliasShortName(t *testing.T) {
	p := &profile.Profile{
		Name: "Haruka Sato", Title: "UX Research Lead", Company: "Mirai Bank",
		Experience: []profile.Experience{{Title: "UX Research Lead", Company: "Mirai Bank", Start: "2020", End: "present",
			Description: "Ran diary studies with 300 small-business customers for the SME loan app."}},
		Education: []profile.Education{{School: "慶應義塾大学", Degree: "MA", Year: 2016}},
	}
	line := "A Keio MA who ran diary studies with 300 small-business customers is rare."
	if v := Check(p, line, Options{}); !v.OK {
		t.Errorf("%q: %v", line, v)
	}
	line = "A Waseda MA who ran diary studies with 300 small-business customers is rare."
	if v := Check(p, line, Options{}); v.OK || !strings.Contains(v.String(), "Waseda") {
		t.Errorf("%q should be refused naming Waseda: %v", line, v)
	}
}

// TestInstitutionInEnglish checks that an institution named in English
// for one the profile names in its own language is not called invented
// when its kind translates and its name starts alike, and is otherwise.
func TestInstitutionInEnglish(t *testing.T) {
	p := &profile.Profile{
		Name: "Siobhán Ní Bhriain", Title: "Clinical Nurse Manager", Company: "St. Brigid's Maternity Hospital",
		Experience: []profile.Experience{
			{Title: "Clinical Nurse Manager", Company: "St. Brigid's Maternity Hospital", Start: "2019", End: "present",
				Description: "Led the rollout of Family Integrated Care (FICare) on a 28-cot unit."},
			{Title: "Staff Nurse", Company: "Cork University Maternity Hospital", Start: "2013", End: "2019",
				Description: "Member of the National Neonatal Transport Programme team."},
		},
		Education: []profile.Education{{School: "Ollscoil na Gaillimhe", Degree: "BNS", Year: 2011}},
	}
	wantVerdicts(t, p, []lineWant{
		{"A University of Galway grad who then joined the National Neonatal Transport Programme is rare.", true},
		{"A University of Limerick grad who then joined the National Neonatal Transport Programme is rare.", false},
		{"Your time on the National Neonatal Transport Programme at Rotunda Children's Hospital was formative.", false},
	})
}

// TestSecondCurrentRole checks that a post held beside the main job counts
// when the headline repeats it.
func TestSecondCurrentRole(t *testing.T) {
	p := &profile.Profile{
		Name: "Adaeze Nwachukwu", Headline: "Consultant Anaesthetist | Clinical Director, Day Surgery | Royal Derby Infirmary",
		Title: "Consultant Anaesthetist", Company: "Royal Derby Infirmary",
		Experience: []profile.Experience{
			{Title: "Consultant Anaesthetist", Company: "Royal Derby Infirmary", Start: "2015", End: "present",
				Description: "Regional anaesthesia lead."},
			{Title: "Clinical Director, Day Surgery", Company: "Royal Derby Infirmary", Start: "2021", End: "present"},
		},
	}
	line := "Being clinical director for day surgery alongside your consultant anaesthetist role is a rare mix."
	if v := Check(p, line, Options{}); !v.OK {
		t.Errorf("%q: %v", line, v)
	}
	line = "As a consultant anaesthetist at Royal Derby Infirmary you would suit our client."
	if v := Check(p, line, Options{}); v.OK {
		t.Errorf("%q is mail merge: %v", line, v)
	}
	// The employer of the second post binds a fact of that post.
	p = &profile.Profile{
		Name: "Fiona MacLeod", Headline: "Senior Charge Nurse | Non-executive director, Highland Hospice",
		Title: "Senior Charge Nurse", Company: "NHS Highland",
		Experience: []profile.Experience{
			{Title: "Senior Charge Nurse", Company: "NHS Highland", Start: "2018", End: "present", Description: "Lead a team of 30 on a 28-bed ward."},
			{Title: "Non-executive Director", Company: "Highland Hospice", Start: "2022", End: "present", Description: "Chair the Clinical Governance Committee."},
		},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Chairing the Clinical Governance Committee at Highland Hospice is great board experience.", true},
		{"Chairing the Clinical Governance Committee at NHS Highland is great board experience.", false},
		// Its employer and what its entry says count, as its title does.
		{"Your seat on the Highland Hospice board caught my eye.", true},
		{"Your governance committee work is impressive.", true},
		{"Your seat on the Maggie's Highlands board caught my eye.", false},
	} {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
}

// TestRomanceSentenceStart checks that a verb starting a sentence in a
// Spanish or French line is not taken for an invented name.
func TestRomanceSentenceStart(t *testing.T) {
	p := &profile.Profile{
		Name: "Ana Lucía Ferreyra", Title: "Responsable de Compras", Company: "Grupo Inditex",
		Experience: []profile.Experience{{Title: "Responsable de Compras", Company: "Grupo Inditex", Start: "2019", End: "present",
			Description: "Reduje los costes de transporte un 12% en dos años con un equipo de 7 compradores."}},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Reducir un 12% los costes de transporte en dos años no es poca cosa.", true},
		{"Liderar un equipo de siete compradores en Inditex es justo el perfil que buscamos.", true},
		// A name that starts a sentence is still a name, and an English
		// line keeps its rule.
		{"Primark y la reducción de un 12% de los costes de transporte en dos años: impresionante.", false},
		{"Waitrose and a 12% cut in transport costs in two years is impressive.", false},
	} {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
}

// TestPlaceBeforeFact checks that a place put at the head of a sentence or
// in a fact's noun phrase is bound to it.
func TestPlaceBeforeFact(t *testing.T) {
	p := &profile.Profile{
		Name: "Rhys Pritchard", Title: "Head of Logistics", Company: "Cadwyn Freight", Location: "Newport, Wales",
		Experience: []profile.Experience{
			{Title: "Head of Logistics", Company: "Cadwyn Freight", Start: "2020", End: "present", Location: "Newport",
				Description: "Run a fleet of 85 HGVs from two depots."},
			{Title: "Transport Planner", Company: "DHL Supply Chain", Start: "2012", End: "2020", Location: "Bristol",
				Description: "Planned 60 routes a night for the Tesco contract."},
		},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"In Bristol you planned 60 routes a night for the Tesco contract, which is solid grounding.", true},
		{"In Newport you planned 60 routes a night for the Tesco contract, which is solid grounding.", false},
		{"Your Bristol work planning 60 routes a night for Tesco is solid grounding.", true},
		{"Your Newport work planning 60 routes a night for Tesco is solid grounding.", false},
		// A place in a sentence of its own binds nothing.
		{"You are in Newport. Planning 60 routes a night for the Tesco contract is solid grounding.", true},
	} {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
}

// TestInitialsOfCompoundName checks that the capitals of a name written in
// parts are its initials.
func TestInitialsOfCompoundName(t *testing.T) {
	p := &profile.Profile{
		Name: "Hannah Oduya", Title: "Category Director", Company: "J Sainsbury plc",
		Experience: []profile.Experience{
			{Title: "Category Director", Company: "J Sainsbury plc", Start: "2021", End: "present", Description: "Own the fresh produce category."},
			{Title: "Intern", Company: "GlaxoSmithKline", Start: "2012", End: "2013", Description: "Procurement analytics for consumer healthcare."},
		},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Procurement analytics at GSK is useful grounding.", true},
		{"Procurement analytics at GS is useful grounding.", false},
		{"Procurement analytics at GSKC is useful grounding.", false},
	} {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
}

// TestInitialsSkipSmallWords checks that an initialism skips the small
// words of any language.
func TestInitialsSkipSmallWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Ana Ferreyra", Title: "Compradora", Company: "Mercadona",
		Experience: []profile.Experience{{Title: "Compradora", Company: "Mercadona", Start: "2014", End: "2019",
			Description: "Negociación de contratos de logística y embalaje."}},
		Education: []profile.Education{{School: "Universidad Complutense de Madrid", Field: "Administración y Dirección de Empresas"}},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Con tu licenciatura en ADE y los contratos de logística y embalaje en Mercadona, encajas muy bien.", true},
		{"Con tu licenciatura en ADX y los contratos de logística y embalaje en Mercadona, encajas muy bien.", false},
	} {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
}

// TestTenureAbbreviation checks that an abbreviation of a kind of
// experience after a length of time ("9 years' PQE") is the tenure's unit,
// not a name the profile must give, while the same abbreviation elsewhere
// and other abbreviations after a length of time still need support.
func TestTenureAbbreviation(t *testing.T) {
	p := &profile.Profile{Name: "Rukhsana Chaudhry", Headline: "Senior Associate at Halden Stroud",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Halden Stroud", Start: "2017", End: "present",
			Description: "Acting for lenders on leveraged acquisition finance; led the £240m Holloway Care unitranche."}}}
	tests := []struct {
		line, unsupported string // unsupported: the name refused, or ""
	}{
		{"With 9 years' PQE and the £240m Holloway Care unitranche behind you, you would fit.", ""},
		{"With 9 yrs of PQE and the £240m Holloway Care unitranche behind you, you would fit.", ""},
		{"Your PQE work and the £240m Holloway Care unitranche stood out.", "PQE"},
		{"The £240m Holloway Care unitranche is more than most associates at your PQE have led.", ""},
		{"With 9 years at KPMG and the £240m Holloway Care unitranche behind you, you would fit.", "KPMG"},
	}
	for _, tt := range tests {
		v := Check(p, tt.line, Options{})
		want := "Mentions " + tt.unsupported + ","
		if tt.unsupported == "" && !v.OK || tt.unsupported != "" && !strings.Contains(v.String(), want) {
			t.Errorf("%q: %v; want refused for %q (empty: accepted)", tt.line, v, tt.unsupported)
		}
	}
}

// TestTypoInName checks that a profile name typed with its fourth letter
// doubled or dropped names it, in a single-word name and inside a longer
// one, while a different name of the same shape is still refused.
func TestTypoInName(t *testing.T) {
	p := &profile.Profile{Name: "Bartholomew Okonkwo", Headline: "Principal Process Engineer at Halden Catalysts",
		Experience: []profile.Experience{
			{Title: "Principal Process Engineer", Company: "Halden Catalysts", Start: "2017", End: "present",
				Description: "Scale-up of fuel cell catalyst lines."},
			{Title: "Process Engineer", Company: "Sabic UK Petrochemicals", Start: "2012", End: "2017",
				Description: "Olefins plant debottlenecking at the Wilton cracker. Trained and qualified as a chartered engineer."}}}
	tests := []struct {
		line string
		ok   bool
	}{
		{"Your olefins debottlenecking years at Sabic UK Petrochemicals stood out.", true},
		{"Your olefins debottlenecking years at Sabbic UK Petrochemicals stood out.", true},
		{"Your olefins debottlenecking years at Sasol UK Petrochemicals stood out.", false},
		{"Debottlenecking olefins at the Wiltton cracker is rare experience.", true},
		{"Debottlenecking olefins at the Wilson cracker is rare experience.", false},
		// An event at a mistyped name is bound to the entry of that name.
		{"Training and qualifying at Sabbic before debottlenecking olefins is a strong start.", true},
		{"Training and qualifying at Sasol before debottlenecking olefins is a strong start.", false},
	}
	for _, tt := range tests {
		if v := Check(p, tt.line, Options{}); v.OK != tt.ok {
			t.Errorf("%q: %v; want ok=%v", tt.line, v, tt.ok)
		}
	}
}

// TestKindOfWork: what follows "the kind of" is work in general, the
// recruiter's, not something the profile must name.
func TestKindOfWork(t *testing.T) {
	p := &profile.Profile{
		Name: "Agnieszka Kowalczyk", Title: "Senior Charge Nurse", Company: "Merseyvale NHS Foundation Trust",
		Experience: []profile.Experience{{Title: "Senior Charge Nurse", Company: "Merseyvale NHS Foundation Trust", Start: "2019", End: "present",
			Description: "Led the roll-out of CAM-ICU delirium screening on an 18-bed unit; missed screens down from 41% to 6%."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your CAM-ICU roll-out, taking missed delirium screens from 41% to 6%, is exactly the kind of QI our client wants to scale.", true},
		{"Your QI project on the CAM-ICU roll-out, taking missed delirium screens from 41% to 6%, is impressive.", false},
		{"You are exactly the kind of senior charge nurse our client wants.", false},
	})
}

// TestTwoSchoolsNamedApart: two schools named apart in the line are a path
// a mail merge does not write; one school whose words are found in two
// schools of the profile is still one school.
func TestTwoSchoolsNamedApart(t *testing.T) {
	p := &profile.Profile{
		Name: "Oren Katz", Title: "Wealth Manager", Company: "Harbor Trust",
		Education: []profile.Education{
			{School: "Technion – Israel Institute of Technology", Degree: "BSc", Field: "Industrial Engineering"},
			{School: "Tel Aviv University", Degree: "MBA"},
			{School: "Uniwersytet Jagielloński", Degree: "MA", Field: "Pedagogy"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"A Technion industrial engineering degree before a Tel Aviv MBA is a strong mix for founder clients.", true},
		{"With an MA in Pedagogy from the Jagiellonian University, you'd bring a fresh perspective to our client.", false},
		// Two schools and their degrees' names, with no subject, are two
		// mail-merge fields.
		{"With a BSc from the Technion and an MBA from Tel Aviv University, you'd be a great fit for our client.", false},
	})
}

// TestCountryInCapitals: "US" in capitals is the country, a claim the
// profile must make, not the recruiter's "us".
func TestCountryInCapitals(t *testing.T) {
	p := &profile.Profile{
		Name: "Selvi Bala", Title: "Senior CRA", Company: "Northlake Clinical Research",
		Experience: []profile.Experience{{Title: "Senior CRA", Company: "Northlake Clinical Research", Start: "2021", End: "present",
			Description: "Lead CRA on a Phase III NSCLC trial across 14 Canadian sites."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading a Phase III NSCLC trial across 14 US sites is exactly the scale our client works at.", false},
		{"Leading a Phase III NSCLC trial across 14 Canadian sites is exactly the scale our client works at.", true},
		{"Leading a Phase III NSCLC trial across 14 Canadian sites is exactly what a US sponsor would ask of us.", true},
	})
}

// TestResearchIsAClaim: "your research" and "published" claim a paper,
// which a nurse with no publication and no research on the profile does
// not have.
func TestResearchIsAClaim(t *testing.T) {
	p := &profile.Profile{
		Name: "Marta Kowalska", Title: "Senior Charge Nurse", Company: "Westbrook NHS Foundation Trust",
		Experience: []profile.Experience{{Title: "Senior Charge Nurse", Company: "Westbrook NHS Foundation Trust", Start: "2019", End: "present",
			Description: "Led the roll-out of CAM-ICU delirium screening across 24 beds."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your research on delirium screening published in Nursing Times was fascinating.", false},
		{"Your CAM-ICU delirium screening roll-out across 24 beds was fascinating.", true},
	})
	p.Experience[0].Description += " Research lead for the unit's early mobilisation audit."
	wantVerdicts(t, p, []lineWant{{"Your research on early mobilisation at Westbrook caught my eye.", true}})
}
