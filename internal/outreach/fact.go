package outreach

import (
	"encoding/binary"
	"time"
	"unicode/utf8"

	"github.com/inmail/inmail/internal/library"
)

// Fact is the compact record of one message that reports and the ledger scan
// instead of decoding whole messages: when it was sent, by whom, with which
// template, and when each outcome first happened. The store rewrites it
// whenever an event changes what the message's events add up to.
//
// Encoded, a Fact is FactSize bytes, little-endian:
//
//	off size field
//	  0   1  layout version (FactVersion)
//	  1   1  channel (library.Channel)
//	  2   1  credits charged
//	  3   1  flags: FlagFollowUp, FlagFollowedUp; other bits 0
//	  4   2  personalization length in runes (capped at 65535)
//	  6   2  body length in runes (capped at 65535)
//	  8   8  message id
//	 16   8  sent at, Unix seconds (signed)
//	 24   4  recruiter code   } codes from the store's dictionary
//	 28   4  template code    } (0 means empty); see Dict
//	 32   4  seniority code   }
//	 36   4  accepted  } seconds from sent-at to the first time the outcome
//	 40   4  declined  } happened (events in force only), or 0xFFFFFFFF
//	 44   4  replied   } (NoOutcome) when it did not
//	 48   4  screened  }
//	 52   4  withdrawn }
//	 56   4  brief id (0: none; Message.BriefID)
//	 60   4  on a follow-up, its id minus the id of the message it follows
//	         up (Message.FollowUpOf); 0 on any other message
//
// Byte 3 and bytes 60 to 63 were reserved (0) before follow-ups, so a
// record written then reads as a message neither following up nor
// followed up.
type Fact struct {
	ID uint64
	// SentAt is the send time in Unix seconds.
	SentAt                         int64
	Recruiter, Template, Seniority uint32
	// Brief is the message's brief id (0: none).
	Brief   uint32
	Channel library.Channel
	Credits uint8
	// PersonalizationLen and BodyLen are lengths in runes.
	PersonalizationLen, BodyLen uint16
	// Flags are FlagFollowUp and FlagFollowedUp.
	Flags uint8
	// FollowUpOf is, on a follow-up, the id of the message it follows up
	// (0 on any other message).
	FollowUpOf uint64

	// out holds, per outcome (index Outcome-1), 0 when it did not happen
	// and seconds-after-SentAt + 1 when it did, so the zero Fact has no
	// outcomes.
	out [5]uint32
}

// Fact layout constants.
const (
	// FactSize is the length of an encoded Fact.
	FactSize = 64
	// FactVersion is the layout version written in byte 0.
	FactVersion = 1
	// NoOutcome is the encoded offset of an outcome that did not happen.
	NoOutcome = 0xFFFFFFFF
)

// Fact flags (byte 3).
const (
	// FlagFollowUp marks a follow-up (FollowUpOf names its first
	// message): reports count it with that message, not on its own.
	FlagFollowUp uint8 = 1 << iota
	// FlagFollowedUp marks a message with a follow-up in force (one not
	// withdrawn).
	FlagFollowedUp
)

// Codes are a message's dictionary codes (see Dict), and its brief's id.
type Codes struct {
	Recruiter, Template, Seniority uint32
	Brief                          uint32
}

// FactFrom builds the fact of message m with folded outcomes o and the
// dictionary codes c.
func FactFrom(m Message, o OutcomeTimes, c Codes) Fact {
	f := Fact{
		ID:                 m.ID,
		SentAt:             m.SentAt.Unix(),
		Recruiter:          c.Recruiter,
		Template:           c.Template,
		Seniority:          c.Seniority,
		Brief:              c.Brief,
		Channel:            m.Channel,
		Credits:            uint8(min(max(m.Credits, 0), 255)),
		PersonalizationLen: runeLen(m.Personalization),
		BodyLen:            runeLen(m.Body),
	}
	if m.FollowUpOf != 0 && m.FollowUpOf < m.ID {
		f.Flags |= FlagFollowUp
		f.FollowUpOf = m.FollowUpOf
	}
	return f.WithOutcomes(o)
}

