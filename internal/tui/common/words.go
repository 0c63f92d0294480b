package common

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// CandidateName is who a message went to, on one line: the name, else
// the profile URL; never an id inmail made up (outreach.CandidateRef's
// Display).
func CandidateName(c outreach.CandidateRef) string { return c.Display() }

// SentCell writes a send time in now's zone for a column w cells wide: 16
// and more "2026-03-09 14:30"; 12 "Mar 09 14:30" this year, "2025-11-03"
// before; less "Mar 09" this year, "Nov'25" before.
func SentCell(t, now time.Time, w int) string {
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

// ChannelCell is the channel's label for a column w cells wide: "note"
// for a connection note and "f-up" for a follow-up when their labels do
// not fit.
func ChannelCell(c library.Channel, w int) string {
	switch {
	case c == library.Connection && w < len(c.Label()):
		return "note"
	case c == library.FollowUp && w < len(c.Label()):
		return "f-up"
	}
	return c.Label()
}

// ShortLevel writes a template id's level as its initials
// ("sa/lateral-move" for senior-associate/lateral-move), which keeps the
// name whole and still tells the levels' templates apart.
func ShortLevel(id string) string {
	level, name, ok := strings.Cut(id, "/")
	if !ok {
		return id
	}
	var b strings.Builder
	for _, p := range strings.Split(level, "-") {
		if r, _ := utf8.DecodeRuneInString(p); r != utf8.RuneError {
			b.WriteRune(r)
		}
	}
	return b.String() + "/" + name
}
