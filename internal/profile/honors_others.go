package profile

import "strings"

// firmNamed reports whether a sentence says an employer of theirs, or a
// team, was named or won the award titled title: "Green Mountain Soy Co.
// was named Vermont Manufacturer of the Year" (not another award the same
// night: "Halden Blackwood won Installer of the Year at the same
// ceremony" under their own shortlisting).
func firmNamed(s, title string, jobs []Experience) bool {
	l := strings.ToLower(s)
	i, rest := -1, ""
	for _, v := range []string{" was named ", " were named ", " was awarded ", " was recognised ", " was recognized ", " won "} {
		if j := strings.Index(l, v); j > 0 && (i < 0 || j < i) {
			i, rest = j, l[j+len(v):]
		}
	}
	if ts := titleStart(title); i < 0 || ts == "" || !strings.Contains(rest, ts) {
		return false
	}
	return teamOrFirm(l[:i], jobs)
}

// titleStart is the first three words of an award's title in lower case,
// without what brackets add ("(Small Business)", "(shortlisted)").
func titleStart(title string) string {
	if i := strings.IndexByte(title, '('); i > 0 {
		title = title[:i]
	}
	f := strings.Fields(strings.ToLower(title))
	return strings.Join(f[:min(3, len(f))], " ")
}

// namesThem reports whether who, in lower case, has a word of the
// candidate's name: "awarded to Priya Raghunathan and the NICU team".
func namesThem(who, name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if len(w) > 2 && strings.Contains(who, w) {
			return true
		}
	}
	return false
}

// teamOrFirm reports whether who, in lower case, is a team or an employer
// of theirs (its name's first two words, or its one word).
func teamOrFirm(who string, jobs []Experience) bool {
	for _, w := range []string{"team", "department", "desk", "firm", "practice"} {
		if strings.Contains(" "+who+" ", " "+w+" ") || strings.Contains(" "+who, " "+w+"'") {
			return true
		}
	}
	for _, x := range jobs {
		f := strings.Fields(strings.ToLower(x.Company))
		if len(f) >= 2 && strings.Contains(who, f[0]+" "+f[1]) || len(f) == 1 && strings.Contains(" "+who+" ", " "+f[0]+" ") {
			return true
		}
	}
	return false
}

// othersHonor reports whether an award as a profile file gives it, its
// fields joined ("name, issuer, description, year"), says it went to
// their team or firm: "..., Awarded to Mont Orgueil Trustees' corporate
// services team.", or an employer of theirs "was named" it. An award
// given to a deal, a ship or a building is the candidate's to claim.
func othersHonor(h, name string, jobs []Experience) bool {
	title, _, _ := strings.Cut(h, ", ")
	for _, part := range strings.FieldsFunc(h, func(r rune) bool { return r == ',' || r == '.' || r == ';' }) {
		part = strings.TrimSpace(part)
		if firmNamed(part, title, jobs) {
			return true
		}
		if who := strings.ToLower(awardedTo(part)); who != "" && teamOrFirm(who, jobs) && !namesThem(who, name) {
			return true
		}
	}
	return false
}
