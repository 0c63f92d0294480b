package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// A word of a post and a word of its employer, joined by "at", name the
// post together when neither is enough alone.
func TestPostWordsPairUp(t *testing.T) {
	p := &profile.Profile{
		Name: "Hiroshi Kato", Headline: "Senior Structural Engineer | CEng MIStructE | Bridges", Title: "Senior Structural Engineer", Company: "Arup", Location: "London",
		Experience: []profile.Experience{
			{Title: "Senior Structural Engineer", Company: "Arup", Start: "2018", End: "present", Description: "Design lead for the 240 m cable-stayed bridge over the River Wear in Sunderland."},
			{Title: "Visiting Lecturer", Company: "Imperial College London", Start: "2020", End: "present", Description: "Teach bridge design to MEng students."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"As a bridge engineer who also lectures at Imperial, you'd fit right in.", true},
		{"Teaching at Imperial alongside Arup is a nice touch.", true},
		{"As a bridge engineer who also lectures at Oxford, you'd fit right in.", false},
		{"As a bridge engineer who also consults for Imperial, you'd fit right in.", false},
		{"As a bridge engineer who is imperial in manner, you'd fit right in.", false},
	})
}

// An employer, even one the headline repeats, and a word of the post
// right after it name an earlier post together.
func TestEmployerThenPost(t *testing.T) {
	p := &profile.Profile{
		Name: "Zanele Dlamini-Hughes", Headline: "Group Financial Controller | ACA | ex-KPMG", Title: "Group Financial Controller", Company: "Ashgrove Retail plc", Location: "Leeds, United Kingdom",
		Skills: []string{"IFRS", "Consolidation", "Audit"},
		Experience: []profile.Experience{
			{Title: "Group Financial Controller", Company: "Ashgrove Retail plc", Start: "2020", End: "present", Description: "Cut the month-end close from 12 working days to 5."},
			{Title: "Audit Manager", Company: "KPMG", Start: "2012", End: "2020", Location: "Johannesburg", Description: "Audited listed mining and retail clients."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Eight years in Big Four audit in Joburg before a group FC role is a strong path.", true},
		{"Your KPMG audit years before a group FC role are a strong path.", true},
		{"Your KPMG tax years before a group FC role are a strong path.", false},
		{"Your Ashgrove audit work as group FC is a strong fit.", false},
	})
}

// A deal of their own told in the words of a recommendation they wrote
// for someone else is that person's work: the deal's name alone does not
// make the rest theirs.
func TestOwnDealInSomeoneElsesWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Camille Rousseau", Headline: "Senior Associate, Corporate M&A at Ashcombe Rees LLP", Title: "Senior Associate, Corporate M&A", Company: "Ashcombe Rees LLP", Location: "London",
		Experience: []profile.Experience{
			{Title: "Senior Associate, Corporate M&A", Company: "Ashcombe Rees LLP", Start: "2023", End: "present", Description: "Advised Varenne Capital on its £310m acquisition of Orla Foods (2024)."},
		},
		Recommendations: []profile.Recommendation{
			{Given: true, Person: "Tom Ashworth", Relation: "Camille managed Tom directly", Text: "Tom ran the data room for the Orla Foods deal single-handedly in his second seat."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running the data room on the Orla Foods deal single-handedly must have been intense.", false},
		{"Advising Varenne Capital on the £310m Orla Foods acquisition must have been intense.", true},
		{"Managing a trainee through the Orla Foods deal must have been intense.", true},
	})
}

