package common

import "time"

// SendTiming says how good a moment t (local time) is to send, after
// LinkedIn's published data: Friday and Saturday get the fewest responses,
// weekday mornings the most. good is false for Friday afternoon, weekends
// and outside 08:00–18:00; the text is a gentle hint, never a block.
func SendTiming(t time.Time) (text string, good bool) {
	h := t.Hour()
	switch wd := t.Weekday(); {
	case wd == time.Saturday || wd == time.Sunday:
		return "weekend: fewer replies, Monday morning does better", false
	case wd == time.Friday && h >= 12:
		return "Friday afternoon: fewer replies, Monday morning does better", false
	case h < 8:
		return "early: replies pick up after 08:00", false
	case h >= 18:
		return "evening: weekday mornings get the most replies", false
	case h < 12:
		return "good time to send", true
	}
	return "fine time to send (mornings do best)", true
}
