package outreach

import (
	"fmt"
	"iter"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/library"
)

// RefundWindow is how long after sending an accept, decline or reply still
// earns the InMail credit back (LinkedIn Recruiter's rule).
const RefundWindow = 90 * 24 * time.Hour

// Seat is the credit policy of a LinkedIn licence.
type Seat struct {
	// Monthly is the allotment added at the start of each calendar month.
	Monthly int
	// Cap is the most credits the seat can hold at the start of a month,
	// allotment included; unused credits roll over up to it. A cap below
	// Monthly means no rollover.
	Cap int
	// Refunds: an InMail accepted, declined or replied to within
	// RefundWindow gives its credit back.
	Refunds bool
	// FollowUpCredit: a follow-up in an InMail's conversation costs a
	// credit too (false, the default: it is free, as on LinkedIn
	// Recruiter). What a follow-up charged is logged with it, so changing
	// this later changes only follow-ups sent after.
	FollowUpCredit bool
}

// FollowUpCredits is what a follow-up sent on the seat charges: 1 when
// the seat says follow-ups cost a credit, else 0.
func (s Seat) FollowUpCredits() int {
	if s.FollowUpCredit {
		return 1
	}
	return 0
}

// Preset is a LinkedIn licence whose credit policy inmail knows, or a
// custom allotment. The zero value is PresetRecruiter, the seat of a
// config that names none.
type Preset uint8

// The seat presets, in the order they are offered.
const (
	// PresetRecruiter: 150 a month, rollover up to 4x (600), refunds.
	PresetRecruiter Preset = iota
	// PresetRecruiterLite: 30 a month. LinkedIn publishes no separate cap
	// for it; like the other Premium-family licences (Sales Navigator: 50,
	// cap 150) it holds three months' worth, 90. Refunds as Recruiter.
	PresetRecruiterLite
	// PresetSalesNavigator: 50 a month, cap 150; LinkedIn credits back
	// InMails answered within 90 days here too.
	PresetSalesNavigator
	// PresetCustom starts from Recruiter's rules (4x cap, refunds) with the
	// monthly allotment the config gives.
	PresetCustom
)

// Presets lists every preset, in the order they are offered.
var Presets = []Preset{PresetRecruiter, PresetRecruiterLite, PresetSalesNavigator, PresetCustom}

// String is the preset's name as config.yaml writes it: recruiter,
// recruiter-lite, sales-navigator or custom.
func (p Preset) String() string {
	switch p {
	case PresetRecruiter:
		return "recruiter"
	case PresetRecruiterLite:
		return "recruiter-lite"
	case PresetSalesNavigator:
		return "sales-navigator"
	case PresetCustom:
		return "custom"
	}
	return fmt.Sprintf("Preset(%d)", uint8(p))
}

// Label is the licence's name as LinkedIn writes it: "Recruiter Lite".
func (p Preset) Label() string {
	switch p {
	case PresetRecruiter:
		return "Recruiter"
	case PresetRecruiterLite:
		return "Recruiter Lite"
	case PresetSalesNavigator:
		return "Sales Navigator"
	case PresetCustom:
		return "Custom"
	}
	return p.String()
}

// Seat is the licence's published policy. A custom seat has none of its
// own: its allotment comes from the config (see SeatFor), so Seat returns
// Recruiter's rules with no allotment.
func (p Preset) Seat() Seat {
	switch p {
	case PresetRecruiter:
		return Seat{Monthly: 150, Cap: 600, Refunds: true}
	case PresetRecruiterLite:
		return Seat{Monthly: 30, Cap: 90, Refunds: true}
	case PresetSalesNavigator:
		return Seat{Monthly: 50, Cap: 150, Refunds: true}
	}
	return Seat{Refunds: true}
}

// ParsePreset reads a preset's name; "" is PresetRecruiter. It returns an
// *Error with code EINVALID for a name it does not know.
func ParsePreset(s string) (Preset, error) {
	if s == "" {
		return PresetRecruiter, nil
	}
	for _, p := range Presets {
		if p.String() == s {
			return p, nil
		}
	}
	names := make([]string, len(Presets))
	for i, p := range Presets {
		names[i] = p.String()
	}
	return 0, Errorf(EINVALID, "unknown seat preset %q: use %s", s, strings.Join(names, ", "))
}

