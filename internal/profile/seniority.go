package profile

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Evidence is what a seniority suggestion was made from, strongest first.
type Evidence int

const (
	// NoEvidence: nothing on the profile says.
	NoEvidence Evidence = iota
	// TitleEvidence: a level's title in the current title ("Senior
	// Associate"), or in the headline when there is no title.
	TitleEvidence
	// AdmissionEvidence: years since admission to practise law.
	AdmissionEvidence
	// QualifiedEvidence: years since the first qualified role (not a
	// trainee, intern, paralegal or student position).
	QualifiedEvidence
	// GraduationEvidence: years since the earliest graduation.
	GraduationEvidence
)

// String names the evidence.
func (e Evidence) String() string {
	switch e {
	case TitleEvidence:
		return "title"
	case AdmissionEvidence:
		return "admission"
	case QualifiedEvidence:
		return "qualified experience"
	case GraduationEvidence:
		return "graduation"
	}
	return "none"
}

// Suggestion is a suggested seniority level and why.
type Suggestion struct {
	// Level is the level id, "" when there is no evidence or no levels.
	Level string
	// Years are the years of experience counted (0 for title evidence).
	Years    int
	Evidence Evidence
	// Why says which evidence was used, for the recruiter to confirm:
	// "Senior Associate in the current title", "7 years since admission
	// (2018); Senior associate is 4-8 years".
	Why string
}

// Suggest picks a level from the evidence on the profile, in order: a
// level's title in the current title (or the headline when there is
// none); then qualified experience, counted for a lawyer from their
// admission and otherwise from their first qualified role (trainee,
// intern, paralegal and student positions do not count); then the years
// since their earliest graduation.
func Suggest(p *Profile, levels []Level, now time.Time) Suggestion {
	if s, ok := titleLevel(p, levels); ok {
		return s
	}
	var s Suggestion
	switch year, what := admissionYear(p, now); {
	case year != 0:
		s = Suggestion{Years: now.Year() - year, Evidence: AdmissionEvidence}
		s.Why = fmt.Sprintf("%s since admission (%s, %d)", yearsWord(s.Years), what, year)
	default:
		if year, what := firstQualified(p, now); year != 0 {
			s = Suggestion{Years: now.Year() - year, Evidence: QualifiedEvidence}
			s.Why = fmt.Sprintf("%s since their first qualified role (%s, %d)", yearsWord(s.Years), what, year)
		} else if year := graduation(p, now); year != 0 {
			s = Suggestion{Years: now.Year() - year, Evidence: GraduationEvidence}
			s.Why = fmt.Sprintf("%s since graduating (%d)", yearsWord(s.Years), year)
		} else {
			return Suggestion{Why: "no level in the title and no start, admission or graduation year on the profile"}
		}
	}
	if len(levels) == 0 {
		return s
	}
	l := levelForYears(levels, s.Years)
	s.Level = l.ID
	span := strconv.Itoa(l.MinYears) + "+"
	if l.MaxYears > 0 {
		span = fmt.Sprintf("%d-%d", l.MinYears, l.MaxYears)
	}
	s.Why = fmt.Sprintf("%s; %s is %s years", s.Why, labelOf(l), span)
	return s
}

// SuggestSeniority is Suggest as three values: the level id, the years
// counted and why.
func SuggestSeniority(p *Profile, levels []Level, now time.Time) (id string, years int, why string) {
	s := Suggest(p, levels, now)
	return s.Level, s.Years, s.Why
}

func yearsWord(n int) string {
	if n == 1 {
		return "1 year"
	}
	return fmt.Sprintf("%d years", n)
}

func labelOf(l Level) string {
	if l.Label != "" {
		return l.Label
	}
	return l.ID
}

// levelForYears is the level whose range holds years, or the nearest.
func levelForYears(levels []Level, years int) Level {
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
	return levels[best]
}

// titleLevel finds a level's title in the current title, else in the
// headline: the longest title that appears as whole words wins ("Senior
// Associate" over "Associate"), and of two as long, the more senior level.
func titleLevel(p *Profile, levels []Level) (Suggestion, bool) {
	title, where := currentTitle(p), "the current title"
	if title == "" {
		title, where = headlineTitle(p.Headline), "the headline"
	}
	if title == "" {
		return Suggestion{}, false
	}
	padded := " " + wordsOf(title) + " "
	best, bestLen := -1, 0
	var matched string
	for i, l := range levels {
		for _, t := range l.Titles {
			w := wordsOf(t)
			if w == "" || len(w) < bestLen || !strings.Contains(padded, " "+w+" ") {
				continue
			}
			if len(w) > bestLen || i > best {
				best, bestLen, matched = i, len(w), t
			}
		}
	}
	if best < 0 {
		return Suggestion{}, false
	}
	l := levels[best]
	return Suggestion{Level: l.ID, Evidence: TitleEvidence,
		Why: fmt.Sprintf("%s in %s", asWritten(title, matched), where)}, true
}

