// Package profile holds the candidate profile: the type, loading it from
// JSON, YAML and CSV, reading whole LinkedIn profile pages pasted as text
// (ReadPage), the limits and hygiene of profile input (intake.go), the
// difference between two profiles, and suggesting a seniority level from
// the evidence on a profile.
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
	// Honors are the candidate's own honours and awards.
	Honors []string `json:"honors,omitempty" yaml:"honors,omitempty"`
	// TeamHonors are awards the page gives to their team or firm, not to
	// them; they are context, never the candidate's own achievement.
	TeamHonors []string `json:"team_honors,omitempty" yaml:"team_honors,omitempty"`
	Languages  []string `json:"languages,omitempty" yaml:"languages,omitempty"`
	Interests  []string `json:"interests,omitempty" yaml:"interests,omitempty"`
	About      string   `json:"about,omitempty" yaml:"about,omitempty"`
	// Pronouns as the profile card shows them, in any language.
	Pronouns string `json:"pronouns,omitempty" yaml:"pronouns,omitempty"`
	// Activity holds the Activity and Featured sections, each item marked
	// with whose work it is.
	Activity []Activity `json:"activity,omitempty" yaml:"activity,omitempty"`
	// Recommendations received (written about them) and given (written by
	// them about someone else).
	Recommendations []Recommendation `json:"recommendations,omitempty" yaml:"recommendations,omitempty"`
	// Text is the profile page as ReadPage cleaned it: the card and the
	// sections it read, without the menus, sidebars, footer, buttons and
	// endorsement lines it dropped. In a profile file it is any text about
	// them, perhaps the only field, read with ParsePaste.
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
	// Location is where the position is, when the page says.
	Location string `json:"location,omitempty" yaml:"location,omitempty"`
	// Type is the employment type ("Full-time", "Part-time", "Contract").
	Type string `json:"type,omitempty" yaml:"type,omitempty"`
}

// Activity kinds. A post or an article is the candidate's own work; a repost
// or a comment is on someone else's post (Of names whose).
const (
	ActivityPost    = "post"
	ActivityArticle = "article"
	ActivityRepost  = "repost"
	ActivityComment = "comment"
)

// Activity is one item of the Activity or Featured section.
type Activity struct {
	// Kind is one of the Activity kinds above.
	Kind string `json:"kind,omitempty" yaml:"kind,omitempty"`
	// Of is whose post a repost or comment is about.
	Of string `json:"of,omitempty" yaml:"of,omitempty"`
	// Featured is set for items of the Featured section.
	Featured bool   `json:"featured,omitempty" yaml:"featured,omitempty"`
	Title    string `json:"title,omitempty" yaml:"title,omitempty"`
	Text     string `json:"text,omitempty" yaml:"text,omitempty"`
	// Reply is what the candidate wrote under someone else's post they
	// commented on: their own words, unlike Text.
	Reply string `json:"reply,omitempty" yaml:"reply,omitempty"`
}

// Own reports whether the item is the candidate's own work.
func (a Activity) Own() bool {
	return a.Kind == "" || a.Kind == ActivityPost || a.Kind == ActivityArticle
}

// Recommendation is one recommendation from the Recommendations section.
type Recommendation struct {
	// Given is set when the candidate wrote it about Person; otherwise
	// Person wrote it about the candidate.
	Given bool `json:"given,omitempty" yaml:"given,omitempty"`
	// Person is the recommender (received) or the person recommended
	// (given).
	Person string `json:"person,omitempty" yaml:"person,omitempty"`
	// Relation is the line LinkedIn shows under the name ("managed Priya
	// directly").
	Relation string `json:"relation,omitempty" yaml:"relation,omitempty"`
	// Headline is the line a page shows under Person's name ("Finance
	// Director at Taff Valley Care Homes"): who they are, not what the
	// candidate did.
	Headline string `json:"headline,omitempty" yaml:"headline,omitempty"`
	Text     string `json:"text,omitempty" yaml:"text,omitempty"`
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
	// Start and End are when it ran, as a position's are ("Mar 2022",
	// "Present"), when the profile gives them.
	Start string `json:"start,omitempty" yaml:"start,omitempty"`
	End   string `json:"end,omitempty" yaml:"end,omitempty"`
}

// Publication is an article, paper, book or talk.
type Publication struct {
	Title       string `json:"title,omitempty" yaml:"title,omitempty"`
	Publisher   string `json:"publisher,omitempty" yaml:"publisher,omitempty"`
	Year        int    `json:"year,omitempty" yaml:"year,omitempty"`
	Description string `json:"description,omitempty" yaml:"description,omitempty"`
}

// Level is a seniority level as listed in templates/seniority.yaml, with the
// typical range of years of experience (MaxYears 0 means no upper bound)
// and the job titles that name it ("senior associate", "staff engineer"),
// which Suggest looks for in a candidate's current title.
type Level struct {
	ID       string
	Label    string
	MinYears int
	MaxYears int
	Titles   []string
}

// CurrentCompany is the company they work at now: Company, else the
// current position's (one with no end, or ending "Present").
func (p *Profile) CurrentCompany() string {
	if c := strings.TrimSpace(p.Company); c != "" {
		return c
	}
	for _, x := range p.Experience {
		switch strings.ToLower(strings.TrimSpace(x.End)) {
		case "", "present", "now", "current", "today":
			return strings.TrimSpace(x.Company)
		}
	}
	return ""
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
