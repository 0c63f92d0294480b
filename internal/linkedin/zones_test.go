package linkedin

import (
	"strings"
	"testing"
	"time"
)

// TestDateZones is issue 12's finding 6 for imports: a reply time marked
// "PST" in messages.csv was read as UTC. Named zones are read with their
// offsets, numeric offsets too, and a zone that means more than one offset,
// or none inmail knows, is refused with the row.
func TestDateZones(t *testing.T) {
	utc := func(s string) time.Time {
		t.Helper()
		v, err := time.Parse("2006-01-02 15:04:05", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, tt := range []struct{ in, want string }{
		{"2026-10-06 09:31:44 UTC", "2026-10-06 09:31:44"},
		{"2026-10-06 09:31:44", "2026-10-06 09:31:44"},
		{"2026-10-06 09:31:44 GMT", "2026-10-06 09:31:44"},
		{"2026-12-06 09:31:44 PST", "2026-12-06 17:31:44"},
		{"2026-07-06 09:31:44 PDT", "2026-07-06 16:31:44"},
		{"2026-12-06 09:31:44 EST", "2026-12-06 14:31:44"},
		{"2026-07-06 09:31:44 EDT", "2026-07-06 13:31:44"},
		{"2026-07-06 09:31:44 BST", "2026-07-06 08:31:44"},
		{"2026-12-06 09:31:44 CET", "2026-12-06 08:31:44"},
		{"2026-07-06 09:31:44 CEST", "2026-07-06 07:31:44"},
		{"2026-07-06 09:31:44 AEST", "2026-07-05 23:31:44"},
		{"2026-07-06 09:31 pst", "2026-07-06 17:31:00"},
		{"2026-07-06 09:31:44 -0800", "2026-07-06 17:31:44"},
		{"2026-07-06 09:31:44 +05:30", "2026-07-06 04:01:44"},
		{"2026-07-06T09:31:44+01:00", "2026-07-06 08:31:44"},
	} {
		got, err := parseDate(tt.in)
		if err != nil || !got.Equal(utc(tt.want)) || got.Location() != time.UTC {
			t.Errorf("parseDate(%q) = %v, %v; want %s UTC", tt.in, got, err, tt.want)
		}
	}
	csv := "c1,,Ana,https://www.linkedin.com/in/ana,Jo,https://www.linkedin.com/in/jo,2026-10-07 10:00:00 UTC,,Yes,INBOX\n"
	for _, tt := range []struct{ date, want string }{
		{"2026-10-07 10:00:00 CST", `m.csv:3: column "DATE": "2026-10-07 10:00:00 CST" names the time zone CST, which means US Central -06:00, China +08:00 or Cuba -05:00; write the offset instead`},
		{"2026-10-07 10:00:00 IST", "which means India +05:30, Ireland +01:00 or Israel +02:00"},
		{"2026-10-07 10:00:00 XYZ", `names the time zone XYZ, which inmail does not know; write the offset instead, like 2026-10-06 09:31:44 -0800`},
		{"07/10/2026 10:00", `is not a date like 2026-10-06 09:31:44 UTC`},
	} {
		bad := strings.Replace(csv, "2026-10-07 10:00:00 UTC", tt.date, 1)
		_, err := ReadMessages("m.csv", strings.NewReader(header+csv+bad))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err %v, want %q", tt.date, err, tt.want)
		}
	}
}
