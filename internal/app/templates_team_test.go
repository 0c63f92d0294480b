package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/team"
	"github.com/inmail/inmail/templates"
)

// TestTeamTemplates: an admin adds a template to the team's folder,
// checked as lint checks it, replaces it, and removes it; the library read
// afterwards offers what the folder holds. Nobody else may.
func TestTeamTemplates(t *testing.T) {
	db := mustOpenDB(t)
	admin := newSession(t, db, Person{Name: "Ana Silva", Role: team.Admin})
	lead := newSession(t, db, Person{Name: "Lee Park", Role: team.Lead})
	builtIn, _ := library.Load(library.Layer{Source: library.BuiltIn, FS: templates.FS})
	folder := TemplateFolder{Dir: filepath.Join(t.TempDir(), "templates"), Behind: builtIn}
	warm, err := os.ReadFile("testdata/warm-intro.md")
	if err != nil {
		t.Fatal(err)
	}
	offered := func() *library.Library {
		lib, _ := library.Load(library.Layer{Source: library.BuiltIn, FS: templates.FS}, library.Layer{Source: folder.Dir, FS: os.DirFS(folder.Dir)})
		return lib
	}

	if _, _, err := lead.AddTemplate(folder, "associate/warm-intro", warm); ExitOf(err) != ExitRefused || !strings.Contains(err.Error(), "is for admins") {
		t.Errorf("a lead adding a template: %v", err)
	}
	if _, err := os.Stat(folder.Dir); err == nil {
		t.Error("a refused add made the folder")
	}
	for _, tc := range []struct{ id, want string }{
		{"warm-intro", "not a template id"},
		{"associate/Warm Intro", "not a template id"},
		{"junior/warm-intro", `"junior" is not a seniority level of the library (associate, senior-associate, partner-track)`},
	} {
		if _, _, err := admin.AddTemplate(folder, tc.id, warm); ExitOf(err) != ExitBadInput || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("add %s: %v; want bad input saying %q", tc.id, err, tc.want)
		}
	}
	broken := strings.Replace(string(warm), "{{first_name}}, a", "{{frist_name}}, a", 1)
	_, probs, err := admin.AddTemplate(folder, "associate/warm-intro", []byte(broken))
	if err != nil || len(probs) != 1 || !strings.HasPrefix(probs[0].String(), "associate/warm-intro.md:4:") || !strings.Contains(probs[0].Msg, "first_name") {
		t.Fatalf("a template with an unknown placeholder: %v, %v", probs, err)
	}
	if _, ok := offered().Get("associate/warm-intro"); ok {
		t.Error("a template with a problem was saved")
	}

	c, probs, err := admin.AddTemplate(folder, "associate/warm-intro", warm)
	if err != nil || len(probs) > 0 || c.Replaced || c.BuiltIn || c.File != "associate/warm-intro.md" {
		t.Fatalf("add: %+v, %v, %v", c, probs, err)
	}
	if tpl, ok := offered().Get("associate/warm-intro"); !ok || tpl.Name != "Warm intro" || tpl.Source != folder.Dir {
		t.Errorf("the library after the add: %+v, %v", tpl, ok)
	}
	if fi, err := os.Stat(filepath.Join(folder.Dir, "associate", "warm-intro.md")); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the saved file: %v, %v", fi, err)
	}
	// Replacing it, and a built-in one.
	renamed := strings.Replace(string(warm), "name: Warm intro", "name: Warm intro, shorter", 1)
	if c, _, err := admin.AddTemplate(folder, "associate/warm-intro", []byte(renamed)); err != nil || !c.Replaced {
		t.Errorf("add again: %+v, %v; want it replaced", c, err)
	}
	if c, _, err := admin.AddTemplate(folder, "associate/direct-intro", warm); err != nil || !c.BuiltIn || c.Replaced {
		t.Errorf("add over a built-in id: %+v, %v", c, err)
	}
	lib := offered()
	if tpl, _ := lib.Get("associate/warm-intro"); tpl.Name != "Warm intro, shorter" {
		t.Errorf("the replaced template is %q", tpl.Name)
	}
	if tpl, _ := lib.Get("associate/direct-intro"); tpl.Source != folder.Dir {
		t.Errorf("associate/direct-intro comes from %s, want the team's folder", tpl.Source)
	}

	if _, err := lead.RemoveTemplate(folder, "associate/warm-intro"); ExitOf(err) != ExitRefused {
		t.Errorf("a lead removing a template: %v", err)
	}
	if c, err := admin.RemoveTemplate(folder, "associate/direct-intro"); err != nil || !c.BuiltIn {
		t.Errorf("remove the team's direct-intro: %+v, %v", c, err)
	}
	if tpl, _ := offered().Get("associate/direct-intro"); tpl.Source != library.BuiltIn {
		t.Errorf("after removing the team's, direct-intro comes from %s, want the built-in one", tpl.Source)
	}
	if _, err := admin.RemoveTemplate(folder, "associate/direct-intro"); ExitOf(err) != ExitRefused || !strings.Contains(err.Error(), "built-in template, which cannot be removed") {
		t.Errorf("removing a built-in template: %v", err)
	}
	if _, err := admin.RemoveTemplate(folder, "associate/none"); ExitOf(err) != ExitBadInput {
		t.Errorf("removing what is not there: %v", err)
	}
	if _, err := admin.RemoveTemplate(folder, "associate/warm-intro"); err != nil {
		t.Errorf("remove: %v", err)
	}
	if _, ok := offered().Get("associate/warm-intro"); ok {
		t.Error("a removed template is still offered")
	}
}
