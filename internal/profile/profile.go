// Package profile holds the candidate profile: the type, loading it from
// JSON, YAML and CSV, parsing text pasted from a LinkedIn profile page, and
// suggesting a seniority level.
//
// Loading is strict about syntax and lenient about shape. Malformed JSON or
// YAML and a CSV row with the wrong number of fields are errors that name
// the file, line and field. A value of another shape than Profile's (a
// certification given as an object, a year as a string, a list as one
// string separated by ';') is read, and text with no field of its own is
// kept (in an entry's description, or in Extra) because every word of a
// profile can be what a personalization line refers to.
package profile

import "strings"

// Profile is one candidate as inmail knows them. Name, Title, Company,
// Location and Headline are mail-merge fields: a template can fill them, so a
// personalization line that references only them is not personalization.
type Profile struct {
	// ID is the profile URL or any other stable id.
	ID       string `json:"id,omitempty" yaml:"id,omitempty"`
	Name     string `json:"name,omitempty" yaml:"name,omitempty"`
	Headline string `json:"headline,omitempty" yaml:"headline,omitempty"`
	// Title and Company are the current position.
	Title    string `json:"title,omitempty" yaml:"title,omitempty"`
	Company  string `json:"company,omitempty" yaml:"company,omitempty"`
	Location string `json:"location,omitempty" yaml:"location,omitempty"`
	// Seniority is a level id from templates/seniority.yaml, when known.
	Seniority string `json:"seniority,omitempty" yaml:"seniority,omitempty"`

	Skills         []string      `json:"skills,omitempty" yaml:"skills,omitempty"`
	Experience     []Experience  `json:"experience,omitempty" yaml:"experience,omitempty"`
	Education      []Education   `json:"education,omitempty" yaml:"education,omitempty"`
	Projects       []Project     `json:"projects,omitempty" yaml:"projects,omitempty"`
	Publications   []Publication `json:"publications,omitempty" yaml:"publications,omitempty"`
	Certifications []string      `json:"certifications,omitempty" yaml:"certifications,omitempty"`
	Volunteering   []string      `json:"volunteering,omitempty" yaml:"volunteering,omitempty"`
	Honors         []string      `json:"honors,omitempty" yaml:"honors,omitempty"`
	About          string        `json:"about,omitempty" yaml:"about,omitempty"`
	// Text is raw text pasted from the profile page; it may be the only field.
	Text string `json:"text,omitempty" yaml:"text,omitempty"`

	// Extra keeps fields inmail does not know; their text counts as profile
	// content.
	Extra map[string]any `json:"-" yaml:"-"`
}

// Experience is one position.
type Experience struct {
	Title       string `json:"title,omitempty" yaml:"title,omitempty"`
	Company     string `json:"company,omitempty" yaml:"company,omitempty"`
	Start       string `json:"start,omitempty" yaml:"start,omitempty"`
	End         string `json:"end,omitempty" yaml:"end,omitempty"`
	Description string `json:"description,omitempty" yaml:"description,omitempty"`
}

// Education is one school entry. Year is the graduation year, 0 if unknown.
type Education struct {
	School string `json:"school,omitempty" yaml:"school,omitempty"`
	Degree string `json:"degree,omitempty" yaml:"degree,omitempty"`
	Field  string `json:"field,omitempty" yaml:"field,omitempty"`
	Year   int    `json:"year,omitempty" yaml:"year,omitempty"`
}

// Project is a named piece of work.
type Project struct {
	Name        string `json:"name,omitempty" yaml:"name,omitempty"`
	Description string `json:"description,omitempty" yaml:"description,omitempty"`
}

// Publication is an article, paper, book or talk.
type Publication struct {
	Title       string `json:"title,omitempty" yaml:"title,omitempty"`
	Publisher   string `json:"publisher,omitempty" yaml:"publisher,omitempty"`
	Year        int    `json:"year,omitempty" yaml:"year,omitempty"`
	Description string `json:"description,omitempty" yaml:"description,omitempty"`
}

// Level is a seniority level as listed in templates/seniority.yaml, with the
// typical range of years of experience (MaxYears 0 means no upper bound).
type Level struct {
	ID       string
	Label    string
	MinYears int
	MaxYears int
}

// FirstName is the first word of Name after a title such as "Dr.".
func (p *Profile) FirstName() string {
	f := strings.Fields(cleanName(p.Name))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// LastName is the last word of Name, or "" for a one-word name.
func (p *Profile) LastName() string {
	f := strings.Fields(cleanName(p.Name))
	if len(f) < 2 {
		return ""
	}
	return f[len(f)-1]
}
