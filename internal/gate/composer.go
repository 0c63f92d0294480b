package gate

import (
	"strings"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
)

// Composer is one compose in progress: a template prepared for one
// candidate, so that each keystroke in the personalization line costs a
// string join (Render) and the validator (Verdict) can run a moment later,
// debounced, in the background. Decide then combines the two.
//
// A Composer is not changed after it is built (WithFields and WithCredits
// return new ones), so a check running in the background may keep using
// the one it started with.
type Composer struct {
	Template *library.Template
	Profile  *profile.Profile
	// Frame is the template rendered for the candidate except for the line.
	Frame *library.Frame
	// Fields are the role, client, hook and sender the frame was made with.
	Fields library.Fields
	// Check are the validator's options: the prepared profile Index, the
	// Lists, the Reuse index of lines already sent, the CandidateID, and
	// MinWords and MaxChars as the template and the frame set them.
	Check personalize.Options
	// CreditsLeft and Alternative are as in Input.
	CreditsLeft int
	Alternative string
	// Contacts is the contact rule: the candidate's messages within the
	// window, and the reason given to message them again.
	Contacts Contacts
	// FollowUp is set when this compose follows up a message.
	FollowUp *FollowUp
}

// NewComposer prepares t for the candidate p with the fields f (whose
// Personalization is ignored). opts are the validator's options; an Index
// is built when opts has none, MinWords is raised to the template's, and
// MaxChars is the room the frame leaves for the line; CandidateID (the
// profile's ID when empty) is normalized as the log keys candidates. Build it once per
// candidate and template; NewIndex is the costly part.
func NewComposer(t *library.Template, p *profile.Profile, f library.Fields, opts personalize.Options) *Composer {
	if opts.Index == nil {
		opts.Index = personalize.NewIndex(p)
	}
	if t.MinWords > opts.MinWords {
		opts.MinWords = t.MinWords
	}
	if opts.CandidateID == "" {
		opts.CandidateID = p.ID
	}
	// The log keys candidates by the normalized profile URL; a raw URL
	// would make an earlier line to the same candidate look like reuse.
	opts.CandidateID = outreach.CandidateID(opts.CandidateID)
	c := &Composer{Template: t, Profile: p, Check: opts}
	c.setFields(f)
	return c
}

func (c *Composer) setFields(f library.Fields) {
	f.Personalization = ""
	c.Fields = f
	c.Frame = library.Prepare(c.Template, c.Profile, f)
	c.Check.MaxChars = max(c.Frame.Room(), 0)
}

// WithFields is the Composer with new role, client, hook or sender values:
// the frame is prepared again, the profile index is kept.
func (c *Composer) WithFields(f library.Fields) *Composer {
	n := *c
	n.setFields(f)
	return &n
}

// WithCredits is the Composer with the credits left changed (after a send,
// or when the month turns).
func (c *Composer) WithCredits(left int) *Composer {
	n := *c
	n.CreditsLeft = left
	return &n
}

// Render places the line in the frame: the subject and body as they would
// be sent, with their lengths. It is cheap enough for every keystroke.
func (c *Composer) Render(line string) library.Rendered {
	return c.Frame.Render(line)
}

// Verdict checks the line against the candidate's profile. It is fast
// (microseconds to a millisecond) but not free; a screen runs it after a
// pause in typing and passes the result to Decide.
func (c *Composer) Verdict(line string) personalize.Verdict {
	return personalize.Check(c.Profile, line, c.Check)
}

// Input is the gate's input for a rendered (or edited) message r, its line,
// and the line's verdict (nil while pending).
func (c *Composer) Input(line string, r library.Rendered, v *personalize.Verdict) Input {
	return Input{
		Template:    c.Template,
		Subject:     r.Subject,
		Body:        r.Body,
		Line:        line,
		Missing:     r.Missing,
		Verdict:     v,
		CandidateID: c.Check.CandidateID,
		CreditsLeft: c.CreditsLeft,
		Alternative: c.Alternative,
		FollowUp:    c.FollowUp,
	}
}

// Decide is Evaluate for a rendered (or edited: replace r.Subject and
// r.Body) message, the line's verdict (nil while it is pending) and the
// line's earlier sends (Input.Uses; nil when not looked up).
func (c *Composer) Decide(line string, r library.Rendered, v *personalize.Verdict, uses []outreach.PriorLine) Decision {
	in := c.Input(line, r, v)
	in.Uses = uses
	d := Evaluate(in)
	if c.Template != nil {
		d = Recontact(d, c.Profile.Name, c.Contacts.Recent, c.Contacts.Window, c.Contacts.Reason, c.Contacts.AsOf)
	}
	return d
}

// WithReason returns a copy of c with the reason to message a candidate
// contacted within the window (the composer's prompt).
func (c *Composer) WithReason(reason string) *Composer {
	n := *c
	n.Contacts.Reason = strings.TrimSpace(reason)
	return &n
}

// Result is a whole compose step: the message, the verdict on its line and
// the gate's decision.
type Result struct {
	Rendered library.Rendered
	Verdict  personalize.Verdict
	Decision Decision
}

// Compose renders, checks and decides in one call, for callers that need
// no debouncing (`inmail send`, tests); uses are as in Decide.
func (c *Composer) Compose(line string, uses []outreach.PriorLine) Result {
	r := c.Render(line)
	v := c.Verdict(line)
	return Result{Rendered: r, Verdict: v, Decision: c.Decide(line, r, &v, uses)}
}
