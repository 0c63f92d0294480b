package common

import (
	"strconv"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

// Span writes a duration in at most two units, abbreviated, as tables show
// it: "2d 5h", "5h 12m", "12m", "<1m".
func Span(d time.Duration) string {
	if d < time.Minute {
		return "<1m"
	}
	type unit struct {
		d    time.Duration
		name string
	}
	day, hour, minute := unit{24 * time.Hour, "d"}, unit{time.Hour, "h"}, unit{time.Minute, "m"}
	units := []unit{minute}
	switch {
	case d >= day.d:
		units = []unit{day, hour}
	case d >= hour.d:
		units = []unit{hour, minute}
	}
	var parts []string
	for _, u := range units {
		n := int64(d / u.d)
		d -= time.Duration(n) * u.d
		if n > 0 {
			parts = append(parts, strconv.FormatInt(n, 10)+u.name)
		}
	}
	return strings.Join(parts, " ")
}

// StatusWords says where a message stands, short enough for a table cell:
// "awaiting · 2d 5h left", "responded in 1d 4h", "late · after 9d 2h",
// "no response", "withdrawn", and "· screened" when a call was booked.
// first is the time from the send to the first response.
func StatusWords(s outreach.Status, left, first time.Duration, screened bool) string {
	var w string
	switch s {
	case outreach.StatusAwaiting:
		w = "awaiting · " + Span(left) + " left"
	case outreach.StatusResponded:
		w = "responded in " + Span(first)
	case outreach.StatusLate:
		w = "late · after " + Span(first)
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
