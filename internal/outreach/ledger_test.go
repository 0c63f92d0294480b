package outreach

import (
	"slices"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
)

func inmail(id uint64, at time.Time, o OutcomeTimes) Fact {
	return FactFrom(Message{ID: id, SentAt: at, Channel: library.InMail, Credits: 1}, o, Codes{})
}

func ptr[T any](v T) *T { return &v }

func TestSeatFor(t *testing.T) {
	tests := []struct {
		preset  string
		o       SeatOverrides
		want    Seat
		wantErr bool
	}{
		{"", SeatOverrides{}, Seat{150, 600, true, false}, false},
		{"recruiter", SeatOverrides{}, Seat{150, 600, true, false}, false},
		{"recruiter-lite", SeatOverrides{}, Seat{30, 90, true, false}, false},
		{"sales-navigator", SeatOverrides{}, Seat{50, 150, true, false}, false},
		{"sales-navigator", SeatOverrides{Refunds: ptr(false), Cap: ptr(100)}, Seat{50, 100, false, false}, false},
		{"custom", SeatOverrides{Monthly: ptr(40)}, Seat{40, 160, true, false}, false},
		{"custom", SeatOverrides{Monthly: ptr(40), Cap: ptr(40)}, Seat{40, 40, true, false}, false},
		{"recruiter", SeatOverrides{FollowUpCredit: ptr(true)}, Seat{150, 600, true, true}, false},
		{"custom", SeatOverrides{}, Seat{}, true},
		{"recruiter", SeatOverrides{Monthly: ptr(-1)}, Seat{}, true},
		{"premium", SeatOverrides{}, Seat{}, true},
	}
	for _, tt := range tests {
		var got Seat
		p, err := ParsePreset(tt.preset)
		if err == nil {
			got, err = SeatFor(p, tt.o)
		}
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("SeatFor(%q, %+v) = %+v, %v; want %+v, error %v", tt.preset, tt.o, got, err, tt.want, tt.wantErr)
		}
		if err != nil && ErrorCode(err) != EINVALID {
			t.Errorf("SeatFor(%q) error code %q", tt.preset, ErrorCode(err))
		}
	}
}

func TestPresetNames(t *testing.T) {
	labels := map[Preset]string{PresetRecruiter: "Recruiter", PresetRecruiterLite: "Recruiter Lite",
		PresetSalesNavigator: "Sales Navigator", PresetCustom: "Custom"}
	for _, p := range Presets {
		got, err := ParsePreset(p.String())
		if err != nil || got != p {
			t.Errorf("ParsePreset(%q) = %v, %v; want %v", p.String(), got, err, p)
		}
		var u Preset
		b, _ := p.MarshalText()
		if err := u.UnmarshalText(b); err != nil || u != p {
			t.Errorf("text round trip of %v: %v, %v", p, u, err)
		}
		if p.Label() != labels[p] {
			t.Errorf("%v.Label() = %q, want %q", p, p.Label(), labels[p])
		}
	}
	if len(labels) != len(Presets) {
		t.Errorf("Presets has %d presets, the test knows %d", len(Presets), len(labels))
	}
}

func TestLedger(t *testing.T) {
	seat := Seat{Monthly: 10, Cap: 25, Refunds: true}
	jan := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
	feb := time.Date(2026, 2, 20, 12, 0, 0, 0, time.UTC)
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	facts := []Fact{
		inmail(1, jan, OutcomeTimes{}),
		inmail(2, jan, OutcomeTimes{Replied: jan.Add(time.Hour)}), // refunded in January
		inmail(3, jan, OutcomeTimes{Withdrawn: jan.Add(time.Hour)}),
		inmail(4, jan, OutcomeTimes{}),
		inmail(5, feb, OutcomeTimes{Declined: now.Add(-time.Hour)}), // refunded in March
		inmail(6, now.Add(-time.Hour), OutcomeTimes{}),
		inmail(7, now.Add(-time.Hour), OutcomeTimes{Accepted: now.Add(time.Hour)}), // refund after now: not yet
		inmail(8, now.Add(time.Hour), OutcomeTimes{}),                              // after now: left out
		FactFrom(Message{ID: 9, SentAt: feb, Channel: library.Connection}, OutcomeTimes{}, Codes{}),
	}
	got := Ledger(seat, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Anchor{}, slices.Values(facts), now)
	want := []Month{
		{Start: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), Allotment: 10, CarriedOver: 0, Spent: 3, Returned: 1, Left: 8},
		{Start: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), Allotment: 10, CarriedOver: 8, Spent: 1, Returned: 0, Left: 17},
		{Start: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Allotment: 10, CarriedOver: 15, Spent: 2, Returned: 1, Left: 24},
	}
	if !slices.EqualFunc(got, want, func(a, b Month) bool { return a == b }) {
		t.Errorf("Ledger =\n%+v\nwant\n%+v", got, want)
	}
}

