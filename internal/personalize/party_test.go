package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

func TestPartyOfDeal(t *testing.T) {
	p := &profile.Profile{
		Name: "Olumide Adeyemi", Title: "Senior Associate", Company: "Fenwick Lyle LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Fenwick Lyle LLP", Start: "2020", End: "present",
			Description: "Acted for the lenders on the £240m unitranche refinancing of Holloway Care. Advised Barrow Capital, as sponsor, on the £95m acquisition financing of Tessel Foods."}},
	}
	for _, c := range []struct {
		line string
		ok   bool
		says string
	}{
		{"Acting for Holloway Care on its £240m unitranche is great experience.", false, `acted for "Holloway Care", but their profile has them acting for "the lenders"`},
		{"Advising Tessel Foods on its £95m acquisition financing is great experience.", false, `"Barrow Capital, as sponsor"`},
		{"Acting for Barrow Capital's lenders on the Tessel Foods deal is great experience.", false, `"Barrow Capital's lenders"`},
		{"Acting for the lenders on Holloway Care's £240m unitranche is great experience.", true, ""},
		{"Advising the lenders to Holloway Care on its £240m unitranche is great experience.", true, ""},
		{"Acting for Holloway Care's lenders on a £240m unitranche is great experience.", true, ""},
		// A word of the party the profile lacks, before its name.
		{"Acting for the junior lenders on the £240m Holloway Care unitranche is great experience.", false, `acted for "the junior lenders"`},
		{"Acting for the lenders' agent on the £240m Holloway Care unitranche is great experience.", true, ""},
		{"Representing the sponsor, Barrow Capital, on the Tessel Foods acquisition financing is great experience.", true, ""},
		// No party named: nothing to judge.
		{"Advising on the £240m Holloway Care unitranche is great experience.", true, ""},
	} {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok || !c.ok && !strings.Contains(v.String(), c.says) {
			t.Errorf("%q: %v; want ok=%v saying %s", c.line, v, c.ok, c.says)
		}
	}
}

// TestPartyOfTrial: the client a profile names ("for our client Rocky
// Ridge") is their side; a line that defends the other side, or is
// against their client, puts them on the wrong one.
func TestPartyOfTrial(t *testing.T) {
	p := &profile.Profile{
		Name: "Marisol Delgado", Title: "Senior Associate", Company: "Larkspur Hale LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Larkspur Hale LLP", Start: "2019", End: "present",
			Description: "Second chair in the two-week jury trial in Rocky Ridge Aggregates v. Centennial Rail; verdict of $18.4m for our client Rocky Ridge (2024)."}},
	}
	for _, c := range []struct {
		line string
		ok   bool
		says string
	}{
		{"Defending Centennial Rail through a two-week jury trial is great trial experience.", false, `acted for "Centennial Rail"`},
		{"Your two-week jury trial against Rocky Ridge Aggregates is great trial experience.", false, `against "Rocky Ridge Aggregates"`},
		{"Your part in the $18.4m verdict for Rocky Ridge against Centennial Rail is great trial experience.", true, ""},
		{"Second-chairing Rocky Ridge v. Centennial Rail to an $18.4m verdict is great trial experience.", true, ""},
		{"Acting for your client Rocky Ridge in a two-week jury trial is great trial experience.", true, ""},
	} {
		v := Check(p, c.line, Options{})
		if v.OK != c.ok || !c.ok && !strings.Contains(v.String(), c.says) {
			t.Errorf("%q: %v; want ok=%v saying %s", c.line, v, c.ok, c.says)
		}
	}
	// "in defense of" names the side too, and a noun phrase after
	// "against" is judged as a name is.
	p.Experience[0].Description = "Second chair in a three-week FINRA arbitration in defense of a broker-dealer client."
	wantVerdicts(t, p, []lineWant{
		{"Representing investors against a broker-dealer in a three-week FINRA arbitration is great experience.", false},
		{"Defending a broker-dealer client through a three-week FINRA arbitration is great experience.", true},
		{"Second-chairing a three-week FINRA arbitration against a claimant group is great experience.", true},
	})
}

