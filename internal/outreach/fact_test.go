package outreach

import (
	"bytes"
	"encoding/hex"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
)

func sampleMessage() Message {
	return Message{
		ID:              42,
		Recruiter:       "Jordan Blake",
		Candidate:       CandidateRef{ID: "linkedin.com/in/priya-raman-sample", Name: "Priya Raman"},
		Seniority:       "senior-associate",
		TemplateID:      "senior-associate/passive-intro",
		Channel:         library.InMail,
		Subject:         "Senior M&A associate role",
		Body:            "Hi Priya, … é",
		Personalization: "Your work on the Castell Pharma acquisition",
		SentAt:          sent,
		Credits:         1,
	}
}

func TestFactLayout(t *testing.T) {
	o := OutcomeTimes{Replied: sent.Add(26*time.Hour + 40*time.Minute + 25*time.Second)}
	f := FactFrom(sampleMessage(), o, Codes{Recruiter: 1, Template: 2, Seniority: 3, Brief: 9})
	b, err := f.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	want := "" +
		"01" + "01" + "01" + "00" + "2b00" + "0d00" + // version, channel, credits, flags, lengths 43 and 13
		"2a00000000000000" + // id 42
		hex.EncodeToString(le64(uint64(sent.Unix()))) +
		"01000000" + "02000000" + "03000000" + // codes
		"ffffffff" + "ffffffff" + "19770100" + "ffffffff" + "ffffffff" + // replied after 96025 s
		"09000000" + // brief 9
		"00000000"
	if got := hex.EncodeToString(b); got != want {
		t.Errorf("encoded\n got %s\nwant %s", got, want)
	}
	if len(b) != FactSize {
		t.Errorf("len = %d, want %d", len(b), FactSize)
	}
}

func le64(v uint64) []byte {
	b := make([]byte, 8)
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
	return b
}

func TestFactRoundTrip(t *testing.T) {
	o := OutcomeTimes{Accepted: sent, Declined: sent.Add(time.Hour), Replied: sent.Add(8 * 24 * time.Hour), Screened: sent.Add(9 * 24 * time.Hour), Withdrawn: sent.Add(time.Second)}
	f := FactFrom(sampleMessage(), o, Codes{Recruiter: 7, Template: 1 << 20, Seniority: 0})
	b, _ := f.AppendBinary([]byte("prefix"))
	if !bytes.HasPrefix(b, []byte("prefix")) || len(b) != 6+FactSize {
		t.Fatalf("AppendBinary did not append: %q", b)
	}
	g, err := DecodeFact(b[6:])
	if err != nil {
		t.Fatal(err)
	}
	if g != f {
		t.Errorf("round trip\n got %+v\nwant %+v", g, f)
	}
	if got := g.Outcomes(); !got.Accepted.Equal(o.Accepted) || !got.Replied.Equal(o.Replied) || !got.Withdrawn.Equal(o.Withdrawn) || !got.Screened.Equal(o.Screened) || !got.Declined.Equal(o.Declined) {
		t.Errorf("Outcomes = %+v, want %+v", got, o)
	}
	var u Fact
	if err := u.UnmarshalBinary(b[6:]); err != nil || u != f {
		t.Errorf("UnmarshalBinary = %+v, %v", u, err)
	}
}

func TestFactZeroHasNoOutcomes(t *testing.T) {
	var f Fact
	for _, o := range Outcomes {
		if _, ok := f.Offset(o); ok {
			t.Errorf("zero fact has %v", o)
		}
	}
	b, _ := f.MarshalBinary()
	if !bytes.Equal(b[36:56], bytes.Repeat([]byte{0xff}, 20)) {
		t.Errorf("zero fact offsets encode as % x, want NoOutcome", b[36:56])
	}
}

func TestFactStateMatchesMessage(t *testing.T) {
	m := sampleMessage()
	deadline := Deadline(sent)
	for _, o := range []OutcomeTimes{
		{},
		{Replied: deadline},
		{Replied: deadline.Add(time.Second)},
		{Declined: sent.Add(time.Hour), Screened: sent.Add(2 * time.Hour)},
		{Accepted: sent, Withdrawn: sent.Add(time.Minute)},
	} {
		f := FactFrom(m, o, Codes{})
		for _, now := range []time.Time{sent, deadline, deadline.Add(time.Second), deadline.Add(30 * 24 * time.Hour)} {
			if got, want := f.State(now), StatusOf(m.SentAt, o, now); !sameState(got, want) {
				t.Errorf("outcomes %+v at %v: fact state %+v, message state %+v", o, now, got, want)
			}
		}
	}
}

