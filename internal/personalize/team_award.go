package personalize

import "strings"

// An award the page gives to their team or firm is not theirs to be
// credited with; a line that gives it to their team is right.

// teamAward starts the whose of an award to their team or firm.
const teamAward = "an award to their team or firm"

// teamNouns name the group an award to a team is given to.
var teamNouns = wordSet("team teams unit ward department dept firm practice service group office squad crew")

// teamCredited reports whether the sentence of the line that holds
// toks[at] gives the award to their team: "your team's", "a credit to
// your team", "the unit you lead".
func teamCredited(toks []lineTok, at int) bool { return teamCreditedBy(toks, at, false) }

// teamCreditedBy is teamCredited, with only team nouns in lower case when
// apart is set: "the Litigation Team of the Year" names an award, not
// who won it.
func teamCreditedBy(toks []lineTok, at int, apart bool) bool {
	lo, hi := at, at
	for lo > 0 && !toks[lo].sentStart && !strings.ContainsAny(toks[lo].punctBefore, ".;!?") {
		lo--
	}
	for hi+1 < len(toks) && !toks[hi+1].sentStart && !strings.ContainsAny(toks[hi+1].punctBefore, ".;!?") {
		hi++
	}
	for k := max(lo, 1); k <= hi; k++ {
		w := strings.TrimSuffix(strings.TrimSuffix(toks[k].lower, "'s"), "’s")
		if apart && toks[k].capital {
			continue
		}
		if teamNouns[w] && (toks[k-1].lower == "your" || toks[k-1].lower == "the") {
			return true
		}
		if teamNouns[w] && k >= 2 && toks[k-2].lower == "your" && content(&toks[k-1].token) && !breaksAt(&toks[k-1].token) && !breaksAt(&toks[k].token) {
			return true // "your Lambeth team"
		}
		if teamNouns[w] && !toks[k].capital && namedTeam(toks, k) {
			return true // "the Hjellestad–Lerøy conversion team", "the Hallam & Pike team"
		}
		if !toks[k].capital && foreignTeam(w) {
			return true // "för polarruttsteamet", "à votre équipe"
		}
	}
	return false
}

// foreignTeam reports whether w names a team in a line in another
// language: "équipe", "equipo", "Team" in German or Dutch, and Swedish,
// Norwegian and Danish compounds in "-teamet" ("polarruttsteamet").
func foreignTeam(w string) bool {
	return foreignTeams[w] || len(w) > len("teamet") && (strings.HasSuffix(w, "teamet") || strings.HasSuffix(w, "teamets"))
}

var foreignTeams = wordSet("équipe equipe équipes equipes equipo equipos equipa squadra zespół zespołowi zespołu ekibi ekibine ekibe teamet")

// namedTeam reports whether the team noun toks[k] closes "the" or "your"
// and up to three words that name the team, joined by hyphens or dashes
// at most: "the Hjellestad–Lerøy conversion team".
func namedTeam(toks []lineTok, k int) bool {
	for m := k - 1; m >= 0 && m >= k-4; m-- {
		if toks[m].lower == "the" || toks[m].lower == "your" {
			return m < k-1
		}
		if !content(&toks[m].token) || strings.TrimSpace(toks[m+1].punctBefore) != "" && !strings.ContainsAny(toks[m+1].punctBefore, "-–&") {
			return false
		}
	}
	return false
}

// teamAward reports whether s is an award to their team or firm.
func (s *segment) teamAward() bool {
	return s.kind == segContext && strings.HasPrefix(s.whose, teamAward)
}

// overclaims reports whether line says an award was won that src, the
// award's text, gives a lesser outcome for ("winning" for "highly
// commended").
func overclaims(line, src string) bool {
	said := " " + strings.ToLower(line) + " "
	src = " " + strings.ToLower(src) + " "
	return containsAny(said, []string{" won ", " win ", " winning ", " winner", " winners "}) && !containsAny(src, winWords) &&
		lesserOutcome(said, src) != ""
}
