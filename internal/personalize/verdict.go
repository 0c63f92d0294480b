package personalize

import (
	"fmt"
	"strings"
)

// Rule is one of the personalization rules of DESIGN.md.
type Rule int

// The rules, in the order DESIGN.md lists them.
const (
	// RuleLength: long enough to say something, short enough for the channel.
	RuleLength Rule = iota + 1
	// RulePlaceholder: no leftover placeholder.
	RulePlaceholder
	// RuleSpecific: references a specific profile element a mail merge
	// could not fill.
	RuleSpecific
	// RuleUnsupported: not built around something that is not on the
	// profile.
	RuleUnsupported
	// RuleStock: not a stock phrase with nothing specific left.
	RuleStock
	// RuleReuse: not already sent to another candidate.
	RuleReuse
)

var ruleNames = map[Rule]string{
	RuleLength: "length", RulePlaceholder: "placeholder", RuleSpecific: "specific",
	RuleUnsupported: "unsupported", RuleStock: "stock", RuleReuse: "reuse",
}

// String is the rule's stable name, used in JSON output.
func (r Rule) String() string {
	if s, ok := ruleNames[r]; ok {
		return s
	}
	return fmt.Sprintf("rule(%d)", int(r))
}

// MarshalText writes the rule's name.
func (r Rule) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a rule's name.
func (r *Rule) UnmarshalText(b []byte) error {
	for k, v := range ruleNames {
		if v == string(b) {
			*r = k
			return nil
		}
	}
	return fmt.Errorf("unknown personalization rule %q", b)
}

// Failure is a rule the line broke, with a message for the recruiter.
type Failure struct {
	Rule    Rule   `json:"rule"`
	Message string `json:"message"`
}

// Reference is a profile element the line refers to: the profile field
// (e.g. "experience[0].description", "skills[2]", "about", or "text" for
// pasted text), the matched text of that field, and the byte spans of the
// match in the field's string and in the line, so a screen can highlight
// both.
type Reference struct {
	Field      string `json:"field"`
	Text       string `json:"text"`
	FieldStart int    `json:"field_start"`
	FieldEnd   int    `json:"field_end"`
	LineStart  int    `json:"line_start"`
	LineEnd    int    `json:"line_end"`
}

// InLine returns the words of line the reference covers, or "" when its
// span does not fit the line (a line other than the one checked).
func (r Reference) InLine(line string) string {
	if r.LineStart < 0 || r.LineStart > r.LineEnd || r.LineEnd > len(line) {
		return ""
	}
	return line[r.LineStart:r.LineEnd]
}

// Verdict is the validator's answer for one line. OK is true when no rule
// failed; an accepted verdict has at least one reference and a rejected one
// at least one failure.
type Verdict struct {
	OK         bool        `json:"ok"`
	Failures   []Failure   `json:"failures,omitempty"`
	References []Reference `json:"references,omitempty"`
}

// Failed reports whether rule r failed.
func (v Verdict) Failed(r Rule) bool {
	for _, f := range v.Failures {
		if f.Rule == r {
			return true
		}
	}
	return false
}

// String is the verdict in words, one reason a line.
func (v Verdict) String() string {
	var b strings.Builder
	if v.OK {
		b.WriteString("Accepted: the line references their profile.")
		for _, r := range v.References {
			fmt.Fprintf(&b, "\n  %q, from %s", r.Text, r.Field)
		}
		return b.String()
	}
	b.WriteString("Rejected:")
	for _, f := range v.Failures {
		fmt.Fprintf(&b, "\n  - %s", f.Message)
	}
	return b.String()
}

const mentionSomething = "Mention a project, deal, publication or skill from their profile."

func (v *Verdict) fail(r Rule, format string, args ...any) {
	v.Failures = append(v.Failures, Failure{Rule: r, Message: fmt.Sprintf(format, args...)})
}

// listWords joins items as "a", "a and b" or "a, b and c".
func listWords(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

func quoteAll(items []string) []string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}
