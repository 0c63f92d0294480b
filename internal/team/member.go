package team

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	gossh "golang.org/x/crypto/ssh"

	"github.com/inmail/inmail/internal/outreach"
)

// Member is one person of the team: the name the log records for their
// messages, their role, the keys they sign in with, their seat and how
// their messages are signed.
type Member struct {
	// Name is the recruiter as the log records them; unique in the team.
	Name string `json:"name"`
	Role Role   `json:"role"`
	// Keys are the public keys the member signs in with, in the
	// authorized_keys form ("ssh-ed25519 AAAA... comment").
	Keys []string `json:"keys"`
	// Preset is the member's seat; Monthly and Cap, when set, override
	// its allotment and rollover cap (a custom seat needs Monthly).
	Preset  outreach.Preset `json:"seat"`
	Monthly *int            `json:"monthly,omitempty"`
	Cap     *int            `json:"cap,omitempty"`
	// SeatStart is the first month of the seat ("2006-01"; empty: from
	// the first send).
	SeatStart string `json:"seat_start,omitempty"`
	// SenderName signs the member's messages (empty: Name); Signature goes
	// under it on InMails.
	SenderName string `json:"sender_name,omitempty"`
	Signature  string `json:"signature,omitempty"`
	// Added is when the member was added.
	Added time.Time `json:"added"`
}

// Seat is the member's credit policy.
func (m Member) Seat() (outreach.Seat, error) {
	return outreach.SeatFor(m.Preset, outreach.SeatOverrides{Monthly: m.Monthly, Cap: m.Cap})
}

// Sender is the name that signs the member's messages.
func (m Member) Sender() string {
	if s := strings.TrimSpace(m.SenderName); s != "" {
		return s
	}
	return m.Name
}

// MaxSignature is LinkedIn's limit on a Recruiter signature, in characters.
const MaxSignature = 150

// Validate checks a member before it is stored: a name that can be
// logged, a role, at least one key, each a public key, and a seat and
// signature inmail would accept. Errors are *outreach.Error with EINVALID.
func (m Member) Validate() error {
	if err := ValidName(m.Name); err != nil {
		return err
	}
	if !m.Role.InTeam() || m.Role > Admin {
		return outreach.Errorf(outreach.EINVALID, "%s has no role: give --role recruiter, lead or admin", m.Name)
	}
	if len(m.Keys) == 0 {
		return outreach.Errorf(outreach.EINVALID, "%s has no key: give --key \"ssh-ed25519 AAAA...\" or --key-file FILE", m.Name)
	}
	for _, k := range m.Keys {
		if _, err := ParseKey(k); err != nil {
			return err
		}
	}
	if _, err := m.Seat(); err != nil {
		return err
	}
	if m.SeatStart != "" {
		if _, err := time.Parse("2006-01", m.SeatStart); err != nil {
			return outreach.Errorf(outreach.EINVALID, "%s: the seat's first month %q is not YYYY-MM", m.Name, m.SeatStart)
		}
	}
	if n := len([]rune(m.Signature)); n > MaxSignature {
		return outreach.Errorf(outreach.EINVALID, "%s: the signature is %d characters; LinkedIn allows %d", m.Name, n, MaxSignature)
	}
	return nil
}

// ValidName checks a member's name: not empty, at most 80 characters, no
// control characters, no leading or trailing space.
func ValidName(name string) error {
	switch {
	case strings.TrimSpace(name) == "":
		return outreach.Errorf(outreach.EINVALID, "a member needs a name (the name the log records for their messages)")
	case name != strings.TrimSpace(name):
		return outreach.Errorf(outreach.EINVALID, "the name %q starts or ends with a space", name)
	case len([]rune(name)) > 80:
		return outreach.Errorf(outreach.EINVALID, "the name %q is over 80 characters", name)
	case strings.ContainsFunc(name, unicode.IsControl):
		return outreach.Errorf(outreach.EINVALID, "the name %q holds control characters", name)
	}
	return nil
}

// ParseKey reads one public key in the authorized_keys form. Errors are
// *outreach.Error with EINVALID naming what was given.
func ParseKey(s string) (gossh.PublicKey, error) {
	k, _, _, rest, err := gossh.ParseAuthorizedKey([]byte(strings.TrimSpace(s)))
	if err != nil {
		short := strings.TrimSpace(s)
		if len(short) > 40 {
			short = short[:40] + "…"
		}
		return nil, outreach.Errorf(outreach.EINVALID, "%q is not a public key (give one line of a .pub file, like \"ssh-ed25519 AAAA... you@laptop\")", short)
	}
	if len(bytes.TrimSpace(rest)) > 0 {
		return nil, outreach.Errorf(outreach.EINVALID, "give one public key at a time, not several lines")
	}
	return k, nil
}

// Fingerprint is a key's SHA256 fingerprint, as ssh-keygen -l prints it
// ("SHA256:...").
func Fingerprint(k gossh.PublicKey) string { return gossh.FingerprintSHA256(k) }

// KeyLine is a key in the authorized_keys form without its comment, the
// way members' keys are stored.
func KeyLine(k gossh.PublicKey) string {
	return strings.TrimSpace(string(gossh.MarshalAuthorizedKey(k)))
}

// ErrUnknownKey: no member signs in with the key.
var ErrUnknownKey = errors.New("unknown key")

// UnknownKey is the one line an unknown key is refused with, so that an
// admin can add it.
func UnknownKey(k gossh.PublicKey) string {
	return fmt.Sprintf("inmail: key %s is not on the team; send it to your team's admin, who adds it with: inmail team add NAME --key \"%s\" --role recruiter",
		Fingerprint(k), KeyLine(k))
}
