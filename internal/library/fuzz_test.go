package library

import (
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/templates"
)

// FuzzParseTemplate feeds arbitrary bytes to the front-matter and
// placeholder parser: it must never panic, every problem must point inside
// the file, and whatever it accepts must render.
func FuzzParseTemplate(f *testing.F) {
	for _, fsys := range []fs.FS{templates.FS, os.DirFS("testdata/broken")} {
		_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if b, err := fs.ReadFile(fsys, p); err == nil {
					f.Add(b)
				}
			}
			return nil
		})
	}
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\nsubject: {{\n---\n{{{{}}}}"))
	f.Add([]byte("---\r\nname: &a x\r\nchannel: *a\r\n---\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tpl, probs := ParseTemplate("f.md", data)
		lines := strings.Count(string(data), "\n") + strings.Count(string(data), "\r") + 2
		for _, p := range probs {
			if p.Line < 0 || p.Line > lines || p.Col < 0 || p.Msg == "" || p.File != "f.md" {
				t.Fatalf("problem out of the file (%d lines): %#v", lines, p)
			}
		}
		if len(probs) == 0 {
			if strings.Count(tpl.Body, "{{personalization}}") != 1 || !slices.Contains(Channels, tpl.Channel) {
				t.Fatalf("accepted a template without one {{personalization}} or a channel: %#v", tpl)
			}
			r := Render(tpl, &profile.Profile{Name: "Zoë Ñ"}, Fields{Personalization: "x"})
			if r.BodyLen != Count(r.Body) {
				t.Fatalf("BodyLen %d for a body of %d characters", r.BodyLen, Count(r.Body))
			}
		}
	})
}

// FuzzScan checks that scanning loses no text: the tokens put back together
// are the input.
func FuzzScan(f *testing.F) {
	for _, s := range []string{"", "{{", "}}", "a {{b}} c", "{{{x}}}", "{{a\n}}", "{{a {{b}}", "é{{ü}}👍"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var b strings.Builder
		end := 0
		for _, tok := range scan(s) {
			if tok.start != end || s[tok.start:tok.end] != tok.text {
				t.Fatalf("token %#v does not follow on at %d", tok, end)
			}
			end = tok.end
			b.WriteString(tok.text)
		}
		if b.String() != s {
			t.Fatalf("tokens give %q, want %q", b.String(), s)
		}
	})
}

// FuzzParseLevels feeds arbitrary bytes to the seniority.yaml parser.
func FuzzParseLevels(f *testing.F) {
	if b, err := fs.ReadFile(templates.FS, LevelsFile); err == nil {
		f.Add(b)
	}
	f.Add([]byte("levels: [{id: a, label: A, years: 1-2}, {id: a}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		levels, _, ok := ParseLevels("s.yaml", data)
		if !ok && len(levels) != 0 {
			t.Fatal("levels returned from an unreadable file")
		}
	})
}