// IsFollowUp reports whether the message follows up another (FollowUpOf).
func (f Fact) IsFollowUp() bool { return f.Flags&FlagFollowUp != 0 }

// FollowedUp reports whether the message has a follow-up in force.
func (f Fact) FollowedUp() bool { return f.Flags&FlagFollowedUp != 0 }

// WithFollowUp returns f, the fact of a first message, marked with its
// follow-up fu: followed up, unless fu was withdrawn (never sent on
// LinkedIn) or ok is false.
func (f Fact) WithFollowUp(fu Fact, ok bool) Fact {
	f.Flags &^= FlagFollowedUp
	if _, withdrawn := fu.Offset(Withdrawn); ok && !withdrawn {
		f.Flags |= FlagFollowedUp
	}
	return f
}

func runeLen(s string) uint16 { return uint16(min(utf8.RuneCountInString(s), 65535)) }

// WithOutcomes returns f with its outcome times replaced by o. Times before
// the send count as at the send.
func (f Fact) WithOutcomes(o OutcomeTimes) Fact {
	for _, c := range Outcomes {
		at := o.At(c)
		if at.IsZero() {
			f.out[c-1] = 0
			continue
		}
		d := min(max(at.Unix()-f.SentAt, 0), NoOutcome-1)
		f.out[c-1] = uint32(d) + 1
	}
	return f
}

// Sent is the send time.
func (f Fact) Sent() time.Time { return time.Unix(f.SentAt, 0) }

// Offset returns how many seconds after the send outcome o first happened;
// ok is false when it did not.
func (f Fact) Offset(o Outcome) (seconds uint32, ok bool) {
	if o < Accepted || o > Withdrawn || f.out[o-1] == 0 {
		return 0, false
	}
	return f.out[o-1] - 1, true
}

// Time returns when outcome o first happened, or the zero time.
func (f Fact) Time(o Outcome) time.Time {
	d, ok := f.Offset(o)
	if !ok {
		return time.Time{}
	}
	return time.Unix(f.SentAt+int64(d), 0)
}

// Occurred reports whether outcome o happened at or before now.
func (f Fact) Occurred(o Outcome, now time.Time) bool {
	d, ok := f.Offset(o)
	return ok && f.SentAt+int64(d) <= now.Unix()
}

// FirstResponseOffset returns the seconds from the send to the first accept,
// decline or reply; ok is false when there was none.
func (f Fact) FirstResponseOffset() (seconds uint32, ok bool) {
	for _, c := range []Outcome{Accepted, Declined, Replied} {
		if d, has := f.Offset(c); has && (!ok || d < seconds) {
			seconds, ok = d, true
		}
	}
	return seconds, ok
}

// Outcomes returns the fact's outcome times, so StatusOf works on facts.
func (f Fact) Outcomes() OutcomeTimes {
	return OutcomeTimes{
		Accepted:  f.Time(Accepted),
		Declined:  f.Time(Declined),
		Replied:   f.Time(Replied),
		Screened:  f.Time(Screened),
		Withdrawn: f.Time(Withdrawn),
	}
}

