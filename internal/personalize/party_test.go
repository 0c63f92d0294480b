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
