package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// A line that says the candidate led or won what the profile says they
// supported, assisted on or were a member of inflates their part.
func TestLeadForSupport(t *testing.T) {
	p := &profile.Profile{
		Name: "Owen Price", Headline: "Senior Associate, Commercial Litigation at Harlow Finch LLP", Title: "Senior Associate", Company: "Harlow Finch LLP",
		Experience: []profile.Experience{
			{Title: "Senior Associate, Commercial Litigation", Company: "Harlow Finch LLP", Start: "2019", End: "present",
				Description: "Ran the disclosure workstream in Dunmore v Castlegate. Supported the partner on the £40m Pelham Energy arbitration. Member of the firm's ESG disputes working group."},
			{Title: "Associate", Company: "Brook Taylor", Start: "2015", End: "2019", Description: "Assisted on a £12m professional negligence claim against a Cardiff surveyor."},
			{Title: "Ward Sister", Company: "St Mary's", Start: "2010", End: "2015", Description: "Led 12 healthcare support workers on a 28-bed surgical ward."},
			{Title: "Midwife", Company: "Eastmere NHS Trust", Start: "2008", End: "2010", Description: "Supported the Head of Midwifery in preparing the maternity service for its 2009 CQC inspection."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the £40m Pelham Energy arbitration is exactly the experience our client needs.", false},
		{"Your win in the Pelham Energy arbitration is exactly what we need.", false},
		{"Leading the £12m negligence claim against a Cardiff surveyor is great experience.", false},
		{"Leading Harlow Finch's ESG disputes working group is a great sign.", false},
		{"Supporting the partner on the £40m Pelham Energy arbitration is exactly the experience our client needs.", true},
		{"Your work on the £40m Pelham Energy arbitration is exactly the experience our client needs.", true},
		{"Running the disclosure workstream in Dunmore v Castlegate is exactly what we need.", true},
		{"Running a 28-bed surgical ward with 12 support workers is real responsibility.", true},
		// "Head" in a post's name is no verb of leading.
		{"Leading the trust's maternity service through its 2009 CQC inspection is no small thing.", false},
		{"Helping prepare the maternity service for its 2009 CQC inspection is no small thing.", true},
	})
}

// Named, crowned or voted an award is a win: a finalist was not.
func TestNamedAnAward(t *testing.T) {
	p := &profile.Profile{
		Name: "Owen Price", Title: "Senior Associate", Company: "Harlow Finch LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Harlow Finch LLP", Start: "2019", End: "present", Description: "Commercial litigation."}},
		Honors:     []string{"Bristol Law Society Young Lawyer of the Year 2021 - finalist", "Legal Cheek Trainee of the Year 2016"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Being named Bristol Law Society Young Lawyer of the Year is impressive.", false},
		{"Being voted Young Lawyer of the Year in Bristol is impressive.", false},
		{"Being a finalist for Bristol Law Society Young Lawyer of the Year is impressive.", true},
		{"Being named Legal Cheek Trainee of the Year back in 2016 is a nice touch.", true},
	})
}

// A line in Spanish: its first word is capitalised by its place, and a
// point groups thousands.
func TestSpanishLine(t *testing.T) {
	p := &profile.Profile{
		Name: "Søren Holm", Title: "Global Clinical Trial Manager", Company: "Novo Nordisk",
		Experience: []profile.Experience{{Title: "Global Clinical Trial Manager", Company: "Novo Nordisk", Start: "2019", End: "present",
			Description: "Global CTM for the STEP-AHEAD programme, a Phase III obesity trial with 4,100 patients in 22 countries."}},
		Honors: []string{"Novo Nordisk Clinical Excellence Award 2022"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Tu trabajo en el programa STEP-AHEAD, con 4.100 pacientes en 22 países, es impresionante.", true},
		{"Enhorabuena por el Clinical Excellence Award de Novo Nordisk en 2022.", true},
		{"Tu trabajo en el programa STEP-AHEAD, con 6.000 pacientes en 30 países, es impresionante.", false},
		{"Enhorabuena por el Clinical Excellence Award de Roche en 2022.", false},
	})
}

