package cli

import "github.com/spf13/cobra"

// newCheckCmd is a placeholder until the personalization validator lands.
func newCheckCmd(a *App) *cobra.Command {
	return &cobra.Command{Use: "check", Short: "Check a personalization line (not built yet)", Hidden: true}
}
