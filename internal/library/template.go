// Package library is the template library: the seniority levels, the
// template files with their front matter, the linter that reports every
// problem of a folder as file:line:col, and rendering a template for a
// candidate with character counts against LinkedIn's limits.
package library

import (
	"cmp"
	"slices"

	"github.com/inmail/inmail/internal/profile"
)

// BuiltIn is the Source of templates that ship inside the binary.
const BuiltIn = "built-in"

// Template is one message template, loaded from a Markdown file with YAML
// front matter in a seniority folder.
type Template struct {
	// ID is "seniority/file-stem", e.g. "associate/direct-intro".
	ID string
	// Seniority is the level id, the name of the template's folder.
	Seniority string
	// Name and Description are for people choosing a template.
	Name        string
	Description string
	// Hint says what the recruiter's personalization line should
	// reference (front matter "personalization").
	Hint    string
	Channel Channel
	// Subject and Body are the raw text with {{placeholders}}. Subject is
	// empty for connection notes.
	Subject string
	Body    string
	// MinWords raises the personalization line's minimum word count; 0
	// means the default.
	MinWords int
	// Source is BuiltIn or the folder the template was loaded from.
	Source string
	// File is the template's path inside Source, slash-separated, e.g.
	// "associate/direct-intro.md".
	File string
	// Hash is the first 16 hex digits of the SHA-256 of the file's bytes,
	// so a report can tell versions of one template apart.
	Hash string
}

// Library is the set of templates a recruiter can choose from, with the
// seniority levels in order. Only templates without problems are in it.
type Library struct {
	// Levels are the seniority levels in order, most junior first.
	Levels []profile.Level

	byID  map[string]*Template
	order []*Template
}

func newLibrary(levels []profile.Level, byID map[string]*Template) *Library {
	lib := &Library{Levels: levels, byID: map[string]*Template{}}
	rank := map[string]int{}
	for i, l := range levels {
		rank[l.ID] = i
	}
	for id, t := range byID {
		if _, ok := rank[t.Seniority]; ok {
			lib.byID[id] = t
			lib.order = append(lib.order, t)
		}
	}
	slices.SortFunc(lib.order, func(a, b *Template) int {
		return cmp.Or(cmp.Compare(rank[a.Seniority], rank[b.Seniority]), cmp.Compare(a.ID, b.ID))
	})
	return lib
}

// Templates returns every template, ordered by level, then id.
func (l *Library) Templates() []*Template { return slices.Clone(l.order) }

// Len is the number of templates.
func (l *Library) Len() int { return len(l.order) }

// Get returns the template with the given id.
func (l *Library) Get(id string) (*Template, bool) {
	t, ok := l.byID[id]
	return t, ok
}

// ForLevel returns the templates of one seniority level a first message
// can use (InMails and connection notes, not follow-ups), ordered by id.
func (l *Library) ForLevel(levelID string) []*Template {
	var out []*Template
	for _, t := range l.order {
		if t.Seniority == levelID && t.Channel != FollowUp {
			out = append(out, t)
		}
	}
	return out
}

// FollowUpFor returns the follow-up template for a message to a
// candidate of levelID: the level's first (by id), else the first of the
// nearest level that has one, more junior levels first on a tie; ok is
// false when the library has none.
func (l *Library) FollowUpFor(levelID string) (t *Template, ok bool) {
	rank := slices.IndexFunc(l.Levels, func(lv profile.Level) bool { return lv.ID == levelID })
	best, bestDist := (*Template)(nil), 0
	for _, c := range l.order {
		if c.Channel != FollowUp {
			continue
		}
		if c.Seniority == levelID {
			return c, true
		}
		r := slices.IndexFunc(l.Levels, func(lv profile.Level) bool { return lv.ID == c.Seniority })
		d := r - rank
		if rank < 0 {
			d = r
		}
		if d < 0 {
			d = -d
		}
		if best == nil || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best, best != nil
}

// Level returns the seniority level with the given id.
func (l *Library) Level(id string) (profile.Level, bool) {
	for _, lv := range l.Levels {
		if lv.ID == id {
			return lv, true
		}
	}
	return profile.Level{}, false
}

// Path is where the template came from, for messages: the file inside its
// folder, or "built-in/<file>" for the embedded library.
func (t *Template) Path() string { return joinPath(t.Source, t.File) }
