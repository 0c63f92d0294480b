package profile

import (
	"slices"
	"strings"
	"testing"
)

// TestSkillsLineUnderAnEntryInOtherInterfaces: the skills line LinkedIn
// shows under a position ends "und +3 Kenntnisse" in German and "et +2
// compétences" in French, as "and +3 skills" in English: its skills are
// skills, not words of the position's description.
func TestSkillsLineUnderAnEntryInOtherInterfaces(t *testing.T) {
	for _, c := range []struct{ page, skill, more string }{
		{"Jana Roth\nBauleiterin\nKöln, Nordrhein-Westfalen, Deutschland\n\nBerufserfahrung\nBauleiterin\nHochtief · Vollzeit\n" +
			"Jan. 2019 – Heute · 5 J. 2 Mon.\nBauleitung für 14 Schulneubauten in Köln.\nTerminplanung, Kostenkontrolle und +3 Kenntnisse\n",
			"Kostenkontrolle", "Kenntnisse"},
		{"Léa Morel\nConductrice de travaux\nLyon, Auvergne-Rhône-Alpes, France\n\nExpérience\nConductrice de travaux\nEiffage · Temps plein\n" +
			"janv. 2019 - aujourd’hui · 5 ans\nSuivi de 9 chantiers de logements à Villeurbanne.\nPlanification, Métrés et +2 compétences\n",
			"Métrés", "compétences"},
	} {
		p, err := ReadPage(c.page)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Experience) != 1 {
			t.Fatalf("experience %+v", p.Experience)
		}
		if d := p.Experience[0].Description; strings.Contains(d, c.more) {
			t.Errorf("description %q holds the skills line", d)
		}
		if !slices.Contains(p.Skills, c.skill) {
			t.Errorf("skills %q lack %q", p.Skills, c.skill)
		}
	}
}
