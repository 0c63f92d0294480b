package linkedin

import (
	"fmt"
	"strings"
	"time"
)

// LinkedIn's export writes DATE in UTC ("2026-10-06 09:31:44 UTC"), but a
// file that went through a spreadsheet, or an older export, can carry
// another zone. Go's time.Parse reads an abbreviation it does not know
// where the computer is as UTC, silently ("PST" became UTC), so the zone is
// read here: an abbreviation from zoneOffsets, or a numeric offset. One
// that names more than one offset is refused, as is one not in the table.

// zoneOffsets are the abbreviations read, with their offsets east of UTC
// in minutes. Each means one offset wherever it is used in English.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "UT": 0, "WET": 0,
	"BST": 60, "IST": -1, "WEST": 60, "CET": 60, "CEST": 120, "MET": 60, "MEST": 120,
	"EET": 120, "EEST": 180, "MSK": 180, "SAST": 120,
	"EST": -300, "EDT": -240, "CST": -1, "CDT": -300, "MST": -420, "MDT": -360,
	"PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
	"AST": -240, "ADT": -180, "NST": -210, "NDT": -150, "BRT": -180, "ART": -180,
	"GST": 240, "PKT": 300, "SGT": 480, "HKT": 480, "AWST": 480, "JST": 540, "KST": 540,
	"ACST": 570, "ACDT": 630, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
}

// ambiguousZones are abbreviations in common use for more than one offset
// (marked -1 above), and what they may mean.
var ambiguousZones = map[string]string{
	"CST": "US Central -06:00, China +08:00 or Cuba -05:00",
	"IST": "India +05:30, Ireland +01:00 or Israel +02:00",
}

// dateLayouts are the forms of a DATE without its zone, and with a
// numeric one.
var (
	localLayouts  = []string{"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02T15:04:05"}
	offsetLayouts = []string{time.RFC3339, "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -07:00", "2006-01-02 15:04 -0700", "2006-01-02 15:04 -07:00"}
)

// parseDate reads a DATE cell: a date and time followed by a zone
// abbreviation from zoneOffsets, by a numeric offset, or by nothing (UTC,
// as LinkedIn writes it). The error says what to write instead.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range offsetLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	body, zone := s, ""
	if i := strings.LastIndexByte(s, ' '); i > 0 && isZoneName(s[i+1:]) {
		body, zone = s[:i], strings.ToUpper(s[i+1:])
	}
	loc := time.UTC
	if zone != "" {
		off, ok := zoneOffsets[zone]
		switch {
		case !ok:
			return time.Time{}, fmt.Errorf("%q names the time zone %s, which inmail does not know; write the offset instead, like 2026-10-06 09:31:44 -0800", s, zone)
		case off == -1:
			return time.Time{}, fmt.Errorf("%q names the time zone %s, which means %s; write the offset instead, like 2026-10-06 09:31:44 -0600", s, zone, ambiguousZones[zone])
		}
		loc = time.FixedZone(zone, off*60)
	}
	for _, layout := range localLayouts {
		if t, err := time.ParseInLocation(layout, body, loc); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date like 2026-10-06 09:31:44 UTC", s)
}

// isZoneName reports whether s looks like a zone abbreviation: 1 to 5
// letters.
func isZoneName(s string) bool {
	if len(s) == 0 || len(s) > 5 {
		return false
	}
	for _, c := range s {
		if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
			return false
		}
	}
	return true
}
