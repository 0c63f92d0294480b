package team

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/outreach"
)

const samKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMeeuMmXzVRZrNztmx3xvGly41XYMcn6WK/g/5LVLnb+ sam@laptop"

func TestRoleText(t *testing.T) {
	for _, r := range Roles {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var got Role
		if err := json.Unmarshal(b, &got); err != nil || got != r {
			t.Errorf("%s through JSON (%s): %v, %v", r, b, got, err)
		}
	}
	var r Role
	for _, bad := range []string{`"owner"`, `"boss"`, `""`} {
		if err := json.Unmarshal([]byte(bad), &r); err == nil {
			t.Errorf("%s read as a member's role", bad)
		}
	}
	if r, err := ParseRole(" Lead "); err != nil || r != Lead {
		t.Errorf("ParseRole(Lead) = %v, %v", r, err)
	}
}

func TestRoleRights(t *testing.T) {
	tests := []struct {
		r            Role
		sees, manage bool
	}{
		{Owner, true, true},
		{Recruiter, false, false},
		{Lead, true, false},
		{Admin, true, true},
	}
	for _, tt := range tests {
		if got := tt.r.SeesTeam(); got != tt.sees {
			t.Errorf("%s.SeesTeam() = %v, want %v", tt.r, got, tt.sees)
		}
		if got := tt.r.ManagesTeam(); got != tt.manage {
			t.Errorf("%s.ManagesTeam() = %v, want %v", tt.r, got, tt.manage)
		}
	}
}

func TestMemberValidate(t *testing.T) {
	ok := Member{Name: "Sam Reyes", Role: Recruiter, Keys: []string{samKey}}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(*Member)
		want string
	}{
		{"no name", func(m *Member) { m.Name = " " }, "needs a name"},
		{"spaces", func(m *Member) { m.Name = "Sam " }, "starts or ends with a space"},
		{"no role", func(m *Member) { m.Role = Owner }, "no role"},
		{"no key", func(m *Member) { m.Keys = nil }, "no key"},
		{"bad key", func(m *Member) { m.Keys = []string{"ssh-ed25519 nope"} }, "is not a public key"},
		{"custom seat", func(m *Member) { m.Preset = outreach.PresetCustom }, "monthly allotment"},
		{"signature", func(m *Member) { m.Signature = strings.Repeat("x", 151) }, "151 characters"},
		{"seat start", func(m *Member) { m.SeatStart = "May" }, "not YYYY-MM"},
	}
	for _, tt := range tests {
		m := ok
		tt.edit(&m)
		if err := m.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestUnknownKeyLine(t *testing.T) {
	k, err := ParseKey(samKey)
	if err != nil {
		t.Fatal(err)
	}
	line := UnknownKey(k)
	if !strings.Contains(line, "SHA256:") || strings.Contains(line, "\n") || strings.Contains(line, "sam@laptop") {
		t.Errorf("UnknownKey: %q", line)
	}
}
