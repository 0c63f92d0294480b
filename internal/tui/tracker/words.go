package tracker

import (
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// statusWords says where a message stands, short enough for a table
// cell: "awaiting · 2d 5h left", "responded in 1d 4h", "late · after 9d
// 2h", "no response", "withdrawn", and "· screened" when a call was
// booked.
func statusWords(s outreach.Status, left, first time.Duration, screened bool) string {
	var w string
	switch s {
	case outreach.StatusAwaiting:
		w = "awaiting · " + common.Span(left) + " left"
	case outreach.StatusResponded:
		w = "responded in " + common.Span(first)
	case outreach.StatusLate:
		w = "late · after " + common.Span(first)
	case outreach.StatusNone:
		w = "no response"
	case outreach.StatusWithdrawn:
		w = "withdrawn"
	default:
		w = s.String()
	}
	if screened {
		w += " · screened"
	}
	return w
}

// entryWords is statusWords for a decoded message.
func entryWords(e outreach.Entry) string {
	var first time.Duration
	if !e.FirstResponse.IsZero() {
		first = e.FirstResponse.Sub(e.SentAt)
	}
	return statusWords(e.Status, e.Left, first, e.Screened)
}

// clock writes t in now's location to the minute.
func clock(t, now time.Time) string { return t.In(now.Location()).Format("2006-01-02 15:04") }
