package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/words"
	"github.com/inmail/inmail/templates"
)

// newTemplatesCmd groups the template library commands.
func newTemplatesCmd(a *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "List, check, preview, add and remove the message templates",
		Long: `Templates are Markdown files with YAML front matter, one folder per seniority
level. The built-in library is overlaid by templates/ in the config folder (a
file there with the same id replaces the built-in one); --templates DIR uses a
folder on its own instead. add and remove change the team's templates (the
overlay; in team mode, the server's, by an admin).`,
		Example: `  inmail templates list
  inmail templates lint ./my-templates
  inmail templates show associate/direct-intro
  ssh -p 23234 team.example.com templates add associate/warm-intro - < warm-intro.md`,
		GroupID: "compose",
		Args:    cobra.NoArgs,
	}
	cmd.AddCommand(newTemplatesListCmd(a), newTemplatesLintCmd(a), newTemplatesShowCmd(a), newTemplatesAddCmd(a), newTemplatesRemoveCmd(a))
	return cmd
}

func newTemplatesListCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the templates a recruiter can choose from",
		Long: `List every template that will be offered, by seniority: id, name, channel, its
typical length and where it came from (built-in or a folder). The typical
length is the body rendered as templates show renders it (a sample candidate
and line, your sender name, signature and defaults), against LinkedIn's finding
that InMails under 400 characters do best, or a connection note's 300-character
limit. Files with problems are not offered; they are reported on standard
error.`,
		Example: `  inmail templates list
  inmail --templates ./team-templates templates list`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.session(withPerson | withTemplates)
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "SENIORITY\tID\tNAME\tCHANNEL\tTYPICAL LENGTH\tSOURCE")
			for _, t := range s.Library.Templates() {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\n", t.Seniority, t.ID, t.Name, t.Channel, t.Channel.LengthGuide(s.TypicalLength(t)), t.Source)
			}
			if err := w.Flush(); err != nil {
				return err
			}
			reportProblems(cmd.ErrOrStderr(), s.Problems)
			return nil
		},
	}
}

// reportProblems tells the recruiter which template files were skipped and
// why, one file:line:col: message per line.
func reportProblems(w io.Writer, probs []library.Problem) {
	if len(probs) == 0 {
		return
	}
	fmt.Fprintf(w, "inmail: %s; files with problems are skipped:\n", words.Count(len(probs), "template problem"))
	for _, p := range probs {
		fmt.Fprintln(w, p)
	}
}

func newTemplatesLintCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:   "lint [DIR]",
		Short: "Check template files and report every problem",
		Long: `Check a template folder (one folder per level) and print every problem as
file:line:col: message. A folder with its own seniority.yaml is checked on its
own, as --templates uses it; one without (like templates/ in the config folder)
is checked as an overlay on the built-in levels, as inmail reads the overlay.
With no DIR, check the library inmail would load: the built-in templates, the
overlay in the config folder, or the --templates folder.

Prints nothing on standard output and exits 0 when all is well; exits 1 when
anything is wrong.`,
		Example: `  inmail templates lint
  inmail templates lint ~/.config/inmail/templates
  inmail templates lint ./team-templates`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var probs []library.Problem
			if len(args) == 1 {
				dir := args[0]
				if err := app.CheckFolder("template folder", dir); err != nil {
					return badInput(err)
				}
				probs = a.lintFolder(cmd.ErrOrStderr(), dir)
			} else {
				var err error
				if _, probs, err = a.Library(); err != nil {
					return err
				}
			}
			for _, p := range probs {
				fmt.Fprintln(cmd.OutOrStdout(), p)
			}
			if len(probs) > 0 {
				return refused()
			}
			return nil
		},
	}
}

// lintFolder lints dir: on its own when it has a seniority.yaml, else as
// an overlay on the built-in library, saying so on w unless dir is the
// config folder's overlay, which is always read that way.
func (a *App) lintFolder(w io.Writer, dir string) []library.Problem {
	fsys := os.DirFS(dir)
	if library.HasLevels(fsys) {
		return library.Lint(fsys, dir)
	}
	if !a.isOverlay(dir) {
		fmt.Fprintf(w, "inmail: %s has no %s, so it was checked as an overlay on the built-in levels, as templates/ in the config folder is read; --templates needs a folder with its own.\n", dir, library.LevelsFile)
	}
	return library.LintOverlay(fsys, dir, library.Layer{Source: library.BuiltIn, FS: templates.FS})
}

func newTemplatesShowCmd(a *App) *cobra.Command {
	var line string
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Render a template for a sample candidate, with character counts",
		Long: `Render a template with a sample profile and sample role, client and hook, and
print the subject, the body and their lengths against LinkedIn's limits
(InMail subject 200, body 1,900; connection note 300). The sender's name and
signature come from the config file when set; so do the role, client and hook
defaults.`,
		Example: `  inmail templates show associate/direct-intro
  inmail templates show partner-track/connect --line "Your panel on cross-border restructurings at IBA Paris was excellent."`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.session(withPerson | withTemplates)
			if err != nil {
				return err
			}
			t, err := s.Template(args[0])
			if err != nil {
				reportProblems(cmd.ErrOrStderr(), s.Problems)
				return err
			}
			var l *string
			if cmd.Flags().Changed("line") {
				l = &line
			}
			p, r := s.Preview(t, l)
			writeShow(cmd.OutOrStdout(), t, &p, r)
			return nil
		},
	}
	cmd.Flags().StringVar(&line, "line", "", "personalization `text` to render instead of the sample line")
	return cmd
}

func writeShow(w io.Writer, t *library.Template, p *profile.Profile, r library.Rendered) {
	fmt.Fprintf(w, "%s: %s (%s, %s)\n", t.ID, t.Name, t.Channel.Label(), t.Source)
	fmt.Fprintf(w, "Sample candidate: %s, %s at %s\n", p.Name, p.Title, p.Company)
	fmt.Fprintf(w, "Personalize: %s\n\n", t.Hint)
	if r.SubjectLimit > 0 {
		fmt.Fprintf(w, "Subject: %s\n\n", r.Subject)
	}
	fmt.Fprintf(w, "%s\n\n", r.Body)
	if r.SubjectLimit > 0 {
		fmt.Fprintf(w, "Subject: %s / %s characters\n", words.Thousands(r.SubjectLen), words.Thousands(r.SubjectLimit))
	}
	fmt.Fprintf(w, "Body:    %s / %s characters%s\n", words.Thousands(r.BodyLen), words.Thousands(r.BodyLimit), app.LengthNote(t, r))
	for _, o := range r.Over() {
		fmt.Fprintln(w, o)
	}
	if len(r.Missing) > 0 {
		names := make([]string, len(r.Missing))
		for i, m := range r.Missing {
			names[i] = library.Placeholder(m)
		}
		fmt.Fprintf(w, "No value for %s; it would have to be filled before sending.\n", strings.Join(names, ", "))
	}
}
