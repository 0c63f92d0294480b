package cli

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/tui"
)

// runTUI opens the composer: the store held open for the whole session,
// the settings and template library, and the adapters the screens use.
func (a *App) runTUI(cmd *cobra.Command) error {
	env, err := a.loadSettings()
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
	return tui.Run(cmd.Context(), a.tuiDeps(db, env, theme))
}

// tuiDeps builds the screens' dependencies around an open store.
func (a *App) tuiDeps(db *store.DB, env composeEnv, theme string) tui.Deps {
	return tui.Deps{
		Store:          db,
		Library:        env.Library,
		Problems:       env.Problems,
		Now:            a.Now,
		Getenv:         a.Getenv,
		Recruiter:      env.Recruiter,
		Credits:        func() (int, error) { m, err := a.creditMonth(db, env.Config, env.Recruiter); return m.Left, err },
		Prepare:        a.preparer(db, env),
		Copy:           a.systemCopy,
		OpenURL:        openURL,
		StartCandidate: a.StartCandidate,
		StartTemplate:  a.StartTemplate,
		Theme:          theme,
	}
}

// preparer builds each compose's Composer: the reuse index is read from
// the log once per session (the composer adds the lines it sends), the
// credits every time, since sends and refunds change them.
func (a *App) preparer(db *store.DB, env composeEnv) func(outreach.Candidate, *library.Template) (*gate.Composer, error) {
	var (
		once  sync.Once
		reuse *personalize.ReuseIndex
		rerr  error
	)
	return func(c outreach.Candidate, t *library.Template) (*gate.Composer, error) {
		once.Do(func() { reuse, rerr = reuseIndex(db) })
		if rerr != nil {
			return nil, rerr
		}
		month, err := a.creditMonth(db, env.Config, env.Recruiter)
		if err != nil {
			return nil, err
		}
		e := env
		e.Reuse, e.Month = reuse, month
		return e.composer(t, c, composeFields(env.Config, "", "", "")), nil
	}
}

// systemCopy puts text on the system clipboard. The composer sets the
// terminal's clipboard itself (OSC52 through Bubble Tea, which owns the
// terminal), so only a test's Copier also gets the terminal side.
func (a *App) systemCopy(text string) clipboard.Result {
	if a.Copier != nil {
		return a.Copier.Copy(text)
	}
	return clipboard.Copier{System: clipboard.SystemClipboard}.Copy(text)
}

// openURL opens url in the browser with the platform's opener and says
// why when it cannot.
func openURL(url string) error {
	name := "xdg-open"
	switch runtime.GOOS {
	case "darwin":
		name = "open"
	case "windows":
		name = "explorer"
	}
	if _, err := exec.LookPath(name); err != nil {
		return fmt.Errorf("%s is not installed", name)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out bytes.Buffer
	c := exec.CommandContext(ctx, name, url)
	c.Stdout, c.Stderr = &out, &out
	if err := c.Run(); err != nil {
		if msg := strings.TrimSpace(out.String()); msg != "" {
			return fmt.Errorf("%s: %s", name, firstLine(msg))
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
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