// currentTitle is the profile's title, else the title of the current
// position (one with no end, or ending "Present").
func currentTitle(p *Profile) string {
	if t := strings.TrimSpace(p.Title); t != "" {
		return t
	}
	if cur, ok := currentPosition(p.Experience); ok {
		return strings.TrimSpace(cur.Title)
	}
	return ""
}

// currentPosition is the first position with no end, or one ending
// "Present".
func currentPosition(xs []Experience) (Experience, bool) {
	for _, x := range xs {
		switch strings.ToLower(strings.TrimSpace(x.End)) {
		case "", "present", "now", "current", "today":
			if strings.TrimSpace(x.Title) != "" {
				return x, true
			}
		}
	}
	return Experience{}, false
}

// headlineTitle is the title part of a headline: "Senior Associate at
// Varden Legal" is "Senior Associate", "Audit Manager | Financial
// Services" is "Audit Manager".
func headlineTitle(h string) string {
	for _, sep := range []string{" | ", " at ", " @ ", " bei ", " chez ", " en ", " · ", " - ", ", "} {
		h, _, _ = strings.Cut(h, sep)
	}
	return strings.TrimSpace(h)
}

// wordsOf is s in lower case with everything but letters and digits as
// single spaces: "Trainee-Solicitor (NQ)" is "trainee solicitor nq".
func wordsOf(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// asWritten is the title's own spelling of the matched level title, or
// the level title when the title spells it with other punctuation.
func asWritten(title, matched string) string {
	for i := range title {
		if j := i + len(matched); j <= len(title) && strings.EqualFold(title[i:j], matched) {
			return title[i:j]
		}
	}
	return matched
}

// admissionWords mark a licence that admits someone to practise law.
var admissionWords = []string{"admitted", "admission", "bar", "solicitor", "barrister", "attorney", "advocate", "abogado",
	"abogada", "avocat", "avocate", "advokat", "rechtsanwalt", "rechtsanwältin", "law society", "called to the", "roll of"}

// admissionYear is the year of the earliest admission to practise law on
// the profile (a licence saying so, with a year), and what it was.
func admissionYear(p *Profile, now time.Time) (int, string) {
	year, what := 0, ""
	consider := func(s string) {
		w := " " + wordsOf(s) + " "
		for _, a := range admissionWords {
			if strings.Contains(w, " "+wordsOf(a)+" ") {
				if y := lastYear(s); y > 1900 && y <= now.Year() && (year == 0 || y < year) {
					year = y
					what, _, _ = strings.Cut(s, ",")
				}
				return
			}
		}
	}
	for _, c := range p.Certifications {
		consider(c)
	}
	for k, v := range p.Extra {
		if strings.Contains(strings.ToLower(k), "admi") || strings.Contains(strings.ToLower(k), "licen") {
			consider(k + " " + text(v))
		}
	}
	return year, strings.TrimSpace(what)
}

// preQualified are the words of positions held before qualifying.
var preQualified = []string{"trainee", "intern", "internship", "paralegal", "student", "clerk", "pupil", "pupillage",
	"apprentice", "summer", "vacation", "referendar", "referendarin", "rechtsreferendar", "rechtsreferendarin",
	"stagiaire", "placement", "werkstudent"}

// firstQualified is the start year of the earliest position that is not a
// trainee, intern, paralegal or student one, and what it was.
func firstQualified(p *Profile, now time.Time) (int, string) {
	year, what := 0, ""
	for _, x := range p.Experience {
		if preQualifiedRole(x) {
			continue
		}
		y := lastYear(x.Start)
		if y <= 1900 || y > now.Year() || year != 0 && y >= year {
			continue
		}
		year = y
		what = strings.TrimSpace(x.Title)
		if c := strings.TrimSpace(x.Company); c != "" {
			what = strings.TrimSpace(what + " at " + c)
		}
	}
	return year, what
}

func preQualifiedRole(x Experience) bool {
	t := strings.ToLower(x.Type)
	if t == "internship" || t == "apprenticeship" {
		return true
	}
	w := " " + wordsOf(x.Title) + " "
	for _, p := range preQualified {
		if strings.Contains(w, " "+p+" ") {
			return true
		}
	}
	return false
}

// graduation is the earliest graduation year on the profile, or 0.
func graduation(p *Profile, now time.Time) int {
	grad := 0
	for _, e := range p.Education {
		if e.Year > 1900 && e.Year <= now.Year() && (grad == 0 || e.Year < grad) {
			grad = e.Year
		}
	}
	return grad
}
