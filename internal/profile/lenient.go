package profile

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// entryFields are the keys of the entries in Experience, Education,
// Projects and Publications.
var entryFields = map[string]bool{
	"title": true, "company": true, "start": true, "end": true, "description": true,
	"school": true, "degree": true, "field": true, "year": true, "name": true, "publisher": true,
	"location": true, "type": true, "kind": true, "of": true, "featured": true, "text": true,
	"given": true, "person": true, "relation": true,
}

// fromMap builds a profile from decoded JSON or YAML whose shape differs
// from Profile's: a certification or volunteer role given as an object, a
// year given as a string, an entry with keys inmail does not know. Nothing
// is lost: text that has no field of its own is added to the entry's
// description or kept in Extra, where it still counts as profile content.
func fromMap(all map[string]any) Profile {
	aliasFields(all)
	var p Profile
	p.ID, p.Name, p.Headline = text(all["id"]), text(all["name"]), text(all["headline"])
	p.Title, p.Company, p.Location = text(all["title"]), text(all["company"]), text(all["location"])
	p.Seniority, p.About, p.Text = text(all["seniority"]), text(all["about"]), text(all["text"])
	p.Skills = texts(all["skills"])
	p.Certifications = texts(all["certifications"])
	p.Volunteering = texts(all["volunteering"])
	p.Honors = texts(all["honors"])
	p.TeamHonors = texts(all["team_honors"])
	p.Languages = texts(all["languages"])
	p.Interests = texts(all["interests"])
	p.Pronouns = text(all["pronouns"])
	for _, m := range objects(all["activity"], "text") {
		a := Activity{Kind: activityKind(cmp.Or(take(m, "kind"), take(m, "type"), take(m, "action"))),
			Of: cmp.Or(take(m, "of"), take(m, "author"), take(m, "by"), take(m, "original_author")), Featured: truth(take(m, "featured")), Title: take(m, "title")}
		if a.Kind == ActivityComment {
			// A comment with the post it is on: "text" is their reply.
			if post := cmp.Or(take(m, "on"), take(m, "post"), take(m, "post_text"), take(m, "original"), take(m, "original_post")); post != "" {
				a.Reply, a.Text = take(m, "text"), joinText(post, rest(m))
				p.Activity = append(p.Activity, a)
				continue
			}
		}
		a.Text = joinText(take(m, "text"), rest(m))
		p.Activity = append(p.Activity, a)
	}
	for _, m := range objects(all["recommendations"], "text") {
		dir := strings.ToLower(cmp.Or(take(m, "direction"), take(m, "type"), take(m, "kind")))
		r := Recommendation{Given: truth(take(m, "given")) || dir == "given" || dir == "written" || dir == "sent",
			Person: cmp.Or(take(m, "person"), take(m, "to"), take(m, "from"), take(m, "by")), Relation: take(m, "relation")}
		r.Text = joinText(take(m, "text"), rest(m))
		p.Recommendations = append(p.Recommendations, r)
	}
	for _, m := range objects(all["experience"], "description") {
		e := Experience{Title: take(m, "title"), Company: take(m, "company"), Start: take(m, "start"), End: take(m, "end"),
			Location: take(m, "location"), Type: take(m, "type")}
		e.Description = joinText(take(m, "description"), rest(m))
		p.Experience = append(p.Experience, e)
	}
	for _, m := range objects(all["education"], "school") {
		e := Education{School: take(m, "school"), Degree: take(m, "degree"), Field: take(m, "field"), Year: year(take(m, "year"))}
		if r := rest(m); r != "" {
			e.Field = joinText(e.Field, r)
		}
		p.Education = append(p.Education, e)
	}
	for _, m := range objects(all["projects"], "name") {
		pr := Project{Name: take(m, "name"), Start: take(m, "start"), End: take(m, "end")}
		pr.Description = joinText(take(m, "description"), rest(m))
		p.Projects = append(p.Projects, pr)
	}
	for _, m := range objects(all["publications"], "title") {
		pub := Publication{Title: take(m, "title"), Publisher: take(m, "publisher"), Year: year(take(m, "year"))}
		pub.Description = joinText(take(m, "description"), rest(m))
		p.Publications = append(p.Publications, pub)
	}
	// An award its entry says went to their team or firm is theirs to
	// credit, not the candidate's, as the page reader reads it.
	own := p.Honors[:0]
	for _, h := range p.Honors {
		if othersHonor(h, p.Name, p.Experience) {
			p.TeamHonors = append(p.TeamHonors, h)
		} else {
			own = append(own, h)
		}
	}
	p.Honors = own
	p.Extra = extra(all)
	return p
}

// text renders any decoded value as text: numbers without exponent, lists
// joined with "; ", objects as their values (see objectText).
func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case int:
		return strconv.Itoa(v)
	case []any:
		parts := make([]string, 0, len(v))
		for _, e := range v {
			if s := text(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	case map[string]any:
		return objectText(v)
	}
	return fmt.Sprint(v)
}

// firstKeys come first when an object is written as text: what it is, then
// who it is with.
var firstKeys = []string{"name", "title", "role", "organization", "organisation", "issuer", "company", "event", "venue", "publisher"}

