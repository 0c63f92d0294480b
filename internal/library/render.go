package library

import (
	"fmt"
	"slices"
	"strings"

	"github.com/inmail/inmail/internal/profile"
)

// Fields are the values a compose adds to the template and the profile.
type Fields struct {
	// Role, Client and Hook describe the opening ({{role}}, {{client}},
	// {{hook}}).
	Role, Client, Hook string
	// SenderName fills {{sender_name}}.
	SenderName string
	// Signature (config sender.signature) is appended to InMail and follow-up bodies when
	// set.
	Signature string
	// Personalization is the recruiter's line ({{personalization}}).
	Personalization string
}

// Rendered is a template filled in for one candidate, with its lengths as
// LinkedIn counts them.
type Rendered struct {
	Subject string
	Body    string
	// SubjectLen and BodyLen are in characters (Count); the limits are the
	// channel's (SubjectLimit is 0 for a connection note).
	SubjectLen, BodyLen     int
	SubjectLimit, BodyLimit int
	// Missing names the placeholders the template uses that had no value
	// (e.g. "client"), in order of first use. Each is left in the text as
	// written ({{client}}) so the gap is visible and cannot be sent.
	Missing []string
}

// Over returns one sentence for each limit the message exceeds; none when
// it fits.
func (r Rendered) Over() []string {
	var out []string
	if r.SubjectLimit > 0 && r.SubjectLen > r.SubjectLimit {
		out = append(out, fmt.Sprintf("The subject is %s characters; LinkedIn allows %s. Cut %s.",
			thousands(r.SubjectLen), thousands(r.SubjectLimit), thousands(r.SubjectLen-r.SubjectLimit)))
	}
	if r.BodyLen > r.BodyLimit {
		what := "The message"
		if r.SubjectLimit == 0 {
			what = "The connection note"
		}
		out = append(out, fmt.Sprintf("%s is %s characters; LinkedIn allows %s. Cut %s.",
			what, thousands(r.BodyLen), thousands(r.BodyLimit), thousands(r.BodyLen-r.BodyLimit)))
	}
	return out
}

// Fits reports whether subject and body are within the channel's limits.
func (r Rendered) Fits() bool { return len(r.Over()) == 0 }

// Render fills t's placeholders from the profile (which may be nil) and the
// fields. Text values are trimmed; a placeholder whose value is empty is
// reported in Missing and left visible in the text.
func Render(t *Template, p *profile.Profile, f Fields) Rendered {
	return Prepare(t, p, f).Render(f.Personalization)
}

// Frame is a template rendered for one candidate except for the
// personalization line, so a composer can re-render on every keystroke by
// joining strings: Render(line) does no template parsing.
type Frame struct {
	// Subject is the filled subject ("" for a connection note).
	Subject string
	// parts are the body's pieces between {{personalization}} markers
	// (normally two); the signature is already on the last one.
	parts        []string
	fixed        int
	subjectLen   int
	subjectLimit int
	bodyLimit    int
	missing      []string
	// usesLine is whether the template has {{personalization}} at all.
	usesLine bool
}

// Prepare renders everything but the personalization line (f.Personalization
// is ignored).
func Prepare(t *Template, p *profile.Profile, f Fields) *Frame {
	vals := values(p, f)
	fr := &Frame{subjectLimit: t.Channel.SubjectLimit(), bodyLimit: t.Channel.BodyLimit()}
	var missing []string
	miss := func(name string) {
		if !slices.Contains(missing, name) {
			missing = append(missing, name)
		}
	}
	fill := func(tok token) string {
		if !tok.ph || !IsPlaceholder(tok.name) {
			return tok.text
		}
		if v := vals[tok.name]; v != "" {
			return v
		}
		miss(tok.name)
		return tok.text
	}
	if t.Channel == InMail {
		var b strings.Builder
		for _, tok := range scan(t.Subject) {
			if tok.ph && tok.name == Personalization {
				// Lint forbids it; never leak the line into the subject.
				b.WriteString(tok.text)
				continue
			}
			b.WriteString(fill(tok))
		}
		fr.Subject = b.String()
		fr.subjectLen = Count(fr.Subject)
	}
	var cur strings.Builder
	for _, tok := range scan(t.Body) {
		if tok.ph && tok.name == Personalization {
			fr.usesLine = true
			// Record its place among the missing names now, so the order of
			// Missing follows the text; Render drops it when the line is set.
			miss(Personalization)
			fr.parts = append(fr.parts, cur.String())
			cur.Reset()
			continue
		}
		cur.WriteString(fill(tok))
	}
	if sig := strings.TrimSpace(f.Signature); sig != "" && t.Channel.Signed() {
		cur.WriteString("\n\n")
		cur.WriteString(sig)
	}
	fr.parts = append(fr.parts, cur.String())
	for _, s := range fr.parts {
		fr.fixed += Count(s)
	}
	fr.missing = missing
	return fr
}

// Render places the personalization line into the frame.
func (fr *Frame) Render(line string) Rendered {
	line = strings.TrimSpace(line)
	r := Rendered{
		Subject:      fr.Subject,
		SubjectLen:   fr.subjectLen,
		SubjectLimit: fr.subjectLimit,
		BodyLimit:    fr.bodyLimit,
	}
	fill := line
	for _, m := range fr.missing {
		if m == Personalization && line != "" {
			continue
		}
		r.Missing = append(r.Missing, m)
	}
	if line == "" {
		fill = Placeholder(Personalization)
	}
	r.Body = strings.Join(fr.parts, fill)
	r.BodyLen = fr.fixed + (len(fr.parts)-1)*Count(fill)
	return r
}

// Before is the rendered body up to the personalization line.
func (fr *Frame) Before() string { return fr.parts[0] }

// After is the rendered body after the (first) personalization line,
// including the signature.
func (fr *Frame) After() string {
	if len(fr.parts) < 2 {
		return ""
	}
	return strings.Join(fr.parts[1:], Placeholder(Personalization))
}

// Fixed is the length in characters of the body without the line, so the
// room left for it is BodyLimit - Fixed.
func (fr *Frame) Fixed() int { return fr.fixed }

// Room is how many characters the personalization line may have before the
// body exceeds the channel's limit (negative when it already does).
func (fr *Frame) Room() int {
	if !fr.usesLine {
		return fr.bodyLimit - fr.fixed
	}
	return (fr.bodyLimit - fr.fixed) / (len(fr.parts) - 1)
}

// values maps each placeholder to its trimmed value.
func values(p *profile.Profile, f Fields) map[string]string {
	v := map[string]string{
		Role:       f.Role,
		Client:     f.Client,
		Hook:       f.Hook,
		SenderName: f.SenderName,
	}
	if p != nil {
		v[FirstName] = p.FirstName()
		v[LastName] = p.LastName()
		v[FullName] = strings.Join(strings.Fields(p.Name), " ")
		v[Company] = p.Company
		v[Title] = p.Title
	}
	for k, s := range v {
		v[k] = strings.TrimSpace(s)
	}
	return v
}

// thousands writes n with comma separators, as LinkedIn's limits are
// written (1,900).
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
