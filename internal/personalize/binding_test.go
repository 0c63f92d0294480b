package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

func TestBindingKeepsClausesApart(t *testing.T) {
	p := &profile.Profile{
		Name: "Nadia Haddad", Title: "Finance Director", Company: "Corvel Foods", Location: "Leeds, UK",
		Experience: []profile.Experience{
			{Title: "Finance Director", Company: "Corvel Foods", Start: "2020", End: "present", Location: "Leeds",
				Description: "Refinanced the group's £60m revolving credit facility. Cut month-end close from 12 days to 5."},
			{Title: "Trustee and Treasurer", Company: "Harrogate Hospice", Start: "2021", End: "present", Location: "Harrogate",
				Description: "Chair the audit committee."},
			{Title: "Financial Controller", Company: "Brambles Dairy", Start: "2014", End: "2020", Location: "York",
				Description: "Led the carve-out of the cheese division."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		// Two roles the line keeps apart.
		{"Refinancing the £60m RCF at Corvel while chairing the audit committee at Harrogate Hospice is a lot to carry.", true},
		{"Cutting month-end close to 5 days at Corvel on top of your role at Harrogate Hospice is a lot to carry.", true},
		{"The cheese division carve-out at Brambles Dairy in York is a great grounding for a FD.", true},
		// Two facts of different entries joined in one claim.
		{"Your cheese division carve-out at Corvel Foods is a great story.", false},
		{"Refinancing the £60m revolving credit facility while at Brambles Dairy is a great story.", false},
		{"Refinancing the £60m revolving credit facility while you were at Brambles Dairy is a great story.", false},
		{"Leading the cheese division carve-out while you were at Brambles Dairy is a great story.", true},
	})
}

func TestPlaceInsideReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Kofi Asante", Title: "Project Manager", Company: "Harrow Build", Location: "Birmingham, UK",
		Experience: []profile.Experience{
			{Title: "Project Manager", Company: "Harrow Build", Start: "2020", End: "present", Location: "Birmingham",
				Description: "Delivered the Digbeth Yards residential block six weeks early."},
			{Title: "Site Engineer", Company: "Tollgate Construction", Start: "2014", End: "2020", Location: "Bristol",
				Description: "Set out the Temple Quay footbridge."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Delivering the Digbeth Yards residential block in Bristol six weeks early is impressive.", false},
		{"Delivering the Digbeth Yards residential block in Birmingham six weeks early is impressive.", true},
		{"Delivering the Digbeth Yards residential block six weeks early is impressive.", true},
	})
}

// TestPlaceOfTheSentence: a reference put in a place of the profile
// where its own sentence gives it another ("40 Canal Street, Manchester")
// is refused, even when the position is in that place; a place that holds
// the sentence's ("Stockholm, Sweden") is not another.
func TestPlaceOfTheSentence(t *testing.T) {
	p := &profile.Profile{
		Name: "Tomáš Novotný", Title: "Associate, Structures", Company: "Hartwell Price Engineers", Location: "London, England, United Kingdom",
		Experience: []profile.Experience{
			{Title: "Associate, Structures", Company: "Hartwell Price Engineers", Start: "2021", End: "present", Location: "London, United Kingdom",
				Description: "Design lead for the 11-storey timber-hybrid office at 40 Canal Street, Manchester (completed 2025)."},
			{Title: "Bridge Engineer", Company: "Stavby Morava", Start: "2012", End: "2021", Location: "Stockholm, Sweden",
				Description: "Lead designer of the cable-stayed Vltava footbridge in Sweden."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Designing the 11-storey timber hybrid at 40 Canal Street in London really caught my eye.", false},
		{"Designing the 11-storey timber hybrid at 40 Canal Street in Manchester really caught my eye.", true},
		{"Designing the cable-stayed Vltava footbridge in Stockholm really caught my eye.", true},
	})
}

// TestOwnerBindsAFact: an employer written as the owner of a deal
// ("Banque Rivière's acquisition of Lumidental") binds the two, which
// must come from one entry.
func TestOwnerBindsAFact(t *testing.T) {
	p := &profile.Profile{
		Name: "Camille Roux", Title: "Associate", Company: "Sable Capital",
		Experience: []profile.Experience{
			{Title: "Associate", Company: "Sable Capital", Start: "2021", End: "present", Description: "Deal team on the acquisition of Lumidental, a 40-clinic dental group."},
			{Title: "Analyst", Company: "Banque Rivière", Start: "2017", End: "2021", Description: "Leveraged finance for mid-cap sponsors."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your work on Banque Rivière's acquisition of Lumidental is exactly the experience our client needs.", false},
		{"Your work on Sable Capital's acquisition of Lumidental is exactly the experience our client needs.", true},
	})
}

// TestFrontedFrame: a frame that opens the sentence ("At Hafren ...",
// "During your time at Hafren, ...", "As a QS at Hafren, ...") says where
// the rest of the sentence happened; "including" binds as "at" does.
func TestFrontedFrame(t *testing.T) {
	p := &profile.Profile{
		Name: "Rhiannon Pryce", Title: "Senior Quantity Surveyor", Company: "Tollgate Construction",
		Experience: []profile.Experience{
			{Title: "Senior Quantity Surveyor", Company: "Tollgate Construction", Start: "2019", End: "present",
				Description: "Commercial lead on the £62m Ysgol Bro Taf rebuild (delivered £1.8m under budget)."},
			{Title: "Quantity Surveyor", Company: "Hafren Partnerships", Start: "2014", End: "2019",
				Description: "Post-contract QS on the Morriston Hospital theatre refurbishment (£14m) under NEC3 Option C."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"At Hafren Partnerships you brought the Ysgol Bro Taf rebuild in £1.8m under budget, which is impressive.", false},
		{"During your time at Hafren Partnerships, leading the commercial side of the £62m Ysgol Bro Taf rebuild must have been a highlight.", false},
		{"Your Hafren years, including the £62m Ysgol Bro Taf rebuild, are exactly what our client needs.", false},
		{"At Tollgate Construction you brought the Ysgol Bro Taf rebuild in £1.8m under budget, which is impressive.", true},
		{"During your time at Hafren Partnerships, the Morriston Hospital theatre refurbishment under NEC3 Option C must have been a highlight.", true},
		{"At Hafren you ran post-contract on the Morriston theatres, then led the Ysgol Bro Taf rebuild at Tollgate.", true},
	})
}

// TestOwnerNameInsideAReference: an employer's name inside the stretch of
// a reference found in that position's description ("Leading Ubuntu Youth
// Trust's first ... self-assessment") is theirs, no word the profile lacks.
func TestOwnerNameInsideAReference(t *testing.T) {
	p := &profile.Profile{
		Name: "Nomvula Dlamini", Headline: "Senior Social Worker at Greywell Council | Board member, Ubuntu Youth Trust",
		Title: "Senior Social Worker", Company: "Greywell Council",
		Experience: []profile.Experience{
			{Title: "Senior Social Worker", Company: "Greywell Council", Start: "2019", End: "present", Description: "Caseload of 14 looked-after children."},
			{Title: "Board Member", Company: "Ubuntu Youth Trust", Start: "2022", End: "present",
				Description: "Chair the safeguarding committee; led the trust's first Ofsted-style self-assessment."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Leading Ubuntu Youth Trust's first Ofsted-style self-assessment is impressive.", true},
		{"Leading Harbour Youth Trust's first Ofsted-style self-assessment is impressive.", false},
	})
}