// A year said with a reference must be the year the profile's sentence
// gives, when it gives one.
func TestYearOfAFact(t *testing.T) {
	p := &profile.Profile{
		Name: "Ruth Adler", Title: "Director of Operations", Company: "Northgate Care Group",
		Experience: []profile.Experience{{Title: "Director of Operations", Company: "Northgate Care Group", Start: "2019", End: "present",
			Description: "Run 14 care homes with 1,050 staff. Cut agency spend by £2.1m in 2023. Opened 2 new homes in 2022."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Cutting agency spend by £2.1m in 2021 at Northgate is impressive.", false},
		{"Cutting agency spend by £2.1m in 2023 at Northgate is impressive.", true},
		{"Cutting agency spend by £2.1m at Northgate is impressive.", true},
		{"Running 14 care homes with 1,050 staff since 2019 is a big job.", true},
		{"Opening two new homes in 2020 is a big step.", false},
	})
}

// "As a X", "your time as X": X must be one of their titles, their
// headline or a qualification, word for word or by its initials.
func TestAsAPost(t *testing.T) {
	p := &profile.Profile{
		Name: "Beth Morgan", Headline: "Detective Sergeant, Economic Crime Unit | South Wales Police", Title: "Detective Sergeant", Company: "South Wales Police",
		Experience: []profile.Experience{
			{Title: "Detective Sergeant, Economic Crime Unit", Company: "South Wales Police", Start: "2019", End: "present", Description: "Supervise 7 detective constables. Deputy SIO on Operation Tern."},
			{Title: "Detective Constable, CID", Company: "South Wales Police", Start: "2014", End: "2019"},
		},
		Certifications: []string{"Accredited Financial Investigator (AFI)"},
	}
	wantVerdicts(t, p, []lineWant{
		{"As Head of Economic Crime at South Wales Police, you've seen it all on Operation Tern.", false},
		{"As a Detective Sergeant in economic crime and deputy SIO on Operation Tern, you'd fit our team.", true},
		{"As a DS in economic crime and deputy SIO on Operation Tern, you'd fit our team.", true},
		{"As an Accredited Financial Investigator and deputy SIO on Operation Tern, you'd fit our team.", true},
		{"Your time as a Detective Constable in CID before the Operation Tern work stands out.", true},
	})
}

// A post without the lesser rank the profile gives it is inflated.
func TestLesserRankDropped(t *testing.T) {
	p := &profile.Profile{
		Name: "Beth Morgan", Title: "Detective Sergeant", Company: "South Wales Police",
		Experience: []profile.Experience{
			{Title: "Detective Sergeant", Company: "South Wales Police", Start: "2019", End: "present", Description: "Supervise 7 detective constables. Deputy SIO on Operation Tern."},
			{Title: "Assistant Producer", Company: "Raw TV", Start: "2010", End: "2014", Description: "Worked on junior doctors rota documentaries."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Being SIO on Operation Tern is exactly the experience we need.", false},
		{"Being deputy SIO on Operation Tern is exactly the experience we need.", true},
		{"Your Assistant Producer role at Raw TV before policing is an unusual path.", true},
		{"Your doctors rota documentaries at Raw TV before policing are an unusual path.", true},
	})
}

// Won in Spanish or French is won.
func TestWonInOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Daniel Ortiz", Title: "Head of Logistics", Company: "Decathlon",
		Experience: []profile.Experience{{Title: "Head of Logistics", Company: "Decathlon", Start: "2019", End: "present", Description: "Merged 3 warehouses into one automated DC in Saitama."}},
		Honors:     []string{"JILS Logistics Award 2022 (finalist)", "Lean Supply Chain Award 2020 - winner"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Enhorabuena por ganar el JILS Logistics Award en 2022.", false},
		{"Félicitations pour avoir remporté le JILS Logistics Award en 2022.", false},
		{"Enhorabuena por ser finalista del JILS Logistics Award en 2022.", true},
		{"Enhorabuena por ganar el Lean Supply Chain Award en 2020.", true},
		{"Félicitations pour avoir remporté le Lean Supply Chain Award en 2020.", true},
	})
}

