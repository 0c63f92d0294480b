package library

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/inmail/inmail/internal/profile"
)

// LevelsFile is the file at the top of a template folder that lists the
// seniority levels, most junior first.
const LevelsFile = "seniority.yaml"

var (
	levelID    = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	yearsRange = regexp.MustCompile(`^(\d+)\s*[-–]\s*(\d+)$`)
	yearsOpen  = regexp.MustCompile(`^(\d+)\s*\+$`)
)

// ParseLevels reads seniority.yaml:
//
//	levels:
//	  - id: associate
//	    label: Associate
//	    years: 0-4
//	    titles: [trainee, NQ, associate, analyst]
//	  - id: partner-track
//	    label: Partner track
//	    years: 8+
//	    titles: [counsel, partner, director]
//
// titles are optional: the job titles that name the level, which the
// seniority suggestion looks for in a candidate's current title.
// file names it in problems. A bad entry is reported and, when its id is
// usable, still kept, so one typo does not orphan a whole folder. ok is false
// when the file cannot be read as a list of levels at all.
func ParseLevels(file string, data []byte) (levels []profile.Level, probs []Problem, ok bool) {
	add := func(line, col int, format string, args ...any) {
		probs = append(probs, Problem{File: file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
	}
	var root yaml.Node
	if err := safeUnmarshal(data, &root); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 1
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		add(line, 1, "bad YAML: %s", msg)
		return nil, probs, false
	}
	var list *yaml.Node
	if len(root.Content) > 0 && root.Content[0].Kind == yaml.MappingNode {
		doc := root.Content[0]
		for i := 0; i+1 < len(doc.Content); i += 2 {
			k, v := doc.Content[i], doc.Content[i+1]
			if k.Value != "levels" {
				add(k.Line, k.Column, "unknown field %q; %s has only \"levels\"", k.Value, LevelsFile)
				continue
			}
			if v.Kind == yaml.SequenceNode {
				list = v
			}
		}
	}
	if list == nil {
		add(1, 1, "expected \"levels:\" followed by a list of levels, each with id, label and years")
		return nil, probs, false
	}
	levels = []profile.Level{}
	seen := map[string]int{}
	titleOf := map[string]string{} // a title, lower case, to the level that names it
	for _, e := range list.Content {
		if e.Kind != yaml.MappingNode {
			add(e.Line, e.Column, "each level needs id, label and years, e.g. {id: associate, label: Associate, years: 0-4}")
			continue
		}
		var lv profile.Level
		var idNode, labelNode, yearsNode, titlesNode *yaml.Node
		for i := 0; i+1 < len(e.Content); i += 2 {
			k, v := e.Content[i], e.Content[i+1]
			switch k.Value {
			case "id":
				idNode = v
			case "label":
				labelNode = v
			case "years":
				yearsNode = v
			case "titles":
				titlesNode = v
			default:
				add(k.Line, k.Column, "unknown field %q in a level; use id, label, years and titles", k.Value)
			}
		}
		if idNode == nil {
			add(e.Line, e.Column, "a level needs an id (the name of its folder), e.g. id: associate")
			continue
		}
		lv.ID = idNode.Value
		if idNode.Kind != yaml.ScalarNode || !levelID.MatchString(lv.ID) {
			add(idNode.Line, idNode.Column, "level id %q must be lower-case letters, digits and dashes, like senior-associate", lv.ID)
			continue
		}
		if first, dup := seen[lv.ID]; dup {
			add(idNode.Line, idNode.Column, "level %s is listed twice (first at line %d)", lv.ID, first)
			continue
		}
		seen[lv.ID] = idNode.Line
		switch {
		case labelNode == nil:
			add(e.Line, e.Column, "level %s needs a label, e.g. label: Senior associate", lv.ID)
			lv.Label = lv.ID
		case labelNode.Kind != yaml.ScalarNode || strings.TrimSpace(labelNode.Value) == "":
			add(labelNode.Line, labelNode.Column, "level %s has an empty label", lv.ID)
			lv.Label = lv.ID
		default:
			lv.Label = labelNode.Value
		}
		if yearsNode == nil {
			add(e.Line, e.Column, "level %s needs a typical years-of-experience range, e.g. years: 0-4 or years: 8+", lv.ID)
		} else if lo, hi, err := parseYears(yearsNode.Value); err != nil || yearsNode.Kind != yaml.ScalarNode {
			add(yearsNode.Line, yearsNode.Column, "years %q must be a range like 0-4, or 8+ for no upper bound", yearsNode.Value)
		} else {
			lv.MinYears, lv.MaxYears = lo, hi
		}
		lv.Titles = levelTitles(titlesNode, lv.ID, titleOf, add)
		levels = append(levels, lv)
	}
	sortProblems(probs)
	return levels, probs, true
}

// levelTitles reads a level's titles: a list of job titles, each named by
// one level only.
func levelTitles(n *yaml.Node, id string, titleOf map[string]string, add func(line, col int, format string, args ...any)) []string {
	if n == nil {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		add(n.Line, n.Column, "titles of level %s must be a list, e.g. titles: [senior associate, managing associate]", id)
		return nil
	}
	var out []string
	for _, t := range n.Content {
		v := strings.TrimSpace(t.Value)
		if t.Kind != yaml.ScalarNode || v == "" {
			add(t.Line, t.Column, "a title of level %s must be a job title, e.g. senior associate", id)
			continue
		}
		k := strings.ToLower(strings.Join(strings.Fields(v), " "))
		if other, dup := titleOf[k]; dup {
			add(t.Line, t.Column, "title %q is listed for level %s and for %s; keep it in one", v, other, id)
			continue
		}
		titleOf[k] = id
		out = append(out, v)
	}
	return out
}

// parseYears reads "0-4" (or "0–4") and "8+" (MaxYears 0: no upper bound).
func parseYears(s string) (lo, hi int, err error) {
	s = strings.TrimSpace(s)
	if m := yearsRange.FindStringSubmatch(s); m != nil {
		lo, _ = strconv.Atoi(m[1])
		hi, _ = strconv.Atoi(m[2])
		if hi <= lo {
			return 0, 0, fmt.Errorf("range %q ends before it starts", s)
		}
		return lo, hi, nil
	}
	if m := yearsOpen.FindStringSubmatch(s); m != nil {
		lo, _ = strconv.Atoi(m[1])
		return lo, 0, nil
	}
	return 0, 0, fmt.Errorf("not a range: %q", s)
}

// YearsLabel writes a level's typical experience for people: "0–4 years",
// "8+ years".
func YearsLabel(l profile.Level) string {
	if l.MaxYears == 0 {
		return fmt.Sprintf("%d+ years", l.MinYears)
	}
	return fmt.Sprintf("%d–%d years", l.MinYears, l.MaxYears)
}
