package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSet(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		edits []Edit
		want  string
	}{
		{"new file", "", []Edit{{"recruiter", "Sam Reyes"}, {"seat.preset", "recruiter-lite"}},
			"recruiter: Sam Reyes\nseat:\n  preset: recruiter-lite\n"},
		{"comments and order kept",
			"# Sam's settings\nrecruiter: Sam   # logged with every message\nseat:\n  preset: recruiter  # the licence\n  start: 2026-01\ndefaults:\n  role: Corporate associate\n",
			[]Edit{{"recruiter", "Sam Reyes"}, {"seat.preset", "custom"}, {"seat.monthly", 40}, {"sender.name", "Samuel Reyes"}},
			"# Sam's settings\nrecruiter: Sam Reyes # logged with every message\nseat:\n  preset: custom # the licence\n  start: 2026-01\n  monthly: 40\ndefaults:\n  role: Corporate associate\nsender:\n  name: Samuel Reyes\n"},
		{"remove", "seat:\n  preset: custom\n  monthly: 40\nsender:\n  signature: Lex Talent\n",
			[]Edit{{"seat.monthly", nil}, {"seat.preset", "recruiter"}, {"sender.signature", nil}, {"sender.name", nil}},
			"seat:\n  preset: recruiter\n"},
		{"quoted stays quoted", "recruiter: \"Sam\"\n", []Edit{{"recruiter", "Sam Reyes"}}, "recruiter: \"Sam Reyes\"\n"},
		{"values that need quotes", "", []Edit{{"recruiter", "123"}, {"sender.signature", "Lex Talent # 2: the firm"}},
			"recruiter: \"123\"\nsender:\n  signature: 'Lex Talent # 2: the firm'\n"},
		{"comments only", "# settings for inmail\n", []Edit{{"recruiter", "Sam"}}, "# settings for inmail\nrecruiter: Sam\n"},
		{"empty section filled", "seat:\nrecruiter: Sam\n", []Edit{{"seat.preset", "recruiter"}}, "seat:\n  preset: recruiter\nrecruiter: Sam\n"},
		{"flow mapping", "{}\n", []Edit{{"recruiter", "Sam"}}, "recruiter: Sam\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Set([]byte(tc.in), tc.edits...)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			if _, err := Parse("config.yaml", got); err != nil {
				t.Errorf("the result does not parse: %v", err)
			}
		})
	}
}

func TestSetRefuses(t *testing.T) {
	for _, tc := range []struct {
		in   string
		edit Edit
		want string
	}{
		{"", Edit{"seat.colour", "red"}, `"seat.colour" is not a setting`},
		{"", Edit{"seat", "red"}, `"seat" is a section`},
		{"", Edit{"seat.monthly", 1.5}, "cannot write a float64"},
		{"- a\n- b\n", Edit{"recruiter", "Sam"}, "expected a mapping"},
		{"recruiter: [\n", Edit{"recruiter", "Sam"}, "read the settings"},
	} {
		_, err := Set([]byte(tc.in), tc.edit)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Set(%q, %v): got %v, want an error with %q", tc.in, tc.edit, err, tc.want)
		}
	}
}

func TestSaveCreates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "cfg", "inmail")
	path := filepath.Join(dir, "config.yaml")
	cfg, err := Save(path, Edit{"recruiter", "Sam Reyes"}, Edit{"sender.signature", "Lex Talent · +44 20 7946 0000"},
		Edit{"seat.preset", "custom"}, Edit{"seat.monthly", 1})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Recruiter != "Sam Reyes" || cfg.SenderName() != "Sam Reyes" || cfg.Seat.Monthly == nil || *cfg.Seat.Monthly != 1 {
		t.Errorf("saved %+v", cfg)
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, path: 0o600} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s has mode %v, want %v", p, got, want)
		}
	}
	loaded, err := Load(path)
	if err != nil || loaded.Sender.Signature != "Lex Talent · +44 20 7946 0000" {
		t.Errorf("Load after Save: %+v, %v", loaded, err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".config.yaml.*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestSaveKeepsFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	orig := "recruiter: Sam # me\ndefaults:\n  role: Corporate associate\n"
	if err := os.WriteFile(path, []byte(orig), 0o640); err != nil {
		t.Fatal(err)
	}
	// A signature LinkedIn would refuse: the file is left as it was.
	_, err := Save(path, Edit{"sender.signature", strings.Repeat("x", 151)})
	var ce *Error
	if !errors.As(err, &ce) || ce.Field != "sender.signature" {
		t.Fatalf("a 151-character signature: got %v, want a config error on sender.signature", err)
	}
	if b, _ := os.ReadFile(path); string(b) != orig {
		t.Errorf("the refused save changed the file:\n%s", b)
	}
	if _, err := Save(path, Edit{"sender.name", "Sam Reyes"}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if want := orig + "sender:\n  name: Sam Reyes\n"; string(b) != want {
		t.Errorf("saved\n%s\nwant\n%s", b, want)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Errorf("the file's mode changed to %v", fi.Mode().Perm())
	}
}

func TestSaveThroughLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "dotfiles", "inmail.yaml")
	if err := os.MkdirAll(filepath.Dir(real), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte("recruiter: Sam\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "config.yaml")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if _, err := Save(link, Edit{"recruiter", "Sam Reyes"}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if b, _ := os.ReadFile(real); string(b) != "recruiter: Sam Reyes\n" {
		t.Errorf("the linked file holds %q", b)
	}
}
