package profile

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Change is one field that saving a new profile over a saved one would
// change. A single value has Old and New; a list has what it would gain
// (Added), lose (Removed) and keep with other details (Changed), each
// entry written short ("Associate · Carrow & Lyle LLP · 2017–2022").
type Change struct {
	Field    string
	Old, New string
	Added    []string
	Removed  []string
	Changed  []string
}

// String writes the change on one line: `title: "Associate" → "Senior
// Associate"`, `skills: + Unitranche; − Excel`.
func (c Change) String() string {
	if c.Field == "text" {
		// The cleaned page: its size says enough.
		return fmt.Sprintf("pasted page: %s → %s", cmpOr(c.Old, "none"), cmpOr(c.New, "none"))
	}
	if c.Added == nil && c.Removed == nil && c.Changed == nil {
		return fmt.Sprintf("%s: %s → %s", c.Field, shown(c.Old), shown(c.New))
	}
	var parts []string
	for _, a := range c.Added {
		parts = append(parts, "+ "+short(a))
	}
	for _, r := range c.Removed {
		parts = append(parts, "− "+short(r))
	}
	for _, ch := range c.Changed {
		parts = append(parts, "~ "+short(ch))
	}
	return c.Field + ": " + strings.Join(parts, "; ")
}

func shown(s string) string {
	if s == "" {
		return "(none)"
	}
	return strconv.Quote(short(s))
}

// short cuts a value to one line of at most 70 characters.
func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 70 {
		return string(r[:69]) + "…"
	}
	return s
}

// Diff lists, field by field, what saving next over old would change, in
// the order of Profile's fields. Two profiles with no change between them
// give none. The cleaned page text is compared by its length only: it
// holds the other fields again.
func Diff(old, next Profile) []Change {
	var cs []Change
	one := func(field, a, b string) {
		if strings.TrimSpace(a) != strings.TrimSpace(b) {
			cs = append(cs, Change{Field: field, Old: a, New: b})
		}
	}
	list := func(field string, a, b []string) {
		if c, ok := listChange(field, a, b, [2][]string{}); ok {
			cs = append(cs, c)
		}
	}
	one("id", old.ID, next.ID)
	one("name", old.Name, next.Name)
	one("pronouns", old.Pronouns, next.Pronouns)
	one("headline", old.Headline, next.Headline)
	one("title", old.Title, next.Title)
	one("company", old.Company, next.Company)
	one("location", old.Location, next.Location)
	one("seniority", old.Seniority, next.Seniority)
	list("skills", old.Skills, next.Skills)
	entryChange(&cs, "experience", old.Experience, next.Experience, func(x Experience) string {
		return joinShort(x.Title, x.Company, Period(x.Start, x.End))
	})
	entryChange(&cs, "education", old.Education, next.Education, func(e Education) string {
		year := ""
		if e.Year != 0 {
			year = strconv.Itoa(e.Year)
		}
		return joinShort(e.School, strings.Trim(e.Degree+", "+e.Field, ", "), year)
	})
	entryChange(&cs, "projects", old.Projects, next.Projects, func(x Project) string { return x.Name })
	entryChange(&cs, "publications", old.Publications, next.Publications, func(x Publication) string {
		return joinShort(x.Title, x.Publisher)
	})
	list("certifications", old.Certifications, next.Certifications)
	list("volunteering", old.Volunteering, next.Volunteering)
	list("honors", old.Honors, next.Honors)
	list("team_honors", old.TeamHonors, next.TeamHonors)
	list("languages", old.Languages, next.Languages)
	list("interests", old.Interests, next.Interests)
	one("about", old.About, next.About)
	entryChange(&cs, "activity", old.Activity, next.Activity, func(a Activity) string {
		kind := a.Kind
		if a.Of != "" {
			kind += " of " + a.Of
		}
		return kind + ": " + firstNonEmpty(a.Title, a.Text)
	})
	entryChange(&cs, "recommendations", old.Recommendations, next.Recommendations, func(r Recommendation) string {
		if r.Given {
			return "given to " + r.Person
		}
		return "from " + r.Person
	})
	if strings.TrimSpace(old.Text) != strings.TrimSpace(next.Text) {
		cs = append(cs, Change{Field: "text", Old: textSize(old.Text), New: textSize(next.Text)})
	}
	var keys []string
	for k := range old.Extra {
		keys = append(keys, k)
	}
	for k := range next.Extra {
		if _, ok := old.Extra[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		a, b := jsonText(old.Extra[k]), jsonText(next.Extra[k])
		one(k, a, b)
	}
	return cs
}

// entryChange adds the change of a list of entries: those added, removed, and
// those whose short form stays but whose details change.
func entryChange[T any](cs *[]Change, field string, a, b []T, summary func(T) string) {
	full := func(xs []T) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = jsonText(x)
		}
		return out
	}
	sum := func(xs []T) []string {
		out := make([]string, len(xs))
		for i, x := range xs {
			out[i] = summary(x)
		}
		return out
	}
	if c, ok := listChange(field, full(a), full(b), [2][]string{sum(a), sum(b)}); ok {
		*cs = append(*cs, c)
	}
}

// listChange compares two lists. With shorts, entries are compared in
// full and written by their short forms (shorts[0] for a, shorts[1] for
// b); an entry whose short form is in both lists but whose details differ
// is Changed.
func listChange(field string, a, b []string, shorts [2][]string) (Change, bool) {
	if slices.Equal(a, b) {
		return Change{}, false
	}
	c := Change{Field: field}
	name := func(i int, side int, v string) string {
		if shorts[side] != nil {
			return shorts[side][i]
		}
		return v
	}
	var removed, added []string
	for i, v := range a {
		if !slices.Contains(b, v) {
			removed = append(removed, name(i, 0, v))
		}
	}
	for i, v := range b {
		if !slices.Contains(a, v) {
			added = append(added, name(i, 1, v))
		}
	}
	for _, r := range removed {
		if i := slices.Index(added, r); i >= 0 && shorts[0] != nil {
			c.Changed = append(c.Changed, r)
			added = slices.Delete(added, i, i+1)
			continue
		}
		c.Removed = append(c.Removed, r)
	}
	c.Added = added
	if c.Added == nil && c.Removed == nil && c.Changed == nil {
		// Only the order differs.
		c.Changed = []string{"the order"}
	}
	return c, true
}

func jsonText(v any) string {
	if v == nil {
		return ""
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func textSize(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	return fmt.Sprintf("%d characters", len([]rune(s)))
}

func joinShort(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " · ")
}

// Period writes a start and an end as one: "2019–2022", "Jan 2022–Present",
// the one there is when the other is missing, "" with neither.
func Period(start, end string) string {
	start, end = strings.TrimSpace(start), strings.TrimSpace(end)
	switch {
	case start == "":
		return end
	case end == "":
		return start
	}
	return start + "–" + end
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
