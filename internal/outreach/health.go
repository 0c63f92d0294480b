package outreach

import (
	"fmt"
	"iter"
	"time"

	"github.com/inmail/inmail/internal/library"
)

// LinkedIn's InMail quality policy, and where inmail starts warning.
const (
	// HealthPeriod is the span LinkedIn looks back over.
	HealthPeriod = 14 * 24 * time.Hour
	// HealthMinimum is how many InMails in HealthPeriod make the policy apply.
	HealthMinimum = 100
	// HealthLine is the response rate under which LinkedIn may restrict
	// bulk InMail.
	HealthLine = 0.13
	// HealthWarnLine is the rate under which inmail warns.
	HealthWarnLine = 0.18
	// HealthWarnFrom is how many InMails in HealthPeriod make a low rate
	// worth a warning before the policy applies: half way to HealthMinimum.
	HealthWarnFrom = HealthMinimum / 2
)

// Level is how worried the recruiter should be about their response rate.
type Level uint8

// The levels.
const (
	// LevelOK: nothing to do.
	LevelOK Level = iota
	// LevelWarn: the rate is low and the policy applies or soon will.
	LevelWarn
	// LevelDanger: the policy applies and the rate is under the line.
	LevelDanger
)

// String is the level's name.
func (l Level) String() string {
	switch l {
	case LevelOK:
		return "ok"
	case LevelWarn:
		return "warn"
	case LevelDanger:
		return "danger"
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}

// MarshalText implements encoding.TextMarshaler.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// HealthState is the recruiter's InMail response rate as LinkedIn's policy
// sees it.
type HealthState struct {
	// Sent counts InMails sent in the last HealthPeriod (withdrawn ones left
	// out: LinkedIn never saw them).
	Sent int `json:"sent"`
	// Responded counts those accepted, declined or replied to by now, at any
	// delay (LinkedIn's count is not inmail's 7-day window).
	Responded int `json:"responded"`
	// Awaiting counts those with no response whose 7-day window is open.
	Awaiting int `json:"awaiting"`
	// Rate is Responded / Sent (0 when nothing was sent).
	Rate float64 `json:"rate"`
	// Applies reports that Sent reached HealthMinimum.
	Applies bool   `json:"applies"`
	Level   Level  `json:"level"`
	Message string `json:"message"`
}

// Health measures the InMails among facts sent in the HealthPeriod up to now
// against LinkedIn's 13% line. Like LinkedIn, it counts responses to the
// InMails sent in the period, so an InMail still awaiting a response counts
// as not responded: the rate is what LinkedIn would see now, and it can only
// rise as answers come in. The caller picks whose facts to pass (one
// recruiter's). Levels: danger when the policy applies and the rate is under
// HealthLine; warn when the rate is under HealthWarnLine and at least
// HealthWarnFrom InMails were sent; ok otherwise.
func Health(facts iter.Seq[Fact], now time.Time) HealthState {
	var h HealthState
	from := now.Add(-HealthPeriod).Unix()
	to := now.Unix()
	for f := range facts {
		if f.Channel != library.InMail || f.SentAt <= from || f.SentAt > to || f.Occurred(Withdrawn, now) {
			continue
		}
		h.Sent++
		if off, ok := f.FirstResponseOffset(); ok && f.SentAt+int64(off) <= to {
			h.Responded++
		} else if to <= f.SentAt+int64(ResponseWindow/time.Second) {
			h.Awaiting++
		}
	}
	if h.Sent > 0 {
		h.Rate = float64(h.Responded) / float64(h.Sent)
	}
	h.Applies = h.Sent >= HealthMinimum
	count := fmt.Sprintf("%d of %d InMails in 14 days", h.Responded, h.Sent)
	if h.Awaiting > 0 {
		count += fmt.Sprintf(", %d still awaiting", h.Awaiting)
	}
	pct := fmt.Sprintf("%.0f%%", 100*h.Rate)
	switch {
	case h.Sent == 0:
		h.Message = "No InMails sent in the last 14 days."
	case h.Applies && h.Rate < HealthLine:
		h.Level = LevelDanger
		h.Message = fmt.Sprintf("Response rate %s (%s) is under LinkedIn's 13%% line: LinkedIn may restrict your InMail, so send fewer and more personal messages.", pct, count)
	case h.Applies && h.Rate < HealthWarnLine:
		h.Level = LevelWarn
		h.Message = fmt.Sprintf("Response rate %s (%s) is close to LinkedIn's 13%% line; send fewer and more personal messages.", pct, count)
	case h.Sent >= HealthWarnFrom && h.Rate < HealthWarnLine:
		h.Level = LevelWarn
		h.Message = fmt.Sprintf("Response rate %s (%s) would be near or under LinkedIn's 13%% line, which applies from 100 InMails in 14 days.", pct, count)
	case h.Applies:
		h.Message = fmt.Sprintf("Response rate %s (%s) is above LinkedIn's 13%% line.", pct, count)
	default:
		h.Message = fmt.Sprintf("Response rate %s (%s); LinkedIn's 13%% line applies from 100 InMails in 14 days.", pct, count)
	}
	return h
}
