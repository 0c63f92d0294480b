package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLoadMissingFileIsDefault(t *testing.T) {
	cfg, err := Load(filepath.Join(t.TempDir(), "nope", "config.yaml"))
	if err != nil {
		t.Fatalf("missing file: %v", err)
	}
	if cfg.Seat.Preset != "recruiter" || cfg.Recruiter != "" {
		t.Errorf("got %+v, want Default()", cfg)
	}
}

func TestLoadFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.yaml")
	src := `recruiter: Sam Reyes
sender:
  name: Sam R.
  signature: "Sam Reyes · Lexmark Talent · +44 20 7946 0000"
seat:
  preset: custom
  monthly: 50
  cap: 200
  refunds: false
  follow_up_credit: true
  start: 2026-01
defaults:
  role: Corporate associate
  client: Harlow & Finch
  hook: Hybrid
  min_words: 8
`
	if err := os.WriteFile(path, []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.SenderName() != "Sam R." || *cfg.Seat.Monthly != 50 || *cfg.Seat.Cap != 200 || *cfg.Seat.Refunds ||
		cfg.Defaults.MinWords != 8 || cfg.Defaults.Client != "Harlow & Finch" {
		t.Errorf("got %+v", cfg)
	}
	if seat, err := cfg.Seat.Policy(); err != nil || !seat.FollowUpCredit || seat.Refunds {
		t.Errorf("Policy = %+v, %v; want follow-ups charged and no refunds", seat, err)
	}
	if seat, _ := (Seat{}).Policy(); seat.FollowUpCredit {
		t.Error("a seat that says nothing charges for follow-ups")
	}
	if m, ok := cfg.Seat.StartMonth(time.UTC); !ok || m.Year() != 2026 || m.Month() != 1 {
		t.Errorf("StartMonth = %v, %v", m, ok)
	}
	if (Config{Recruiter: "Ana"}).SenderName() != "Ana" {
		t.Error("SenderName should fall back to the recruiter")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // the whole error message
	}{
		{"bad yaml", "recruiter: Sam\nsender: [\n", "c.yaml:2:1: did not find expected node content; fix the YAML syntax"},
		{"not a mapping", "- a\n- b\n", "c.yaml:1:1: expected a mapping of settings such as \"recruiter: Your Name\""},
		{"unknown top-level field", "recruiter: Sam\nsendr: x\n", "c.yaml:2:1: sendr: unknown setting; known settings here are recruiter, sender, seat, defaults, team"},
		{"unknown nested field", "sender:\n  name: Sam\n  signture: x\n", "c.yaml:3:3: sender.signture: unknown setting; known settings here are name, signature"},
		{"section not a mapping", "seat: recruiter\n", "c.yaml:1:7: seat: expected a mapping of settings"},
		{"wrong bool", "seat:\n  refunds: sometimes\n", `c.yaml:2:12: seat.refunds: "sometimes" is not true or false`},
		{"wrong type", "seat:\n  monthly: many\n", `c.yaml:2:12: seat.monthly: "many" is not a whole number`},
		{"unknown preset", "seat:\n  preset: gold\n", `c.yaml:2:11: seat.preset: unknown preset "gold"; use one of recruiter, recruiter-lite, sales-navigator, custom`},
		{"custom without monthly", "seat:\n  preset: custom\n", "c.yaml:2:11: seat.preset: a custom seat needs seat.monthly (credits a month)"},
		{"negative cap", "seat:\n  cap: -1\n", "c.yaml:2:8: seat.cap: must be zero or more"},
		{"bad start", "seat:\n  start: January\n", "c.yaml:2:10: seat.start: must be a month like 2026-01"},
		{"signature too long", "sender:\n  signature: " + strings.Repeat("é", 151) + "\n", "c.yaml:2:14: sender.signature: is 151 characters; LinkedIn allows 150, shorten it"},
		{"negative min_words", "defaults:\n  min_words: -2\n", "c.yaml:2:14: defaults.min_words: must be zero or more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tt.src))
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want a *config.Error", err)
			}
			if err.Error() != tt.want {
				t.Errorf("got  %s\nwant %s", err, tt.want)
			}
		})
	}
}

func TestSignatureAtLimit(t *testing.T) {
	if _, err := Parse("c.yaml", []byte("sender:\n  signature: "+strings.Repeat("👋", 150)+"\n")); err != nil {
		t.Errorf("150 characters should be allowed: %v", err)
	}
}

func TestLoadUnreadable(t *testing.T) {
	dir := t.TempDir()
	// A folder where the file should be cannot be read as a file.
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("err = %v, want one naming %s", err, dir)
	}
}

func TestEmptyFile(t *testing.T) {
	cfg, err := Parse("c.yaml", []byte("# just a comment\n"))
	if err != nil || cfg.Seat.Preset != "recruiter" {
		t.Errorf("got %+v, %v", cfg, err)
	}
}

func TestTeamRecontactDays(t *testing.T) {
	tests := []struct {
		yaml string
		want time.Duration
		err  string
	}{
		{"recruiter: Sam\n", 0, ""},
		{"team:\n  recontact_days: 14\n", 14 * 24 * time.Hour, ""},
		{"team:\n  recontact_days: 0\n", -1, ""},
		{"team:\n  recontact_days: -3\n", 0, "c.yaml:2:19: team.recontact_days: must be 0 (no contact rule) to 3650 days"},
		{"team:\n  recontact: 3\n", 0, "c.yaml:2:3: team.recontact: unknown setting; known settings here are recontact_days"},
	}
	for _, tt := range tests {
		cfg, err := Parse("c.yaml", []byte(tt.yaml))
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: got %v, want %s", tt.yaml, err, tt.err)
			}
			continue
		}
		if err != nil || cfg.Team.RecontactWindow() != tt.want {
			t.Errorf("%q: window %v, %v; want %v", tt.yaml, cfg.Team.RecontactWindow(), err, tt.want)
		}
	}
}
