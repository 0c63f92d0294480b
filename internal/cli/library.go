package cli

import (
	"os"
	"path/filepath"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/templates"
)

// overlayDir is the folder inside ConfigDir whose templates replace or add
// to the built-in ones.
const overlayDir = "templates"

// Library loads the template library the recruiter works with. A folder
// named by --templates (or INMAIL_TEMPLATES) is used on its own; otherwise
// the built-in library is overlaid by templates/ in the config folder, when
// that exists. Templates with problems are left out; the problems say which
// file was skipped and why. The error is for a --templates folder that
// cannot be used at all.
func (a *App) Library() (*library.Library, []library.Problem, error) {
	layers, err := a.templateLayers()
	if err != nil {
		return nil, nil, err
	}
	lib, probs := library.Load(layers...)
	return lib, probs, nil
}

// templateLayers lists the template sources in the order they are read.
func (a *App) templateLayers() ([]library.Layer, error) {
	dir := a.TemplatesDir
	if dir == "" && a.Getenv != nil {
		dir = a.Getenv("INMAIL_TEMPLATES")
	}
	if dir != "" {
		if err := app.CheckFolder("template folder", dir); err != nil {
			return nil, badInput(err)
		}
		return []library.Layer{{Source: dir, FS: os.DirFS(dir)}}, nil
	}
	layers := []library.Layer{{Source: library.BuiltIn, FS: templates.FS}}
	if a.ConfigDir != "" {
		overlay := filepath.Join(a.ConfigDir, overlayDir)
		if app.CheckFolder("template folder", overlay) == nil {
			layers = append(layers, library.Layer{Source: overlay, FS: os.DirFS(overlay)})
		}
	}
	return layers, nil
}

// isOverlay reports whether dir is the config folder's template overlay.
func (a *App) isOverlay(dir string) bool {
	if a.ConfigDir == "" {
		return false
	}
	d1, err1 := os.Stat(dir)
	d2, err2 := os.Stat(filepath.Join(a.ConfigDir, overlayDir))
	return err1 == nil && err2 == nil && os.SameFile(d1, d2)
}