// State is StatusOf(f.Sent(), f.Outcomes(), now), computed on the
// fact's whole seconds so that a report can afford it for every message
// (TestFactStateIsStatusOf and FuzzFactState hold the two equal).
func (f Fact) State(now time.Time) State {
	var s State
	// An outcome at second t has happened by now when t <= now, that is
	// when t <= now's whole second (t is whole).
	seen := now.Unix()
	deadline := f.SentAt + int64(ResponseWindow/time.Second)
	var first int64
	for _, c := range [...]Outcome{Accepted, Declined, Replied} {
		d, ok := f.Offset(c)
		at := f.SentAt + int64(d)
		if !ok || at > seen {
			continue
		}
		if s.FirstResponseOutcome == 0 || at < first {
			first, s.FirstResponseOutcome = at, c
		}
		if c.IsPositive() && at <= deadline {
			s.Positive = true
		}
	}
	if s.FirstResponseOutcome != 0 {
		s.FirstResponse = time.Unix(first, 0)
	}
	if d, ok := f.Offset(Screened); ok && f.SentAt+int64(d) <= seen {
		s.Screened = true
	}
	switch d, ok := f.Offset(Withdrawn); {
	case ok && f.SentAt+int64(d) <= seen:
		s.Status = StatusWithdrawn
		s.Positive = false
	case s.FirstResponseOutcome != 0 && first <= deadline:
		s.Status = StatusResponded
	case s.FirstResponseOutcome != 0:
		s.Status = StatusLate
	case now.After(time.Unix(deadline, 0)):
		s.Status = StatusNone
	default:
		s.Status = StatusAwaiting
		s.Left = time.Unix(deadline, 0).Sub(now)
	}
	return s
}

// AppendBinary implements encoding.BinaryAppender: it appends the FactSize
// bytes of f to b.
func (f Fact) AppendBinary(b []byte) ([]byte, error) {
	var r [FactSize]byte
	r[0] = FactVersion
	r[1] = byte(f.Channel)
	r[2] = f.Credits
	r[3] = f.Flags
	le := binary.LittleEndian
	le.PutUint16(r[4:], f.PersonalizationLen)
	le.PutUint16(r[6:], f.BodyLen)
	le.PutUint64(r[8:], f.ID)
	le.PutUint64(r[16:], uint64(f.SentAt))
	le.PutUint32(r[24:], f.Recruiter)
	le.PutUint32(r[28:], f.Template)
	le.PutUint32(r[32:], f.Seniority)
	for i, v := range f.out {
		le.PutUint32(r[36+4*i:], v-1) // 0 (none) wraps to NoOutcome
	}
	le.PutUint32(r[56:], f.Brief)
	if f.FollowUpOf != 0 && f.FollowUpOf < f.ID {
		le.PutUint32(r[60:], uint32(min(f.ID-f.FollowUpOf, 1<<32-1)))
	}
	return append(b, r[:]...), nil
}

// MarshalBinary implements encoding.BinaryMarshaler.
func (f Fact) MarshalBinary() ([]byte, error) { return f.AppendBinary(make([]byte, 0, FactSize)) }

// UnmarshalBinary implements encoding.BinaryUnmarshaler.
func (f *Fact) UnmarshalBinary(b []byte) error {
	v, err := DecodeFact(b)
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// DecodeFact reads an encoded Fact. It returns an *Error with code EINVALID
// when b is not FactSize bytes or has an unknown layout version.
func DecodeFact(b []byte) (Fact, error) {
	if len(b) != FactSize {
		return Fact{}, Errorf(EINVALID, "a fact record is %d bytes, not %d", FactSize, len(b))
	}
	if b[0] != FactVersion {
		return Fact{}, Errorf(EINVALID, "fact record version %d is not known to this inmail (it reads %d)", b[0], FactVersion)
	}
	le := binary.LittleEndian
	f := Fact{
		Channel:            library.Channel(b[1]),
		Credits:            b[2],
		Flags:              b[3],
		PersonalizationLen: le.Uint16(b[4:]),
		BodyLen:            le.Uint16(b[6:]),
		ID:                 le.Uint64(b[8:]),
		SentAt:             int64(le.Uint64(b[16:])),
		Recruiter:          le.Uint32(b[24:]),
		Template:           le.Uint32(b[28:]),
		Seniority:          le.Uint32(b[32:]),
		Brief:              le.Uint32(b[56:]),
	}
	for i := range f.out {
		f.out[i] = le.Uint32(b[36+4*i:]) + 1 // NoOutcome wraps to 0 (none)
	}
	if d := uint64(le.Uint32(b[60:])); d != 0 && d < f.ID {
		f.FollowUpOf = f.ID - d
	}
	return f, nil
}
