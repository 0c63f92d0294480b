package cli

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// newCandidatesCmd is `inmail candidates`: the saved candidates.
func newCandidatesCmd(a *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "candidates",
		Short: "List, add, import, show and remove saved candidates",
		Long: `Candidates are the profiles inmail composes for, saved in the database. A
candidate's id is their normalized LinkedIn profile URL, so adding or importing
the same person again updates them instead of making a second one; a profile
with no URL is the saved candidate with the same name and current company.
Anyone else is a new candidate.`,
		Example: `  inmail candidates list
  inmail candidates add priya.json
  inmail candidates import Connections.csv
  inmail candidates show linkedin.com/in/priya-raman
  inmail candidates remove "Priya Raman"`,
		GroupID: "compose",
		Args:    cobra.NoArgs,
	}
	cmd.AddCommand(newCandidatesListCmd(a), newCandidatesAddCmd(a, false), newCandidatesAddCmd(a, true),
		newCandidatesShowCmd(a), newCandidatesRemoveCmd(a))
	return cmd
}

// listPage is how many candidates `candidates list` reads and prints at a
// time.
var listPage = 2000

func newCandidatesListCmd(a *App) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List saved candidates, most recently used or added first",
		Long: `List saved candidates, most recently used or added first: name, seniority,
current company and id. With --json, a JSON array of candidates, each with its
id, profile and when it was added, updated and last used.`,
		Example: `  inmail candidates list
  inmail candidates list --json | jq -r '.[].id'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.session(0)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				cs, err := s.Candidates()
				if err != nil {
					return err
				}
				if cs == nil {
					cs = []outreach.Candidate{}
				}
				return writeJSON(w, cs)
			}
			// A page at a time: a team's 600,000 candidates are never
			// all in memory. Columns line up within a page.
			// tabwriter writes a cell at a time: buffered, not a write
			// to the terminal each.
			bw := bufio.NewWriterSize(w, 1<<16)
			tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
			listed := 0
			err = s.CandidatePages(listPage, func(cs []outreach.CandidateSummary, _ int) error {
				if listed == 0 {
					fmt.Fprintln(tw, "NAME\tSENIORITY\tCOMPANY\tID")
				}
				listed += len(cs)
				for _, c := range cs {
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", oneLine(c.Name, "-"), oneLine(c.Seniority, "-"), oneLine(c.Company, "-"), c.ID)
				}
				if err := tw.Flush(); err != nil {
					return err
				}
				return bw.Flush()
			})
			if err != nil {
				return err
			}
			if listed == 0 {
				fmt.Fprintln(w, "No saved candidates yet; add one with: inmail candidates add FILE")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	return cmd
}

// newCandidatesAddCmd is `candidates import FILE` or, with one true,
// `candidates add FILE`, which also prints what was saved so the recruiter
// can check how the profile was read.
func newCandidatesAddCmd(a *App, one bool) *cobra.Command {
	var dryRun bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Save the candidates in a file (JSON, YAML, CSV, JSON Lines or LinkedIn's Connections.csv)",
		Long: `Save every candidate in a file: JSON (one profile or an array), JSON Lines,
YAML (one profile or a list), CSV (one profile per row, fields named by the
header), LinkedIn's Connections.csv from its data export (found by its header,
after the notes LinkedIn puts above it), or text pasted from a profile page.
- reads standard input, in whichever of these formats it is (told by its
first lines; over SSH, pipe the file).

A candidate already saved is updated, not added twice: the same person has
the same profile URL, or, for a profile without one, the same name and
current company; anyone else is added as a new candidate. --dry-run saves
nothing and lists what would be added and, field by field, what would change
for each candidate updated. A Connections.csv row fills in name, position and
company and keeps the rest of a saved profile. A missing seniority is kept
from the saved candidate or suggested from the evidence on the profile: a
level's title in the current title (a Connections.csv row's Position), then
years since admission or the first qualified role, then since graduating
(templates/seniority.yaml).

