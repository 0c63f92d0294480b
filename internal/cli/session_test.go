package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/config"
	"github.com/inmail/inmail/internal/personalize"
)

func TestRecruiterName(t *testing.T) {
	a := newTestApp(t)
	if got := a.recruiterName(config.Config{Recruiter: " Jordan Blake "}); got != "Jordan Blake" {
		t.Errorf("from config: %q", got)
	}
	a.Getenv = envOf(map[string]string{"USER": "jblake"})
	if got := a.recruiterName(config.Config{}); got != "jblake" {
		t.Errorf("from $USER: %q", got)
	}
	a.Getenv = envOf(nil)
	if got := a.recruiterName(config.Config{}); got != "recruiter" {
		t.Errorf("fallback: %q", got)
	}
}

func TestParseAt(t *testing.T) {
	loc := time.FixedZone("BST", 3600)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2026-10-06 09:30", time.Date(2026, 10, 6, 9, 30, 0, 0, loc)},
		{"2026-10-06 09:30:15", time.Date(2026, 10, 6, 9, 30, 15, 0, loc)},
		{"2026-10-06T09:30", time.Date(2026, 10, 6, 9, 30, 0, 0, loc)},
		{"2026-10-06T08:30:00Z", time.Date(2026, 10, 6, 8, 30, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		got, err := parseAt(tc.in, loc)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("parseAt(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "yesterday", "06/10/2026 09:30", "2026-13-01 10:00"} {
		if _, err := parseAt(bad, loc); err == nil || !strings.Contains(err.Error(), "--at") {
			t.Errorf("parseAt(%q): %v", bad, err)
		}
	}
}

// The word lists are read at start only when the recruiter has their own:
// else the validator builds the embedded ones at its first check, not
// before the composer's first frame. A list that cannot be read still
// stops the command.
func TestSessionListsOnlyWhenCustom(t *testing.T) {
	a := newTestApp(t)
	s, err := a.session(withLists)
	if err != nil || s.Lists != nil {
		t.Errorf("no lists of their own: %v, %v; want none read", s, err)
	}
	path := filepath.Join(a.ConfigDir, personalize.CommonWordsFile)
	if err := os.WriteFile(path, []byte("hackney\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if s, err = a.session(withLists); err != nil || s.Lists == nil {
		t.Errorf("with %s: %v, %v; want the lists read", path, s, err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := a.session(withLists); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("an unreadable %s: %v", path, err)
	}
}
