package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// runTUI opens the terminal UI.
func (a *App) runTUI(cmd *cobra.Command) error {
	return errors.New("the composer is not built yet")
}
