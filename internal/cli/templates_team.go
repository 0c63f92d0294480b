package cli

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/templates"
)

// The team's templates, changed by an admin: templates add and remove
// write the folder the library's own templates come from (templates/ in
// the config folder, the server's in team mode).

func newTemplatesAddCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:   "add ID FILE",
		Short: "Add a template to the team's templates, or replace one (admins)",
		Long: `Save a template file as ID (level/name, such as associate/warm-intro) in the
team's templates: templates/ in the config folder, which the built-in ones are
overlaid with (the --templates folder instead, when one is given). It is
checked first as templates lint would check it, and saved only when it has no
problem; a template the folder already has with that id is replaced, and one
with a built-in id hides the built-in one. Every session started afterwards
offers it.

FILE "-" reads standard input: over SSH, pipe the file. In team mode only an
admin changes the team's templates.`,
		Example: `  inmail templates add associate/warm-intro warm-intro.md
  ssh -p 23234 team.example.com templates add associate/warm-intro - < warm-intro.md`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.actorSession(withTemplates)
			if err != nil {
				return err
			}
			folder, err := a.teamTemplates()
			if err != nil {
				return err
			}
			data, err := a.readTemplate(args[1])
			if err != nil {
				return err
			}
			c, probs, err := s.AddTemplate(folder, args[0], data)
			if err != nil {
				return err
			}
			if len(probs) > 0 {
				for _, p := range probs {
					fmt.Fprintln(cmd.ErrOrStderr(), p)
				}
				return &app.ExitError{Code: app.ExitRefused, Err: fmt.Errorf("%s was not saved: fix what templates lint says above and add it again", c.ID)}
			}
			what := "a new template"
			switch {
			case c.Replaced:
				what = "replacing the team's earlier one"
			case c.BuiltIn:
				what = "in place of the built-in one"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Saved %s in the team's templates (%s), %s. Sessions started from now on offer it.\n", c.ID, c.File, what)
			return nil
		},
	}
}

func newTemplatesRemoveCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:   "remove ID",
		Short: "Remove a template from the team's templates (admins)",
		Long: `Remove the template ID from the team's templates (templates/ in the config
folder, or the --templates folder). A built-in template of that id is offered
again; a built-in template itself cannot be removed. Messages sent with it
stay in the log, and reports keep it. In team mode only an admin changes the
team's templates.`,
		Example: `  inmail templates remove associate/warm-intro
  ssh -p 23234 team.example.com templates remove associate/warm-intro`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.actorSession(0)
			if err != nil {
				return err
			}
			folder, err := a.teamTemplates()
			if err != nil {
				return err
			}
			c, err := s.RemoveTemplate(folder, args[0])
			if err != nil {
				return err
			}
			then := ""
			if c.BuiltIn {
				then = "; the built-in one is offered again"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Removed %s from the team's templates (%s)%s. Sessions started from now on follow.\n", c.ID, c.File, then)
			return nil
		},
	}
}

// teamTemplates is the folder templates add and remove change: the
// --templates folder when one is given (it is the library on its own),
// else templates/ in the config folder, over the built-in library.
func (a *App) teamTemplates() (app.TemplateFolder, error) {
	dir := a.TemplatesDir
	if dir == "" && a.Getenv != nil {
		dir = a.Getenv("INMAIL_TEMPLATES")
	}
	if dir != "" {
		return app.TemplateFolder{Dir: dir}, nil
	}
	if a.ConfigDir == "" {
		return app.TemplateFolder{}, badInput(fmt.Errorf("no config folder to keep the team's templates in; give one with --templates DIR"))
	}
	builtIn, _ := library.Load(library.Layer{Source: library.BuiltIn, FS: templates.FS})
	return app.TemplateFolder{Dir: filepath.Join(a.ConfigDir, overlayDir), Behind: builtIn}, nil
}

// readTemplate reads a template file ("-": standard input), at most a
// little more than a template may hold, so that AddTemplate can say it is
// too large.
func (a *App) readTemplate(path string) ([]byte, error) {
	var r io.Reader = a.Stdin
	name := "standard input"
	if path != "-" {
		f, err := app.OpenFile("template file", path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r, name = f, path
	}
	if r == nil {
		return nil, badInput(fmt.Errorf("no %s to read the template from", name))
	}
	data, err := io.ReadAll(io.LimitReader(r, app.MaxTemplate+1))
	if err != nil {
		return nil, badInput(fmt.Errorf("read %s: %w", name, app.UnwrapPath(err)))
	}
	return data, nil
}
