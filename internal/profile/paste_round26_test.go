package profile

import (
	"strings"
	"testing"
)

// TestProjectDates: the date line under a project on a pasted page is when
// it ran, read as a position's dates are, and not its description.
func TestProjectDates(t *testing.T) {
	page := "Facundo Ibáñez\nMago para chicos\nCórdoba, Argentina\n\n" +
		"Projects\nMagia en Lengua de Señas\nMar 2022 - Nov 2022\n" +
		"Show bilingüe en Lengua de Señas Argentina (LSA). 18 funciones en escuelas.\n" +
		"Pro bono clinic for housing tenants\n2020 - Present\nWeekly clinic run with FLAC for tenants facing eviction.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	want := []Project{
		{Name: "Magia en Lengua de Señas", Start: "Mar 2022", End: "Nov 2022", Description: "Show bilingüe en Lengua de Señas Argentina (LSA). 18 funciones en escuelas."},
		{Name: "Pro bono clinic for housing tenants", Start: "2020", End: "Present", Description: "Weekly clinic run with FLAC for tenants facing eviction."},
	}
	if len(p.Projects) != len(want) {
		t.Fatalf("got %d projects %+v, want %d", len(p.Projects), p.Projects, len(want))
	}
	for i, w := range want {
		if p.Projects[i] != w {
			t.Errorf("project %d: got %+v, want %+v", i, p.Projects[i], w)
		}
	}
}

// TestProjectDatesOfJSON: a project's start and end in the JSON form are
// its dates, not words of its description, in the strict reading and in
// the lenient one a list given as one string takes.
func TestProjectDatesOfJSON(t *testing.T) {
	for _, src := range []string{
		`{"name": "Ada Pike", "projects": [{"name": "Tide gauge", "start": "2021", "end": "2022", "description": "Built it."}]}`,
		`{"name": "Ada Pike", "skills": "Welding, Rigging", "projects": [{"name": "Tide gauge", "start": "2021", "end": "2022", "description": "Built it."}]}`,
	} {
		ps, err := ReadJSON(strings.NewReader(src), "p.json")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := ps[0].Projects, []Project{{Name: "Tide gauge", Start: "2021", End: "2022", Description: "Built it."}}; len(got) != 1 || got[0] != want[0] {
			t.Errorf("%s: got %+v, want %+v", src, got, want)
		}
	}
}
