package gate

import (
	"strings"
	"testing"
)

const firmSrc = `---
name: Firm intro
channel: inmail
subject: "A {{role}} role with {{client}}"
description: For senior associates.
personalization: A deal they led.
---
Hi {{first_name}},

{{personalization}}

We're recruiting a {{role}} for our client, {{client}}. {{hook}}

{{sender_name}}
`

// TestVoice: the line must speak in the template's person for the
// recruiter. The check is about first person singular against plural, not
// one word pair.
func TestVoice(t *testing.T) {
	const deal = "Your work on Castell Pharma's acquisition of Norvane Therapeutics is the kind of deal "
	tests := []struct {
		name, src, line string
		want            string // "" when the line fits; else in the reason's message
	}{
		{"my client in an I template", inmailSrc, deal + "my client leads.", ""},
		{"our client in an I template", inmailSrc, deal + "our client leads.",
			`The personalization line says "our client" where the message speaks as "I" ("I'm recruiting"): write "my client" so it reads as one recruiter.`},
		{"we're in an I template", inmailSrc, "We're impressed by your work on Castell Pharma's acquisition of Norvane Therapeutics.",
			`says "We're impressed" where the message speaks as "I" ("I'm recruiting"): write "I'm impressed"`},
		{"curly apostrophe", inmailSrc, "We’ve followed your work on Castell Pharma’s acquisition of Norvane Therapeutics closely.",
			`write "I've followed"`},
		{"I in a we template", firmSrc, "I read about your work on Castell Pharma's acquisition of Norvane Therapeutics.",
			`says "I read" where the message speaks as "we" ("We're recruiting"): write "We read"`},
		{"I mid-sentence in a we template", firmSrc, "Having read about Castell Pharma's acquisition of Norvane Therapeutics, I think you would shine.",
			`write "we think"`},
		{"My opening the line", firmSrc, "My colleagues admired your work on Castell Pharma's acquisition of Norvane Therapeutics.",
			`write "Our colleagues"`},
		{"our in a we template", firmSrc, deal + "our client leads.", ""},
		{"inclusive we", inmailSrc, "We met when you presented Castell Pharma's acquisition of Norvane Therapeutics at LegalGeek.", ""},
		{"both persons: the line means what it says", inmailSrc, "Our chat about Castell Pharma's acquisition of Norvane Therapeutics stayed with me.", ""},
		{"no first person in the template", noteSrc[:strings.Index(noteSrc, "Hi ")] + "Hi {{first_name}}, {{personalization}} Glad to connect. {{sender_name}}\n", deal + "our client leads.", ""},
		{"no first person in the line", inmailSrc, deal + "the client leads.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Evaluate(input(t, tt.src, tt.line, fields, nil))
			var got string
			for _, r := range d.Reasons {
				if r.Code == CodeVoice {
					got = r.Message
				}
			}
			switch {
			case tt.want == "" && got != "":
				t.Errorf("a voice reason for a line that fits: %s", got)
			case tt.want != "" && !strings.Contains(got, tt.want):
				t.Errorf("voice reason %q, want it to contain %q (reasons %v)", got, tt.want, codes(d))
			}
		})
	}
}