func TestLedgerRefundWindow(t *testing.T) {
	at := time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)
	now := at.Add(200 * 24 * time.Hour)
	tests := []struct {
		name  string
		o     OutcomeTimes
		seat  Seat
		back  int
		month time.Month
	}{
		{"reply at exactly 90 days", OutcomeTimes{Replied: at.Add(RefundWindow)}, Seat{Monthly: 1, Cap: 1, Refunds: true}, 1, time.April},
		{"reply one second later", OutcomeTimes{Replied: at.Add(RefundWindow + time.Second)}, Seat{Monthly: 1, Cap: 1, Refunds: true}, 0, 0},
		{"a screen is not a response", OutcomeTimes{Screened: at.Add(time.Hour)}, Seat{Monthly: 1, Cap: 1, Refunds: true}, 0, 0},
		{"seat without refunds", OutcomeTimes{Replied: at.Add(time.Hour)}, Seat{Monthly: 1, Cap: 1}, 0, 0},
		{"withdrawn after a reply", OutcomeTimes{Replied: at.Add(time.Hour), Withdrawn: at.Add(2 * time.Hour)}, Seat{Monthly: 1, Cap: 1, Refunds: true}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			back, when := tt.seat.Returned(inmail(1, at, tt.o), now)
			if back != tt.back || (back > 0 && when.UTC().Month() != tt.month) {
				t.Errorf("Returned = %d at %v, want %d in %v", back, when, tt.back, tt.month)
			}
		})
	}
}

func TestLedgerMonthsInLocation(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	// 23:30 UTC on 31 January is 00:30 on 1 February in Berlin.
	at := time.Date(2026, 1, 31, 23, 30, 0, 0, time.UTC)
	now := time.Date(2026, 2, 10, 9, 0, 0, 0, berlin)
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	got := Ledger(Seat{Monthly: 5, Cap: 5}, start, Anchor{}, slices.Values([]Fact{inmail(1, at, OutcomeTimes{})}), now)
	if len(got) != 2 || got[1].Spent != 1 || !got[1].Start.Equal(time.Date(2026, 2, 1, 0, 0, 0, 0, berlin)) {
		t.Errorf("Ledger in Berlin = %+v, want the send in February", got)
	}
	got = Ledger(Seat{Monthly: 5, Cap: 5}, start, Anchor{}, slices.Values([]Fact{inmail(1, at, OutcomeTimes{})}), now.UTC())
	if len(got) != 2 || got[0].Spent != 1 || got[0].Start.Month() != time.January {
		t.Errorf("Ledger in UTC = %+v, want January with 1 spent, then February", got)
	}
}

