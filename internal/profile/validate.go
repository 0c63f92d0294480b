package profile

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Validate finds what makes a profile unusable as a candidate, whichever
// way it came in (a file, a paste, the add-candidate form): a seniority
// that is not one of levels (the library's, from templates/seniority.yaml),
// or an id with control characters. The error names the field and says
// what to do.
func (p *Profile) Validate(levels []Level) error {
	if p.Seniority != "" && !slices.ContainsFunc(levels, func(l Level) bool { return l.ID == p.Seniority }) {
		ids := make([]string, len(levels))
		for i, l := range levels {
			ids[i] = l.ID
		}
		return fmt.Errorf("field seniority: %q is not a level; use one of %s", p.Seniority, strings.Join(ids, ", "))
	}
	if strings.ContainsFunc(p.ID, unicode.IsControl) {
		return errors.New("field id: holds control characters; use the profile URL")
	}
	return nil
}
