package library

import (
	"fmt"
	"unicode/utf8"
)

// Channel is how a message reaches the candidate.
type Channel uint8

// The channels. The zero value is not a channel, so a forgotten field is
// caught by validation rather than silently meaning InMail.
const (
	_ Channel = iota
	// InMail is a paid LinkedIn message with a subject.
	InMail
	// Connection is a connection-request note: no subject, 300 characters.
	Connection
	// FollowUp is a second message in an InMail's conversation, to a
	// candidate who has not answered it: no subject (it goes in the same
	// thread), the InMail body limit, and the recruiter's signature.
	FollowUp
)

// Channels lists every channel, in the order they are offered.
var Channels = []Channel{InMail, Connection, FollowUp}

// LinkedIn's published limits, in Unicode characters (newlines count).
const (
	InMailSubjectLimit = 200
	InMailBodyLimit    = 1900
	ConnectionLimit    = 300
	// SignatureLimit is the longest Recruiter signature LinkedIn accepts.
	SignatureLimit = 150
	// ShortBody is the length under which LinkedIn's study found InMails did
	// best (22% more responses than average).
	ShortBody = 400
	// LongBody is the length over which LinkedIn found 11% fewer responses.
	LongBody = 1200
)

// String is the channel's name as written in template front matter.
func (c Channel) String() string {
	switch c {
	case InMail:
		return "inmail"
	case Connection:
		return "connection"
	case FollowUp:
		return "followup"
	}
	return fmt.Sprintf("Channel(%d)", uint8(c))
}

// Label is the channel's name for people.
func (c Channel) Label() string {
	switch c {
	case InMail:
		return "InMail"
	case Connection:
		return "connection note"
	case FollowUp:
		return "follow-up"
	}
	return c.String()
}

// ParseChannel reads a channel name.
func ParseChannel(s string) (Channel, error) {
	switch s {
	case "inmail":
		return InMail, nil
	case "connection":
		return Connection, nil
	case "followup":
		return FollowUp, nil
	}
	return 0, fmt.Errorf("unknown channel %q: use %s", s, ChannelNames)
}

// ChannelNames are the channels' names as front matter writes them, for
// messages: "inmail, connection or followup".
const ChannelNames = "inmail, connection or followup"

// Signed reports whether the recruiter's signature goes under the body:
// on LinkedIn Recruiter's messages (an InMail and its follow-up), not on
// a connection note.
func (c Channel) Signed() bool { return c == InMail || c == FollowUp }

// MarshalText implements encoding.TextMarshaler.
func (c Channel) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *Channel) UnmarshalText(b []byte) error {
	v, err := ParseChannel(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// SubjectLimit is the longest subject the channel allows (0: no subject).
func (c Channel) SubjectLimit() int {
	if c == InMail {
		return InMailSubjectLimit
	}
	return 0
}

// BodyLimit is the longest body the channel allows.
func (c Channel) BodyLimit() int {
	if c == Connection {
		return ConnectionLimit
	}
	return InMailBodyLimit
}

// LengthGuide relates a body of n characters to the channel's guidance,
// for lists of templates: an InMail or a follow-up to LinkedIn's finding
// that messages under 400 characters do best ("352 chars, within 400", "460 chars, 60 over
// 400"), a connection note to its 300-character limit ("210 of 300
// chars").
func (c Channel) LengthGuide(n int) string {
	switch {
	case c == Connection:
		return fmt.Sprintf("%d of %d chars", n, ConnectionLimit)
	case n <= ShortBody:
		return fmt.Sprintf("%d chars, within %d", n, ShortBody)
	}
	return fmt.Sprintf("%s chars, %s over %d", thousands(n), thousands(n-ShortBody), ShortBody)
}

// Count counts characters as LinkedIn does: Unicode code points, newlines
// included.
func Count(s string) int { return utf8.RuneCountInString(s) }