// The people the page shows with the candidate (who recommended them,
// whose post they shared) are on the page: named in a line about the
// candidate's own work, they are not "not on their profile"; named alone,
// they are no reference.
func TestPeopleOnThePage(t *testing.T) {
	p := &profile.Profile{
		Name: "Olúwaseun Adeyemi", Headline: "Senior Staff Nurse, Critical Care", Title: "Senior Staff Nurse", Company: "St Aldric's Hospital", Location: "Leeds",
		Experience: []profile.Experience{{Title: "Senior Staff Nurse", Company: "St Aldric's Hospital", Start: "2019", End: "present", Description: "Critical care outreach."}},
		Recommendations: []profile.Recommendation{
			{Person: "Janet Okafor", Relation: "Janet managed Olúwaseun directly", Text: "Seun rewrote our tracheostomy care guideline from scratch after a near miss, and it has been adopted trust-wide."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Janet Okafor's note about you rewriting the tracheostomy care guideline after a near miss says a lot.", true},
		{"Mariam Yusuf's note about you rewriting the tracheostomy care guideline after a near miss says a lot.", false},
		{"Janet Okafor speaks very highly of you, which says a lot.", false},
	})
}

// An award written over two lines of a pasted page (its name, then the
// issuer and date) supports "being named" to it with words from both.
func TestAwardOverTwoLines(t *testing.T) {
	page := "Kelsey Adebayo\nAudit Senior at Whitcombe Lyle LLP\nDallas, Texas\n\n" +
		"Experience\nAudit Senior\nWhitcombe Lyle LLP · Full-time\nSep 2019 - Present · 5 yrs\nLed the ASC 842 lease-accounting adoption for three clients.\n\n" +
		"Honors & awards\n40 Under 40\nDallas Business Journal · Sep 2023\n\nLanguages\nEnglish\n"
	p := &profile.Profile{Text: page}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on making the Dallas Business Journal's 40 Under 40 last year.", true},
		{"Congrats on making the Houston Business Journal's 40 Under 40 last year.", false},
		{"Congrats on being named the Dallas Business Journal's Auditor of the Year.", false},
	})
	// Shortlisted, over the entry's second line: not named.
	p = &profile.Profile{Text: strings.Replace(page, "Dallas Business Journal · Sep 2023", "Dallas Business Journal · Sep 2023 · Shortlisted", 1)}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on making the Dallas Business Journal's 40 Under 40 last year.", false},
		{"Congrats on the Dallas Business Journal's 40 Under 40 shortlisting last year.", true},
	})
}

// "Your patent on ...", "your article ...": the claim's noun is supported
// by what the line refers to after it, when the page has it in a section
// of that name (Patents, a featured Article), though the word "patent" is
// nowhere else on the page.
func TestClaimSupportedBySection(t *testing.T) {
	page := "Jonas Zimmermann\nLead Process Engineer at Nordwind Hydrogen\nHamburg, Germany\n\n" +
		"Featured\nArticle\nWhy stack cooling decides electrolyser uptime\nJonas Zimmermann\n\n" +
		"Experience\nLead Process Engineer\nNordwind Hydrogen · Full-time\nJan 2019 - Present · 6 yrs\nProcess design of a 20 MW alkaline electrolysis plant.\n\n" +
		"Patents\nHeat recovery arrangement for alkaline electrolysers\nDE 10 2021 114 552 · Issued Mar 2023\n\nLanguages\nGerman\n"
	p := &profile.Profile{Text: page}
	wantVerdicts(t, p, []lineWant{
		{"Your patent on a heat recovery arrangement for alkaline electrolysers shows real depth.", true},
		{"Your article on why stack cooling decides electrolyser uptime was a great read.", true},
		{"Your patent on the 20 MW alkaline electrolysis plant shows real depth.", false},
		{"Your book on the 20 MW alkaline electrolysis plant was a great read.", false},
	})
}

// One everyday word of a line found only in someone else's post (a
// Spanish adjective the candidate's comment used, an English word a
// Spanish word starts with) does not make the line about that post; a
// name or a phrase from it does.
func TestOneWordOfSomeoneElsesPost(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucía Fernández", Headline: "Art Director at Estudio Cardo", Title: "Art Director", Company: "Estudio Cardo", Location: "Madrid",
		Experience: []profile.Experience{{Title: "Art Director", Company: "Estudio Cardo", Start: "2021", End: "present", Description: "Rebrand of Tranvía de Alcalá, with the custom typeface Alcalá Sans."}},
		Activity: []profile.Activity{
			{Kind: profile.ActivityComment, Of: "Marco Bellini", Text: "Our new identity for the Museo del Agua just launched. ¡Precioso trabajo!"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Me encantó el rebranding del Tranvía de Alcalá y la tipografía Alcalá Sans, un trabajo precioso.", true},
		{"Su tipografía Alcalá Sans es justo lo que busca nuestro cliente.", true},
		{"Your new identity for the Museo del Agua is exactly what our client wants.", false},
	})
}

