// Package gate is the send gate: the one place that decides whether a
// composed message may be sent. The composer screen and `inmail send` both
// ask it, so a message the screen refuses cannot be sent from the command
// line either.
//
// A message may be sent when the personalization verdict passes and the
// line speaks in the template's voice (one recruiter: "my client" in the
// template, not "our client" in the line); the subject and body are within the channel's limits (an InMail needs a
// one-line subject, a connection note has none); no placeholder is left in
// the subject or the body, edited or not; the line was not sent to another
// candidate before; and an InMail has a credit to spend. Evaluate checks
// all of them and gives every reason at once, in words a recruiter
// understands. The package is pure: no store, no clock, no terminal.
package gate

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/words"
)

// Reason codes: what kind of problem stops the send. Programs and tests
// compare codes; people read the message.
const (
	// CodeTemplate: no template chosen.
	CodeTemplate = "template"
	// CodePending: the personalization line has not been checked yet (the
	// composer checks it a moment after the last keystroke).
	CodePending = "pending"
	// CodeLineLength .. CodeLineStock: the verdict failed that rule.
	CodeLineLength      = "line-length"
	CodeLinePlaceholder = "line-placeholder"
	CodeLineSpecific    = "line-specific"
	CodeLineUnsupported = "line-unsupported"
	CodeLineStock       = "line-stock"
	// CodeVoice: the line speaks as "we" in a template that speaks as "I",
	// or the other way round ("our client" in a "my client" message).
	CodeVoice = "voice"
	// CodeLineMissing: the (edited) body no longer holds the checked line.
	CodeLineMissing = "line-missing"
	// CodeSubjectMissing: an InMail without a subject.
	CodeSubjectMissing = "subject-missing"
	// CodeSubjectLines: a subject of more than one line.
	CodeSubjectLines = "subject-lines"
	// CodeSubjectLong: a subject over the channel's limit.
	CodeSubjectLong = "subject-long"
	// CodeNoteSubject: a connection note with a subject.
	CodeNoteSubject = "note-subject"
	// CodeBodyEmpty: nothing to send.
	CodeBodyEmpty = "body-empty"
	// CodeBodyLong: a body over the channel's limit.
	CodeBodyLong = "body-long"
	// CodeMissingValue: a template placeholder that had no value.
	CodeMissingValue = "missing-value"
	// CodePlaceholder: any other placeholder left in the subject or body.
	CodePlaceholder = "placeholder"
	// CodeReused: the line was already sent to another candidate.
	CodeReused = "reused"
	// CodeNoCredits: an InMail with no credit left to spend.
	CodeNoCredits = "no-credits"
)

// lineCodes maps the validator's rules to reason codes. RuleReuse is
// CodeReused, like the store's verbatim check.
var lineCodes = map[personalize.Rule]string{
	personalize.RuleLength:      CodeLineLength,
	personalize.RulePlaceholder: CodeLinePlaceholder,
	personalize.RuleSpecific:    CodeLineSpecific,
	personalize.RuleUnsupported: CodeLineUnsupported,
	personalize.RuleStock:       CodeLineStock,
	personalize.RuleReuse:       CodeReused,
}

// Input is everything the gate looks at.
type Input struct {
	// Template is the chosen template (nil: none yet).
	Template *library.Template
	// Subject and Body are the message as it would be sent: rendered, or
	// edited by the recruiter after rendering.
	Subject, Body string
	// Line is the personalization line the verdict is about.
	Line string
	// Missing is the rendering's report of placeholders that had no value
	// (library.Rendered.Missing). A name is a reason only while its
	// placeholder is still in the text, so an edit that fills it in clears
	// it.
	Missing []string
	// Verdict is the validator's answer for Line; nil while it is pending.
	Verdict *personalize.Verdict
	// CandidateID is who the message goes to, for the reuse check.
	CandidateID string
	// Uses are the earlier sends of Line (the store's verbatim check,
	// store.LineUses); nil when not looked up. Sends to CandidateID are
	// not reuse.
	Uses []outreach.PriorLine
	// CreditsLeft is the seat's InMail credits left this month.
	CreditsLeft int
	// Alternative is a connection-note template to suggest when no credit
	// is left ("" when there is none for the candidate's level).
	Alternative string
	// FollowUp is set when the message follows up another (see
	// followup.go).
	FollowUp *FollowUp
}

// Reason is one thing that stops the send.
type Reason struct {
	Code    string
	Message string
	// short is the reason in a few words, for a help bar.
	short string
}

// Short is the reason in a few words, for a help bar: "personalization
// names no profile detail".
func (r Reason) Short() string {
	if r.short != "" {
		return r.short
	}
	return r.Code
}

