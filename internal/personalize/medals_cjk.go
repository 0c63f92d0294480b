package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// cjkGrades are the grades of a prize in Chinese, Japanese and Korean,
// which a line may give and the award's entry may give otherwise:
// "金賞" (gold) for an award the profile gives as "銀賞" (silver) or
// "入選" (selected for the exhibition). A grade written inside a longer
// one comes after it ("優秀賞" after "最優秀賞").
var cjkGrades = []string{
	"最優秀賞", "準大賞", "優秀賞", "大賞", "金賞", "銀賞", "銅賞", "入選", "入賞", "佳作", "奨励賞", "特別賞", "審査員賞",
	"特等奖", "一等奖", "二等奖", "三等奖", "优秀奖", "金奖", "银奖", "铜奖", "大奖",
	"一等獎", "二等獎", "三等獎", "金獎", "銀獎", "銅獎",
	"최우수상", "우수상", "장려상", "대상", "금상", "은상", "동상", "입선",
}

// gradesIn returns the grades of cjkGrades written in s, each where it
// starts, the longest first.
func gradesIn(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		j := slices.IndexFunc(cjkGrades, func(g string) bool { return strings.HasPrefix(s[i:], g) })
		if j < 0 {
			i++
			continue
		}
		out = append(out, cjkGrades[j])
		i += len(cjkGrades[j])
	}
	return out
}

// cjkGradeProblems returns a sentence for a grade of prize the line gives
// an award of the profile that names the award with another grade:
// "JCDデザインアワード金賞のご受賞" for their "JCDデザインアワード2023 銀賞".
func (c *claimCheck) cjkGradeProblems() []string {
	if !anyOf(c.toks, func(t *lineTok) bool { return t.cjk }) {
		return nil // most lines: their words say so, as the line's runes would at ten times the cost
	}
	said := gradesIn(c.line)
	if len(said) == 0 {
		return nil
	}
	for _, cl := range c.res.kept {
		e := c.idx.segs[cl.seg].entry
		if !awardEntry(e) {
			continue
		}
		has := gradesIn(c.idx.entryText(e))
		for _, g := range said {
			if len(has) > 0 && !slices.Contains(has, g) {
				return []string{fmt.Sprintf("Says %q, but their profile's award is %q: say what it says.", g, has[0])}
			}
		}
	}
	return nil
}
