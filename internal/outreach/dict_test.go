package outreach

import "testing"

func TestDict(t *testing.T) {
	var d Dict
	m := sampleMessage()
	c := d.Intern(m)
	if c != (Codes{1, 1, 1, 0}) {
		t.Errorf("first codes = %+v, want 1s", c)
	}
	m.Recruiter = "Sam Ortiz"
	m.Seniority = ""
	if c := d.Intern(m); c != (Codes{2, 1, 0, 0}) {
		t.Errorf("second codes = %+v, want {2 1 0}", c)
	}
	if got := d.Recruiters.Name(2); got != "Sam Ortiz" {
		t.Errorf("Name(2) = %q", got)
	}
	if got := d.Recruiters.Name(99); got != "" {
		t.Errorf("Name(99) = %q, want empty", got)
	}
	if c, ok := d.Templates.Code(m.TemplateID); !ok || c != 1 {
		t.Errorf("Code(template) = %d, %v", c, ok)
	}
	if _, ok := d.Templates.Code("nope"); ok {
		t.Error("unknown name has a code")
	}
}

func TestCodeSet(t *testing.T) {
	names := Names{"", "Jordan Blake", "Sam Reyes"}
	if s := names.Set(nil); s != nil || !s.Has(1) || !s.Has(99) {
		t.Errorf("no names keeps every code: %v", s)
	}
	s := names.Set([]string{"Sam Reyes", "Nobody"})
	if s.Has(1) || !s.Has(2) || s.Has(3) || s.Has(0) {
		t.Errorf("Set(Sam Reyes, Nobody) = %v: want only code 2", s)
	}
}
