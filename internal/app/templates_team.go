package app

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// The team's templates: the folder whose files replace or add to the
// built-in ones (templates/ in the server's config folder). An admin adds
// one, checked as the library would load it, or removes one; the library
// is read again by every session that starts after.

// MaxTemplate is the most a template file may hold: LinkedIn's longest
// message is 1,900 characters, so anything near this is not a template.
const MaxTemplate = 64 << 10

// templateStem is a template's file name without its extension.
var templateStem = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// TemplateFolder is the team's template folder and the library it
// overlays.
type TemplateFolder struct {
	// Dir is the folder; it is made when the first template is added.
	Dir string
	// Behind is the library whose templates the folder's replace (the
	// built-in one); nil for none.
	Behind *library.Library
}

// behind reports whether a template of the library behind has id.
func (f TemplateFolder) behind(id string) bool {
	if f.Behind == nil {
		return false
	}
	_, ok := f.Behind.Get(id)
	return ok
}

// TemplateChange is what adding or removing a template did.
type TemplateChange struct {
	// ID is the template's id; File its path inside the folder.
	ID, File string
	// Replaced: an earlier file of the folder's with that id was
	// replaced (add) or removed. BuiltIn: a built-in template has the id,
	// which the added one hides or the removed one offers again.
	Replaced, BuiltIn bool
}

// AddTemplate saves data as the template id ("level/name") in the team's
// template folder, when the library would offer it: the level is
// one of the session library's and the file has none of the problems
// templates lint reports (they are returned, and nothing is saved). A
// file of the folder with that id is replaced; the write is whole or not
// at all.
//
// Errors: EFORBIDDEN for anyone but an admin; EINVALID for an id that is
// not level/name or a level the library does not have; the file system's.
func (s *Session) AddTemplate(f TemplateFolder, id string, data []byte) (TemplateChange, []library.Problem, error) {
	c := TemplateChange{ID: id}
	if err := s.manage("changing the team's templates"); err != nil {
		return c, nil, err
	}
	level, stem, err := s.templateID(id)
	if err != nil {
		return c, nil, err
	}
	c.File = level + "/" + stem + ".md"
	if len(data) > MaxTemplate {
		return c, nil, outreach.Errorf(outreach.EINVALID, "%s is over %d KB, more than a template can be (a message is at most 1,900 characters)", c.File, MaxTemplate>>10)
	}
	if _, probs := library.ParseTemplate(c.File, data); len(probs) > 0 {
		return c, probs, nil
	}
	old, err := overlayFiles(f.Dir, level, stem)
	if err != nil {
		return c, nil, err
	}
	c.Replaced, c.BuiltIn = len(old) > 0, f.behind(id)
	path := filepath.Join(f.Dir, filepath.FromSlash(c.File))
	if err := writeWhole(path, data); err != nil {
		return c, nil, err
	}
	// Another extension with the same id would make two files of one id.
	for _, o := range old {
		if o != path {
			if err := os.Remove(o); err != nil {
				return c, nil, err
			}
		}
	}
	return c, nil, nil
}

// RemoveTemplate removes the template id from the team's template folder
// (a file there with problems too). A built-in template with that
// id is offered again; a built-in one alone cannot be removed.
//
// Errors: EFORBIDDEN for anyone but an admin; EINVALID for an id that is
// not level/name; ENOTFOUND when the folder has no such template.
func (s *Session) RemoveTemplate(f TemplateFolder, id string) (TemplateChange, error) {
	c := TemplateChange{ID: id}
	if err := s.manage("changing the team's templates"); err != nil {
		return c, err
	}
	level, stem, ok := strings.Cut(id, "/")
	if !ok || !templateStem.MatchString(level) || !templateStem.MatchString(stem) {
		return c, outreach.Errorf(outreach.EINVALID, "%q is not a template id: write level/name, such as associate/direct-intro", id)
	}
	files, err := overlayFiles(f.Dir, level, stem)
	if err != nil {
		return c, err
	}
	c.BuiltIn = f.behind(id)
	if len(files) == 0 {
		if c.BuiltIn {
			return c, outreach.Errorf(outreach.EFORBIDDEN, "%s is a built-in template, which cannot be removed; templates add %s FILE replaces it for the team", id, id)
		}
		return c, outreach.Errorf(outreach.ENOTFOUND, "the team's templates have no %s (templates list shows them, with where each comes from)", id)
	}
	for _, file := range files {
		if err := os.Remove(file); err != nil {
			return c, err
		}
	}
	c.Replaced = true
	c.File, _ = filepath.Rel(f.Dir, files[0])
	c.File = filepath.ToSlash(c.File)
	return c, nil
}

// templateID splits a template id into its level, which must be one of
// the library's, and its name.
func (s *Session) templateID(id string) (level, stem string, err error) {
	level, stem, ok := strings.Cut(id, "/")
	if !ok || !templateStem.MatchString(stem) {
		return "", "", outreach.Errorf(outreach.EINVALID, "%q is not a template id: write level/name, such as associate/warm-intro (lower-case letters, digits and dashes)", id)
	}
	var levels []string
	if s.Library != nil {
		for _, l := range s.Library.Levels {
			if l.ID == level {
				return level, stem, nil
			}
			levels = append(levels, l.ID)
		}
	}
	return "", "", outreach.Errorf(outreach.EINVALID, "%q is not a seniority level of the library (%s); pick one of them", level, strings.Join(levels, ", "))
}

// overlayFiles are the files in dir holding the template level/stem, in
// any of the template extensions.
func overlayFiles(dir, level, stem string) ([]string, error) {
	var out []string
	for _, ext := range library.Extensions() {
		f := filepath.Join(dir, level, stem+ext)
		fi, err := os.Stat(f)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return nil, err
		case fi.Mode().IsRegular():
			out = append(out, f)
		}
	}
	return out, nil
}

// writeWhole writes data to path through a temporary file renamed over
// it, so a reader sees the old file or the new one, never part of one;
// folders are made 0700 and the file 0600, as config.yaml is.
func writeWhole(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".inmail-template-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o600); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save %s: %w", path, UnwrapPath(err))
	}
	return nil
}
