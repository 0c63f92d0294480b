package gate

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
)

// priya is the candidate of these tests.
var priya = profile.Profile{
	ID:       "https://www.linkedin.com/in/priya-raman-sample/",
	Name:     "Priya Raman",
	Headline: "Senior Associate, M&A",
	Title:    "Senior Associate",
	Company:  "Harlow & Pierce LLP",
	Location: "London",
	Skills:   []string{"Mergers & Acquisitions", "Private Equity"},
	Experience: []profile.Experience{{
		Title: "Senior Associate", Company: "Harlow & Pierce LLP", Start: "2019", End: "present",
		Description: "Represented Castell Pharma in its $2.1 billion acquisition of Norvane Therapeutics.",
	}},
	Education: []profile.Education{{School: "University of Edinburgh", Degree: "LLB", Year: 2016}},
}

const goodLine = "Your work on Castell Pharma's acquisition of Norvane Therapeutics is the kind of deal my client leads."

func mustTemplate(t *testing.T, src string) *library.Template {
	t.Helper()
	tpl, probs := library.ParseTemplate("test.md", []byte(src))
	if len(probs) > 0 {
		t.Fatalf("template: %v", probs)
	}
	tpl.ID = "senior-associate/test"
	return tpl
}

const inmailSrc = `---
name: Lateral move
channel: inmail
subject: "A {{role}} role with {{client}}"
description: For senior associates.
personalization: A deal they led.
---
Hi {{first_name}},

{{personalization}}

I'm recruiting a {{role}} for {{client}}. {{hook}}

{{sender_name}}
`

const noteSrc = `---
name: Connect
channel: connection
description: A connection request.
personalization: One specific thing.
---
Hi {{first_name}}, {{personalization}} I recruit for law firms and would be glad to connect. {{sender_name}}
`

var fields = library.Fields{Role: "Senior M&A Associate", Client: "a top-10 firm", Hook: "Hybrid, two days in.", SenderName: "Jordan Blake"}

func codes(d Decision) []string {
	var out []string
	for _, r := range d.Reasons {
		out = append(out, r.Code)
	}
	return out
}

// input renders tpl for priya with the line and checks it, as the composer
// does, then lets mod change what a test is about.
func input(t *testing.T, src, line string, f library.Fields, mod func(*Input)) Input {
	t.Helper()
	tpl := mustTemplate(t, src)
	c := NewComposer(tpl, &priya, f, personalize.Options{})
	r := c.Render(line)
	v := c.Verdict(line)
	in := c.Input(line, r, &v)
	in.CreditsLeft = 10
	if mod != nil {
		mod(&in)
	}
	return in
}

