package library

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/inmail/inmail/templates"
)

func TestLintBuiltInIsClean(t *testing.T) {
	if probs := Lint(templates.FS, BuiltIn); len(probs) != 0 {
		t.Fatalf("the built-in library has problems:\n%s", join(probs))
	}
}

// TestLintBroken keeps the complete lint output of testdata/broken in a
// golden file, and checks that each planted kind of problem is in it.
func TestLintBroken(t *testing.T) {
	probs := Lint(os.DirFS("testdata/broken"), "testdata/broken")
	out := join(probs)
	golden.RequireEqual(t, out)

	planted := []struct{ kind, want string }{
		{"bad YAML", "associate/unquoted-subject.md:4:10: bad YAML in front matter: a value that starts with { or [ must be quoted"},
		{"unknown field, with a suggestion", `associate/unknown-fields.md:5:1: unknown front-matter field "descripton"; did you mean "description"?`},
		{"unknown field", `associate/unknown-fields.md:6:1: unknown front-matter field "tone"; known fields are`},
		{"unknown placeholder after multi-byte text", "associate/typos.md:8:5: unknown placeholder {{frist_name}}; did you mean {{first_name}}?"},
		{"unknown placeholder, no close match", "associate/typos.md:8:33: unknown placeholder {{candidate}}; use one of {{first_name}}"},
		{"unknown placeholder in the subject", "associate/typos.md:4:11: unknown placeholder {{rol}}; did you mean {{role}}?"},
		{"spaces inside braces", "associate/typos.md:10:27: unknown placeholder {{ sender_name }}; did you mean {{sender_name}}?"},
		{"missing personalization", "associate/no-line.md:8:1: the body has no {{personalization}}"},
		{"repeated personalization", "associate/two-lines.md:12:7: {{personalization}} appears more than once (first on line 10)"},
		{"personalization in the subject", "senior-associate/line-in-subject.md:4:15: {{personalization}} cannot be in the subject"},
		{"missing subject on an InMail", "senior-associate/no-subject.md:3:10: an InMail needs a subject"},
		{"subject on a connection note", "senior-associate/connection-subject.md:4:1: a connection note has no subject"},
		{"subject on a follow-up", "senior-associate/followup-subject.md:4:1: a follow-up goes in the first message's conversation and has no subject"},
		{"fixed text over the limit", "partner-track/too-long.md:7:1: the body's fixed text alone is 313 characters, before any placeholder is filled; a connection note allows 300"},
		{"folder that is not a level", `counsel/intro.md:1:1: folder "counsel" is not a seniority level`},
		{"two templates with one id", "associate/intro.md:1:1: template id associate/intro is already used by associate/intro.markdown"},
		{"no front matter", "associate/no-front-matter.md:1:1: no front matter"},
		{"unclosed front matter", "associate/unclosed-front-matter.md:1:1: the front matter is never closed"},
		{"empty body", "partner-track/empty-body.md:7:1: the message body is empty"},
		{"empty name", "senior-associate/bad-fields.md:2:1: name is empty"},
		{"unknown channel", `senior-associate/bad-fields.md:3:10: unknown channel "email"`},
		{"bad min_words", "senior-associate/bad-fields.md:4:12: min_words must be a whole number"},
		{"hint that is not text", "senior-associate/bad-fields.md:6:3: personalization must be a single line of text"},
		{"missing description", "senior-associate/bad-fields.md:1:1: missing description"},
		{"unclosed placeholder", "senior-associate/bad-fields.md:8:44: unclosed {{"},
		{"bad level years", `seniority.yaml:15:12: years "lots" must be a range`},
		{"client in a confidential search's subject", "partner-track/client-in-subject.md:4:30: a confidential search keeps the client out of the subject: remove {{client}} there"},
	}
	for _, p := range planted {
		if !strings.Contains(out, "testdata/broken/"+p.want) {
			t.Errorf("%s: no line containing %q in:\n%s", p.kind, p.want, out)
		}
	}
	for _, p := range probs {
		if p.Line < 1 || p.Col < 1 {
			t.Errorf("%s has no position", p)
		}
	}
}

