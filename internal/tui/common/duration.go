package common

import (
	"strconv"
	"strings"
	"time"
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