// MarshalText implements encoding.TextMarshaler.
func (p Preset) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (p *Preset) UnmarshalText(b []byte) error {
	v, err := ParsePreset(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// SeatOverrides are the values a config may set on top of a preset; nil
// keeps the preset's value.
type SeatOverrides struct {
	Monthly        *int
	Cap            *int
	Refunds        *bool
	FollowUpCredit *bool
}

// SeatFor builds a seat from a preset and the config's overrides. It
// returns an *Error with code EINVALID for a custom seat without a monthly
// allotment, or a negative number. A custom seat without a cap gets 4x its
// allotment.
func SeatFor(preset Preset, o SeatOverrides) (Seat, error) {
	s := preset.Seat()
	if preset == PresetCustom {
		if o.Monthly == nil {
			return Seat{}, Errorf(EINVALID, "a custom seat needs a monthly allotment (seat.monthly in the config)")
		}
		s = Seat{Monthly: *o.Monthly, Cap: 4 * *o.Monthly, Refunds: true}
	}
	if o.Monthly != nil {
		s.Monthly = *o.Monthly
	}
	if o.Cap != nil {
		s.Cap = *o.Cap
	}
	if o.Refunds != nil {
		s.Refunds = *o.Refunds
	}
	if o.FollowUpCredit != nil {
		s.FollowUpCredit = *o.FollowUpCredit
	}
	if s.Monthly < 0 || s.Cap < 0 {
		return Seat{}, Errorf(EINVALID, "seat credits must be zero or more (monthly %d, cap %d)", s.Monthly, s.Cap)
	}
	return s, nil
}

// Spent is the credits a message charged, as of now: its Credits (an
// InMail's, or a follow-up's on a seat where follow-ups cost one), unless
// it was withdrawn (never actually sent on LinkedIn, so nothing was spent).
func Spent(f Fact, now time.Time) int {
	if (f.Channel != library.InMail && f.Channel != library.FollowUp) || f.Occurred(Withdrawn, now) {
		return 0
	}
	return int(f.Credits)
}

// Returned is the credits the seat gives back for a message, as of now:
// what it spent, when the seat refunds and the first accept, decline or reply
// came within RefundWindow of sending and by now. when is the moment the
// credit came back (the first response).
func (s Seat) Returned(f Fact, now time.Time) (credits int, when time.Time) {
	spent := Spent(f, now)
	if !s.Refunds || spent == 0 {
		return 0, time.Time{}
	}
	at, ok := f.FirstResponseOffset()
	if !ok || int64(at) > int64(RefundWindow/time.Second) {
		return 0, time.Time{}
	}
	when = time.Unix(f.SentAt+int64(at), 0)
	if when.After(now) {
		return 0, time.Time{}
	}
	return spent, when
}

// Month is one calendar month of a seat's credits.
type Month struct {
	// Start is the first instant of the month in the recruiter's location.
	Start time.Time `json:"start"`
	// Allotment is the seat's monthly credits.
	Allotment int `json:"allotment"`
	// CarriedOver is what rolled over from the month before, after the cap.
	CarriedOver int `json:"carried_over"`
	// Set and SetAt, on the month of the anchor the ledger counts from,
	// are the balance LinkedIn showed and when (SetAt is zero on every
	// other month). That month's Allotment and CarriedOver are then 0, as
	// the balance holds them, and Spent and Returned count only what came
	// after SetAt.
	Set   int       `json:"set,omitempty"`
	SetAt time.Time `json:"set_at,omitzero"`
	// Spent counts credits charged by InMails sent this month.
	Spent int `json:"spent"`
	// Returned counts credits given back this month (for responses that
	// came this month, whenever the InMail was sent).
	Returned int `json:"returned"`
	// Left is CarriedOver + Allotment (or Set) - Spent + Returned. It can
	// go below zero when more was logged than the seat had.
	Left int `json:"left"`
}

// Anchor is a seat's balance as LinkedIn showed it at a moment (`inmail
// credits set N`): the ledger counts from the latest one instead of
// working the balance out from the seat's start.
type Anchor struct {
	// Recruiter is whose seat it is, as the log names them.
	Recruiter string `json:"recruiter"`
	// At is when LinkedIn showed Balance; Recorded when it was recorded.
	At       time.Time `json:"at"`
	Balance  int       `json:"balance"`
	Recorded time.Time `json:"recorded"`
}

// Validate checks that the balance is a count of credits.
func (a Anchor) Validate() error {
	if a.Balance < 0 || a.Balance > 100_000 {
		return Errorf(EINVALID, "%d is not a credit balance LinkedIn shows: give the number of InMail credits left, 0 or more", a.Balance)
	}
	if a.At.IsZero() {
		return Errorf(EINVALID, "a credit balance needs the time LinkedIn showed it")
	}
	return nil
}

// Ledger derives a seat's months from the log, never from a stored counter.
// Months are calendar months in now's location, from the month holding start
// (zero: the current month) to the month holding now; the last element is
// the current month, which `inmail credits` shows. There is always at least
// that one month. Messages sent before start or after now are left out, with
// their refunds, as are refunds that come after now: a send logged with an
// old date can spend a credit of its month but never add months, and so
// never adds allotments.
//
// The model: at the start of each month the seat gets Monthly credits on top
// of what is carried over, and it holds at most Cap (so CarriedOver is at
// most Cap - Monthly, and never below zero). Within a month the order of
// sends and refunds does not matter: Left is a sum, and the cap only limits
// what rolls into the next month. A credit comes back in the month of the
// response that earns it. A withdrawn InMail spends nothing.
//
// An anchor (non-zero, not after now) replaces the working-out up to its
// moment: its month starts from its Balance, and only sends and refunds
// after it count there; later months follow from it as usual. Months
// before it are shown as worked out. An anchor before start moves the
// start back to its month.
func Ledger(seat Seat, start time.Time, anchor Anchor, facts iter.Seq[Fact], now time.Time) []Month {
	loc := now.Location()
	type tally struct{ spent, returned int }
	byMonth := map[int]*tally{}
	add := func(month, spent, returned int) {
		t := byMonth[month]
		if t == nil {
			t = &tally{}
			byMonth[month] = t
		}
		t.spent += spent
		t.returned += returned
	}
	last := monthIndex(now)
	first := last
	if !start.IsZero() {
		first = min(monthIndex(start.In(loc)), last)
	}
	anchored := !anchor.At.IsZero() && !anchor.At.After(now)
	am := -1
	if anchored {
		am = monthIndex(anchor.At.In(loc))
		first = min(first, am)
	}
	// inBalance: the anchor's balance already holds what happened at t.
	inBalance := func(month int, t time.Time) bool { return month == am && !t.After(anchor.At) }
	for f := range facts {
		sent := f.Sent().In(loc)
		m := monthIndex(sent)
		if sent.After(now) || m < first {
			continue
		}
		spent := Spent(f, now)
		if spent == 0 {
			continue
		}
		if !inBalance(m, sent) {
			add(m, spent, 0)
		}
		if r, when := seat.Returned(f, now); r > 0 {
			if wm := monthIndex(when.In(loc)); !inBalance(wm, when) {
				add(wm, 0, r)
			}
		}
	}
	months := make([]Month, 0, last-first+1)
	carry := 0
	for m := first; m <= last; m++ {
		cur := Month{
			Start:       time.Date(m/12, time.Month(m%12+1), 1, 0, 0, 0, 0, loc),
			Allotment:   seat.Monthly,
			CarriedOver: min(max(carry, 0), max(seat.Cap-seat.Monthly, 0)),
		}
		if m == am {
			cur.Allotment, cur.CarriedOver = 0, 0
			cur.Set, cur.SetAt = anchor.Balance, anchor.At
		}
		if t := byMonth[m]; t != nil {
			cur.Spent, cur.Returned = t.spent, t.returned
		}
		cur.Left = cur.CarriedOver + cur.Allotment + cur.Set - cur.Spent + cur.Returned
		carry = cur.Left
		months = append(months, cur)
	}
	return months
}

// monthIndex numbers calendar months (year*12 + month-1) in t's location.
func monthIndex(t time.Time) int {
	y, m, _ := t.Date()
	return y*12 + int(m) - 1
}