func join(probs []Problem) string {
	var b strings.Builder
	for _, p := range probs {
		b.WriteString(p.String())
		b.WriteByte('\n')
	}
	return b.String()
}

// file builds a template file from front-matter lines and a body.
func file(front, body string) string { return "---\n" + front + "\n---\n" + body + "\n" }

func TestParseTemplate(t *testing.T) {
	const fm = "name: N\ndescription: D\npersonalization: P"
	tests := []struct {
		name string
		src  string
		want []string // problem strings without the file name; nil: none
	}{
		{"inmail ok", file(fm+"\nchannel: inmail\nsubject: \"Hi {{first_name}}\"", "Hi {{first_name}},\n\n{{personalization}}"), nil},
		{"connection ok", file(fm+"\nchannel: connection", "Hi {{first_name}}, {{personalization}}"), nil},
		{"crlf ok", strings.ReplaceAll(file(fm+"\nchannel: connection", "Hi,\n{{personalization}}"), "\n", "\r\n"), nil},
		{"bom ok", "\uFEFF" + file(fm+"\nchannel: connection", "{{personalization}}"), nil},
		{"missing channel", file(fm, "{{personalization}}"), []string{"1:1: missing channel"}},
		{"missing name", file("channel: connection\ndescription: D\npersonalization: P", "{{personalization}}"), []string{"1:1: missing name"}},
		{"no hint", file("name: N\ndescription: D\nchannel: connection", "{{personalization}}"), []string{"1:1: missing personalization"}},
		{"repeated field", file(fm+"\nname: M\nchannel: connection", "{{personalization}}"), []string{"5:1: name is given twice (first at line 2)"}},
		{"min_words zero", file(fm+"\nchannel: connection\nmin_words: 0", "{{personalization}}"), []string{"6:12: min_words must be between 1 and 60"}},
		{"two-line subject", file(fm+"\nchannel: inmail\nsubject: |\n  a\n  b", "{{personalization}}"), []string{"6:10: the subject must be one line"}},
		{"unclosed in subject", file(fm+"\nchannel: inmail\nsubject: \"a {{role\"", "{{personalization}}"), []string{"6:13: unclosed {{ in the subject"}},
		{"empty subject", file(fm+"\nchannel: inmail\nsubject: \"\"", "{{personalization}}"), []string{"6:1: an InMail needs a subject"}},
		{"not a mapping", file("- a\n- b", "{{personalization}}"), []string{"2:1: the front matter must be fields"}},
		{"not utf-8", "---\nname: \xff\n---\n", []string{"2:7: the file is not UTF-8 text"}},
		{"nested braces", file(fm+"\nchannel: connection", "{{first_name {{personalization}}"), []string{"7:1: unclosed {{"}},
		{"empty placeholder", file(fm+"\nchannel: connection", "{{}} {{personalization}}"), []string{"7:1: unknown placeholder {{}}; use one of"}},
		{"case", file(fm+"\nchannel: connection", "{{First_Name}} {{personalization}}"), []string{"7:1: unknown placeholder {{First_Name}}; did you mean {{first_name}}?"}},
		{"subject fixed text too long", file(fm+"\nchannel: inmail\nsubject: "+strings.Repeat("é", 201), "{{personalization}}"),
			[]string{"6:10: the subject's fixed text alone is 201 characters; an InMail subject allows 200"}},
		{"inmail body at the limit", file(fm+"\nchannel: inmail\nsubject: s", strings.Repeat("ü", 1900-len("{{personalization}}"))+"{{personalization}}"), nil},
		{"inmail body over the limit", file(fm+"\nchannel: inmail\nsubject: s", strings.Repeat("ü", 1901)+"{{personalization}}"),
			[]string{"8:1: the body's fixed text alone is 1901 characters, before any placeholder is filled; an InMail allows 1900"}},
		{"connection at the limit", file(fm+"\nchannel: connection", strings.Repeat("👋", 300)+"{{personalization}}"), nil},
		{"connection over the limit with newlines", file(fm+"\nchannel: connection", strings.Repeat("a\n", 150)+"b{{personalization}}"),
			[]string{"7:1: the body's fixed text alone is 301 characters"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, probs := ParseTemplate("f.md", []byte(tt.src))
			var got []string
			for _, p := range probs {
				got = append(got, strings.TrimPrefix(p.String(), "f.md:"))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(got), len(tt.want), strings.Join(got, "\n"))
			}
			for i := range got {
				if !strings.HasPrefix(got[i], tt.want[i]) {
					t.Errorf("problem %d:\n got %s\nwant %s...", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestParseTemplateFields(t *testing.T) {
	src := "---\nname: Direct intro\nchannel: inmail\nsubject: \"{{role}} at {{client}}\"\ndescription: D\npersonalization: A deal.\nmin_words: 9\n---\n\n\nHi {{first_name}},\n\n{{personalization}}\n\n"
	tpl, probs := ParseTemplate("f.md", []byte(src))
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	if tpl.Name != "Direct intro" || tpl.Channel != InMail || tpl.Subject != "{{role}} at {{client}}" ||
		tpl.Hint != "A deal." || tpl.MinWords != 9 || tpl.Description != "D" {
		t.Errorf("fields: %+v", tpl)
	}
	if want := "Hi {{first_name}},\n\n{{personalization}}"; tpl.Body != want {
		t.Errorf("body = %q, want %q", tpl.Body, want)
	}
	if len(tpl.Hash) != 16 {
		t.Errorf("hash %q is not 16 hex digits", tpl.Hash)
	}
	other, _ := ParseTemplate("f.md", []byte(src+" "))
	if other.Hash == tpl.Hash {
		t.Error("different bytes gave the same hash")
	}
}

const levelsYAML = "levels:\n  - {id: associate, label: Associate, years: 0-4}\n  - {id: partner-track, label: Partner track, years: 8+}\n"

func tpl(channel, body string) *fstest.MapFile {
	fm := "name: N\ndescription: D\npersonalization: P\nchannel: " + channel
	if channel == "inmail" {
		fm += "\nsubject: S"
	}
	return &fstest.MapFile{Data: []byte(file(fm, body))}
}

func TestLoadLayers(t *testing.T) {
	base := fstest.MapFS{
		"seniority.yaml":           {Data: []byte(levelsYAML)},
		"associate/b.md":           tpl("inmail", "base b {{personalization}}"),
		"associate/a.md":           tpl("connection", "base a {{personalization}}"),
		"partner-track/z.md":       tpl("inmail", "base z {{personalization}}"),
		"partner-track/notes.txt":  {Data: []byte("not a template")},
		"partner-track/.hidden.md": {Data: []byte("ignored")},
		".git/config":              {Data: []byte("ignored")},
	}
	overlay := fstest.MapFS{
		"associate/a.md":      tpl("connection", "team a {{personalization}}"),
		"associate/b.md":      tpl("inmail", "broken {{personalisation}}"),
		"associate/new.md":    tpl("connection", "team new {{personalization}}"),
		"partner-track/x.md":  tpl("inmail", "team x {{personalization}}"),
		"unknown-level/q.md":  tpl("inmail", "q {{personalization}}"),
		"partner-track/y.txt": {Data: []byte("ignored")},
	}
	lib, probs := Load(Layer{BuiltIn, base}, Layer{"/home/r/.config/inmail/templates", overlay})

	var ids []string
	for _, tp := range lib.Templates() {
		ids = append(ids, tp.ID+"@"+tp.Source)
	}
	want := []string{
		"associate/a@/home/r/.config/inmail/templates",
		"associate/b@built-in", // the overlay's b is broken, so the built-in one stays
		"associate/new@/home/r/.config/inmail/templates",
		"partner-track/x@/home/r/.config/inmail/templates",
		"partner-track/z@built-in",
	}
	if strings.Join(ids, "\n") != strings.Join(want, "\n") {
		t.Errorf("templates:\n%s\nwant:\n%s", strings.Join(ids, "\n"), strings.Join(want, "\n"))
	}
	if got := join(probs); !strings.Contains(got, "/home/r/.config/inmail/templates/associate/b.md:8:8: unknown placeholder {{personalisation}}; did you mean {{personalization}}?") ||
		!strings.Contains(got, "/home/r/.config/inmail/templates/unknown-level/q.md:1:1: folder \"unknown-level\" is not a seniority level (seniority.yaml lists associate, partner-track)") ||
		len(probs) != 3 {
		t.Errorf("problems:\n%s", got)
	}
	a, ok := lib.Get("associate/a")
	if !ok || !strings.HasPrefix(a.Body, "team a") || a.File != "associate/a.md" || a.Seniority != "associate" {
		t.Errorf("Get(associate/a) = %+v, %v", a, ok)
	}
	if a.Path() != "/home/r/.config/inmail/templates/associate/a.md" {
		t.Errorf("Path() = %q", a.Path())
	}
	if z, _ := lib.Get("partner-track/z"); z.Path() != "built-in/partner-track/z.md" {
		t.Errorf("built-in Path() = %q", z.Path())
	}
	if got := len(lib.ForLevel("partner-track")); got != 2 {
		t.Errorf("ForLevel(partner-track) has %d templates, want 2", got)
	}
	if lv, ok := lib.Level("partner-track"); !ok || lv.Label != "Partner track" || lv.MinYears != 8 || lv.MaxYears != 0 {
		t.Errorf("Level(partner-track) = %+v, %v", lv, ok)
	}
	if _, ok := lib.Get("associate/missing"); ok {
		t.Error("Get found a template that does not exist")
	}
}

func TestLoadLevelsReplaced(t *testing.T) {
	base := fstest.MapFS{
		"seniority.yaml":     {Data: []byte(levelsYAML)},
		"associate/a.md":     tpl("connection", "{{personalization}}"),
		"partner-track/z.md": tpl("connection", "{{personalization}}"),
	}
	overlay := fstest.MapFS{
		"seniority.yaml": {Data: []byte("levels:\n  - {id: associate, label: Junior, years: 0-3}\n  - {id: counsel, label: Counsel, years: 10+}\n")},
		"counsel/c.md":   tpl("connection", "{{personalization}}"),
	}
	lib, probs := Load(Layer{BuiltIn, base}, Layer{"team", overlay})
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	var ids []string
	for _, tp := range lib.Templates() {
		ids = append(ids, tp.ID)
	}
	if got := strings.Join(ids, " "); got != "associate/a counsel/c" {
		t.Errorf("templates = %s, want associate/a counsel/c (partner-track is no longer a level)", got)
	}
	if lv, _ := lib.Level("associate"); lv.Label != "Junior" || lv.MaxYears != 3 {
		t.Errorf("associate = %+v, want the overlay's label and years", lv)
	}
}

func TestLoadFatalLevels(t *testing.T) {
	tests := []struct {
		name string
		fs   fstest.MapFS
		want string
	}{
		{"missing", fstest.MapFS{"associate/a.md": tpl("connection", "{{personalization}}")},
			"dir/seniority.yaml: missing: a template folder needs seniority.yaml"},
		{"bad yaml", fstest.MapFS{"seniority.yaml": {Data: []byte("levels: [")}},
			"dir/seniority.yaml:1:1: bad YAML: did not find expected node content; the folder was skipped"},
		{"no list", fstest.MapFS{"seniority.yaml": {Data: []byte("levels: associate\n")}},
			"dir/seniority.yaml:1:1: expected \"levels:\" followed by a list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib, probs := Load(Layer{"dir", tt.fs})
			if lib.Len() != 0 {
				t.Errorf("loaded %d templates from a skipped folder", lib.Len())
			}
			if len(probs) == 0 || !strings.HasPrefix(probs[0].String(), tt.want) {
				t.Errorf("problems:\n%s\nwant first to start with %q", join(probs), tt.want)
			}
		})
	}
}

func TestParseLevels(t *testing.T) {
	src := `levels:
  - id: associate
    label: Associate
    years: 0–4
  - id: Senior Associate
    label: x
    years: 4-8
  - id: associate
    label: again
    years: 1-2
  - id: counsel
    years: 9-3
    grade: 7
  - just-a-string
`
	levels, probs, ok := ParseLevels("s.yaml", []byte(src))
	if !ok {
		t.Fatal("not ok")
	}
	want := []string{
		`s.yaml:5:9: level id "Senior Associate" must be lower-case letters, digits and dashes`,
		"s.yaml:8:9: level associate is listed twice (first at line 2)",
		"s.yaml:11:5: level counsel needs a label",
		`s.yaml:12:12: years "9-3" must be a range like 0-4`,
		`s.yaml:13:5: unknown field "grade" in a level`,
		"s.yaml:14:5: each level needs id, label and years",
	}
	if len(probs) != len(want) {
		t.Fatalf("problems:\n%s", join(probs))
	}
	for i, p := range probs {
		if !strings.HasPrefix(p.String(), want[i]) {
			t.Errorf("got  %s\nwant %s", p, want[i])
		}
	}
	if len(levels) != 2 || levels[0].ID != "associate" || levels[0].MaxYears != 4 || levels[1].ID != "counsel" || levels[1].Label != "counsel" {
		t.Errorf("levels = %+v", levels)
	}
}

// TestParseLevelTitles reads the titles that name a level, and reports a
// title given to two levels or not given as a list of strings.
func TestParseLevelTitles(t *testing.T) {
	src := `levels:
  - id: associate
    label: Associate
    years: 0-4
    titles: [trainee, NQ, associate]
  - id: senior-associate
    label: Senior associate
    years: 4-8
    titles:
      - senior associate
      - Associate
      - {x: 1}
  - id: partner-track
    label: Partner track
    years: 8+
    titles: partner
`
	levels, probs, ok := ParseLevels("s.yaml", []byte(src))
	if !ok || len(levels) != 3 {
		t.Fatalf("levels %+v, ok %v", levels, ok)
	}
	want := []string{
		`s.yaml:11:9: title "Associate" is listed for level associate and for senior-associate; keep it in one`,
		"s.yaml:12:9: a title of level senior-associate must be a job title",
		"s.yaml:16:13: titles of level partner-track must be a list",
	}
	if len(probs) != len(want) {
		t.Fatalf("problems:\n%s", join(probs))
	}
	for i, p := range probs {
		if !strings.HasPrefix(p.String(), want[i]) {
			t.Errorf("got  %s\nwant %s", p, want[i])
		}
	}
	if got := strings.Join(levels[0].Titles, "|"); got != "trainee|NQ|associate" {
		t.Errorf("associate titles: %q", got)
	}
	if got := strings.Join(levels[1].Titles, "|"); got != "senior associate" {
		t.Errorf("senior-associate titles: %q", got)
	}
}

// TestDefaultLevelTitles checks the shipped seniority.yaml: it parses with
// no problem and every level names titles.
func TestDefaultLevelTitles(t *testing.T) {
	data, err := fs.ReadFile(templates.FS, LevelsFile)
	if err != nil {
		t.Fatal(err)
	}
	levels, probs, ok := ParseLevels("seniority.yaml", data)
	if !ok || len(probs) > 0 {
		t.Fatalf("problems:\n%s", join(probs))
	}
	for _, l := range levels {
		if len(l.Titles) == 0 {
			t.Errorf("level %s names no titles", l.ID)
		}
	}
}

func TestSuggest(t *testing.T) {
	tests := []struct{ in, want string }{
		{"frist_name", FirstName},
		{"firstname", FirstName},
		{"First Name", FirstName},
		{"sender", ""},
		{"personalisation", Personalization},
		{"compnay", Company},
		{"name", ""},
		{"candidate", ""},
	}
	for _, tt := range tests {
		if got := suggest(tt.in); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLintOverlay reads a folder with no seniority.yaml as the config
// folder's overlay is read: on the built-in levels. Lint, which reads a
// folder on its own, says it needs one.
func TestLintOverlay(t *testing.T) {
	good := "---\nname: Team intro\nchannel: connection\ndescription: D\npersonalization: P\n---\nHi {{first_name}}, {{personalization}}\n"
	overlay := fstest.MapFS{
		"associate/team-intro.md": {Data: []byte(good)},
		"counsel/intro.md":        {Data: []byte(good)},
	}
	builtIn := Layer{Source: BuiltIn, FS: templates.FS}
	got := strings.TrimSpace(join(LintOverlay(overlay, "overlay", builtIn)))
	want := `overlay/counsel/intro.md:1:1: folder "counsel" is not a seniority level (seniority.yaml lists associate, senior-associate, partner-track); add it there or move this template`
	if got != want {
		t.Errorf("overlay on the built-in levels:\n got %s\nwant %s", got, want)
	}
	if got := join(Lint(overlay, "overlay")); !strings.Contains(got, "seniority.yaml: missing") {
		t.Errorf("on its own: %s", got)
	}
	if HasLevels(overlay) || !HasLevels(templates.FS) {
		t.Error("HasLevels is wrong")
	}
	// Its own seniority.yaml replaces the built-in levels.
	overlay["seniority.yaml"] = &fstest.MapFile{Data: []byte("levels:\n  - id: counsel\n    label: Counsel\n    years: 8+\n")}
	if got := join(LintOverlay(overlay, "overlay", builtIn)); !strings.Contains(got, `folder "associate" is not a seniority level (seniority.yaml lists counsel)`) || strings.Contains(got, "counsel/intro.md") {
		t.Errorf("with its own levels:\n%s", got)
	}
}

func TestFollowUps(t *testing.T) {
	three := "levels:\n  - {id: associate, label: Associate, years: 0-4}\n  - {id: senior, label: Senior, years: 4-8}\n  - {id: partner-track, label: Partner track, years: 8+}\n"
	lib, probs := Load(Layer{BuiltIn, fstest.MapFS{
		"seniority.yaml":         {Data: []byte(three)},
		"associate/intro.md":     tpl("inmail", "{{personalization}}"),
		"associate/nudge.md":     tpl("followup", "again: {{personalization}}"),
		"senior/intro.md":        tpl("inmail", "{{personalization}}"),
		"partner-track/intro.md": tpl("inmail", "{{personalization}}"),
		"partner-track/later.md": tpl("followup", "later: {{personalization}}"),
	}})
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	for _, lv := range []string{"associate", "senior", "partner-track"} {
		for _, x := range lib.ForLevel(lv) {
			if x.Channel == FollowUp {
				t.Errorf("ForLevel(%s) offers the follow-up %s as a first message", lv, x.ID)
			}
		}
	}
	for level, want := range map[string]string{
		"associate":     "associate/nudge",     // its own
		"partner-track": "partner-track/later", // its own
		"senior":        "associate/nudge",     // none of its own: the nearer, then the more junior
		"unknown":       "associate/nudge",
	} {
		got, ok := lib.FollowUpFor(level)
		if !ok || got.ID != want {
			t.Errorf("FollowUpFor(%s) = %v, want %s", level, got, want)
		}
	}
	if _, ok := (&Library{}).FollowUpFor("associate"); ok {
		t.Error("a library without follow-ups offered one")
	}
}
