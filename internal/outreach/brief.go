package outreach

import (
	"fmt"
	"strings"
	"time"
)

// Brief is a search a recruiter sends many messages for: the role, the
// client and the hook those messages share, and the seniority the search
// targets. Sends make and keep briefs: a message whose role and client
// match no open brief starts one, and a message that matches one is
// logged with it (its hook becomes the brief's, so the next compose starts
// from the latest wording). Briefs are shared: in team mode every
// colleague sees them, with who made each.
type Brief struct {
	// ID is the brief's number, issued by the log.
	ID uint64 `json:"id"`
	// Name is what people call it: the role and the client ("Senior M&A
	// Associate · a top-10 firm"), with " (2)" and on when a closed brief
	// had the name. Unique in the log.
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
	// Client and Hook fill {{client}} and {{hook}}.
	Client string `json:"client,omitempty"`
	Hook   string `json:"hook,omitempty"`
	// Seniority is the level id the search targets: the level of the first
	// message sent with it.
	Seniority string `json:"seniority,omitempty"`
	// CreatedBy and CreatedAt say who started the brief (the recruiter of
	// its first message) and when.
	CreatedBy string    `json:"created_by,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	// Sent counts the messages logged with the brief.
	Sent int `json:"sent"`
	// LastUsed is when each person last sent a message with the brief.
	LastUsed map[string]time.Time `json:"last_used,omitempty"`
	// ArchivedAt and ArchivedBy are set once the search is over: an
	// archived brief is not offered, and a send with its role and client
	// starts a new brief.
	ArchivedAt time.Time `json:"archived_at,omitzero"`
	ArchivedBy string    `json:"archived_by,omitempty"`
}

// BriefKey is the identity of a brief: its role and client, in any case
// and spacing. "" when both are blank: such a message has no brief.
func BriefKey(role, client string) string {
	r, c := NameKey(role), NameKey(client)
	if r == "" && c == "" {
		return ""
	}
	return r + "\x00" + c
}

// Key is the brief's identity (BriefKey).
func (b Brief) Key() string { return BriefKey(b.Role, b.Client) }

// BriefName is the name of a brief with role and client: both joined by
// " · ", or the one given.
func BriefName(role, client string) string {
	var parts []string
	for _, s := range []string{role, client} {
		if s = strings.Join(strings.Fields(s), " "); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// NumberedName is name for the nth brief of that name (n from 1): name
// itself, then "name (2)".
func NumberedName(name string, n int) string {
	if n <= 1 {
		return name
	}
	return fmt.Sprintf("%s (%d)", name, n)
}

// Archived reports whether the search is over.
func (b Brief) Archived() bool { return !b.ArchivedAt.IsZero() }

// UsedAt is when anyone last sent with the brief (zero: never), and who.
func (b Brief) UsedAt() (at time.Time, by string) {
	for who, t := range b.LastUsed {
		if t.After(at) || (t.Equal(at) && who < by) {
			at, by = t, who
		}
	}
	return at, by
}

// Use records a message m logged with the brief: one more sent, the
// recruiter's last use, and the message's hook as the brief's when it is
// the latest send.
func (b *Brief) Use(m Message) {
	last, _ := b.UsedAt()
	b.Sent++
	if b.LastUsed == nil {
		b.LastUsed = map[string]time.Time{}
	}
	if m.SentAt.After(b.LastUsed[m.Recruiter]) {
		b.LastUsed[m.Recruiter] = m.SentAt
	}
	if !m.SentAt.Before(last) && strings.TrimSpace(m.Hook) != "" {
		b.Hook = strings.TrimSpace(m.Hook)
	}
}

// PickBrief finds the brief message m is logged with among briefs: the
// index of the open brief with m's role and client, or -1 when m starts a
// new one, with the name for it (its role and client, numbered when an
// earlier brief had the name). ok is false when m has neither a role nor
// a client, and so no brief.
func PickBrief(briefs []Brief, m Message) (i int, name string, ok bool) {
	key := BriefKey(m.Role, m.Client)
	if key == "" {
		return -1, "", false
	}
	taken := make(map[string]bool, len(briefs))
	for j, b := range briefs {
		if !b.Archived() && b.Key() == key {
			return j, b.Name, true
		}
		taken[NameKey(b.Name)] = true
	}
	base := BriefName(m.Role, m.Client)
	name = base
	for n := 2; taken[NameKey(name)]; n++ {
		name = NumberedName(base, n)
	}
	return -1, name, true
}

// NewBrief is the brief a message m starts, named name.
func NewBrief(m Message, name string) Brief {
	b := Brief{
		Name:      name,
		Role:      strings.TrimSpace(m.Role),
		Client:    strings.TrimSpace(m.Client),
		Seniority: m.Seniority,
		CreatedBy: m.Recruiter,
		CreatedAt: m.SentAt,
	}
	b.Use(m)
	return b
}

// Validate checks what the log needs of a brief: a name, and a role or a
// client. It returns an *Error with code EINVALID otherwise.
func (b Brief) Validate() error {
	switch {
	case strings.TrimSpace(b.Name) == "":
		return Errorf(EINVALID, "a brief needs a name")
	case b.Key() == "":
		return Errorf(EINVALID, "brief %q has neither a role nor a client", b.Name)
	}
	return nil
}