// objectText writes an object's values, the naming keys first, the others
// in key order: {"role": "Treasurer", "organization": "Food bank"} is
// "Treasurer, Food bank".
func objectText(m map[string]any) string {
	var parts []string
	done := map[string]bool{}
	for _, k := range firstKeys {
		if s := text(m[k]); s != "" {
			parts = append(parts, s)
		}
		done[k] = true
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		if !done[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if s := text(m[k]); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// texts reads a list of strings given as a list (of strings or objects) or
// as one string separated by ';'.
func texts(v any) []string {
	switch v := v.(type) {
	case nil:
		return nil
	case string:
		return splitList(v, ';')
	case []any:
		var out []string
		for _, e := range v {
			if s := text(e); s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	if s := text(v); s != "" {
		return []string{s}
	}
	return nil
}

// objects reads a list of objects; a string or a list of strings becomes
// objects with the string under key.
func objects(v any, key string) []map[string]any {
	var list []any
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		list = v
	default:
		list = []any{v}
	}
	out := make([]map[string]any, 0, len(list))
	for _, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			m = map[string]any{key: text(e)}
		}
		// Copy: take deletes keys as it reads them.
		c := make(map[string]any, len(m))
		for k, v := range m {
			c[k] = v
		}
		out = append(out, c)
	}
	return out
}

// take returns m[k] as text and removes it.
func take(m map[string]any, k string) string {
	s := text(m[k])
	delete(m, k)
	return s
}

// rest is the text of the keys take has not read.
func rest(m map[string]any) string {
	if len(m) == 0 {
		return ""
	}
	return objectText(m)
}

// truth reads a flag given as true, "true", "yes" or 1.
func truth(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "1", "y":
		return true
	}
	return false
}

func joinText(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n" + b
}

// year reads "2016", "2016.0" or "2012 - 2016" (the last year); 0 if none.
func year(s string) int {
	if y := lastYear(s); y != 0 {
		return y
	}
	if f, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil && f > 0 && f < 10000 {
		return int(f)
	}
	return 0
}

// fieldAliases are other tools' names for Profile's lists: "awards" for
// honors, "licenses" for certifications.
var fieldAliases = map[string]string{
	"awards": "honors", "honours": "honors", "honors_and_awards": "honors", "honours_and_awards": "honors",
	"licenses": "certifications", "licences": "certifications", "licenses_and_certifications": "certifications",
	"volunteer_experience": "volunteering", "volunteer": "volunteering",
}

// aliasFields moves the lists all gives under other names to Profile's
// names, and recommendations split by who wrote them
// ("recommendations_given", "recommendations_received") to one list
// marked with it, so that what others wrote counts as theirs.
func aliasFields(all map[string]any) {
	for _, from := range slices.Sorted(maps.Keys(fieldAliases)) { // in one order, run after run
		to := fieldAliases[from]
		if v, ok := all[from]; ok {
			all[to] = appendList(all[to], v)
			delete(all, from)
		}
	}
	// Activity split into lists by kind: "posts", "reposts", "comments".
	for _, k := range slices.Sorted(maps.Keys(activityLists)) {
		moveTagged(all, k, "activity", "kind", activityLists[k], false)
	}
	for _, k := range []string{"recommendations_given", "given_recommendations"} {
		moveTagged(all, k, "recommendations", "given", true, true)
	}
	for _, k := range []string{"recommendations_received", "received_recommendations"} {
		moveTagged(all, k, "recommendations", "given", false, true)
	}
}

// moveTagged moves the items of all[from] to the list all[to], each
// item an object (text alone becomes its "text") with key set to v: over
// what the item says when force is set, else only where it says nothing.
func moveTagged(all map[string]any, from, to, key string, v any, force bool) {
	val, ok := all[from]
	if !ok {
		return
	}
	delete(all, from)
	list, ok := val.([]any)
	if !ok {
		list = []any{val}
	}
	for _, e := range list {
		m, ok := e.(map[string]any)
		if !ok {
			m = map[string]any{"text": e}
		}
		if _, has := m[key]; force || !has {
			m[key] = v
		}
		all[to] = appendList(all[to], []any{m})
	}
}

// appendList appends list b to list a, either given as one value; b
// alone is kept as it is ("X; Y" is still split as a list).
func appendList(a, b any) any {
	if a == nil {
		return b
	}
	var out []any
	for _, v := range []any{a, b} {
		switch v := v.(type) {
		case nil:
		case []any:
			out = append(out, v...)
		default:
			out = append(out, v)
		}
	}
	return out
}

// activityLists are other tools' lists of activity of one kind.
var activityLists = map[string]string{
	"posts": ActivityPost, "articles": ActivityArticle, "reposts": ActivityRepost, "shares": ActivityRepost,
	"shared_posts": ActivityRepost, "comments": ActivityComment,
}

// activityKind reads other tools' words for an activity item's kind:
// "reposted", "shared" and "liked" are reposts, "commented" a comment.
func activityKind(k string) string {
	switch strings.ToLower(strings.TrimSpace(k)) {
	case "repost", "reposted", "share", "shared", "reshare", "reshared", "like", "liked", "reaction", "celebrated":
		return ActivityRepost
	case "comment", "commented", "reply":
		return ActivityComment
	case "article", "newsletter":
		return ActivityArticle
	case "post", "posted", "own", "own post":
		return ActivityPost
	}
	return k
}
