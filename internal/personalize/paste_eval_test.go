package personalize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// renderPaste writes a structured profile the way a copy of its LinkedIn
// page reads, with the usual noise, so every structured case can also be
// checked through the paste parser.
func renderPaste(p *profile.Profile) string {
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	line("%s", p.Name)
	line("%s", p.Name)
	line("· 2nd")
	headline := p.Headline
	if headline == "" {
		headline = p.Title + " at " + p.Company
	}
	line("%s", headline)
	line("%s · Contact info", p.Location)
	line("500+ connections")
	line("Message")
	line("")
	if p.About != "" {
		line("About")
		line("%s… see more", p.About)
		line("")
	}
	if len(p.Experience) > 0 {
		line("Experience")
		for _, e := range p.Experience {
			line("%s logo", e.Company)
			line("%s", e.Title)
			line("%s · Full-time", e.Company)
			end := e.End
			if strings.EqualFold(end, "present") {
				end = "Present"
			}
			line("%s - %s · 3 yrs 2 mos", e.Start, end)
			if e.Description != "" {
				line("%s", e.Description)
			}
			line("")
		}
	}
	if len(p.Education) > 0 {
		line("Education")
		for _, e := range p.Education {
			line("%s", e.School)
			deg := strings.TrimSpace(e.Degree + ", " + e.Field)
			line("%s", strings.Trim(deg, ", "))
			if e.Year != 0 {
				line("%d - %d", e.Year-3, e.Year)
			}
			line("")
		}
	}
	if len(p.Skills) > 0 {
		line("Skills")
		for _, s := range p.Skills {
			line("%s", s)
			line("%s", s)
			line("12 endorsements")
		}
		line("Show all %d skills", len(p.Skills)+7)
		line("")
	}
	if len(p.Certifications) > 0 {
		line("Licenses & certifications")
		for _, c := range p.Certifications {
			line("%s", c)
			line("Issued Jan 2020")
		}
		line("")
	}
	if len(p.Projects) > 0 {
		line("Projects")
		for _, pr := range p.Projects {
			line("%s", pr.Name)
			line("%s", pr.Description)
			line("")
		}
	}
	if len(p.Publications) > 0 {
		line("Publications")
		for _, pub := range p.Publications {
			line("%s", pub.Title)
			line("%s · %d", pub.Publisher, pub.Year)
			line("")
		}
	}
	if len(p.Volunteering) > 0 {
		line("Volunteering")
		for _, v := range p.Volunteering {
			line("%s", v)
			line("2019 - Present")
			line("")
		}
	}
	if len(p.Honors) > 0 {
		line("Honors & awards")
		for _, h := range p.Honors {
			line("%s", h)
			line("Issued by the organisers · 2021")
			line("")
		}
	}
	return b.String()
}

// TestPastedCases checks every structured case again with its profile given
// only as pasted text: the verdicts should hardly change.
func TestPastedCases(t *testing.T) {
	var n, same int
	for _, path := range []string{"testdata/dev.jsonl", "testdata/cases.jsonl"} {
		for _, c := range readCases(t, path) {
			if c.Profile.Text != "" {
				continue
			}
			n++
			pasted := &profile.Profile{Text: renderPaste(&c.Profile)}
			v := Check(pasted, c.Personalization, Options{})
			if v.OK == c.Expect {
				same++
				continue
			}
			t.Logf("MISS %s (expect %v) as paste: %s\n    %s", c.ID, c.Expect, c.Personalization, v)
		}
	}
	t.Logf("%d structured cases as pasted text: %d right (%.1f%%)", n, same, share(same, n))
	if share(same, n) < 95 {
		t.Errorf("only %.1f%% of cases right through the paste parser; want at least 95%%", share(same, n))
	}
}