A row that cannot be read stops the import with one sentence naming the file,
the line and the field, and nothing is saved. The summary says how many were
added, updated and skipped, and why each was skipped.`,
		Example: `  inmail candidates import Connections.csv --dry-run
  inmail candidates import Connections.csv
  inmail candidates import shortlist.yaml
  inmail candidates import candidates.jsonl`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.session(withTemplates)
			if err != nil {
				return err
			}
			file := filepath.Base(args[0])
			if args[0] == "-" {
				file = "standard input"
			}
			pf, err := app.ReadProfiles(args[0], a.Stdin)
			if err != nil {
				return err
			}
			res, err := s.ImportCandidates(pf, file, dryRun)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			writeImported(w, file, res)
			if one && !dryRun {
				for _, c := range res.Saved {
					fmt.Fprintln(w)
					writeCandidate(w, c, a.Now())
				}
			}
			return nil
		},
	}
	if one {
		cmd.Use = "add FILE"
		cmd.Short = "Save a candidate from a profile file or pasted text, and show how it was read"
		cmd.Long = `Save the candidate in a profile file, as import does, and print what was saved
so you can check how the profile was read: a JSON, YAML or CSV file, LinkedIn's
Connections.csv, or text pasted from their profile page (- reads standard
input, in whichever of these it is). Adding someone already saved updates them.`
		cmd.Example = `  inmail candidates add priya.json
  pbpaste | inmail candidates add -
  pbpaste | inmail candidates add - --dry-run`
	}
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "save nothing; list who would be added and, field by field, what would change")
	return cmd
}

// writeImported prints what an import did, or would do: the counts, then
// for a dry run each candidate to add or update, then what was skipped.
func writeImported(w io.Writer, file string, r *app.CandidateImport) {
	if r.DryRun {
		fmt.Fprintf(w, "%s (dry run, nothing saved): %d to add, %d to update, %d skipped.\n", file, r.Added, r.Updated, len(r.Skipped))
		for _, p := range r.Planned {
			writePlanned(w, p)
		}
	} else {
		fmt.Fprintf(w, "%s: %d added, %d updated, %d skipped.\n", file, r.Added, r.Updated, len(r.Skipped))
	}
	for _, k := range r.Skipped {
		fmt.Fprintf(w, "  skipped %s (%s): %s\n", oneLine(k.Name, "-"), k.Where, k.Why)
	}
}

// writePlanned prints a candidate a dry run would add or update.
func writePlanned(w io.Writer, p app.PlannedSave) {
	if !p.Update {
		level := ""
		if p.Seniority != "" {
			level = ", " + p.Seniority
			if p.Why != "" {
				level += " (" + p.Why + ")"
			}
		}
		fmt.Fprintf(w, "  add %s (%s)%s\n", oneLine(p.Name, "-"), p.Where, level)
		return
	}
	fmt.Fprintf(w, "  update %s (%s), saved as %s:\n", oneLine(p.Name, "-"), p.Where, p.ID)
	for _, c := range p.Changes {
		fmt.Fprintf(w, "    %s\n", oneLine(c.String(), ""))
	}
}

func newCandidatesShowCmd(a *App) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show a saved candidate's profile",
		Long: `Show a saved candidate: the profile as inmail read it, their seniority, and when
they were added, updated and last used. ID is the candidate's id, their profile
URL in any spelling, or their name.`,
		Example: `  inmail candidates show linkedin.com/in/priya-raman
  inmail candidates show "Priya Raman" --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.session(0)
			if err != nil {
				return err
			}
			c, err := s.FindCandidate(args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), c)
			}
			writeCandidate(cmd.OutOrStdout(), c, a.Now())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the candidate as JSON")
	return cmd
}

func newCandidatesRemoveCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:   "remove ID",
		Short: "Remove a saved candidate (messages sent to them stay in the log)",
		Long: `Remove a saved candidate and their draft. Messages already sent to them stay in
the log and in reports. ID is the candidate's id, their profile URL in any
spelling, or their name.`,
		Example: `  inmail candidates remove linkedin.com/in/priya-raman`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.session(0)
			if err != nil {
				return err
			}
			c, err := s.RemoveCandidate(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Removed %s (%s); messages sent to them stay in the log.\n", oneLine(c.Profile.Name, "-"), c.ID)
			return nil
		},
	}
}