func TestEvaluate(t *testing.T) {
	sent := time.Date(2026, 10, 6, 9, 31, 0, 0, time.UTC)
	noFields := fields
	noFields.Client = ""
	noSender := fields
	noSender.SenderName = ""
	tests := []struct {
		name      string
		src       string
		line      string
		fields    library.Fields
		mod       func(*Input)
		wantCodes []string
		wantShort string
		wantIn    string // in the first reason's message
	}{
		{"pass", inmailSrc, goodLine, fields, nil, nil, "", ""},
		{"connection note passes", noteSrc, "Your work on Castell Pharma's acquisition of Norvane Therapeutics stood out.", fields, nil, nil, "", ""},
		{"no template", inmailSrc, goodLine, fields, func(in *Input) { in.Template = nil },
			[]string{CodeTemplate}, "pick a template", "No template"},
		{"verdict pending", inmailSrc, goodLine, fields, func(in *Input) { in.Verdict = nil },
			[]string{CodePending}, "checking the personalization…", "still being checked"},
		{"empty line", inmailSrc, "", fields, nil,
			[]string{CodeLineLength, CodeLineSpecific}, "write the personalization line (+1 more)", "is empty"},
		{"generic line", inmailSrc, "I came across your profile and think you would be a great fit.", fields, nil,
			[]string{CodeLineSpecific, CodeLineStock}, "personalization names no profile detail (+1 more)", "The personalization line does not mention"},
		{"name-only line", inmailSrc, "As a Senior Associate at Harlow & Pierce LLP in London, you might be interested.", fields, nil,
			[]string{CodeLineSpecific, CodeLineStock}, "personalization names no profile detail (+1 more)", "names only their headline, current title, current company"},
		{"line too short", inmailSrc, "Castell Pharma deal.", fields, nil,
			[]string{CodeLineLength}, "personalization too short", "too short"},
		{"line with a placeholder", inmailSrc, "Your work on Castell Pharma's acquisition of [deal name] is impressive.", fields, nil,
			[]string{CodeLinePlaceholder}, "personalization has a placeholder left", "placeholder"},
		{"line about something not on the profile", inmailSrc, "Your win in the Apple v. Samsung design patent retrial was remarkable work.", fields, nil,
			[]string{CodeLineSpecific, CodeLineUnsupported}, "personalization names no profile detail (+1 more)", ""},
		{"missing client", inmailSrc, goodLine, noFields, nil,
			[]string{CodeMissingValue}, "{{client}} has no value", "no client was given"},
		{"missing sender", inmailSrc, goodLine, noSender, nil,
			[]string{CodeMissingValue}, "{{sender_name}} has no value", "config.yaml"},
		{"edited body keeps a placeholder", inmailSrc, goodLine, fields, func(in *Input) {
			in.Body = strings.Replace(in.Body, "Hybrid", "[office days] Hybrid", 1)
		}, []string{CodePlaceholder}, "placeholder left in the message", `"[office days]"`},
		{"edited body with TODO", inmailSrc, goodLine, fields, func(in *Input) {
			in.Body += "\nTODO salary"
		}, []string{CodePlaceholder}, "placeholder left in the message", `"TODO"`},
		{"edited body filled the missing client", inmailSrc, goodLine, noFields, func(in *Input) {
			in.Subject = strings.ReplaceAll(in.Subject, "{{client}}", "Halden")
			in.Body = strings.ReplaceAll(in.Body, "{{client}}", "Halden")
		}, nil, "", ""},
		{"edited body lost the line", inmailSrc, goodLine, fields, func(in *Input) {
			in.Body = strings.Replace(in.Body, goodLine, "Loved your profile.", 1)
		}, []string{CodeLineMissing}, "the body lost the personalization line", "no longer holds"},
		{"edited body rewrapped the line", inmailSrc, goodLine, fields, func(in *Input) {
			in.Body = strings.Replace(in.Body, "acquisition of Norvane", "acquisition\nof Norvane", 1)
		}, nil, "", ""},
		{"subject missing", inmailSrc, goodLine, fields, func(in *Input) { in.Subject = " " },
			[]string{CodeSubjectMissing}, "the InMail needs a subject", "needs a subject"},
		{"subject on two lines", inmailSrc, goodLine, fields, func(in *Input) { in.Subject += "\nand more" },
			[]string{CodeSubjectLines}, "the subject must be one line", "one line"},
		{"subject too long", inmailSrc, goodLine, fields, func(in *Input) { in.Subject = strings.Repeat("x", 201) },
			[]string{CodeSubjectLong}, "subject over 200 characters", "The subject is 201 characters; LinkedIn allows 200. Cut 1."},
		{"body too long", inmailSrc, goodLine, fields, func(in *Input) { in.Body += strings.Repeat("y", 1900) },
			[]string{CodeBodyLong}, "message over 1,900 characters", "LinkedIn allows 1,900"},
		{"body empty", inmailSrc, goodLine, fields, func(in *Input) { in.Body = "\n" },
			[]string{CodeBodyEmpty}, "the message is empty", "empty"},
		{"connection note too long", noteSrc, "Your work on Castell Pharma's acquisition of Norvane Therapeutics stood out.", fields, func(in *Input) {
			in.Body += strings.Repeat(" And more.", 25)
		}, []string{CodeBodyLong}, "note over 300 characters", "The connection note is"},
		{"connection note with a subject", noteSrc, "Your work on Castell Pharma's acquisition of Norvane Therapeutics stood out.", fields, func(in *Input) {
			in.Subject = "Hello"
		}, []string{CodeNoteSubject}, "a connection note has no subject", "no subject"},
		{"line sent to another candidate (log)", inmailSrc, goodLine, fields, func(in *Input) {
			in.Uses = []outreach.PriorLine{{MessageID: 3, CandidateID: "linkedin.com/in/marcus-chen-sample", CandidateName: "Marcus Chen", Line: goodLine, SentAt: sent}}
		}, []string{CodeReused}, "line already sent to another candidate", "already sent to Marcus Chen (message 3, 6 Oct 2026)"},
		{"line sent to a candidate logged without a name", inmailSrc, goodLine, fields, func(in *Input) {
			in.Uses = []outreach.PriorLine{{MessageID: 4, CandidateID: "inmail:4", Line: goodLine, SentAt: sent}}
		}, []string{CodeReused}, "line already sent to another candidate", "already sent to a candidate with no name (message 4,"},
		{"line sent before to the same candidate", inmailSrc, goodLine, fields, func(in *Input) {
			in.Uses = []outreach.PriorLine{{MessageID: 2, CandidateID: "linkedin.com/in/priya-raman-sample", CandidateName: "Priya Raman", Line: goodLine, SentAt: sent}}
		}, nil, "", ""},
		{"line reused per the verdict", inmailSrc, goodLine, fields, func(in *Input) {
			v := *in.Verdict
			v.OK = false
			v.Failures = append(v.Failures, personalize.Failure{Rule: personalize.RuleReuse, Message: "Is nearly the same as a line already sent to another candidate (message 7): write a line for this candidate."})
			in.Verdict = &v
		}, []string{CodeReused}, "line already sent to another candidate", "nearly the same"},
		{"verdict and log both find reuse: one reason", inmailSrc, goodLine, fields, func(in *Input) {
			v := *in.Verdict
			v.OK = false
			v.Failures = append(v.Failures, personalize.Failure{Rule: personalize.RuleReuse, Message: "Was already sent to another candidate (message 3)."})
			in.Verdict = &v
			in.Uses = []outreach.PriorLine{
				{MessageID: 3, CandidateID: "linkedin.com/in/marcus-chen-sample", CandidateName: "Marcus Chen", SentAt: sent},
				{MessageID: 5, CandidateID: "inmail:4", CandidateName: "Sam Ortiz", SentAt: sent},
			}
		}, []string{CodeReused}, "line already sent to another candidate", "Marcus Chen and 1 other candidate"},
		{"no credits", inmailSrc, goodLine, fields, func(in *Input) { in.CreditsLeft = 0; in.Alternative = "senior-associate/connect" },
			[]string{CodeNoCredits}, "no InMail credits left", "connection note instead (senior-associate/connect)"},
		{"overdrawn credits", inmailSrc, goodLine, fields, func(in *Input) { in.CreditsLeft = -2 },
			[]string{CodeNoCredits}, "no InMail credits left", "(-2)"},
		{"connection note needs no credit", noteSrc, "Your work on Castell Pharma's acquisition of Norvane Therapeutics stood out.", fields, func(in *Input) { in.CreditsLeft = 0 },
			nil, "", ""},
		{"every reason at once", inmailSrc, "I came across your profile.", noFields, func(in *Input) {
			in.CreditsLeft = 0
			in.Body += strings.Repeat("y", 1900)
		}, []string{CodeLineLength, CodeLineSpecific, CodeLineStock, CodeBodyLong, CodeMissingValue, CodeNoCredits}, "personalization too short (+5 more)", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Evaluate(input(t, tc.src, tc.line, tc.fields, tc.mod))
			if got := codes(d); !slices.Equal(got, tc.wantCodes) {
				t.Fatalf("codes %v, want %v\n%s", got, tc.wantCodes, d)
			}
			if d.OK != (len(tc.wantCodes) == 0) {
				t.Errorf("OK %v with reasons %v", d.OK, codes(d))
			}
			if got := d.Short(); got != tc.wantShort {
				t.Errorf("Short() = %q, want %q", got, tc.wantShort)
			}
			if tc.wantIn != "" && !strings.Contains(d.Reasons[0].Message, tc.wantIn) {
				t.Errorf("first reason %q does not contain %q", d.Reasons[0].Message, tc.wantIn)
			}
			for _, r := range d.Reasons {
				if r.Message == "" || !strings.HasSuffix(r.Message, ".") {
					t.Errorf("reason %s: message %q is not a sentence", r.Code, r.Message)
				}
			}
		})
	}
}

func TestDecisionString(t *testing.T) {
	if got := (Decision{OK: true}).String(); got != "ready to send" {
		t.Errorf("ok: %q", got)
	}
	d := Decision{Reasons: []Reason{{Code: "a", Message: "One."}, {Code: "b", Message: "Two."}}}
	if got := d.String(); got != "One.\nTwo." {
		t.Errorf("got %q", got)
	}
	if !d.Has("b") || d.Has("c") {
		t.Error("Has")
	}
	if got := d.Short(); got != "a (+1 more)" {
		t.Errorf("Short of reasons without a short form: %q", got)
	}
}