// TestSideNeverNamed: a side of a deal the profile never names ("the
// banks' side" for a treasurer who refinanced the group's own facility)
// is not theirs; a word of the same side names it ("arrangers" for
// "banks"), a compound does not ("in-house bank").
func TestSideNeverNamed(t *testing.T) {
	treasurer := &profile.Profile{
		Name: "Henrike Albrecht", Title: "Head of Group Treasury", Company: "Kessler Maschinenbau AG",
		Experience: []profile.Experience{{Title: "Head of Group Treasury", Company: "Kessler Maschinenbau AG", Start: "2020", End: "present",
			Description: "Refinanced the group's €450m revolving credit facility with an ESG margin ratchet (2024). Implemented an in-house bank and cash pooling across 19 entities."}},
	}
	lawyer := &profile.Profile{
		Name: "Jonas Reuter", Title: "Counsel", Company: "Lindqvist Baum",
		Experience: []profile.Experience{{Title: "Counsel", Company: "Lindqvist Baum", Start: "2018", End: "present",
			Description: "Acted for the arrangers on the €450m revolving credit facility for Kessler Maschinenbau."}},
	}
	wantVerdicts(t, treasurer, []lineWant{
		{"Leading the banks' side on Kessler's €450m RCF refinancing is strong lending experience.", false},
		{"Acting for the lenders on the €450m RCF refinancing with an ESG ratchet is great experience.", false},
		{"Refinancing the group's €450m RCF with an ESG margin ratchet is great experience.", true},
		{"Setting up an in-house bank with cash pooling across 19 entities is great experience.", true},
	})
	wantVerdicts(t, lawyer, []lineWant{
		{"Acting for the banks on Kessler's €450m revolving credit facility is great experience.", true},
		{"Acting for the borrower on Kessler's €450m revolving credit facility is great experience.", false},
	})
}

// TestSellerAndBuyer: a deal noun makes its owner the seller or the buyer,
// and so does the name after "to", "by" or "from"; a line may not swap
// them.
func TestSellerAndBuyer(t *testing.T) {
	p := &profile.Profile{
		Name: "Gábor Szabó", Title: "Finance Director", Company: "Tajo Foods",
		Experience: []profile.Experience{{Title: "Finance Director", Company: "Tajo Foods", Start: "2019", End: "present",
			Description: "Led the finance workstream on the €180m sale of the Iberian business to Sol Partners (completed Nov 2023). Ran the integration after Harbour Group's acquisition of Tajo Foods."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Working on Sol Partners' €180m sale of its Iberian business must have been intense.", false},
		{"Leading finance on the €180m sale of the Iberian business to Sol Partners must have been intense.", true},
		{"Leading finance on Sol Partners' €180m acquisition of the Iberian business must have been intense.", true},
		{"Running the integration after Harbour Group's acquisition of Tajo Foods is great experience.", true},
		{"Running the integration after Harbour Group's sale of Tajo Foods is great experience.", false},
	})
}

// TestKindOfDeal: a line may not make a deal of the profile another kind
// of deal; a sale and an acquisition are one deal seen from each side.
func TestKindOfDeal(t *testing.T) {
	p := &profile.Profile{
		Name: "Dami Bankole", Title: "Senior Associate", Company: "Ashcombe Rees LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Ashcombe Rees LLP", Start: "2021", End: "present",
			Description: "Acted for the senior lenders on the £480m restructuring plan of Halcyon Care Homes, whose sales rose 9% after it. Advised Barrow Capital on its acquisition of Tessel Foods."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Acting for the senior lenders on Halcyon Care Homes' £480m sale is impressive.", false},
		{"Acting for the senior lenders on Halcyon Care Homes' £480m restructuring is impressive.", true},
		{"Advising Barrow Capital on the sale of Tessel Foods to it is impressive.", true},
		// Sales are takings, not a deal.
		{"Acting for the senior lenders on Halcyon Care Homes' restructuring plan, with sales up 9%, is impressive.", true},
	})
}

// TestPartyDescribedNotNamed: a party the line describes ("the 640 care
// workers") may be who the profile's side ("the claimants") was; a party
// it names may not.
func TestPartyDescribedNotNamed(t *testing.T) {
	p := &profile.Profile{
		Name: "Jasleen Kaur", Title: "Senior Associate", Company: "Hallam Pryce LLP",
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Hallam Pryce LLP", Start: "2022", End: "present",
			Description: "Acted for the claimants in the Fellgate Care equal pay litigation: 640 care workers, four years, £14.2m settlement."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Acting for the 640 care workers in the Fellgate Care equal pay litigation is exactly the experience our client wants.", true},
		{"Acting for Fellgate Care in its equal pay litigation is exactly the experience our client wants.", false},
	})
}