func sameState(a, b State) bool {
	return a.Status == b.Status && a.Left == b.Left && a.FirstResponse.Equal(b.FirstResponse) &&
		a.FirstResponseOutcome == b.FirstResponseOutcome && a.Positive == b.Positive && a.Screened == b.Screened
}

func TestFactClamps(t *testing.T) {
	m := sampleMessage()
	m.Credits = 300
	f := FactFrom(m, OutcomeTimes{Replied: sent.Add(-time.Hour)}, Codes{})
	if f.Credits != 255 {
		t.Errorf("credits = %d, want 255", f.Credits)
	}
	if d, ok := f.Offset(Replied); !ok || d != 0 {
		t.Errorf("a reply before the send is stored at offset %d, %v; want 0", d, ok)
	}
}

func TestDecodeFactRefuses(t *testing.T) {
	good, _ := FactFrom(sampleMessage(), OutcomeTimes{}, Codes{}).MarshalBinary()
	bad := append([]byte{}, good...)
	bad[0] = 2
	for name, b := range map[string][]byte{"short": good[:63], "long": append(good, 0), "version": bad, "empty": nil} {
		if _, err := DecodeFact(b); err == nil || ErrorCode(err) != EINVALID {
			t.Errorf("%s: DecodeFact = %v, want an EINVALID error", name, err)
		}
	}
}

func FuzzDecodeFact(f *testing.F) {
	good, _ := FactFrom(sampleMessage(), OutcomeTimes{Replied: sent.Add(time.Hour)}, Codes{1, 2, 3, 4}).MarshalBinary()
	f.Add(good)
	f.Add(make([]byte, FactSize))
	f.Add([]byte{1})
	f.Fuzz(func(t *testing.T, b []byte) {
		fact, err := DecodeFact(b)
		if err != nil {
			return
		}
		again, err := fact.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		// Everything but the reserved bytes survives a round trip.
		if !bytes.Equal(again[:3], b[:3]) || !bytes.Equal(again[4:60], b[4:60]) {
			t.Errorf("re-encoded\n% x\nfrom\n% x", again, b)
		}
		back, err := DecodeFact(again)
		if err != nil || back != fact {
			t.Errorf("second decode = %+v, %v; want %+v", back, err, fact)
		}
	})
}

// FuzzFactState holds Fact.State equal to StatusOf on the fact's times.
func FuzzFactState(f *testing.F) {
	window := int64(ResponseWindow / time.Second)
	f.Add(int64(1_760_000_000), uint32(3600), uint32(0), uint32(window), uint32(0), uint32(0), uint8(0b00101), window, int64(0))
	f.Add(int64(0), uint32(window+1), uint32(window), uint32(0), uint32(9), uint32(1), uint8(0b11111), window+1, int64(500_000_000))
	f.Add(int64(-5), uint32(0), uint32(0), uint32(0), uint32(0), uint32(0), uint8(0), int64(-10), int64(1))
	f.Fuzz(func(t *testing.T, sentAt int64, a, d, r, s, w uint32, has uint8, nowOff, nowNanos int64) {
		if sentAt < -1<<40 || sentAt > 1<<40 || nowOff < -1<<40 || nowOff > 1<<40 {
			return
		}
		sent := time.Unix(sentAt, 0)
		var o OutcomeTimes
		for i, off := range []uint32{a, d, r, s, w} {
			if has&(1<<i) != 0 {
				o.Set(Outcome(i+1), sent.Add(time.Duration(min(off, NoOutcome-1))*time.Second))
			}
		}
		fact := FactFrom(Message{SentAt: sent}, o, Codes{})
		now := sent.Add(time.Duration(nowOff)*time.Second + time.Duration(nowNanos%1e9))
		if got, want := fact.State(now), StatusOf(fact.Sent(), fact.Outcomes(), now); !sameState(got, want) {
			t.Errorf("outcomes %+v at %v:\nState    %+v\nStatusOf %+v", o, now, got, want)
		}
	})
}
