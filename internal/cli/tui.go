package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/tui"
)

// runTUI opens the composer: the store held open for the whole session,
// the template library, and the settings the screens need.
func (a *App) runTUI(cmd *cobra.Command) error {
	cfg, err := a.Config()
	if err != nil {
		return err
	}
	lib, probs, err := a.Library()
	if err != nil {
		return err
	}
	theme, err := a.theme()
	if err != nil {
		return err
	}
	db, err := a.openStore(false)
	if err != nil {
		return err
	}
	defer db.Close()
	return tui.Run(cmd.Context(), tui.Deps{
		Store:     db,
		Library:   lib,
		Problems:  probs,
		Now:       a.Now,
		Getenv:    a.Getenv,
		Recruiter: cfg.Recruiter,
		Theme:     theme,
	})
}

// theme reads INMAIL_THEME: "light" or "dark" forces the palette on a
// terminal that does not report its background; empty asks the terminal.
func (a *App) theme() (string, error) {
	if a.Getenv == nil {
		return "", nil
	}
	switch t := strings.ToLower(strings.TrimSpace(a.Getenv("INMAIL_THEME"))); t {
	case "", "auto":
		return "", nil
	case "light", "dark":
		return t, nil
	default:
		return "", badInput(fmt.Errorf("INMAIL_THEME=%q: use light, dark or auto", t))
	}
}
