package profile

import (
	"slices"
	"strings"
	"unicode"
)

// issuedBy reports whether a line under an award's title says who gave
// it or what it is associated with, as LinkedIn labels that line in the
// languages of the pages the reader reads.
func issuedBy(s string) bool {
	for _, p := range issuerLabels {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

var issuerLabels = []string{"Issued by ", "Associated with ", "Ausgestellt von ", "Verliehen von ", "Verknüpft mit ", "Emitido por ", "Expedido por ",
	"Asociado con ", "Associado a ", "Délivré par ", "Décerné par ", "Associé à ", "Rilasciato da ", "Associato a ", "Uitgegeven door ",
	"Gekoppeld aan ", "Wydane przez ", "Powiązane z ", "Utfärdat av ", "Kopplat till "}

// unspaced reports whether s is in a script written without spaces
// between words (Chinese, Japanese).
func unspaced(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// outcomeOnly reports whether an award's title line gives an outcome and
// a category but no awards and no year: "Shortlisted – Building
// Conservation", "Winner, Best Documentary".
func outcomeOnly(s string) bool {
	l := strings.ToLower(s)
	return lastYear(s) == 0 && !strings.Contains(l, "award") && !strings.Contains(l, "prize") &&
		slices.ContainsFunc([]string{"shortlist", "winner", "finalist", "highly commended", "commended", "runner", "nominee", "nominated", "gold", "silver", "bronze"},
			func(w string) bool { return strings.HasPrefix(l, w) })
}

// awardsEvent reports whether s names awards given together, with their
// year: "RICS Awards Scotland 2023", "Nursing Times Awards 2022".
func awardsEvent(s string) bool {
	l := strings.ToLower(s)
	return lastYear(s) != 0 && (strings.Contains(l, " awards") || strings.HasPrefix(l, "awards"))
}

// yearOf is the last year the lines of an award give, or 0.
func yearOf(lines []item) int {
	y := 0
	for _, it := range lines {
		if v := lastYear(it.s); v != 0 {
			y = v
		}
	}
	return y
}

// ownWork reports whether name, of three words or more, is the name of a
// project of theirs or is in the description of one of their positions.
func (ps *pageParser) ownWork(name string) bool {
	name = strings.Trim(name, "\"“”'‘’«» .")
	if countFields(name) < 3 || teamOrFirm(strings.ToLower(name), ps.p.Experience) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if groupWords[strings.Trim(w, ".,;:()")] {
			return false // "Awarded to the Akola unit": a team's
		}
	}
	l := strings.ToLower(name)
	for _, pr := range ps.p.Projects {
		if strings.EqualFold(pr.Name, name) {
			return true
		}
	}
	for _, x := range ps.p.Experience {
		if strings.Contains(strings.ToLower(x.Description), l) {
			return true
		}
	}
	return false
}

// groupWords name a group of people an award may go to.
var groupWords = map[string]bool{"unit": true, "site": true, "plant": true, "crew": true, "ward": true, "office": true, "branch": true,
	"group": true, "squad": true, "division": true, "staff": true, "teams": true, "colleagues": true}
