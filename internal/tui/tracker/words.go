package tracker

import (
	"strings"
	"time"

	"github.com/inmail/inmail/internal/library"
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

// channelWord is the channel in a table cell.
func channelWord(c library.Channel) string {
	switch c {
	case library.InMail:
		return "InMail"
	case library.Connection:
		return "note"
	}
	return c.String()
}

// clock writes t in now's location to the minute.
func clock(t, now time.Time) string { return t.In(now.Location()).Format("2006-01-02 15:04") }

// sentCell writes a send time for a column w cells wide: 16 and more
// "2026-03-09 14:30"; 12 "Mar 09 14:30" this year, "2025-11-03" before;
// less "Mar 09" this year, "Nov'25" before.
func sentCell(t, now time.Time, w int) string {
	t = t.In(now.Location())
	thisYear := t.Year() == now.Year()
	switch {
	case w >= 16:
		return t.Format("2006-01-02 15:04")
	case w >= 12 && thisYear:
		return t.Format("Jan 02 15:04")
	case w >= 12:
		return t.Format("2006-01-02")
	case thisYear:
		return t.Format("Jan 02")
	}
	return t.Format("Jan'06")
}

// candidateName is who a message went to, on one line.
func candidateName(m outreach.Message) string {
	if n := strings.Join(strings.Fields(m.Candidate.Name), " "); n != "" {
		return n
	}
	return m.Candidate.ID
}