// Decision is the gate's answer. OK is true exactly when there are no
// reasons.
type Decision struct {
	OK      bool
	Reasons []Reason
}

// Short is why sending is disabled, in a few words for a help bar ("" when
// it is allowed): the first reason, and how many more there are.
func (d Decision) Short() string {
	switch len(d.Reasons) {
	case 0:
		return ""
	case 1:
		return d.Reasons[0].Short()
	}
	return fmt.Sprintf("%s (+%d more)", d.Reasons[0].Short(), len(d.Reasons)-1)
}

// Has reports whether a reason with the code stops the send.
func (d Decision) Has(code string) bool {
	for _, r := range d.Reasons {
		if r.Code == code {
			return true
		}
	}
	return false
}

// String is every reason, one a line.
func (d Decision) String() string {
	if d.OK {
		return "ready to send"
	}
	var b strings.Builder
	for i, r := range d.Reasons {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(r.Message)
	}
	return b.String()
}

// Evaluate decides whether the message in may be sent, giving every reason
// it may not, in the order a recruiter fixes them: the personalization
// line (and, for a follow-up, the conversation), the limits, leftover
// placeholders, reuse, credits.
func Evaluate(in Input) Decision {
	var d Decision
	add := func(code, short, format string, args ...any) {
		d.Reasons = append(d.Reasons, Reason{Code: code, Message: fmt.Sprintf(format, args...), short: short})
	}
	if in.Template == nil {
		add(CodeTemplate, "pick a template", "No template is chosen: pick one for this candidate.")
		return d
	}
	ch := in.Template.Channel
	line := strings.TrimSpace(in.Line)

	// The personalization line.
	storeReuse := otherUses(in.Uses, in.CandidateID)
	switch {
	case in.Verdict == nil:
		add(CodePending, "checking the personalization…", "The personalization line is still being checked.")
	default:
		for _, f := range in.Verdict.Failures {
			if f.Rule == personalize.RuleReuse && len(storeReuse) > 0 {
				continue // the store's check below names who got it
			}
			code := lineCodes[f.Rule]
			add(code, lineShort(code, f.Message, line), "%s", lineMessage(f.Message))
		}
	}
	if clash, fixed, ok := voiceClash(in.Template, line); ok {
		voice, example := templateVoice(in.Template)
		add(CodeVoice, fmt.Sprintf("personalization says %q", clash.word),
			"The personalization line says %q where the message speaks as %s (%q): write %q so it reads as one recruiter.",
			clash, voice, example, fixed)
	}
	followUpReasons(in, line, add)
	if line != "" && strings.TrimSpace(in.Body) != "" && !containsWords(in.Body, line) {
		add(CodeLineMissing, "the body lost the personalization line",
			"The body no longer holds the personalization line: put it back, or change the line itself so it is checked again.")
	}

	// Limits.
	subject := in.Subject
	switch {
	case ch == library.Connection && strings.TrimSpace(subject) != "":
		add(CodeNoteSubject, "a connection note has no subject",
			"A connection note has no subject: remove it, or pick an InMail template.")
	case ch == library.FollowUp && strings.TrimSpace(subject) != "":
		add(CodeNoteSubject, "a follow-up has no subject",
			"A follow-up goes in the first message's conversation and has no subject: remove it.")
	case ch == library.InMail && strings.TrimSpace(subject) == "":
		add(CodeSubjectMissing, "the InMail needs a subject", "An InMail needs a subject: write one line.")
	case ch == library.InMail:
		if strings.ContainsAny(strings.TrimSpace(subject), "\r\n") {
			add(CodeSubjectLines, "the subject must be one line", "The subject must be one line: remove the line breaks.")
		}
		over := library.Rendered{SubjectLen: library.Count(subject), SubjectLimit: ch.SubjectLimit()}.Over()
		for _, s := range over {
			add(CodeSubjectLong, fmt.Sprintf("subject over %d characters", ch.SubjectLimit()), "%s", s)
		}
	}
	if strings.TrimSpace(in.Body) == "" {
		add(CodeBodyEmpty, "the message is empty", "The message is empty: render a template or write the body.")
	} else {
		over := library.Rendered{BodyLen: library.Count(in.Body), BodyLimit: ch.BodyLimit(), SubjectLimit: ch.SubjectLimit()}.Over()
		for _, s := range over {
			add(CodeBodyLong, fmt.Sprintf("%s over %s characters", noun(ch), words.Thousands(ch.BodyLimit())), "%s", s)
		}
	}

	// Leftover placeholders, in the subject and the body as they would be
	// sent. The line's own placeholders are already a line reason.
	text := subject + "\n" + in.Body
	explained := map[string]bool{}
	for _, name := range in.Missing {
		ph := library.Placeholder(name)
		if name == library.Personalization || !strings.Contains(text, ph) {
			continue
		}
		explained[ph] = true
		add(CodeMissingValue, ph+" has no value", "%s", missingMessage(name))
	}
	if line == "" {
		explained[library.Placeholder(library.Personalization)] = true
	}
	for _, sp := range personalize.Placeholders(line) {
		explained[line[sp[0]:sp[1]]] = true
	}
	var left []string
	for _, part := range []string{subject, in.Body} {
		for _, sp := range personalize.Placeholders(part) {
			s := part[sp[0]:sp[1]]
			if !explained[s] {
				explained[s] = true
				left = append(left, fmt.Sprintf("%q", s))
			}
		}
	}
	if len(left) > 0 {
		add(CodePlaceholder, "placeholder left in the message",
			"The message still has %s %s: replace %s with real text.",
			words.Plural(len(left), "a placeholder", "placeholders"), strings.Join(left, ", "), words.Plural(len(left), "it", "them"))
	}

	// Reuse, as the log has it.
	if len(storeReuse) > 0 {
		p := storeReuse[0]
		who := outreach.CandidateRef{ID: p.CandidateID, Name: p.CandidateName}.Display()
		more := ""
		if n := len(storeReuse) - 1; n > 0 {
			more = fmt.Sprintf(" and %d other %s", n, words.Plural(n, "candidate", "candidates"))
		}
		add(CodeReused, "line already sent to another candidate",
			"This personalization line was already sent to %s%s (message %d, %s): write a line for this candidate.",
			who, more, p.MessageID, p.SentAt.Format(dateLayout))
	}

	// Credits.
	if ch == library.InMail && in.CreditsLeft < 1 {
		alt := "Send a connection note instead"
		if in.Alternative != "" {
			alt = fmt.Sprintf("Send a connection note instead (%s)", in.Alternative)
		}
		add(CodeNoCredits, "no InMail credits left",
			"No InMail credits left this month (%d). %s, or wait for next month's allotment.", in.CreditsLeft, alt)
	}
	followUpCredits(in, add)

	d.OK = len(d.Reasons) == 0
	return d
}

