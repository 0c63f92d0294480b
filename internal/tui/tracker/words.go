package tracker

import (
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// entryWords is common.StatusWords for a decoded message.
func entryWords(e outreach.Entry) string {
	var first time.Duration
	if !e.FirstResponse.IsZero() {
		first = e.FirstResponse.Sub(e.SentAt)
	}
	return common.StatusWords(e.Status, e.Left, first, e.Screened)
}

// clock writes t in now's location to the minute.
func clock(t, now time.Time) string { return t.In(now.Location()).Format("2006-01-02 15:04") }