// writeCandidate prints a candidate as the recruiter checks it.
func writeCandidate(w io.Writer, c outreach.Candidate, now time.Time) {
	p := c.Profile
	fmt.Fprintln(w, oneLine(p.Name, "-"))
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	row := func(k, v string) {
		if v = oneLine(v, ""); v != "" {
			fmt.Fprintf(tw, "  %s\t%s\n", k, v)
		}
	}
	row("id", c.ID)
	if u := c.Ref().URL; u != "" {
		row("profile", u)
	}
	row("seniority", p.Seniority)
	row("title", p.Title)
	row("company", p.Company)
	row("pronouns", p.Pronouns)
	row("location", p.Location)
	row("headline", p.Headline)
	row("skills", strings.Join(p.Skills, " · "))
	for i, x := range p.Experience {
		k := ""
		if i == 0 {
			k = "experience"
		}
		row(k, joinNonEmpty(", ", x.Title, x.Company, profile.Period(x.Start, x.End), x.Type, x.Location))
		row("", x.Description)
	}
	for i, e := range p.Education {
		k := ""
		if i == 0 {
			k = "education"
		}
		year := ""
		if e.Year > 0 {
			year = fmt.Sprint(e.Year)
		}
		row(k, joinNonEmpty(", ", e.School, e.Degree, e.Field, year))
	}
	for i, x := range p.Projects {
		k := ""
		if i == 0 {
			k = "projects"
		}
		row(k, joinNonEmpty(": ", x.Name, x.Description))
	}
	for i, x := range p.Publications {
		k := ""
		if i == 0 {
			k = "publications"
		}
		row(k, joinNonEmpty(", ", x.Title, x.Publisher))
	}
	row("certifications", strings.Join(p.Certifications, " · "))
	row("volunteering", strings.Join(p.Volunteering, " · "))
	row("honors", strings.Join(p.Honors, " · "))
	row("team honors", strings.Join(p.TeamHonors, " · "))
	row("languages", strings.Join(p.Languages, " · "))
	row("interests", strings.Join(p.Interests, " · "))
	for i, x := range p.Activity {
		k := ""
		if i == 0 {
			k = "activity"
		}
		kind := x.Kind
		switch {
		case x.Of != "" && x.Kind == profile.ActivityComment:
			kind += " on " + x.Of + "'s post"
		case x.Of != "":
			kind += " of " + x.Of
		}
		if x.Featured {
			kind = "featured " + kind
		}
		row(k, kind+": "+joinNonEmpty(": ", x.Title, x.Text))
		if x.Reply != "" {
			row("", "their reply: "+x.Reply)
		}
	}
	for i, r := range p.Recommendations {
		k := ""
		if i == 0 {
			k = "recommendations"
		}
		person := r.Person
		if r.Headline != "" {
			person += " (" + strings.ReplaceAll(r.Headline, "\n", ", ") + ")" // who they are: "Finance Director at Taff Valley Care Homes"
		}
		who := "from " + person
		if r.Given {
			who = "given to " + person
		}
		row(k, who+": "+r.Text)
	}
	row("about", p.About)
	if len(p.Extra) > 0 {
		keys := make([]string, 0, len(p.Extra))
		for k := range p.Extra {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		row("other fields", strings.Join(keys, ", "))
	}
	when := "added " + c.AddedAt.In(now.Location()).Format("2006-01-02 15:04")
	if c.UpdatedAt.After(c.AddedAt) {
		when += " · updated " + c.UpdatedAt.In(now.Location()).Format("2006-01-02 15:04")
	}
	if !c.LastUsed.IsZero() {
		when += " · last used " + c.LastUsed.In(now.Location()).Format("2006-01-02 15:04")
	}
	row("saved", when)
	_ = tw.Flush()
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}
