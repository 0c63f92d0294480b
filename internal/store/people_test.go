package store

import (
	"errors"
	"testing"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/team"
)

// Two throwaway public keys (made with ssh-keygen -t ed25519).
const (
	samKeyLine = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMeeuMmXzVRZrNztmx3xvGly41XYMcn6WK/g/5LVLnb+ sam@laptop"
	leeKeyLine = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJQHDiUcYatyGgsGAxZh9z/7oS2PMrXiAsrxLbXi2vAM lee@laptop"
)

func TestMembers(t *testing.T) {
	db, _ := MustOpen(t)
	sam := team.Member{Name: "Sam Reyes", Role: team.Recruiter, Keys: []string{samKeyLine}}
	if err := db.PutMember(sam); err != nil {
		t.Fatal(err)
	}
	pk, _ := team.ParseKey(samKeyLine)
	got, err := db.MemberByKey(team.Fingerprint(pk))
	if err != nil || got.Name != "Sam Reyes" || got.Role != team.Recruiter {
		t.Fatalf("MemberByKey: %+v, %v", got, err)
	}
	if got.Keys[0] != team.KeyLine(pk) {
		t.Errorf("the key is stored without its comment: %q", got.Keys[0])
	}
	// A key signs in as one person only.
	lee := team.Member{Name: "Lee Park", Role: team.Lead, Keys: []string{samKeyLine}}
	if err := db.PutMember(lee); outreach.ErrorCode(err) != outreach.ECONFLICT {
		t.Errorf("Lee with Sam's key: %v, want a conflict", err)
	}
	// Changing a member's keys drops the old ones.
	sam.Keys = []string{leeKeyLine}
	sam.Role = team.Lead
	if err := db.PutMember(sam); err != nil {
		t.Fatal(err)
	}
	if _, err := db.MemberByKey(team.Fingerprint(pk)); !errors.Is(err, team.ErrUnknownKey) {
		t.Errorf("Sam's old key after the change: %v", err)
	}
	ms, err := db.Members()
	if err != nil || len(ms) != 1 || ms[0].Role != team.Lead {
		t.Fatalf("Members: %+v, %v", ms, err)
	}
	if err := db.RemoveMember("Sam Reyes"); err != nil {
		t.Fatal(err)
	}
	pk2, _ := team.ParseKey(leeKeyLine)
	if _, err := db.MemberByKey(team.Fingerprint(pk2)); !errors.Is(err, team.ErrUnknownKey) {
		t.Errorf("a removed member's key: %v", err)
	}
	if err := db.RemoveMember("Sam Reyes"); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("removing twice: %v", err)
	}
}

func TestLentHandleStaysOpen(t *testing.T) {
	db, _ := MustOpen(t)
	if err := db.Lend().Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Members(); err != nil {
		t.Errorf("the log after a lent handle was closed: %v", err)
	}
}
