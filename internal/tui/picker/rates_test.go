package picker

import (
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

func TestRates(t *testing.T) {
	now := time.Date(2026, 3, 30, 12, 0, 0, 0, time.UTC)
	var dict outreach.Dict
	tpl := dict.Templates.Intern("associate/direct-intro")
	other := dict.Templates.Intern("associate/connect")
	sent := func(days int) outreach.Fact {
		return outreach.Fact{ID: uint64(days), SentAt: now.Add(-time.Duration(days) * 24 * time.Hour).Unix(), Template: tpl}
	}
	answered := func(f outreach.Fact, after time.Duration) outreach.Fact {
		var o outreach.OutcomeTimes
		o.Set(outreach.Replied, f.Sent().Add(after))
		return f.WithOutcomes(o)
	}
	withdrawn := sent(20)
	var wo outreach.OutcomeTimes
	wo.Set(outreach.Withdrawn, withdrawn.Sent().Add(time.Hour))
	facts := []outreach.Fact{
		answered(sent(20), 2*24*time.Hour), // responded
		answered(sent(19), 9*24*time.Hour), // late
		sent(18),                           // none
		sent(2),                            // awaiting: not counted yet
		withdrawn.WithOutcomes(wo),         // never sent
		{ID: 99, SentAt: now.Add(-30 * 24 * time.Hour).Unix(), Template: other},
	}
	got, err := Rates(func(yield func(outreach.Fact) bool) error {
		for _, f := range facts {
			if !yield(f) {
				break
			}
		}
		return nil
	}, dict, now)
	if err != nil {
		t.Fatal(err)
	}
	r := got["associate/direct-intro"]
	if r != (Rate{Sent: 4, Closed: 3, Responded: 1}) {
		t.Errorf("rate %+v", r)
	}
	if s := r.String(); s != "1 of 3 answered in 7 days" {
		t.Errorf("String() = %q", s)
	}
	if s := (Rate{}).String(); s != "not sent yet" {
		t.Errorf("unsent: %q", s)
	}
	if s := got["associate/connect"].String(); s != "0 of 1 answered in 7 days" {
		t.Errorf("other: %q", s)
	}
	if s := (Rate{Sent: 1300, Closed: 1200, Responded: 504}).String(); s != "42% answered in 7 days (of 1,200)" {
		t.Errorf("many: %q", s)
	}
}

// TestRatesAgreeWithReport: a message answered while its window is still
// open is not decided yet, as in inmail report and the Reports screen.
func TestRatesAgreeWithReport(t *testing.T) {
	now := time.Date(2026, 3, 30, 12, 0, 0, 0, time.UTC)
	var dict outreach.Dict
	tpl := dict.Templates.Intern("associate/direct-intro")
	f := outreach.Fact{ID: 1, SentAt: now.Add(-2 * 24 * time.Hour).Unix(), Template: tpl}
	var o outreach.OutcomeTimes
	o.Set(outreach.Replied, f.Sent().Add(time.Hour))
	got, err := Rates(func(yield func(outreach.Fact) bool) error {
		yield(f.WithOutcomes(o))
		return nil
	}, dict, now)
	if err != nil {
		t.Fatal(err)
	}
	if r := got["associate/direct-intro"]; r != (Rate{Sent: 1}) || r.String() != "1 sent · no rate yet (window open)" {
		t.Errorf("rate %+v %q, want one sent and none decided", r, r.String())
	}
}