func TestLedgerEdges(t *testing.T) {
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	seat := Seat{Monthly: 30, Cap: 90, Refunds: true}
	t.Run("no messages: the current month only", func(t *testing.T) {
		got := Ledger(seat, time.Time{}, Anchor{}, slices.Values([]Fact(nil)), now)
		if len(got) != 1 || got[0].Left != 30 || got[0].Start.Month() != time.March {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("start after now: the current month only", func(t *testing.T) {
		got := Ledger(seat, now.AddDate(0, 2, 0), Anchor{}, slices.Values([]Fact(nil)), now)
		if len(got) != 1 || got[0].Start.Month() != time.March {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("sends before start are not counted", func(t *testing.T) {
		facts := []Fact{inmail(1, now.AddDate(0, -3, 0), OutcomeTimes{}), inmail(2, now, OutcomeTimes{})}
		got := Ledger(seat, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), Anchor{}, slices.Values(facts), now)
		if len(got) != 2 || got[0].Spent != 0 || got[1].Spent != 1 || got[1].Left != 30+30-1 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("rollover stops at the cap", func(t *testing.T) {
		got := Ledger(seat, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), Anchor{}, slices.Values([]Fact(nil)), now)
		if last := got[len(got)-1]; last.CarriedOver != 60 || last.Left != 90 {
			t.Errorf("after a quiet year: %+v, want 60 carried over and 90 left", last)
		}
	})
	t.Run("overspending carries nothing, not a debt", func(t *testing.T) {
		var facts []Fact
		for i := range 40 {
			facts = append(facts, inmail(uint64(i+1), time.Date(2026, 2, 3, 0, 0, 0, 0, time.UTC), OutcomeTimes{}))
		}
		got := Ledger(seat, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), Anchor{}, slices.Values(facts), now)
		if len(got) != 2 || got[0].Left != -10 || got[1].CarriedOver != 0 || got[1].Left != 30 {
			t.Errorf("got %+v", got)
		}
	})
}

// TestLedgerOldSendMakesNoCredits is issue 12's finding at the ledger: one
// send dated 1970 raised this month's credits from 149 to 599, because the
// months began at the earliest send. With the seat's start the old send
// adds no months, so no allotments.
func TestLedgerOldSendMakesNoCredits(t *testing.T) {
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	seat := PresetRecruiter.Seat()
	facts := []Fact{inmail(1, now.Add(-time.Hour), OutcomeTimes{}), inmail(2, time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), OutcomeTimes{})}
	got := Ledger(seat, time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Anchor{}, slices.Values(facts), now)
	if len(got) != 1 || got[0].Left != 149 {
		t.Errorf("got %+v, want this month only with 149 left", got)
	}
	// Without a start (a log with no record of one) it is this month too.
	if got := Ledger(seat, time.Time{}, Anchor{}, slices.Values(facts), now); len(got) != 1 || got[0].Left != 149 {
		t.Errorf("no start: got %+v, want this month only with 149 left", got)
	}
}

func TestLedgerAnchor(t *testing.T) {
	seat := Seat{Monthly: 30, Cap: 90, Refunds: true}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	set := time.Date(2026, 2, 10, 12, 0, 0, 0, time.UTC)
	now := time.Date(2026, 3, 15, 12, 0, 0, 0, time.UTC)
	facts := []Fact{
		inmail(1, time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC), OutcomeTimes{}),
		inmail(2, set.Add(-time.Hour), OutcomeTimes{}),                                                         // in the balance
		inmail(3, set.Add(-time.Hour), OutcomeTimes{Replied: set.Add(-time.Minute)}),                           // spent and back, both in it
		inmail(4, set.Add(-2*time.Hour), OutcomeTimes{Replied: set.Add(time.Hour)}),                            // back after it
		inmail(5, set.Add(time.Hour), OutcomeTimes{}),                                                          // after it
		inmail(6, time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), OutcomeTimes{}),                                 // next month
		inmail(7, time.Date(2026, 1, 20, 9, 0, 0, 0, time.UTC), OutcomeTimes{Replied: set.Add(2 * time.Hour)}), // an old send back after it
	}
	got := Ledger(seat, start, Anchor{At: set, Balance: 50}, slices.Values(facts), now)
	want := []Month{
		{Start: start, Allotment: 30, Spent: 2, Left: 28},
		{Start: time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), Set: 50, SetAt: set, Spent: 1, Returned: 2, Left: 51},
		{Start: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), Allotment: 30, CarriedOver: 51, Spent: 1, Left: 80},
	}
	if !slices.EqualFunc(got, want, func(a, b Month) bool { return a == b }) {
		t.Errorf("Ledger =\n%+v\nwant\n%+v", got, want)
	}
	t.Run("an anchor after now is not used yet", func(t *testing.T) {
		got := Ledger(seat, start, Anchor{At: now.Add(time.Hour), Balance: 5}, slices.Values([]Fact(nil)), now)
		if last := got[len(got)-1]; !last.SetAt.IsZero() || last.Left != 90 {
			t.Errorf("got %+v", last)
		}
	})
	t.Run("an anchor before the start moves it back", func(t *testing.T) {
		got := Ledger(seat, start, Anchor{At: start.AddDate(0, -1, 3), Balance: 7}, slices.Values([]Fact(nil)), now)
		if len(got) != 4 || got[0].Set != 7 || got[0].Left != 7 || got[1].CarriedOver != 7 {
			t.Errorf("got %+v", got)
		}
	})
	t.Run("a balance of 0 is a balance", func(t *testing.T) {
		got := Ledger(seat, start, Anchor{At: now.Add(-time.Hour), Balance: 0}, slices.Values(facts), now)
		if last := got[len(got)-1]; last.SetAt.IsZero() || last.Left != 0 {
			t.Errorf("got %+v", last)
		}
	})
}

func TestAnchorValidate(t *testing.T) {
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, a := range []Anchor{{At: at, Balance: -1}, {At: at, Balance: 100_001}, {Balance: 5}} {
		if err := a.Validate(); ErrorCode(err) != EINVALID {
			t.Errorf("%+v: err %v, want EINVALID", a, err)
		}
	}
	if err := (Anchor{At: at, Balance: 0}).Validate(); err != nil {
		t.Errorf("a zero balance: %v", err)
	}
}
