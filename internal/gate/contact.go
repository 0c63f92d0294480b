package gate

import (
	"fmt"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/words"
)

// CodeRecontact: someone on the team messaged the candidate within the
// contact window, and no reason to message them again was given.
const CodeRecontact = "recontact"

// Contacts is what the contact rule looks at for one compose.
type Contacts struct {
	// Recent are the messages to the candidate within Window before AsOf,
	// newest first.
	Recent outreach.History
	Window time.Duration
	AsOf   time.Time
	// Reason is why the recruiter messages them again; it is logged.
	Reason string
}

// Recontact applies the contact rule to d: when recent holds messages to
// the candidate (sent within window, newest first) and reason is blank,
// the send needs a reason, and the reason says who messaged them, when,
// and where that stands.
func Recontact(d Decision, candidate string, recent outreach.History, window time.Duration, reason string, now time.Time) Decision {
	if len(recent) == 0 || strings.TrimSpace(reason) != "" {
		return d
	}
	last := recent[0]
	more := ""
	if n := len(recent) - 1; n > 0 {
		more = fmt.Sprintf(" (and %s before)", words.Count(n, "other message"))
	}
	d.Reasons = append(d.Reasons, Reason{
		Code: CodeRecontact,
		Message: fmt.Sprintf("%s messaged %s %s (%s, message %d, %s)%s; messaging them again within %s needs a reason, which is logged.",
			last.Recruiter, candidate, outreach.Ago(last.SentAt, now), last.Channel.Label(), last.MessageID, last.Status, more,
			words.Count(int(window/(24*time.Hour)), "day")),
		short: "recently messaged by " + last.Recruiter + ": give a reason",
	})
	d.OK = false
	return d
}
