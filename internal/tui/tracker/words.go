package tracker

import (
	"time"
)

// clock writes t in now's location to the minute.
func clock(t, now time.Time) string { return t.In(now.Location()).Format("2006-01-02 15:04") }
