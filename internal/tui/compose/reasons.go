package compose

import (
	"fmt"
	"strings"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
)

// reason is one of the gate's reasons as the screen words it.
type reason struct {
	code           string
	message, short string
}

// reasons are the gate's reasons for this screen: an empty line is not
// also said to name nothing from the profile, and a missing sender name
// says which key sets it rather than which file.
func (m *Model) reasons() []reason {
	var out []reason
	for _, r := range m.decision.Reasons {
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