// A name after a gerund other than one of leading or an event may still
// be the subject of the recruiter's own clause (see TestNamedAnAward and
// TestLeadForSupport for the object of those).
func TestNameAfterVerb(t *testing.T) {
	p := &profile.Profile{
		Name: "Owen Price", Title: "Senior Associate", Company: "Harlow Finch LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Harlow Finch LLP", Start: "2019", End: "present",
			Description: "Ran the disclosure workstream in Dunmore v Castlegate before the Court of Appeal."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Seeing Barratt Homes is hiring, your disclosure work in Dunmore v Castlegate stood out.", true},
	})
}

// TestLeadingWhatTheyWorkedFor: a line may not say the candidate led a
// project their sentence names only as what a piece of their work was
// for, nor led something at an employer where their post did not lead.
func TestLeadingWhatTheyWorkedFor(t *testing.T) {
	p := &profile.Profile{
		Name: "Haruto Ishikawa", Title: "Senior Electrical Engineer", Company: "Naniwa Power Engineering",
		Experience: []profile.Experience{
			{Title: "Senior Electrical Engineer", Company: "Naniwa Power Engineering", Start: "2016", End: "present",
				Description: "Lead designer for the 275 kV substation at Sakai. Protection relay coordination study for the Osaka Bay offshore wind export cable."},
			{Title: "UX Designer", Company: "Moa Commerce", Start: "2012", End: "2016", Description: "Checkout and cart redesign for the marketplace app."},
			{Title: "Project Manager", Company: "Kobe Grid", Start: "2009", End: "2012", Description: "Project manager for the Rokko pumped storage upgrade."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Managing the Osaka Bay offshore wind project must have been a huge undertaking.", false},
		{"Your relay coordination study for the Osaka Bay offshore wind export cable caught my eye.", true},
		{"Leading the protection relay study for the Osaka Bay offshore wind export cable is specialist work.", true},
		{"Leading the design of the 275 kV substation at Sakai is exactly the experience we need.", true},
		{"Managing the Rokko pumped storage upgrade is exactly the experience we need.", true},
		{"Heading up design at Moa Commerce must have been a great grounding.", false},
		{"Your checkout and cart redesign at Moa Commerce must have been a great grounding.", true},
		{"Running projects at Kobe Grid like the Rokko pumped storage upgrade is great grounding.", true},
	})
}

// TestSecondChair: "second chair" is a lesser part than leading or
// chairing, in the profile's words or the line's; a year of a sentence
// split in segments is its year.
func TestSecondChair(t *testing.T) {
	p := &profile.Profile{
		Name: "Dami Bankole", Title: "Senior Associate", Company: "Ashcombe Rees LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Ashcombe Rees LLP", Start: "2021", End: "present",
			Description: "Acted for the senior lenders on the restructuring plan of Halcyon Care Homes (Part 26A), sanctioned in 2023. Second chair on the Veltra Shipping scheme of arrangement."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading the Veltra Shipping scheme of arrangement is exactly what our client needs.", false},
		{"Winning the Veltra Shipping scheme of arrangement is exactly what our client needs.", false},
		{"Second-chairing the Veltra Shipping scheme of arrangement is exactly what our client needs.", true},
		{"Acting for the senior lenders on Halcyon Care Homes' restructuring plan in 2023 is exactly what our client needs.", true},
		{"Acting for the senior lenders on Halcyon Care Homes' restructuring plan in 2021 is exactly what our client needs.", false},
	})
}
