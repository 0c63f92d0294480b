package cli

import (
	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/tui"
)

// runTUI opens the terminal UI. Until the composer lands it lists the
// loaded templates; skipped files are shown in a banner.
func (a *App) runTUI(cmd *cobra.Command) error {
	lib, probs, err := a.Library()
	if err != nil {
		return err
	}
	return tui.Run(cmd.Context(), lib, probs)
}
