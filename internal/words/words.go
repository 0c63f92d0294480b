// Package words writes counts, numbers and durations the way every inmail
// command and screen shows them, so "3 days" in a sentence, "3d" in a table
// and "2,000 messages" read the same wherever they appear. It is the one
// pluraliser and the one duration formatter of the module.
package words

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Thousands writes n with comma separators: 1,234,567.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Plural is the form of a word for n things: one when n is 1, else many
// (Plural(n, "it", "them")).
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Count writes n things of a noun with a regular plural: "1 message",
// "2,000 messages".
func Count(n int, noun string) string {
	return Thousands(n) + " " + Plural(n, noun, noun+"s")
}

// Style is how Duration writes a duration.
type Style int

// The styles.
const (
	// Short is for table cells: at most two units, abbreviated ("2d 5h",
	// "5h 12m", "12m", "<1m").
	Short Style = iota
	// Long is for sentences: the same units in words ("2 days 5 hours",
	// "5 hours 12 minutes", "12 minutes", "under a minute").
	Long
	// Decimal is for medians, one unit with a decimal ("42m", "27.5h",
	// "3.2d"): minutes under an hour, hours under two days, then days.
	Decimal
)

// String names the style.
func (s Style) String() string {
	switch s {
	case Short:
		return "short"
	case Long:
		return "long"
	case Decimal:
		return "decimal"
	}
	return fmt.Sprintf("Style(%d)", int(s))
}

// unit is one unit of a duration, with its names in each style.
type unit struct {
	d           time.Duration
	short, long string
}

var (
	day    = unit{24 * time.Hour, "d", "day"}
	hour   = unit{time.Hour, "h", "hour"}
	minute = unit{time.Minute, "m", "minute"}
)

// Duration writes d in style s. Short and Long use days and hours from a
// day on, hours and minutes from an hour, else minutes, leaving out a unit
// that is zero; both truncate.
func Duration(d time.Duration, s Style) string {
	if s == Decimal {
		switch {
		case d < time.Hour:
			return fmt.Sprintf("%dm", int(d.Round(time.Minute)/time.Minute))
		case d < 2*day.d:
			return fmt.Sprintf("%.1fh", d.Hours())
		}
		return fmt.Sprintf("%.1fd", d.Hours()/24)
	}
	if d < time.Minute {
		if s == Long {
			return "under a minute"
		}
		return "<1m"
	}
	units := []unit{minute}
	switch {
	case d >= day.d:
		units = []unit{day, hour}
	case d >= hour.d:
		units = []unit{hour, minute}
	}
	var parts []string
	for _, u := range units {
		n := int(d / u.d)
		d -= time.Duration(n) * u.d
		switch {
		case n == 0:
		case s == Long:
			parts = append(parts, Count(n, u.long))
		default:
			parts = append(parts, strconv.Itoa(n)+u.short)
		}
	}
	return strings.Join(parts, " ")
}
