package personalize

import "strings"

// skillWord reports whether w is a noun with which a line praises what
// someone can do as a whole ("your skills in ...", "your expertise in
// ..."), as a mail merge fills them from a skills list. A switch, as it
// is asked of every word of every line.
func skillWord(w string) bool {
	switch w {
	case "skills", "skill", "expertise", "experience", "background", "knowledge", "proficiency":
		return true
	}
	return false
}

// skillsFramed returns the line's words that a mail-merge field holds
// (skilled: their skills list, their qualifications) in a list said to be
// their skills: after "skills in", "expertise in", "background in" ("your
// skills in polysomnography, CPAP titration and MSLT"), or before "skills"
// ("your CPAP and MSLT skills"). A list that goes on to a word of no
// skill ("experience in this market") is no list of skills, and frames
// nothing.
func skillsFramed(toks []lineTok, skilled *tokSet) tokSet {
	var out tokSet
	if *skilled == (tokSet{}) {
		return out
	}
	for k := range toks {
		if !skillWord(toks[k].lower) {
			continue
		}
		if k+1 < len(toks) && (toks[k+1].lower == "in" || toks[k+1].lower == "of" || toks[k+1].lower == "with") {
			skillRun(toks, skilled, k+2, 1, &out)
		}
		skillRun(toks, skilled, k-1, -1, &out)
	}
	return out
}

// skillRun adds to out the list of words from toks[from] on, in the
// direction step, up to a small word that joins no list, a stop, or the
// line's end, when at least half its words are words of a mail-merge
// field (skilled): "polysomnography, CPAP titration and MSLT" where the
// list spells the first "Polisomnografia". Before "skills" the list is
// only the words of those fields next to it.
func skillRun(toks []lineTok, skilled *tokSet, from, step int, out *tokSet) {
	var run tokSet
	words, skills := 0, 0
	for j := from; j >= 0 && j < len(toks); j += step {
		t := &toks[j]
		if j != from && (step > 0 && listBreak(t) || step < 0 && listBreak(&toks[j+1])) {
			break
		}
		if listJoins[t.lower] || t.lower == "&" {
			continue
		}
		if t.number && !t.wordNum {
			run.add(j) // "AutoCAD Civil 3D"
			continue
		}
		if t.fn || t.scope || t.stock || step < 0 && !skilled.has(j) {
			break // "your Passive House certification and NEC contract experience"
		}
		run.add(j)
		words++
		if skilled.has(j) {
			skills++
		}
	}
	if skills > 0 && 2*skills >= words {
		for i := range out {
			out[i] |= run[i]
		}
	}
}

// listBreak reports whether the punctuation before t ends a list: any
// break but a comma.
func listBreak(t *lineTok) bool {
	return breaksAt(&t.token) && strings.TrimSpace(t.punctBefore) != ","
}
