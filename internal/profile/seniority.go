package profile

import (
	"fmt"
	"strconv"
	"time"
)

// SuggestSeniority picks the level whose range of years holds the
// candidate's years of experience: the longer of the years since their
// earliest graduation and the years since the earliest start date in
// Experience (a pasted profile often lists only recent positions). why
// says which it used, for the recruiter to confirm. With no year on the
// profile it returns "", 0 and why says so.
func SuggestSeniority(p *Profile, levels []Level, now time.Time) (id string, years int, why string) {
	grad, start := 0, 0
	for _, e := range p.Education {
		if e.Year > 1900 && e.Year <= now.Year() && (grad == 0 || e.Year < grad) {
			grad = e.Year
		}
	}
	for _, x := range p.Experience {
		if y := lastYear(x.Start); y > 1900 && y <= now.Year() && (start == 0 || y < start) {
			start = y
		}
	}
	switch {
	case grad == 0 && start == 0:
		return "", 0, "no graduation year or start date on the profile"
	case start != 0 && (grad == 0 || start < grad):
		years = now.Year() - start
		why = fmt.Sprintf("%d years since their first listed position (%d)", years, start)
	default:
		years = now.Year() - grad
		why = fmt.Sprintf("%d years since graduating (%d)", years, grad)
	}
	if len(levels) == 0 {
		return "", years, why
	}
	best, bestDist := 0, -1
	for i, l := range levels {
		d := 0
		switch {
		case years < l.MinYears:
			d = l.MinYears - years
		case l.MaxYears > 0 && years > l.MaxYears:
			d = years - l.MaxYears
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = i, d
		}
	}
	l := levels[best]
	span := strconv.Itoa(l.MinYears) + "+"
	if l.MaxYears > 0 {
		span = fmt.Sprintf("%d-%d", l.MinYears, l.MaxYears)
	}
	label := l.Label
	if label == "" {
		label = l.ID
	}
	return l.ID, years, fmt.Sprintf("%s; %s is %s years", why, label, span)
}
