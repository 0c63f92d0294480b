package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// Who a count of people counts: those who work there ("1,200 staff") or
// those they serve ("1,200 pupils", "2 million customers"). One is never
// the other.
const (
	crowdNone = iota
	crowdWorkforce
	crowdServed
)

// workforceNouns and servedNouns are the keys of the nouns of each kind of
// crowd. Nouns for anyone ("people", "members") are neither.
var workforceNouns, servedNouns = func() (w, s map[string]bool) {
	w, s = map[string]bool{}, map[string]bool{}
	for _, x := range strings.Fields("staff employee employees colleague colleagues headcount fte ftes hire hires workforce workers " +
		foreignWorkforce) {
		w[stem(x)] = true
	}
	for _, x := range strings.Fields("pupil pupils student students learner learners patient patients customer customers client clients " +
		"user users resident residents passenger passengers visitor visitors tenant tenants subscriber subscribers guest guests " +
		"child children families household households beneficiary beneficiaries delegate delegates attendee attendees " +
		"shopper shoppers member-of-the-public consumers consumer citizens citizen service-users applicants applicant") {
		s[stem(x)] = true
	}
	return w, s
}()

// foreignWorkforce are the words for a firm's employees in the languages
// recruiters write lines in, folded: "210 salariés", "380 pracowników",
// "45 Mitarbeiter".
const foreignWorkforce = "salarie salaries employe employes collaborateurs empleados trabajadores colaboradores funcionarios " +
	"mitarbeiter mitarbeitende mitarbeitenden beschaftigte pracownikow pracownicy dipendenti medewerkers werknemers"

// crowdOf is the kind of crowd the nouns name, crowdNone when they name
// neither or both.
func crowdOf(nouns []string) int {
	kind := crowdNone
	for _, n := range nouns {
		k := crowdNone
		switch {
		case workforceNouns[n]:
			k = crowdWorkforce
		case servedNouns[n]:
			k = crowdServed
		}
		if k == crowdNone {
			continue
		}
		if kind != crowdNone && kind != k {
			return crowdNone
		}
		kind = k
	}
	return kind
}

// crowdProblems returns a sentence for each number of the line that counts
// one kind of crowd ("1,200 staff") where every figure the profile gives
// with that number counts the other ("across 1,200 pupils").
func crowdProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	var lbuf, pbuf [8]string
	for k := range toks {
		t := &toks[k]
		if !t.number || t.decade || t.scope || t.stock || t.ignored || !isNumeric(t.key) || isYear(t.key) && !t.wordNum {
			continue
		}
		nouns := countedBy(toks, k, lbuf[:0], false)
		kind := crowdOf(nouns)
		if kind == crowdNone {
			continue
		}
		if p := possessedAfter(toks, k); p != "" && crowdOf([]string{p}) != crowdNone && crowdOf([]string{p}) != kind {
			continue // "220 estate workers' children": the workers' or the children, either may be counted
		}
		var other *figure
		for i := range idx.figs {
			f := &idx.figs[i]
			if f.num != t.key || idx.segs[f.seg].kind == segContext || other != nil && other.seg == f.seg && other.pos == f.pos {
				continue
			}
			pn := countedBy(idx.segs[f.seg].toks, int(f.pos), pbuf[:0], true)
			if pk := crowdOf(pn); pk == crowdNone || pk == kind {
				other = nil
				break
			}
			if other == nil {
				other = f
			}
		}
		if other == nil {
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile's %s is %q. Use the figure their profile gives.",
			spanTo(line, toks, k, nouns[len(nouns)-1]), line[t.start:t.end], idx.figureText(*other)))
	}
	return out
}

// sameCrowd reports whether one of nouns and noun name the same kind of
// crowd ("pupils" and "students", "staff" and "employees").
func sameCrowd(nouns []string, noun string) bool {
	k := crowdOf([]string{noun})
	return k != crowdNone && slices.ContainsFunc(nouns, func(n string) bool { return crowdOf([]string{n}) == k })
}

// countsAs reports whether the profile has the line's number toks[k]
// counting what it counts, whatever scale word it is written with.
func (x *Index) countsAs(toks []lineTok, k int) bool {
	var buf [4]string
	nouns := countedBy(toks, k, buf[:0], false)
	for _, f := range x.figs {
		if f.num == toks[k].key && f.noun != "" && slices.Contains(nouns, f.noun) {
			return true
		}
	}
	return false
}

// possessedAfter returns the key of the noun after the possessive that
// ends what the number toks[k] counts ("children" of "220 estate workers'
// children"), or "".
func possessedAfter(toks []lineTok, k int) string {
	for j := k + 1; j+1 < len(toks) && j <= k+6; j++ {
		if breaksAt(&toks[j].token) {
			return ""
		}
		if ownerEnd(&toks[j].token, &toks[j+1].token) {
			if n := &toks[j+1]; content(&n.token) && !breaksAt(&n.token) {
				return n.key
			}
			return ""
		}
	}
	return ""
}
