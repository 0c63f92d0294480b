package clipboard

import (
	"fmt"
	"strings"
)

// Part is which part of a message a copy holds. LinkedIn has a subject
// line and a message box, so the body (the paste that matters most) and
// the subject are copied one at a time; Both is the two as one block.
type Part int

// The parts. The zero Part is the body.
const (
	Body Part = iota
	Subject
	Both
)

// Parts lists every part, in the order flags list them.
var Parts = []Part{Body, Subject, Both}

// String is the part's name as a flag takes it: body, subject or both.
func (p Part) String() string {
	switch p {
	case Body:
		return "body"
	case Subject:
		return "subject"
	case Both:
		return "both"
	}
	return fmt.Sprintf("Part(%d)", int(p))
}

// ParsePart reads a part's name, in any case.
func ParsePart(s string) (Part, error) {
	for _, p := range Parts {
		if strings.EqualFold(strings.TrimSpace(s), p.String()) {
			return p, nil
		}
	}
	return Body, fmt.Errorf("%q is not a part of a message to copy: use body, subject or both", s)
}

// Pick is what a copy of part p of a message holds, and what to call it
// when saying what was copied: "the body", "the subject", "the subject
// and body". A message without a subject (a connection note) is all body,
// whatever part is asked for.
func (p Part) Pick(subject, body string) (text, what string) {
	if strings.TrimSpace(subject) == "" {
		return body, "the note"
	}
	switch p {
	case Subject:
		return subject, "the subject"
	case Both:
		return Text(subject, body), "the subject and body"
	}
	return body, "the body"
}