// A post after "as" is one of theirs: written in lower case, it must be
// together in a field of their own (a title, or what an entry says they
// did); a post held as a volunteer counts.
func TestPostAfterAs(t *testing.T) {
	p := &profile.Profile{
		Name: "Klaus Zimmermann", Headline: "Senior Mechanical Engineer at Rheinfeld", Title: "Senior Mechanical Engineer", Company: "Rheinfeld", Location: "Mannheim",
		Experience: []profile.Experience{{Title: "Senior Mechanical Engineer", Company: "Rheinfeld", Start: "2020", End: "present",
			Description: "Mechanical lead on the front-end engineering design for HyNord, a 20 MW green hydrogen plant in Rostock."}},
		Volunteering: []string{"Volunteer guide, Open House London (2019 - present)"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Running HyNord as project director must have been a huge job.", false},
		{"Working on HyNord as mechanical lead must have been a huge job.", true},
		{"Volunteering as an Open House London guide since 2019 must make you a great explainer of buildings.", true},
		{"Volunteering as a Tate Modern guide since 2019 must make you a great explainer of buildings.", false},
		{"The 20 MW HyNord design, as lead times for stacks fell, was well timed.", true},
	})
}

// Abbreviations of the wider list meet their long forms on the profile,
// and an abbreviation whose long form is nowhere on it is still refused.
func TestWiderAbbreviations(t *testing.T) {
	p := &profile.Profile{
		Name: "Tanvir Chowdhury", Headline: "Lead Pharmacist", Title: "Lead Pharmacist", Company: "Harborne General Hospital", Location: "Birmingham",
		Experience: []profile.Experience{
			{Title: "Lead Pharmacist, Antimicrobial Stewardship", Company: "Harborne General Hospital", Start: "2021", End: "present",
				Description: "IV-to-oral switch programme: average IV duration 4.2 to 2.9 days."},
			{Title: "Audit Senior", Company: "Whitcombe Lyle", Start: "2014", End: "2016", Description: "Audit senior on Vantage Rail's first Sarbanes-Oxley 404(b) year."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your IV-to-oral switch programme cutting IV duration from 4.2 to 2.9 days is a great AMS result.", true},
		{"Being audit senior on Vantage Rail's first SOX 404(b) year is a great grounding.", true},
		{"Your IV-to-oral switch programme cutting IV duration from 4.2 to 2.9 days is a great CQC result.", false},
	})
}

// A name with an umlaut or a ring is found written the German or
// Scandinavian way without it ("Duesseldorf", "Goeteborg"), as it is
// with the accent dropped ("Dusseldorf").
func TestUmlautsWrittenOut(t *testing.T) {
	p := &profile.Profile{
		Name: "Hương Nguyễn", Headline: "Structural Engineer", Title: "Structural Engineer", Company: "Arden Partners", Location: "London",
		Experience: []profile.Experience{
			{Title: "Structural Engineer", Company: "Arden Partners", Start: "2019", End: "present", Description: "Seismic retrofit of the Düsseldorf Königsallee car park."},
			{Title: "Engineer", Company: "Göteborg Ingenjörer AB", Start: "2012", End: "2019", Description: "Timber school in Tromsø."},
		},
	}
	for _, idx := range []*Index{nil, NewIndex(p)} {
		for _, w := range []lineWant{
			{"The seismic retrofit of the Duesseldorf Koenigsallee car park is a great credential.", true},
			{"The seismic retrofit of the Dusseldorf Konigsallee car park is a great credential.", true},
			{"Your years at Goeteborg Ingenjoerer on a timber school in Tromsoe are great experience.", true},
			{"The seismic retrofit of the Duesseldorf Rheinufer car park is a great credential.", false},
		} {
			if v := Check(p, w.line, Options{Index: idx}); v.OK != w.ok {
				t.Errorf("%q (index %v): %v", w.line, idx != nil, v)
			}
		}
	}
}

// A typo in an everyday word of a long name written whole is the name;
// the same word changed into another is another name.
func TestTypoInsideAName(t *testing.T) {
	p := &profile.Profile{
		Name: "Adaeze Okafor", Headline: "Head of Finance at Northgate Housing", Title: "Head of Finance", Company: "Northgate Housing", Location: "Manchester",
		Experience: []profile.Experience{
			{Title: "Head of Finance", Company: "Northgate Housing", Start: "2020", End: "present", Description: "Led the £120m refinancing with Aviva Investors."},
			{Title: "Non-Executive Director", Company: "Moss Side Community Energy", Start: "2021", End: "present", Description: "Chair of the People and Remuneration Committee."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your NED seat at Moss Side Comunity Energy, chairing the remuneration committee, must give you a board-level view.", true},
		{"Your NED seat at Moss Side Community Enrgy, chairing the remuneration committee, must give you a board-level view.", true},
		{"Your NED seat at Moss Side Community Power, chairing the remuneration committee, must give you a board-level view.", false},
		{"Your NED seat at Moss Vale Comunity Energy, chairing the remuneration committee, must give you a board-level view.", false},
	})
	// A code's version is no typo.
	p.Experience[1].Description = "Post-contract QS on the Morriston Hospital theatre refurbishment under NEC3 Option C."
	wantVerdicts(t, p, []lineWant{
		{"Your Morriston Hospital theatre refurbishment under NEC4 Option C is a great credential.", false},
		{"Your Morriston Hospital theatre refurbishment under NEC3 Option C is a great credential.", true},
	})
}

// Finishing, completing or gaining a qualification the profile shows as
// still expected is an event it does not support; one it shows as held
// is fine.
func TestQualificationStillExpected(t *testing.T) {
	p := &profile.Profile{
		Name: "Gary Whitfield", Headline: "Site Manager at Brennan Homes", Title: "Site Manager", Company: "Brennan Homes", Location: "Leeds",
		Experience:     []profile.Experience{{Title: "Site Manager", Company: "Brennan Homes", Start: "2019", End: "present", Description: "Ran the 212-home Hollin Park site."}},
		Certifications: []string{"NVQ Level 6 Construction Site Management, CITB, Expected Jul 2027", "SMSTS, CITB, 2019"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on finishing your Level 6 NVQ in site management.", false},
		{"Working towards the Level 6 NVQ in site management while running the 212-home Hollin Park site is impressive.", true},
		{"Completing your SMSTS before running the 212-home Hollin Park site was good timing.", true},
		{"Finishing 2023 with the 212-home Hollin Park site handed over on time caught my eye.", true},
	})
}

// A name found as another name ("NMC") before a word of the same field
// that comes earlier in the line ("Nursing") makes two references, not one
// running backwards: every reference is a span of the line.
func TestReferencesRunForward(t *testing.T) {
	p := &profile.Profile{
		Name: "Marta Kowalska", Headline: "Senior Charge Nurse", Title: "Senior Charge Nurse", Company: "Westbrook NHS Foundation Trust", Location: "Leeds",
		Education:      []profile.Education{{School: "Uniwersytet Medyczny w Łodzi", Degree: "Bachelor of Nursing"}},
		Certifications: []string{"Registered Nurse (Adult), Nursing and Midwifery Council (NMC)"},
	}
	for _, line := range []string{
		"With your Bachelor of Nursing from Lodz and your NMC registration, you'd be a great fit.",
		"Your NMC registration and Nursing and Midwifery Council work make a great fit.",
	} {
		v := Check(p, line, Options{})
		for _, r := range v.References {
			if r.LineStart < 0 || r.LineStart > r.LineEnd || r.LineEnd > len(line) {
				t.Errorf("%q: reference %+v", line, r)
			}
		}
	}
}

// An institution named in English for one written in syllables on the
// profile ("Đại học Bách khoa Hà Nội"), and where a named institution is
// ("Charles University in Prague"), are not called invented; another
// school and its city still are.
func TestInstitutionsInOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Zuzana Horáková", Headline: "Consultant Midwife", Title: "Consultant Midwife", Company: "North Bristol NHS Trust", Location: "Bristol",
		Experience: []profile.Experience{{Title: "Consultant Midwife", Company: "North Bristol NHS Trust", Start: "2020", End: "present",
			Description: "Built the Hartcliffe & Withywood continuity of carer team from scratch."}},
		Education: []profile.Education{{School: "Univerzita Karlova", Degree: "Bc."}, {School: "Đại học Bách khoa Hà Nội", Degree: "Kỹ sư"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Training at Charles University in Prague and then building the Hartcliffe & Withywood continuity team is a great story.", true},
		{"A Hanoi University of Science and Technology graduate who built the Hartcliffe & Withywood continuity team is rare.", true},
		{"Training at Oxford University in Oxford and then building the Hartcliffe & Withywood continuity team is a great story.", false},
		{"A Saigon University graduate who built the Hartcliffe & Withywood continuity team is rare.", false},
	})
}

// A word of a French, Spanish, Italian or Portuguese line is found as the
// English word of the same Latin root ("integración", "integration").
func TestCognates(t *testing.T) {
	p := &profile.Profile{
		Name: "Camila Quintero", Headline: "Policy Adviser", Title: "Policy Adviser", Company: "Transport Futures", Location: "London",
		Experience: []profile.Experience{
			{Title: "Policy Adviser", Company: "Transport Futures", Start: "2021", End: "present", Description: "Led the Leeds demand-responsive transport pilot."},
			{Title: "Analista", Company: "Fundación Ciudad Abierta", Start: "2016", End: "2020", Location: "Bogotá", Description: "Co-authored the Bogotá bus fare-integration study (2019)."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Tu estudio sobre la integración tarifaria de los buses en Bogotá me pareció muy interesante.", true},
		{"Il tuo studio sull'integrazione tariffaria degli autobus a Bogotá è molto interessante.", true},
		{"Tu estudio sobre la electrificación de los buses en Bogotá me pareció muy interesante.", false},
	})
	for _, c := range [][2]string{{"integracion", "integration"}, {"organizacion", "organization"}, {"universidad", "university"}, {"estudio", ""}, {"digitalisierung", "digitalization"}, {"qualitat", "quality"}, {"electrica", "electric"}} {
		if got := cognate(c[0]); got != c[1] {
			t.Errorf("cognate(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// A code written in one word ("NEC4", "ISO27001") is the code the profile
// writes with a space ("NEC 4"); another number is not.
func TestSpacedCode(t *testing.T) {
	p := &profile.Profile{
		Name: "Rui Teixeira", Headline: "Project Manager", Title: "Project Manager", Company: "Calder & Penn", Location: "Leeds",
		Experience: []profile.Experience{{Title: "Project Manager", Company: "Calder & Penn", Start: "2019", End: "present",
			Description: "Delivered the £28m A629 junction upgrade under the NEC 4 Engineering and Construction Contract, Option C, 6 weeks early; ISO 27001 audit lead."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Bringing the £28m A629 junction upgrade in early under NEC4 ECC Option C is a strong story.", true},
		{"Leading the ISO27001 audit next to the £28m A629 junction upgrade is a strong story.", true},
		{"Bringing the £28m A629 junction upgrade in early under NEC3 ECC Option C is a strong story.", false},
	})
}

// "Your article ..." about a post of their own (a structured profile's
// activity) is supported; about someone else's post it is not.
func TestArticleIsTheirPost(t *testing.T) {
	p := &profile.Profile{
		Name: "Ewa Wróbel", Headline: "ICU Sister", Title: "Sister, Critical Care", Company: "Westbrook NHS FT", Location: "Leeds",
		Experience: []profile.Experience{{Title: "Sister, Critical Care", Company: "Westbrook NHS FT", Start: "2019", End: "present", Description: "Runs the proning team."}},
		Activity: []profile.Activity{
			{Kind: profile.ActivityPost, Text: "What I learned running our first proning team during the winter surge."},
			{Kind: profile.ActivityRepost, Of: "Dr Helen Price", Text: "Ten lessons from a decade of ECMO retrieval in the North."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your article \"What I learned running our first proning team\" was a refreshingly honest read.", true},
		{"Your article on ten lessons from a decade of ECMO retrieval was a refreshingly honest read.", false},
	})
}

// An institution the profile names in another script ("京都大学") cannot
// be checked against the English name a line gives it: that name is not
// called invented, though it is no reference; a kind the profile's name
// does not have still is.
func TestInstitutionInAnotherScript(t *testing.T) {
	p := &profile.Profile{
		Name: "Ishikawa Ryuichi", Headline: "Architect", Title: "Associate", Company: "Fallow & Reid", Location: "London",
		Experience: []profile.Experience{{Title: "Associate", Company: "Fallow & Reid", Start: "2017", End: "present", Description: "Project architect for the Wenlock Street Library extension."}},
		Education:  []profile.Education{{School: "京都大学", Degree: "M.Eng."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"A Kyoto University M.Eng. and the Wenlock Street Library extension make a great mix.", true},
		{"A Kyoto Hospital secondment and the Wenlock Street Library extension make a great mix.", false},
		{"Your Kyoto University M.Eng. makes you a great fit.", false},
	})
}

// A prize's grade and an award named in French are checked against the
// entry: gold where it says silver, "named" to an award they were a
// finalist for.
func TestMedalsAndFrenchAwards(t *testing.T) {
	p := &profile.Profile{
		Name: "Sophie Marchand", Headline: "Group Treasurer", Title: "Group Treasurer", Company: "Veloria SA", Location: "Paris",
		Experience: []profile.Experience{
			{Title: "Group Treasurer", Company: "Veloria SA", Start: "2019", End: "present", Description: "Set up the in-house bank; cut idle cash by €140m."},
			{Title: "Board member (Trésorière)", Company: "Association des Trésoriers", Start: "2021", End: "present"},
		},
		Honors: []string{"Finaliste – Prix Jeune Talent, Trésorier de l'année 2023", "Silver Medal, Treasury category – ACT Awards 2024"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congratulations on being named Trésorier de l'année!", false},
		{"Being a finalist for Trésorier de l'année 2023 says a lot about the in-house bank you built.", true},
		{"Congratulations on winning gold at the ACT Awards for the in-house bank.", false},
		{"Congratulations on the ACT Awards silver medal for the in-house bank.", true},
	})
}

// One word of a longer name put before a head of the line's own names
// something else, however distinctive the word; alone, or with the rest
// of what the profile says, it still names the entry.
func TestPartOfNameWithAnotherHead(t *testing.T) {
	p := &profile.Profile{
		Name: "Kwame Mensah", Headline: "Enterprise Account Executive", Title: "Enterprise Account Executive", Company: "Ferrowave", Location: "Accra",
		Experience: []profile.Experience{
			{Title: "Enterprise Account Executive", Company: "Ferrowave", Start: "2021", End: "present",
				Description: "Closed a $3.4m ACV deal with pan-African bank Sahel Trust in FY24, the largest in company history."},
			{Title: "Design Tutor, Diploma Unit 7", Company: "Camden School of Architecture", Start: "2021", End: "present"},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your experience selling across the Sahel region would be really valuable for our client.", false},
		{"Your Camden housing scheme is exactly the kind of work our client admires.", false},
		{"Closing the $3.4m Sahel deal, the largest in Ferrowave's history, is a great story.", true},
		{"Teaching Diploma Unit 7 at Camden must keep your design thinking sharp.", true},
	})
}

// What a client's noun phrase names is the client's: it refers to nothing
// of the candidate's, even where the profile has the word.
func TestClientsPhraseIsNoReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Kwame Mensah", Headline: "Enterprise Account Executive", Title: "Enterprise Account Executive", Company: "Ferrowave", Location: "Accra",
		Experience: []profile.Experience{{Title: "Enterprise Account Executive", Company: "Ferrowave", Start: "2021", End: "present",
			Description: "Closed a $3.4m ACV deal with pan-African bank Sahel Trust in FY24, the largest in company history."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your sales experience would be really valuable for our client's West African expansion.", false},
		{"Your $3.4m Sahel Trust deal would be really valuable for our client's West African expansion.", true},
	})
}

// A sentence about what they would love to do, plan or hope to do one day
// is an interest, not work done.
func TestMoreInterestCues(t *testing.T) {
	p := &profile.Profile{
		Name: "Agnieszka Kowalczyk", Headline: "Senior Charge Nurse", Title: "Senior Charge Nurse", Company: "Merseyvale NHS FT", Location: "Liverpool",
		About: "Critical care nurse for 13 years. I'd love to move into ECMO retrieval one day. I led the CAM-ICU delirium screening roll-out across 24 beds.",
	}
	wantVerdicts(t, p, []lineWant{
		{"Your ECMO retrieval experience is exactly what our client needs.", false},
		{"Rolling out CAM-ICU delirium screening across 24 beds is exactly what our client needs.", true},
	})
}

// Their current employer and a credential, with nothing they did, are
// what a mail merge fills in; a credential beside a degree, or beside
// something they did there, still counts.
func TestEmployerAndCredentialOnly(t *testing.T) {
	p := &profile.Profile{
		Name: "Yusuf Saleh", Headline: "Group Treasurer at Qamar Hospitality Group | CFA", Title: "Group Treasurer", Company: "Qamar Hospitality Group", Location: "Dubai",
		Experience:     []profile.Experience{{Title: "Group Treasurer", Company: "Qamar Hospitality Group", Start: "2019", End: "present", Description: "Set up the in-house bank; freed AED 140m of idle cash."}},
		Education:      []profile.Education{{School: "American University of Sharjah", Degree: "BBA Finance"}},
		Certifications: []string{"CFA Charterholder, CFA Institute", "Certified Treasury Professional (CTP)", "Financial Risk Manager (FRM)"},
	}
	wantVerdicts(t, p, []lineWant{
		{"As Group Treasurer at Qamar Hospitality and a CFA charterholder in Dubai, you'd be a great fit.", false},
		{"A BBA from Sharjah plus the CTP and a CFA charter make a strong treasury grounding.", true},
		{"Freeing AED 140m of idle cash at Qamar Hospitality as a CFA charterholder is a strong story.", true},
		// Their credentials listed, and nothing else; two are a mix.
		{"Your CFA charter, the Certified Treasury Professional and the FRM make you a strong candidate.", false},
		{"With your CFA, CTP and FRM you'd be a strong fit for this treasury role.", false},
		{"Your CFA charter plus the CTP make a rare mix in our market.", true},
		{"As a CFA-certified Group Treasurer in Dubai, you'd be a great fit.", false},
		{"Your CFA charter and the in-house bank that freed AED 140m of idle cash make you a strong candidate.", true},
	})
}

// TestGreetingsAndNumbersInWordsNameNoOnesWork: words anyone says ("Huge
// congrats") or a number in words, found in someone else's post on the
// page, do not make a line about their own work someone else's.
func TestGreetingsAndNumbersInWordsNameNoOnesWork(t *testing.T) {
	p := &profile.Profile{
		Name: "Jasleen Kaur", Title: "Senior Associate", Company: "Hallam Pryce LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Hallam Pryce LLP", Start: "2022", End: "present",
			Description: "Acted for the claimants in the Fellgate Care equal pay litigation: 640 care workers, four years, £14.2m settlement. Moved 7 of 10 knitwear lines to Responsible Wool Standard yarn."}},
		Activity: []profile.Activity{{Kind: "comment", Of: "Priya Shah", Text: "Huge congrats to the team on ten years of the clinic!"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Huge congrats on Fellgate — £14.2m for 640 care workers is some result!", true},
		{"Getting seven in ten knitwear lines onto Responsible Wool Standard yarn is a real achievement.", true},
	})
}

// TestTheirWordsVerbatim: a line that repeats their own post word for
// word refers to it, however common its words.
func TestTheirWordsVerbatim(t *testing.T) {
	p := &profile.Profile{
		Name: "Ifeoma Eze", Headline: "Training Captain, A320 | Flight Safety & Human Factors", Title: "Training Captain", Company: "Skybridge",
		Activity: []profile.Activity{{Kind: "post", Text: "A go-around is a success, not a failure. If your culture treats it as a failure, your crews will land from approaches they should have flown away from."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your post arguing that a go-around is a success, not a failure, is exactly the culture our client is trying to build.", true},
		{"Your post arguing that a go-around is a failure is exactly the culture our client is trying to build.", false},
	})
}

// TestTenureSentence: a sentence of theirs that only says how long they
// have worked in a field is their tenure, which a mail merge fills in.
func TestTenureSentence(t *testing.T) {
	p := &profile.Profile{
		Name: "Kemi Adebayo", Headline: "Head of Procurement at Deloitte | FCIPS", Title: "Head of Procurement", Company: "Deloitte",
		About:          "15 years in indirect procurement. Rebuilt the travel category in 2022, saving £3.1m a year.",
		Certifications: []string{"Fellow, Chartered Institute of Procurement & Supply (FCIPS)"},
	}
	wantVerdicts(t, p, []lineWant{
		{"As an FCIPS with 15 years in indirect procurement, you'd be great for this role.", false},
		{"Rebuilding the travel category to save £3.1m a year is exactly what our client needs.", true},
	})
}

// TestWhatTheyCareAbout: "I care about X" says what they value, not work
// done.
func TestWhatTheyCareAbout(t *testing.T) {
	p := &profile.Profile{
		Name: "Marta Kowalska", Title: "Senior Charge Nurse", Company: "Westbrook NHS Foundation Trust",
		About: "Critical care nurse for 12 years. I care about delirium screening and handovers that don't lose information. Led the CAM-ICU roll-out across 24 beds.",
	}
	wantVerdicts(t, p, []lineWant{
		{"Your work on handovers that don't lose information is exactly what we need.", false},
		{"Leading the CAM-ICU roll-out across 24 beds is exactly what we need.", true},
	})
}