const dateLayout = "2 Jan 2006"

// lineMessage turns a verdict's failure ("Is too short (3 words): …"),
// which starts with a verb about the line, into a sentence of its own.
func lineMessage(msg string) string {
	r, n := utf8.DecodeRuneInString(msg)
	if n == 0 {
		return "The personalization line is not accepted."
	}
	return "The personalization line " + string(unicode.ToLower(r)) + msg[n:]
}

// otherUses keeps the sends of the line to candidates other than id.
func otherUses(uses []outreach.PriorLine, id string) []outreach.PriorLine {
	id = outreach.CandidateID(id)
	var out []outreach.PriorLine
	for _, u := range uses {
		if id == "" || outreach.CandidateID(u.CandidateID) != id {
			out = append(out, u)
		}
	}
	return out
}

// lineShort is a line failure in a few words.
func lineShort(code, msg, line string) string {
	switch code {
	case CodeLineLength:
		switch {
		case line == "":
			return "write the personalization line"
		case strings.HasPrefix(msg, "Is too short"):
			return "personalization too short"
		}
		return "personalization too long"
	case CodeLinePlaceholder:
		return "personalization has a placeholder left"
	case CodeLineSpecific:
		return "personalization names no profile detail"
	case CodeLineUnsupported:
		return "personalization mentions what is not on the profile"
	case CodeLineStock:
		return "personalization is a stock phrase"
	case CodeReused:
		return "line already sent to another candidate"
	}
	return "personalization not accepted"
}

// missingMessage says what to do about a placeholder with no value.
func missingMessage(name string) string {
	ph := library.Placeholder(name)
	switch name {
	case library.Role, library.Client, library.Hook:
		return fmt.Sprintf("The template uses %s but no %s was given: fill it in.", ph, name)
	case library.SenderName:
		return fmt.Sprintf("The template signs with %s but no sender name is set: set sender.name (or recruiter) in config.yaml.", ph)
	}
	return fmt.Sprintf("The candidate's profile has no value for %s: add it to the profile, or pick a template that does not use it.", ph)
}

// containsWords reports whether s holds sub, ignoring how whitespace is
// laid out (an editor may wrap the line).
func containsWords(s, sub string) bool {
	return strings.Contains(strings.Join(strings.Fields(s), " "), strings.Join(strings.Fields(sub), " "))
}

func noun(ch library.Channel) string {
	if ch == library.Connection {
		return "note"
	}
	return "message"
}
