package cli

import "github.com/spf13/cobra"

// newTemplatesCmd is a placeholder until the template library lands.
func newTemplatesCmd(a *App) *cobra.Command {
	return &cobra.Command{Use: "templates", Short: "Template library (not built yet)", Hidden: true}
}
