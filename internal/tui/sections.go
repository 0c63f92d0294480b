package tui

import (
	"charm.land/bubbles/v2/key"

	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/soon"
)

// section is a screen a global key opens from anywhere.
type section struct {
	id   common.ID
	key  key.Binding
	open func(m *Model) common.Screen
}

// sections lists the screens a global key opens. Adding one is a line here:
// its id (common/nav.go), its key, and how to build it from the Model's
// styles and dependencies.
var sections = []section{
	{common.Tracker, key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", "tracker")), func(m *Model) common.Screen {
		return soon.New(m.styles, "Tracker", "The log as a table: every message with where it stands in its 7-day window, and keys to record what happened (accepted, declined, replied, screened, withdrawn). Until it lands: inmail log and inmail outcome.")
	}},
	{common.Reports, key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "reports")), func(m *Model) common.Screen {
		return soon.New(m.styles, "Reports", "Template performance: 7-day response rate by template, seniority, recruiter and week, with credits spent and refunded. Coming soon.")
	}},
}

func sectionFor(id common.ID) (section, bool) {
	for _, s := range sections {
		if s.id == id {
			return s, true
		}
	}
	return section{}, false
}
