package cli

import "github.com/inmail/inmail/internal/clipboard"

// copyText copies text with the App's clipboard (the process's terminal
// and system clipboard unless a test replaced it).
func (a *App) copyText(text string) clipboard.Result {
	if a.Copier != nil {
		return a.Copier.Copy(text)
	}
	return clipboard.Default(a.Getenv).Copy(text)
}
