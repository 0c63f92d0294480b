package cli

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Every command reads a time the same way (parseTime, and parseDay for a
// whole day); the three flag families differ in what else they take and
// in how they say no.

// parseTime reads a moment: RFC 3339, or a date and time of day
// ("2006-01-02 15:04", with seconds, or with a T) in loc.
func parseTime(s string, loc *time.Location) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, true
	}
	for _, layout := range []string{"2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseDay reads a date in loc as the start of that day or, with end, the
// start of the next, so that an --until date includes the day it names.
func parseDay(s string, loc *time.Location, end bool) (time.Time, bool) {
	t, err := time.ParseInLocation(time.DateOnly, strings.TrimSpace(s), loc)
	if err != nil {
		return time.Time{}, false
	}
	if end {
		t = t.AddDate(0, 0, 1)
	}
	return t, true
}

// parseAt reads --at: a moment as parseTime reads it.
func parseAt(s string, loc *time.Location) (time.Time, error) {
	if t, ok := parseTime(s, loc); ok {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("cannot read the time %q given with --at; write it like 2026-10-06 09:30 (local time) or 2026-10-06T09:30:00+01:00", strings.TrimSpace(s))
}

// parseBound reads inmail log's --since or --until: a date (see parseDay)
// or a moment.
func parseBound(flag, s string, loc *time.Location, end bool) (time.Time, error) {
	if t, ok := parseDay(s, loc, end); ok {
		return t, nil
	}
	if t, ok := parseTime(s, loc); ok {
		return t, nil
	}
	return time.Time{}, badInput(fmt.Errorf("%s %q is not a date or time; write it like 2026-03-09 (local), 2026-03-09 14:30 (local) or 2026-03-09T14:30:00Z", flag, s))
}

var relative = regexp.MustCompile(`^(\d+)([dw])$`)

// parseTimeAt reads the report flags' times: a moment, a date, a month, or
// a span before now ("90d", "12w"), in loc. With end set, a date or month
// means the end of it (the start of the next), so "--until 2025-03-31"
// includes March 31.
func parseTimeAt(s string, loc *time.Location, end bool, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if m := relative.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[1])
		if m[2] == "w" {
			n *= 7
		}
		return now.AddDate(0, 0, -n), nil
	}
	if t, ok := parseTime(s, loc); ok {
		return t.In(loc), nil
	}
	if t, ok := parseDay(s, loc, end); ok {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01", s, loc); err == nil {
		if end {
			t = t.AddDate(0, 1, 0)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("cannot read %q as a time: use 2025-01-31, 2025-01, 2025-01-31T09:00, RFC 3339 (2025-01-31T09:00:00Z) or a span ago such as 90d or 12w", s)
}
