package outreach

import (
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
)

func TestFactFollowUpLayout(t *testing.T) {
	first := FactFrom(sampleMessage(), OutcomeTimes{}, Codes{})
	fm := sampleMessage()
	fm.ID, fm.Channel, fm.FollowUpOf, fm.SentAt = 300, library.FollowUp, 42, sent.Add(7*24*time.Hour)
	fu := FactFrom(fm, OutcomeTimes{Replied: fm.SentAt.Add(2 * time.Hour)}, Codes{Brief: 9})
	if !fu.IsFollowUp() || first.IsFollowUp() || fu.FollowUpOf != 42 {
		t.Fatalf("IsFollowUp: follow-up %v (of %d), first %v", fu.IsFollowUp(), fu.FollowUpOf, first.IsFollowUp())
	}
	b, _ := fu.MarshalBinary()
	// flags: a follow-up; the brief; 300 - 42 = 258 to the first message.
	if got := hex.EncodeToString(b[3:4]) + " " + hex.EncodeToString(b[56:]); got != "01 09000000"+"02010000" {
		t.Errorf("flags and bytes 56 to 63 = %s", got)
	}
	g, err := DecodeFact(b)
	if err != nil || g != fu {
		t.Fatalf("round trip: %+v, %v; want %+v", g, err, fu)
	}
	f := first.WithFollowUp(fu, true)
	b, _ = f.MarshalBinary()
	if b[3] != FlagFollowedUp || hex.EncodeToString(b[60:]) != "00000000" {
		t.Errorf("the first message's flags %x, bytes 60 to 63 %x", b[3], b[60:])
	}
	if g, _ := DecodeFact(b); !g.FollowedUp() || g.IsFollowUp() || g.FollowUpOf != 0 {
		t.Errorf("the first message read back: %+v", g)
	}
	// A record written before follow-ups (byte 3 and bytes 60 to 63 zero)
	// has none.
	if old := FactFrom(sampleMessage(), OutcomeTimes{}, Codes{}); old.FollowedUp() || old.IsFollowUp() {
		t.Error("a fact with zero follow-up bytes reads as followed up")
	}
	// A withdrawn follow-up, or none, clears the mark.
	wd := FactFrom(fm, OutcomeTimes{Withdrawn: fm.SentAt.Add(time.Minute)}, Codes{})
	for name, h := range map[string]Fact{"withdrawn": f.WithFollowUp(wd, true), "none": f.WithFollowUp(Fact{}, false)} {
		if h.FollowedUp() || h.Flags != 0 {
			t.Errorf("%s: still followed up: %+v", name, h)
		}
	}
}

func TestFollowUpOf(t *testing.T) {
	day := 24 * time.Hour
	inmail := func(o OutcomeTimes) Fact { return FactFrom(sampleMessage(), o, Codes{}) }
	note := sampleMessage()
	note.Channel, note.Credits = library.Connection, 0
	fum := sampleMessage()
	fum.Channel, fum.FollowUpOf = library.FollowUp, 1
	followed := inmail(OutcomeTimes{}).WithFollowUp(FactFrom(fum, OutcomeTimes{}, Codes{}), true)
	tests := []struct {
		name  string
		f     Fact
		age   time.Duration
		ok    bool
		due   bool
		short string
		why   string
	}{
		{"three days to the second", inmail(OutcomeTimes{}), 3 * day, true, false, "", ""},
		{"a second short of three days", inmail(OutcomeTimes{}), 3*day - time.Second, false, false, "too soon", "can go from 3 days after it"},
		{"seven days: due", inmail(OutcomeTimes{}), 7 * day, true, true, "", ""},
		{"twenty-eight days to the second", inmail(OutcomeTimes{}), 28 * day, true, true, "", ""},
		{"past twenty-eight days", inmail(OutcomeTimes{}), 28*day + time.Second, false, false, "too late", "up to 28 days after"},
		{"answered", inmail(OutcomeTimes{Declined: sent.Add(day)}), 5 * day, false, false, "it was answered", "responded in 1 day"},
		{"answered late", inmail(OutcomeTimes{Replied: sent.Add(9 * day)}), 10 * day, false, false, "it was answered", "late response"},
		{"a reply after now does not count yet", inmail(OutcomeTimes{Replied: sent.Add(9 * day)}), 8 * day, true, true, "", ""},
		{"withdrawn", inmail(OutcomeTimes{Withdrawn: sent.Add(time.Minute)}), 5 * day, false, false, "withdrawn", "never sent on LinkedIn"},
		{"a connection note", FactFrom(note, OutcomeTimes{}, Codes{}), 5 * day, false, false, "not an InMail", "is a connection note"},
		{"a follow-up", FactFrom(fum, OutcomeTimes{}, Codes{}), 5 * day, false, false, "it is a follow-up", "a conversation gets one"},
		{"followed up already", followed, 5 * day, false, false, "already followed up", "was already followed up"},
	}
	for _, tt := range tests {
		s := FollowUpOf(tt.f, sent.Add(tt.age))
		if s.Eligible != tt.ok || s.Due != tt.due || s.Short != tt.short || !strings.Contains(s.Why, tt.why) {
			t.Errorf("%s: %+v, want eligible %v due %v short %q why ~%q", tt.name, s, tt.ok, tt.due, tt.short, tt.why)
		}
		if !s.From.Equal(sent.Add(3*day)) || !s.Until.Equal(sent.Add(28*day)) {
			t.Errorf("%s: window %s to %s", tt.name, s.From, s.Until)
		}
	}
}

func TestFollowUpCredits(t *testing.T) {
	m := sampleMessage()
	m.Channel, m.FollowUpOf = library.FollowUp, 9
	for _, charged := range []int{0, 1} {
		m.Credits = charged
		f := FactFrom(m, OutcomeTimes{Replied: sent.Add(time.Hour)}, Codes{})
		if got := Spent(f, sent.Add(time.Hour)); got != charged {
			t.Errorf("a follow-up charging %d: Spent %d", charged, got)
		}
		months := Ledger(Seat{Monthly: 10, Cap: 40, Refunds: true}, sent, Anchor{}, func(yield func(Fact) bool) { yield(f) }, sent.Add(2*time.Hour))
		if got := months[len(months)-1]; got.Spent != charged || got.Returned != charged || got.Left != 10 {
			t.Errorf("a follow-up charging %d, answered: %+v", charged, got)
		}
	}
	if (Seat{}).FollowUpCredits() != 0 || (Seat{FollowUpCredit: true}).FollowUpCredits() != 1 {
		t.Error("FollowUpCredits does not follow the seat")
	}
}

func TestValidateFollowUp(t *testing.T) {
	m := sampleMessage()
	m.Channel = library.FollowUp
	if err := m.Validate(); err == nil || !strings.Contains(err.Error(), "needs the id of the message it follows up") {
		t.Errorf("a follow-up of nothing: %v", err)
	}
	m.FollowUpOf = 3
	if err := m.Validate(); err != nil {
		t.Errorf("a follow-up: %v", err)
	}
	m.Channel = library.InMail
	if err := m.Validate(); err == nil || !strings.Contains(err.Error(), "only a follow-up") {
		t.Errorf("an InMail following up: %v", err)
	}
}
