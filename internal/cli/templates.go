package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/config"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/words"
)

// newTemplatesCmd groups the template library commands.
func newTemplatesCmd(a *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "templates",
		Short: "List, check and preview the message templates",
		Long: `Templates are Markdown files with YAML front matter, one folder per seniority
level. The built-in library is overlaid by templates/ in the config folder (a
file there with the same id replaces the built-in one); --templates DIR uses a
folder on its own instead.`,
		Example: `  inmail templates list
  inmail templates lint ./my-templates
  inmail templates show associate/direct-intro`,
		GroupID: "compose",
		Args:    cobra.NoArgs,
	}
	cmd.AddCommand(newTemplatesListCmd(a), newTemplatesLintCmd(a), newTemplatesShowCmd(a))
	return cmd
}

func newTemplatesListCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the templates a recruiter can choose from",
		Long: `List every template that will be offered, by seniority: id, name, channel and
where it came from (built-in or a folder). Files with problems are not offered;
they are reported on standard error.`,
		Example: `  inmail templates list
  inmail --templates ./team-templates templates list`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			lib, probs, err := a.Library()
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "SENIORITY\tID\tNAME\tCHANNEL\tSOURCE")
			for _, t := range lib.Templates() {
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", t.Seniority, t.ID, t.Name, t.Channel, t.Source)
			}
			if err := w.Flush(); err != nil {
				return err
			}
			reportProblems(cmd.ErrOrStderr(), probs)
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
	fmt.Fprintf(w, "inmail: %d template problem(s); files with problems are skipped:\n", len(probs))
	for _, p := range probs {
		fmt.Fprintln(w, p)
	}
}

func newTemplatesLintCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:   "lint [DIR]",
		Short: "Check template files and report every problem",
		Long: `Check a template folder (a seniority.yaml and one folder per level) and print
every problem as file:line:col: message. With no DIR, check the library
inmail would load: the built-in templates, the overlay in the config folder,
or the --templates folder.

Prints nothing and exits 0 when all is well; exits 1 when anything is wrong.`,
		Example: `  inmail templates lint
  inmail templates lint ./team-templates`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var probs []library.Problem
			if len(args) == 1 {
				dir := args[0]
				if err := isDir(dir); err != nil {
					return badInput(fmt.Errorf("template folder: %w", err))
				}
				probs = library.Lint(os.DirFS(dir), dir)
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

// sample is the candidate and opening "templates show" renders a template
// for, per seniority level.
type sample struct {
	profile profile.Profile
	fields  library.Fields
}

const sampleLine = "Your write-up of the Castell Pharma carve-out, especially the TSA negotiation, was the clearest account of that deal I've read."

var samples = map[string]sample{
	"associate": {
		profile: profile.Profile{Name: "Priya Raman", Title: "Associate", Company: "Harlow & Finch LLP"},
		fields: library.Fields{Role: "corporate M&A associate", Client: "a top-50 City firm",
			Hook: "Hybrid, three days in, and a seat on deals from day one.", SenderName: "Sam Reyes", Personalization: sampleLine},
	},
	"senior-associate": {
		profile: profile.Profile{Name: "Priya Raman", Title: "Senior Associate", Company: "Harlow & Finch LLP"},
		fields: library.Fields{Role: "senior corporate associate", Client: "a top-50 City firm",
			Hook: "The team closed four deals over £1bn last year.", SenderName: "Sam Reyes", Personalization: sampleLine},
	},
	"partner-track": {
		profile: profile.Profile{Name: "Priya Raman", Title: "Counsel", Company: "Harlow & Finch LLP"},
		fields: library.Fields{Role: "general counsel", Client: "a FTSE 250 infrastructure group",
			Hook: "The role reports to the CEO.", SenderName: "Sam Reyes", Personalization: sampleLine},
	},
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
			lib, probs, err := a.Library()
			if err != nil {
				return err
			}
			t, err := findTemplate(lib, probs, args[0])
			if err != nil {
				reportProblems(cmd.ErrOrStderr(), probs)
				return err
			}
			cfg, err := a.Config()
			if err != nil {
				return err
			}
			smp, ok := samples[t.Seniority]
			if !ok {
				smp = samples["senior-associate"]
			}
			p := smp.profile
			p.Seniority = t.Seniority
			f := sampleCompose(smp.fields, cfg)
			if cmd.Flags().Changed("line") {
				f.Personalization = line
			}
			writeShow(cmd.OutOrStdout(), t, &p, library.Render(t, &p, f))
			return nil
		},
	}
	cmd.Flags().StringVar(&line, "line", "", "personalization `text` to render instead of the sample line")
	return cmd
}

// sampleCompose is the sample role, client, hook and line, with the
// sender and any defaults from the config.
func sampleCompose(f library.Fields, cfg config.Config) library.Fields {
	f.SenderName = firstNonEmpty(cfg.SenderName(), f.SenderName)
	f.Signature = cfg.Sender.Signature
	f.Role = firstNonEmpty(cfg.Defaults.Role, f.Role)
	f.Client = firstNonEmpty(cfg.Defaults.Client, f.Client)
	f.Hook = firstNonEmpty(cfg.Defaults.Hook, f.Hook)
	return f
}

// didYouMean suggests the full id when the argument is a file stem alone.
func didYouMean(lib *library.Library, arg string) string {
	var ids []string
	for _, t := range lib.Templates() {
		if strings.HasSuffix(t.ID, "/"+arg) {
			ids = append(ids, t.ID)
		}
	}
	if len(ids) == 0 {
		return ""
	}
	return " (did you mean " + strings.Join(ids, " or ") + "?)"
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
	fmt.Fprintf(w, "Body:    %s / %s characters%s\n", words.Thousands(r.BodyLen), words.Thousands(r.BodyLimit), lengthNote(t, r))
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

// lengthNote relates an InMail's length to LinkedIn's response data.
func lengthNote(t *library.Template, r library.Rendered) string {
	if t.Channel != library.InMail || r.BodyLen > r.BodyLimit {
		return ""
	}
	switch {
	case r.BodyLen < library.ShortBody:
		return fmt.Sprintf(" (under %d: LinkedIn's best-performing length)", library.ShortBody)
	case r.BodyLen > library.LongBody:
		return fmt.Sprintf(" (over %s: LinkedIn found 11%% fewer responses)", words.Thousands(library.LongBody))
	}
	return ""
}
