package compose

import (
	"fmt"
	"strings"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/words"
)

// reason is one of the gate's reasons as the screen words it.
type reason struct {
	code           string
	message, short string
}

// reasons are the gate's reasons for this screen: an empty line is not
// also said to name nothing from the profile, a missing sender name says
// which key sets it rather than which file, and a missing role, client
// or hook are one reason saying where the brief is filled in.
func (m *Model) reasons() []reason {
	var out []reason
	var brief []string // role, client, hook without a value
	for _, r := range m.decision.Reasons {
		if r.Code == gate.CodeMissingValue {
			if name := briefField(r.Message); name != "" {
				if len(brief) == 0 {
					out = append(out, reason{code: r.Code})
				}
				brief = append(brief, name)
				continue
			}
		}
		x := reason{code: r.Code, message: r.Message, short: r.Short()}
		switch {
		case m.lineText == "" && r.Code != gate.CodeLineLength && strings.HasPrefix(r.Code, "line-"):
			continue // "write the personalization line" says it all
		case r.Code == gate.CodeMissingValue && strings.Contains(r.Message, library.Placeholder(library.SenderName)) && m.p.SettingsKey != "":
			x.message = fmt.Sprintf("Your messages sign with %s, and no name is set to fill it: press %s to set your name.",
				library.Placeholder(library.SenderName), m.p.SettingsKey)
			x.short = "no sender name: " + m.p.SettingsKey + " sets it"
		}
		out = append(out, x)
	}
	if len(brief) > 0 {
		for i := range out {
			if out[i].code == gate.CodeMissingValue && out[i].message == "" {
				out[i].message = fmt.Sprintf("The template needs %s: tab to Brief and press enter to type %s",
					articled(brief), words.Plural(len(brief), "it", "them"))
				if m.p.Briefs != nil {
					out[i].message += ", or press ctrl+b to pick a saved brief"
				}
				out[i].message += "."
				out[i].short = "no " + strings.Join(brief, ", ") + ": fill in the brief"
			}
		}
	}
	return out
}

// briefField is the brief's field (role, client or hook) a missing-value
// message names, or "".
func briefField(msg string) string {
	for _, name := range []string{library.Role, library.Client, library.Hook} {
		if strings.Contains(msg, library.Placeholder(name)) {
			return name
		}
	}
	return ""
}

// articled lists field names with "a": "a role, a client and a hook".
func articled(names []string) string {
	out := "a " + names[0]
	for i, n := range names[1:] {
		if i == len(names)-2 {
			out += " and a " + n
		} else {
			out += ", a " + n
		}
	}
	return out
}

// blockedShort is why sending is disabled, in a few words for the help
// bar: the first reason, and how many more there are.
func (m *Model) blockedShort() string {
	rs := m.reasons()
	switch len(rs) {
	case 0:
		return ""
	case 1:
		return rs[0].short
	}
	return fmt.Sprintf("%s (+%d more)", rs[0].short, len(rs)-1)
}
