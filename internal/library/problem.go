package library

import (
	"cmp"
	"fmt"
	"slices"
)

// Problem is something wrong with a template file or with seniority.yaml,
// at a position a person can jump to. Line and Col count from 1 (Col in
// characters, not bytes); a Line of 0 means the problem is with the file as
// a whole, such as one that cannot be read.
type Problem struct {
	File string
	Line int
	Col  int
	Msg  string
}

// String formats the problem as file:line:col: message, the form editors
// and compilers use.
func (p Problem) String() string {
	if p.Line <= 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
}

// Error makes a Problem usable as an error.
func (p Problem) Error() string { return p.String() }

// sortProblems orders problems by file, then position, so output is stable.
func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}
