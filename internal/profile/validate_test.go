package profile

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	levels := []Level{{ID: "associate"}, {ID: "senior-associate"}}
	for _, tc := range []struct {
		name string
		p    Profile
		want string // "" for valid
	}{
		{"a level", Profile{Name: "A", Seniority: "senior-associate"}, ""},
		{"no seniority", Profile{Name: "A"}, ""},
		{"an id that is not a URL", Profile{ID: "inmail:7"}, ""},
		{"not a level", Profile{Seniority: "partner"}, `field seniority: "partner" is not a level; use one of associate, senior-associate`},
		{"a level's label, not its id", Profile{Seniority: "Associate"}, "field seniority"},
		{"control characters in the id", Profile{ID: "linkedin.com/in/a\x1b[2Jb"}, "field id: holds control characters"},
	} {
		err := tc.p.Validate(levels)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v, want valid", tc.name, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}
