package compose

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
)

// verdictTickMsg fires verdictDelay after a keystroke; seq says which.
type verdictTickMsg struct{ seq int }

// verdictMsg is the validator's answer for line, with the log's earlier
// sends of it.
type verdictMsg struct {
	line    string
	verdict personalize.Verdict
	uses    []outreach.PriorLine
	err     error
}

// verdictTick starts the debounce: only the tick of the last keystroke
// runs the check.
func (m *Model) verdictTick() tea.Cmd {
	m.verdictSeq++
	seq := m.verdictSeq
	return m.p.After(verdictDelay, verdictTickMsg{seq: seq})
}

// checkNow runs the validator and looks up the line in the log, in a
// command. The Composer is immutable, so the command may use it while the
// recruiter types on.
func (m *Model) checkNow() tea.Cmd {
	comp, line, s := m.comp, m.lineText, m.store
	return func() tea.Msg {
		return check(comp, s, line)
	}
}

func check(comp *gate.Composer, s Store, line string) verdictMsg {
	msg := verdictMsg{line: line, verdict: comp.Verdict(line)}
	if strings.TrimSpace(line) != "" {
		msg.uses, msg.err = s.LineUses(line)
	}
	return msg
}

// applyVerdict takes in a verdict if it is still about the current line.
func (m *Model) applyVerdict(msg verdictMsg) {
	if msg.line != m.lineText {
		return // the recruiter typed on; a newer check is coming
	}
	v := msg.verdict
	m.verdict, m.verdictLine, m.uses = &v, msg.line, msg.uses
	m.view.profileValid = false
	m.decide()
	m.relayoutLine()
}

// verdictText is the verdict in one or two lines of plain words: what the
// line references, or the first rule it breaks.
func (m *Model) verdictText() (text string, ok, pending bool) {
	if m.lineText == "" {
		return "Write a line about something only they have done.", false, true
	}
	if m.verdict == nil || m.verdictLine != m.lineText {
		if m.verdict == nil {
			return "checking…", false, true
		}
	}
	v := m.verdict
	if v.OK {
		var quotes []string
		seen := map[string]bool{}
		kind := ""
		for _, r := range v.References {
			if seen[r.Text] {
				continue
			}
			seen[r.Text] = true
			if kind == "" {
				kind = profile.Place(m.comp.Profile, r.Field, r.FieldStart)
			}
			quotes = append(quotes, fmt.Sprintf("%q", r.Text))
		}
		return "references " + kind + ": " + strings.Join(quotes, ", "), true, m.verdictLine != m.lineText
	}
	if len(v.Failures) == 0 {
		return "not accepted", false, m.verdictLine != m.lineText
	}
	s := v.Failures[0].Message
	if n := len(v.Failures) - 1; n > 0 {
		s += fmt.Sprintf(" (+%d more: ctrl+s lists them)", n)
	}
	return s, false, m.verdictLine != m.lineText
}
