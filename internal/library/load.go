package library

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"strings"

	"github.com/inmail/inmail/internal/profile"
)

// Layer is one source of templates: the built-in library, a team's overlay
// folder, or a folder named on the command line.
type Layer struct {
	// Source is BuiltIn or the folder's path; problems and templates name it.
	Source string
	FS     fs.FS
}

// templateExts are the file name endings of template files.
var templateExts = []string{".md", ".markdown"}

// Load reads the layers in order. A later layer's template replaces an
// earlier one with the same id, and a later layer's seniority.yaml replaces
// the levels (a layer without one keeps the levels it inherits; templates of
// levels no longer listed are dropped). Templates with problems are left out
// and reported; the rest load. A layer whose seniority.yaml cannot be read
// (and that inherits none) is skipped whole. Problems are ordered by file
// and position.
func Load(layers ...Layer) (*Library, []Problem) {
	var (
		levels []profile.Level
		have   bool
		probs  []Problem
		byID   = map[string]*Template{}
	)
	for _, l := range layers {
		lv, ps, ok := loadLevels(l, have)
		probs = append(probs, ps...)
		if !ok {
			continue
		}
		if lv != nil {
			levels, have = lv, true
		}
		tpls, ps := loadTemplates(l, levels)
		probs = append(probs, ps...)
		for _, t := range tpls {
			byID[t.ID] = t
		}
	}
	sortProblems(probs)
	return newLibrary(levels, byID), probs
}

// Lint reports every problem of one template folder, read on its own (not
// overlaid on the built-in library). name is how the folder is shown in
// problems. No problems means every template in it will be offered.
func Lint(fsys fs.FS, name string) []Problem {
	_, probs := Load(Layer{Source: name, FS: fsys})
	return probs
}

// LintOverlay reports every problem of a folder read as an overlay on
// base, the layers read before it, as Load reads templates/ in the config
// folder over the built-in library: its own seniority.yaml, if it has one,
// replaces base's levels, and without one it takes them. Only the
// folder's own problems are reported.
func LintOverlay(fsys fs.FS, name string, base ...Layer) []Problem {
	var levels []profile.Level
	for _, l := range base {
		if lv, _, ok := loadLevels(l, levels != nil); ok && lv != nil {
			levels = lv
		}
	}
	l := Layer{Source: name, FS: fsys}
	lv, probs, ok := loadLevels(l, levels != nil)
	if ok {
		if lv != nil {
			levels = lv
		}
		_, ps := loadTemplates(l, levels)
		probs = append(probs, ps...)
	}
	sortProblems(probs)
	return probs
}

// HasLevels reports whether a folder has its own seniority.yaml, so it can
// be used on its own (--templates) and not only as an overlay.
func HasLevels(fsys fs.FS) bool {
	_, err := fs.Stat(fsys, LevelsFile)
	return err == nil
}

// loadLevels reads a layer's seniority.yaml. It returns nil levels when the
// layer has none and inherits some; ok is false when the layer must be
// skipped.
func loadLevels(l Layer, inherited bool) (levels []profile.Level, probs []Problem, ok bool) {
	file := joinPath(l.Source, LevelsFile)
	if l.FS == nil {
		return nil, []Problem{{File: l.Source, Msg: "no folder to read"}}, false
	}
	data, err := fs.ReadFile(l.FS, LevelsFile)
	switch {
	case errors.Is(err, fs.ErrNotExist) && inherited:
		return nil, nil, true
	case errors.Is(err, fs.ErrNotExist):
		return nil, []Problem{{File: file, Msg: "missing: a template folder needs seniority.yaml listing its levels in order; the folder was skipped"}}, false
	case err != nil:
		return nil, []Problem{{File: file, Msg: fmt.Sprintf("cannot read it (%v); the folder was skipped", unwrapPath(err))}}, false
	}
	levels, probs, ok = ParseLevels(file, data)
	if !ok {
		for i := range probs {
			probs[i].Msg += "; the folder was skipped"
		}
	}
	return levels, probs, ok
}

// loadTemplates reads every template file directly inside the layer's
// level folders.
func loadTemplates(l Layer, levels []profile.Level) ([]*Template, []Problem) {
	var (
		tpls  []*Template
		probs []Problem
	)
	known := map[string]bool{}
	names := make([]string, 0, len(levels))
	for _, lv := range levels {
		known[lv.ID] = true
		names = append(names, lv.ID)
	}
	dirs, err := fs.ReadDir(l.FS, ".")
	if err != nil {
		return nil, []Problem{{File: l.Source, Msg: fmt.Sprintf("cannot list the folder (%v)", unwrapPath(err))}}
	}
	seen := map[string]string{}
	for _, d := range dirs {
		if !d.IsDir() || hidden(d.Name()) {
			continue
		}
		files, err := fs.ReadDir(l.FS, d.Name())
		if err != nil {
			probs = append(probs, Problem{File: joinPath(l.Source, d.Name()), Msg: fmt.Sprintf("cannot list the folder (%v)", unwrapPath(err))})
			continue
		}
		for _, f := range files {
			ext := path.Ext(f.Name())
			if f.IsDir() || hidden(f.Name()) || !isTemplateExt(ext) {
				continue
			}
			rel := d.Name() + "/" + f.Name()
			file := joinPath(l.Source, rel)
			if !known[d.Name()] {
				probs = append(probs, Problem{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf(
					"folder %q is not a seniority level (%s lists %s); add it there or move this template",
					d.Name(), LevelsFile, orNone(names))})
				continue
			}
			id := d.Name() + "/" + strings.TrimSuffix(f.Name(), ext)
			var ps []Problem
			if first, dup := seen[id]; dup {
				ps = append(ps, Problem{File: file, Line: 1, Col: 1, Msg: fmt.Sprintf(
					"template id %s is already used by %s; rename one of the files", id, first)})
			} else {
				seen[id] = rel
			}
			data, err := fs.ReadFile(l.FS, rel)
			if err != nil {
				probs = append(probs, Problem{File: file, Msg: fmt.Sprintf("cannot read it (%v)", unwrapPath(err))})
				continue
			}
			t, pp := ParseTemplate(file, data)
			ps = append(ps, pp...)
			if len(ps) > 0 {
				probs = append(probs, ps...)
				continue
			}
			t.ID, t.Seniority, t.Source, t.File = id, d.Name(), l.Source, rel
			tpls = append(tpls, t)
		}
	}
	return tpls, probs
}

func isTemplateExt(ext string) bool {
	for _, e := range templateExts {
		if strings.EqualFold(ext, e) {
			return true
		}
	}
	return false
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") }

func orNone(names []string) string {
	if len(names) == 0 {
		return "no levels"
	}
	return strings.Join(names, ", ")
}

// joinPath shows a file inside a source: "built-in/associate/x.md" for the
// embedded library, an OS path otherwise.
func joinPath(source, rel string) string {
	if source == BuiltIn {
		return BuiltIn + "/" + rel
	}
	return filepath.Join(source, filepath.FromSlash(rel))
}

// unwrapPath drops the *fs.PathError wrapper, whose path the problem
// already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
