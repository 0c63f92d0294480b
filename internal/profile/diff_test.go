package profile

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	old := Profile{
		ID: "https://www.linkedin.com/in/priya", Name: "Priya Raman", Title: "Associate", Company: "Halden Stroud & Co.",
		Skills:     []string{"LBOs", "Excel"},
		Experience: []Experience{{Title: "Associate", Company: "Halden Stroud & Co.", Start: "2019", End: "Present", Description: "Built the LBO model."}},
		About:      "Banker.",
		Extra:      map[string]any{"github": "priya"},
		Text:       "Priya Raman\nAssociate",
	}
	next := old
	next.Title = "Vice President"
	next.Skills = []string{"LBOs", "Unitranche"}
	next.Experience = []Experience{
		{Title: "Vice President", Company: "Halden Stroud & Co.", Start: "2022", End: "Present"},
		{Title: "Associate", Company: "Halden Stroud & Co.", Start: "2019", End: "2022", Description: "Built the LBO model."},
	}
	next.Extra = map[string]any{"github": "priya-r", "talks": "RustConf"}
	next.Text = "Priya Raman\nVice President"
	got := Diff(old, next)
	var lines []string
	for _, c := range got {
		lines = append(lines, c.String())
	}
	want := []string{
		`title: "Associate" → "Vice President"`,
		"skills: + Unitranche; − Excel",
		"experience: + Vice President · Halden Stroud & Co. · 2022–Present; + Associate · Halden Stroud & Co. · 2019–2022; − Associate · Halden Stroud & Co. · 2019–Present",
		"pasted page: 21 characters → 26 characters",
		`github: "\"priya\"" → "\"priya-r\""`,
		`talks: (none) → "\"RustConf\""`,
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if d := Diff(old, old); len(d) != 0 {
		t.Errorf("a profile against itself: %v", d)
	}
	// An entry whose short form stays but whose details change.
	desc := old
	desc.Experience = []Experience{{Title: "Associate", Company: "Halden Stroud & Co.", Start: "2019", End: "Present", Description: "Built the LBO model and the credit memo."}}
	if d := Diff(old, desc); len(d) != 1 || d[0].String() != "experience: ~ Associate · Halden Stroud & Co. · 2019–Present" {
		t.Errorf("a changed description: %v", d)
	}
	// Order only.
	order := old
	order.Skills = []string{"Excel", "LBOs"}
	if d := Diff(old, order); len(d) != 1 || d[0].String() != "skills: ~ the order" {
		t.Errorf("skills reordered: %v", d)
	}
}
